"""ess_territoires:import_sirene writes the study's establishments, aggregates and rejects."""
import zipfile

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from ess_territoires.core import reference
from ess_territoires.core.synthetic import generate_sirene
from ess_territoires.gis import gpkg
from ess_territoires.gis.sampling import CommunePointSampler
from ess_territoires.processing.runner import processing_run


@pytest.fixture(scope="module")
def stock_02(qgis_app, tmp_path_factory):
    """A synthetic stock of the Aisne (Pays de Thiérache and its neighbours)."""
    folder = tmp_path_factory.mktemp("sirene02")
    return generate_sirene(reference.communes_france(), folder, seed=7, departements=["02"],
                           point_sampler=CommunePointSampler())


def run_import(stock, out, **extra):
    parameters = {"ETABLISSEMENTS": str(stock["etablissements"]), "UNITES_LEGALES": str(stock["unites_legales"]),
                  "GEOLOCALISATION": str(stock["geolocalisation"]), "OUTPUT": str(out), **extra}
    return processing_run("ess_territoires:import_sirene", parameters)


def layer(path, name):
    result = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert result.isValid(), name
    return result


@pytest.fixture(scope="module")
def thierache(stock_02, tmp_path_factory):
    out = tmp_path_factory.mktemp("etude") / "thierache.gpkg"
    run_import(stock_02, out, TERRITOIRE="pays-de-thierache")
    return out


def test_import_creates_the_study_and_its_tables(thierache):
    names = set(gpkg.layer_names(thierache))
    assert {"communes", "epci", "pays", "etablissements_ess", "ess_communes", "emploi_communes",
            "rejets", "imports"} <= names
    points = layer(thierache, "etablissements_ess")
    assert points.crs().authid() == "EPSG:2154"
    assert points.featureCount() > 100
    imports = gpkg.read_frame(thierache, "imports")
    assert list(imports["etape"]) == ["import_sirene"]
    assert imports["version_perimetre"].iloc[0]


def test_every_point_lies_in_its_commune(thierache):
    communes = {f["code_commune"]: f.geometry() for f in layer(thierache, "communes").getFeatures()}
    for feature in layer(thierache, "etablissements_ess").getFeatures():
        commune = communes[feature["code_commune"]]
        assert commune.buffer(1, 4).contains(feature.geometry()), (feature["siret"], feature["precision_geoloc"])


def test_non_diffusible_establishments_count_but_never_show(thierache, stock_02):
    import pandas as pd

    with zipfile.ZipFile(stock_02["etablissements"]) as archive:
        with archive.open(archive.namelist()[0]) as raw:
            etab = pd.read_csv(raw, dtype=str, usecols=["siret", "statutDiffusionEtablissement"])
    hidden = set(etab.loc[etab["statutDiffusionEtablissement"] == "P", "siret"])
    assert hidden
    for name in gpkg.layer_names(thierache):
        frame = gpkg.read_frame(thierache, name)
        for column in frame.columns:
            if frame[column].dtype == object:
                assert not set(frame[column].dropna()) & hidden, (name, column)
    ess_total = gpkg.read_frame(thierache, "ess_communes")["nb_etab"].sum()
    assert ess_total > layer(thierache, "etablissements_ess").featureCount()


def test_a_second_import_replaces_the_first(thierache, stock_02):
    before = layer(thierache, "etablissements_ess").featureCount()
    run_import(stock_02, thierache)
    assert layer(thierache, "etablissements_ess").featureCount() == before
    assert list(gpkg.read_frame(thierache, "imports")["etape"]) == ["import_sirene", "import_sirene"]


def test_cancel_in_the_middle_leaves_the_study_intact(thierache, stock_02, tmp_path):
    copy = tmp_path / "copie.gpkg"
    copy.write_bytes(thierache.read_bytes())
    before = copy.read_bytes()

    class CancelHalfway(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.progressChanged.connect(lambda p: self.cancel() if p > 20 else None)

    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing_run("ess_territoires:import_sirene", {
            "ETABLISSEMENTS": str(stock_02["etablissements"]), "UNITES_LEGALES": str(stock_02["unites_legales"]),
            "OUTPUT": str(copy)}, CancelHalfway())
    assert copy.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copie.gpkg"]


def test_wrong_territory_or_swapped_files_are_refused(thierache, stock_02, tmp_path):
    with pytest.raises(QgsProcessingException, match="created for the territory"):
        run_import(stock_02, thierache, TERRITOIRE="grand-amienois")
    with pytest.raises(QgsProcessingException, match="give a territory"):
        run_import(stock_02, tmp_path / "nouvelle.gpkg")
    with pytest.raises(QgsProcessingException):
        processing_run("ess_territoires:import_sirene", {
            "ETABLISSEMENTS": str(stock_02["unites_legales"]), "UNITES_LEGALES": str(stock_02["etablissements"]),
            "TERRITOIRE": "pays-de-thierache", "OUTPUT": str(tmp_path / "x.gpkg")})
    assert not (tmp_path / "x.gpkg").exists() and not (tmp_path / "nouvelle.gpkg").exists()
