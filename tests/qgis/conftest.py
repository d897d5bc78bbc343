"""Real QGIS, offscreen, once per test session; a QGIS-like main window for the plugin."""
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(scope="session")
def qgis_app():
    from ess_territoires.gis.qgis_app import start_qgis

    app = start_qgis()
    yield app


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
    from ess_territoires.gis.study import create_study

    path = tmp_path_factory.mktemp("etude") / "observatoire.gpkg"
    create_study("grand-amienois+grand-beauvaisis+pays-de-thierache", path)
    return path
