"""The study project's map themes are the atlas' themes: one per theme the study can draw, on the
study's own layers (several themes, one layer, one named style each); an atlas draws through the
project's theme of its theme, whatever the main map shows."""
from collections import Counter

import pytest
from qgis.core import QgsLayerTreeModel, QgsLayoutExporter, QgsProject
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QImage

from ess_territoires.processing.runner import processing_run

COMMUNES, THEMES = 2, {"familles": 1, "emplois": 2, "densite": 3, "part_emploi": 4, "dynamique": 5}
HELPERS = ("Atlas pages", "Neighbours", "Location")


def atlas(study, out, theme, coverage=COMMUNES):
    processing_run("ess_territoires:atlas", {"GPKG": str(study), "COUVERTURE": coverage, "THEME": THEMES[theme],
                                             "TERRITOIRE": "epci:200067999" if coverage == COMMUNES else "",
                                             "OUTPUT": str(out)})
    return next(layout for layout in QgsProject.instance().layoutManager().layouts()
                if layout.atlas().enabled() and _title(theme) in layout.name())


def _title(theme):
    from ess_territoires.gis.atlas import theme_titles

    return theme_titles()[theme]


def page_one(layout) -> QImage:
    atlas = layout.atlas()
    assert atlas.beginRender() and atlas.seekTo(0)
    try:
        return QgsLayoutExporter(layout).renderPageToImage(0, QSize(), 30).convertToFormat(QImage.Format.Format_RGB32)
    finally:
        atlas.endRender()


def switch_to(project, theme_name):
    """What the cartographer does from the map-themes menu of the main map."""
    root = project.layerTreeRoot()
    project.mapThemeCollection().applyTheme(theme_name, root, QgsLayerTreeModel(root))


def study_layers_outside_the_atlas_group(project):
    from ess_territoires.gis.project import atlas_group_name

    helpers = project.layerTreeRoot().findGroup(atlas_group_name())
    hidden = {node.layer().id() for node in helpers.findLayers()} if helpers else set()
    return [layer for layer in project.mapLayers().values() if layer.id() not in hidden]


def test_the_atlas_draws_the_projects_theme_with_its_style(project, beauvaisis_study, tmp_path):
    """The density atlas follows the project's density theme, which draws the study's layer
    indicateurs_communes in the density style; the main map showing another theme (the share of
    employment, the same layer in another style) changes nothing on the atlas page."""
    study, _ = beauvaisis_study
    layout = atlas(study, tmp_path / "densite.pdf", "densite")
    main = layout.itemById("carte")
    theme = main.followVisibilityPresetName()
    themes = project.mapThemeCollection()
    assert main.followVisibilityPreset() and theme == "ESS establishments per 10,000 inhabitants"
    assert theme in themes.mapThemes() and "Share of the ESS in salaried employment (%)" in themes.mapThemes()
    records = {record.layer().name(): record for record in themes.mapThemeState(theme).layerRecords()}
    assert sorted(records) == ["Communes", "EPCI", "ESS indicators per commune", "Pays"]  # no helper
    indicators = records["ESS indicators per commune"]
    assert indicators.usingCurrentStyle and indicators.currentStyle == theme
    layer = indicators.layer()
    assert project.layerTreeRoot().findLayer(layer.id()).parent().name() == "Study"
    assert set(layer.styleManager().styles()) >= {theme, "Share of the ESS in salaried employment (%)"}
    assert dict(themes.mapThemeStyleOverrides(theme)) == {layer.id(): layer.styleManager().style(theme).xmlData()}

    switch_to(project, theme)
    assert layer.renderer().classAttribute() == "etab_ess_pour_10000_hab"
    as_made = page_one(layout)
    switch_to(project, "Share of the ESS in salaried employment (%)")
    assert layer.styleManager().currentStyle() == "Share of the ESS in salaried employment (%)"
    assert layer.renderer().classAttribute() == "part_emploi_ess"  # the main map shows the other theme
    assert page_one(layout) == as_made  # the atlas page does not move

    # The same layer, not a copy under an atlas title: one layer per study layer outside the atlas' group.
    sources = Counter(layer.source().split("layername=")[-1] for layer in study_layers_outside_the_atlas_group(project))
    assert sources["indicateurs_communes"] == 1 and sources["etablissements_ess"] == 1
    assert not [layer.name() for layer in study_layers_outside_the_atlas_group(project)
                if layer.name().startswith(HELPERS) or layer.name() == theme]


def test_atlas_of_another_theme_shares_the_layer_in_its_own_style(project, beauvaisis_study, tmp_path):
    """Two atlases of two themes of the same layer, in one project: each page draws its theme's
    field; the legend says the theme, with that theme's classes."""
    study, _ = beauvaisis_study
    density = atlas(study, tmp_path / "densite.pdf", "densite")
    share = atlas(study, tmp_path / "part.pdf", "part_emploi")
    themes = project.mapThemeCollection()
    drawn = {}
    for layout in (density, share):
        name = layout.itemById("carte").followVisibilityPresetName()
        switch_to(project, name)
        layer = next(layer for layer in themes.mapThemeVisibleLayers(name)
                     if layer.name() == "ESS indicators per commune")
        drawn[name] = layer.renderer().classAttribute()
        legend = layout.itemById("legende")
        node = next(node for node in legend.model().rootGroup().findLayers() if node.layer() is layer)
        assert node.customProperty("legend/title-label") == name
    assert drawn == {"ESS establishments per 10,000 inhabitants": "etab_ess_pour_10000_hab",
                     "Share of the ESS in salaried employment (%)": "part_emploi_ess"}
    assert page_one(density) != page_one(share)


