"""The demonstration chain: the three Pays of Picardie, end to end, into one folder."""
from pathlib import Path

from .core.i18n import tr

DEMO_TERRITORY = "grand-amienois+grand-beauvaisis+pays-de-thierache"
DEMO_DEPARTEMENTS = "02,60,80"
DEMO_SEED = 2024


def run_demo(out: Path, run_algorithm, run_command):
    """``run_algorithm(name, parameters)`` runs one of the provider's algorithms;
    ``run_command(args)`` runs a command line (for the synthetic stock)."""
    from qgis.core import QgsProject

    from .gis.project import save_project

    out.mkdir(parents=True, exist_ok=True)
    gpkg = out / "observatoire.gpkg"
    sirene = out / "sirene"
    stock = {
        "etablissements": sirene / "StockEtablissement_utf8.zip",
        "unites_legales": sirene / "StockUniteLegale_utf8.zip",
        "geolocalisation": sirene / "GeolocalisationEtablissement_Sirene_pour_etudes_statistiques_utf8.zip",
    }
    if not all(path.exists() for path in stock.values()):
        run_command(["synthetic-sirene", "--departements", DEMO_DEPARTEMENTS, "--seed", str(DEMO_SEED),
                     "--out", str(sirene)])
    project = QgsProject.instance()
    project.clear()
    gpkg.unlink(missing_ok=True)
    run_algorithm("etude", {"TERRITOIRE": DEMO_TERRITORY, "OUTPUT": str(gpkg)})
    run_algorithm("import_sirene", {
        "ETABLISSEMENTS": str(stock["etablissements"]), "UNITES_LEGALES": str(stock["unites_legales"]),
        "GEOLOCALISATION": str(stock["geolocalisation"]), "OUTPUT": str(gpkg)})
    run_algorithm("atlas", {"GPKG": str(gpkg), "COUVERTURE": 0, "OUTPUT": str(out / "atlas_pays.pdf")})
    save_project(project, gpkg, out / "observatoire.qgz", title=tr("ESS observatory — demonstration"))
    print(tr("Demo written to {out}").format(out=out))
