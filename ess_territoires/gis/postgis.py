"""A PostGIS schema: a study's tables read and written whole, all or nothing, its layers and styles.

The PostgreSQL backend of a study (gis.study.Study), with the same methods as gis.gpkg.GeoPackage.
A location is ``postgresql://user@host:port/dbname?schema=NAME`` (one schema per study). The
password never appears in it: libpq finds it by its own means (``~/.pgpass``, a service file,
``PGPASSWORD``); a location holding one is refused, so that no project, setting or log keeps it.

A write runs in one transaction under an advisory lock on the study's schema: every table is
created under a temporary name, filled, indexed, then the previous table is dropped and the new
one renamed, and the transaction commits. A failure or a cancel rolls everything back; readers
see the previous tables until the commit, the new ones after it, never a mix. A second writer
waits for the first one (telling the user) and stops cleanly after ``LOCK_WAIT_S`` seconds.
A reader that reads several tables as one version opens a snapshot (``PostGIS.snapshot``): one
REPEATABLE READ transaction; a writer replacing its tables waits for its end, saying so.
Geometries are typed with SRID 2154 and carry a GiST index; codes stay text. Styles go to the
database's ``layer_styles`` (QGIS's convention, in the schema ``public``).
"""
import contextlib
import io
import re
import struct
import threading
import time
from typing import Optional
from urllib.parse import parse_qs, unquote, urlsplit

import pandas as pd
from osgeo import ogr

from ..core.errors import InputError
from ..core.i18n import tr
from ..core.progress import check_canceled
from ..sources.cache import TABLE as CACHE_TABLE
from ..sources.cache import CachedResponse, now_iso
from .gpkg import Table, _ogr_type, _python_value, latest, save_style_to_database
from .ogr_geometry import lambert93

PREFIX = "postgresql://"
SRID = 2154
GEOMETRY = "geom"
STYLES = "layer_styles"
# QGIS's own table of the projects stored in a schema (QGIS's PostgreSQL project storage): not a study table.
PROJECTS = "qgis_projects"
PROJECT_NAME = "observatoire"
# How long a writer waits for another writer of the same study before it stops (seconds).
LOCK_WAIT_S = 120.0
_WRITING = "__ecriture"
_COPY_ROWS = 200_000  # rows of a table sent by one COPY
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,50}$")

_GEOMETRY_NAMES = {
    ogr.wkbPoint: "Point", ogr.wkbLineString: "LineString", ogr.wkbPolygon: "Polygon",
    ogr.wkbMultiPoint: "MultiPoint", ogr.wkbMultiLineString: "MultiLineString",
    ogr.wkbMultiPolygon: "MultiPolygon", ogr.wkbGeometryCollection: "GeometryCollection",
}
_GEOMETRY_TYPES = {name.upper(): code for code, name in _GEOMETRY_NAMES.items()}
_NUMERIC = ("smallint", "integer", "bigint", "real", "double precision", "numeric")


def _psycopg2():
    try:
        import psycopg2
    except ImportError as error:  # pragma: no cover - Debian's python3-psycopg2 is a dependency
        raise InputError(tr("PostgreSQL studies need psycopg2 (Debian package python3-psycopg2).")) from error
    return psycopg2


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def parse_location(location: str) -> dict:
    """The parts of ``postgresql://user@host:port/dbname?schema=NAME``; InputError when it is not one
    or when it holds a password."""
    parts = urlsplit(location)
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    schema = query.get("schema", "")
    dbname = unquote(parts.path.lstrip("/"))
    if parts.password is not None:
        raise InputError(tr("A PostgreSQL study location must not hold a password: remove it from {location} "
                            "and give it to libpq instead (~/.pgpass, a service file or PGPASSWORD).")
                         .format(location=location.replace(f":{parts.password}@", ":***@")))
    if not dbname or not schema:
        raise InputError(tr("A PostgreSQL study location reads postgresql://user@host:port/dbname?schema=NAME "
                            "(got {location}).").format(location=location))
    if not _NAME.match(schema):
        raise InputError(tr("The schema name '{schema}' cannot hold a study: use lower-case letters, digits and "
                            "underscores, starting with a letter.").format(schema=schema))
    return {"user": unquote(parts.username or ""), "host": parts.hostname or "", "port": parts.port,
            "dbname": dbname, "schema": schema, "service": query.get("service", ""),
            "authcfg": query.get("authcfg", "")}


