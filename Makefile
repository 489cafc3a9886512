# Two commands on a fresh machine: `make demo` and `make test` (see README).
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv test lint pytest demo bench bench-speed bench-fields clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	touch $(STAMP)

venv: $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check newsbot tests benchmarks

pytest: $(STAMP)
	$(BIN)/python -m pytest -q

# The README's test command; .ci/run calls exactly this.
test: lint pytest

# Serve the demo site on 127.0.0.1 and crawl it through its sitemap into output/.
demo: $(STAMP)
	$(BIN)/newsbot demo

bench: $(STAMP)
	$(BIN)/python benchmarks/accuracy.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
