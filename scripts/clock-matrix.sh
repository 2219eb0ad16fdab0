#!/usr/bin/env bash
# `make test-clock`: run the time-sensitive tests (those marked `clock`, which tests/clock_marker.py
# keeps honest; not the trained-model, stack and browser tests) at awkward instants, each under a
# different machine time zone, and require the same result at every one. Extra arguments go to pytest.
set -uo pipefail
cd "$(dirname "$0")/.."
export PYTHONPATH="$PWD" TF_CPP_MIN_LOG_LEVEL=3 SQLALCHEMY_SILENCE_UBER_WARNING=1 TEST_DATABASES=${TEST_DATABASES:-sqlite}
# instant (UTC)             machine TZ            why
matrix="
2027-03-28T00:59:59+00:00  Pacific/Auckland      Europe/Berlin: a second before clocks spring forward
2027-10-31T00:30:00+00:00  America/Los_Angeles   Europe/Berlin: 02:30 CEST, the hour that happens twice
2027-03-14T06:59:59+00:00  Europe/Berlin         America/New_York: a second before clocks spring forward
2027-11-07T05:30:00+00:00  Pacific/Auckland      America/New_York: 01:30 EDT, the hour that happens twice
2026-12-31T23:59:59+00:00  Pacific/Auckland      the last second of the year (already next year locally)
2028-02-29T12:00:00+00:00  America/Los_Angeles   a leap day
2026-11-28T15:00:00+00:00  UTC                   a Saturday
real                       America/Los_Angeles   the wall clock
"
start=$(date +%s)
jobs=${CLOCK_JOBS:-2}  # instants run side by side: a run waits on SQLite and sockets as much as on a core
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Only the modules that mark tests `clock` are collected at each instant: collecting all of tests/
# imports Rasa and costs twice the time (the marker check in the full run keeps the marks honest).
mapfile -t files < <(grep -rlE "^pytestmark\s*=.*mark\.clock|^\s*@pytest\.mark\.clock|marks=.*mark\.clock" tests --include='test_*.py' | sort)
[ $# -gt 0 ] && files=()  # arguments name what to run
run_instant() {  # index instant zone
  TZ="$3" .venv/bin/python -m pytest -p no:cacheprovider -q -m "clock and not slow and not browser" --clock="$2" "${files[@]}" "${@:4}" \
    > "$work/$1.out" 2>&1
  echo $? > "$work/$1.code"
}
index=0
while read -r instant zone why; do
  [ -n "$instant" ] || continue
  index=$((index + 1))
  printf '%s\t%s\t%s\n' "$instant" "$zone" "$why" > "$work/$index.what"
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n; done
  run_instant "$index" "$instant" "$zone" "$@" &
done <<< "$matrix"
wait
results=()
failed=0
for ((i = 1; i <= index; i++)); do
  IFS=$'\t' read -r instant zone why < "$work/$i.what"
  output=$(cat "$work/$i.out")
  code=$(cat "$work/$i.code")
  # pytest's own summary line ("426 passed, 6 warnings in 70.1s"), not whatever the interpreter
  # printed to stderr after it while shutting down
  summary=$(printf '%s\n' "$output" | grep -E '^[0-9]+ (passed|failed|errors?|skipped|deselected)|no tests ran' | tail -n 1)
  [ -n "$summary" ] || summary=$(printf '%s\n' "$output" | tail -n 1)
  [ "$code" -eq 0 ] || failed=1
  results+=("$(printf '%-26s %-20s %-64s %s' "$instant" "$zone" "$why" "$summary")")
  [ "$code" -eq 0 ] || printf '%s\n' "$output" | grep -vE '^\s*$' | tail -n 40 >&2
  [ "$code" -eq 0 ] || echo "clock-matrix: FAILED at $instant ($zone): rerun with TZ=$zone .venv/bin/python -m pytest --clock=$instant -m 'clock and not slow and not browser'" >&2
done
printf '%-26s %-20s %-64s %s\n' "instant" "TZ" "why" "result"
printf '%s\n' "${results[@]}"
distinct=$(printf '%s\n' "${results[@]}" | grep -oE '[0-9]+ passed' | sort -u | wc -l)
if [ "$distinct" -ne 1 ]; then
  echo "clock-matrix: the number of passing tests differs between instants" >&2
  failed=1
fi
echo "clock-matrix: $( [ $failed -eq 0 ] && echo 'same result at every instant' || echo FAILED ) in $(( $(date +%s) - start ))s"
exit $failed
