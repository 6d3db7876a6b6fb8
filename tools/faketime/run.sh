#!/usr/bin/env bash
# Runs the unit and acceptance tests (and the integration-only specs when MKIB_TEST_DATABASE_URL names a
# PostgreSQL server) once more under libfaketime (Debian's `faketime`), on other days than today:
#   - 15 February of next year, when last year's cycle still runs (January to June), and
#   - two years from today.
# Both dates are computed from `date`, never written down. Give dates (YYYY-MM-DD) as arguments to run
# on those instead: `npm run test:faketime -- YYYY-MM-DD ...`.
#
# Every process of the run (Jest, its workers, the platforms the tests start, and PGlite, the embedded
# PostgreSQL, which runs inside them) reads the same shifted clock: a fixed offset from the real time
# (faketime "+<seconds>"), so time runs on and all processes agree. The integration PostgreSQL server
# runs outside it, on the real time: the services hand it their clock's values, not its now().
# Monotonic clocks are left alone (FAKETIME_DONT_FAKE_MONOTONIC), so timers behave.
set -euo pipefail
cd "$(dirname "$0")/../.."

command -v faketime >/dev/null 2>&1 || {
  echo "faketime not found: apt-get install faketime" >&2
  exit 1
}

db_url="${MKIB_TEST_DATABASE_URL:-}"
under_faketime() { FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "+$1" "${@:2}"; }
offset_to() { echo $(( $(date -u -d "$1 10:00:00" +%s) - $(date -u +%s) )); }
next_february="$(( $(date -u +%Y) + 1 ))-02-15"

# `--integration [YYYY-MM-DD]`: the whole integration tier (every acceptance spec and every
# *.integration-spec.ts, the hostile-input walk and the race table included) on the server of
# MKIB_TEST_DATABASE_URL, under faketime on that day (default: 15 February next year). CI runs its
# integration step so: the acceptance specs then run on today's date (npm test, embedded database), on
# 15 February next year (here, on the server) and two years ahead (below), once each.
if [ "${1:-}" = "--integration" ]; then
  [ -n "$db_url" ] || {
    echo "--integration needs MKIB_TEST_DATABASE_URL (tools/postgres/start.sh prints one)" >&2
    exit 1
  }
  day="${2:-$next_february}"
  echo "== integration tests on $db_url under faketime on $day (offset $(offset_to "$day")s)"
  MKIB_TEST_DATABASE_URL="$db_url" under_faketime "$(offset_to "$day")" npx jest --selectProjects integration
  exit
fi

if [ $# -gt 0 ]; then
  dates=("$@")
else
  dates=("$next_february" "$(date -u -d '+2 years' +%Y-%m-%d)")
fi

summary=()
for day in "${dates[@]}"; do
  offset=$(offset_to "$day")
  began=$(date +%s)
  echo
  echo "== unit and acceptance tests under faketime on $day (offset ${offset}s)"
  # The acceptance tier runs on the embedded database: without the server's URL, as in `npm test`.
  # The hostile-input walk is about input, not the day: it runs in `npm test` and in the integration step.
  MKIB_TEST_DATABASE_URL='' under_faketime "$offset" npx jest --selectProjects unit acceptance \
    --testPathIgnorePatterns 'hostile-input'
  if [ -n "$db_url" ]; then
    echo
    echo "== integration-only tests under faketime on $day, on $db_url"
    # The acceptance specs ran under faketime just above (embedded database); on the server they run once,
    # in the integration step: the server's own clock is never used (the services hand it their clock's
    # values), so running them again here on the server only repeated the same days.
    # The hostile-input suite and the race table are about input and concurrency, not the day: they run
    # on the server once in the integration step (the hostile suite also in `npm test`).
    # The all-in-one's data directory (lock, backup, restore) and graceful stops (SIGTERM under load)
    # do not depend on the day either.
    MKIB_TEST_DATABASE_URL="$db_url" under_faketime "$offset" npx jest --selectProjects integration \
      --testPathPatterns '\.integration-spec\.ts$' \
      --testPathIgnorePatterns 'hostile-input' 'concurrency\.integration' 'all-in-one-data' 'graceful-stop\.integration'
  fi
  summary+=("$day: $(( $(date +%s) - began ))s")
done
echo
echo "== faketime runs green: ${summary[*]}"
