# coachkit: two commands set everything up.
#   make lab   create .venv, install coachkit, open JupyterLab on notebooks/
#   make test  install the test tools, run lint and the whole test suite
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
UV     := $(VENV)/bin/uv
PORT   ?= 8888

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
	cd notebooks && ../$(PY) -m jupyterlab --ip=127.0.0.1 --port=$(PORT)

lint: install-test
	$(PY) -m ruff check .

test: install-test lint
	$(PY) -m pytest -q -p no:cacheprovider

bench: install-test
	$(PY) bench/score_bench.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
