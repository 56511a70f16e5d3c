# fraud-research — the front door. `make help` lists the targets.
# Set-up is automatic: every target that needs the environment creates `.venv`
# with the system Python (3.11+), installs the package and registers the kernel.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
KERNEL := fraud-research
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help setup reports test lint format lab benchmarks clean

## Show this help
help:
	@awk '/^## /{doc=substr($$0,4); next} /^[a-zA-Z_-]+:/{if(doc){split($$1,t,":"); printf "  make %-12s %s\n", t[1], doc}; doc=""}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "fraud-research needs Python 3.11 or newer" or 0)'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/python -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python (fraud-research)" >/dev/null
	touch $@

## Create .venv, install the package with its dependencies and register the Jupyter kernel
setup: $(STAMP)

## Render every region report into outputs/ (sets up the environment first if needed)
reports: $(STAMP)
	$(BIN)/fraud-research reports

## Run the whole test suite, notebooks and doctests included (sets up first if needed)
test: $(STAMP)
	$(BIN)/python -m pytest

## Check style: ruff lint and format, and no notebook committed with outputs (pre-commit hooks)
lint: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/pre-commit run --all-files

## Format the code with ruff
format: $(STAMP)
	$(BIN)/ruff format fraud_research tests benchmarks

## Open JupyterLab on the project with the fraud-research kernel
lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=.

## Run the benchmarks under benchmarks/ and print their figures
benchmarks: $(STAMP)
	for b in benchmarks/*.py; do $(BIN)/python $$b || exit 1; done

## Remove generated outputs (keeps .venv)
clean:
	rm -rf outputs/* .pytest_cache
	find . -name __pycache__ -not -path "./$(VENV)/*" -prune -exec rm -rf {} +
