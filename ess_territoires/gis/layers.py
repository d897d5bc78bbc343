"""Study layers in a QGIS project: read from the study, styled, grouped."""
from typing import Optional

from qgis.core import QgsProject, QgsVectorLayer

from ..core.errors import InputError
from ..core.i18n import tr
from . import styles

TERRITORY_LAYERS = ("communes", "epci", "pays")


def layer_titles():
    return {"communes": tr("Communes"), "epci": tr("EPCI"), "pays": tr("Pays")}


def open_layer(study, name: str, title: Optional[str] = None, styled: bool = True) -> QgsVectorLayer:
    """The layer ``name`` of ``study`` (a gis.study.Study) as a QGIS layer titled ``title``, with its
    default style unless ``styled`` is False (a layer only read: finding the style costs a PostgreSQL
    study more than opening the layer)."""
    options = QgsVectorLayer.LayerOptions()
    options.loadDefaultStyle = styled and study.has_default_style(name)  # QGIS's search finds nothing: skipped
    layer = QgsVectorLayer(study.layer_uri(name), title or name, study.provider, options)
    if not layer.isValid():
        raise InputError(tr("The layer '{name}' cannot be read from {path}: is this a study "
                            "GeoPackage? Create the study first.").format(name=name, path=study))
    return layer


def add_territory_layers(study, project: QgsProject = None, group_name: Optional[str] = None) -> dict:
    """Add the study's Pays, EPCI and communes to the project (Pays on top), styled."""
    project = project or QgsProject.instance()
    titles = layer_titles()
    root = project.layerTreeRoot()
    group = root.insertGroup(0, group_name) if group_name else root
    layers = {}
    for name in TERRITORY_LAYERS:
        layer = open_layer(study, name, titles[name])
        styles.apply_territory_style(layer, name)
        project.addMapLayer(layer, False)
        group.insertLayer(0, layer)
        layers[name] = layer
    return layers


def find_or_add_layer(project: QgsProject, study, name: str, title: Optional[str] = None, style=None) -> QgsVectorLayer:
    """The project's layer titled ``title`` reading ``name`` from ``study``; added when missing,
    styled by ``style(layer)`` when given (else with the default style saved in the study)."""
    title = title or layer_titles().get(name, name)
    for layer in project.mapLayersByName(title):
        if study.layer_name_of(layer.source()) == name:
            return layer
    layer = open_layer(study, name, title)
    if style is not None:
        style(layer)
    project.addMapLayer(layer)
    return layer
