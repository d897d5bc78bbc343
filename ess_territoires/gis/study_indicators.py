"""The indicators of a study: read its tables, compute (core.indicators), write them back.

``compute_study_indicators`` is the single implementation (Processing, command line, demo and
benchmark call it): it reads the study's ``communes``, ``epci``, ``pays``, ``ess_communes``,
``emploi_communes``, ``etablissements_ess`` and ``finances_unites`` (when present), with the
reference area and the dynamics (all of them from one version of the study: a snapshot), writes
``indicateurs_communes``, ``indicateurs_epci``,
``indicateurs_pays`` (with the territory polygons), their companion point layers
(``indicateurs_*_points``, for proportional symbols) and a row of ``imports``, all or nothing, then
saves the French field aliases (and, the first time, a default map) as each layer's default style.
"""
import time

import pandas as pd

from ..core import economic, indicators
from ..core.dynamics import ANTERIEUR_SUFFIX, parse_date
from ..core.errors import InputError
from ..core.i18n import tr
from ..core.progress import check_canceled
from . import layers, thematic
from .distances import nearest_ess_km
from .gpkg import Table
from .study import EARLIER_STOCK_DATE_KEY, STOCK_DATE_KEY, import_row
from .territory import reference_area_name
from .xlsx import write_xlsx

LEVEL_LAYERS = {"communes": "indicateurs_communes", "epci": "indicateurs_epci", "pays": "indicateurs_pays"}
REQUIRED = ("communes", "epci", "pays", "ess_communes")
POINTS_LAYER = "etablissements_ess"


def compute_study_indicators(study, jointure=None, jointure_key=None, csv_path=None, xlsx_path=None,
                             feedback=None) -> dict:
    """Compute and write the indicators of ``study`` (a gis.study.Study); returns counts."""
    started = time.monotonic()
    with study.snapshot(feedback):  # every table read from one version of the study (a run may write meanwhile)
        names = study.layer_names()
        missing = [name for name in REQUIRED if name not in names]
        if missing:
            raise InputError(tr("The study {path} has no table {tables}: create the study and import SIRENE "
                                "(import-sirene) before computing the indicators.")
                             .format(path=study, tables=", ".join(missing)))
        territories = {level: study.read_table(level) for level in ("communes", "epci", "pays")}
        communes = territories["communes"].frame
        ess = study.read("ess_communes")
        if "emploi_communes" in names:
            emploi = study.read("emploi_communes")
        else:  # an API-only study: the API cannot count every employer of a commune
            emploi = pd.DataFrame(columns=["code_commune", "nb_etab_employeurs", "emplois_min", "emplois_est",
                                           "emplois_max"])
            if feedback is not None:
                feedback.pushInfo(tr("This study has no SIRENE import: the total employment of the communes "
                                        "is unknown, so the share of the ESS in employment is left at 0. Import "
                                        "the SIRENE stock files to compute it."))
        joined = indicators.read_join(jointure, jointure_key) if jointure else None
        check_canceled(feedback)

        with_ess = set(ess.loc[ess["nb_etab"].astype(float) > 0, "code_commune"].astype(str))
        communes_layer = layers.open_layer(study, "communes", styled=False)
        points_layer = layers.open_layer(study, POINTS_LAYER, styled=False) if POINTS_LAYER in names else None
        distances = nearest_ess_km(communes_layer, points_layer, with_ess, feedback)
        point_fields = points_layer.fields().names() if points_layer is not None else []
        del communes_layer, points_layer
        dynamics = study_dynamics(study)
        reference = reference_area(study, (communes, ess, emploi, dynamics))
        economic = economic_data(study, names, feedback, point_fields)
    result = indicators.compute(communes, ess, emploi, distances=distances, joined=joined, reference_area=reference,
                                dynamics=dynamics, economic_data=economic)
    check_canceled(feedback)

    tables = {}
    level_names = {"communes": tr("commune"), "epci": tr("EPCI"), "pays": tr("Pays")}
    frames = {"communes": result.communes, "epci": result.epci, "pays": result.pays}
    for level, frame in frames.items():
        territory = territories[level]
        key = indicators.KEYS[level]
        geometry_of = dict(zip(territory.frame[key].astype(str), territory.geometries))
        name = LEVEL_LAYERS[level]
        table = Table(frame, [geometry_of.get(code) for code in frame[key]], territory.geometry_type,
                      tr("ESS indicators per {level}").format(level=level_names[level]))
        tables[name] = table
        tables[name + thematic.POINTS_SUFFIX] = thematic.points_table(
            table, tr("ESS indicators per {level}, at a point of each territory").format(level=level_names[level]))
    counts = {name: len(frame) for name, frame in zip(LEVEL_LAYERS.values(), frames.values())}
    inputs = [str(study)] + ([str(jointure)] if jointure else [])
    tables["imports"] = study.append_import(import_row("indicateurs", inputs, counts, started))
    fields_before = {name: study.field_names(name) for name in tables if name != "imports"}
    study.write(tables, feedback)

    for name, fields in fields_before.items():
        same_fields = fields == [column for column in tables[name].frame.columns if column != "fid"]
        if not (same_fields and study.has_default_style(name)):  # else its saved style names these very fields
            _save_aliases_and_style(study, name)
    comparison = indicators.comparison_table(result)
    if csv_path:
        comparison.to_csv(csv_path, index=False, encoding="utf-8")
    if xlsx_path:
        write_xlsx(xlsx_path, {"comparaison": comparison, "definitions": definitions_table()})
    counts["reference_nb_etab_ess"] = int(result.reference["nb_etab_ess"].iloc[0])
    return counts


