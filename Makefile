# DCA Study Hall. `make run` serves the demo; `make test` runs the whole suite.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

# The first Python >= 3.12 on PATH (Django 6.1 needs it).
PYTHON := $(shell for p in python3.13 python3.12 python3; do \
	if $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then echo $$p; break; fi; done)

.PHONY: help run serve test test-fast e2e lint format bench audit check lock clean python

help:
	@echo "make run    create the venv, migrate, load the demo and serve http://$(HOST):$(PORT)"
	@echo "make test   run the whole test suite (SQLite, or DATABASE_URL when set)"
	@echo "make lint   ruff check and format check"
	@echo "make bench  time the main pages on a demo database"
	@echo "make audit  keep rate of the generator on the judged notes in bench/corpus"
	@echo "make lock   re-pin requirements/*.txt from pyproject.toml"

python:
	@if [ -z "$(PYTHON)" ]; then \
		echo "DCA Study Hall needs Python 3.12 or newer, but found: $$(python3 --version 2>&1 || echo 'no python3')."; \
		echo "Install Python 3.12+ (for example 'pyenv install 3.13') and run make again."; \
		exit 1; \
	fi

$(STAMP): requirements/dev.txt | python
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/dev.txt
	@touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DEBUG=1 $(BIN)/python manage.py seed_demo
	@echo ""
	@echo "Serving on http://$(HOST):$(PORT)/  (Ctrl+C to stop)"
	DEBUG=1 $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: $(STAMP)
	DEBUG=1 $(BIN)/pytest $(PYTEST_ARGS)

test-fast: $(STAMP)
	DEBUG=1 $(BIN)/pytest -m "not e2e" $(PYTEST_ARGS)

e2e: $(STAMP)
	DEBUG=1 $(BIN)/pytest -m e2e $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: $(STAMP)
	DEBUG=1 $(BIN)/python manage.py check
	DEBUG=1 $(BIN)/python manage.py makemigrations --check --dry-run

bench: $(STAMP)
	DEBUG=1 $(BIN)/python -m bench.run

audit: $(STAMP)
	@for set in bench/corpus/set*/; do set=$${set%/}; echo "== $$set"; \
		$(BIN)/python bench/audit.py score $$set $$set.judged.jsonl | head -2; done

lock: $(STAMP)
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links \
		--generate-hashes -o requirements/base.txt pyproject.toml
	$(BIN)/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links \
		--generate-hashes --extra dev -c requirements/base.txt -o requirements/dev.txt pyproject.toml

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
