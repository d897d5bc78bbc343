"""Command line: ``python3 -m ess_territoires <command>``, over the Processing algorithms.

Each command calls the same algorithm as the toolbox and the dock panel; bad input ends
with a clear message on stderr and exit code 2, never a traceback.
"""
import argparse
import sys
from pathlib import Path

from .core import choices
from .core.errors import EssError
from .core.i18n import tr

EXIT_INPUT = 2


def _progress_feedback(stream=None):
    from qgis.core import QgsProcessingFeedback

    stream = stream or sys.stderr

    class CliFeedback(QgsProcessingFeedback):
        """Progress on stderr: on a terminal, one line redrawn in place (bar, percent and the time
        left the algorithm estimates); otherwise (a log file, a pipe) one line each time that
        estimate is renewed. Info lines go to stdout."""

        def __init__(self):
            super().__init__()
            self._last = None
            self._text = ""
            self._tty = stream.isatty()
            self.progressChanged.connect(self._draw)

        def _draw(self, percent):
            if not self._tty:
                return
            step = int(percent) // 2
            line = f"[{'#' * step}{'.' * (50 - step)}] {self._text or f'{int(percent)} %'}"
            if line != self._last:
                stream.write(f"\r{line:<100}" + ("\n" if percent >= 100 else ""))
                stream.flush()
                self._last = line

        def setProgressText(self, text):
            super().setProgressText(text)
            self._text = text
            if self._tty:
                self._draw(self.progress())
            else:
                stream.write(text + "\n")
                stream.flush()

        def pushInfo(self, info):
            if self._tty and self._last and not self._last.endswith("\n"):
                stream.write("\n")
                self._last = None
            print(info, flush=True)  # a log followed as it grows (tail -f, a test) sees each line at once

        def reportError(self, error, fatalError=False):
            print(error, file=sys.stderr)

    return CliFeedback()


def run_algorithm(name: str, parameters: dict) -> dict:
    from .processing.runner import processing_run, start_qgis

    start_qgis()
    return processing_run(f"ess_territoires:{name}", parameters, _progress_feedback())


def cmd_territoires(args):
    from .core import reference
    from .core.territories import load_presets, resolve

    communes = reference.communes_france()
    presets = load_presets()
    print(f"{'id':<20} {'nom':<22} {'communes':>9} {'population':>11}")
    for preset in presets:
        territory = resolve(preset.id, communes, presets)
        print(f"{preset.id:<20} {preset.name:<22} {len(territory.communes):>9} "
              f"{int(territory.communes['population'].sum()):>11}")


def cmd_etude(args):
    run_algorithm("etude", {"TERRITOIRE": args.territoire, "OUTPUT": str(args.out)})


def cmd_atlas(args):
    return run_algorithm("atlas", {
        "GPKG": str(args.gpkg) if args.gpkg else None,
        "COUVERTURE": choices.keys(choices.atlas_coverages()).index(args.couverture),
        "TERRITOIRE": args.territoire or "",
        "THEME": choices.keys(choices.atlas_themes()).index(args.theme or ""),
        "FORMAT": choices.keys(choices.page_formats()).index(args.format),
        "PAR_PAGE": args.par_page,
        "PNG": str(args.png) if args.png else None,
        "ATELIERS": args.ateliers,
        "GRAPHIQUES": args.graphiques,
        "OUTPUT": str(args.out),
    })


def cmd_portrait(args):
    from .gis.portrait_project import portrait_in_study_project

    portrait_in_study_project(args.gpkg, lambda: run_algorithm("portrait", {
        "GPKG": str(args.gpkg), "TERRITOIRE": args.territoire, "FORMAT": ["A4", "A3"].index(args.format),
        "LOGO": str(args.logo) if args.logo else None, "OBSERVATOIRE": args.observatoire or "",
        "OUTPUT": str(args.out)}))


def cmd_import_sirene(args):
    run_algorithm("import_sirene", {
        "ETABLISSEMENTS": str(args.etablissements), "UNITES_LEGALES": str(args.unites_legales),
        "GEOLOCALISATION": str(args.geolocalisation) if args.geolocalisation else None,
        "INCLURE_FERMES": args.inclure_fermes,
        "PERIMETRE": str(args.perimetre) if args.perimetre else None,
        "HISTORIQUE": str(args.historique) if args.historique else None,
        "DATE_STOCK": args.date_stock or "", "STOCK_ANTERIEUR": args.stock_anterieur,
        "LIBELLES_NAF": str(args.libelles_naf) if args.libelles_naf else None,
        "TERRITOIRE": args.territoire or "", "OUTPUT": str(args.out)})


def cmd_import_api(args):
    run_algorithm("import_api", {"TERRITOIRE": args.territoire or "", "API_URL": args.api_url or "",
                                 "GEO_URL": args.geo_url or "", "OFFLINE": args.offline, "FINANCES": args.finances,
                                 "OUTPUT": str(args.out)})


