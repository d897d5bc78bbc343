"""The study's project around a portrait run from the command line.

The study's project (next to a study GeoPackage, same name, ``.qgz``: ``observatoire.qgz`` for a
study folder; or stored in a PostGIS study's schema) is read first when it exists, and written back
with the portrait's layout only when the portrait was written: a failed run leaves the project and
the PDF as they were.
"""


def portrait_in_study_project(location, run):
    """Read the study's project, ``run()`` the portrait in it, save it; returns run()'s result."""
    from qgis.core import QgsProject

    from .project import read_study_project, save_project
    from .qgis_app import start_qgis
    from .study import Study

    start_qgis()
    study = Study.open(location)
    project = QgsProject.instance()
    read_study_project(project, study)
    result = run()
    save_project(project, study)
    return result
