"""A step run from the Processing toolbox (``processing.run``, as the toolbox runs it) on a study in
PostGIS stores the study's QGIS project in its schema, up to date after each step; on a GeoPackage
study nothing is written to a database. The command line prints where the project went."""
import sys

import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeedback, QgsProject

from ess_territoires.gis import project as study_project
from ess_territoires.gis.study import Study
from ess_territoires.gis.study_folder import generate_demo_stock
from ess_territoires.processing.base import PROJECT_OUTPUT
from ess_territoires.processing.runner import processing_run

TERRITORY = "epci:240200600"  # Trois Rivières (Thiérache)


@pytest.fixture(scope="module")
def toolbox(qgis_app):
    """QGIS's own Processing framework (the toolbox's ``processing.run``), with our provider."""
    sys.path.append(QgsApplication.pkgDataPath() + "/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from qgis import processing  # its run, once the Processing plugin is loaded

    return processing


class Messages(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos, self.errors = [], []

    def pushInfo(self, info):
        self.infos.append(info)

    def reportError(self, error, fatalError=False):
        self.errors.append(error)


def stored_project(location) -> QgsProject:
    study = Study.open(location)
    assert study.has_project()
    project = QgsProject()
    assert project.read(study.project_location()), project.error()
    return project


def stored_rows(server, schema) -> int:
    return server.sql(server.DATABASE, f"SELECT count(*) FROM {schema}.qgis_projects WHERE name = 'observatoire'")[0][0]


def study_layers(project, location) -> dict:
    study = Study.open(location)
    return {study.layer_name_of(layer.source()): layer for layer in project.mapLayers().values()
            if study.layer_name_of(layer.source())}


def test_each_toolbox_step_stores_the_study_project_in_the_schema(toolbox, postgres_server, project, tmp_path):
    location = postgres_server.new_location("boite_a_outils")
    schema = location.rsplit("=", 1)[1]
    feedback = Messages()
    result = toolbox.run("ess_territoires:etude", {"TERRITOIRE": TERRITORY, "OUTPUT": location}, feedback=feedback)
    study = Study.open(location)
    assert result[PROJECT_OUTPUT] == study.project_location() and stored_rows(postgres_server, schema) == 1
    assert f"QGIS project of the study stored in the database: {study.project_location()}" in feedback.infos
    stored = stored_project(location)
    assert stored.readEntry("ess_territoires", "etude", "")[0] == location
    assert study_project.study_location(stored) == location
    layers = study_layers(stored, location)
    assert set(layers) == {"communes", "epci", "pays"} and all(layer.isValid() for layer in layers.values())
    assert all(layer.providerType() == "postgres" for layer in layers.values())

    stock = generate_demo_stock(study, tmp_path / "stock", rows=3000)
    toolbox.run("ess_territoires:import_sirene", {"ETABLISSEMENTS": str(stock["etablissements"]),
                                                   "UNITES_LEGALES": str(stock["unites_legales"]),
                                                   "GEOLOCALISATION": str(stock["geolocalisation"]),
                                                   "OUTPUT": location})
    layers = study_layers(stored_project(location), location)
    assert "etablissements_ess" in layers and "indicateurs_communes" not in layers

    result = toolbox.run("ess_territoires:indicateurs", {"GPKG": location})
    assert result[PROJECT_OUTPUT] == study.project_location() and result["GPKG"] == location
    stored = stored_project(location)
    layers = study_layers(stored, location)
    assert {"indicateurs_communes", "indicateurs_communes_points"} <= set(layers)
    indicators = layers["indicateurs_communes"]
    assert indicators.isValid() and indicators.featureCount() == len(study.read("communes"))

    toolbox.run("ess_territoires:style", {"GPKG": location, "COUCHE": "indicateurs_communes",
                                          "CHAMP": "part_emploi_ess", "METHODE": "quantiles", "CLASSES": 4})
    stored = stored_project(location)
    renderer = study_layers(stored, location)["indicateurs_communes"].renderer()
    assert renderer.classAttribute() == "part_emploi_ess" and len(renderer.ranges()) == 4
    assert stored_rows(postgres_server, schema) == 1  # one project, updated in place


def test_the_open_study_project_is_the_one_updated_and_stored(toolbox, postgres_server, project):
    """The study's project open in QGIS (the panel's, or opened from the Browser): the step updates that
    project and stores it, so that saving it later keeps what the step added."""
    from qgis.core import QgsLayoutItemMap, QgsPrintLayout

    location = postgres_server.new_location("projet_ouvert")
    toolbox.run("ess_territoires:etude", {"TERRITOIRE": TERRITORY, "OUTPUT": location})
    study = Study.open(location)
    assert study_project.read_study_project(project, study)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("Carte du bureau")
    layout.addLayoutItem(QgsLayoutItemMap(layout))
    project.layoutManager().addLayout(layout)
    toolbox.run("ess_territoires:contributions", {"GPKG": location})
    assert {"contributions_atelier", "enquetes", "recommandations"} <= set(study_layers(project, location))
    assert not project.isDirty()
    stored = stored_project(location)
    assert {"contributions_atelier", "enquetes", "recommandations"} <= set(study_layers(stored, location))
    assert stored.layoutManager().layoutByName("Carte du bureau") is not None


def test_a_geopackage_study_writes_nothing_to_a_database(toolbox, tmp_path, project):
    path = tmp_path / "etude.gpkg"
    result = toolbox.run("ess_territoires:etude", {"TERRITOIRE": TERRITORY, "OUTPUT": str(path)})
    assert PROJECT_OUTPUT not in result and Study.open(path).is_study()
    assert not (tmp_path / "etude.qgz").exists()  # its project is the study folder's, saved by the panel
    result = toolbox.run("ess_territoires:contributions", {"GPKG": str(path)})
    assert PROJECT_OUTPUT not in result and not (tmp_path / "etude.qgz").exists()


def test_a_project_that_cannot_be_stored_is_said_and_the_data_kept(postgres_server, project, monkeypatch):
    from ess_territoires.core.errors import InputError

    location = postgres_server.new_location("refus")

    def refuse(*_args, **_kwargs):
        raise InputError("permission denied for table qgis_projects")

    monkeypatch.setattr(study_project, "store_study_project", refuse)
    feedback = Messages()
    with pytest.raises(QgsProcessingException, match="The study was written, but its QGIS project could not be "
                                                     "stored in the database: permission denied"):
        processing_run("ess_territoires:etude", {"TERRITOIRE": TERRITORY, "OUTPUT": location}, feedback)
    assert Study.open(location).is_study() and not Study.open(location).has_project()
    assert any("could not be stored" in error for error in feedback.errors)
