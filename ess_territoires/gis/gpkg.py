"""A GeoPackage file: whole tables read and written all or nothing, its layers and their styles.

The GeoPackage backend of a study (gis.study.Study, which everything else goes through), also
used read-only for the plugin's reference data. A write is all or nothing (``write_tables``): in
place in one SQLite transaction, or for a new GeoPackage under a temporary name renamed once
complete; a failed or cancelled run leaves the previous file intact and no half-written layer.

A write holds a lock on the GeoPackage (gis.file_lock: on the file, or on its folder while it is being
created): a second writer waits for the first, saying so, and stops cleanly with an InputError after
``LOCK_WAIT_S`` seconds; SQLite's own "database is locked" (a reader or another program holding the
file) becomes the same clear message, never a traceback.

A reader that reads several tables as one version opens a snapshot (``GeoPackage.snapshot``, see
there): its reads go through one SQLite connection holding a read transaction, and writers wait for
it to end, saying so.
"""
import contextlib
import math
import os
import sqlite3
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from osgeo import gdal, ogr

from ..core.errors import InputError
from ..core.i18n import tr
from ..core.progress import check_canceled
from ..sources.cache import ResponseCache
from . import file_lock
from .ogr_geometry import lambert93

gdal.UseExceptions()
ogr.UseExceptions()

# How long a writer waits for another writer of the same GeoPackage before it stops (seconds).
LOCK_WAIT_S = 120.0


@dataclass
class Table:
    """A DataFrame to write as one layer; ``geometries`` are OGR geometries (or None) row by row."""
    frame: pd.DataFrame
    geometries: list = None
    geometry_type: int = ogr.wkbNone
    description: str = ""
    field_types: dict = field(default_factory=dict)
    # A small layer drawn whole on every atlas page is faster without an R-tree: with GDAL 3.6,
    # every request whose extent covers a GeoPackage layer's whole extent searches the R-tree
    # for that extent (about 5 ms a request), where reading a few hundred rows costs less.
    spatial_index: bool = True
    # A table that a run rewrites from the study's own (settings, run log, rejected rows): composed again
    # from the study's latest version once the write lock is held, so that two runs writing one after the
    # other both keep their rows (gis.study.Study.append_import …).
    recompose: object = None


def latest(tables: dict) -> dict:
    """``tables`` with each table that has a ``recompose`` composed again (call it under the write lock)."""
    return {name: table.recompose() if table.recompose is not None else table for name, table in tables.items()}


def _ogr_type(series: pd.Series):
    if pd.api.types.is_bool_dtype(series):
        return ogr.OFTInteger, ogr.OFSTBoolean
    if pd.api.types.is_integer_dtype(series):
        return ogr.OFTInteger64, ogr.OFSTNone
    if pd.api.types.is_float_dtype(series):
        return ogr.OFTReal, ogr.OFSTNone
    return ogr.OFTString, ogr.OFSTNone


def _python_value(value):
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item"):  # numpy scalar
        return value.item()
    return value


def write_table(ds, name: str, table: Table):
    """Create layer ``name`` in the open OGR datasource ``ds`` (replacing it) from a Table."""
    existing = ds.GetLayerByName(name)
    if existing is not None:
        for index in range(ds.GetLayerCount()):
            if ds.GetLayerByIndex(index).GetName() == name:
                ds.DeleteLayer(index)
                break
    srs = lambert93() if table.geometry_type != ogr.wkbNone else None
    options = ["FID=fid"]
    if not table.spatial_index:
        options.append("SPATIAL_INDEX=NO")
    if table.description:
        options.append(f"DESCRIPTION={table.description}")
    layer = ds.CreateLayer(name, srs=srs, geom_type=table.geometry_type, options=options)
    columns = list(table.frame.columns)
    for column in columns:
        field_type, subtype = table.field_types.get(column, _ogr_type(table.frame[column]))
        definition = ogr.FieldDefn(column, field_type)
        definition.SetSubType(subtype)
        layer.CreateField(definition)
    definition = layer.GetLayerDefn()
    geometries = table.geometries
    for row_index, row in enumerate(table.frame.itertuples(index=False, name=None)):
        feature = ogr.Feature(definition)
        for col_index, value in enumerate(row):
            value = _python_value(value)
            if value is not None:
                feature.SetField(col_index, value)
        if geometries is not None and geometries[row_index] is not None:
            feature.SetGeometry(geometries[row_index])
        layer.CreateFeature(feature)
    return layer


