"""A study folder holds everything: copied elsewhere, it opens with every layer valid and every atlas
exportable, with no network; credentials never land in the settings or the project."""
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from qgis.core import (
    QgsLayerTreeModel,
    QgsLayoutExporter,
    QgsNetworkAccessManager,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QImage

from ess_territoires.core.errors import InputError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_like(qgis_app, tmp_path_factory):
    """A study folder made the way the demo makes one (small synthetic stock over the Thiérache):
    study, import, indicators, default maps, fictitious-data mark, one atlas per coverage, project."""
    from ess_territoires.gis import atlas, atlas_themes
    from ess_territoires.gis.study_folder import (
        create_study_folder,
        generate_demo_stock,
        save_study,
    )
    from ess_territoires.processing.runner import processing_run
    from ess_territoires.processing.style import style_study

    base = tmp_path_factory.mktemp("demo_like")
    project = QgsProject()
    study = create_study_folder(base / "etude", "pays-de-thierache", project)
    stock = generate_demo_stock(study.study, base / "sirene", rows=20_000)
    processing_run("ess_territoires:import_sirene", {
        "ETABLISSEMENTS": str(stock["etablissements"]), "UNITES_LEGALES": str(stock["unites_legales"]),
        "GEOLOCALISATION": str(stock["geolocalisation"]), "OUTPUT": str(study.gpkg)})
    processing_run("ess_territoires:indicateurs", {"GPKG": str(study.gpkg)})
    processing_run("ess_territoires:contributions", {"GPKG": str(study.gpkg)})
    style_study(study.gpkg)
    for coverage, theme in (("pays", "densite"), ("epci", "emplois"), ("communes", "familles")):
        atlas.build_atlas(project, study.study, coverage, theme=theme,
                          theme_layers=atlas_themes.theme_layers(project, study.study, theme))
    save_study(project, study.folder)
    project.clear()
    return study.folder


def copy_study(folder: Path, target: Path) -> Path:
    shutil.copytree(folder, target, ignore=shutil.ignore_patterns("*.pdf", "sirene*", "*.png"))
    return target


def check_opens_offline(copy: Path, tmp_path: Path, original: Path):
    from ess_territoires.gis.study_folder import (
        check_offline,
        layer_path,
        open_study_folder,
    )

    requests = []
    manager = QgsNetworkAccessManager.instance()
    manager.requestAboutToBeCreated.connect(requests.append)
    try:
        project = open_study_folder(copy, QgsProject())
        layers = list(project.mapLayers().values())
        assert len(layers) >= 8
        for layer in layers:
            assert layer.isValid(), layer.name()
            path = layer_path(layer)
            assert path is not None and path.resolve().parent == copy.resolve(), (layer.name(), layer.source())
            assert original.resolve() not in path.resolve().parents
        assert check_offline(project) == []
        layouts = project.layoutManager().layouts()
        assert len([layout for layout in layouts if layout.atlas().enabled()]) == 3
        for index, layout in enumerate(layouts):
            if not layout.atlas().enabled():  # a portrait (make demo): exported again from the copy
                again = tmp_path / f"portrait_{index}.pdf"
                assert QgsLayoutExporter(layout).exportToPdf(str(again), QgsLayoutExporter.PdfExportSettings()) == 0
                assert again.stat().st_size > 50_000
                continue
            atlas = layout.atlas()
            assert atlas.coverageLayer() is not None and atlas.coverageLayer().isValid()
            assert atlas.beginRender() and atlas.count() > 0
            assert atlas.seekTo(0)
            image = tmp_path / f"page_{index}.png"
            settings = QgsLayoutExporter.ImageExportSettings()
            settings.dpi = 40
            result = QgsLayoutExporter(layout).exportToImage(str(image), settings)
            assert result == QgsLayoutExporter.ExportResult.Success
            atlas.endRender()
            picture = QImage(str(image))
            colours = {picture.pixel(x, y) for x in range(0, picture.width(), 7) for y in range(0, picture.height(), 7)}
            assert len(colours) > 20, layout.name()  # a drawn page, not a blank one
        pdf = tmp_path / "atlas.pdf"
        first = next(layout for layout in layouts
                     if layout.atlas().enabled() and layout.atlas().coverageLayer().featureCount() <= 20)
        assert QgsLayoutExporter.exportToPdf(first.atlas(), str(pdf), QgsLayoutExporter.PdfExportSettings())[0] == 0
        assert pdf.stat().st_size > 10_000
        project.clear()
    finally:
        manager.requestAboutToBeCreated.disconnect(requests.append)
    assert requests == []


def test_copied_study_opens_offline_with_every_layer_valid_and_every_atlas_exportable(demo_like, tmp_path):
    copy = copy_study(demo_like, tmp_path / "copie")
    moved = demo_like.with_name("etude_elsewhere")
    demo_like.rename(moved)  # the copy must not read the original folder
    try:
        check_opens_offline(copy, tmp_path, moved)
    finally:
        moved.rename(demo_like)
    assert sorted(p.name for p in copy.iterdir()) == ["observatoire.gpkg", "observatoire.qgz"]


def test_check_offline_lists_web_layers_and_missing_files(demo_like, tmp_path):
    from ess_territoires.gis.study_folder import check_offline

    project = QgsProject()
    web = QgsRasterLayer("type=xyz&url=https://tile.openstreetmap.org/%7Bz%7D/%7Bx%7D/%7By%7D.png", "OSM", "wms")
    local = QgsVectorLayer(f"{demo_like / 'observatoire.gpkg'}|layername=communes", "Communes", "ogr")
    gone = QgsVectorLayer(f"{tmp_path / 'gone.gpkg'}|layername=communes", "Gone", "ogr")
    for layer in (web, local, gone):
        project.addMapLayer(layer)
    problems = check_offline(project)
    assert len(problems) == 2
    assert any("OSM" in problem and "not a local file" in problem for problem in problems)
    assert any("Gone" in problem for problem in problems)


def test_new_study_refuses_a_study_folder_and_open_needs_one(demo_like, tmp_path):
    from ess_territoires.gis.study_folder import new_study_paths, open_study_folder

    with pytest.raises(InputError, match="already holds a study"):
        new_study_paths(demo_like)
    with pytest.raises(InputError, match="observatoire.qgz"):
        open_study_folder(tmp_path, QgsProject())
    assert new_study_paths(tmp_path / "new").folder.is_dir()


CREDENTIAL_SCRIPT = r"""
import sys, zipfile
from pathlib import Path
sys.path.insert(0, sys.argv[1])
out = Path(sys.argv[2])
from ess_territoires.processing.runner import start_qgis
start_qgis()
from qgis.core import QgsApplication, QgsProject, QgsSettings, QgsVectorLayer
manager = QgsApplication.authManager()
assert manager.setMasterPassword("master-of-the-test", True)
from ess_territoires.gui import settings
authcfg = settings.store_credential("proxy", "cartographe", "S3cret-Pw-42")
values = settings.PanelSettings.load()
values.authcfg = authcfg
values.save()
assert settings.PanelSettings.load().authcfg == authcfg
assert settings.credential(authcfg) == ("cartographe", "S3cret-Pw-42")
project = QgsProject.instance()
project.addMapLayer(QgsVectorLayer("Point?crs=EPSG:2154", "p", "memory"))
project.writeEntry("ess_territoires", "authcfg", authcfg)
assert project.write(str(out / "projet.qgz"))
QgsSettings().sync()
print(QgsSettings().fileName())
print(authcfg)
"""


def test_credentials_go_to_the_auth_database_only(tmp_path):
    """In a QGIS of its own (fresh profile): the secret is read back from QGIS's authentication
    database and appears neither in the settings file nor in the project."""
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config")}
    run = subprocess.run([sys.executable, "-c", CREDENTIAL_SCRIPT, str(ROOT), str(tmp_path)], env=env,
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    settings_file, authcfg = run.stdout.strip().splitlines()[-2:]
    text = Path(settings_file).read_text(encoding="utf-8")
    assert authcfg in text and "S3cret-Pw-42" not in text and "cartographe" not in text
    with zipfile.ZipFile(tmp_path / "projet.qgz") as archive:
        for name in archive.namelist():
            assert b"S3cret-Pw-42" not in archive.read(name)
    auth_dbs = list(home.rglob("qgis-auth.db"))
    assert auth_dbs and b"S3cret-Pw-42" not in auth_dbs[0].read_bytes()  # stored encrypted


def test_the_study_project_opens_on_one_theme_with_the_atlas_layers_apart(project, demo_study, tmp_path):
    """One thematic layer checked, the others map themes; the atlas' own layers in their group, off; each
    thematic layer's name, legend title and drawn field agree (in French, the language of the maps)."""
    import shutil

    from ess_territoires.core import indicators
    from ess_territoires.gis import study_folder
    from ess_territoires.gis.i18n import install_translator
    from ess_territoires.processing.runner import processing_run
    from ess_territoires.processing.style import style_study

    folder = tmp_path / "etude"
    folder.mkdir()
    shutil.copy(demo_study[0], folder / "observatoire.gpkg")
    gpkg = folder / "observatoire.gpkg"
    style_study(gpkg)
    install_translator("fr")
    try:
        for theme in (0, 1, 2):  # the atlas adds its helpers and theme layers to the project
            processing_run("ess_territoires:atlas", {"GPKG": str(gpkg), "COUVERTURE": 0, "THEME": theme,
                                                     "OUTPUT": str(tmp_path / f"atlas{theme}.pdf")})
        study_folder.save_study(project, folder, title="Étude")
        root = project.layerTreeRoot()
        atlas = root.findGroup("Atlas (couches des mises en page)")
        assert atlas is not None and not atlas.itemVisibilityChecked()
        names = [node.layer().name() for node in atlas.findLayers()]
        assert any(name.startswith("Voisins") for name in names) and any(n.startswith("Localisation") for n in names)
        assert all(node.parent() in (root,) for node in root.children())
        assert [n for n in root.children() if n.nodeType() == n.NodeLayer] == []
        study = root.findGroup("Étude")
        checked = [node.layer().name() for node in study.findLayers() if node.itemVisibilityChecked()]
        assert checked == ["Pays", "EPCI", "Indicateurs ESS par commune", "Communes"], checked
        themes = project.mapThemeCollection().mapThemes()
        assert "Emplois salariés ESS estimés (tranches SIRENE)" in themes
        assert "Établissements ESS par famille" in themes and "Établissements ESS pour 10 000 habitants" in themes

        def agree(layers):
            """Each layer's title for what it shows (its name, or the name of its style when it has
            several: one per theme), its legend title and the field it draws agree."""
            aliases = indicators.aliases()
            for layer in layers:
                renderer = layer.renderer()
                field = ""
                if renderer.type() == "graduatedSymbol":
                    field = renderer.classAttribute()
                elif renderer.type() == "singleSymbol" and renderer.dataDefinedSizeLegend():
                    field = renderer.symbol().dataDefinedSize().field()
                    assert renderer.dataDefinedSizeLegend().title() == aliases[field], layer.name()
                styles = layer.styleManager()
                title = styles.currentStyle() if len(styles.styles()) > 1 else layer.name()
                if field:
                    assert aliases[field].split()[0].lower() in title.lower(), (title, field, aliases[field])

        agree(project.mapLayers().values())  # as the project opens
        model = QgsLayerTreeModel(root)
        for theme in themes:  # and as each theme shows it
            project.mapThemeCollection().applyTheme(theme, root, model)
            shown = project.mapThemeCollection().mapThemeVisibleLayers(theme)
            thematic = [layer for layer in shown if layer.name() not in ("Pays", "EPCI", "Communes")]
            assert len(thematic) == (0 if theme == "Territoires seuls" else 1), theme  # the atlas with no theme
            agree(shown)
    finally:
        install_translator("en")


def test_a_study_never_shows_a_layer_in_a_random_colour(project, beauvaisis_study, tmp_path):
    """A study imported and computed with no styling step: its project draws the territories as the
    palette's outlines (never in the colour QGIS picks at random) and the establishments by family."""
    from ess_territoires.gis import study_folder, styles
    from ess_territoires.gis.study import Study

    folder = tmp_path / "etude"
    folder.mkdir()
    shutil.copy(beauvaisis_study[0], folder / "observatoire.gpkg")
    study = Study.open(folder / "observatoire.gpkg")
    assert not study.has_default_style("pays") and not study.has_default_style("etablissements_ess")
    study_folder.save_study(project, folder, title="Étude")
    for name, title in (("pays", "Pays"), ("epci", "EPCI"), ("communes", "Communes")):
        layer = project.mapLayersByName(title)[0]
        symbol = layer.renderer().symbol().symbolLayer(0)
        colour, width = styles.territory_outline(name)
        assert symbol.brushStyle() == Qt.BrushStyle.NoBrush, title  # outlines only: what lies under shows
        assert (symbol.strokeColor().name(), symbol.strokeWidth()) == (colour, width), title
    points = project.mapLayersByName("ESS establishments")[0]
    assert points.renderer().type() == "categorizedSymbol" and points.renderer().classAttribute() == "famille"


def test_a_basemap_the_user_added_stays_on_the_map_when_the_study_is_saved(project, beauvaisis_study, tmp_path):
    """Only the study's own layers that a layout added are filed into the layouts' group: a layer of
    the user's (here an XYZ basemap at the root of the tree) keeps its place and stays shown."""
    from qgis.core import QgsRasterLayer

    from ess_territoires.gis import study_folder
    from ess_territoires.gis.project import atlas_group_name

    folder = tmp_path / "etude"
    folder.mkdir()
    shutil.copy(beauvaisis_study[0], folder / "observatoire.gpkg")
    study_folder.save_study(project, folder, title="Étude")
    basemap = QgsRasterLayer("type=xyz&url=http://127.0.0.1:9/{z}/{x}/{y}.png&zmax=19&zmin=0", "Fond de plan",
                             "wms")
    project.addMapLayer(basemap)
    study_folder.save_study(project, folder, title="Étude")
    node = project.layerTreeRoot().findLayer(basemap.id())
    assert node is not None and node.parent() is project.layerTreeRoot()
    assert node.itemVisibilityChecked()
    helpers = project.layerTreeRoot().findGroup(atlas_group_name())
    assert helpers is None or basemap.id() not in [n.layerId() for n in helpers.findLayers()]
