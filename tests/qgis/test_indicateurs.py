"""ess_territoires:indicateurs on a real study (Pays de Thiérache) with hand-made SIRENE tables."""
import pandas as pd
import pytest
from indicator_data import copy_gpkg, make_study


@pytest.fixture(scope="module")
def computed(qgis_app, tmp_path_factory):
    from ess_territoires.processing.runner import processing_run

    folder = tmp_path_factory.mktemp("indicateurs")
    path = folder / "etude.gpkg"
    communes, ess, emploi, points = make_study(path)
    results = processing_run("ess_territoires:indicateurs", {
        "GPKG": str(path), "OUTPUT_CSV": str(folder / "comparaison.csv"),
        "OUTPUT_XLSX": str(folder / "comparaison.xlsx")})
    return {"path": path, "folder": folder, "results": results, "communes": communes, "ess": ess,
            "emploi": emploi, "points": points}


def open_layer(path, name):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def saved_renderer(path, name):
    """The renderer the layer opens with, cloned: a layer's own renderer dies with the layer."""
    layer = open_layer(path, name)
    return layer.renderer().clone()


def test_layers_written_with_geometries(computed):
    from ess_territoires.gis import gpkg
    from ess_territoires.gis.compat import POINT_GEOMETRY, POLYGON_GEOMETRY

    path = computed["path"]
    names = gpkg.layer_names(path)
    for name, key, count in (("indicateurs_communes", "code_commune", 160), ("indicateurs_epci", "code_epci", 4),
                             ("indicateurs_pays", "code_pays", 1)):
        assert name in names and name + "_points" in names
        layer = open_layer(path, name)
        assert layer.featureCount() == count
        assert layer.geometryType() == POLYGON_GEOMETRY
        assert layer.crs().authid() == "EPSG:2154"
        territory = open_layer(path, name.replace("indicateurs_", ""))
        areas = {f[key]: f.geometry().area() for f in territory.getFeatures()}
        for feature in layer.getFeatures():
            assert feature.geometry().area() == pytest.approx(areas[feature[key]])
        points = open_layer(path, name + "_points")
        assert points.geometryType() == POINT_GEOMETRY and points.featureCount() == count
    imports = gpkg.read_frame(path, "imports")
    assert imports["etape"].iloc[-1] == "indicateurs"


def test_values_against_the_input_tables(computed):
    from ess_territoires.gis import gpkg

    frame = gpkg.read_frame(computed["path"], "indicateurs_communes").set_index("code_commune")
    ess, emploi = computed["ess"], computed["emploi"]
    assert frame["nb_etab_ess"].sum() == ess["nb_etab"].sum() == 6  # the status-P one included
    first = ess["code_commune"].iloc[0]
    assert frame.loc[first, "nb_etab_association"] == 2 and frame.loc[first, "nb_etab_cooperative"] == 1
    assert frame.loc[first, "emplois_ess_est"] == 3.0
    assert frame.loc[first, "part_emploi_ess"] == pytest.approx(100 * 3.0 / 150.0)
    total_est = emploi["emplois_est"].sum()
    pays = gpkg.read_frame(computed["path"], "indicateurs_pays").iloc[0]
    assert pays["emplois_total_est"] == pytest.approx(total_est)
    assert pays["part_emploi_ess"] == pytest.approx(100 * ess["emplois_est"].sum() / total_est)
    assert pays["nb_communes_sans_ess"] == 160 - 4
    epci = gpkg.read_frame(computed["path"], "indicateurs_epci")
    assert epci["nb_etab_ess"].sum() == 6 and epci["nb_communes"].sum() == 160
    assert (frame["part_emploi_ess_pays"] - pays["part_emploi_ess"]).abs().max() < 1e-9
    assert frame["nb_etab_ess_ref"].eq(6).all()


def test_distances_checked_independently(computed):
    from ess_territoires.gis import gpkg

    path = computed["path"]
    frame = gpkg.read_frame(path, "indicateurs_communes").set_index("code_commune")
    with_ess = set(computed["ess"]["code_commune"])
    points = [f.geometry() for f in open_layer(path, "etablissements_ess").getFeatures()]
    checked = 0
    for feature in open_layer(path, "communes").getFeatures():
        code = feature["code_commune"]
        if code in with_ess:
            expected = 0.0  # the status-P-only commune too: it counts an ESS establishment
        else:
            expected = min(feature.geometry().distance(p) for p in points) / 1000
            checked += expected > 0
        assert frame.loc[code, "distance_etab_ess_km"] == pytest.approx(expected, abs=1e-9), code
    assert checked > 100
    status_p_only = computed["ess"]["code_commune"].iloc[-1]
    assert frame.loc[status_p_only, "distance_etab_ess_km"] == 0.0


def test_aliases_survive_reopening(computed):
    layer = open_layer(computed["path"], "indicateurs_communes")
    fields = layer.fields()
    assert layer.attributeAlias(fields.indexOf("part_emploi_ess")) == "Part de l'ESS dans l'emploi"
    assert layer.attributeAlias(fields.indexOf("nb_etab_ess_pays")) == "Établissements ESS (Pays)"
    assert layer.renderer().type() == "graduatedSymbol"  # its default map
    epci = open_layer(computed["path"], "indicateurs_epci_points")
    assert epci.attributeAlias(epci.fields().indexOf("emplois_ess_est")) == "Emplois ESS estimés"


