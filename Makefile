# coachkit: two commands set everything up.
#   make lab   create .venv, install coachkit, open JupyterLab on notebooks/
#   make test  install the test tools and Chromium, run lint and the whole test suite
#   make workshop WORKSHOP=folder  serve a workshop's participants' page (README: Running a workshop)
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
UV     := $(VENV)/bin/uv
PORT   ?= 8888
# make workshop: the folder collecting the room's drafts (outside the checkout), the exercise
# it is set up with when it is not a workshop folder yet, and the page's port
WORKSHOP      ?=# empty: the folder notebook 04 sets up for the exercise
EXERCISE      ?= data/exercises/thank_you_panel.yml
WORKSHOP_PORT ?= 8866
WORKSHOP_ENGINE ?= solara# solara: one process for the room; voila: a kernel per participant
# JupyterLab refuses to start as root unless told; offline, it should not look for news
LAB_FLAGS := --ip=127.0.0.1 --port=$(PORT) --LabApp.news_url= \
	--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate \
	$(if $(filter 0,$(shell id -u)),--allow-root,)

.PHONY: lab test install install-test browser hub-proxy lint bench clean workshop

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet uv

$(VENV)/.installed: pyproject.toml | $(PY)
	$(UV) pip install --python $(PY) --quiet --compile-bytecode -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(UV) pip install --python $(PY) --quiet --compile-bytecode -e ".[test,bench]"
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

lab: install
	cd notebooks && ../$(PY) -m jupyterlab $(LAB_FLAGS)

# Set the folder up (if it is not one yet, or EXERCISE is given), then serve the participants'
# page on 127.0.0.1 with a fresh token until Ctrl-C
define WORKSHOP_PY
import sys
from coachkit.errors import CoachkitError
from coachkit.workshop.serve import prepare_folder, serve
folder, exercise, port, origin, engine = sys.argv[1:6]
try:
    ready = prepare_folder(folder, exercise, exercise_chosen=origin == "command line")
    sys.exit(serve(ready.path, port=int(port), ip="127.0.0.1", engine=engine))
except (CoachkitError, ValueError) as error:
    sys.exit(f"make workshop: {error}")
endef
export WORKSHOP_PY

workshop: install
	@$(PY) -c "$$WORKSHOP_PY" "$(WORKSHOP)" "$(EXERCISE)" "$(WORKSHOP_PORT)" "$(origin EXERCISE)" \
	  "$(WORKSHOP_ENGINE)"

# the browser tests drive Debian's Chromium (Playwright never downloads a browser here)
browser:
	@test -x /usr/bin/chromium || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else \
	    echo "Chromium is missing and needs root to install (apt-get install chromium):"; \
	    echo "the browser tests will be skipped."; \
	  fi; }

# JupyterHub's proxy for tests/e2e/test_jupyterhub.py, from npm into the venv (never global)
CHP := $(VENV)/chp/node_modules/.bin/configurable-http-proxy
hub-proxy: | $(PY)
	@test -x $(CHP) || { \
	  if command -v npm >/dev/null; then \
	    npm install --prefix $(VENV)/chp --no-audit --no-fund --loglevel=error \
	      configurable-http-proxy@5; \
	  else \
	    echo "npm is missing (apt-get install npm): the JupyterHub test will be skipped."; \
	  fi; }

# ruff, then the layers and cycles of pyproject.toml [tool.importlinter]; lint-imports reads
# the package from the current folder (make runs here), so it checks this checkout's code
lint: install-test
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports --no-logo

# every test but the abuse suite on every core (a module's tests stay together: its fixtures
# are built once), then the abuse suite alone, as it holds scoring to wall-clock bounds
test: install-test browser hub-proxy lint
	$(PY) -m pytest -q -p no:cacheprovider -n auto --dist loadfile --ignore=tests/abuse
	$(PY) -m pytest -q -p no:cacheprovider tests/abuse

bench: install-test browser
	$(PY) bench/score_bench.py
	$(PY) bench/journal_bench.py
	$(PY) bench/composer_bench.py
	$(PY) bench/outcomes_bench.py
	$(PY) bench/applog_bench.py
	$(PY) bench/dashboard_store_bench.py
	$(PY) bench/workshop_bench.py
	$(PY) bench/masking_bench.py
	$(PY) bench/workshop_load_bench.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis .import_linter_cache
