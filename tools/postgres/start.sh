#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 for the integration tests, from Debian's packages
# (installed if missing). Prints the superuser URL on the last line. Stop it with tools/postgres/stop.sh.
#   PGPORT (default: a free port), MKIB_CACHE (default .cache) can be set.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cache="${MKIB_CACHE:-$root/.cache}"
# A free loopback port unless PGPORT says which.
port="${PGPORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"
data="$cache/postgres/data"

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$bindir" ] || [ ! -x "$bindir/postgres" ]; then
  echo "PostgreSQL server not found: installing Debian's postgresql package" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  bindir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
fi

# PostgreSQL refuses to run as root: run it as the unprivileged postgres user then.
run_as=()
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  run_as=(runuser -u postgres --)
fi

rm -rf "$data"
mkdir -p "$data" "$cache/postgres/run"
[ "$(id -u)" = "0" ] && chown -R postgres "$cache/postgres"
"${run_as[@]}" "$bindir/initdb" -D "$data" -U postgres --auth=trust --no-sync -E UTF8 >/dev/null
"${run_as[@]}" "$bindir/pg_ctl" -D "$data" -l "$cache/postgres/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $cache/postgres/run -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >&2
echo "postgres://postgres@127.0.0.1:$port/postgres"
