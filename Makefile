# The two commands of the README: `make run` and `make test`. Everything they
# need (venv, packages, Kafka jars) is installed on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# The optional compiled build (setup.py, NEWSWIRE_MYPYC=1) goes to a venv of its own.
VENV_COMPILED ?= .venv-compiled

.PHONY: install install-compiled compiled-check run test test-unit test-integration lint format \
	bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,rocksdb]'
	@touch $(STAMP)

install: $(STAMP)

# The enrichment core compiled with mypyc (needs gcc; ~1.5 min), installed (not editable)
# into $(VENV_COMPILED) with the dev extras. pip's build isolation fetches the mypy that
# setup.py pins. Rerun after changing the sources: the install is a copy.
install-compiled:
	@test -x $(VENV_COMPILED)/bin/python || $(PYTHON) -m venv $(VENV_COMPILED)
	$(VENV_COMPILED)/bin/pip install --quiet --upgrade pip
	$(VENV_COMPILED)/bin/pip install --quiet '.[dev,rocksdb]'
	NEWSWIRE_MYPYC=1 $(VENV_COMPILED)/bin/pip install --quiet --force-reinstall --no-deps .
	$(VENV_COMPILED)/bin/python -P -c 'import pipeline.enrich.figures.extractor as m; \
		assert not m.__file__.endswith(".py"), m.__file__; print("compiled:", m.__file__)'

# Same outputs from the compiled build as from the sources (eval sets, unit tests).
compiled-check: install install-compiled
	$(BIN)/python bench/compiled_check.py --compiled $(VENV_COMPILED)/bin/python

run: install
	@scripts/run-local.sh

test: install
	$(BIN)/pytest -q

test-unit: install
	$(BIN)/pytest -q -m "not integration"

test-integration: install
	$(BIN)/pytest -q -m integration

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: install
	$(BIN)/python bench/enrich.py
	$(BIN)/python bench/quality.py
	$(BIN)/python bench/poll.py
	$(BIN)/python bench/dedupe.py
	$(BIN)/python bench/pipeline.py

clean:
	rm -rf $(VENV) $(VENV_COMPILED) .pytest_cache .ruff_cache .mypy_cache *.egg-info
