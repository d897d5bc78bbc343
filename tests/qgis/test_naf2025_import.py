"""NAF 2025 through the QGIS side: a 2027-layout stock imported into a study, a user's INSEE list
given to the import, kept in the study and taken from the plugin's settings; the command line."""
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QSettings

from ess_territoires.core import reference
from ess_territoires.core.synthetic import generate_sirene
from ess_territoires.gis import gpkg, naf_labels
from ess_territoires.gis.sampling import CommunePointSampler
from ess_territoires.gis.sirene_import import import_into_study
from ess_territoires.gis.study import Study
from ess_territoires.processing.runner import processing_run

ROOT = Path(__file__).resolve().parents[2]
TERRITORY = "epci:240200444"  # Thiérache du Centre


@pytest.fixture(scope="module")
def stock_2027(qgis_app, tmp_path_factory):
    folder = tmp_path_factory.mktemp("sirene2027")
    return generate_sirene(reference.communes_france(), folder, seed=11, departements=["02"],
                           point_sampler=CommunePointSampler(), layout="2027")


def insee_list(path, label):
    path.write_text("NACE Rev.2.1;NAF 2025 sous-classes;Intitulés\n94.99;94.99Y;" + label + "\n"
                    "94.91;94.91Y;Activités des organisations religieuses\n", encoding="utf-8")
    return path


def settings_with(tmp_path, value):
    settings = QgsSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(naf_labels.KEY_NAF2025_LABELS, value)
    return settings


def test_a_2027_stock_with_a_users_list(stock_2027, tmp_path):
    out = tmp_path / "etude.gpkg"
    given = insee_list(tmp_path / "naf2025_insee.csv", "Associations (liste INSEE du test)")
    processing_run("ess_territoires:import_sirene", {
        "ETABLISSEMENTS": str(stock_2027["etablissements"]), "UNITES_LEGALES": str(stock_2027["unites_legales"]),
        "LIBELLES_NAF": str(given), "TERRITOIRE": TERRITORY, "OUTPUT": str(out)})
    points = gpkg.read_frame(out, "etablissements_ess")
    assert len(points) > 20 and set(points["nomenclature_naf"]) == {"NAF2025"}
    assert points["naf"].str.match(r"^\d\d\.\d\d[YGHJKL]$").all()
    assert points["naf_libelle"].str.len().gt(0).all()
    associations = points[points["naf"] == "94.99Y"]
    assert len(associations) and set(associations["naf_libelle"]) == {"Associations (liste INSEE du test)"}
    others = points[points["naf"] == "88.99H"]
    assert len(others) and set(others["naf_libelle"]) == {
        "Toutes les autres activités d’action sociale sans hébergement n.c.a."}  # the shipped label
    assert not points["naf"].str.startswith(("84", "94.11", "94.12", "94.20", "94.91", "94.92")).any()
    table = gpkg.read_frame(out, naf_labels.TABLE)
    assert set(table["code"]) == {"94.99Y", "94.91Y"} and set(table["source"]) == {"naf2025_insee.csv"}
    counts = json.loads(gpkg.read_frame(out, "imports")["comptes"].iloc[-1])
    assert counts["etablissements_naf2025"] == counts["etablissements_territoire"] > 0
    assert counts["etablissements_nafrev2"] == 0

    # a later import without a list keeps the study's labels (offline, on another computer)
    empty = settings_with(tmp_path, "")
    import_into_study(Study.open(out), stock_2027["etablissements"], stock_2027["unites_legales"], settings=empty)
    points = gpkg.read_frame(out, "etablissements_ess")
    assert set(points.loc[points["naf"] == "94.99Y", "naf_libelle"]) == {"Associations (liste INSEE du test)"}

    # the plugin's settings name another list: it is used, and kept in the study in its turn
    other = insee_list(tmp_path / "autre.csv", "Associations (liste des réglages)")
    import_into_study(Study.open(out), stock_2027["etablissements"], stock_2027["unites_legales"],
                      settings=settings_with(tmp_path, str(other)))
    points = gpkg.read_frame(out, "etablissements_ess")
    assert set(points.loc[points["naf"] == "94.99Y", "naf_libelle"]) == {"Associations (liste des réglages)"}
    assert set(gpkg.read_frame(out, naf_labels.TABLE)["source"]) == {"autre.csv"}


def run_cli(*args):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    return subprocess.run([sys.executable, "-m", "ess_territoires", *args], capture_output=True, text=True,
                          check=False, env=env, cwd=ROOT, timeout=300)


def test_command_line_format_and_a_bad_list(stock_2027, tmp_path):
    result = run_cli("synthetic-sirene", "--national", "300", "--format", "2025", "--out", str(tmp_path / "s"))
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(tmp_path / "s" / "StockEtablissement_utf8.zip") as zf:
        header = zf.read("StockEtablissement_utf8.csv").decode("utf-8").splitlines()[0].split(",")
    assert len(header) == 53 and "activitePrincipaleNAF25Etablissement" not in header
    result = run_cli("synthetic-sirene", "--national", "300", "--format", "2028", "--out", str(tmp_path / "t"))
    assert result.returncode != 0 and "2028" in result.stderr and "Traceback" not in result.stderr

    wrong = tmp_path / "naf_rev2.csv"
    wrong.write_text("code;libelle\n94.99Z;Autres organisations\n", encoding="utf-8")
    result = run_cli("import-sirene", "--etablissements", str(stock_2027["etablissements"]),
                     "--unites-legales", str(stock_2027["unites_legales"]), "--libelles-naf", str(wrong),
                     "--territoire", TERRITORY, "--out", str(tmp_path / "e.gpkg"))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "no NAF 2025 sub-class" in result.stderr
    assert not (tmp_path / "e.gpkg").exists()
