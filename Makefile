# coachkit: two commands set everything up.
#   make lab   create .venv, install coachkit, open JupyterLab on notebooks/
#   make test  install the test tools, run lint and the whole test suite
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
UV     := $(VENV)/bin/uv
PORT   ?= 8888
# JupyterLab refuses to start as root unless told; offline, it should not look for news
LAB_FLAGS := --ip=127.0.0.1 --port=$(PORT) --LabApp.news_url= \
	--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate \
	$(if $(filter 0,$(shell id -u)),--allow-root,)

.PHONY: lab test install install-test lint bench clean

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

lint: install-test
	$(PY) -m ruff check .

test: install-test lint
	$(PY) -m pytest -q -p no:cacheprovider

bench: install-test
	$(PY) bench/score_bench.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
