#!/usr/bin/env bash
# `make test`: install what is missing, validate the editable files, run every test, then the
# time-sensitive ones again at awkward instants and in other time zones (scripts/clock-matrix.sh).
# TEST_DATABASES=sqlite,postgresql (default) runs storage tests on both; PostgreSQL must then be
# reachable at TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/test).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
bash scripts/install-wordnet.sh
if [ -x scripts/install-browser.sh ]; then bash scripts/install-browser.sh; fi
bash scripts/install-haproxy.sh  # the load balancer of the scale-out tests (RASA_REPLICAS=2)
export PYTHONPATH="$PWD" TF_CPP_MIN_LOG_LEVEL=3 SQLALCHEMY_SILENCE_UBER_WARNING=1
start=$(date +%s)
.venv/bin/python -m bot.validate
# the one-way layers (pyproject.toml [tool.importlinter]): a layer imported upwards fails the run
.venv/bin/lint-imports --no-cache
.venv/bin/python -m pytest -p no:cacheprovider -q -rfE "$@"
bash scripts/clock-matrix.sh
echo "test: finished in $(( $(date +%s) - start ))s"