def authentication(authcfg: str) -> dict:
    """The libpq parameters (user, password, SSL files) that QGIS's authentication manager holds for
    the configuration ``authcfg``, read when a connection opens and kept nowhere; {} without QGIS,
    without ``authcfg``, or when the manager cannot give them (libpq's own means then apply)."""
    if not authcfg:
        return {}
    try:
        from qgis.core import QgsApplication
    except ImportError:
        return {}
    if QgsApplication.instance() is None or QgsApplication.authManager() is None:
        return {}
    result = QgsApplication.authManager().updateDataSourceUriItems([], authcfg, "postgres")
    ok, items = result if isinstance(result, tuple) else (result, [])
    if not ok:
        return {}
    found = {}
    for item in items:
        key, _sep, value = item.partition("=")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == "'":
            value = value[1:-1].replace("\\'", "'").replace("\\\\", "\\")
        found[key.strip()] = value
    return {key: found[key] for key in ("user", "password", "sslcert", "sslkey", "sslrootcert") if found.get(key)}


def location_from_connection(uri: str, schema: str) -> str:
    """The study location of the schema ``schema`` through a QGIS PostgreSQL connection whose
    data source is ``uri`` (QgsDataSourceUri text): its service or server, database, user and
    authentication configuration, never its password."""
    from urllib.parse import quote as quote_url
    from urllib.parse import urlencode

    from qgis.core import QgsDataSourceUri

    source = QgsDataSourceUri(uri)
    if not source.database() and not source.service():
        raise InputError(tr("The PostgreSQL connection names no database: edit it in QGIS's Data Source Manager."))
    server = ""
    if source.host():
        user = "" if source.authConfigId() else source.username()
        server = (quote_url(user) + "@" if user else "") + source.host()
        server += f":{source.port()}" if source.port() else ""
    query = {"schema": schema, "service": source.service(), "authcfg": source.authConfigId()}
    location = f"postgresql://{server}/{quote_url(source.database())}?" + urlencode(
        {key: value for key, value in query.items() if value})
    parse_location(location)  # the schema name checked
    return location


def _ewkb_hex(geometry) -> str:
    """The geometry as hex EWKB with SRID 2154 (what a geometry column reads from COPY)."""
    wkb = bytes(geometry.ExportToWkb(ogr.wkbNDR))
    kind = struct.unpack("<I", wkb[1:5])[0]
    return (wkb[:1] + struct.pack("<II", kind | 0x20000000, SRID) + wkb[5:]).hex()


def _copy_text(value) -> str:
    value = _python_value(value)
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, float):
        return repr(value)
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _copy_column(values: pd.Series) -> list:
    """COPY's text of every value of a column (as ``_copy_text`` gives it), a whole column at a time
    where its type allows: a national study writes tens of millions of values."""
    if len(values) == 0:
        return []
    missing = values.isna().to_numpy()
    if pd.api.types.is_bool_dtype(values) and not missing.any():
        return ["t" if value else "f" for value in values.tolist()]
    if pd.api.types.is_integer_dtype(values) and not missing.any():
        return values.astype("int64").astype(str).tolist()
    if pd.api.types.is_float_dtype(values):
        return ["\\N" if gone else repr(value) for value, gone in zip(values.astype(float).tolist(), missing)]
    if values.dtype == object and pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"):
        text = values.where(~missing, "")
        if text.str.contains(r"[\\\t\n\r]", regex=True).any():
            text = (text.str.replace("\\", "\\\\", regex=False).str.replace("\t", "\\t", regex=False)
                    .str.replace("\n", "\\n", regex=False).str.replace("\r", "\\r", regex=False))
        return ["\\N" if gone else value for value, gone in zip(text.tolist(), missing)]
    return [_copy_text(value) for value in values.tolist()]


def _sql_type(table: Table, column: str) -> str:
    field_type, subtype = table.field_types.get(column, _ogr_type(table.frame[column]))
    if subtype == ogr.OFSTBoolean:
        return "boolean"
    return {ogr.OFTInteger: "integer", ogr.OFTInteger64: "bigint", ogr.OFTReal: "double precision",
            ogr.OFTDate: "date", ogr.OFTDateTime: "timestamp"}.get(field_type, "text")


