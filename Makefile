# Two commands on a fresh machine: `make demo` and `make test` (see README).
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv system-deps test lint pytest demo bench bench-speed bench-fields clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	touch $(STAMP)

venv: $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check newsbot tests benchmarks

# redis-server and chromium for the tests that run them for real (skipped when not installable).
system-deps:
	bash scripts/system-deps.sh

pytest: $(STAMP) system-deps
	$(BIN)/python -m pytest -q

# The README's test command; .ci/run calls exactly this.
test: lint pytest

# Serve the demo site on 127.0.0.1 and crawl it through its sitemap into output/.
demo: $(STAMP)
	$(BIN)/newsbot demo

bench: $(STAMP)
	$(BIN)/python benchmarks/accuracy.py

bench-speed: $(STAMP)
	$(BIN)/python benchmarks/speed.py

bench-fields: $(STAMP)
	$(BIN)/python benchmarks/fields/score.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