def write_tables(path, tables: dict, feedback=None):
    """Write several layers into the GeoPackage ``path`` at once, all or nothing.

    An existing GeoPackage is written in place inside one SQLite transaction, rolled back on
    any exception (including a cancel): the file keeps its previous content and QGIS layers
    already reading it stay valid. A new GeoPackage is written under a temporary name and
    renamed once complete.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with _write_lock(path, feedback) as existing:
            tables = latest(tables)
            if existing:
                _write_in_transaction(path, tables, feedback, create=False)
                return
            work = path.with_name(f".{path.stem}.writing{path.suffix}")
            _remove(work)
            try:
                _write_in_transaction(work, tables, feedback, create=True)
                os.replace(work, path)
            except BaseException:
                _remove(work)
                raise
    except (sqlite3.OperationalError, RuntimeError) as error:
        if "locked" not in str(error) and "busy" not in str(error):
            raise
        raise InputError(tr("{path} is in use by another program or run ({error}): nothing was written. Run this "
                            "step again when it has finished.").format(path=path, error=error)) from error


@contextlib.contextmanager
def _write_lock(path: Path, feedback):
    """Hold the write lock of the GeoPackage ``path``; yields whether the file exists. Waits for another
    writer or for readers' snapshots (telling ``feedback``) and raises InputError after LOCK_WAIT_S
    seconds."""
    started = time.monotonic()
    while True:
        existing = path.exists()
        handle = file_lock.open_lock_handle(path)
        try:
            _lock(handle, False, path, feedback, started)
            if path.exists() == existing:
                yield existing
                return
        finally:
            os.close(handle)  # releases the lock


def _lock(handle, shared: bool, path: Path, feedback, started: float):
    """Take the lock of ``handle`` (gis.file_lock): exclusive to write, ``shared`` for a snapshot (which
    only writers hold up). Waits, telling ``feedback`` once what for, and raises InputError after
    LOCK_WAIT_S seconds from ``started``."""
    told = False
    while True:
        if file_lock.try_lock(handle, shared):
            return
        reading = _only_readers(handle)
        if not told and feedback is not None and hasattr(feedback, "pushInfo"):
            feedback.pushInfo((tr("Another run is reading the study {path}: waiting for it to finish…") if reading else
                               tr("Another run is writing the study {path}: waiting for it to finish…"))
                              .format(path=path))
        told = True
        if time.monotonic() - started > LOCK_WAIT_S:
            if shared:
                raise InputError(tr("Another run has been writing the study {path} for more than {seconds} s. Run "
                                    "this step again when it has finished.")
                                 .format(path=path, seconds=int(LOCK_WAIT_S))) from None
            raise InputError((tr("Another run has been reading the study {path} for more than {seconds} s: nothing "
                                 "was written. Run this step again when it has finished.") if reading else
                              tr("Another run has been writing the study {path} for more than {seconds} s: nothing "
                                 "was written. Run this step again when it has finished."))
                             .format(path=path, seconds=int(LOCK_WAIT_S))) from None
        check_canceled(feedback)
        time.sleep(0.2)


def _only_readers(handle) -> bool:
    """Whether the runs holding the lock of ``handle`` are readers' snapshots (shared locks), not a writer."""
    if not file_lock.try_lock(handle, shared=True):
        return False
    file_lock.unlock(handle)
    return True


def _write_in_transaction(path: Path, tables: dict, feedback, create: bool):
    """Write ``tables`` into ``path``, committing all or nothing, and close it."""
    if create:
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    else:
        ds = ogr.Open(str(path), update=1)
    try:
        # SQLite's own wait for a lock (GDAL's is 5 s), at most LOCK_WAIT_S
        ds.ReleaseResultSet(ds.ExecuteSQL(f"PRAGMA busy_timeout = {int(min(LOCK_WAIT_S, 5.0) * 1000)}"))
        ds.StartTransaction()
        for name, table in tables.items():
            check_canceled(feedback)
            write_table(ds, name, table)
        check_canceled(feedback)
        _commit(ds, path, feedback)
    except BaseException:
        try:
            ds.RollbackTransaction()
        except RuntimeError:  # a failed COMMIT ended GDAL's transaction, not SQLite's
            with contextlib.suppress(RuntimeError):
                ds.ExecuteSQL("ROLLBACK TRANSACTION")  # not "ROLLBACK": GDAL takes it for its own, ended
        # Closing after a rollback, GDAL reports the triggers of layers the rollback removed:
        # expected, and not for the user's eyes.
        previous = sys.unraisablehook
        sys.unraisablehook = lambda _unraisable: None
        try:
            # Closed now, not when the exception goes: its frames (``_commit``'s) hold ``ds`` too, and a
            # dataset left open keeps the file locked (GDAL 3.13's does after a failed commit). Not
            # ``ds.Close()``: with a layer of it still referenced, GDAL 3.10 crashes.
            traceback.clear_frames(sys.exc_info()[2])
            ds = None
        finally:
            sys.unraisablehook = previous
        raise
    ds = None  # the only reference: closing flushes the GeoPackage


