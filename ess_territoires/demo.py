"""The demonstration chain: the three Pays of Picardie, end to end, into one folder.

Synthetic SIRENE stock files for the Aisne, the Oise and the Somme, a study of the three
Pays, the SIRENE import, the indicators and their comparison table, the default maps, three
atlases, a portrait of each Pays and the QGIS project: everything `make demo` promises in ``build/demo``.
"""
from pathlib import Path

from .core import choices
from .core.i18n import tr
from .core.territories import all_presets_id

DEMO_TERRITORY = all_presets_id()  # grand-amienois+grand-beauvaisis+pays-de-thierache
DEMO_DEPARTEMENTS = "02,60,80"
DEMO_SEED = 2024
STOCK_FILES = {
    "etablissements": "StockEtablissement_utf8.zip",
    "unites_legales": "StockUniteLegale_utf8.zip",
    "geolocalisation": "GeolocalisationEtablissement_Sirene_pour_etudes_statistiques_utf8.zip",
    "historique": "StockEtablissementHistorique_utf8.zip",
    "etablissements_anterieur": "anterieur/StockEtablissement_utf8.zip",
    "unites_legales_anterieur": "anterieur/StockUniteLegale_utf8.zip",
}
DEMO_EARLIER_STOCK = "2021-10-31"  # five years before the synthetic stock's date
# (file, coverage, Pays filter, theme): keys of core.choices' lists.
ATLASES = [
    ("atlas_pays.pdf", "pays", "", "densite"),                                # establishments per 10,000 inh.
    ("atlas_epci.pdf", "epci", "", "emplois"),                                # estimated jobs
    ("atlas_communes_thierache.pdf", "communes", "pays-de-thierache", "familles"),  # establishments by family
]


def run_demo(out: Path, run_algorithm, run_command):
    """``run_algorithm(name, parameters)`` runs one of the provider's algorithms;
    ``run_command(argv)`` runs a command line (for the synthetic stock)."""
    from qgis.core import QgsProject

    from .gis.study_folder import save_study
    from .processing.style import style_study

    out.mkdir(parents=True, exist_ok=True)
    gpkg = out / "observatoire.gpkg"
    sirene = out / "sirene"
    stock = {role: sirene / name for role, name in STOCK_FILES.items()}
    if not all(path.exists() for path in stock.values()):
        run_command(["synthetic-sirene", "--departements", DEMO_DEPARTEMENTS, "--seed", str(DEMO_SEED),
                     "--anterieur", DEMO_EARLIER_STOCK, "--out", str(sirene)])
    project = QgsProject.instance()
    project.clear()
    gpkg.unlink(missing_ok=True)
    run_algorithm("etude", {"TERRITOIRE": DEMO_TERRITORY, "OUTPUT": str(gpkg)})
    run_algorithm("import_sirene", {
        "ETABLISSEMENTS": str(stock["etablissements"]), "UNITES_LEGALES": str(stock["unites_legales"]),
        "GEOLOCALISATION": str(stock["geolocalisation"]), "HISTORIQUE": str(stock["historique"]),
        "OUTPUT": str(gpkg)})
    run_algorithm("import_sirene", {
        "ETABLISSEMENTS": str(stock["etablissements_anterieur"]),
        "UNITES_LEGALES": str(stock["unites_legales_anterieur"]),
        "STOCK_ANTERIEUR": True, "OUTPUT": str(gpkg)})
    run_algorithm("indicateurs", {"GPKG": str(gpkg), "OUTPUT_XLSX": str(out / "indicateurs.xlsx"),
                                  "OUTPUT_CSV": str(out / "indicateurs.csv")})
    style_study(gpkg)
    run_algorithm("contributions", {"GPKG": str(gpkg)})  # empty workshop layers, ready for the meetings
    for name, coverage, territory, theme in ATLASES:
        run_algorithm("atlas", {"GPKG": str(gpkg), "TERRITOIRE": territory, "OUTPUT": str(out / name),
                                "COUVERTURE": choices.keys(choices.atlas_coverages()).index(coverage),
                                "THEME": choices.keys(choices.atlas_themes()).index(theme)})
    for pays in DEMO_TERRITORY.split("+"):  # the portraits: layouts of the project, and their PDF
        run_algorithm("portrait", {"GPKG": str(gpkg), "TERRITOIRE": pays, "OUTPUT": str(out / f"portrait_{pays}.pdf")})
    save_study(project, out, title=tr("ESS observatory — demonstration"))
    project.clear()  # closes the layers: the GeoPackage is complete on its own (no -wal file left)
    print(tr("Demo written to {out}").format(out=out))
