"""A study opened in the real QGIS application, as a user opens it: `qgis` in a window on a virtual
display (Xvfb), the packaged plugin (the zip of `make package`) installed in a fresh profile, in
English and in French.

The test builds its own small study (the Grand Beauvaisis with a synthetic SIRENE stock of the
Oise: import and indicators through the Processing algorithms, then the study's project, as the
panel writes it). QGIS opens the project given on its command line; tests/qgis/window_check.py,
run inside QGIS, looks at the window and opens the panel from the plugin's own action; this test
judges what it saw: the map shows the study, no warning anywhere, the panel knows the open study
and fits a 360-pixel-wide dock.
"""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import qgis_window  # noqa: E402

pytestmark = pytest.mark.skipif(bool(qgis_window.missing_tools()), reason=qgis_window.missing_tools())

TERRITORY = "grand-beauvaisis"
QGIS_TIMEOUT = 300  # seconds: QGIS starts in 10-30 s on a busy machine; the run itself takes a few more
WARNING, CRITICAL = 1, 2  # Qgis.MessageLevel
STEP_TITLES = {"en": ["1. Territory", "2. Sources", "3. Indicators", "4. Maps", "5. Atlas", "6. Workshops"],
               "fr": ["1. Territoire", "2. Sources", "3. Indicateurs", "4. Cartes", "5. Atlas", "6. Ateliers"]}


@pytest.fixture(scope="module")
def study_project(qgis_app, tmp_path_factory):
    """A small study folder (observatoire.gpkg and observatoire.qgz), built as a user builds one."""
    from qgis.core import QgsProject

    from ess_territoires.core import reference
    from ess_territoires.core.synthetic import generate_sirene
    from ess_territoires.gis import study_folder
    from ess_territoires.gis.sampling import CommunePointSampler
    from ess_territoires.processing.runner import processing_run

    folder = tmp_path_factory.mktemp("fenetre") / "etude"
    communes = reference.communes_france()
    stock = generate_sirene(communes[communes["code_departement"] == "60"], folder.parent / "sirene", seed=7,
                            national_rows=8000, point_sampler=CommunePointSampler())
    study = study_folder.new_study_paths(folder)
    processing_run("ess_territoires:etude", {"TERRITOIRE": TERRITORY, "OUTPUT": str(study.gpkg)})
    processing_run("ess_territoires:import_sirene", {
        "ETABLISSEMENTS": str(stock["etablissements"]), "UNITES_LEGALES": str(stock["unites_legales"]),
        "GEOLOCALISATION": str(stock["geolocalisation"]), "OUTPUT": str(study.gpkg)})
    processing_run("ess_territoires:indicateurs", {"GPKG": str(study.gpkg)})
    project = QgsProject()
    study_folder.save_study(project, folder, title=study_folder.territory_title(TERRITORY))
    title = project.title()
    project.clear()
    return study.qgz, title


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist") / "ess_territoires.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--out", str(out)], check=True,
                   capture_output=True)
    return out


@pytest.fixture(scope="module", params=["en", "fr"])
def seen(request, study_project, plugin_zip, tmp_path_factory):
    """What the real QGIS window showed, in English then in French (and its picture, for whoever
    looks into a failure: fenetre_LANGUAGE.png in the test's temporary folder)."""
    qgz, title = study_project
    picture = tmp_path_factory.mktemp("fenetre") / f"fenetre_{request.param}.png"
    report = qgis_window.run_qgis(Path(__file__).parent / "window_check.py", qgz, plugin_zip,
                                  language=request.param, args={"picture": str(picture)}, timeout=QGIS_TIMEOUT)
    report["language"], report["study_title"] = request.param, title
    return report


def test_qgis_runs_the_plugin_in_the_language(seen):
    assert not seen["errors"], seen["errors"]
    assert seen["plugin_loaded"], seen["printed"]
    assert seen["locale"].startswith(seen["language"])
    assert seen["map_drawn"], "the canvas never finished drawing"


