"""The study's project around a portrait run from the command line.

The project next to the study GeoPackage (same name, ``.qgz``; ``observatoire.qgz`` for a study
folder) is read first when it exists, and written back with the portrait's layout only when the
portrait was written: a failed run leaves the project and the PDF as they were.
"""
from pathlib import Path

from ..core.errors import InputError
from ..core.i18n import tr


def study_project_path(gpkg) -> Path:
    return Path(gpkg).with_suffix(".qgz")


def portrait_in_study_project(gpkg, run):
    """Read the study's project, ``run()`` the portrait in it, save it; returns run()'s result."""
    from qgis.core import QgsProject

    from .portrait_data import as_study
    from .project import save_project
    from .qgis_app import start_qgis

    start_qgis()
    gpkg = Path(gpkg)
    qgz = study_project_path(gpkg)
    project = QgsProject.instance()
    project.clear()
    if qgz.exists() and not project.read(str(qgz)):
        raise InputError(tr("The study's project {path} cannot be read: {error}").format(
            path=qgz, error=project.error()))
    result = run()
    save_project(project, as_study(gpkg), qgz)
    return result
