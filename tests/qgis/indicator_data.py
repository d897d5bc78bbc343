"""A small hand-made SIRENE import on the Pays de Thiérache study, for the indicator and style tests."""
import contextlib
import sqlite3

import pandas as pd
from osgeo import ogr

from ess_territoires.gis import gpkg
from ess_territoires.gis.study import Study
from ess_territoires.gis.territory import create_study

TERRITORY = "pays-de-thierache"


def ess_tables(path):
    """Write ess_communes, emploi_communes and etablissements_ess into the study ``path``.

    Communes 0, 1, 2 (by name order) have located establishments; commune 3 counts only a status-P
    establishment (no point); the others have none. Returns (communes frame, ess, emploi, points)."""
    communes = gpkg.read_frame(path, "communes")
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName("communes")
    surface_point = {f.GetField("code_commune"): f.GetGeometryRef().PointOnSurface() for f in layer}
    ds = None
    c = list(communes["code_commune"])
    ess = pd.DataFrame([
        (c[0], "association", "action_sociale", 1, "1_9", 2, 2.0, 3.0, 4.0),
        (c[0], "cooperative", "commerce", 0, "", 1, 0.0, 0.0, 0.0),
        (c[1], "mutuelle", "finance_assurance", 1, "10_49", 1, 10.0, 14.5, 19.0),
        (c[2], "fondation", "sante", 1, "250_plus", 1, 250.0, 374.5, 499.0),
        (c[3], "association", "sport_loisirs", 0, "", 1, 0.0, 0.0, 0.0),  # status P: no point
    ], columns=["code_commune", "famille", "secteur", "employeur", "classe_taille", "nb_etab",
                "emplois_min", "emplois_est", "emplois_max"])
    emploi = pd.DataFrame({"code_commune": c, "nb_etab_employeurs": 2,
                           "emplois_min": 100.0, "emplois_est": 150.0, "emplois_max": 200.0})
    emploi.loc[2, "emplois_est"] = 749.0
    emploi.loc[4, ["nb_etab_employeurs", "emplois_est"]] = (0, 0.0)
    points = pd.DataFrame([
        ("00000000000011", "000000000", c[0], "Asso Un", "asso un", "association", "categorie_juridique",
         "88.99B", "action_sociale", "01", 1.5, 1),
        ("00000000000012", "000000000", c[0], "Asso Deux", "asso deux", "association", "categorie_juridique",
         "88.10A", "action_sociale", "01", 1.5, 1),
        ("00000000000013", "000000001", c[0], "Coop", "coop", "cooperative", "categorie_juridique",
         "47.11B", "commerce", "NN", 0.0, 0),
        ("00000000000021", "000000002", c[1], "Mutuelle", "mutuelle", "mutuelle", "categorie_juridique",
         "65.12Z", "finance_assurance", "11", 14.5, 1),
        ("00000000000031", "000000003", c[2], "Fondation", "fondation", "fondation", "categorie_juridique",
         "86.10Z", "sante", "32", 374.5, 1),
    ], columns=["siret", "siren", "code_commune", "nom", "nom_tri", "famille", "motif", "naf", "secteur",
                "tranche_effectifs", "emplois_est", "employeur"])
    geometries = [surface_point[code].Clone() for code in points["code_commune"]]
    gpkg.write_tables(path, {
        "ess_communes": gpkg.Table(ess),
        "emploi_communes": gpkg.Table(emploi),
        "etablissements_ess": gpkg.Table(points, geometries, ogr.wkbPoint),
    })
    return communes, ess, emploi, points


def make_study(path):
    create_study(Study.open(path), TERRITORY)
    return ess_tables(path)


def copy_gpkg(source, target):
    """A consistent copy of a GeoPackage, including what is still in its WAL journal."""
    with contextlib.closing(sqlite3.connect(str(source))) as src, \
            contextlib.closing(sqlite3.connect(str(target))) as dst:
        src.backup(dst)
