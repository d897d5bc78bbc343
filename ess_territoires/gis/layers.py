"""Study layers in a QGIS project: loaded from the GeoPackage, styled, grouped."""
from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer

from ..core.errors import InputError
from ..core.i18n import tr
from . import styles

TERRITORY_LAYERS = ("communes", "epci", "pays")


def layer_titles():
    return {"communes": tr("Communes"), "epci": tr("EPCI"), "pays": tr("Pays")}


def open_layer(gpkg, name: str, title: str = None) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{Path(gpkg)}|layername={name}", title or name, "ogr")
    if not layer.isValid():
        raise InputError(tr("The layer '{name}' cannot be read from {path}: is this a study "
                            "GeoPackage? Create the study first.").format(name=name, path=gpkg))
    return layer


def add_territory_layers(gpkg, project: QgsProject = None, group_name: str = None) -> dict:
    """Add the study's Pays, EPCI and communes to the project (Pays on top), styled."""
    project = project or QgsProject.instance()
    titles = layer_titles()
    root = project.layerTreeRoot()
    group = root.insertGroup(0, group_name) if group_name else root
    layers = {}
    for name in TERRITORY_LAYERS:
        layer = open_layer(gpkg, name, titles[name])
        styles.apply_territory_style(layer, name)
        project.addMapLayer(layer, False)
        group.insertLayer(0, layer)
        layers[name] = layer
    return layers


def find_or_add_layer(project: QgsProject, gpkg, name: str, title: str = None, style=None) -> QgsVectorLayer:
    """The project's layer titled ``title`` reading ``name`` from ``gpkg``; added when missing,
    styled by ``style(layer)`` when given (else with the default style saved in the GeoPackage)."""
    title = title or layer_titles().get(name, name)
    wanted = (str(Path(gpkg).resolve()), name)
    for layer in project.mapLayersByName(title):
        parts = layer.source().split("|layername=")
        if len(parts) == 2 and (str(Path(parts[0]).resolve()), parts[1].split("|")[0]) == wanted:
            return layer
    layer = open_layer(gpkg, name, title)
    if style is not None:
        style(layer)
    project.addMapLayer(layer)
    return layer
