# Two commands for a fresh machine: `make run` (install everything, start the app) and `make test`.
.PHONY: run test setup lint

VENV := .venv
STAMP := $(VENV)/.installed

$(STAMP): pyproject.toml .ci/setup.sh
	bash .ci/setup.sh
	touch $@

setup: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/python -m coze_desktop

test: $(STAMP)
	bash .ci/test.sh

lint: $(STAMP)
	$(VENV)/bin/ruff check .
