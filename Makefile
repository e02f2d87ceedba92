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

# Extract the corpus, score it against gold/ (the development set, officials by rules and NER, by
# rules only, by NER only, beside the baselines) and gold/heldout/ (articles no rule writer saw),
# then build the fact database.
run: $(BIN)/extractor
	mkdir -p $(OUT)
	$(BIN)/extractor extract corpus --with-text --jobs 2 -o $(OUT)/facts.jsonl
	EXTRACTOR_PEOPLE=rules $(BIN)/extractor extract corpus --with-text --jobs 2 -o $(OUT)/facts.rules.jsonl
	EXTRACTOR_PEOPLE=ner $(BIN)/extractor extract corpus --with-text --jobs 2 -o $(OUT)/facts.ner.jsonl
	@echo; echo "== development set: gold/ =="
	$(BIN)/extractor score --gold gold $(OUT)/facts.jsonl $(OUT)/facts.rules.jsonl $(OUT)/facts.ner.jsonl \
		--no-errors --report $(OUT)/report.html --json $(OUT)/scores.json
	@echo; echo "== held-out set: gold/heldout/ =="
	$(BIN)/extractor score --gold gold/heldout $(OUT)/facts.jsonl --no-errors \
		--report $(OUT)/report.heldout.html --json $(OUT)/scores.heldout.json
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
