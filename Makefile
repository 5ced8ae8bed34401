# Two commands for a newcomer: `make demo` and `make test`.
# Both create the virtual environment (.venv) on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.kaohe-installed

.PHONY: demo test venv bench eval clean messages

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@scripts/install_system_packages.sh
	$(BIN)/python -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[test]'
	@touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/kaohe demo

test: $(STAMP)
	scripts/run_tests.sh

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

eval: $(STAMP)
	$(BIN)/kaohe eval tests/data/gold --fixtures examples/notices

# Re-extract the user-facing strings into kaohe/locale and compile the translations.
messages: $(STAMP)
	$(BIN)/python scripts/messages.py

clean:
	rm -rf $(VENV) kaohe-data out .pytest_cache
