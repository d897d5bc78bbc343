"""ess_territoires:indicateurs — ESS indicators of a study per commune, EPCI and Pays.

``compute_study_indicators`` is the single implementation (Processing, command line, demo and
benchmark call it): it reads the study's ``communes``, ``epci``, ``pays``, ``ess_communes``,
``emploi_communes``, ``etablissements_ess`` and ``finances_unites`` (when present), writes
``indicateurs_communes``, ``indicateurs_epci``, ``indicateurs_pays`` (with the territory polygons),
their companion point layers (``indicateurs_*_points``, for proportional symbols) and a row of
``imports``, all or nothing, then saves the French field aliases (and, the first time, a default
map) as each layer's default style.
"""
from qgis.core import (
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core.errors import InputError
from ..core.i18n import tr
from .base import EssAlgorithm

LEVEL_LAYERS = {"communes": "indicateurs_communes", "epci": "indicateurs_epci", "pays": "indicateurs_pays"}
REQUIRED = ("communes", "epci", "pays", "ess_communes")
POINTS_LAYER = "etablissements_ess"


def compute_study_indicators(path, jointure=None, jointure_key=None, csv_path=None, xlsx_path=None,
                             feedback=None) -> dict:
    """Compute and write the indicators of the study GeoPackage ``path``; returns counts."""
    import time

    import pandas as pd

    from ..core import indicators
    from ..core.progress import check_canceled
    from ..gis import gpkg, layers, study, thematic
    from ..gis.distances import nearest_ess_km

    started = time.monotonic()
    names = gpkg.layer_names(path)
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        raise InputError(tr("The study {path} has no table {tables}: create the study and import SIRENE "
                            "(import-sirene) before computing the indicators.")
                         .format(path=path, tables=", ".join(missing)))
    territories = {level: thematic.read_table(path, level) for level in ("communes", "epci", "pays")}
    communes = territories["communes"].frame
    ess = gpkg.read_frame(path, "ess_communes")
    if "emploi_communes" in names:
        emploi = gpkg.read_frame(path, "emploi_communes")
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
    communes_layer = layers.open_layer(path, "communes")
    points_layer = layers.open_layer(path, POINTS_LAYER) if POINTS_LAYER in names else None
    distances = nearest_ess_km(communes_layer, points_layer, with_ess, feedback)
    del communes_layer, points_layer
    result = indicators.compute(communes, ess, emploi, distances=distances, joined=joined,
                                reference_area=study.reference_area(path), dynamics=study.study_dynamics(path),
                                economic_data=economic_data(path, names, feedback))
    check_canceled(feedback)

    tables = {}
    level_names = {"communes": tr("commune"), "epci": tr("EPCI"), "pays": tr("Pays")}
    frames = {"communes": result.communes, "epci": result.epci, "pays": result.pays}
    for level, frame in frames.items():
        territory = territories[level]
        key = indicators.KEYS[level]
        geometry_of = dict(zip(territory.frame[key].astype(str), territory.geometries))
        name = LEVEL_LAYERS[level]
        table = gpkg.Table(frame, [geometry_of.get(code) for code in frame[key]], territory.geometry_type,
                           tr("ESS indicators per {level}").format(level=level_names[level]))
        tables[name] = table
        tables[name + thematic.POINTS_SUFFIX] = thematic.points_table(
            table, tr("ESS indicators per {level}, at a point of each territory").format(level=level_names[level]))
    counts = {name: len(frame) for name, frame in zip(LEVEL_LAYERS.values(), frames.values())}
    inputs = [str(path)] + ([str(jointure)] if jointure else [])
    tables["imports"] = study.append_import(path, study.import_row("indicateurs", inputs, counts, started))
    gpkg.write_tables(path, tables, feedback)

    for name in tables:
        if name != "imports":
            _save_aliases_and_style(path, name)
    comparison = indicators.comparison_table(result)
    if csv_path:
        comparison.to_csv(csv_path, index=False, encoding="utf-8")
    if xlsx_path:
        write_xlsx(xlsx_path, {"comparaison": comparison, "definitions": definitions_table()})
    counts["reference_nb_etab_ess"] = int(result.reference["nb_etab_ess"].iloc[0])
    return counts


def economic_data(path, names, feedback=None):
    """The study's ESS establishments and finances_unites, for the economic weight fields."""
    from ..core import economic
    from ..gis import gpkg

    if POINTS_LAYER not in names:
        return None
    etablissements = gpkg.read_frame(path, POINTS_LAYER)
    if economic.FINANCES_TABLE in names:
        return economic.EconomicData(etablissements, gpkg.read_frame(path, economic.FINANCES_TABLE))
    if feedback is not None:
        feedback.pushInfo(tr("This study has no finances_unites table: the published turnover and SIAE fields are "
                             "left at 0. Run the API import with the finances option (import-api --finances) to "
                             "fill them."))
    return economic.EconomicData(etablissements)


def _save_aliases_and_style(path, name):
    """Aliases into the layer's default style; a layer styled for the first time gets its default map."""
    from ..gis import layers, thematic

    if not thematic.has_default_style(path, name) and thematic.default_map(name):
        thematic.style_default(path, name)
        return
    layer = layers.open_layer(path, name)  # loads the saved default style: its map is kept
    thematic.apply_aliases(layer)
    thematic.save_default_style(layer, name)


def definitions_table():
    """The field table as a sheet: champ, alias, definition, unite."""
    from ..core import indicators

    return indicators.field_table()[["champ", "alias", "definition", "unite"]]


def write_xlsx(path, sheets: dict):
    """Write DataFrames as the sheets of an XLSX workbook through GDAL/OGR (no openpyxl)."""
    import math
    from pathlib import Path

    import pandas as pd
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise InputError(tr("The table file must end in .xlsx (got {name}).").format(name=path.name))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    ds = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    for sheet, frame in sheets.items():
        layer = ds.CreateLayer(sheet, geom_type=ogr.wkbNone)
        for column in frame.columns:
            series = frame[column]
            if pd.api.types.is_integer_dtype(series) or pd.api.types.is_bool_dtype(series):
                kind = ogr.OFTInteger64
            elif pd.api.types.is_float_dtype(series):
                kind = ogr.OFTReal
            else:
                kind = ogr.OFTString
            layer.CreateField(ogr.FieldDefn(str(column), kind))
        definition = layer.GetLayerDefn()
        for row in frame.itertuples(index=False, name=None):
            feature = ogr.Feature(definition)
            for index, value in enumerate(row):
                if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
                    continue
                feature.SetField(index, value.item() if hasattr(value, "item") else value)
            layer.CreateFeature(feature)
    ds = None


class IndicateursAlgorithm(EssAlgorithm):
    group_id = "indicateurs"
    GPKG = "GPKG"
    JOINTURE = "JOINTURE"
    JOINTURE_CLE = "JOINTURE_CLE"
    OUTPUT_CSV = "OUTPUT_CSV"
    OUTPUT_XLSX = "OUTPUT_XLSX"

    def name(self):
        return "indicateurs"

    def displayName(self):
        return tr("Compute the indicators")

    def shortHelpString(self):
        return tr("Computes the ESS indicators of a study per commune, EPCI and Pays (establishments per "
                  "family, size and sector, estimated jobs from the SIRENE size bands, share of employment, "
                  "per 10,000 inhabitants and per km², communes without ESS, distance to the nearest ESS "
                  "establishment), the key figures with the value of their Pays and of the reference area (the "
                  "départements of the reference data), and, when the API import fetched the finances, the "
                  "published turnover of the ESS legal units at their head office and the SIAE establishments. "
                  "Optionally joins a "
                  "CSV keyed by commune code and writes a comparison table of the territories as CSV and XLSX.")

    def initAlgorithm(self, config=None):
        self.add_study_file(self.GPKG)
        self.addParameter(QgsProcessingParameterFile(
            self.JOINTURE, tr("CSV to join, keyed by commune code"), extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.JOINTURE_CLE, tr("Commune code column of the CSV (found by name when empty)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_CSV, tr("Comparison table (CSV)"), fileFilter="CSV (*.csv)", optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_XLSX, tr("Comparison table (XLSX)"), fileFilter="XLSX (*.xlsx)", optional=True,
            createByDefault=False))

    def run_step(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.GPKG, context)
        jointure = self.parameterAsFile(parameters, self.JOINTURE, context) or None
        key = self.parameterAsString(parameters, self.JOINTURE_CLE, context) or None
        csv_path = self._optional_output(parameters, self.OUTPUT_CSV, context)
        xlsx_path = self._optional_output(parameters, self.OUTPUT_XLSX, context)
        counts = compute_study_indicators(path, jointure, key, csv_path, xlsx_path, feedback)
        feedback.pushInfo(tr("{communes} communes, {epci} EPCI and {pays} Pays written to {path}").format(
            communes=counts["indicateurs_communes"], epci=counts["indicateurs_epci"],
            pays=counts["indicateurs_pays"], path=path))
        return {self.GPKG: path, self.OUTPUT_CSV: csv_path, self.OUTPUT_XLSX: xlsx_path}

    def _optional_output(self, parameters, name, context):
        if parameters.get(name) in (None, ""):
            return None
        return self.parameterAsFileOutput(parameters, name, context) or None
