# One entry point. `make run` starts the product, `make test` runs every test.
PY := .venv/bin/python
export PYTHONPATH := $(CURDIR)
export TF_CPP_MIN_LOG_LEVEL := 3
export PYTHONWARNINGS := ignore::DeprecationWarning
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
# Compiled modules are kept, outside the work tree, even where the machine sets PYTHONDONTWRITEBYTECODE (this one
# does): without them every process the tests start compiles the product again, and pytest rewrites every test
# module's asserts again, about 2 s of each worker's start.
export PYTHONDONTWRITEBYTECODE :=
export PYTHONPYCACHEPREFIX ?= $(HOME)/.cache/pricing-assistant/pycache

.PHONY: install run test test-fast test-clock train validate bench lint eval-dialog fuzz-dialog eval-nlu eval-nlu-heldout eval-intents eval-answers eval-stories lock browsers dictionary-words clean

install:
	@bash scripts/install.sh
	@bash scripts/install-wordnet.sh

run: install
	@if [ "$${RASA_REPLICAS:-1}" -gt 1 ]; then bash scripts/install-haproxy.sh; fi
	@$(PY) -m bot.runner

test: install
	@bash scripts/test.sh

# The inner loop (under 20 s): unit and storage tests on SQLite, no trained model, stack or browser. Needs
# neither PostgreSQL nor Redis: without Redis its few tests are skipped, and the summary says why. The Hypothesis
# and schemathesis plugins serve only the sweeps and the OpenAPI run, which it leaves to `make test`.
test-fast: install
	@TEST_FAST=1 TEST_DATABASES=sqlite TEST_REDIS=optional $(PY) -m pytest -p no:cacheprovider -p no:hypothesispytest \
		-p no:schemathesis -q -rs -m "not slow and not browser and not sweep" -n 2

# The time-sensitive tests at DST switches, New Year's Eve, a leap day, a Saturday and now.
test-clock: install
	@bash scripts/clock-matrix.sh

train: install
	@$(PY) -m bot.runner.training

validate: install
	@$(PY) -m bot.validate

eval-dialog: install
	@$(PY) -m tests.visitors

# Generated visitors (tests/fuzz_dialog) against a stack of its own; the last line counts the violations.
fuzz-dialog: install
	@$(PY) -m tests.fuzz_dialog --conversations 2000

eval-nlu: install
	@$(PY) -m tests.nlu.evaluate

# Extraction on phrasings the rules were never tuned on (tests/nlu/heldout.yml and every numbered batch, in order).
eval-nlu-heldout: install
	@for batch in tests/nlu/heldout.yml $$(ls tests/nlu/heldout[0-9]*.yml | sort -V); do \
		$(PY) -m tests.nlu.evaluate $$batch || exit 1; done

# Intent accuracy on the blind batches not yet learnt (tests/nlu/heldout_intents*.yml; the earlier ones are in
# data/phrasings/, which the blended intent reader learns from), and by fallback threshold (how it is calibrated).
eval-intents: install
	@for batch in tests/nlu/heldout_intents*.yml; do $(PY) -m tests.nlu.evaluate_intents $$batch || exit 1; done

# Held-out test stories with and without TEDPolicy, beside the cost of a prediction (~5 min).
eval-answers: install
	@for batch in tests/nlu/faq_answerable*.yml; do $(PY) -m tests.nlu.evaluate_answers $$batch || exit 1; done

eval-stories: install
	@$(PY) -m tests.story_tests.evaluate_stories

bench: install
	@$(PY) -m benchmarks

lint: install
	@$(PY) -m ruff format --check bot actions tests benchmarks
	@$(PY) -m ruff check bot actions tests benchmarks
	@$(PY) -m mypy
	@.venv/bin/lint-imports --no-cache

browsers:
	@bash scripts/install-browser.sh

lock:
	@bash scripts/lock.sh

# Rebuild bot/nlu/dictionary/words.tsv.gz (committed) from FreeDict's dictionaries (Debian) and simplemma (PyPI): both
# are needed only here, never to run or test.
dictionary-words: install
	@apt-get install -y -q $$(apt-cache search freedict | awk '{print $$1}' | grep -E 'dict-freedict-(eng-|[a-z]+-eng$$)') >/dev/null
	@.venv/bin/pip install -q simplemma==2.0.0
	@$(PY) scripts/build_dictionary_words.py

clean:
	rm -rf var models/*.tar.gz .pytest_cache .mypy_cache .ruff_cache
