"""The dock panel offscreen, opened through the plugin: a study made and run through its own buttons."""
import re
import sqlite3
import subprocess
import time
import unicodedata

import pytest
from qgis.core import Qgis, QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QSettings

DEMO_ROWS = 20_000


def wait_for(panel, timeout=120):
    """Let the task manager and the event loop run until the panel is idle (bounded)."""
    deadline = time.monotonic() + timeout
    while (panel.is_running() or QgsApplication.taskManager().countActiveTasks()) and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()
    assert not panel.is_running(), "the step did not finish in time"


def bar_messages(iface, level):
    return [item.text() for item in iface.message_bar.items() if item.level() == level]


def table_counts(gpkg) -> dict:
    with sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True) as con:
        names = [row[0] for row in con.execute("SELECT table_name FROM gpkg_contents")]
        return {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


@pytest.fixture
def settings_file(tmp_path, monkeypatch):
    from ess_territoires.gui import settings

    path = tmp_path / "settings.ini"
    monkeypatch.setattr(settings, "store", lambda: QgsSettings(str(path), QSettings.Format.IniFormat))
    return path


@pytest.fixture
def plugin(iface, project, settings_file, monkeypatch):
    """The plugin loaded as QGIS loads it (its own provider), unloaded afterwards."""
    import ess_territoires
    from ess_territoires.gui import dock

    monkeypatch.setattr(dock, "DEMO_ROWS", DEMO_ROWS)
    registry = QgsApplication.processingRegistry()
    shared = registry.providerById("ess_territoires")
    if shared is not None:
        registry.removeProvider(shared)
    loaded = ess_territoires.classFactory(iface)
    loaded.initGui()
    try:
        yield loaded
    finally:
        loaded.unload()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        from ess_territoires.processing import runner
        runner._provider = None
        runner.register_providers()


def test_demo_chain_through_the_panel(plugin, iface, tmp_path):
    panel = plugin.dock
    plugin.action.trigger()
    panel.territory_combo.setCurrentIndex(panel.territory_combo.findData("pays-de-thierache"))
    folder = tmp_path / "etude"
    panel._ask_folder = lambda _title: str(folder)

    panel.new_study_button.click()
    assert panel.is_running()
    wait_for(panel)
    assert (folder / "observatoire.gpkg").exists() and (folder / "observatoire.qgz").exists()
    project = QgsProject.instance()
    assert project.mapLayersByName("Communes")[0].featureCount() == 160
    assert panel.atlas_pays_combo.findData("pays-de-thierache") > 0

    panel.demo_button.click()
    wait_for(panel)
    establishments = project.mapLayersByName("ESS establishments")
    assert establishments and establishments[0].featureCount() > 100
    assert panel.etab_file.filePath().endswith(".zip")

    panel.indicators_button.click()
    wait_for(panel)
    indicators = project.mapLayersByName("ESS indicators per commune")
    assert indicators and indicators[0].featureCount() == 160

    panel.map_layer_combo.setCurrentIndex(panel.map_layer_combo.findData("indicateurs_communes"))
    panel.map_field_combo.setCurrentIndex(panel.map_field_combo.findText("part_emploi_ess"))
    panel.map_method_combo.setCurrentIndex(panel.map_method_combo.findData("quantiles"))
    panel.map_classes_spin.setValue(4)
    panel.style_button.click()
    wait_for(panel)
    renderer = indicators[0].renderer()
    assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "part_emploi_ess"
    assert len(renderer.ranges()) == 4
    # drawn as the style of the project's theme of that field, which the atlas of that theme follows
    assert indicators[0].styleManager().currentStyle() == "Share of the ESS in salaried employment (%)"

    panel.atlas_coverage_combo.setCurrentIndex(0)
    panel.atlas_theme_combo.setCurrentIndex(panel.atlas_theme_combo.findData("densite"))
    panel.atlas_button.click()  # main thread, progress dialog
    wait_for(panel)
    text = subprocess.run(["pdftotext", str(folder / "atlas_pays.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    text = unicodedata.normalize("NFKC", text)  # undoes the PDF's ligatures (ﬁ)
    assert "Pays de Thiérache" in text and "Demonstration data (fictitious)" in text
    layouts = [layout.name() for layout in project.layoutManager().layouts()]
    assert any(name.startswith("ESS atlas") for name in layouts), layouts

    panel.workshop_layers_button.click()
    wait_for(panel)
    assert project.mapLayersByName("Workshop contributions")
    assert bar_messages(iface, Qgis.MessageLevel.Critical) == []

    # the portrait of an EPCI of the study (its Pays' EPCIs follow the Pays in the list)
    assert panel.portrait_territory_combo.findData("pays-de-thierache") == 0
    panel.portrait_territory_combo.setCurrentIndex(panel.portrait_territory_combo.findData("240200444"))
    panel.portrait_button.click()  # main thread, like the atlas
    wait_for(panel)
    assert (folder / "portrait_240200444.pdf").exists()
    assert bar_messages(iface, Qgis.MessageLevel.Critical) == []
    layouts = [layout.name() for layout in project.layoutManager().layouts()]
    assert "ESS portrait — Communauté de communes de la Thiérache du Centre" in layouts

    # the study's project was saved with all of it; the panel remembers the choices
    reopened = QgsProject()
    assert reopened.read(str(folder / "observatoire.qgz"))
    assert {layout.name() for layout in reopened.layoutManager().layouts()} == set(layouts)
    from ess_territoires.gui.settings import PanelSettings
    remembered = PanelSettings.load()
    assert remembered.study_folder == str(folder) and remembered.territory == "pays-de-thierache"
    assert remembered.map_field == "part_emploi_ess" and remembered.atlas_theme == "densite"


@pytest.fixture(scope="module")
def stock(qgis_app, tmp_path_factory):
    from ess_territoires.gis.study_folder import (
        create_study_folder,
        generate_demo_stock,
    )

    base = tmp_path_factory.mktemp("cancel")
    study = create_study_folder(base / "etude", "pays-de-thierache")
    return base, generate_demo_stock(study.study, base / "sirene", rows=DEMO_ROWS)


def test_cancel_a_running_import_leaves_the_study_unchanged(plugin, iface, stock):
    from ess_territoires.processing.runner import processing_run

    base, files = stock
    folder = base / "etude"
    gpkg = folder / "observatoire.gpkg"
    processing_run("ess_territoires:import_sirene", {
        "ETABLISSEMENTS": str(files["etablissements"]), "UNITES_LEGALES": str(files["unites_legales"]),
        "OUTPUT": str(gpkg)})
    before = table_counts(gpkg)
    panel = plugin.dock
    panel.open_study(str(folder))
    panel.etab_file.setFilePath(str(files["etablissements"]))
    panel.ul_file.setFilePath(str(files["unites_legales"]))
    panel.geo_file.setFilePath(str(files["geolocalisation"]))

    panel.import_sirene_button.click()
    task = panel.task
    assert task is not None and panel.cancel_button.isEnabled()
    deadline = time.monotonic() + 60
    while task.status() != task.Running or task.progress() <= 0:  # cancel while it reads the files
        assert time.monotonic() < deadline and panel.task is task
        QCoreApplication.processEvents()
        time.sleep(0.001)
    panel.cancel_button.click()
    wait_for(panel)
    assert panel.status_label.text() == "Cancelled: nothing was written."
    assert bar_messages(iface, Qgis.MessageLevel.Critical) == []
    assert table_counts(gpkg) == before
    leftovers = [p.name for p in folder.iterdir() if p.name not in ("observatoire.gpkg", "observatoire.qgz")]
    assert leftovers == []
    # the panel is usable again, and the same import then runs to its end
    panel.import_sirene_button.click()
    wait_for(panel)
    assert "Cancelled" not in panel.status_label.text()
    assert table_counts(gpkg)["imports"] == before["imports"] + 1


def test_a_running_import_shows_percent_and_time_left(plugin, iface, stock, monkeypatch):
    from ess_territoires.core import progress

    class SteadyClock:  # one second per reading: the estimate does not depend on this machine's speed
        now = 0.0

        def __call__(self):
            self.now += 1.0
            return self.now

    monkeypatch.setattr(progress, "clock", SteadyClock())
    base, files = stock
    panel = plugin.dock
    panel.open_study(str(base / "etude"))
    panel.etab_file.setFilePath(str(files["etablissements"]))
    panel.ul_file.setFilePath(str(files["unites_legales"]))
    panel.import_sirene_button.click()
    seen = set()
    deadline = time.monotonic() + 120
    while panel.is_running() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        seen.add(panel.status_label.text())
        time.sleep(0.001)
    wait_for(panel)
    estimates = [text for text in seen if text.startswith("Importing SIRENE… ") and " left)" in text]
    assert estimates, seen
    assert all(re.fullmatch(r"Importing SIRENE… \d+ % \(about \d+ (s|min \d\d s) left\)", t) for t in estimates)
    assert panel.status_label.text() == "Done."


def test_bad_input_goes_to_the_message_bar_and_the_log(plugin, iface, tmp_path):
    logged = []
    QgsApplication.messageLog().messageReceived.connect(lambda text, tag, level: logged.append((tag, text)))
    panel = plugin.dock
    panel.open_study(str(tmp_path / "not_a_study"))
    assert any("holds no observatoire.qgz" in text for text in bar_messages(iface, Qgis.MessageLevel.Critical))
    assert any(tag == "ESS Territoires" and "observatoire.qgz" in text for tag, text in logged)


def test_settings_round_trip_and_network_keys(settings_file):
    from ess_territoires.gis import network
    from ess_territoires.gui import settings

    values = settings.PanelSettings.load()
    assert values == settings.PanelSettings()
    assert values.api_url == "https://recherche-entreprises.api.gouv.fr"
    assert values.geo_url == "https://geo.api.gouv.fr"
    values.offline, values.map_classes, values.atlas_format = True, 7, "A3"
    values.api_url = "http://127.0.0.1:9/api"
    values.save()
    again = settings.PanelSettings.load()
    assert again == values
    # the network module reads the same keys, those gis/network.py documents
    assert network.load_settings(settings.store()).offline is True
    assert network.load_settings(settings.store()).api_url == "http://127.0.0.1:9/api"
    saved = settings_file.read_text()
    assert "[ess_territoires]" in saved and "offline=true" in saved
    assert "api_recherche_entreprises_url=http://127.0.0.1:9/api" in saved
    assert "panel\\map_classes=7" in saved


def test_the_api_step_fetches_the_finances_when_asked(plugin, iface, tmp_path):
    from ess_territoires.gis.study_folder import create_study_folder
    from ess_territoires.gui.settings import PanelSettings
    from tests.fakes.fake_recherche_entreprises import FakeRechercheEntreprises

    study = create_study_folder(tmp_path / "etude", "communes:02021,02038")
    with FakeRechercheEntreprises() as fake:
        unit = fake.add_unit(["02021", "02038"], epci_of={"02021": "240200634", "02038": "240200634"},
                             nature="5458", section="G", finances={"2023": {"ca": 812_000, "resultat_net": 9_000}},
                             est_siae=True, type_siae="EI")
        panel = plugin.dock
        panel.open_study(str(study.folder))
        panel.api_url_edit.setText(fake.url)
        assert not panel.finances_check.isChecked()
        panel.finances_check.setChecked(True)
        panel.import_api_button.click()
        wait_for(panel)
        assert [r.query.get("q") for r in fake.requests if "q" in r.query] == []  # reused the territory answer
    assert bar_messages(iface, Qgis.MessageLevel.Critical) == []
    with sqlite3.connect(f"file:{study.gpkg}?mode=ro", uri=True) as con:
        rows = con.execute("SELECT siren, annee, ca, resultat_net, est_siae, type_siae FROM finances_unites").fetchall()
    assert rows == [(unit["siren"], 2023, 812_000, 9_000, 1, "EI")]
    assert PanelSettings.load().api_finances is True


def test_the_sirene_step_takes_the_history_and_an_earlier_stock(plugin, iface, tmp_path):
    import json
    from datetime import date

    from ess_territoires.core import reference
    from ess_territoires.core.synthetic import generate_sirene
    from ess_territoires.gis.study_folder import create_study_folder

    codes = ["02691", "02408"]  # Saint-Quentin and Laon: enough establishments for both stocks
    study = create_study_folder(tmp_path / "etude", "communes:" + ",".join(codes))
    communes = reference.communes_france()
    stock = generate_sirene(communes[communes["code_commune"].isin(codes)], tmp_path / "sirene", seed=3,
                            departements=["02"], earlier_date=date(2021, 10, 31))
    panel = plugin.dock
    panel.open_study(str(study.folder))
    panel.etab_file.setFilePath(str(stock["etablissements"]))
    panel.ul_file.setFilePath(str(stock["unites_legales"]))
    panel.history_file.setFilePath(str(stock["historique"]))
    panel.import_sirene_button.click()
    wait_for(panel)
    panel.etab_file.setFilePath(str(stock["etablissements_anterieur"]))
    panel.ul_file.setFilePath(str(stock["unites_legales_anterieur"]))
    panel.history_file.setFilePath("")
    panel.earlier_stock_check.setChecked(True)
    panel.import_sirene_button.click()
    wait_for(panel)
    assert bar_messages(iface, Qgis.MessageLevel.Critical) == []
    with sqlite3.connect(f"file:{study.gpkg}?mode=ro", uri=True) as con:
        settings = dict(con.execute("SELECT cle, valeur FROM etude").fetchall())
        steps = con.execute("SELECT etape, comptes FROM imports ORDER BY fid").fetchall()
        years = con.execute("SELECT count(*) FROM dynamique_communes").fetchone()[0]
        earlier = con.execute("SELECT sum(nb_etab) FROM ess_communes_anterieur").fetchone()[0]
    assert (settings["date_stock"], settings["date_stock_anterieur"]) == ("2026-10-31", "2021-10-31")
    assert [step for step, _ in steps][-2:] == ["import_sirene", "import_sirene_anterieur"]
    assert json.loads(steps[-2][1])["fermetures_datees_historique"] > 0
    assert years == 20 and earlier > 0


def test_the_panel_follows_the_project_however_it_was_opened(plugin, iface, tmp_path):
    """A study's project records its study (ess_territoires/etude); reading it in QGIS by any way (here
    QgsProject.read, as the Browser and the recent projects do) makes it the panel's study."""
    from ess_territoires.gis.project import PROPERTY_KEY, PROPERTY_SCOPE, study_location
    from ess_territoires.gis.study_folder import create_study_folder

    study = create_study_folder(tmp_path / "etude", "pays-de-thierache")
    check = QgsProject()
    assert check.read(str(study.qgz))
    assert check.readEntry(PROPERTY_SCOPE, PROPERTY_KEY, "")[0] == "observatoire.gpkg"  # relative: the folder moves
    assert study_location(check) == str(study.gpkg)

    panel = plugin.dock
    plugin.action.trigger()
    assert panel.location is None and "No study open" in panel.study_label.text()
    assert not panel.import_sirene_button.isEnabled() and panel.new_study_button.isEnabled()
    project = QgsProject.instance()
    assert project.read(str(study.qgz))
    assert panel.location == str(study.gpkg)
    assert "Pays de Thiérache" in panel.study_label.text()
    # steps as the study allows: the sources now; indicators, maps and portrait need what comes before
    assert panel.import_sirene_button.isEnabled() and panel.atlas_button.isEnabled()
    assert not panel.indicators_button.isEnabled()
    assert not panel.style_button.isEnabled() and not panel.portrait_button.isEnabled()
    project.clear()
    assert panel.location is None and not panel.import_sirene_button.isEnabled()

    # a project that is not a study's leaves the panel without a study
    other = tmp_path / "other.qgz"
    project.write(str(other))
    project.clear()
    assert project.read(str(other)) and panel.location is None


def test_data_steps_run_as_processing_tasks(plugin, iface, tmp_path, monkeypatch):
    """The panel's data steps run through QGIS's QgsProcessingAlgRunnerTask, not a task of its own."""
    from qgis.core import QgsProcessingAlgRunnerTask

    from ess_territoires.gis.study_folder import create_study_folder

    study = create_study_folder(tmp_path / "etude", "communes:02021,02038")
    panel = plugin.dock
    assert QgsProject.instance().read(str(study.qgz))
    seen = []
    monkeypatch.setattr(panel, "_task", lambda step, task_of=panel._task: (seen.append(step) or task_of(step)))
    panel.offline_check.setChecked(True)
    panel.import_api_button.click()
    assert isinstance(panel.task, QgsProcessingAlgRunnerTask)
    wait_for(panel)
    assert [step.algorithm for step in seen] == ["import_api"]
    # an algorithm's own error reaches the message bar (offline without a cache)
    assert any("Offline mode" in text for text in bar_messages(iface, Qgis.MessageLevel.Critical))


def test_take_offline_bring_back_and_choose_a_conflict_in_the_panel(plugin, iface, tmp_path, monkeypatch):
    """The team's study taken offline from the panel, the copy opened as on the meeting laptop and brought
    back from there; the conflict listed in the team's study and resolved with a button."""
    from test_offline import add, commune_point, contribution, edit, rows

    from ess_territoires.gis import conflicts, tracking
    from ess_territoires.gis import contributions as c
    from ess_territoires.gis.study import Study
    from ess_territoires.gis.study_folder import create_study_folder
    from ess_territoires.gui import offline_panel

    team = create_study_folder(tmp_path / "equipe", "communes:02021,02038")
    study = Study.open(team.gpkg)
    c.ensure_tables(study)
    (key,) = add(study, c.POINTS, [contribution("levier", "A")], commune_point(study))
    panel = plugin.dock
    project = QgsProject.instance()
    assert project.read(str(team.qgz)) and panel.take_offline_button.isEnabled()
    panel.author_edit.setText("Claire")
    panel.author_edit.editingFinished.emit()
    assert tracking.author() == "Claire"
    folder = tmp_path / "reunion"
    monkeypatch.setattr(offline_panel.QFileDialog, "getExistingDirectory", lambda *args: str(folder))
    panel.take_offline_button.click()
    wait_for(panel)
    assert (folder / "observatoire.qgz").exists(), bar_messages(iface, Qgis.MessageLevel.Critical)
    copy = Study.open(folder / "observatoire.gpkg")

    edit(copy, c.POINTS, key, description="A selon la réunion")
    (new,) = add(copy, c.POINTS, [contribution("projet", "Nouveau")], commune_point(copy))
    edit(study, c.POINTS, key, description="A selon le bureau")

    assert project.read(str(folder / "observatoire.qgz"))  # the meeting laptop, back on the network
    assert panel.location == str(folder / "observatoire.gpkg")
    assert "offline copy of" in panel.copy_label.text()
    panel.bring_back_button.click()
    wait_for(panel)
    assert not bar_messages(iface, Qgis.MessageLevel.Critical)
    assert rows(study, c.POINTS)[new]["description"] == "Nouveau"
    assert any("1 conflicts to resolve" in text for text in bar_messages(iface, Qgis.MessageLevel.Warning))

    assert project.read(str(team.qgz))
    assert panel.conflicts_list.count() == 1
    panel.conflicts_list.setCurrentRow(0)
    details = panel.conflict_details.text()
    assert "A selon le bureau" in details and "A selon la réunion" in details
    panel.keep_copy_button.click()
    wait_for(panel)
    assert rows(study, c.POINTS)[key]["description"] == "A selon la réunion"
    assert panel.conflicts_list.count() == 0 and conflicts.open_conflicts(study).empty
    layer = next(layer for layer in project.mapLayers().values() if layer.name() == "Workshop contributions")
    assert {f["description"] for f in layer.getFeatures()} == {"A selon la réunion", "Nouveau"}
    tracking.set_panel_author("")
