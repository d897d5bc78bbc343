"""A study in a PostgreSQL database chosen in the panel through a QGIS saved connection: its project
stored in the schema (a colleague opens it from the Browser), the password only in QGIS's
authentication manager, never in the project, the settings, the run log or QGIS's log."""
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import test_gui_panel
from qgis.core import QgsProject, QgsProviderRegistry

from ess_territoires.gis.study import Study

ROOT = Path(__file__).resolve().parents[2]
SECRET = "Ce-mot-de-passe-ne-sort-pas-42"
# the panel loaded as QGIS loads it, with settings of its own
settings_file = test_gui_panel.settings_file
plugin = test_gui_panel.plugin
wait_for = test_gui_panel.wait_for


def stored_project_files(cluster, schema) -> dict:
    """The files of the project stored in the schema (QGIS keeps a .qgz: a zip) by name."""
    (content,) = cluster.sql(cluster.DATABASE, f"SELECT content FROM {schema}.qgis_projects "
                                               "WHERE name = 'observatoire'")[0]
    with zipfile.ZipFile(io.BytesIO(bytes(content))) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.fixture
def saved_connection(qgis_app, postgres_server):
    """A QGIS saved PostgreSQL connection to the test database (trust: no password needed)."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(
        f"host=127.0.0.1 port={postgres_server.port} dbname={postgres_server.DATABASE} user=postgres",
        {"saveUsername": True})
    metadata.saveConnection(connection, "Observatoire (tests)")
    yield "Observatoire (tests)"
    metadata.deleteConnection("Observatoire (tests)")


def test_the_panel_opens_a_study_in_a_database_through_a_saved_connection(plugin, iface, saved_connection,
                                                                           postgres_server, monkeypatch):
    from ess_territoires.gis import project as study_project
    from ess_territoires.gis.project import study_location

    panel = plugin.dock
    panel.territory_combo.setCurrentIndex(panel.territory_combo.findData("pays-de-thierache"))
    panel.open_database_study(saved_connection, "thierache_equipe")  # a new schema: the study is created
    wait_for(panel)
    location = f"postgresql://postgres@127.0.0.1:{postgres_server.port}/ess?schema=thierache_equipe"
    assert panel.gpkg == location and panel.in_database, [item.text() for item in iface.message_bar.items()]
    study = Study.open(location)
    assert study.territory() == "pays-de-thierache" and len(study.read("communes")) == 160
    assert study.has_project() and "qgis_projects" not in study.layer_names()
    project = QgsProject.instance()
    assert project.fileName().startswith("postgresql:") and study_location(project) == location
    assert {layer.name() for layer in project.mapLayers().values()} >= {"Communes", "EPCI", "Pays"}
    assert all(layer.isValid() for layer in project.mapLayers().values())
    # the steps run on it: data and indicators through the panel, the project stored again in the schema
    panel.demo_button.click()
    wait_for(panel)
    assert panel.indicators_button.isEnabled()
    saved = []  # the step stores the open project itself (processing.base); the panel does not again
    save_project = study_project.save_project
    monkeypatch.setattr(study_project, "save_project", lambda *args, **kwargs: (
        saved.append(args[0]), save_project(*args, **kwargs))[1])
    panel.indicators_button.click()
    wait_for(panel)
    assert study.has("indicateurs_communes")
    assert saved == [project] and not project.isDirty()
    assert any(study.layer_name_of(layer.source()) == "indicateurs_communes" for layer in project.mapLayers().values())
    stored = QgsProject()
    assert stored.read(study.project_location())
    assert any(study.layer_name_of(layer.source()) == "indicateurs_communes" for layer in stored.mapLayers().values())
    # a colleague opening the stored project (the Browser reads the same location) gets the study in the panel
    project.clear()
    assert panel.gpkg is None
    assert project.read(study.project_location())
    assert panel.gpkg == location


def test_a_schema_name_that_cannot_hold_a_study_is_refused_with_a_message(plugin, iface, saved_connection):
    panel = plugin.dock
    panel.open_database_study(saved_connection, "Pas;Un;Schéma")
    assert panel.gpkg is None
    assert any("cannot hold a study" in item.text() for item in iface.message_bar.items())


AUTH_SCRIPT = r"""
import json, sys
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsMessageLog, QgsProviderRegistry
app = QgsApplication([], False, sys.argv[1])
app.initQgis()
sys.path[:0] = [sys.argv[2], sys.argv[2] + "/tests/qgis"]
from ess_territoires.processing.runner import processing_run, start_qgis
start_qgis()
port, secret = sys.argv[3], sys.argv[4]
logged = []
QgsApplication.messageLog().messageReceived.connect(lambda message, *_: logged.append(message))
auth = QgsApplication.authManager()
assert auth.setMasterPassword("maitre-des-cles", True)
config = QgsAuthMethodConfig("Basic")
config.setName("observatoire")
config.setConfig("username", "cress")
config.setConfig("password", secret)
assert auth.storeAuthenticationConfig(config)[0]
metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
metadata.saveConnection(metadata.createConnection(
    f"host=127.0.0.1 port={port} dbname=ess authcfg={config.id()}", {}), "Observatoire")
