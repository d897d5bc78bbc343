"""One behaviour, two homes: the same chain run by the command line into a study GeoPackage and into
a PostGIS schema (import, indicators, style, atlas, portrait) gives the same tables and figures as
the reference study, the same default style, the same atlas and portrait, and a study project that
records where its study is."""
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from qgis.core import QgsProject, QgsVectorLayer
from test_cli import run

from ess_territoires.gis.study import Study

HOMES = ("gpkg", "postgis")
EPCI = "200067999"  # CA du Beauvaisis: 53 communes
TABLES = ("communes", "epci", "pays", "etablissements_ess", "ess_communes", "emploi_communes",
          "indicateurs_communes", "indicateurs_epci", "indicateurs_pays", "dynamique_communes")


def pdf_pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def ran(*args):
    result = run(*args)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-3000:]
    return result


@pytest.fixture(scope="module")
def homes(beauvaisis_study, postgres_server, tmp_path_factory) -> dict:
    """home -> (location, outputs folder): the reference study's stock run through every command."""
    _reference, stock = beauvaisis_study
    found = {}
    for home in HOMES:
        folder = tmp_path_factory.mktemp(home)
        location = str(folder / "etude.gpkg") if home == "gpkg" else postgres_server.new_location("deux_foyers")
        ran("import-sirene", "--etablissements", str(stock["etablissements"]), "--unites-legales",
            str(stock["unites_legales"]), "--geolocalisation", str(stock["geolocalisation"]),
            "--territoire", f"epci:{EPCI}", "--out", location)
        ran("indicateurs", "--gpkg", location)
        ran("style", "--gpkg", location, "--couche", "indicateurs_communes", "--champ", "etab_ess_pour_10000_hab",
            "--methode", "quantiles", "--classes", "4")
        ran("atlas", "--gpkg", location, "--couverture", "communes", "--theme", "densite",
            "--out", str(folder / "atlas.pdf"))
        ran("portrait", "--gpkg", location, "--territoire", EPCI, "--out", str(folder / "portrait.pdf"))
        found[home] = (location, folder)
    return found


@pytest.fixture(params=HOMES)
def home(request, homes):
    return homes[request.param]


def without_run_times(frame: pd.DataFrame) -> pd.DataFrame:
    if "valeur" in frame.columns:
        frame = frame[~frame["valeur"].astype(str).str.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")]
    return frame.drop(columns=[c for c in ("date", "duree_s", "entrees") if c in frame.columns]) \
        .reset_index(drop=True)


@pytest.mark.parametrize("name", TABLES)
def test_the_tables_and_figures_are_those_of_the_reference_study(beauvaisis_study, home, name):
    reference, study = Study.open(beauvaisis_study[0]), Study.open(home[0])
    expected, got = reference.read(name), study.read(name)
    assert list(got.columns) == list(expected.columns)
    pd.testing.assert_frame_equal(without_run_times(got), without_run_times(expected), check_dtype=False)
    if reference.read_table(name).geometries[0] is not None:
        assert [g.ExportToWkt() for g in study.read_table(name).geometries] == \
            [g.ExportToWkt() for g in reference.read_table(name).geometries]


def test_the_run_log_holds_each_step(home):
    steps = list(Study.open(home[0]).read("imports")["etape"])
    assert steps == ["import_sirene", "indicateurs"]  # the import created the study


def style_classes(study: Study, name: str) -> list:
    layer = QgsVectorLayer(study.layer_uri(name), name, study.provider)
    assert layer.isValid() and study.has_default_style(name)
    _message, ok = layer.loadDefaultStyle()
    assert ok
    return [(round(r.lowerValue(), 6), round(r.upperValue(), 6)) for r in layer.renderer().ranges()]


def test_the_style_is_the_study_default_style_and_the_same_in_both_homes(homes):
    classes = {home: style_classes(Study.open(location), "indicateurs_communes")
               for home, (location, _folder) in homes.items()}
    assert len(classes["gpkg"]) == 4 and classes["postgis"] == classes["gpkg"]


def test_the_atlas_has_a_page_per_commune(home):
    assert pdf_pages(home[1] / "atlas.pdf") == 53


def test_the_portrait_is_written_and_saved_in_the_study_project(home, homes):
    location, folder = home
    pages = pdf_pages(folder / "portrait.pdf")
    assert pages == pdf_pages(homes["gpkg"][1] / "portrait.pdf") and pages >= 4
    study = Study.open(location)
    project = QgsProject()
    assert study.has_project() and project.read(study.project_location())
    assert any(layout.name().startswith("ESS portrait") for layout in project.layoutManager().layouts())
    assert project.readEntry("ess_territoires", "etude")[0] in (location, Path(location).name)
    assert all(layer.isValid() for layer in project.mapLayers().values())