def _commit(ds, path: Path, feedback):
    """Commit the open transaction of ``ds``. In a rollback journal, a reader that takes no file lock
    (another program, QGIS drawing a layer) and holds a read transaction past GDAL's busy timeout keeps
    the commit from ending: it is tried again, saying so, until LOCK_WAIT_S (then an InputError, nothing
    written); the transaction stays open meanwhile (SQLite keeps it after a COMMIT found the file busy)."""
    try:
        ds.CommitTransaction()
        return
    except RuntimeError as error:
        if "locked" not in str(error) and "busy" not in str(error):
            raise
    if feedback is not None and hasattr(feedback, "pushInfo"):
        feedback.pushInfo(tr("Another run is reading the study {path}: waiting for it to finish…").format(path=path))
    started = time.monotonic()
    while True:
        try:
            ds.ExecuteSQL("END TRANSACTION")  # not "COMMIT": GDAL takes it for its own transaction, ended
            return
        except RuntimeError as error:
            if "locked" not in str(error) and "busy" not in str(error):
                raise
        if time.monotonic() - started > LOCK_WAIT_S:
            raise InputError(tr("Another run has been reading the study {path} for more than {seconds} s: nothing "
                                "was written. Run this step again when it has finished.")
                             .format(path=path, seconds=int(LOCK_WAIT_S)))
        check_canceled(feedback)  # each try waits for SQLite's busy timeout


