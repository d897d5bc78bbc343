"""The study's QGIS project: saved next to its GeoPackage with relative paths, or stored in its
PostGIS schema (QGIS's PostgreSQL project storage) so that a colleague opens it from the Browser."""
from pathlib import Path

from qgis.core import QgsProject, QgsReferencedRectangle

from ..core.errors import InputError
from ..core.i18n import tr
from . import layers

# Where a study's project records its study: a path relative to the project file for a
# GeoPackage, the location itself for a database (postgresql://…).
PROPERTY_SCOPE, PROPERTY_KEY = "ess_territoires", "etude"
STUDY_FOLDER_FILES = ("observatoire.qgz", "observatoire.gpkg")  # a study folder saved before the property

# Study layers shown in the project, top to bottom, with their titles. The thematic ones (all but the
# territories) are drawn by the map themes (gis.atlas_themes): the project opens on one of them.
def study_layer_titles():
    return [
        ("etablissements_ess", tr("ESS establishments")),
        ("indicateurs_communes_points", tr("ESS jobs per commune")),
        ("pays", tr("Pays")),
        ("epci", tr("EPCI")),
        ("indicateurs_communes", tr("ESS indicators per commune")),  # several themes, one style each
        ("communes", tr("Communes")),
    ]


TERRITORY_LAYERS = ("pays", "epci", "communes")


def atlas_group_name():
    return tr("Atlas (layers of the layouts)")


def study_group_name():
    return tr("Study")


def territories_theme_name():
    return tr("Territories only")


def add_study_layers(project: QgsProject, study):
    """The layers of ``study`` (a gis.study.Study) in the project's "Study" group, added when missing
    (with their default styles; one added without gets its deliberate style,
    thematic.style_if_unstyled), and the study's map themes recorded; returns the group. A layer
    added here stays unchecked unless it is a territory or the project shows no theme yet."""
    from . import thematic  # here: the panel reads study_location at QGIS start-up, which must stay light

    present = set(study.layer_names())
    root = project.layerTreeRoot()
    group = root.findGroup(study_group_name()) or root.insertGroup(0, study_group_name())
    added = []
    for name, layer_title in reversed(study_layer_titles()):
        if name not in present:
            continue
        layer = layers.find_or_add_layer(  # never in QGIS's random colour
            project, study, name, layer_title, style=lambda added, name=name: thematic.style_if_unstyled(
                study, added, name))
        node = root.findLayer(layer.id())
        if node is not None and node.parent() is not group:
            clone = node.clone()
            group.insertChildNode(0, clone)
            node.parent().removeChildNode(node)
            added.append((name, clone))
    offered = record_study_themes(project, study, group)
    thematic_checked = any(node.itemVisibilityChecked() for node in group.findLayers()
                           if study.layer_name_of(node.layer().source()) not in TERRITORY_LAYERS
                           and all(node is not new for _n, new in added))
    opening = opening_layer(offered)
    for name, node in added:
        node.setItemVisibilityChecked(name in TERRITORY_LAYERS or (
            not thematic_checked and opening is not None and node.layer() is opening))
    return group


def study_layer(project: QgsProject, study, name: str):
    """The project's layer of the "Study" group that reads the study's layer ``name``."""
    group = project.layerTreeRoot().findGroup(study_group_name())
    for node in group.findLayers() if group is not None else []:
        if study.layer_name_of(node.layer().source()) == name:
            return node.layer()
    raise InputError(tr("The study has no layer '{name}' in its project: add the study's layers again.")
                     .format(name=name))


def record_study_themes(project: QgsProject, study, group) -> dict:
    """One map theme per theme the study can draw (gis.atlas_themes), named after its title: its
    layer of ``group`` in the theme's named style, over the territories. A theme whose layer is
    missing or empty is not offered (and goes when it was). Returns theme -> layer."""
    from . import atlas_themes

    nodes = {study.layer_name_of(node.layer().source()): node for node in group.findLayers()}
    territories = [nodes[name].layer() for name in TERRITORY_LAYERS if name in nodes]
    offered = {}
    for layer_name in dict.fromkeys(name for name, _field in atlas_themes.THEME_LAYERS.values()):
        if layer_name not in nodes:
            continue
        layer = nodes[layer_name].layer()
        themes = [theme for theme in atlas_themes.themes_of_layer(layer_name) if atlas_themes.has_values(layer, theme)]
        if themes:
            atlas_themes.keep_theme_styles(layer, layer_name, themes)
            offered.update(dict.fromkeys(themes, layer))
    collection = project.mapThemeCollection()
    for theme in atlas_themes.THEME_LAYERS:
        name = atlas_themes.style_name(theme)
        if theme in offered:
            record_map_theme(project, name, [(offered[theme], name), *territories])
        elif collection.hasMapTheme(name):
            collection.removeMapTheme(name)
    if collection.hasMapTheme(territories_theme_name()):
        record_map_theme(project, territories_theme_name(), territories)
    return offered


