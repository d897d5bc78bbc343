"""ess_territoires:style: choropleths, proportional circles, families, labels, default styles in the GeoPackage."""
import json
import math

import pytest
from indicator_data import copy_gpkg, make_study


@pytest.fixture(scope="module")
def study(qgis_app, tmp_path_factory):
    from ess_territoires.gis.study import Study
    from ess_territoires.gis.study_indicators import compute_study_indicators

    path = tmp_path_factory.mktemp("styles") / "etude.gpkg"
    make_study(path)
    compute_study_indicators(Study.open(path))
    return path


@pytest.fixture
def path(study, tmp_path):
    copy = tmp_path / "etude.gpkg"
    copy_gpkg(study, copy)
    return copy


def reopen(path, name):
    """The layer read afresh from the file: whatever it shows comes from its saved default style."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid()
    return layer


def saved_renderer(path, name):
    """The renderer the layer opens with, cloned: a layer's own renderer dies with the layer."""
    layer = reopen(path, name)
    return layer.renderer().clone()


def run_style(path, **parameters):
    from ess_territoires.processing.runner import processing_run

    parameters = {"GPKG": str(path), **parameters}
    return processing_run("ess_territoires:style", parameters)["OUTPUT"]


def palette():
    from ess_territoires.core.paths import resource

    return json.loads(resource("palettes.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("method, method_id", [("jenks", "Jenks"), ("quantiles", "Quantile"),
                                               ("intervalles", "EqualInterval"), ("ecart-type", "StdDev")])
def test_classification_methods(path, method, method_id):
    styled = run_style(path, COUCHE="indicateurs_communes", CHAMP="distance_etab_ess_km", METHODE=method, CLASSES=5)
    assert styled == "indicateurs_communes"
    renderer = saved_renderer(path, styled)
    assert renderer.type() == "graduatedSymbol"
    assert renderer.classAttribute() == "distance_etab_ess_km"
    assert renderer.classificationMethod().id() == method_id
    ranges = renderer.ranges()
    if method != "ecart-type":  # standard deviation makes as many classes as the spread needs
        assert len(ranges) == 5
        expected = palette()["sequentielles"]["YlGnBu"]["classes"]["5"]
        assert [r.symbol().color().name() for r in ranges] == expected
    bounds = [(r.lowerValue(), r.upperValue()) for r in ranges]
    assert all(low <= high for low, high in bounds)
    if method == "intervalles":
        widths = [high - low for low, high in bounds]
        assert max(widths) == pytest.approx(min(widths))


def test_number_of_classes(path):
    run_style(path, COUCHE="indicateurs_communes", CHAMP="distance_etab_ess_km", METHODE="quantiles", CLASSES=7)
    ranges = saved_renderer(path, "indicateurs_communes").ranges()
    assert len(ranges) == 7
    assert [r.symbol().color().name() for r in ranges] == palette()["sequentielles"]["YlGnBu"]["classes"]["7"]


def test_manual_breaks(path):
    layer = reopen(path, "indicateurs_communes")
    maximum = layer.maximumValue(layer.fields().indexOf("distance_etab_ess_km"))
    run_style(path, COUCHE="indicateurs_communes", CHAMP="distance_etab_ess_km", METHODE="manuel", BORNES="0,2,5,10")
    ranges = saved_renderer(path, "indicateurs_communes").ranges()
    limits = [(r.lowerValue(), r.upperValue()) for r in ranges]
    assert limits[:3] == [(0, 2), (2, 5), (5, 10)]
    assert limits[-1][1] == pytest.approx(max(maximum, 10))
    # limits alone mean the manual method
    run_style(path, COUCHE="indicateurs_communes", CHAMP="distance_etab_ess_km", BORNES="0,3")
    first = saved_renderer(path, "indicateurs_communes").ranges()[0]
    assert (first.lowerValue(), first.upperValue()) == (0, 3)


def test_bad_breaks_and_classes(path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="not a number"):
        run_style(path, COUCHE="indicateurs_communes", CHAMP="distance_etab_ess_km", METHODE="manuel", BORNES="0,deux")
    with pytest.raises(QgsProcessingException, match="needs class limits"):
        run_style(path, COUCHE="indicateurs_communes", CHAMP="distance_etab_ess_km", METHODE="manuel")
    with pytest.raises(QgsProcessingException, match="no field 'inconnu'"):
        run_style(path, COUCHE="indicateurs_communes", CHAMP="inconnu")
    with pytest.raises(QgsProcessingException, match="identifier"):
        run_style(path, COUCHE="indicateurs_communes", CHAMP="code_commune")
    with pytest.raises(QgsProcessingException, match="no layer 'absente'"):
        run_style(path, COUCHE="absente", CHAMP="nb_etab_ess")