def _remove(path: Path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


@contextlib.contextmanager
def _reading(path, write: bool = False):
    """A SQLite connection to the GeoPackage ``path`` (read-only unless ``write``: then committed at the
    end); a file that is not one is an InputError."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode={'rw' if write else 'ro'}", uri=True)) as con:
            with con:
                yield con
    except sqlite3.DatabaseError as error:
        raise InputError(tr("{path} cannot be read as a GeoPackage ({error}). Choose a study GeoPackage made "
                            "by ESS Territoires.").format(path=path, error=error)) from error


def read_frame(path, name: str, columns=None, fid: bool = False) -> pd.DataFrame:
    """A layer's attributes as a DataFrame (no geometry; ``fid`` too when asked), codes kept as strings."""
    with _reading(path) as con:
        return _frame(con, name, columns, fid)


def _frame(con, name: str, columns=None, fid: bool = False) -> pd.DataFrame:
    select = ", ".join(f'"{c}"' for c in ((["fid"] if fid else []) + list(columns))) if columns else "*"
    frame = pd.read_sql(f'SELECT {select} FROM "{name}"', con)
    return frame.drop(columns=[c for c in (("geom",) if fid else ("fid", "geom")) if c in frame.columns])


def layer_names(path) -> list:
    if not Path(path).exists():
        return []
    with _reading(path) as con:
        return _layer_names(con)


def _layer_names(con) -> list:
    return [r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")]


# OGR's geometry type of a GeoPackage's geometry_type_name
_GEOMETRY_TYPES = {"POINT": ogr.wkbPoint, "LINESTRING": ogr.wkbLineString, "POLYGON": ogr.wkbPolygon,
                   "MULTIPOINT": ogr.wkbMultiPoint, "MULTILINESTRING": ogr.wkbMultiLineString,
                   "MULTIPOLYGON": ogr.wkbMultiPolygon, "GEOMETRYCOLLECTION": ogr.wkbGeometryCollection,
                   "GEOMETRY": ogr.wkbUnknown}
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def _geometry(blob, srs):
    """The OGR geometry of a GeoPackage geometry blob (its header, then standard WKB); None for NULL."""
    if blob is None:
        return None
    blob = bytes(blob)
    start = 8 + _ENVELOPE_BYTES[(blob[3] >> 1) & 0x07]
    geometry = ogr.CreateGeometryFromWkb(blob[start:])
    geometry.AssignSpatialReference(srs)
    return geometry


def save_style_to_database(layer, name: str) -> str:
    """Save ``layer``'s style as the default style of its data source, under ``name``; the error
    message ("" when saved). QGIS 3.44 deprecates saveStyleToDatabase for saveStyleToDatabaseV2."""
    if hasattr(layer, "saveStyleToDatabaseV2"):
        return layer.saveStyleToDatabaseV2(name, tr("ESS Territoires"), True, "")[-1]
    result = layer.saveStyleToDatabase(name, tr("ESS Territoires"), True, "")
    return result[-1] if isinstance(result, tuple) else result


class GeoPackage:
    """One GeoPackage file, read and written whole tables at a time (see the module docstring).

    What a study's backend provides (gis.study.Study uses nothing else): ``exists``,
    ``layer_names``, ``has_table``, ``read``, ``read_table``, ``write``, ``numeric_fields``,
    ``layer_uri`` and ``layer_name_of`` (with ``provider``, for QgsVectorLayer), ``project_location``
    and ``has_project`` (the study's QGIS project), ``save_style``,
    ``has_default_style`` and ``response_cache``.
    """

    provider = "ogr"

    def __init__(self, path):
        self.path = Path(path)
        self._snapshots = threading.local()  # this thread's snapshot: its SQLite connection

    @contextlib.contextmanager
    def snapshot(self, feedback=None):
        """Read the file as one version until the end of the block: every read of this thread goes
        through one SQLite connection holding a read transaction. Nested, it does nothing more.

        A snapshot holds a shared lock (gis.file_lock) on the file: a writer waits for its end before writing,
        saying so (``_write_lock``). A snapshot asked while a run writes waits for that write to end
        (telling ``feedback``; an InputError after LOCK_WAIT_S): no run of ours commits during a
        snapshot, so that even another connection opened meanwhile (QGIS's, for a layer) reads the
        snapshot's version. SQLite's read transaction keeps that version against a writer that does
        not take the file lock (another program, a QGIS edit):
        - in a rollback journal (how GDAL creates our GeoPackages, and what ours use), the transaction
          holds SQLite's shared lock: such a writer's commit waits for the snapshot's end (GDAL's
          busy timeout: 5 s, then its own error; our writer tries again, saying so, see ``_commit``);
        - in WAL (QGIS switches a GeoPackage to it while it edits a layer of it), the transaction
          reads the version of its start, and the writer commits without waiting.
        """
        if getattr(self._snapshots, "connection", None) is not None or not self.path.exists():
            yield
            return
        handle = file_lock.open_lock_handle(self.path)
        try:
            _lock(handle, True, self.path, feedback, time.monotonic())
            with _reading(self.path) as con:
                con.isolation_level = None  # transactions as asked below, not as the sqlite3 module guesses
                con.execute("BEGIN")
                con.execute("SELECT count(*) FROM gpkg_contents").fetchone()  # the version is taken here
                self._snapshots.connection = con
                try:
                    yield
                finally:
                    self._snapshots.connection = None
                    con.execute("ROLLBACK")
        finally:
            os.close(handle)  # releases the lock

    @contextlib.contextmanager
    def _connection(self):
        """The snapshot's connection, or a new one for this read only."""
        con = getattr(self._snapshots, "connection", None)
        if con is None:
            with _reading(self.path) as con:
                yield con
            return
        try:
            yield con
        except sqlite3.DatabaseError as error:
            raise InputError(tr("{path} cannot be read as a GeoPackage ({error}). Choose a study GeoPackage made "
                                "by ESS Territoires.").format(path=self.path, error=error)) from error

    def __str__(self):
        return str(self.path)

    def exists(self) -> bool:
        return self.path.exists()

    def layer_names(self) -> list:
        """The layers and tables of the file (gpkg_contents); [] when it does not exist."""
        if not self.path.exists():
            return []
        with self._connection() as con:
            return _layer_names(con)

    def has_table(self, name: str) -> bool:
        """Whether the file holds the SQLite table ``name`` (registered as a layer or not)."""
        if not self.path.exists():
            return False
        with self._connection() as con:
            return con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                               (name,)).fetchone() is not None

    def read(self, name: str, columns=None, fid: bool = False) -> pd.DataFrame:
        with self._connection() as con:
            return _frame(con, name, columns, fid)

    def read_table(self, name: str, columns=None, fid: bool = False) -> Table:
        """A layer as a Table: attributes (``columns``, or all; ``fid`` too when asked) and OGR
        geometries, in fid order."""
        if getattr(self._snapshots, "connection", None) is not None:
            return self._snapshot_table(name, columns, fid)
        ds = ogr.Open(str(self.path))
        layer = ds.GetLayerByName(name)
        if layer is None:
            raise InputError(tr("{path} has no layer '{layer}'.").format(path=self.path, layer=name))
        layer.SetIgnoredFields([layer.GetLayerDefn().GetFieldDefn(i).GetName()
                                for i in range(layer.GetLayerDefn().GetFieldCount())])
        geometries = sorted(((f.GetFID(), f.GetGeometryRef().Clone() if f.GetGeometryRef() else None)
                             for f in layer), key=lambda pair: pair[0])
        geometry_type = layer.GetGeomType()
        ds = None
        return Table(self.read(name, columns, fid), [g for _, g in geometries], geometry_type)

    def _snapshot_table(self, name: str, columns, fid: bool) -> Table:
        """``read_table`` through the snapshot's connection: the geometry blobs read as they are stored."""
        with self._connection() as con:
            found = con.execute("SELECT column_name, geometry_type_name FROM gpkg_geometry_columns "
                                "WHERE table_name = ?", (name,)).fetchone()
            if found is None and name not in _layer_names(con):
                raise InputError(tr("{path} has no layer '{layer}'.").format(path=self.path, layer=name))
            frame = _frame(con, name, columns, fid)
            if found is None:
                return Table(frame, [None] * len(frame), ogr.wkbNone)
            srs = lambert93()
            geometries = [_geometry(blob, srs) for (blob,) in
                          con.execute(f'SELECT "{found[0]}" FROM "{name}" ORDER BY fid')]
        return Table(frame, geometries, _GEOMETRY_TYPES.get(found[1].upper(), ogr.wkbUnknown))

    def write(self, tables: dict, feedback=None):
        write_tables(self.path, tables, feedback)

    def numeric_fields(self, name: str) -> list:
        """The numeric fields of a layer (no fid, no booleans), in their order; [] when it has none."""
        if name not in self.layer_names():
            return []
        ds = ogr.Open(str(self.path))
        definition = ds.GetLayerByName(name).GetLayerDefn()
        numeric = (ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal)
        fields = [definition.GetFieldDefn(i) for i in range(definition.GetFieldCount())]
        return [f.GetName() for f in fields if f.GetType() in numeric and f.GetSubType() != ogr.OFSTBoolean]

    def field_names(self, name: str) -> list:
        """The attribute fields of a layer (no fid, no geometry), in their order; [] when it is missing."""
        with self._connection() as con:
            geometry = {column for (column,) in con.execute(
                "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (name,))}
            return [column for _cid, column, _type, _notnull, _default, key in con.execute(
                "SELECT * FROM pragma_table_info(?)", (name,)) if not key and column not in geometry]

    # QGIS

    def layer_uri(self, name: str) -> str:
        return f"{self.path}|layername={name}"

    def project_location(self) -> str:
        """The study's QGIS project: the .qgz of the same name next to the file (observatoire.qgz
        in a study folder)."""
        return str(self.path.with_suffix(".qgz"))

    def has_project(self) -> bool:
        return self.path.with_suffix(".qgz").exists()

    def layer_name_of(self, source: str):
        """The name of the layer of this file that a QGIS layer source reads, else None."""
        parts = source.split("|layername=")
        if len(parts) != 2 or not parts[0]:
            return None
        if Path(parts[0]).resolve() != self.path.resolve():
            return None
        return parts[1].split("|")[0]

    def has_default_style(self, name: str) -> bool:
        if not self.has_table("layer_styles"):
            return False
        with self._connection() as con:
            return con.execute("SELECT 1 FROM layer_styles WHERE f_table_name = ? AND useAsDefault",
                               (name,)).fetchone() is not None

    def save_style(self, layer, name: str):
        """Save the QGIS layer's style as the default style of the layer ``name`` (table layer_styles).
        A previous style of that name is deleted first: QGIS 3.22 would otherwise ask, in a dialog,
        whether to overwrite it."""
        if self.has_table("layer_styles"):
            with _reading(self.path, write=True) as con:
                con.execute("DELETE FROM layer_styles WHERE f_table_name = ? AND styleName = ?", (name, name))
        message = save_style_to_database(layer, name)
        if message:
            raise InputError(tr("The style of '{layer}' could not be saved in the GeoPackage ({error}): check "
                                "that the file is writable.").format(layer=name, error=message))

    def response_cache(self):
        """The table of API answers of this file (sources.cache), created with it when missing."""
        return ResponseCache(self.path)