def test_the_map_shows_the_study(seen):
    from ess_territoires.gis import styles

    canvas = seen["canvas"]
    assert canvas["crs"] == "EPSG:2154"
    # a territory some 60 km wide in a window of ~1,000 pixels: 1:200,000 to 1:1,000,000, never 1:1
    assert 100_000 < canvas["scale"] < 2_000_000, canvas
    xmin, ymin, xmax, ymax = canvas["extent"]
    cxmin, cymin, cxmax, cymax = canvas["communes_extent"]
    assert xmin <= cxmin and ymin <= cymin and cxmax <= xmax and cymax <= ymax, canvas  # the whole study in view
    # ... and filling the view: the study spans most of its width or of its height
    assert max((cxmax - cxmin) / (xmax - xmin), (cymax - cymin) / (ymax - ymin)) > 0.6, canvas
    drawn = 1 - canvas["colours"].get(canvas["background"], 0)
    assert drawn > 0.25, canvas  # drawn, not blank
    # the map it opens on (the choropleth of the establishments per 10,000 inhabitants) shows, in
    # the palette's colours, not hidden under a territory layer in a colour of QGIS's choosing
    sequential = {colour.lower() for scheme in styles.palettes()["sequentielles"].values()
                  for colours in scheme["classes"].values() for colour in colours}
    assert sum(share for colour, share in canvas["colours"].items() if colour in sequential) > 0.2, canvas
    assert seen["project"]["visible_layers"], seen["project"]


_qgis_own = {}


def qgis_own_warnings(language: str) -> set:
    """The texts of the warnings QGIS shows in its message bar on this machine with neither the plugin
    nor a project (QGIS 3.40 offline: "Open Sans font installation failed"), in ``language``: QGIS's
    own, not the study's. Asked of QGIS once per language, and only when the study's run had some."""
    if language not in _qgis_own:
        report = qgis_window.run_qgis(Path(__file__).parent / "window_baseline.py", None, None, language=language,
                                      args={"wait": 10}, timeout=QGIS_TIMEOUT)
        _qgis_own[language] = {message["text"] for message in report["message_bar"]}
    return _qgis_own[language]


def test_opening_the_study_changes_nothing_and_warns_of_nothing(seen):
    assert not seen["project"]["dirty"], "QGIS would ask to save a project the user did not change"
    warnings = [message for message in seen["message_bar"] if message["level"] in (WARNING, CRITICAL)]
    if warnings:
        warnings = [message for message in warnings if message["text"] not in qgis_own_warnings(seen["language"])]
    assert not warnings, warnings
    ours = [message for message in seen["log"] if message["level"] in (WARNING, CRITICAL)
            and (message["tag"] == "ESS Territoires" or "ess_territoires" in message["message"])]
    assert not ours, ours


def test_the_panel_opened_from_its_action_shows_the_open_study(seen):
    panel = seen["panel"]
    assert panel["found"] and panel["action"], panel
    assert not panel["visible_before"]  # hidden until asked for
    assert panel["visible"], "the plugin's action did not show the panel"
    assert seen["study_title"] in panel["study_text"], panel["study_text"]
    assert panel["territory"] == "Grand Beauvaisis"  # its territory step shows the study's territory
    assert panel["steps"][:6] == STEP_TITLES[seen["language"]]
    # the study has its establishments and indicators: every step can run; nothing is running to cancel
    expected = {name: name != "cancel_button" for name in panel["buttons"]}
    assert panel["buttons"] == expected
    for name in ("new_study_button", "import_sirene_button", "indicators_button", "style_button", "atlas_button",
                 "export_button"):
        assert name in panel["buttons"], name


def test_the_panel_fits_a_360_pixel_dock(seen):
    panel = seen["panel"]
    assert panel["width"] <= 360, f"the dock cannot be narrower than {panel['width']} px"
    for page in panel["pages"]:
        assert not page["horizontal_scroll_bar"], page["title"]
        assert not page["cut"], (page["title"], page["cut"])
