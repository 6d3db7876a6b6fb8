#!/usr/bin/env bash
# The image smoke test (a CI step): builds the application image from the repository's Dockerfile with
# buildah on the local Node 24 base image (tools/images/base-image.sh), then runs inside it, as uid 10001
# with `buildah run --isolation chroot` (which shares the host's network):
#   1. a write to / and to /app (the application files, owned by root) must fail;
#   2. the migrations (the chart's migration Job: apps/platform/src/migrate-main.ts) on a fresh database
#      of the given PostgreSQL server;
#   3. the all-in-one on the embedded database (MKIB_DATA_DIR on a writable mount): /health and a
#      GraphQL query with a token from its built-in issuer;
#   4. the four services (that database, a real Kafka broker started here from .cache, the all-in-one's
#      issuer) and the gateway over them: each one's "listening on" line and /health, a query through the
#      gateway.
# Any failure fails the script (and CI). Everything it starts is stopped on exit.
#
#   bash tools/images/smoke.sh postgres://postgres@127.0.0.1:55432/postgres
#
# Builds in a storage directory of its own on /dev/shm when it has room (vfs deletes are slow on disk),
# removed at the end; MKIB_IMAGE_STORAGE chooses another one (kept).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
pg_url="${1:-${MKIB_TEST_DATABASE_URL:-}}"
if [ -z "$pg_url" ]; then
  echo "usage: bash tools/images/smoke.sh <postgres superuser URL>" >&2
  exit 2
fi
t_start=$(date +%s)
elapsed() { echo "$(($(date +%s) - t_start))s"; }
say() { echo "[image smoke $(elapsed)] $*"; }
fail() {
  echo "[image smoke $(elapsed)] FAILED: $*" >&2
  exit 1
}

own_storage=""
if [ -z "${MKIB_IMAGE_STORAGE:-}" ] && [ -d /dev/shm ] &&
  [ "$(df -Pk /dev/shm | awk 'NR==2 {print $4}')" -gt $((8 * 1024 * 1024)) ]; then
  own_storage=$(mktemp -d /dev/shm/mkib-image-smoke.XXXXXX)
  export MKIB_IMAGE_STORAGE="$own_storage"
fi
source tools/images/lib.sh
work=$(mktemp -d /tmp/mkib-image-smoke.XXXXXX)
image=localhost/mkib:smoke
smoke_db=mkib_image_smoke
ctr=""
kafka_port=""
pids=()

