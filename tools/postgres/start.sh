#!/usr/bin/env bash
# Starts a PostgreSQL server on 127.0.0.1 from Debian's packages (installed if missing). Prints the
# superuser URL on the last line. Stop it with tools/postgres/stop.sh.
#
#   bash tools/postgres/start.sh           # development: keeps its data across restarts, fsync on
#   bash tools/postgres/start.sh --fresh   # throwaway (CI, tests): wipes the data first, runs with
#                                          # fsync, synchronous_commit and full_page_writes off for speed
#
# MKIB_FRESH=1 is the same as --fresh. PGPORT (default: a free port), PGDATA (default
# $MKIB_CACHE/postgres/data) and MKIB_CACHE (default .cache) can be set. When the server of that data
# folder is already running, it is left as it is and its URL printed.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cache="${MKIB_CACHE:-$root/.cache}"
fresh="${MKIB_FRESH:-0}"
for arg in "$@"; do
  case "$arg" in
    --fresh) fresh=1 ;;
    *) echo "usage: $0 [--fresh]" >&2; exit 2 ;;
  esac
done
data="${PGDATA:-$cache/postgres/data}"
rundir="$cache/postgres/run"

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

if [ "$fresh" != "1" ] && [ -f "$data/postmaster.pid" ] && "${run_as[@]}" "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  # Line 4 of postmaster.pid is the port the running server listens on.
  running="$(sed -n 4p "$data/postmaster.pid")"
  echo "PostgreSQL is already running on port $running with the data in $data" >&2
  echo "postgres://postgres@127.0.0.1:$running/postgres"
  exit 0
fi
if [ "$fresh" = "1" ] && [ -f "$data/postmaster.pid" ]; then
  "${run_as[@]}" "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
fi

# A free loopback port unless PGPORT says which.
port="${PGPORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"

[ "$fresh" = "1" ] && rm -rf "$data"
mkdir -p "$data" "$rundir"
[ "$(id -u)" = "0" ] && chown postgres "$data" "$rundir"
if [ ! -f "$data/PG_VERSION" ]; then
  "${run_as[@]}" "$bindir/initdb" -D "$data" -U postgres --auth=trust --no-sync -E UTF8 >/dev/null
fi
settings="-c listen_addresses=127.0.0.1 -p $port -k $rundir -c max_connections=200"
if [ "$fresh" = "1" ]; then
  # A throwaway server: nothing on it has to survive a crash, so trade durability for speed.
  settings="$settings -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  echo "PostgreSQL (throwaway: fresh data, fsync off) on port $port, data in $data" >&2
else
  echo "PostgreSQL (data kept, fsync on) on port $port, data in $data" >&2
fi
"${run_as[@]}" "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 -o "$settings" start >&2
echo "postgres://postgres@127.0.0.1:$port/postgres"
