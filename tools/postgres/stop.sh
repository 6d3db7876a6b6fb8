#!/usr/bin/env bash
# Stops the server tools/postgres/start.sh started. Its data stays (the next start brings it back)
# unless --purge is given. PGDATA and MKIB_CACHE as for start.sh.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cache="${MKIB_CACHE:-$root/.cache}"
data="${PGDATA:-$cache/postgres/data}"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
run_as=()
[ "$(id -u)" = "0" ] && run_as=(runuser -u postgres --)
[ -f "$data/postmaster.pid" ] && "${run_as[@]}" "$bindir/pg_ctl" -D "$data" -m fast -w stop >&2
[ "${1:-}" = "--purge" ] && rm -rf "$data"
exit 0
