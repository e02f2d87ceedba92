# The whole set-up is `make run` or `make test`: each creates .venv and installs the project first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT := out

.PHONY: run test bench lint clean

$(BIN)/extractor: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

# Extract the corpus, score it against gold/, build the fact database.
run: $(BIN)/extractor
	mkdir -p $(OUT)
	$(BIN)/extractor extract corpus --with-text --jobs 2 -o $(OUT)/facts.jsonl
	$(BIN)/extractor score --gold gold $(OUT)/facts.jsonl --report $(OUT)/report.html --json $(OUT)/scores.json
	$(BIN)/extractor db build $(OUT)/facts.jsonl -o $(OUT)/facts.db

test: $(BIN)/extractor
	$(BIN)/pytest -q

lint: $(BIN)/extractor
	$(BIN)/ruff check extractor tests benchmarks

clean:
	rm -rf $(OUT) bench.json

# Throughput and memory against the underthesea-ner baseline; writes bench.json (see README).
bench: $(BIN)/extractor
	$(BIN)/python benchmarks/bench.py

# Browse the fact database on 127.0.0.1 with datasette, read-only (--immutable), with the facets and
# canned queries of extractor/db/metadata.yml. PORT=8002 make serve for another port.
PORT ?= 8001
.PHONY: serve
serve: $(BIN)/extractor
	test -f $(OUT)/facts.db || $(MAKE) run
	$(BIN)/datasette serve --immutable $(OUT)/facts.db -h 127.0.0.1 -p $(PORT) -m extractor/db/metadata.yml
