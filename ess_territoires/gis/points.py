"""The establishments as points (layer ``etablissements_ess``), whatever source brought them.

Every import (SIRENE, API, partner lists) places its establishments the same way: their own
Lambert-93 coordinates, else a point inside their commune; coordinates outside France are
blanked (the point goes to the commune).
"""
import pandas as pd
from osgeo import ogr

from ..core.i18n import tr
from ..core.sirene import FRANCE_BOUNDS
from ..sources import recherche_entreprises

LAYER = "etablissements_ess"
CONFIRMED = "confirme_api"
PARTNER_FLAG = "partenaire"


def commune_points(communes) -> dict:
    """code_commune -> a point inside the commune (point on surface), from the Table ``communes``."""
    points = {}
    for code, geometry in zip(communes.frame["code_commune"], communes.geometries):
        point = geometry.PointOnSurface()
        points[code] = (point.GetX(), point.GetY())
    return points


def study_commune_points(study) -> dict:
    """commune_points of the study's communes."""
    return commune_points(study.read_table("communes", ["code_commune"]))


def place_points(etablissements: pd.DataFrame, points: dict) -> list:
    """OGR points of the establishments: their own x/y, else their commune's point."""
    geometries = []
    for code, x, y in zip(etablissements["code_commune"], etablissements["x"], etablissements["y"]):
        if pd.isna(x) or pd.isna(y):
            x, y = points[code]
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(float(x), float(y))
        geometries.append(point)
    return geometries


def finish_points(frame: pd.DataFrame, partners: set) -> pd.DataFrame:
    """Flag columns of etablissements_ess filled for every row (sources add rows without them)."""
    frame = frame.reset_index(drop=True)
    if CONFIRMED in frame.columns:
        frame[CONFIRMED] = frame[CONFIRMED].fillna(False).astype(bool)
    frame[PARTNER_FLAG] = frame["siret"].astype(str).isin(partners)
    for column in ("siege", "employeur"):
        if column in frame.columns:
            frame[column] = frame[column].fillna(False).astype(bool)
    return frame.sort_values("siret", kind="stable").reset_index(drop=True)


def outside_france(x: pd.Series, y: pd.Series) -> pd.Series:
    xmin, ymin, xmax, ymax = FRANCE_BOUNDS
    return x.notna() & y.notna() & ~(x.between(xmin, xmax) & y.between(ymin, ymax))


def place_inside_france(frame: pd.DataFrame) -> list:
    """Blank coordinates outside France (the point goes to the commune); their rejets rows."""
    outside = outside_france(frame["x"], frame["y"])
    rejets = [{"fichier": recherche_entreprises.SOURCE, "siret": siret, "code_commune": code, "action": "corrige",
               "motif_rejet": tr("Coordinates outside France: the establishment is placed in its commune.")}
              for siret, code in zip(frame.loc[outside, "siret"], frame.loc[outside, "code_commune"])]
    frame.loc[outside, ["x", "y"]] = float("nan")
    frame.loc[outside, "precision_geoloc"] = recherche_entreprises.PRECISION_COMMUNE
    return rejets
