"""A study's storage: one object through which everything reads and writes a study.

A study location is a path ending in ``.gpkg`` (a GeoPackage, gis.gpkg) or
``postgresql://user@host:port/dbname?schema=NAME`` (a PostGIS schema, gis.postgis).
``Study.open(location)`` opens a study, or one to be created: nothing is written before
``write``. Imports, indicators, styles, atlases and workshops take a Study; no other module
opens the storage.

What a Study guarantees:
- ``read(name, columns)`` gives a table's attributes as a DataFrame, codes kept as strings;
  ``read_table(name)`` adds its geometries (a Table, the unit of writing).
- ``write({name: Table}, feedback)`` writes whole tables all or nothing: a failure or a cancel
  (through ``feedback``) leaves every table as it was.
- ``with study.snapshot():`` every read of the block (``read``, ``read_table``, ``settings``,
  ``layer_names``…) comes from one version of the study: a run writing meanwhile is seen whole after
  the block, never half (one table before it, the next after). Writers wait for the block's end.
- the settings (table ``etude``), the run log (``imports``) and the rejected rows (``rejets``)
  are read here and rewritten with the tables of the run that changes them, in the same
  ``write``: ``with_settings``, ``append_import`` and ``replace_rejets`` return the Table to write,
  composed again from the study's latest version once the write lock is held (two runs at once both
  keep their rows).
- the cache of API answers (``api_cache``) keeps each answer as soon as it arrives, whatever
  becomes of the run.
- QGIS reads a layer at ``layer_uri(name)`` with the provider ``provider``; ``save_style`` keeps
  a layer's style in the study as its default style.

The backend (gis.gpkg.GeoPackage or gis.postgis.PostGIS) implements the storage, with the same
methods (see gis.gpkg.GeoPackage's docstring). Both hold a lock on the study while they write: a
second writer waits, saying so, and stops cleanly with an InputError when the first takes too long;
a writer waits so for the readers' snapshots too.
"""
import contextlib
import datetime
import json
import threading
import time
from pathlib import Path

import pandas as pd

from ..core.errors import InputError
from ..core.i18n import tr
from ..sources.cache import TABLE as CACHE_TABLE
from .gpkg import GeoPackage, Table

POSTGRESQL_PREFIX = "postgresql://"

# Study setting (table etude): "oui" when the data is synthetic; every page built from it says so.
SYNTHETIC_DATA_KEY = "donnees_fictives"
# Study settings holding the dates of the current stock and of an earlier one (core.dynamics)
STOCK_DATE_KEY = "date_stock"
EARLIER_STOCK_DATE_KEY = "date_stock_anterieur"
TERRITORY_KEY = "territoire_id"

SETTINGS = "etude"
IMPORTS = "imports"
REJETS = "rejets"
# Communes fetched from geo.api.gouv.fr for a territory outside the reference (gis.geo_reference)
ADDED_COMMUNES = "communes_reference_ajoutees"
# Tables a location may hold before its study is created: the cache and the added communes.
PREPARATION_LAYERS = {CACHE_TABLE, ADDED_COMMUNES}