class PostGIS:
    """One study schema of a PostgreSQL database with PostGIS (see the module docstring); the
    methods of gis.gpkg.GeoPackage."""

    provider = "postgres"

    def __init__(self, location: str):
        self.location = location
        self.parts = parse_location(location)
        self.schema = self.parts["schema"]
        self._readers = threading.local()

    def __str__(self):
        return self.location

    # ------------------------------------------------------------------------------------------
    # Connection

    def _dsn(self) -> dict:
        keys = {"user": self.parts["user"], "host": self.parts["host"], "port": self.parts["port"],
                "dbname": self.parts["dbname"], "service": self.parts["service"]}
        keys.update(authentication(self.parts["authcfg"]))
        return {key: value for key, value in keys.items() if value}

    def connect(self):
        """A new connection (the user name and password of the location's QGIS authentication
        configuration in QGIS, else libpq finds the password by its own means); InputError when the
        server cannot be reached."""
        psycopg2 = _psycopg2()
        try:
            return psycopg2.connect(connect_timeout=10, application_name="ESS Territoires", **self._dsn())
        except psycopg2.Error as error:
            raise InputError(tr("Cannot connect to the PostgreSQL study {location}: {error}. Check that the "
                                "server runs and that the database exists; give the password through "
                                "~/.pgpass, a service file or PGPASSWORD, never in the location.")
                             .format(location=self.location, error=str(error).strip())) from error

    @contextlib.contextmanager
    def snapshot(self, feedback=None):
        """Read the study as one version until the end of the block: every read of this thread goes
        through one connection in a REPEATABLE READ READ ONLY transaction. Nested, it does nothing more.

        A table replaced by a writer is dropped and another one renamed in its place: a snapshot
        reading it afterwards by its name would find the new table, whose rows it cannot see. So the
        snapshot takes a share lock on every table of the schema before its version is taken
        (PostgreSQL takes it at the first query, not at LOCK TABLE): a writer replacing one of them
        waits for the snapshot's end, saying so (``_lock_tables``); one adding a table does not wait,
        and the snapshot does not see that table. A writer already swapping its tables when the
        snapshot starts makes it wait for that writer's commit (a few renames). ``feedback``: as
        GeoPackage.snapshot's (it has nothing to say here)."""
        if getattr(self._readers, "snapshot", None) is not None:
            yield
            return
        psycopg2 = _psycopg2()
        connection = self.connect()
        try:
            connection.set_session(isolation_level="REPEATABLE READ", readonly=True)
            try:
                self._begin_snapshot(connection)
            except psycopg2.Error as error:
                raise InputError(tr("The study {location} could not be read ({error}). Check your rights on its "
                                    "schema and on public.layer_styles with the database's administrator.")
                                 .format(location=self.location, error=str(error).strip())) from error
            self._readers.snapshot = connection
            try:
                yield
            finally:
                self._readers.snapshot = None
        finally:
            connection.close()  # ends the transaction: its locks go

    def _begin_snapshot(self, connection, attempts: int = 5):
        """Lock the schema's tables, then take the version (see ``snapshot``); again when a table was
        added or dropped in between."""
        psycopg2 = _psycopg2()
        listing = ("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                   "WHERE n.nspname = %s AND c.relkind IN ('r', 'p')")
        for _attempt in range(attempts):
            names = {name for (name,) in self._query(listing, (self.schema,))}
            with connection.cursor() as cursor:
                try:
                    cursor.execute("SET LOCAL lock_timeout = %s", (f"{int(LOCK_WAIT_S)}s",))
                    if names:
                        cursor.execute("LOCK TABLE " + ", ".join(f"{quote(self.schema)}.{quote(name)}"
                                                                 for name in sorted(names)) + " IN ACCESS SHARE MODE")
                    cursor.execute(listing, (self.schema,))  # the version is taken here
                    seen = {name for (name,) in cursor.fetchall()}
                except psycopg2.errors.UndefinedTable:
                    seen = None
            if seen is not None and seen <= names:
                return
            connection.rollback()
        with connection.cursor() as cursor:  # tables come and go without end: one version, unlocked
            cursor.execute(listing, (self.schema,))

    def _reader(self):
        """This thread's connection for reading: its snapshot's, or one opened once (a QGIS session,
        an atlas, reads a study often: a new connection costs more than most queries). In autocommit:
        each query sees the last committed tables and holds no lock once answered."""
        snapshot = getattr(self._readers, "snapshot", None)
        if snapshot is not None:
            return snapshot
        connection = getattr(self._readers, "connection", None)
        if connection is None or connection.closed:
            connection = self.connect()
            connection.autocommit = True
            self._readers.connection = connection
        return connection

    def _query(self, sql: str, params=()):
        psycopg2 = _psycopg2()
        try:
            try:
                return self._fetch(sql, params)
            except (psycopg2.OperationalError, psycopg2.InterfaceError):
                if getattr(self._readers, "snapshot", None) is not None:
                    raise  # a snapshot's version is not to be found on another connection
                self._reader().close()  # the server closed the connection since: once more on a new one
                return self._fetch(sql, params)
        except psycopg2.Error as error:
            raise InputError(tr("The study {location} could not be read ({error}). Check your rights on its "
                                "schema and on public.layer_styles with the database's administrator.")
                             .format(location=self.location, error=str(error).strip())) from error

    def _fetch(self, sql: str, params=()):
        with self._reader().cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    # ------------------------------------------------------------------------------------------
    # Tables

    def exists(self) -> bool:
        return bool(self._query("SELECT 1 FROM pg_namespace WHERE nspname = %s", (self.schema,)))

    def layer_names(self) -> list:
        """The tables of the schema (not those being written), in their order of creation."""
        rows = self._query("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE n.nspname = %s AND c.relkind IN ('r', 'p', 'v') ORDER BY c.oid", (self.schema,))
        names = [name for (name,) in rows if not name.endswith(_WRITING) and name != PROJECTS]
        if self._has_styles():
            names.append(STYLES)
        return names

    def has_table(self, name: str) -> bool:
        return name in self.layer_names()

    def _has_styles(self) -> bool:
        """Whether QGIS's public.layer_styles holds a style of this schema."""
        if not self._query("SELECT to_regclass('public.layer_styles')")[0][0]:
            return False
        return bool(self._query("SELECT 1 FROM public.layer_styles WHERE f_table_schema = %s LIMIT 1",
                                (self.schema,)))

    def _columns(self, cursor, name: str) -> list:
        cursor.execute("SELECT column_name, data_type, udt_name FROM information_schema.columns "
                       "WHERE table_schema = %s AND table_name = %s ORDER BY ordinal_position", (self.schema, name))
        return cursor.fetchall()

    def read(self, name: str, columns=None, fid: bool = False) -> pd.DataFrame:
        """A table's attributes (no geometry; ``fid`` too when asked), in fid order, codes as text;
        booleans read as 0/1, as from a GeoPackage."""
        snapshot = getattr(self._readers, "snapshot", None)
        connection = snapshot or self.connect()
        try:
            with connection.cursor() as cursor:
                if name == STYLES:
                    cursor.execute("SELECT * FROM public.layer_styles WHERE f_table_schema = %s ORDER BY id",
                                   (self.schema,))
                    return pd.DataFrame.from_records(cursor.fetchall(), columns=[d[0] for d in cursor.description])
                described = self._columns(cursor, name)
                if not described:
                    raise InputError(tr("{path} has no layer '{layer}'.").format(path=self, layer=name))
                types = {column: data_type for column, data_type, _udt in described}
                wanted = ((["fid"] if fid else []) + list(columns)) if columns else [
                    c for c in types if c != GEOMETRY and (fid or c != "fid")]
                missing = [c for c in wanted if c not in types]
                if missing:
                    raise InputError(tr("{path}: the layer '{layer}' has no field {fields}.")
                                     .format(path=self, layer=name, fields=", ".join(missing)))
                select = ", ".join(quote(c) for c in wanted) or "1"
                order = " ORDER BY fid" if "fid" in types else ""
                cursor.execute(f"SELECT {select} FROM {quote(self.schema)}.{quote(name)}{order}")
                rows = cursor.fetchall()
        finally:
            if snapshot is None:
                connection.close()
        frame = pd.DataFrame.from_records(rows, columns=wanted, coerce_float=True)
        for column in wanted:
            if types[column] == "boolean":
                values = frame[column]
                frame[column] = values.astype("int64") if values.notna().all() else values.astype("float64")
            elif types[column] in ("bigint", "integer", "smallint") and frame[column].dtype == object:
                frame[column] = frame[column].astype("float64")
        return frame

    def read_table(self, name: str, columns=None, fid: bool = False) -> Table:
        """A table as a Table: attributes and OGR geometries (Lambert-93), in fid order."""
        frame = self.read(name, columns, fid)
        rows = self._query("SELECT type FROM geometry_columns WHERE f_table_schema = %s AND f_table_name = %s",
                           (self.schema, name))
        if not rows:
            return Table(frame, [None] * len(frame), ogr.wkbNone)
        srs = lambert93()
        geometries = []
        for (wkb,) in self._query(f"SELECT ST_AsBinary({GEOMETRY}) FROM {quote(self.schema)}.{quote(name)} "
                                  "ORDER BY fid"):
            geometry = ogr.CreateGeometryFromWkb(bytes(wkb)) if wkb is not None else None
            if geometry is not None:
                geometry.AssignSpatialReference(srs)
            geometries.append(geometry)
        return Table(frame, geometries, _GEOMETRY_TYPES.get(rows[0][0].upper(), ogr.wkbUnknown))

    def numeric_fields(self, name: str) -> list:
        rows = self._query("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = %s "
                           "AND table_name = %s ORDER BY ordinal_position", (self.schema, name))
        return [column for column, data_type in rows if data_type in _NUMERIC and column != "fid"]

    def field_names(self, name: str) -> list:
        """The attribute fields of a table (no fid, no geometry), in their order; [] when it is missing."""
        rows = self._query("SELECT column_name FROM information_schema.columns WHERE table_schema = %s "
                           "AND table_name = %s ORDER BY ordinal_position", (self.schema, name))
        return [column for (column,) in rows if column not in ("fid", GEOMETRY)]

    # ------------------------------------------------------------------------------------------
    # Writing

    def write(self, tables: dict, feedback=None):
        """Write ``tables`` all or nothing (see the module docstring)."""
        psycopg2 = _psycopg2()
        connection = self.connect()
        try:
            with connection.cursor() as cursor:
                self._lock(cursor, feedback)
                tables = latest(tables)
                self._ensure_postgis(cursor)
                cursor.execute(f"CREATE SCHEMA IF NOT EXISTS {quote(self.schema)}")
                for name, table in tables.items():
                    check_canceled(feedback)
                    self._create(cursor, name, table)
                check_canceled(feedback)
                self._lock_tables(cursor, list(tables), feedback)
                for name in tables:
                    self._swap(cursor, name, tables[name])
            connection.commit()
        except psycopg2.Error as error:
            connection.rollback()
            raise InputError(tr("The study {location} could not be written ({error}); it is left as it was.")
                             .format(location=self.location, error=str(error).strip())) from error
        except BaseException:
            connection.rollback()
            raise
        finally:
            connection.close()

    def _lock(self, cursor, feedback):
        """The study's advisory lock, held until the end of the transaction: waits for another writer
        (saying so), and stops cleanly after LOCK_WAIT_S seconds."""
        key = f"ess_territoires:{self.parts['dbname']}:{self.schema}"

        def attempt():
            cursor.execute("SELECT pg_try_advisory_xact_lock(hashtext(%s))", (key,))
            return cursor.fetchone()[0]

        self._wait(attempt, feedback,
                   tr("Another run is writing the study {location}: waiting for it to finish…"),
                   tr("Another run has been writing the study {location} for more than {seconds} s: nothing was "
                      "written. Run this step again when it has finished."))

    def _lock_tables(self, cursor, names: list, feedback):
        """Lock the tables ``names`` that exist, to replace them: waits for the readers' snapshots that
        hold them (``snapshot``), saying so, a second at a time (the readers that come meanwhile are not
        held up longer), and stops cleanly after LOCK_WAIT_S seconds."""
        cursor.execute("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = %s AND c.relname = ANY(%s)", (self.schema, names))
        existing = sorted(name for (name,) in cursor.fetchall())
        if not existing:
            return
        psycopg2 = _psycopg2()

        def attempt():
            cursor.execute("SAVEPOINT lock_tables")
            try:
                cursor.execute("SET LOCAL lock_timeout = '1s'")
                cursor.execute("LOCK TABLE " + ", ".join(f"{quote(self.schema)}.{quote(name)}" for name in existing)
                               + " IN ACCESS EXCLUSIVE MODE")
                cursor.execute("SET LOCAL lock_timeout = 0")
                cursor.execute("RELEASE SAVEPOINT lock_tables")
                return True
            except psycopg2.errors.LockNotAvailable:
                cursor.execute("ROLLBACK TO SAVEPOINT lock_tables")
                return False

        self._wait(attempt, feedback,
                   tr("Another run is reading the study {location}: waiting for it to finish…"),
                   tr("Another run has been reading the study {location} for more than {seconds} s: nothing was "
                      "written. Run this step again when it has finished."))

    def _wait(self, attempt, feedback, waiting: str, gave_up: str):
        """Call ``attempt`` until it succeeds: says ``waiting`` once, raises InputError ``gave_up`` after
        LOCK_WAIT_S seconds (both formatted with the study's location), follows a cancel. The pause
        lets the runs queued behind this one's request meanwhile have their turn."""
        started = time.monotonic()
        told = False
        while not attempt():
            if not told and feedback is not None and hasattr(feedback, "pushInfo"):
                feedback.pushInfo(waiting.format(location=self.location))
            told = True
            if time.monotonic() - started > LOCK_WAIT_S:
                raise InputError(gave_up.format(location=self.location, seconds=int(LOCK_WAIT_S)))
            check_canceled(feedback)
            time.sleep(0.2)

    def _ensure_postgis(self, cursor):
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
        if cursor.fetchone():
            return
        try:
            cursor.execute("SAVEPOINT postgis")
            cursor.execute("CREATE EXTENSION postgis")
        except Exception as error:
            raise InputError(tr("The database {dbname} has no PostGIS extension and it could not be added ({error}): "
                                "ask its administrator to run CREATE EXTENSION postgis.")
                             .format(dbname=self.parts["dbname"], error=str(error).strip())) from error

    def _create(self, cursor, name: str, table: Table):
        work = quote(name + _WRITING)
        qualified = f"{quote(self.schema)}.{work}"
        cursor.execute(f"DROP TABLE IF EXISTS {qualified}")
        columns = [c for c in table.frame.columns if c not in ("fid", GEOMETRY)]
        definitions = ["fid bigint NOT NULL"] + [f"{quote(c)} {_sql_type(table, c)}" for c in columns]
        has_geometry = table.geometry_type != ogr.wkbNone
        if has_geometry:
            kind = _GEOMETRY_NAMES.get(ogr.GT_Flatten(table.geometry_type), "Geometry")
            definitions.append(f"{GEOMETRY} geometry({kind}, {SRID})")
        cursor.execute(f"CREATE TABLE {qualified} ({', '.join(definitions)})")
        names = ["fid"] + [quote(c) for c in columns] + ([GEOMETRY] if has_geometry else [])
        frame = table.frame[columns]
        for start in range(0, len(frame), _COPY_ROWS):  # a national table goes in slices: bounded memory
            stop = min(start + _COPY_ROWS, len(frame))
            fields = [[str(fid) for fid in range(start + 1, stop + 1)]]
            fields += [_copy_column(frame[column].iloc[start:stop]) for column in columns]
            if has_geometry:
                geometries = table.geometries[start:stop] if table.geometries is not None else [None] * (stop - start)
                fields.append([_ewkb_hex(g) if g is not None else "\\N" for g in geometries])
            buffer = io.StringIO("".join(["\t".join(row) + "\n" for row in zip(*fields)]))
            cursor.copy_expert(f"COPY {qualified} ({', '.join(names)}) FROM STDIN", buffer)
        cursor.execute(f"ALTER TABLE {qualified} ADD CONSTRAINT {quote(name + _WRITING + '_pkey')} PRIMARY KEY (fid)")
        if has_geometry and table.spatial_index:
            cursor.execute(f"CREATE INDEX {quote(name + _WRITING + '_geom')} ON {qualified} USING gist ({GEOMETRY})")
        if table.description:
            cursor.execute(f"COMMENT ON TABLE {qualified} IS %s", (table.description,))

    def _swap(self, cursor, name: str, table: Table):
        schema = quote(self.schema)
        cursor.execute(f"DROP TABLE IF EXISTS {schema}.{quote(name)}")
        cursor.execute(f"ALTER TABLE {schema}.{quote(name + _WRITING)} RENAME TO {quote(name)}")
        cursor.execute(f"ALTER INDEX {schema}.{quote(name + _WRITING + '_pkey')} RENAME TO {quote(name + '_pkey')}")
        if table.geometry_type != ogr.wkbNone and table.spatial_index:
            cursor.execute(f"ALTER INDEX {schema}.{quote(name + _WRITING + '_geom')} "
                           f"RENAME TO {quote(name + '_geom_idx')}")

    def make_editable(self, name: str, defaults: dict):
        """Let QGIS add rows to the table ``name``: its fid taken from a sequence (continuing after the
        rows written) and the columns of ``defaults`` {column: SQL expression} given those defaults."""
        table = f"{quote(self.schema)}.{quote(name)}"
        sequence = f"{quote(self.schema)}.{quote(name + '_fid_seq')}"
        connection = self.connect()
        try:
            with connection, connection.cursor() as cursor:
                cursor.execute(f"CREATE SEQUENCE IF NOT EXISTS {sequence} OWNED BY {table}.fid")
                cursor.execute(f"SELECT setval(%s, coalesce((SELECT max(fid) FROM {table}), 0) + 1, false)",
                               (f"{quote(self.schema)}.{quote(name + '_fid_seq')}",))
                cursor.execute(f"ALTER TABLE {table} ALTER COLUMN fid SET DEFAULT nextval(%s::regclass)",
                               (f"{quote(self.schema)}.{quote(name + '_fid_seq')}",))
                columns = {column for column, _type, _udt in self._columns(cursor, name)}
                for column, expression in defaults.items():
                    if column in columns:
                        cursor.execute(f"ALTER TABLE {table} ALTER COLUMN {quote(column)} SET DEFAULT {expression}")
        finally:
            connection.close()

    # ------------------------------------------------------------------------------------------
    # QGIS

    def _uri(self, name: Optional[str] = None):
        from qgis.core import Qgis, QgsDataSourceUri, QgsWkbTypes

        uri = QgsDataSourceUri()
        if self.parts["service"]:
            uri.setConnection(self.parts["service"], self.parts["dbname"], self.parts["user"], "",
                              QgsDataSourceUri.SslMode.SslPrefer, self.parts["authcfg"])
        else:
            uri.setConnection(self.parts["host"], str(self.parts["port"] or 5432), self.parts["dbname"],
                              self.parts["user"], "", QgsDataSourceUri.SslMode.SslPrefer, self.parts["authcfg"])
        if name is not None:
            rows = self._query("SELECT type FROM geometry_columns WHERE f_table_schema = %s AND f_table_name = %s",
                               (self.schema, name))
            uri.setDataSource(self.schema, name, GEOMETRY if rows else None, "", "fid")
            if rows:
                uri.setSrid(str(SRID))
                # OGR's flat types have QGIS's numbers; QGIS 3.30 moved the enum to Qgis.WkbType
                wkb_type = getattr(Qgis, "WkbType", None) or QgsWkbTypes.Type
                uri.setWkbType(wkb_type(ogr.GT_Flatten(_GEOMETRY_TYPES.get(rows[0][0].upper(), ogr.wkbUnknown))))
        return uri

    def layer_uri(self, name: str) -> str:
        return self._uri(name).uri(False)

    def project_location(self) -> str:
        """Where the study's QGIS project is stored: in the schema, through QGIS's PostgreSQL project
        storage (``postgresql://user@host:port?dbname=…&schema=…&project=…``), so that a colleague
        opens it from the Browser; no password in it."""
        from urllib.parse import quote as quote_url
        from urllib.parse import urlencode

        parts = self.parts
        server = ""
        if parts["host"]:
            server = (quote_url(parts["user"]) + "@" if parts["user"] else "") + parts["host"]
            server += f":{parts['port']}" if parts["port"] else ""
        query = {"service": parts["service"], "authcfg": parts["authcfg"], "dbname": parts["dbname"],
                 "schema": self.schema, "project": PROJECT_NAME}
        return f"postgresql://{server}?" + urlencode({key: value for key, value in query.items() if value})

    def has_project(self) -> bool:
        if not self._query("SELECT to_regclass(%s)", (f"{quote(self.schema)}.{PROJECTS}",))[0][0]:
            return False
        return bool(self._query(f"SELECT 1 FROM {quote(self.schema)}.{PROJECTS} WHERE name = %s", (PROJECT_NAME,)))

    def layer_name_of(self, source: str):
        """The name of the table of this schema that a QGIS postgres layer source reads, else None."""
        from qgis.core import QgsDataSourceUri

        uri = QgsDataSourceUri(source)
        mine = self._uri()
        if not uri.table() or uri.schema() != self.schema or uri.database() != mine.database():
            return None
        if (uri.host(), uri.port(), uri.service()) != (mine.host(), mine.port(), mine.service()):
            return None
        return uri.table()

    def has_default_style(self, name: str) -> bool:
        if not self._query("SELECT to_regclass('public.layer_styles')")[0][0]:
            return False
        return bool(self._query("SELECT 1 FROM public.layer_styles WHERE f_table_catalog = %s AND f_table_schema = %s "
                                "AND f_table_name = %s AND useasdefault", (self.parts["dbname"], self.schema, name)))

    def save_style(self, layer, name: str):
        """Save the QGIS layer's style as the default style of the table ``name`` (public.layer_styles,
        QGIS's own table); a previous style of that name is replaced."""
        if self._query("SELECT to_regclass('public.layer_styles')")[0][0]:
            connection = self.connect()
            try:
                with connection, connection.cursor() as cursor:
                    cursor.execute("DELETE FROM public.layer_styles WHERE f_table_catalog = %s AND f_table_schema = %s "
                                   "AND f_table_name = %s AND stylename = %s",
                                   (self.parts["dbname"], self.schema, name, name))
            finally:
                connection.close()
        message = save_style_to_database(layer, name)
        if message:
            raise InputError(tr("The style of '{layer}' could not be saved in the database ({error}): check "
                                "your rights on the table public.layer_styles.").format(layer=name, error=message))

    def response_cache(self):
        return PgResponseCache(self)


class PgResponseCache:
    """The table ``cache_api`` of a study schema, with the methods of sources.cache.ResponseCache;
    each answer is committed as soon as it is stored."""

    def __init__(self, store: PostGIS):
        self._lock = threading.Lock()
        self._table = f"{quote(store.schema)}.{quote(CACHE_TABLE)}"
        self._db = store.connect()
        self._db.autocommit = True
        with self._db.cursor() as cursor:
            cursor.execute(f"CREATE SCHEMA IF NOT EXISTS {quote(store.schema)}")
            cursor.execute(f"CREATE TABLE IF NOT EXISTS {self._table} (fid bigserial PRIMARY KEY, "
                           "request_key text NOT NULL UNIQUE, url text, params text, status integer, response text, "
                           "fetched_at text)")

    def _fetch(self, sql, params=(), many=False):
        with self._lock, self._db.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall() if many else cursor.fetchone()

    def get(self, key: str):
        row = self._fetch(f"SELECT status, response, fetched_at, url FROM {self._table} WHERE request_key = %s",
                          (key,))
        return CachedResponse(*row) if row else None

    def put(self, key: str, url: str, params, status: int, text: str) -> str:
        import json

        fetched_at = now_iso()
        params_json = json.dumps(params or {}, ensure_ascii=False, sort_keys=True, default=str)
        with self._lock, self._db.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {self._table} (request_key, url, params, status, response, fetched_at) "
                "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (request_key) DO UPDATE SET url = excluded.url, "
                "params = excluded.params, status = excluded.status, response = excluded.response, "
                "fetched_at = excluded.fetched_at", (key, url, params_json, status, text, fetched_at))
        return fetched_at

    def responses(self, prefix: str):
        fids = self._fetch(f"SELECT fid FROM {self._table} WHERE substr(request_key, 1, %s) = %s AND status = 200 "
                           "ORDER BY fetched_at, fid", (len(prefix), prefix), many=True)
        for (fid,) in fids:
            row = self._fetch(f"SELECT response, fetched_at FROM {self._table} WHERE fid = %s", (fid,))
            if row is not None:
                yield row

    def count(self) -> int:
        return self._fetch(f"SELECT count(*) FROM {self._table}")[0]

    def close(self):
        with self._lock:
            self._db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