def test_stock_as_choropleth_needs_the_override(path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="stock"):
        run_style(path, COUCHE="indicateurs_epci", CHAMP="emplois_ess_est", METHODE="jenks")
    assert saved_renderer(path, "indicateurs_epci").classAttribute() == "part_emploi_ess"  # unchanged
    run_style(path, COUCHE="indicateurs_epci", CHAMP="population", METHODE="intervalles", CLASSES=3, FORCER=True)
    renderer = saved_renderer(path, "indicateurs_epci")
    assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "population"


def test_proportional_circles_are_area_proportional(path):
    from qgis.core import QgsDataDefinedSizeLegend, QgsSizeScaleTransformer

    styled = run_style(path, COUCHE="indicateurs_epci", CHAMP="emplois_ess_est")
    assert styled == "indicateurs_epci_points"
    layer = reopen(path, styled)
    renderer = layer.renderer()
    assert renderer.type() == "singleSymbol"
    size = renderer.symbol().dataDefinedSize()
    assert size.isActive() and size.field() == "emplois_ess_est"
    transformer = size.transformer()
    assert transformer.type() == QgsSizeScaleTransformer.ScaleType.Area and transformer.exponent() == 0.5
    maximum = layer.maximumValue(layer.fields().indexOf("emplois_ess_est"))
    max_size = palette()["cercles"]["taille_max_mm"]
    assert transformer.maxValue() == maximum and transformer.maxSize() == max_size
    for value in (maximum / 100, maximum / 4, maximum):
        radius = transformer.size(value) / 2
        assert math.pi * radius ** 2 / (math.pi * (max_size / 2) ** 2) == pytest.approx(value / maximum)
    assert transformer.size(0) == 0
    legend = renderer.dataDefinedSizeLegend()
    assert legend is not None and legend.legendType() == QgsDataDefinedSizeLegend.LegendType.LegendCollapsed
    assert len(legend.classes()) >= 2
    assert renderer.orderByEnabled()
    clause = renderer.orderBy().list()[0]
    assert clause.expression().expression() == '"emplois_ess_est"' and not clause.ascending()
    items = renderer.legendSymbolItems()
    assert items[0].label() == "Emplois ESS estimés"  # the title, then one nested legend
    assert items[-1].dataDefinedSizeLegendSettings() is not None


def test_circles_on_a_layer_without_companion(path):
    from ess_territoires.gis import gpkg

    assert "communes_points" not in gpkg.layer_names(path)
    styled = run_style(path, COUCHE="communes", CHAMP="population")
    assert styled == "communes_points"
    layer = reopen(path, styled)
    assert layer.featureCount() == 160 and layer.renderer().symbol().dataDefinedSize().field() == "population"


def test_families_and_town_labels(path):
    from ess_territoires.gis import thematic
    from ess_territoires.gis.study import Study

    thematic.style_families(Study.open(path))
    renderer = saved_renderer(path, "etablissements_ess")
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "famille"
    colors = {c.value(): c.symbol().color().name().upper() for c in renderer.categories()}
    assert colors == {k: v.upper() for k, v in palette()["familles"].items()}
    labels = [c.label() for c in renderer.categories()]
    assert "Coopérative" in labels

    run_style(path, COUCHE="indicateurs_communes", CHAMP="etab_ess_pour_10000_hab", METHODE="jenks")
    layer = reopen(path, "indicateurs_communes")
    assert layer.labelsEnabled()
    rules = layer.labeling().rootRule().children()
    assert rules[0].filterExpression() == f'"population" >= {thematic.TOWN_MIN_POPULATION}'
    assert rules[0].settings().fieldName == "nom"


def test_style_study_styles_every_default_layer(path):
    from ess_territoires.processing.style import style_study

    styled = style_study(path)
    assert set(styled) == {"indicateurs_communes", "indicateurs_epci", "indicateurs_pays",
                           "indicateurs_communes_points", "indicateurs_epci_points", "indicateurs_pays_points",
                           "etablissements_ess"}
    assert saved_renderer(path, "indicateurs_pays_points").symbol().dataDefinedSize().isActive()
    assert saved_renderer(path, "etablissements_ess").type() == "categorizedSymbol"
    layer = reopen(path, "indicateurs_pays")
    assert layer.renderer().type() == "graduatedSymbol"
    assert layer.attributeAlias(layer.fields().indexOf("part_emploi_ess")) == "Part de l'ESS dans l'emploi"