def reference_area(study, own=None):
    """The study's reference area for the indicators, or None when the study has none (then
    the whole study is the reference). ``own``: the study's (communes, ess_communes,
    emploi_communes, dynamics) as read, used as they are when the reference area holds the same
    communes (a study of every commune of the reference: its tables hold the same rows)."""
    names = study.layer_names()
    if not {"communes_reference", "ess_communes_reference", "emploi_communes_reference"} <= set(names):
        return None
    settings = study.settings()
    name = settings.get("zone_reference") or reference_area_name()
    communes = study.read("communes_reference")
    if own is not None and set(communes["code_commune"].astype(str)) == set(own[0]["code_commune"].astype(str)):
        return indicators.ReferenceArea(name, communes, own[1], own[2], own[3])
    return indicators.ReferenceArea(name, communes,
                                    study.read("ess_communes_reference"),
                                    study.read("emploi_communes_reference"),
                                    study_dynamics(study, "_reference"))


def study_dynamics(study, suffix: str = ""):
    """The study's dynamics (core.indicators.Dynamics), or None when its SIRENE import predates
    them; ``suffix`` "_reference" for those of the reference area."""
    names = set(study.layer_names())
    settings = study.settings()
    if not {"dynamique_communes" + suffix, "ess_dates_communes" + suffix} <= names or STOCK_DATE_KEY not in settings:
        return None
    dynamics = indicators.Dynamics(study.read("dynamique_communes" + suffix),
                                   study.read("ess_dates_communes" + suffix),
                                   parse_date(settings[STOCK_DATE_KEY], STOCK_DATE_KEY))
    earlier = "ess_communes" + ANTERIEUR_SUFFIX + suffix
    if earlier in names and settings.get(EARLIER_STOCK_DATE_KEY):
        dynamics.anterieur = study.read(earlier)
        dynamics.anterieur_date = parse_date(settings[EARLIER_STOCK_DATE_KEY], EARLIER_STOCK_DATE_KEY)
    return dynamics


def economic_data(study, names, feedback=None, point_fields=None):
    """The study's ESS establishments and finances_unites, for the economic weight fields;
    ``point_fields``: the fields of the points layer, when known (then only those the economic
    weight uses are read: a national study holds millions of points)."""
    if POINTS_LAYER not in names:
        return None
    columns = [c for c in economic.ESTABLISHMENT_COLUMNS if c in point_fields] if point_fields else None
    etablissements = study.read(POINTS_LAYER, columns or None)
    if economic.FINANCES_TABLE in names:
        return economic.EconomicData(etablissements, study.read(economic.FINANCES_TABLE))
    if feedback is not None:
        feedback.pushInfo(tr("This study has no finances_unites table: the published turnover and SIAE fields are "
                             "left at 0. Run the API import with the finances option (import-api --finances) to "
                             "fill them."))
    return economic.EconomicData(etablissements)


def _save_aliases_and_style(study, name):
    """Aliases into the layer's default style; a layer styled for the first time gets its default map."""
    if not study.has_default_style(name) and thematic.default_map(name):
        thematic.style_default(study, name)
        return
    layer = layers.open_layer(study, name)  # loads the saved default style: its map is kept
    thematic.apply_aliases(layer)
    study.save_style(layer, name)


def definitions_table():
    """The field table as a sheet: champ, alias, definition, unite."""
    return indicators.field_table()[["champ", "alias", "definition", "unite"]]
