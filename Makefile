# The two commands of the README: `make run` and `make test`. Everything they
# need (venv, packages, Kafka jars) is installed on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install run test test-unit test-integration lint format bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,rocksdb]'
	@touch $(STAMP)

install: $(STAMP)

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
	$(BIN)/python bench/pipeline.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache *.egg-info