from ess_territoires.gui.database_study import study_location
from ess_territoires.gis.study import Study
location = study_location("Observatoire", "etude_cress")
processing_run("ess_territoires:etude", {"TERRITOIRE": "pays-de-thierache", "OUTPUT": location})
from ess_territoires.gis.study_folder import generate_demo_stock
stock = generate_demo_stock(Study.open(location), sys.argv[1] + "/../stock", rows=5000)
processing_run("ess_territoires:import_sirene", {"ETABLISSEMENTS": str(stock["etablissements"]),
    "UNITES_LEGALES": str(stock["unites_legales"]), "OUTPUT": location})
stored = processing_run("ess_territoires:indicateurs", {"GPKG": location})["PROJET"]  # stored by the step
from qgis.core import QgsProject
project = QgsProject()
valid = project.read(stored) and all(layer.isValid() for layer in project.mapLayers().values())
from qgis.core import QgsSettings
settings = QgsSettings()
settings.sync()
print(json.dumps({"location": location, "authcfg": config.id(), "stored": stored, "valid": valid,
                  "layers": len(project.mapLayers()), "log": logged, "settings": settings.fileName()}))
"""


def test_the_password_stays_in_the_authentication_manager(postgres_server, tmp_path):
    """A role that must give its password, a QGIS connection with an authentication configuration:
    the study is written and its project stored through it, and the password is nowhere else."""
    postgres_server.add_password_role("cress", SECRET)
    profile = tmp_path / "profil"
    env = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    env.update({"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PGPASSFILE": str(tmp_path / "aucun"),
                "LANG": "C.UTF-8"})
    result = subprocess.run([sys.executable, "-c", AUTH_SCRIPT, str(profile), str(ROOT), str(postgres_server.port),
                             SECRET], capture_output=True, text=True, env=env, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    location = outcome["location"]
    assert f"authcfg={outcome['authcfg']}" in location and "cress@" not in location
    assert outcome["valid"] and outcome["layers"] >= 3  # the stored project opens, through the manager
    assert Study.open(f"postgresql://postgres@127.0.0.1:{postgres_server.port}/ess?schema=etude_cress").territory() \
        == "pays-de-thierache"
    assert postgres_server.sql("ess", "SELECT tableowner FROM pg_tables WHERE schemaname = 'etude_cress' "
                                      "AND tablename = 'communes'") == [("cress",)]
    # nowhere: the stored project, the QGIS settings and profile, the run log and the study's settings, the logs
    files = stored_project_files(postgres_server, "etude_cress")
    assert any(f"authcfg={outcome['authcfg']}".encode() in content for content in files.values())
    assert not any(SECRET.encode() in content for content in files.values())
    for path in tmp_path.rglob("*"):  # the home folder of the run: QGIS's settings, profile, auth database
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path
    settings = Path(outcome["settings"]).read_bytes()
    assert outcome["settings"].startswith(str(tmp_path)) and b"Observatoire" in settings
    assert outcome["authcfg"].encode() in settings  # the saved connection, by its authcfg id
    for table in ("imports", "etude"):
        rows = postgres_server.sql("ess", f"SELECT * FROM etude_cress.{table}")
        assert rows and SECRET not in repr(rows)
    assert SECRET not in result.stdout + result.stderr
