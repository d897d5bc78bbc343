"""Dated cache of API answers, in a GeoPackage (or SQLite) file, through sqlite3.

Every answer the clients receive is stored in the table ``cache_api`` with the date it was
fetched, so that a second run with no network gives the same result and an interrupted run
resumes where it stopped. The file is usually the study GeoPackage (other layers are written
by GDAL); it may also be a cache file of its own. When the file does not exist, it is created
as a minimal, valid GeoPackage so that GDAL/QGIS can open it and add layers later.

Columns of ``cache_api``:
    fid          integer primary key
    request_key  text, unique: "<namespace>:<path>?<sorted, url-encoded params>" (see request_key)
    url          text: the full URL that was fetched (base URL included)
    params       text: the query parameters as a JSON object
    status       integer: HTTP status of the stored answer
    response     text: the body of the answer (JSON text)
    fetched_at   datetime, ISO 8601 UTC ("2024-05-01T12:00:00.000Z")
"""
import datetime
import json
import sqlite3
import threading
from pathlib import Path
from typing import NamedTuple, Optional
from urllib.parse import urlencode

from ..core.errors import InputError
from ..core.i18n import tr

TABLE = "cache_api"

GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_USER_VERSION = 10300  # GeoPackage 1.3

_CREATE_TABLE = f"""
CREATE TABLE IF NOT EXISTS "{TABLE}" (
    fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    request_key TEXT NOT NULL UNIQUE,
    url TEXT,
    params TEXT,
    status INTEGER,
    response TEXT,
    fetched_at DATETIME
)"""

# The tables of an empty GeoPackage as GDAL creates it, and the three spatial reference systems it must define.
_GPKG_CORE = [
    """CREATE TABLE gpkg_spatial_ref_sys (
        srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,
        organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,
        definition TEXT NOT NULL, description TEXT)""",
    """CREATE TABLE gpkg_contents (
        table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
        description TEXT DEFAULT '',
        last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
        srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))""",
    """CREATE TABLE gpkg_geometry_columns (
        table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
        srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
        CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
        CONSTRAINT uk_gc_table_name UNIQUE (table_name),
        CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
        CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))""",
]


_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
    'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],'
    'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],'
    'AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]')
_GPKG_SRS = [
    ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
    ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
    ("WGS 84 geodetic", 4326, "EPSG", 4326, _WGS84_WKT,
     "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"),
]


class CachedResponse(NamedTuple):
    status: int
    text: str
    fetched_at: str
    url: str


def request_key(namespace: str, path: str, params: Optional[dict] = None) -> str:
    """The cache key of a request: independent of the base URL and of the parameters' order.

    ``namespace`` names the API (e.g. "recherche_entreprises"), so that the same path of two
    APIs never collides, and a cache filled through one URL (a mirror, a test server) is used
    whatever base URL a later run is given.
    """
    items = sorted((str(k), param_text(v)) for k, v in (params or {}).items() if v is not None)
    query = urlencode(items)
    return f"{namespace}:{path}" + (f"?{query}" if query else "")


def param_text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ",".join(str(v) for v in value)
    return str(value)


def now_iso() -> str:
    now = datetime.datetime.now(datetime.timezone.utc)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


class ResponseCache:
    """The ``cache_api`` table of one file. Usable from one worker thread at a time or several
    (access is serialised); each answer is committed as soon as it is stored."""

    def __init__(self, path):
        self.path = Path(path)
        self._lock = threading.Lock()
        creating = not self.path.exists()
        try:
            if creating:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.path), check_same_thread=False, timeout=30)
            if creating:
                self._init_geopackage()
            self._create_table()
        except sqlite3.DatabaseError as exc:
            raise InputError(
                tr("The cache file {path} cannot be used ({error}). Choose another file or delete this one.")
                .format(path=self.path, error=exc)) from exc

    def _init_geopackage(self):
        with self._db:
            self._db.execute(f"PRAGMA application_id = {GPKG_APPLICATION_ID}")
            self._db.execute(f"PRAGMA user_version = {GPKG_USER_VERSION}")
            for statement in _GPKG_CORE:
                self._db.execute(statement)
            self._db.executemany("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)", _GPKG_SRS)

    def _has_table(self, name) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()
        return row is not None

    def _create_table(self):
        with self._db:
            self._db.execute(_CREATE_TABLE)
            if self._has_table("gpkg_contents"):
                self._db.execute(
                    "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, last_change)"
                    " VALUES (?, 'attributes', ?, ?, ?)",
                    (TABLE, TABLE, "Dated answers of the web APIs (ESS Territoires)", now_iso()))

    def get(self, key: str) -> Optional[CachedResponse]:
        with self._lock:
            row = self._db.execute(
                f'SELECT status, response, fetched_at, url FROM "{TABLE}" WHERE request_key = ?', (key,)).fetchone()
        return CachedResponse(*row) if row else None

    def put(self, key: str, url: str, params: Optional[dict], status: int, text: str) -> str:
        """Store (or replace) one answer; returns its fetched_at date."""
        fetched_at = now_iso()
        params_json = json.dumps(params or {}, ensure_ascii=False, sort_keys=True, default=str)
        with self._lock, self._db:
            self._db.execute(
                f'INSERT INTO "{TABLE}" (request_key, url, params, status, response, fetched_at)'
                " VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(request_key) DO UPDATE SET url = excluded.url, params = excluded.params,"
                " status = excluded.status, response = excluded.response, fetched_at = excluded.fetched_at",
                (key, url, params_json, status, text, fetched_at))
            if self._has_table("gpkg_contents"):
                self._db.execute("UPDATE gpkg_contents SET last_change = ? WHERE table_name = ?", (fetched_at, TABLE))
        return fetched_at

    def responses(self, prefix: str):
        """(response, fetched_at) of every stored 200 answer whose request key starts with
        ``prefix`` (e.g. "recherche_entreprises:/search"), oldest first, read one at a time."""
        with self._lock:
            fids = self._db.execute(
                f'SELECT fid FROM "{TABLE}" WHERE substr(request_key, 1, ?) = ? AND status = 200'
                " ORDER BY fetched_at, fid", (len(prefix), prefix)).fetchall()
        for (fid,) in fids:
            with self._lock:
                row = self._db.execute(f'SELECT response, fetched_at FROM "{TABLE}" WHERE fid = ?', (fid,)).fetchone()
            if row is not None:
                yield row

    def count(self) -> int:
        with self._lock:
            return self._db.execute(f'SELECT count(*) FROM "{TABLE}"').fetchone()[0]

    def close(self):
        with self._lock:
            self._db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
