"""Communes of any département or EPCI from a fake geo.api.gouv.fr into the study GeoPackage."""
import pandas as pd
import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from ess_territoires.gis import gpkg
from ess_territoires.gis.geo_reference import LAYER
from ess_territoires.gis.study import Study
from ess_territoires.gis.territory import COMMUNE_FIELDS, added_communes
from ess_territoires.processing.runner import processing_run
from ess_territoires.sources.recherche_entreprises import wgs84_to_lambert93
from tests.fakes.fake_geo_api import FakeGeoApi

EPCIS_59 = {"200093201": "CA du Cambrésis", "245901152": "CC du Pays de Mormal"}
EPCIS_62 = {"246200364": "CC des Campagnes de l'Artois"}


@pytest.fixture(scope="module")
def geo_server(qgis_app):
    with FakeGeoApi(rate_limit=7) as fake:
        fake.add_departement("59", EPCIS_59, communes_per_epci=4)
        fake.add_departement("62", EPCIS_62, communes_per_epci=3)
        yield fake


@pytest.fixture
def geo(geo_server):
    geo_server.reset()
    yield geo_server


def run(out, url, **extra):
    return processing_run("ess_territoires:communes_geo_api", {"OUTPUT": str(out), "GEO_URL": url, **extra})


def test_communes_of_a_departement_and_an_epci_land_in_the_study_in_lambert93(geo, tmp_path):
    out = tmp_path / "etude.gpkg"
    result = run(out, geo.url, DEPARTEMENTS="59", EPCI="246200364")
    assert result["COMMUNES"] == 11
    layer = QgsVectorLayer(f"{out}|layername={LAYER}", LAYER, "ogr")
    assert layer.isValid() and layer.crs().authid() == "EPSG:2154"
    features = list(layer.getFeatures())
    assert len(features) == 11
    for feature in features:
        geometry = feature.geometry()
        assert geometry.isGeosValid() and geometry.area() > 1e6
        lon, lat = geo.communes[feature["code_commune"]]["centre"]["coordinates"]
        assert geometry.contains(QgsGeometry.fromPointXY(QgsPointXY(*wgs84_to_lambert93(lon, lat))))
    frame = gpkg.read_frame(out, LAYER).set_index("code_commune")
    source = geo.communes["59001"]
    assert frame.loc["59001", "nom"] == source["nom"] and frame.loc["59001", "nom_tri"] == "saint-etienne-1"
    assert frame.loc["59001", "population"] == source["population"]
    assert frame.loc["59001", "surface_km2"] == pytest.approx(source["surface"] / 100)
    assert frame.loc["59001", "nom_epci"] == "CA du Cambrésis"
    assert set(frame["nom_epci"]) == set(EPCIS_59.values()) | set(EPCIS_62.values())
    assert geo.max_in_window(1.0) <= 7
    assert list(gpkg.read_frame(out, "imports")["etape"]) == ["communes_geo_api"]


def test_study_creation_can_read_the_added_communes(geo, tmp_path):
    out = tmp_path / "etude.gpkg"
    run(out, geo.url, DEPARTEMENTS="59")
    frame, geometries = added_communes(Study.open(out), {"59001", "59002", "80021"})
    assert list(frame.columns) == COMMUNE_FIELDS
    assert sorted(frame["code_commune"]) == ["59001", "59002"]
    assert len(geometries) == 2 and all(g.IsValid() and g.GetGeometryName() == "MULTIPOLYGON" for g in geometries)
    empty, none = added_communes(Study.open(tmp_path / "absente.gpkg"), {"59001"})
    assert empty.empty and none == []


def test_offline_and_errors(geo, tmp_path):
    out = tmp_path / "etude.gpkg"
    run(out, geo.url, DEPARTEMENTS="62")
    before = gpkg.read_frame(out, LAYER)
    geo.reset()
    run(out, "http://127.0.0.1:9", DEPARTEMENTS="62", OFFLINE=True)  # same answer from the cache
    assert geo.requests == []
    pd.testing.assert_frame_equal(gpkg.read_frame(out, LAYER), before)
    with pytest.raises(QgsProcessingException, match="Offline mode"):
        run(out, geo.url, DEPARTEMENTS="59", OFFLINE=True)
    with pytest.raises(QgsProcessingException, match="Offline mode"):
        run(tmp_path / "neuve.gpkg", geo.url, DEPARTEMENTS="59", OFFLINE=True)
    assert not (tmp_path / "neuve.gpkg").exists()
    with pytest.raises(QgsProcessingException, match="département 99 does not exist"):
        run(out, geo.url, DEPARTEMENTS="99")
    with pytest.raises(QgsProcessingException, match="at least one département"):
        run(out, geo.url)
    pd.testing.assert_frame_equal(gpkg.read_frame(out, LAYER), before)


def test_a_study_outside_the_reference_is_built_from_the_added_communes(geo, tmp_path):
    out = tmp_path / "nord.gpkg"
    with pytest.raises(QgsProcessingException, match="no contour in the reference"):
        processing_run("ess_territoires:etude", {"TERRITOIRE": "communes:59001,59002", "OUTPUT": str(out)})
    run(out, geo.url, DEPARTEMENTS="59")
    processing_run("ess_territoires:etude", {"TERRITOIRE": "communes:59001,59002", "OUTPUT": str(out)})
    communes = QgsVectorLayer(f"{out}|layername=communes", "c", "ogr")
    assert communes.featureCount() == 2
    assert {f["code_commune"] for f in communes.getFeatures()} == {"59001", "59002"}
    assert all(f.geometry().isGeosValid() and f.geometry().area() > 0 for f in communes.getFeatures())
    assert QgsVectorLayer(f"{out}|layername=pays", "p", "ogr").featureCount() == 1