def cmd_import_partenaires(args):
    run_algorithm("import_partenaires", {"FICHIER": str(args.fichier), "API_URL": args.api_url or "",
                                         "OFFLINE": args.offline, "OUTPUT": str(args.out)})


def cmd_synthetic_sirene(args):
    from .core import reference
    from .core.dynamics import parse_date
    from .core.synthetic import generate_sirene
    from .gis.sampling import CommunePointSampler

    communes = reference.communes_france()
    earlier = parse_date(args.anterieur, "--anterieur") if args.anterieur else None
    if args.departements:
        departements = [d.strip() for d in args.departements.split(",") if d.strip()]
        paths = generate_sirene(communes, args.out, seed=args.seed, departements=departements,
                                point_sampler=CommunePointSampler(), earlier_date=earlier, layout=args.format)
    else:
        paths = generate_sirene(communes, args.out, seed=args.seed, national_rows=args.national,
                                point_sampler=CommunePointSampler(), layout=args.format)
    for role, path in paths.items():
        print(f"{role}: {path}")


def cmd_indicateurs(args):
    run_algorithm("indicateurs", {
        "GPKG": str(args.gpkg), "JOINTURE": str(args.jointure) if args.jointure else None,
        "JOINTURE_CLE": args.jointure_cle or "",
        "OUTPUT_CSV": str(args.csv) if args.csv else None, "OUTPUT_XLSX": str(args.xlsx) if args.xlsx else None})


def cmd_style(args):
    run_algorithm("style", {
        "GPKG": str(args.gpkg), "COUCHE": args.couche, "CHAMP": args.champ, "METHODE": args.methode,
        "CLASSES": args.classes, "BORNES": args.bornes or "", "FORCER": args.forcer})


def cmd_contributions(args):
    run_algorithm("contributions", {
        "GPKG": str(args.gpkg), "RECOMMANDATIONS": args.recommandations, "AUTEUR": args.auteur or "",
        "OUTPUT_XLSX": str(args.xlsx) if args.xlsx else None, "OUTPUT_CSV": str(args.csv) if args.csv else None})


def cmd_hors_ligne(args):
    run_algorithm("hors_ligne", {"ETUDE": str(args.etude), "OUTPUT": str(args.out), "AUTEUR": args.auteur or ""})


def cmd_retour(args):
    run_algorithm("retour", {"DOSSIER": str(args.dossier), "ETUDE": str(args.etude), "AUTEUR": args.auteur or ""})


def cmd_demo(args):
    from .demo import run_demo

    run_demo(Path(args.out), run_algorithm, lambda argv: dispatch(build_parser().parse_args(argv)))


def study_location(text: str):
    """A study location: a PostgreSQL URI kept as text (a Path would fold its "//"), else a path."""
    return text if text.startswith("postgresql://") else Path(text)


