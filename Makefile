# The two set-up commands are `make demo` (build the graph of the bundled report, answer a
# question, write the HTML) and `make test` (the test suite).  Both install what they need.
PYTHON ?= python3
KG = $(PYTHON) -m kg

.PHONY: install system-deps demo test bench

install:
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -e ".[test]"

system-deps:
	bash scripts/install-system-deps.sh

demo: install
	$(KG) build
	$(KG) ask "哪些措施引用了渭编发〔2020〕10号"
	$(KG) viz -o viz/index.html

test: install system-deps
	$(PYTHON) -m pytest -q

bench: install
	$(PYTHON) bench/bench.py
