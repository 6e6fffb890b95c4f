# The two set-up commands are `make demo` (build the graph of the bundled report, answer a
# question, write the HTML) and `make test` (the test suite).  Both install what they need:
# Debian packages through scripts/install-system-deps.sh, Python packages from pyproject.toml
# into a project virtual environment (.venv) that is created unless one is already active.
PYTHON ?= python3
VENV ?= .venv
ifdef VIRTUAL_ENV
PY := python
else
PY := $(VENV)/bin/python
endif
KG := $(PY) -m kg
PIP := $(PY) -m pip --quiet --disable-pip-version-check
N ?= 100000

.PHONY: install system-deps demo test bench fuzz clean

$(VENV)/bin/python:
	bash scripts/install-system-deps.sh python
	$(PYTHON) -m venv $(VENV)

install: $(if $(VIRTUAL_ENV),,$(VENV)/bin/python)
	$(PIP) install -e ".[test]"

system-deps:
	bash scripts/install-system-deps.sh test

demo: install
	$(KG) build
	$(KG) ask "哪些措施引用了渭编发〔2020〕10号"
	$(KG) viz -o viz/index.html

test: install system-deps
	$(PY) -m pytest -q

bench: install
	$(PIP) install -e ".[test,bench]"
	$(PY) bench/bench.py

# The property-based fuzz suite with as many generated inputs as asked: make fuzz N=100000
fuzz: install
	KG_FUZZ_EXAMPLES=$(N) $(PY) -m pytest -q -p no:cacheprovider tests/test_fuzz.py

clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache test-artifacts data/.kg-cache
