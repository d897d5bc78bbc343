"""The study's QGIS project, saved next to its GeoPackage with relative paths."""
from pathlib import Path

from qgis.core import QgsProject

from ..core.errors import InputError
from ..core.i18n import tr
from . import layers

# Study layers shown in the project, top to bottom, with their titles.
def study_layer_titles():
    return [
        ("etablissements_ess", tr("ESS establishments")),
        ("indicateurs_communes_points", tr("ESS jobs per commune")),
        ("pays", tr("Pays")),
        ("epci", tr("EPCI")),
        ("indicateurs_communes", tr("ESS establishments per 10,000 inhabitants")),
        ("communes", tr("Communes")),
    ]


def save_project(project: QgsProject, study, qgz, title: str = ""):
    """Add the layers of ``study`` (a gis.study.Study, with their default styles) and write ``qgz``."""
    qgz = Path(qgz)
    present = set(study.layer_names())
    root = project.layerTreeRoot()
    group = root.findGroup(tr("Study")) or root.insertGroup(0, tr("Study"))
    for name, layer_title in reversed(study_layer_titles()):
        if name not in present:
            continue
        layer = layers.find_or_add_layer(project, study, name, layer_title)
        node = root.findLayer(layer.id())
        if node is not None and node.parent() is not group:
            clone = node.clone()
            group.insertChildNode(0, clone)
            node.parent().removeChildNode(node)
    if title:
        project.setTitle(title)
    project.setCrs(layers.open_layer(study, "communes").crs())
    project.writeEntryBool("Paths", "/Absolute", False)
    if not project.write(str(qgz)):
        raise InputError(tr("The project {path} could not be written: {error}")
                         .format(path=qgz, error=project.error()))
