"""Helpers for the SIRENE tests: write stock files in INSEE's format from a few dicts."""
import csv
import io
import zipfile

import numpy as np
import pandas as pd
import pytest
from osgeo import gdal

from ess_territoires.core.synthetic import ETAB_HEADER, GEO_HEADER, UL_HEADER

# GDAL's default error mode, said out loud for the tests' own GDAL calls (GDAL 3.9+ warns when no one
# says it); the plugin's spreadsheet reader sets its own mode for each call.
gdal.DontUseExceptions()


def engines():
    """The engines to test: pandas always, pyarrow when it can be imported."""
    try:
        import pyarrow.csv  # noqa: F401
    except ImportError:
        return ["pandas", pytest.param("pyarrow", marks=pytest.mark.skip(reason="pyarrow is not installed"))]
    return ["pandas", "pyarrow"]


def csv_text(header, rows, sep=","):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for row in rows:
        unknown = set(row) - set(header)
        assert not unknown, unknown
        writer.writerow([row.get(col, "") for col in header])
    return out.getvalue()


def write_stock(path, header, rows, sep=",", encoding="utf-8", zipped=None):
    """Write rows (dicts by column name) as INSEE does; ``zipped`` is the CSV name inside a zip."""
    data = csv_text(header, rows, sep).encode(encoding)
    if zipped:
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(zipped, data)
    else:
        path.write_bytes(data)
    return path


def etab(siret, commune, band="NN", naf="94.99Z", state="A", status="O", siege="false", **extra):
    row = {"siren": siret[:9], "nic": siret[9:], "siret": siret, "statutDiffusionEtablissement": status,
           "dateCreationEtablissement": "2010-05-01", "trancheEffectifsEtablissement": band,
           "etablissementSiege": siege, "codeCommuneEtablissement": commune, "etatAdministratifEtablissement": state,
           "activitePrincipaleEtablissement": naf, "nomenclatureActivitePrincipaleEtablissement": "NAFRev2",
           "dateDernierTraitementEtablissement": "2024-03-22T14:26:06"}
    row.update(extra)
    return row


def unit(siren, category, name="", flag="", status="O", **extra):
    row = {"siren": siren, "statutDiffusionUniteLegale": status, "categorieJuridiqueUniteLegale": category,
           "denominationUniteLegale": name, "economieSocialeSolidaireUniteLegale": flag,
           "etatAdministratifUniteLegale": "A"}
    row.update(extra)
    return row


# A hand-checkable territory of three communes (see test_sirene_import.py for the expected counts).
TERRITORY = {"02691", "80021", "60057"}

SMALL_UNITS = [
    unit("100000001", "9220", "LES AMIS DE L'ÉCOLE", "O"),
    unit("100000002", "5458", "SCOP BÂTIR", "O"),
    unit("100000003", "8210", "MUTUELLE DE LA SOMME", "O"),
    unit("100000004", "9300", "FONDATION ÉLAN", "O"),
    unit("100000005", "5710", "NUMÉRIQUE SOLIDAIRE", "O"),
    unit("100000006", "1000", "", "", nomUniteLegale="DUPONT", prenom1UniteLegale="JEAN"),
    unit("100000007", "9220", "SYNDICAT DES SALARIÉS", "O"),
    unit("100000008", "9220", "[ND]", "O", status="P"),
    unit("100000009", "5499", "BATI PLUS", "N"),
    unit("100000010", "7210", "COMMUNE D'AMIENS", ""),
]

SMALL_ETABS = [
    etab("10000000100011", "02691", "03", "88.99B", siege="true",
         coordonneeLambertAbscisseEtablissement="700000.0", coordonneeLambertOrdonneeEtablissement="6900000.0"),
    etab("10000000100029", "02691", "NN", "93.12Z", enseigne1Etablissement="CLUB DE FOOT"),
    etab("10000000100037", "80021", "11", "88.10A", status="P", enseigne1Etablissement="[ND]"),
    etab("10000000200016", "80021", "12", "43.21A", siege="true"),
    etab("10000000300015", "60057", "01", "65.12Z", siege="true"),
    etab("10000000400014", "60057", "21", "87.30A", siege="true"),
    etab("10000000500013", "2691", "02", "62.01Z", siege="true"),
    etab("10000000600012", "02691", "01", "47.11B", siege="true"),
    etab("10000000700011", "80021", "02", "94.20Z", siege="true"),
    etab("10000000800010", "80021", "NN", "94.99Z", siege="true"),
    etab("10000000900019", "60057", "11", "43.99C", siege="true"),
    etab("10000000100045", "02691", "NN", "94.99Z", state="F"),
    etab("10000000100052", "75056", "12", "94.99Z"),
    etab("10000000600020", "", "01", "47.11B", codePaysEtrangerEtablissement="99132",
         libellePaysEtrangerEtablissement="ROYAUME-UNI"),
    etab("10000000200016", "80021", "12", "43.21A", siege="true"),  # duplicated SIRET
    etab("10000000100060", "60057", "00", "85.59A",
         coordonneeLambertAbscisseEtablissement="0", coordonneeLambertOrdonneeEtablissement="0"),
    etab("10000001100017", "60057", "01", "88.99B", siege="true"),  # legal unit missing
    etab("10000001000018", "80021", "22", "84.11Z", siege="true"),
    etab("10000000100037", "80021", "11", "88.10A", status="P"),  # duplicated, non-diffusible
]

SMALL_GEO = [
    {"siret": "10000000100029", "x": "701000.5", "y": "6901000.5", "qualite_xy": "11", "epsg": "2154"},
    {"siret": "10000000200016", "x": "650000.0", "y": "6980000.0", "qualite_xy": "33", "epsg": "2154"},
    {"siret": "10000000100037", "x": "650100.0", "y": "6980100.0", "qualite_xy": "11", "epsg": "2154"},
]


@pytest.fixture
def small_stock(tmp_path):
    """The hand-made stock as INSEE zips, plus the Geolocalisation file."""
    return {
        "etablissements": write_stock(tmp_path / "StockEtablissement_utf8.zip", ETAB_HEADER, SMALL_ETABS,
                                      zipped="StockEtablissement_utf8.csv"),
        "unites_legales": write_stock(tmp_path / "StockUniteLegale_utf8.zip", UL_HEADER, SMALL_UNITS,
                                      zipped="StockUniteLegale_utf8.csv"),
        "geolocalisation": write_stock(tmp_path / "geo.csv", GEO_HEADER, SMALL_GEO, sep=";"),
    }


def fake_communes(departements=("02", "60", "80"), per_departement=40, seed=3):
    """A communes table like the reference's (code_commune, nom, code_departement, code_epci, population)."""
    rng = np.random.default_rng(seed)
    rows = []
    for dep in departements:
        for i in range(1, per_departement + 1):
            rows.append({"code_commune": f"{dep}{i:03d}", "nom": f"Saint-Éloi-{dep}-{i}", "code_departement": dep,
                         "code_epci": f"2{dep}000000", "population": int(rng.lognormal(6.5, 1.3)) + 50})
    return pd.DataFrame(rows)


def box_sampler(code, n, rng):
    """Points in a 5 km box per commune (a stand-in for the QGIS side's sampler)."""
    base = int(code[:2]) * 10_000 + int(code[2:])
    x0, y0 = 600_000 + (base % 97) * 4_000, 6_800_000 + (base % 89) * 3_000
    return [(x0 + 5000 * rng.random(), y0 + 5000 * rng.random()) for _ in range(n)]
