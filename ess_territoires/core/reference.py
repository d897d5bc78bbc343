"""Read the geometry-free tables of the reference GeoPackage (plain SQLite, no qgis)."""
import sqlite3
from pathlib import Path

import pandas as pd

from .errors import InputError
from .i18n import tr
from .paths import reference_gpkg

COMMUNE_COLUMNS = ["code_commune", "nom", "nom_tri", "code_departement", "code_epci", "nom_epci", "population"]


def _connect(path: Path) -> sqlite3.Connection:
    if not Path(path).exists():
        raise InputError(tr("The reference data {path} is missing. Build it with 'make data' "
                            "or reinstall the plugin.").format(path=path))
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def communes_france(path=None) -> pd.DataFrame:
    """Every French commune: code, name, département, EPCI, population (codes as strings)."""
    with _connect(path or reference_gpkg()) as con:
        frame = pd.read_sql(f"SELECT {', '.join(COMMUNE_COLUMNS)} FROM communes_france", con)
    return frame


def metadata(path=None) -> dict:
    with _connect(path or reference_gpkg()) as con:
        return dict(con.execute("SELECT cle, valeur FROM metadata").fetchall())