cleanup() {
  local code=$?
  set +e
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$pid" 2>/dev/null
  done
  [ -n "$ctr" ] && buildah_ rm "$ctr" >/dev/null 2>&1
  if [ -n "$own_storage" ]; then
    buildah_ rm --all >/dev/null 2>&1
    rm -rf "$own_storage"
  fi
  psql_ postgres -c "DROP DATABASE IF EXISTS $smoke_db WITH (FORCE)" >/dev/null 2>&1
  [ -n "$kafka_port" ] && rm -rf "${MKIB_CACHE:-$root/.cache}/kafka-data-$kafka_port"
  if [ $code -ne 0 ]; then
    for log in "$work"/*.log; do
      [ -f "$log" ] || continue
      echo "--- last lines of $(basename "$log")" >&2
      tail -n 30 "$log" >&2
    done
  fi
  rm -rf "$work"
  exit $code
}
trap cleanup EXIT

# psql_ <database> <psql args…>: against the given server, another database on it.
psql_() {
  local db=$1
  shift
  PGOPTIONS=--client-min-messages=warning psql -X -q -v ON_ERROR_STOP=1 "$(db_url "$db")" "$@"
}
db_url() { node -e "const u=new URL(process.argv[1]);u.pathname='/'+process.argv[2];console.log(u.href)" "$pg_url" "$1"; }
free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

# in_image <buildah run options…> -- <command…>: as uid 10001 inside the smoke container.
in_image() { buildah_ run --isolation chroot --user 10001:10001 "$@"; }

# bg <name> <command…>: in the background, in a process group of its own (stopped by cleanup), output in
# $work/<name>.log.
bg() {
  local name=$1
  shift
  setsid "$@" >"$work/$name.log" 2>&1 &
  pids+=($!)
}

# wait_for <what> <seconds> <command…>: until the command succeeds.
wait_for() {
  local what=$1 seconds=$2
  shift 2
  local until=$(($(date +%s) + seconds))
  until "$@" >/dev/null 2>&1; do
    [ "$(date +%s)" -lt $until ] || fail "$what: nothing after ${seconds}s"
    sleep 0.5
  done
}
health_ok() { [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1/health")" = 200 ]; }
log_has() { grep -q "$2" "$work/$1.log"; }

# graphql <url> <token> <query>: the response body; fails without data or with errors.
graphql() {
  local body
  body=$(curl -s --max-time 30 -H 'content-type: application/json' -H "authorization: Bearer $2" \
    --data "$(node -e 'console.log(JSON.stringify({query: process.argv[1]}))' "$3")" "$1/graphql") ||
    fail "no answer from $1/graphql"
  node -e '
    const r = JSON.parse(process.argv[1]);
    if (r.errors || !r.data) { console.error(JSON.stringify(r).slice(0, 500)); process.exit(1); }
    console.log(JSON.stringify(r.data).slice(0, 160));' "$body" || fail "query on $1/graphql: $body"
}

# The broker (from the host, tools/kafka/kafka.ts, its jars in .cache) starts while the image builds.
kafka_port=$(free_port)
bg kafka node tools/run.js tools/kafka/kafka.ts start "$kafka_port"

# --- the base image and the build -------------------------------------------------------------
ensure_image_tools
say "base image ${BASE_IMAGE_NAME}"
bash tools/images/base-image.sh
t_build=$(date +%s)
mapfile -t extras < <(build_extras)
say "building $image from the Dockerfile (NODE_IMAGE=${BASE_IMAGE_NAME})"
buildah_ bud --quiet --isolation chroot --jobs 2 --pull-never "${extras[@]}" \
  --build-arg "NODE_IMAGE=${BASE_IMAGE_NAME}" -t "$image" . >"$work/build.log" 2>&1 ||
  fail "the image build failed (buildah bud)"
build_seconds=$(($(date +%s) - t_build))
say "built $image in ${build_seconds}s, $(image_size "$image")"
buildah_ images "$image"

ctr=$(buildah_ from --quiet --pull-never --name "mkib-image-smoke-$$" "$image")

# --- 1. read-only for the application user ---------------------------------------------------------
say "uid 10001 writes to / and /app (each must fail)"
for target in /smoke-write /app/smoke-write /app/node_modules/smoke-write /app/apps/smoke-write; do
  answer=$(in_image "$ctr" -- sh -c 'echo x >"$1" && echo WRITTEN' sh "$target" 2>&1 || true)
  case "$answer" in
    *WRITTEN*) fail "uid 10001 could write $target in the image" ;;
    *"Permission denied"*) echo "  $target: refused ($(echo "$answer" | grep -m1 'Permission denied'))" ;;
    *) fail "could not check a write to $target: $answer" ;;
  esac
done
[ "$(in_image "$ctr" -- id -u)" = 10001 ] || fail "not running as uid 10001"
in_image "$ctr" -- node -e 'if (!process.version.startsWith("v24.")) process.exit(1); console.log("  node " + process.version)' ||
  fail "the image does not run Node 24"

# --- 2. migrations on a fresh database ----------------------------------------------------------
psql_ postgres -c "DROP DATABASE IF EXISTS $smoke_db WITH (FORCE)" -c "CREATE DATABASE $smoke_db"
smoke_url=$(db_url "$smoke_db")
say "migrations (apps/platform/src/migrate-main.ts) on $smoke_db"
in_image --env "MKIB_DATABASE_URL=$smoke_url" "$ctr" -- node tools/run.js apps/platform/src/migrate-main.ts \
  >"$work/migrations.log" 2>&1 || fail "the migrations failed"
sed 's/^/  /' "$work/migrations.log"
# A second run finds nothing to do.
in_image --env "MKIB_DATABASE_URL=$smoke_url" "$ctr" -- node tools/run.js apps/platform/src/migrate-main.ts \
  >"$work/migrations-again.log" 2>&1 || fail "the migrations failed on their second run"
[ "$(grep -c 'up to date' "$work/migrations-again.log")" = 4 ] || fail "a second migration run was not up to date"

# --- 3. the all-in-one, embedded database on a writable mount ------------------------------------------
mkdir -p "$work/data"
chown 10001:10001 "$work/data"
aio_port=$(free_port)
aio="http://127.0.0.1:$aio_port"
say "all-in-one on $aio (MKIB_DATA_DIR=/data on a mount)"
t_aio=$(date +%s%N)
bg all-in-one buildah "${storage_flags[@]}" run --isolation chroot --user 10001:10001 \
  --volume "$work/data:/data" --env "MKIB_PORT=$aio_port" --env "MKIB_PUBLIC_URL=$aio" \
  --env MKIB_LOG_LEVEL=warn "$ctr" -- node tools/run.js apps/platform/src/main.ts
wait_for "the all-in-one's /health" 180 health_ok "$aio"
aio_ms=$((($(date +%s%N) - t_aio) / 1000000))
say "the all-in-one answered /health 200 after ${aio_ms} ms (process start to /health 200)"
token=$(MKIB_URL="$aio" node tools/run.js tools/token.ts lms-operator@lms) || fail "no token from the built-in issuer"
answer=$(graphql "$aio" "$token" '{ facilities { code name } }')
echo "  facilities: $answer"

# --- 4. the services and the gateway, on PostgreSQL and a real Kafka ------------------------------
say "Kafka broker on 127.0.0.1:$kafka_port (tools/kafka/kafka.ts, started at the beginning)"
wait_for "the Kafka broker" 180 log_has kafka "^127.0.0.1:$kafka_port\$"
subgraphs=()
for service in policy risk icv governance; do
  port=$(free_port)
  bg "$service" buildah "${storage_flags[@]}" run --isolation chroot --user 10001:10001 \
    --env "MKIB_DATABASE_URL=$smoke_url" --env "MKIB_KAFKA_BROKERS=127.0.0.1:$kafka_port" \
    --env "MKIB_OIDC_ISSUER=$aio/realms/meldkamer" --env "MKIB_SERVICE_PORT=$port" \
    --env MKIB_LOG_LEVEL=warn "$ctr" -- node tools/run.js "apps/$service-service/src/main.ts"
  subgraphs+=("$service=http://127.0.0.1:$port/graphql")
  eval "port_$service=$port"
done
for service in policy risk icv governance; do
  eval "port=\$port_$service"
  wait_for "the $service service's \"listening on\" line" 240 log_has "$service" "service listening on"
  wait_for "the $service service's /health" 60 health_ok "http://127.0.0.1:$port"
  echo "  $service: $(grep -m1 'service listening on' "$work/$service.log")"
done
gw_port=$(free_port)
gw="http://127.0.0.1:$gw_port"
say "gateway on $gw"
bg gateway buildah "${storage_flags[@]}" run --isolation chroot --user 10001:10001 \
  --env "MKIB_SUBGRAPH_URLS=$(
    IFS=,
    echo "${subgraphs[*]}"
  )" \
  --env "MKIB_OIDC_ISSUER=$aio/realms/meldkamer" --env "MKIB_PORT=$gw_port" --env MKIB_LOG_LEVEL=warn \
  "$ctr" -- node tools/run.js apps/gateway/src/main.ts
wait_for "the gateway's \"listening on\" line" 120 log_has gateway "gateway listening on"
wait_for "the gateway's /health" 60 health_ok "$gw"
answer=$(graphql "$gw" "$token" '{ facilities { code name } }')
echo "  facilities through the gateway: $answer"

say "passed: image $(image_size "$image"), build ${build_seconds}s, all-in-one start ${aio_ms} ms, whole step $(elapsed)"
