#!/usr/bin/env bash
# `make test`: install what is missing, validate the editable files, run every test, the
# time-sensitive ones also at awkward instants and in other time zones (--clock-matrix,
# tests/clock_matrix.py: in the same run, so the matrix fills the workers' gaps).
# TEST_DATABASES=sqlite,postgresql (default) runs storage tests on both; PostgreSQL must then be
# reachable at TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/test).
set -euo pipefail
cd "$(dirname "$0")/.."
stages=()
stage() {  # name command...: run one stage and note its time (and a failure) for the summary at the end
  local name=$1 began=$SECONDS status=0
  shift
  "$@" || status=$?
  stages+=("$(printf '%-10s %5ss%s' "$name" $((SECONDS - began)) "$([ $status -eq 0 ] || echo '  FAILED')")")
  return $status
}
summary() {
  echo "test: time by stage"
  printf '  %s\n' "${stages[@]}"
}
trap summary EXIT
start=$SECONDS
stage install bash scripts/install.sh
stage system bash scripts/install-system.sh  # WordNet, Chromium, haproxy: one apt transaction
export PYTHONPATH="$PWD" TF_CPP_MIN_LOG_LEVEL=3 SQLALCHEMY_SILENCE_UBER_WARNING=1
stage validate .venv/bin/python -m bot.validate
# formatting and lint (ruff, lines of at most 120): what `make lint` and the pre-commit hook check, in seconds
stage format .venv/bin/python -m ruff format --check --quiet bot actions tests benchmarks
stage ruff .venv/bin/python -m ruff check --quiet bot actions tests benchmarks
# the one-way layers (pyproject.toml [tool.importlinter]): a layer imported upwards fails the run
stage layers .venv/bin/lint-imports --no-cache
# one model for every stage and worker, trained only when config.yml, domain.yml or data/ changed
stage train .venv/bin/python -c "from bot.runner.training import ensure_model; ensure_model()"
# two workers, a test file each at a time (a file's module-scoped stack starts once), longest
# files first (tests/conftest.py orders them; --no-loadscope-reorder keeps that order)
stage pytest .venv/bin/python -m pytest -p no:cacheprovider -q -rfE --durations=25 -n "${TEST_WORKERS:-2}" \
  --dist loadfile --no-loadscope-reorder --clock-matrix "$@"
echo "test: finished in $((SECONDS - start))s"
