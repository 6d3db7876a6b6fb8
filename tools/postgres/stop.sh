#!/usr/bin/env bash
# Stops the server tools/postgres/start.sh started and removes its data.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cache="${MKIB_CACHE:-$root/.cache}"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
run_as=()
[ "$(id -u)" = "0" ] && run_as=(runuser -u postgres --)
[ -d "$cache/postgres/data" ] && "${run_as[@]}" "$bindir/pg_ctl" -D "$cache/postgres/data" -m fast -w stop >&2
rm -rf "$cache/postgres/data"
