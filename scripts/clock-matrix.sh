#!/usr/bin/env bash
# `make test-clock`: the time-sensitive tests (those marked `clock`, which tests/clock_marker.py keeps
# honest; not the trained-model, stack and browser tests) once at now and once at each awkward
# instant of tests/clock_matrix.py (DST switches, New Year's Eve, a leap day, a Saturday, the wall
# clock in another zone), each under another machine time zone, in one pytest run. `make test` runs
# the same matrix inside its pytest stage (--clock-matrix). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONPATH="$PWD" TF_CPP_MIN_LOG_LEVEL=3 SQLALCHEMY_SILENCE_UBER_WARNING=1 TEST_DATABASES=${TEST_DATABASES:-sqlite}
# Only the modules that mark tests `clock` are collected: collecting all of tests/ imports Rasa.
mapfile -t files < <(grep -rlE "^pytestmark\s*=.*mark\.clock|^\s*@pytest\.mark\.clock|marks=.*mark\.clock" tests --include='test_*.py' | sort)
[ $# -gt 0 ] && files=()  # arguments name what to run
exec .venv/bin/python -m pytest -p no:cacheprovider -q -rfE -n "${TEST_WORKERS:-2}" -m "clock and not slow and not browser" \
  --clock-matrix "${files[@]}" "$@"
