"""Read the geometry-free tables of the reference GeoPackage (plain SQLite, no qgis).

pandas is imported by the functions that return frames: the panel lists the reference's EPCIs at
QGIS start-up (``epcis``), which must not pay for it.
"""
import contextlib
import sqlite3
from pathlib import Path

from .errors import InputError
from .i18n import tr
from .paths import reference_gpkg

COMMUNE_COLUMNS = ["code_commune", "nom", "nom_tri", "code_departement", "code_epci", "nom_epci", "population"]


def _connect(path: Path) -> sqlite3.Connection:
    if not Path(path).exists():
        raise InputError(tr("The reference data {path} is missing. Build it with 'make data' "
                            "or reinstall the plugin.").format(path=path))
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def communes_france(path=None):
    """Every French commune: code, name, département, EPCI, population (codes as strings), as a DataFrame."""
    import pandas as pd

    with contextlib.closing(_connect(path or reference_gpkg())) as con:
        frame = pd.read_sql(f"SELECT {', '.join(COMMUNE_COLUMNS)} FROM communes_france", con)
    return frame


def metadata(path=None) -> dict:
    with contextlib.closing(_connect(path or reference_gpkg())) as con:
        return dict(con.execute("SELECT cle, valeur FROM metadata").fetchall())


def epcis(path=None) -> list:
    """(code, name) of the EPCIs of the reference, sorted by name; [] when the reference is missing."""
    path = path or reference_gpkg()
    if not Path(path).exists():
        return []
    with contextlib.closing(_connect(path)) as con:
        return con.execute("SELECT code_epci, nom FROM epci ORDER BY nom_tri").fetchall()
