"""Writing tables and layers into a study GeoPackage, all or nothing.

Every write goes to a copy of the GeoPackage next to it, which replaces the original only
when every layer is written: a failed or cancelled run leaves the previous file intact and
no half-written layer.
"""
import contextlib
import math
import os
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from osgeo import gdal, ogr

from ..core.errors import InputError
from ..core.i18n import tr
from ..core.progress import check_canceled
from .ogr_geometry import lambert93

gdal.UseExceptions()
ogr.UseExceptions()


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
    if path.exists():
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


def _write_in_transaction(path: Path, tables: dict, feedback, create: bool):
    """Write ``tables`` into ``path``, committing all or nothing, and close it."""
    if create:
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    else:
        ds = ogr.Open(str(path), update=1)
    try:
        ds.StartTransaction()
        for name, table in tables.items():
            check_canceled(feedback)
            write_table(ds, name, table)
        check_canceled(feedback)
        ds.CommitTransaction()
    except BaseException:
        ds.RollbackTransaction()
        # Closing after a rollback, GDAL reports the triggers of layers the rollback removed:
        # expected, and not for the user's eyes.
        previous = sys.unraisablehook
        sys.unraisablehook = lambda _unraisable: None
        try:
            ds = None
        finally:
            sys.unraisablehook = previous
        raise
    ds = None  # the only reference: closing flushes the GeoPackage


def _remove(path: Path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


@contextlib.contextmanager
def _reading(path):
    """A read-only SQLite connection to the GeoPackage ``path``; a file that is not one is an InputError."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
            yield con
    except sqlite3.DatabaseError as error:
        raise InputError(tr("{path} cannot be read as a GeoPackage ({error}). Choose a study GeoPackage made "
                            "by ESS Territoires.").format(path=path, error=error)) from error


def read_frame(path, name: str, columns=None) -> pd.DataFrame:
    """A layer's attributes as a DataFrame (no geometry), codes kept as strings."""
    with _reading(path) as con:
        select = ", ".join(f'"{c}"' for c in columns) if columns else "*"
        frame = pd.read_sql(f'SELECT {select} FROM "{name}"', con)
    return frame.drop(columns=[c for c in ("fid", "geom") if c in frame.columns])


def layer_names(path) -> list:
    if not Path(path).exists():
        return []
    with _reading(path) as con:
        return [r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")]
