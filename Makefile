# Two commands matter: `make run` and `make test`. Everything else is for developers.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
# Translations: .ts sources are kept in git, .qm files are built here. Defined before the
# rules that depend on them: make expands a rule's prerequisites when it reads the rule.
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint typecheck bench soak bundle bundle-smoke clean translations update-translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e .
	touch $@

$(DEVSTAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

run: $(STAMP) $(QM)
	$(BIN)/workbench

# CI (.ci/run) runs this: style, the type checker, then the whole suite headless.
test: $(DEVSTAMP) $(QM)
	$(BIN)/ruff check workbench tests db
	$(BIN)/ruff format --check workbench tests db
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(DEVSTAMP)
	$(BIN)/ruff check workbench tests db
	$(BIN)/ruff format --check workbench tests db
	$(BIN)/mypy

# mypy --strict over workbench/ (settings in pyproject.toml).
typecheck: $(DEVSTAMP)
	$(BIN)/mypy

# Every figure against its floor; the built program too (PyInstaller, dist/ rebuilt when
# a source is newer). Exits 1 when a goal is not met.
bench: $(DEVSTAMP) $(QM)
	$(BIN)/python -m pip install -q -e '.[bundle]'
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m workbench.bench

# The torture test at length: 100 rounds of SIGKILL while other programs read the file.
soak: $(DEVSTAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/reliability/torture.py --rounds 100

bundle: $(DEVSTAMP) $(QM)
	$(BIN)/python -m pip install -q -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm build.spec

clean:
	rm -rf $(VENV) build dist .pytest_cache

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# English keeps only the plural forms ("%n item(s)" → "1 item", "2 items").
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find workbench -name '*.py' | sort) -ts resources/translations/workbench_nl.ts
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly $$(find workbench -name '*.py' | sort) -ts resources/translations/workbench_en.ts

# The built program must start without Python: version, demo, check and an export.
bundle-smoke: bundle
	bash tests/bundle_smoke.sh dist/workbench/workbench