def opening_layer(offered: dict):
    """The layer the project opens on: the one of atlas_themes.OPENING_THEME, else of the first
    theme offered (None without any)."""
    theme = opening_theme(offered)
    return offered[theme] if theme else None


def opening_theme(offered: dict):
    from . import atlas_themes

    return atlas_themes.OPENING_THEME if atlas_themes.OPENING_THEME in offered else next(iter(offered), None)


def organise_layers(project: QgsProject, study, study_group):
    """One readable map: of the study's thematic layers only the opening theme's is checked, in
    its style (the others are drawn by the map themes the cartographer switches between); the
    study's layers the atlas and other layouts added for themselves go into their own group,
    unchecked; layers the user added (a basemap) stay where they are."""
    root = project.layerTreeRoot()
    loose = [node for node in root.children() if node.nodeType() == node.NodeLayer  # a basemap of the user's stays
             and node.layer() is not None and study.layer_name_of(node.layer().source()) is not None]
    loose += [layer_node for group in root.children() if group.nodeType() == group.NodeGroup
              and group.name() == atlas_group_name() for layer_node in group.findLayers()]
    atlas = root.findGroup(atlas_group_name())
    if loose or atlas is not None:
        atlas = atlas or root.addGroup(atlas_group_name())
        for position, node in enumerate([node for node in loose if node.parent() is not atlas]):
            atlas.insertChildNode(position, node.clone())  # above the helpers: the order the maps draw
            node.parent().removeChildNode(node)
        atlas.setItemVisibilityChecked(False)
        atlas.setExpanded(False)
        for layer_node in atlas.findLayers():
            layer_node.setItemVisibilityChecked(False)
    from .atlas_themes import style_name

    forget_old_themes(project)
    offered = record_study_themes(project, study, study_group)
    opening = opening_layer(offered)
    shown = [style_name(theme) for theme, layer in offered.items() if layer is opening]
    if opening is not None and opening.styleManager().currentStyle() not in shown:
        opening.styleManager().setCurrentStyle(style_name(opening_theme(offered)))  # else the one restyled last
    for node in study_group.findLayers():
        name = study.layer_name_of(node.layer().source())
        node.setItemVisibilityChecked(name in TERRITORY_LAYERS or node.layer() is opening)


def forget_old_themes(project: QgsProject):
    """Remove the map themes earlier versions recorded: one per layout (and its location inset),
    one per thematic layer's title."""
    from .atlas import theme_titles

    layouts = [layout.name() for layout in project.layoutManager().layouts()]
    old = set(layouts) | {tr("{atlas} — location").format(atlas=name) for name in layouts}
    old |= {title for name, title in study_layer_titles() if name not in TERRITORY_LAYERS}
    old -= set(theme_titles().values())
    collection = project.mapThemeCollection()
    for name in collection.mapThemes():
        if name in old:
            collection.removeMapTheme(name)


def record_map_theme(project: QgsProject, name: str, visible_layers) -> str:
    """The project's map theme ``name`` showing ``visible_layers`` (each a layer, drawn in its
    current style, or a (layer, named style) pair), created or updated: the one way the project's
    maps and the atlas choose what they draw."""
    from qgis.core import QgsMapThemeCollection

    records = []
    for entry in visible_layers:
        layer, style = entry if isinstance(entry, tuple) else (entry, "")
        record = QgsMapThemeCollection.MapThemeLayerRecord(layer)
        if style:
            record.usingCurrentStyle = True
            record.currentStyle = style
        records.append(record)
    record = QgsMapThemeCollection.MapThemeRecord()
    record.setLayerRecords(records)
    themes = project.mapThemeCollection()
    if themes.hasMapTheme(name):
        themes.update(name, record)
    else:
        themes.insert(name, record)
    return name


def file_layout_layers(project: QgsProject, helpers):
    """Place the layers a layout added for itself (pages, masks, location) into the layouts' own
    group, unchecked, so the main map never shows them."""
    root = project.layerTreeRoot()
    group = root.findGroup(atlas_group_name()) or root.addGroup(atlas_group_name())
    for layer in helpers:
        node = root.findLayer(layer.id())
        if node is not None and node.parent() is not group:
            group.addChildNode(node.clone())
            node.parent().removeChildNode(node)
    group.setItemVisibilityChecked(False)
    group.setExpanded(False)
    for layer_node in group.findLayers():
        layer_node.setItemVisibilityChecked(False)