def test_comparison_table_csv_and_xlsx(computed):
    from osgeo import gdal

    folder = computed["folder"]
    csv = pd.read_csv(folder / "comparaison.csv", dtype={"code": str})
    assert list(csv["niveau"]) == ["pays"] + ["epci"] * 4 + ["reference"]
    assert csv["nb_etab_ess"].iloc[0] == 6 and csv["nb_etab_ess"].iloc[-1] == 6
    assert csv.loc[csv["niveau"] == "epci", "nb_etab_ess"].sum() == 6
    gdal.UseExceptions()
    ds = gdal.OpenEx(str(folder / "comparaison.xlsx"), gdal.OF_VECTOR, open_options=["HEADERS=FORCE"])
    assert ds.GetDriver().ShortName == "XLSX"
    sheet = ds.GetLayerByName("comparaison")
    names = [sheet.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(sheet.GetLayerDefn().GetFieldCount())]
    assert names == list(csv.columns)
    rows = [f for f in sheet]
    assert len(rows) == 6 and rows[0].GetField("code") == "pays-de-thierache"
    assert rows[0].GetField("part_emploi_ess") == pytest.approx(csv["part_emploi_ess"].iloc[0])
    definitions = ds.GetLayerByName("definitions")
    assert definitions.GetFeatureCount() > 40
    del ds


def test_join_and_rerun_keep_styles(computed, tmp_path):
    from ess_territoires.gis import gpkg
    from ess_territoires.processing.runner import processing_run

    path = tmp_path / "etude.gpkg"
    copy_gpkg(computed["path"], path)
    code = computed["communes"]["code_commune"].iloc[5]
    joined = tmp_path / "qualif.csv"
    joined.write_text(f"CODGEO;niveau_qualif\n{code};12,5\n", encoding="utf-8")
    processing_run("ess_territoires:indicateurs", {"GPKG": str(path), "JOINTURE": str(joined)})
    frame = gpkg.read_frame(path, "indicateurs_communes").set_index("code_commune")
    assert frame.loc[code, "niveau_qualif"] == 12.5
    assert frame["niveau_qualif"].isna().sum() == 159
    assert saved_renderer(path, "indicateurs_communes").type() == "graduatedSymbol"


def test_a_rerun_keeps_the_cartographers_aliases_and_names_new_fields(computed, tmp_path):
    """A style whose layer keeps its fields is left as the cartographer saved it (a rerun does not
    write over their alias); a layer that gains a field (a joined table) gets the plugin's aliases
    again, and a layer without a saved style gets one."""
    from ess_territoires.gis.study import Study
    from ess_territoires.processing.runner import processing_run

    path = tmp_path / "etude.gpkg"
    copy_gpkg(computed["path"], path)
    study = Study.open(path)
    epci = open_layer(path, "indicateurs_epci")
    epci.setFieldAlias(epci.fields().indexOf("emplois_ess_est"), "Emplois (mon libellé)")
    study.save_style(epci, "indicateurs_epci")
    processing_run("ess_territoires:indicateurs", {"GPKG": str(path)})
    epci = open_layer(path, "indicateurs_epci")
    assert epci.attributeAlias(epci.fields().indexOf("emplois_ess_est")) == "Emplois (mon libellé)"

    joined = tmp_path / "qualif.csv"
    joined.write_text(f"CODGEO;niveau_qualif\n{computed['communes']['code_commune'].iloc[0]};12,5\n",
                      encoding="utf-8")
    communes = open_layer(path, "indicateurs_communes")
    communes.setFieldAlias(communes.fields().indexOf("part_emploi_ess"), "Part (mon libellé)")
    study.save_style(communes, "indicateurs_communes")
    import sqlite3
    with sqlite3.connect(path) as con:  # as a study saved before its points layers had a style
        con.execute("DELETE FROM layer_styles WHERE f_table_name = 'indicateurs_pays_points'")
    processing_run("ess_territoires:indicateurs", {"GPKG": str(path), "JOINTURE": str(joined)})
    communes = open_layer(path, "indicateurs_communes")
    assert communes.attributeAlias(communes.fields().indexOf("part_emploi_ess")) == "Part de l'ESS dans l'emploi"
    assert study.has_default_style("indicateurs_pays_points")
    points = open_layer(path, "indicateurs_pays_points")
    assert points.attributeAlias(points.fields().indexOf("emplois_ess_est")) == "Emplois ESS estimés"


def test_clear_errors(computed, tmp_path):
    from qgis.core import QgsProcessingException

    from ess_territoires.gis.study import Study
    from ess_territoires.gis.territory import create_study
    from ess_territoires.processing.runner import processing_run

    bad = tmp_path / "sans_cle.csv"
    bad.write_text("ville,valeur\nHirson,1\n", encoding="utf-8")
    path = tmp_path / "etude.gpkg"
    copy_gpkg(computed["path"], path)
    with pytest.raises(QgsProcessingException, match="no commune code column"):
        processing_run("ess_territoires:indicateurs", {"GPKG": str(path), "JOINTURE": str(bad)})
    empty = tmp_path / "vide.gpkg"
    create_study(Study.open(empty), "communes:02381")
    with pytest.raises(QgsProcessingException, match="import-sirene"):
        processing_run("ess_territoires:indicateurs", {"GPKG": str(empty)})
