# SSE Directory Thailand — the habits in one place. `make run` and `make test` do all set-up.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install assets messages migrate demo run test test-fast bench bench-quick bench-import load fuzz lint format check makemessages clean prod-check share-image

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed assets messages

# Front-end assets from npm (exact versions in package-lock.json), served by the site itself.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

assets: node_modules/.package-lock.json

messages: $(VENV)/.installed
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v0

makemessages: $(VENV)/.installed
	$(MANAGE) makemessages -l th --no-location --no-obsolete --ignore=.venv --ignore=node_modules --ignore=tests --ignore=insights
	cd insights && ../$(PY) ../manage.py makemessages -l th --no-location --no-obsolete  # its own catalogue

# The default share image (og:image): redraw static/img/share.png from share.svg and commit it.
share-image: $(VENV)/.installed
	$(MANAGE) make_share_image

migrate: install
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo

run: demo
	DEBUG=$${DEBUG:-1} $(MANAGE) runserver $(HOST):$(PORT)

check: install
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

# Lint first, so that CI (.ci/run runs `make test`) fails on a lint error as on a failing test.
test: install lint
	$(VENV)/bin/pytest $(PYTEST_ARGS)

test-fast: install
	$(VENV)/bin/pytest -m "not browser" $(PYTEST_ARGS)

# Speed and memory, measured outside the test suite (see bench/README.md).
# PostgreSQL at 1,000, 10,000 and 100,000 organisations through gunicorn; writes
# bench/results.md and bench/results.json. The databases are kept (sse_bench_N) for re-runs.
bench: install
	$(PY) bench/run.py $(BENCH_ARGS)

bench-quick: install
	$(PY) bench/run.py --sizes 1000,10000 --requests 3 --output /tmp/sse-bench-quick $(BENCH_ARGS)

# The spreadsheet import: check and import time per row at 1,000 and 50,000 rows on PostgreSQL;
# writes bench/import.md (a fresh database sse_bench_import_N for each size).
bench-import: install
	$(PY) bench/import_rows.py $(BENCH_ARGS)

# wrk (apt-get install wrk) at 100,000 organisations: 32 connections, 60 s; bench/load.json.
load: install
	$(PY) bench/load.py $(LOAD_ARGS)

# The fuzz tests with many more examples than the suite runs (not derandomized).
FUZZ_EXAMPLES ?= 1000
fuzz: install
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(VENV)/bin/pytest tests/test_fuzz.py tests/test_api.py -k "fuzz or never" -p no:cacheprovider $(PYTEST_ARGS)

# Code style, template lint, migrations that match the models, and a Thai catalogue that
# compiles (`messages` runs compilemessages, which fails on a broken entry).
lint: $(VENV)/.installed messages
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint templates --lint
	$(MANAGE) makemigrations --check --dry-run

format: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) node_modules staticfiles test-artifacts db.sqlite3

# The container image's build steps (deploy/build.sh), the production checks, and a gunicorn
# served with the image's config, probed and stopped (deploy/prod-check.sh; see docs/deploy.md).
prod-check: $(VENV)/.installed
	PYTHON=$(abspath $(PY)) deploy/prod-check.sh