class Study:
    """A study's storage (see the module docstring). Open one with ``Study.open(location)``."""

    def __init__(self, location: str, store):
        self.location = location
        self._store = store
        self._reading = threading.local()  # this thread's depth of snapshots

    @classmethod
    def open(cls, location) -> "Study":
        """The study at ``location`` (a .gpkg path or a postgresql:// URI), existing or to be created; InputError for a
        location that cannot hold a study."""
        text = str(location)
        if text.startswith(POSTGRESQL_PREFIX):
            from .postgis import PostGIS

            return cls(text, PostGIS(text))
        path = Path(text)
        if path.suffix.lower() != ".gpkg":
            raise InputError(tr("The study file must end in .gpkg (got {name}).").format(name=path.name))
        return cls(str(path), GeoPackage(path))

    def __str__(self):
        return self.location

    def __repr__(self):
        return f"Study({self.location!r})"

    # ------------------------------------------------------------------------------------------
    # Tables

    def exists(self) -> bool:
        """Whether the storage exists (it may hold only the tables of PREPARATION_LAYERS)."""
        return self._store.exists()

    def layer_names(self) -> list:
        """The study's tables and layers; [] when the storage does not exist."""
        return self._store.layer_names()

    def has(self, name: str) -> bool:
        return name in self._store.layer_names()

    def read(self, name: str, columns=None, fid: bool = False) -> pd.DataFrame:
        """The attributes of the table ``name`` (``columns``, or all; the feature id ``fid`` too when
        asked), codes kept as strings."""
        return self._store.read(name, columns, fid)

    def read_table(self, name: str, columns=None, fid: bool = False) -> Table:
        """The table ``name`` (as ``read``) with its geometries (Lambert-93, OGR), row by row."""
        return self._store.read_table(name, columns, fid)

    @contextlib.contextmanager
    def snapshot(self, feedback=None):
        """Read the study as one version until the end of the block (see the module docstring): a
        step that computes from several tables reads them in one. Nested, it is the outer one's; it
        holds no version of its own for another thread. Write after the block: a writer waits for it.
        A GeoPackage's snapshot asked while a run writes waits for that write (telling ``feedback``)."""
        depth = getattr(self._reading, "depth", 0)
        with self._store.snapshot(feedback):
            self._reading.depth = depth + 1
            try:
                yield self
            finally:
                self._reading.depth = depth

    def write(self, tables: dict, feedback=None):
        """Write (create or replace) the tables {name: Table}, all or nothing; a cancel through
        ``feedback`` (core.progress) or any error leaves the study as it was."""
        if getattr(self._reading, "depth", 0):
            # the writer would wait for this very snapshot
            raise RuntimeError("Study.write inside Study.snapshot(): write after the block")
        self._store.write(tables, feedback)

    def make_editable(self, name: str, defaults=None):
        """Let QGIS add rows to the table ``name`` as it is (after ``write``): in PostGIS, the fid is
        numbered by a sequence and the columns get the SQL ``defaults`` {column: expression}; a
        GeoPackage needs nothing."""
        if hasattr(self._store, "make_editable"):
            self._store.make_editable(name, defaults or {})

    def field_names(self, name: str) -> list:
        """The attribute fields of the layer ``name`` (no fid, no geometry), in their order; [] when it
        is missing."""
        return self._store.field_names(name)

    def numeric_fields(self, name: str) -> list:
        """The numeric fields of the layer ``name`` (what a map can show); [] when it is missing."""
        return self._store.numeric_fields(name)

    # ------------------------------------------------------------------------------------------
    # A study: territory, settings, run log, rejected rows

    def is_study(self) -> bool:
        return self.has("communes")

    def check(self, territory_id=None) -> bool:
        """True when this is an existing study (of ``territory_id`` when given), False when the study
        is to be created; raises InputError for anything else."""
        names = set(self.layer_names())
        if "communes" in names:
            existing = self.territory()
            if territory_id and territory_id != existing:
                raise InputError(tr("The study {path} was created for the territory '{existing}', not '{asked}'. "
                                    "Give another file name to start a new study.")
                                 .format(path=self, existing=existing, asked=territory_id))
            return True
        if self.exists() and not names <= PREPARATION_LAYERS:
            raise InputError(tr("{path} is not a study GeoPackage (no communes layer). Give a new file name "
                                "or a study created by ESS Territoires.").format(path=self))
        if not territory_id:
            raise InputError(tr("{path} does not exist: give a territory (e.g. --territoire "
                                "pays-de-thierache) to create the study.").format(path=self))
        return False

    def settings(self) -> dict:
        """The study's settings (table etude: key -> value); empty when it has none."""
        if not self.has(SETTINGS):
            return {}
        frame = self.read(SETTINGS)
        return dict(zip(frame["cle"], frame["valeur"]))

    def territory(self) -> str:
        """The territory id the study was created for."""
        return self.settings()[TERRITORY_KEY]

    def with_settings(self, values: dict, settings: pd.DataFrame = None) -> Table:
        """The etude table with ``values`` (key -> value) set, to write with the run's tables;
        ``settings``: the table to start from (default: the study's, read again under the write lock)."""
        def compose(settings):
            if settings is None:
                settings = self.read(SETTINGS) if self.has(SETTINGS) else pd.DataFrame(columns=["cle", "valeur"])
            settings = settings[~settings["cle"].isin(values)]
            added = pd.DataFrame([{"cle": key, "valeur": value} for key, value in values.items()])
            return Table(pd.concat([settings, added], ignore_index=True), description=tr("Study settings"))

        table = compose(settings)
        if settings is None:
            table.recompose = lambda: compose(None)
        return table

    def append_import(self, row: dict) -> Table:
        """The ``imports`` table with ``row`` (see ``import_row``) added, to write with the run's tables
        (the rows of a run that wrote meanwhile are kept: it is composed again under the write lock)."""
        def compose():
            previous = self.read(IMPORTS) if self.has(IMPORTS) else pd.DataFrame()
            return Table(pd.concat([previous, pd.DataFrame([row])], ignore_index=True),
                         description=tr("Runs that produced the tables of this study"))

        table = compose()
        table.recompose = compose
        return table

    def replace_rejets(self, rejets: pd.DataFrame, step: str, keep=None) -> Table:
        """The ``rejets`` table with this step's previous rows replaced by ``rejets``, to write with the
        run's tables (``keep``: a function of the previous rows telling which of this step's rows to
        keep anyway); composed again under the write lock, as ``append_import``."""
        rejets = rejets.assign(etape=step)

        def compose():
            previous = self.read(REJETS) if self.has(REJETS) else pd.DataFrame()
            rows = rejets
            if "etape" in previous.columns:
                drop = previous["etape"].eq(step)
                if keep is not None:
                    drop &= ~keep(previous)
                rows = pd.concat([previous[~drop], rejets], ignore_index=True)
            return Table(rows.reset_index(drop=True), description=tr("Rows set aside or repaired, and why"))

        table = compose()
        table.recompose = compose
        return table

    # ------------------------------------------------------------------------------------------
    # Answers of the web APIs

    def api_cache(self, offline: bool = False, required: bool = False):
        """The study's cache of API answers (table cache_api), opened when it already holds one or
        when the first answer is stored: a run that fetched nothing writes nothing. Offline, with no
        cache: None, or with ``required`` an InputError saying what to do."""
        if offline and not self._store.has_table(CACHE_TABLE):
            if required:
                raise InputError(tr("Offline mode, and {path} holds no cached API answers: nothing was written. "
                                    "Run this step once with network access (offline mode off), then work "
                                    "offline.").format(path=self))
            return None
        return ApiCache(self._store)

    # ------------------------------------------------------------------------------------------
    # QGIS: layers and their styles

    @property
    def provider(self) -> str:
        """The QGIS data provider of the study's layers."""
        return self._store.provider

    def layer_uri(self, name: str) -> str:
        """The source of the layer ``name`` for QgsVectorLayer(uri, title, provider)."""
        return self._store.layer_uri(name)

    def project_location(self) -> str:
        """Where the study's QGIS project is: a .qgz next to a GeoPackage, or stored in the PostGIS
        schema (QGIS's PostgreSQL project storage, opened from the Browser)."""
        return self._store.project_location()

    def has_project(self) -> bool:
        return self._store.has_project()

    def layer_name_of(self, source: str):
        """The name of the study's layer that a QGIS layer source reads; None for another source."""
        return self._store.layer_name_of(source)

    def has_default_style(self, name: str) -> bool:
        return self._store.has_default_style(name)

    def save_style(self, layer, name: str):
        """Save the QGIS ``layer``'s style in the study as the default style of the layer ``name``."""
        self._store.save_style(layer, name)


class ApiCache:
    """The cache_api of a study (sources.cache.ResponseCache), opened when it already exists or when
    the first answer is stored."""

    def __init__(self, store):
        self._store = store
        self._cache = store.response_cache() if store.has_table(CACHE_TABLE) else None

    def get(self, key):
        return self._cache.get(key) if self._cache is not None else None

    def put(self, key, url, params, status, text):
        if self._cache is None:
            self._cache = self._store.response_cache()
        return self._cache.put(key, url, params, status, text)

    def count(self) -> int:
        return self._cache.count() if self._cache is not None else 0

    def responses(self, prefix: str):
        return self._cache.responses(prefix) if self._cache is not None else iter(())

    def close(self):
        if self._cache is not None:
            self._cache.close()


def import_row(step: str, inputs: list, counts: dict, started: float, perimeter_version="") -> dict:
    """One row of the ``imports`` table: what produced what, from which inputs, how long."""
    return {
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "etape": step,
        "entrees": json.dumps(inputs, ensure_ascii=False),
        "comptes": json.dumps(counts, ensure_ascii=False),
        "version_perimetre": perimeter_version,
        "duree_s": round(time.monotonic() - started, 3),
    }
