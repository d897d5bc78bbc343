"""The study's QGIS project, saved next to its GeoPackage with relative paths."""
from pathlib import Path

from qgis.core import QgsProject

from ..core.errors import InputError
from ..core.i18n import tr
from . import layers


def save_project(project: QgsProject, gpkg, qgz, title: str = ""):
    """Make sure the territory layers are in ``project`` and write it to ``qgz``."""
    qgz = Path(qgz)
    for name in reversed(layers.TERRITORY_LAYERS):
        layers.find_or_add_layer(project, gpkg, name)
    if title:
        project.setTitle(title)
    project.setCrs(project.mapLayersByName(layers.layer_titles()["communes"])[0].crs())
    project.writeEntryBool("Paths", "/Absolute", False)
    if not project.write(str(qgz)):
        raise InputError(tr("The project {path} could not be written: {error}")
                         .format(path=qgz, error=project.error()))
