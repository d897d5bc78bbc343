"""Real QGIS, offscreen, once per test session; a QGIS-like main window for the plugin."""
import os
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LC_ALL"] = "C.UTF-8"  # the tests read the English source texts (test_translations loads French)


@pytest.fixture(scope="session")
def qgis_app():
    from ess_territoires.processing.runner import start_qgis

    app = start_qgis()
    yield app


@pytest.fixture(scope="session", autouse=True)
def algorithms_declare_what_they_return():
    """Every run of one of our algorithms, in any test, returns only outputs it declares (a Processing
    model or a script can then use them)."""
    from ess_territoires.processing.base import EssAlgorithm

    process = EssAlgorithm.processAlgorithm

    def checked(self, parameters, context, feedback):
        results = process(self, parameters, context, feedback)
        declared = {output.name() for output in self.outputDefinitions()}
        assert set(results) <= declared, f"{self.id()} returns undeclared outputs {set(results) - declared}"
        return results

    EssAlgorithm.processAlgorithm = checked
    yield
    EssAlgorithm.processAlgorithm = process


@pytest.fixture
def iface(qgis_app):
    from fake_iface import QgisLikeInterface

    interface = QgisLikeInterface()
    yield interface
    interface.close()


@pytest.fixture
def project(qgis_app):
    from qgis.core import QgsProject

    project = QgsProject.instance()
    project.clear()
    yield project
    project.clear()


@pytest.fixture(scope="session")
def study_3pays(qgis_app, tmp_path_factory):
    """A study GeoPackage of the three Pays, created once."""
    from ess_territoires.gis.study import Study
    from ess_territoires.gis.territory import create_study

    path = tmp_path_factory.mktemp("etude") / "observatoire.gpkg"
    create_study(Study.open(path), "grand-amienois+grand-beauvaisis+pays-de-thierache")
    return path


@pytest.fixture(scope="session")
def beauvaisis_study(qgis_app, tmp_path_factory):
    """CA du Beauvaisis (53 communes, names such as Lachaussée-du-Bois-d'Écu and
    Saint-Martin-le-Nœud) with a small synthetic stock of the Oise, imported, indicators computed."""
    from synthetic_study import synthetic_study

    return synthetic_study(tmp_path_factory.mktemp("beauvaisis"), "60", seed=11, rows=30_000,
                           territoire="epci:200067999", name="beauvaisis.gpkg")


@pytest.fixture(scope="session")
def demo_study(qgis_app, tmp_path_factory):
    """The demo's study (synthetic stock of 02, 60 and 80, seed of the demo), imported and with
    its indicators: the data every figure of `make demo` comes from."""
    from ess_territoires import demo
    from ess_territoires.core import reference
    from ess_territoires.core.synthetic import generate_sirene
    from ess_territoires.gis.sampling import CommunePointSampler
    from ess_territoires.processing.runner import processing_run

    folder = tmp_path_factory.mktemp("demo")
    stock = generate_sirene(reference.communes_france(), folder / "sirene", seed=demo.DEMO_SEED,
                            departements=demo.DEMO_DEPARTEMENTS.split(","), point_sampler=CommunePointSampler(),
                            earlier_date=date.fromisoformat(demo.DEMO_EARLIER_STOCK))
    path = folder / "observatoire.gpkg"
    processing_run("ess_territoires:etude", {"TERRITOIRE": demo.DEMO_TERRITORY, "OUTPUT": str(path)})
    processing_run("ess_territoires:import_sirene", {
        "ETABLISSEMENTS": str(stock["etablissements"]), "UNITES_LEGALES": str(stock["unites_legales"]),
        "GEOLOCALISATION": str(stock["geolocalisation"]), "HISTORIQUE": str(stock["historique"]),
        "OUTPUT": str(path)})
    processing_run("ess_territoires:import_sirene", {
        "ETABLISSEMENTS": str(stock["etablissements_anterieur"]),
        "UNITES_LEGALES": str(stock["unites_legales_anterieur"]), "STOCK_ANTERIEUR": True, "OUTPUT": str(path)})
    processing_run("ess_territoires:indicateurs", {"GPKG": str(path)})
    return path, stock


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL cluster with PostGIS (Debian's packages, installed by `make deps`), in a
    temporary folder on a free port, removed afterwards; as the `postgres` user when the tests run as
    root (initdb refuses root). Yields the database's location prefix postgresql://user@host:port/db."""
    from pg_cluster import throwaway

    with throwaway() as cluster:
        yield cluster


@pytest.fixture
def postgis_location(postgres_server, request):
    """The location of a new, empty study schema (one per test)."""
    return postgres_server.new_location()