def save_project(project: QgsProject, study, qgz=None, title: str = ""):
    """Add the layers of ``study`` (a gis.study.Study) and its map themes (add_study_layers),
    organise them (organise_layers) and write the project to ``qgz`` (default: where the study
    keeps it, ``study.project_location()``)."""
    qgz = str(qgz or study.project_location())
    group = add_study_layers(project, study)
    organise_layers(project, study, group)
    if title:
        project.setTitle(title)
    communes = layers.open_layer(study, "communes")
    project.setCrs(communes.crs())
    extent = communes.extent()
    extent.scale(1.05)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, communes.crs()))  # opens on it
    project.writeEntryBool("Paths", "/Absolute", False)
    record_study(project, study.location, qgz)
    if not project.write(qgz):
        raise InputError(tr("The project {path} could not be written: {error}")
                         .format(path=qgz, error=project.error()))


def read_study_project(project: QgsProject, study) -> bool:
    """Read the project of ``study`` into ``project`` (cleared first); False when the study has none yet."""
    project.clear()
    if not study.has_project():
        return False
    if not project.read(study.project_location()):
        raise InputError(tr("The study's project {path} cannot be read: {error}").format(
            path=study.project_location(), error=project.error()))
    return True


def stored_in_database(study) -> bool:
    """Whether ``study`` keeps its QGIS project in its database (a PostGIS study), not in a file."""
    return "://" in str(study.project_location())


def is_project_of(project: QgsProject, study) -> bool:
    """Whether ``project`` is the QGIS project of ``study`` (its property names the study)."""
    return study_location(project) == study.location


def store_study_project(study, restyled=(), open_project: QgsProject = None) -> str:
    """Write the project of a study stored in a database (created, or updated with the study's new
    layers and the default styles of the layers ``restyled``), where a colleague opens it from the
    Browser; returns its location. When ``open_project`` (the project open in QGIS) is the study's
    own, it is the one updated (its layers reloaded) and stored: what the user sees and what the
    team opens stay one project; otherwise the stored project is read afresh."""
    from . import contributions
    from .atlas_themes import use_default_style
    from .study_folder import refresh_study_layers, territory_title

    if open_project is not None and is_project_of(open_project, study):
        project, found = open_project, True
        refresh_study_layers(project, study)
    else:
        project = QgsProject()
        found = read_study_project(project, study)
    for layer in project.mapLayers().values():
        if study.layer_name_of(layer.source()) in restyled:
            use_default_style(layer)
    contributions.add_to_project(project, study)
    save_project(project, study, title="" if found else territory_title(study.territory()))
    return study.project_location()


def record_study(project: QgsProject, location: str, qgz=None):
    """Record the study's ``location`` in the project property ess_territoires/etude (relative to
    the project file ``qgz`` for a file, so that the folder can be moved)."""
    value = str(location)
    if "://" not in value and qgz is not None and "://" not in str(qgz):
        try:
            value = Path(value).resolve().relative_to(Path(qgz).resolve().parent).as_posix()
        except ValueError:
            value = str(Path(value).resolve())
    project.writeEntry(PROPERTY_SCOPE, PROPERTY_KEY, value)


def study_location(project: QgsProject):
    """The location of the study whose project ``project`` is (property ess_territoires/etude, or a
    study folder's observatoire.qgz saved before it), or None when it is not a study's project or
    its GeoPackage is missing."""
    value, found = project.readEntry(PROPERTY_SCOPE, PROPERTY_KEY, "")
    home = Path(project.absolutePath()) if project.absolutePath() else None
    if found and value:
        if "://" in value:
            return value
        path = Path(value)
        if not path.is_absolute() and home is not None:
            path = home / path
        return str(path) if path.exists() else None
    if home is not None and Path(project.fileName()).name == STUDY_FOLDER_FILES[0]:
        path = home / STUDY_FOLDER_FILES[1]
        return str(path) if path.exists() else None
    return None


def zoom_canvas_to_study(project: QgsProject, canvas):
    """Show the study's territory on ``canvas`` (the project's default view)."""
    extent = project.viewSettings().defaultViewExtent()
    if extent.isNull():
        return
    canvas.setDestinationCrs(extent.crs())
    canvas.setReferencedExtent(extent) if hasattr(canvas, "setReferencedExtent") else canvas.setExtent(extent)
    canvas.refresh()