def test_reruns_keep_one_theme_per_name_and_one_style_per_theme(project, beauvaisis_study, tmp_path):
    """Atlases run again, the style step run again and the project saved twice: the project still
    offers exactly the study's themes, each layer once, each theme's style once, and only the
    opening theme's layer is checked."""
    import shutil

    from ess_territoires.gis import study_folder
    from ess_territoires.processing.style import style_study

    folder = tmp_path / "etude"
    folder.mkdir()
    shutil.copy(beauvaisis_study[0], folder / "observatoire.gpkg")
    gpkg = folder / "observatoire.gpkg"
    for _ in range(2):
        style_study(gpkg)
        for theme in ("densite", "emplois", "part_emploi", "densite"):
            atlas(gpkg, tmp_path / f"{theme}.pdf", theme)
        study_folder.save_study(project, folder, title="Étude")
    themes = project.mapThemeCollection().mapThemes()
    assert sorted(themes) == sorted(["ESS establishments by family", "Estimated ESS salaried jobs (SIRENE size bands)",
                                     "ESS establishments per 10,000 inhabitants",
                                     "Share of the ESS in salaried employment (%)",
                                     "ESS creations per 10,000 inhabitants (5 years)"])
    names = Counter(layer.name() for layer in study_layers_outside_the_atlas_group(project))
    assert all(count == 1 for count in names.values()), names
    layer = project.mapLayersByName("ESS indicators per commune")[0]
    assert sorted(layer.styleManager().styles()) == ["ESS creations per 10,000 inhabitants (5 years)",
                                                     "ESS establishments per 10,000 inhabitants",
                                                     "Share of the ESS in salaried employment (%)"]
    assert layer.styleManager().currentStyle() == "ESS establishments per 10,000 inhabitants"  # what opens
    study_group = project.layerTreeRoot().findGroup("Study")
    checked = [node.layer().name() for node in study_group.findLayers() if node.itemVisibilityChecked()]
    assert checked == ["Pays", "EPCI", "ESS indicators per commune", "Communes"]

    reopened = QgsProject()
    assert reopened.read(str(folder / "observatoire.qgz"))
    for layout in reopened.layoutManager().layouts():
        main = layout.itemById("carte")
        if main is not None and layout.atlas().enabled():
            assert main.followVisibilityPreset() and main.followVisibilityPresetName() in themes, layout.name()


def test_an_atlas_without_theme_draws_the_territories_theme(project, beauvaisis_study, tmp_path):
    study, _ = beauvaisis_study
    processing_run("ess_territoires:atlas", {"GPKG": str(study), "COUVERTURE": 0, "THEME": 0,
                                             "OUTPUT": str(tmp_path / "t.pdf")})
    main = project.layoutManager().layouts()[0].itemById("carte")
    assert main.followVisibilityPresetName() == "Territories only"
    drawn = project.mapThemeCollection().mapThemeVisibleLayers("Territories only")
    assert sorted(layer.name() for layer in drawn) == ["Communes", "EPCI", "Pays"]


def test_a_theme_whose_layer_is_missing_is_not_offered(project, beauvaisis_study, tmp_path):
    """Before the indicators (no indicateurs_communes) the project offers the establishments' theme
    only, and opens on it."""
    import shutil

    from osgeo import ogr

    from ess_territoires.gis import study_folder

    folder = tmp_path / "etude"
    folder.mkdir()
    shutil.copy(beauvaisis_study[0], folder / "observatoire.gpkg")
    source = ogr.Open(str(folder / "observatoire.gpkg"), 1)
    for name in ("indicateurs_communes_points", "indicateurs_communes"):
        source.DeleteLayer(name)
    source = None
    study_folder.save_study(project, folder, title="Étude")
    assert project.mapThemeCollection().mapThemes() == ["ESS establishments by family"]
    checked = [node.layer().name() for node in project.layerTreeRoot().findGroup("Study").findLayers()
               if node.itemVisibilityChecked()]
    assert checked == ["ESS establishments", "Pays", "EPCI", "Communes"]


@pytest.fixture(scope="module")
def thierache(qgis_app, tmp_path_factory):
    """The Pays de Thiérache with a synthetic stock of the Aisne and its default maps saved (the
    atlas pages' study): communes without a job among the EPCI's."""
    from synthetic_study import synthetic_study

    from ess_territoires.processing.style import style_study

    path, _ = synthetic_study(tmp_path_factory.mktemp("thierache"), "02", seed=5, rows=15_000,
                              territoire="pays-de-thierache")
    style_study(path)
    return path


def test_no_zero_size_circle_in_the_jobs_atlas(project, thierache, tmp_path):
    """The jobs theme draws the study's own points layer (no filter on it): a commune without a job
    gets no circle, not a zero-size one (a degenerate path PDF readers complain about)."""
    import subprocess

    layout = atlas(thierache, tmp_path / "emplois.pdf", "emplois", coverage=1)
    layer = next(layer for layer in project.mapThemeCollection().mapThemeVisibleLayers(
        layout.itemById("carte").followVisibilityPresetName()) if layer.name() == "ESS jobs per commune")
    assert layer.subsetString() == ""
    assert any(feature["emplois_ess_est"] == 0 for feature in layer.getFeatures())  # some communes have none
    run = subprocess.run(["pdftoppm", "-r", "20", "-png", "-f", "1", "-l", "1", str(tmp_path / "emplois.pdf"),
                          str(tmp_path / "p")], capture_output=True, text=True, check=True)
    assert "closepath" not in run.stderr, run.stderr[:300]
