"""ess_territoires:etude writes a study GeoPackage: communes, EPCI and Pays of a territory."""
import contextlib
import sqlite3

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from ess_territoires.gis import gpkg
from ess_territoires.processing.runner import processing_run


def layer(path, name):
    result = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert result.isValid()
    return result


def test_study_of_the_three_pays(study_3pays):
    assert layer(study_3pays, "communes").featureCount() == 860
    assert layer(study_3pays, "epci").featureCount() == 17
    pays = {f["code_pays"]: f["nb_communes"] for f in layer(study_3pays, "pays").getFeatures()}
    assert pays == {"grand-amienois": 466, "grand-beauvaisis": 234, "pays-de-thierache": 160}
    for name in ("communes", "epci", "pays"):
        for feature in layer(study_3pays, name).getFeatures():
            assert feature.geometry().isGeosValid()
    imports = gpkg.read_frame(study_3pays, "imports")
    assert list(imports["etape"]) == ["etude"]


def test_location_layers_are_light_and_unindexed(study_3pays):
    """The atlas inset draws these whole on every page: one point per commune, simplified
    outlines, and no R-tree (GDAL 3.6 searches an R-tree at length for a whole-extent request)."""
    communes = layer(study_3pays, "communes_situation")
    assert communes.featureCount() == 860
    assert communes.geometryType() == 0  # points
    outlines = {f["code_commune"]: f.geometry() for f in layer(study_3pays, "communes").getFeatures()}
    for feature in communes.getFeatures():
        assert outlines[feature["code_commune"]].contains(feature.geometry())
    assert layer(study_3pays, "pays_situation").featureCount() == 3
    assert layer(study_3pays, "epci_situation").featureCount() == 17
    with contextlib.closing(sqlite3.connect(study_3pays)) as con:
        indexed = {row[0] for row in con.execute("SELECT table_name FROM gpkg_extensions "
                                                 "WHERE extension_name = 'gpkg_rtree_index'")}
    assert "communes" in indexed
    assert not indexed & {"communes_situation", "epci_situation", "pays_situation"}


def test_etude_algorithm_custom_epci(qgis_app, tmp_path):
    out = tmp_path / "custom.gpkg"
    results = processing_run("ess_territoires:etude",
                             {"TERRITOIRE": "epci:240200444,200067999", "OUTPUT": str(out)})
    assert results["OUTPUT"] == str(out)
    communes = layer(out, "communes")
    assert communes.featureCount() == 68 + 53
    assert {f["code_pays"] for f in communes.getFeatures()} == {"epci:240200444,200067999"}
    assert layer(out, "epci").featureCount() == 2


def test_bad_territory_is_refused_and_writes_nothing(qgis_app, tmp_path):
    out = tmp_path / "bad.gpkg"
    with pytest.raises(QgsProcessingException, match="Unknown territory 'nulle-part'"):
        processing_run("ess_territoires:etude", {"TERRITOIRE": "nulle-part", "OUTPUT": str(out)})
    with pytest.raises(QgsProcessingException, match="unknown codes 999999999"):
        processing_run("ess_territoires:etude", {"TERRITOIRE": "epci:999999999", "OUTPUT": str(out)})
    assert list(tmp_path.iterdir()) == []


def test_territory_without_contours_says_what_to_do(qgis_app, tmp_path):
    with pytest.raises(QgsProcessingException, match="départements 59"):
        processing_run("ess_territoires:etude", {"TERRITOIRE": "dep:59", "OUTPUT": str(tmp_path / "n.gpkg")})


def test_failed_write_keeps_the_previous_study(qgis_app, tmp_path):
    from ess_territoires.core.errors import Cancelled
    from ess_territoires.core.progress import Feedback
    from ess_territoires.gis.study import Study
    from ess_territoires.gis.territory import create_study

    out = tmp_path / "etude.gpkg"
    create_study(Study.open(out), "pays-de-thierache")
    before = out.read_bytes()
    feedback = Feedback()
    feedback.cancel()
    with pytest.raises(Cancelled):
        create_study(Study.open(out), "grand-amienois", feedback=feedback)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["etude.gpkg"]