def build_parser() -> argparse.ArgumentParser:
    study_help = tr("Study: a GeoPackage (.gpkg) or postgresql://user@host:port/dbname?schema=NAME.")
    author_help = tr("Author of the workshop rows written (default: the one set in the panel, else your user name).")
    parser = argparse.ArgumentParser(
        prog="python3 -m ess_territoires",
        description=tr("ESS Territoires: inventory, measure and map the social and solidarity "
                       "economy of a territory."))
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sub = commands.add_parser("territoires", help=tr("List the preset territories."))
    sub.set_defaults(func=cmd_territoires)

    sub = commands.add_parser("etude", help=tr("Create a study GeoPackage for a territory."))
    sub.add_argument("--territoire", required=True,
                     help=tr("Territory id: preset, epci:SIREN,…, communes:CODE,…, dep:CODE,…; join with +."))
    sub.add_argument("--out", required=True, type=study_location,
                     help=tr("Study to write: a .gpkg file or postgresql://user@host:port/dbname?schema=NAME."))
    sub.set_defaults(func=cmd_etude)

    sub = commands.add_parser("indicateurs", help=tr("Compute the indicators per commune, EPCI and Pays."))
    sub.add_argument("--gpkg", required=True, type=study_location, help=study_help)
    sub.add_argument("--jointure", type=Path, help=tr("CSV keyed by commune code to join to the communes."))
    sub.add_argument("--jointure-cle", help=tr("Commune code column of that CSV (found by name when absent)."))
    sub.add_argument("--csv", type=Path, help=tr("Write the comparison table of the territories as CSV."))
    sub.add_argument("--xlsx", type=Path, help=tr("Write the comparison table of the territories as XLSX."))
    sub.set_defaults(func=cmd_indicateurs)

    sub = commands.add_parser("style", help=tr("Style a layer of the study (saved as its default style)."))
    sub.add_argument("--gpkg", required=True, type=study_location, help=study_help)
    sub.add_argument("--couche", required=True, help=tr("Layer, e.g. indicateurs_communes."))
    sub.add_argument("--champ", required=True, help=tr("Field, e.g. etab_ess_pour_10000_hab."))
    sub.add_argument("--methode", default="auto",
                     choices=choices.keys(choices.style_methods()),
                     help=tr("Classification of a ratio (a stock is drawn as proportional circles)."))
    sub.add_argument("--classes", type=int, default=5, help=tr("Number of classes (2 to 9)."))
    sub.add_argument("--bornes", help=tr("Manual class limits, e.g. 0,5,10,20."))
    sub.add_argument("--forcer", action="store_true", help=tr("Draw a stock as a choropleth anyway."))
    sub.set_defaults(func=cmd_style)

    sub = commands.add_parser("contributions", help=tr(
        "Create the workshop layers of a study, draft the recommendations, export them."))
    sub.add_argument("--gpkg", required=True, type=study_location, help=study_help)
    sub.add_argument("--recommandations", action="store_true",
                     help=tr("Draft the recommendations from the contributions (edited rows are kept)."))
    sub.add_argument("--xlsx", type=Path, help=tr("Export contributions, recommendations and indicators as XLSX."))
    sub.add_argument("--csv", type=Path, help=tr("Export them as CSV files into this folder."))
    sub.add_argument("--auteur", help=author_help)
    sub.set_defaults(func=cmd_contributions)

    sub = commands.add_parser("hors-ligne", help=tr(
        "Take a study offline: write a study folder (GeoPackage and project) for a meeting without network."))
    sub.add_argument("--etude", required=True, type=study_location, help=study_help)
    sub.add_argument("--out", required=True, type=Path, help=tr("Folder of the offline copy (new or empty)."))
    sub.add_argument("--auteur", help=author_help)
    sub.set_defaults(func=cmd_hors_ligne)

    sub = commands.add_parser("retour", help=tr(
        "Bring an offline copy back: merge its contributions, interviews and recommendations into the study."))
    sub.add_argument("--dossier", required=True, type=Path, help=tr("Folder of the offline copy."))
    sub.add_argument("--etude", required=True, type=study_location, help=tr(
        "The study the copy was taken from: a .gpkg file or postgresql://user@host:port/dbname?schema=NAME."))
    sub.add_argument("--auteur", help=author_help)
    sub.set_defaults(func=cmd_retour)

    sub = commands.add_parser("atlas", help=tr("Export a print atlas to PDF."))
    sub.add_argument("--gpkg", type=study_location, help=tr("Study GeoPackage (default: the three preset Pays)."))
    sub.add_argument("--couverture", required=True, choices=choices.keys(choices.atlas_coverages()),
                     help=tr("One page per Pays, EPCI or commune."))
    sub.add_argument("--territoire", help=tr("Only the features of this Pays of the study."))
    sub.add_argument("--theme", choices=[key for key in choices.keys(choices.atlas_themes()) if key],
                     help=tr("Theme of the map (default: the territories only)."))
    sub.add_argument("--format", default="A4", choices=choices.keys(choices.page_formats()),
                     help=tr("Page format: A4 portrait or A3 landscape."))
    sub.add_argument("--par-page", action="store_true", help=tr("Also write one PDF per page."))
    sub.add_argument("--png", type=Path, help=tr("Folder where to write one PNG per page (slides)."))
    sub.add_argument("--ateliers", action="store_true",
                     help=tr("Show the workshop contributions and end with the recommendations page."))
    sub.add_argument("--graphiques", action="store_true",
                     help=tr("Draw the families as a bar chart instead of the table."))
    sub.add_argument("--out", required=True, type=Path, help=tr("PDF file to write."))
    sub.set_defaults(func=cmd_atlas)

    sub = commands.add_parser("portrait", help=tr(
        "Write the portrait of a Pays or an EPCI of a study (PDF), saved as a layout in the study's project."))
    sub.add_argument("--gpkg", required=True, type=study_location, help=study_help)
    sub.add_argument("--territoire", required=True, help=tr("A code_pays or a code_epci of the study."))
    sub.add_argument("--format", default="A4", choices=["A4", "A3"], help=tr("Page format (portrait)."))
    sub.add_argument("--logo", type=Path, help=tr("Logo for the cover (PNG, JPEG or SVG)."))
    sub.add_argument("--observatoire", help=tr("Observatory named on the cover."))
    sub.add_argument("--out", required=True, type=Path, help=tr("PDF file to write."))
    sub.set_defaults(func=cmd_portrait)

    sub = commands.add_parser("import-sirene", help=tr("Import the ESS establishments from SIRENE stock files."))
    sub.add_argument("--etablissements", required=True, type=Path, help=tr("StockEtablissement (csv, zip, parquet)."))
    sub.add_argument("--unites-legales", required=True, type=Path, help=tr("StockUniteLegale (csv, zip, parquet)."))
    sub.add_argument("--geolocalisation", type=Path, help=tr("Geolocalisation file (optional)."))
    sub.add_argument("--inclure-fermes", action="store_true", help=tr("Keep closed establishments."))
    sub.add_argument("--perimetre", type=Path, help=tr("An edited copy of the ESS perimeter table (CSV)."))
    sub.add_argument("--historique", type=Path,
                     help=tr("StockEtablissementHistorique (csv, zip, parquet), for exact closure dates."))
    sub.add_argument("--date-stock", metavar="YYYY-MM-DD",
                     help=tr("Date of the stock (default: the latest processing date of its rows)."))
    sub.add_argument("--stock-anterieur", action="store_true",
                     help=tr("The files are an earlier stock, kept beside the current one (change between two dates)."))
    sub.add_argument("--libelles-naf", type=Path, help=tr(
        "INSEE's list of NAF 2025 sub-classes (CSV, XLSX or ODS): its labels replace the shipped ones "
        "and are kept in the study."))
    sub.add_argument("--territoire", help=tr("Territory id, to create the study when GPKG does not exist."))
    sub.add_argument("--out", required=True, type=study_location, help=study_help)
    sub.set_defaults(func=cmd_import_sirene)

    sub = commands.add_parser("import-api", help=tr("Import the ESS establishments from API Recherche d'entreprises."))
    sub.add_argument("--territoire", help=tr("Territory id, to create the study when GPKG does not exist."))
    sub.add_argument("--out", required=True, type=study_location, help=study_help)
    sub.add_argument("--api-url", help=tr("Address of the API (default: the plugin setting)."))
    sub.add_argument("--geo-url", help=tr("Address of geo.api.gouv.fr, for communes outside the reference data "
                                          "(default: the plugin setting)."))
    sub.add_argument("--offline", action="store_true", help=tr("Use the study's cache only, no network call."))
    sub.add_argument("--finances", action="store_true", help=tr(
        "Also fetch the published turnover and the SIAE status of the study's ESS legal units (table "
        "finances_unites)."))
    sub.set_defaults(func=cmd_import_api)

    sub = commands.add_parser("import-partenaires", help=tr("Match a partner list (CSV or XLSX) to the study."))
    sub.add_argument("--fichier", required=True, type=Path, help=tr("Partner list with a SIRET or SIREN column."))
    sub.add_argument("--out", required=True, type=study_location, help=study_help)
    sub.add_argument("--api-url", help=tr("Address of the API (default: the plugin setting)."))
    sub.add_argument("--offline", action="store_true", help=tr("Do not look unknown SIRETs up online."))
    sub.set_defaults(func=cmd_import_partenaires)

    sub = commands.add_parser("synthetic-sirene", help=tr("Write synthetic SIRENE stock files (demonstration, tests)."))
    group = sub.add_mutually_exclusive_group(required=True)
    group.add_argument("--departements", help=tr("Départements to cover, e.g. 02,60,80."))
    group.add_argument("--national", type=int, metavar="N", help=tr("N establishments over all of France."))
    sub.add_argument("--seed", type=int, default=1, help=tr("Random seed (same seed, same files)."))
    sub.add_argument("--anterieur", metavar="YYYY-MM-DD",
                     help=tr("Also write the same establishments as an earlier stock of that date (folder anterieur)."))
    sub.add_argument("--format", default="2026", choices=["2025", "2026", "2027"],
                     help=tr("Layout of the stock: 2025 (NAF rév. 2 only), 2026 (NAF rév. 2 and NAF25 columns, "
                             "the default), 2027 (NAF 2025 in the main columns, no NAF25 columns)."))
    sub.add_argument("--out", required=True, type=Path, help=tr("Folder to write."))
    sub.set_defaults(func=cmd_synthetic_sirene)

    sub = commands.add_parser("demo", help=tr("Run the whole chain on demonstration data."))
    sub.add_argument("--out", required=True, type=Path, help=tr("Folder to write."))
    sub.set_defaults(func=cmd_demo)
    return parser


def dispatch(args):
    return args.func(args)


def main(argv=None) -> int:
    from .gis.i18n import install_translator

    install_translator()  # the help, the messages and the errors in the user's language
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        try:
            dispatch(args)
        finally:
            if "qgis.core" in sys.modules:
                from .gis.qgis_app import stop_qgis
                stop_qgis()
    except EssError as error:
        print(tr("Error: {message}").format(message=error), file=sys.stderr)
        return EXIT_INPUT
    except Exception as error:  # QgsProcessingException carries the algorithm's own message
        if type(error).__name__ == "QgsProcessingException":
            print(tr("Error: {message}").format(message=error), file=sys.stderr)
            return EXIT_INPUT
        raise
    return 0
