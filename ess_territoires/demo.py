"""The demonstration chain: the three Pays of Picardie, end to end, into one folder."""
from pathlib import Path

from .core.i18n import tr

DEMO_TERRITORY = "grand-amienois+grand-beauvaisis+pays-de-thierache"


def run_demo(out: Path, run_algorithm):
    """``run_algorithm(name, parameters)`` runs one of the provider's algorithms."""
    from qgis.core import QgsProject

    from .gis.project import save_project

    out.mkdir(parents=True, exist_ok=True)
    gpkg = out / "observatoire.gpkg"
    project = QgsProject.instance()
    project.clear()
    run_algorithm("etude", {"TERRITOIRE": DEMO_TERRITORY, "OUTPUT": str(gpkg)})
    run_algorithm("atlas", {"GPKG": str(gpkg), "COUVERTURE": 0, "OUTPUT": str(out / "atlas_pays.pdf")})
    save_project(project, gpkg, out / "observatoire.qgz", title=tr("ESS observatory — demonstration"))
    print(tr("Demo written to {out}").format(out=out))
