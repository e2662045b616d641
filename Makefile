# Two commands on a fresh machine with Python 3.11+ and make:
#   make demo   set up .venv and check the shipped Channel transcript
#   make test   set up .venv and run lint, types, layering and the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint types tests clean wheel-compiled

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "radiocheck needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/radiocheck check transcripts/channel/ranger-2025.radio --exit-zero

lint: $(STAMP)
	$(BIN)/ruff check checker tests benchmarks scripts
	$(BIN)/ruff format --check checker tests benchmarks scripts

types: $(STAMP)
	$(BIN)/mypy

tests: $(STAMP)
	$(BIN)/python -m pytest

test: lint types tests

# The optional wheel with the hot paths compiled by mypyc (needs a C compiler), built
# from a copy of the committed tree: hatch-mypyc compiles in place, and a compiled
# module left beside its .py would shadow every later edit of it.
wheel-compiled: $(STAMP)
	$(BIN)/python scripts/build_compiled.py --out build

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
