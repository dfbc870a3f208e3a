# Two entry points on a fresh clone: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SAMPLE := samples/laocai-hoi-phu-nu-2024.txt
EVAL   ?= ../shared/eval

.PHONY: run test test-browser screenshot lint fast eval eval-all corpus bench golden schema clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/vnnews extract $(SAMPLE)

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks docs
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest -m "not slow and not browser" -q

# The review page in a real headless browser: Debian's chromium (apt-installed when missing, needs
# root) driven by Playwright with the system browser (Playwright never downloads one here).
BROWSER_STAMP := $(VENV)/.installed-browser
$(BROWSER_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,browser]'
	touch $(BROWSER_STAMP)

test-browser: $(BROWSER_STAMP)
	command -v chromium >/dev/null || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
	$(BIN)/python -m pytest -m browser -q

# docs/review-seed.png, the README's picture of the seed article's review page.
screenshot: test-browser
	$(BIN)/python docs/screenshot.py

# The whole 2,000-article corpus run (crash-free, schema-valid, grounded); slow.
corpus: $(STAMP)
	$(BIN)/python -m pytest -m slow -q

eval: $(STAMP)
	mkdir -p out
	$(BIN)/vnnews extract $(EVAL)/articles -o out/eval.jsonl --quiet || true
	$(BIN)/python $(EVAL)/score.py --pred out/eval.jsonl --gold $(EVAL)/gold -v
	$(BIN)/python $(EVAL)/check_grounding.py --pred out/eval.jsonl --articles $(EVAL)/articles

# Every gold set, measuring-only ones included (tests/gold_sets.py: a set's README status decides);
# make test gates only the development sets.
eval-all: $(STAMP)
	$(BIN)/python -m tests.gold_sets

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/dask_throughput.py

golden: $(STAMP)
	$(BIN)/python -m pytest tests/test_golden.py --update-golden -q

schema: $(STAMP)
	$(BIN)/vnnews schema > schema/article.schema.json

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
