"""Thematic maps: choropleths for ratios, proportional circles for stocks, establishments by family.

Every colour comes from ``resources/palettes.json``; which field is a stock and which a ratio comes
from the field table (``core.indicators``). Styles are saved as the default style of the layer
inside the study (``Study.save_style``), so the layers open styled in any QGIS.

Proportional circles need a point layer: QGIS draws the nested size legend
(QgsDataDefinedSizeLegend) for marker symbols only. A polygon layer ``X`` has a companion point
layer ``X_points`` (its attributes at a point on the surface of each polygon), written by the
indicators step or, for other layers, when its first stock is styled.
"""
from __future__ import annotations

import math

from osgeo import ogr
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsClassificationCustom,
    QgsClassificationEqualInterval,
    QgsClassificationJenks,
    QgsClassificationQuantile,
    QgsClassificationStandardDeviation,
    QgsDataDefinedSizeLegend,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGradientStop,
    QgsGraduatedSymbolRenderer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedLabeling,
    QgsSingleSymbolRenderer,
    QgsSizeScaleTransformer,
    QgsTextBufferSettings,
    QgsTextFormat,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..core import indicators, wording
from ..core.classes import class_labels
from ..core.errors import InputError
from ..core.i18n import tr
from ..core.perimeter import FAMILLE_LIBELLES, FAMILLES
from . import fonts, layers
from .gpkg import Table
from .styles import apply_territory_style, palettes

METHODS = {
    "jenks": QgsClassificationJenks,
    "quantiles": QgsClassificationQuantile,
    "intervalles": QgsClassificationEqualInterval,
    "ecart-type": QgsClassificationStandardDeviation,
    "manuel": QgsClassificationCustom,
}
AUTO = "auto"
DEFAULT_METHOD = "jenks"
DEFAULT_CLASSES = 5
MIN_CLASSES, MAX_CLASSES = 2, 9
TOWN_MIN_POPULATION = 5000  # communes labelled on the maps ("main towns")
POINTS_SUFFIX = "_points"
FAMILY_FIELD = "famille"


def family_colors() -> dict:
    """famille -> colour (hex), the same on every map."""
    return dict(palettes()["familles"])


def sequential_colors(count: int, name=None) -> list:
    """``count`` colours, light to dark: the scheme's own n-class list when the palette file has
    it (ColorBrewer), else interpolated along its longest list."""
    schemes = palettes()["sequentielles"]
    name = name or palettes()["sequentielle_defaut"]
    if name not in schemes:
        raise InputError(tr("Unknown palette '{name}': use one of {names}.")
                         .format(name=name, names=", ".join(schemes)))
    classes = schemes[name]["classes"]
    if str(count) in classes:
        return [QColor(c) for c in classes[str(count)]]
    ramp = color_ramp(name)
    return [ramp.color(i / (count - 1) if count > 1 else 1.0) for i in range(count)]


def color_ramp(name=None) -> QgsGradientColorRamp:
    schemes = palettes()["sequentielles"]
    scheme = schemes[name or palettes()["sequentielle_defaut"]]["classes"]
    colors = [QColor(c) for c in scheme[max(scheme, key=int)]]
    stops = [QgsGradientStop(i / (len(colors) - 1), c) for i, c in enumerate(colors[1:-1], start=1)]
    return QgsGradientColorRamp(colors[0], colors[-1], False, stops)


def _mm():
    """The millimetre render unit, spelled for QGIS 3.22 to 4."""
    from qgis.core import Qgis
    if hasattr(Qgis, "RenderUnit"):
        return Qgis.RenderUnit.Millimeters
    from qgis.core import QgsUnitTypes
    return QgsUnitTypes.RenderUnit.RenderMillimeters


def _points_unit():
    from qgis.core import Qgis
    if hasattr(Qgis, "RenderUnit"):
        return Qgis.RenderUnit.Points
    from qgis.core import QgsUnitTypes
    return QgsUnitTypes.RenderUnit.RenderPoints


# ----------------------------------------------------------------------------------------------
# Which representation a field gets


def representation(field: str, method: str = AUTO, force: bool = False) -> str:
    """"cercles" or "choroplethe" for ``field`` (nature from the field table).

    Stocks are drawn as proportional circles; asking for a choropleth method on a stock is refused
    unless ``force``. Ratios, measures and fields the table does not describe (joined data) are
    drawn as choropleths.
    """
    method = (method or AUTO).lower()
    if method != AUTO and method not in METHODS:
        raise InputError(tr("Unknown classification method '{method}': use auto, {methods}.")
                         .format(method=method, methods=", ".join(METHODS)))
    nature = indicators.nature_of(field)
    if nature == "identifiant":
        raise InputError(tr("The field '{field}' is an identifier, not a value: choose an indicator.")
                         .format(field=field))
    if nature != "stock":
        return "choroplethe"
    if method == AUTO:
        return "cercles"
    if not force:
        raise InputError(tr("The field '{field}' is a stock (a count or a number of jobs): it is drawn as "
                            "proportional circles, not as a choropleth, which would make large territories "
                            "look dense. Leave the method on auto, choose a ratio (for example "
                            "etab_ess_pour_10000_hab), or tick 'Draw a stock as a choropleth anyway' (--forcer).")
                         .format(field=field))
    return "choroplethe"


def parse_breaks(text) -> list:
    """Manual class limits from "a,b,c" (or "a;b;c" with decimal commas), sorted, without repeats."""
    if isinstance(text, (list, tuple)):
        parts = list(text)
    else:
        text = (text or "").strip()
        parts = text.replace(",", ".").split(";") if ";" in text else text.split(",")
    values = []
    for part in parts:
        part = str(part).strip()
        if not part:
            continue
        try:
            values.append(float(part))
        except ValueError:
            raise InputError(tr("The class limit '{value}' is not a number: give limits like 0,5,10,20.")
                             .format(value=part)) from None
    values = sorted(set(values))
    if not values:
        raise InputError(tr("The manual method needs class limits, for example 0,5,10,20."))
    return values


# ----------------------------------------------------------------------------------------------
# Renderers


def _numeric_field(layer, field: str) -> int:
    index = layer.fields().indexOf(field)
    if index < 0:
        raise InputError(tr("The layer '{layer}' has no field '{field}'. Fields: {fields}.")
                         .format(layer=layer.name(), field=field, fields=", ".join(layer.fields().names())))
    if not layer.fields().at(index).isNumeric():
        raise InputError(tr("The field '{field}' is not numeric: it cannot be mapped.").format(field=field))
    return index


def _fill_symbol(color: QColor) -> QgsFillSymbol:
    outline = palettes()["contour_choroplethe"]
    return QgsFillSymbol.createSimple({
        "color": color.name(), "outline_color": outline["couleur"],
        "outline_width": str(outline["epaisseur_mm"]), "outline_width_unit": "MM"})


def round_class_labels(renderer, max_decimals: int):
    """Label the classes with rounded, non-overlapping bounds (core.classes: the one rule)."""
    from .i18n import text_language

    ranges = renderer.ranges()
    breaks = [ranges[0].lowerValue()] + [r.upperValue() for r in ranges]
    for number, label in enumerate(class_labels(breaks, max_decimals, text_language())):
        renderer.updateRangeLabel(number, label)


def choropleth(layer, field: str, method: str = DEFAULT_METHOD, classes: int = DEFAULT_CLASSES,
               breaks=None, palette=None) -> QgsGraduatedSymbolRenderer:
    """A graduated renderer of ``field`` (set on the layer): Jenks, quantiles, equal intervals,
    standard deviation or manual limits, coloured with a sequential palette light to dark."""
    index = _numeric_field(layer, field)
    method = method if method in METHODS else DEFAULT_METHOD
    if not MIN_CLASSES <= int(classes) <= MAX_CLASSES:
        raise InputError(tr("The number of classes must be between {low} and {high} (got {n}).")
                         .format(low=MIN_CLASSES, high=MAX_CLASSES, n=classes))
    places = indicators.decimals().get(field, 2)
    renderer = QgsGraduatedSymbolRenderer(field)
    renderer.setSourceSymbol(_fill_symbol(QColor("#cccccc")))
    renderer.setSourceColorRamp(color_ramp(palette))
    classification = METHODS[method]()
    classification.setLabelPrecision(places)
    renderer.setClassificationMethod(classification)
    minimum, maximum = layer.minimumValue(index), layer.maximumValue(index)
    if minimum is None or maximum is None or (hasattr(minimum, "isNull") and minimum.isNull()):
        raise InputError(tr("The field '{field}' of the layer '{layer}' has no value to classify.")
                         .format(field=field, layer=layer.name()))
    if method == "manuel":
        limits = parse_breaks(breaks)  # the user's limits, widened to the data when it goes beyond
        if float(minimum) < limits[0]:
            limits.insert(0, float(minimum))
        if float(maximum) > limits[-1]:
            limits.append(float(maximum))
        if len(limits) < 2:
            raise InputError(tr("Give at least two class limits for the manual method, for example 0,5,10."))
        for lower, upper in zip(limits[:-1], limits[1:]):  # noqa: RUF007 (pairwise needs Python 3.10)
            renderer.addClassRange(QgsRendererRange(lower, upper, _fill_symbol(QColor("#cccccc")), ""))
    else:
        renderer.updateClasses(layer, int(classes))
    ranges = renderer.ranges()
    if not ranges:
        raise InputError(tr("No class could be made from the field '{field}': check its values.").format(field=field))
    for number, color in enumerate(sequential_colors(len(ranges), palette)):
        renderer.updateRangeSymbol(number, _fill_symbol(color))
    round_class_labels(renderer, places)
    layer.setRenderer(renderer)
    layer.triggerRepaint()
    return renderer


def _nice(value: float) -> float:
    """The largest of 1, 2, 5 × 10^k not above ``value``."""
    exponent = math.floor(math.log10(value))
    base = 10 ** exponent
    return max(m * base for m in (1, 2, 5, 10) if m * base <= value)


LEGEND_TEXT_MM = 3.5  # height of a circle legend's label (8 pt text and its leading)


def legend_values(maximum: float, max_size_mm: float | None = None) -> list:
    """Values of the nested legend: round numbers near the maximum, a quarter and a sixteenth of it.
    With ``max_size_mm`` (the diameter drawn for ``maximum``), a value is kept only when its circle's
    top stands at least LEGEND_TEXT_MM below the previous one: the labels, written at the circles'
    tops, never run into each other or into the circles."""
    values = []
    for share in (1, 4, 16):
        value = maximum / share
        if value >= 1:
            values.append(_nice(value))
    values = sorted(set(values), reverse=True) or [maximum]
    if max_size_mm is None:
        return values
    kept = [values[0]]
    for value in values[1:]:
        diameter = max_size_mm * math.sqrt(value / maximum)
        if max_size_mm * math.sqrt(kept[-1] / maximum) - diameter >= LEGEND_TEXT_MM:
            kept.append(value)
    return kept


def circle_transformer(maximum: float, max_size_mm: float) -> QgsSizeScaleTransformer:
    """size = max_size × sqrt(value / maximum): the circle's area is proportional to the value."""
    return QgsSizeScaleTransformer(QgsSizeScaleTransformer.ScaleType.Area, 0.0, maximum, 0.0, max_size_mm, 0.0, 0.5)


def proportional_circles(layer, field: str, max_size_mm=None) -> QgsSingleSymbolRenderer:
    """Circles whose area is proportional to ``field`` (a stock), on a point layer, largest drawn
    first (at the bottom), with a nested (collapsed) size legend."""
    index = _numeric_field(layer, field)
    if not _has_geometry(layer, "Point"):
        raise InputError(tr("Proportional circles are drawn on a point layer; '{layer}' is not one.")
                         .format(layer=layer.name()))
    style = palettes()["cercles"]
    max_size_mm = float(max_size_mm or style["taille_max_mm"])
    maximum = layer.maximumValue(index)
    maximum = float(maximum) if maximum not in (None, "") and float(maximum) > 0 else 1.0
    symbol = QgsMarkerSymbol.createSimple({
        "name": "circle", "color": style["remplissage"], "outline_color": style["contour"],
        "outline_width": str(style["epaisseur_contour_mm"]), "outline_width_unit": "MM",
        "size": str(max_size_mm), "size_unit": "MM"})
    symbol.setOpacity(float(style["opacite"]))
    size = QgsProperty.fromField(field)
    size.setTransformer(circle_transformer(maximum, max_size_mm))
    symbol.setDataDefinedSize(size)
    renderer = QgsSingleSymbolRenderer(symbol)
    legend = QgsDataDefinedSizeLegend()
    legend.setLegendType(QgsDataDefinedSizeLegend.LegendType.LegendCollapsed)
    legend.setTitle(indicators.aliases().get(field, field))
    from .i18n import text_language

    legend.setClasses([QgsDataDefinedSizeLegend.SizeClass(v, wording.number(v, 0, text_language()))
                       for v in legend_values(maximum, max_size_mm)])
    renderer.setDataDefinedSizeLegend(legend)
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(f'"{field}"', False)]))
    renderer.setOrderByEnabled(True)
    skip_zero_circles(renderer, field)
    layer.setRenderer(renderer)
    layer.triggerRepaint()
    return renderer


def skip_zero_circles(renderer, field: str):
    """No circle where ``field`` is 0 or empty: a zero-size circle is a degenerate path in a PDF."""
    from .compat import enum

    enabled = enum("QgsSymbolLayer.Property.LayerEnabled", "QgsSymbolLayer.Property.PropertyLayerEnabled")
    for symbol_layer in renderer.symbol().symbolLayers():
        symbol_layer.setDataDefinedProperty(enabled,
                                            QgsProperty.fromExpression(f'coalesce("{field}", 0) > 0'))


def family_renderer(layer) -> QgsCategorizedSymbolRenderer:
    """Establishments coloured by family with the fixed family palette."""
    if layer.fields().indexOf(FAMILY_FIELD) < 0:
        raise InputError(tr("The layer '{layer}' has no field 'famille': it is not a layer of establishments.")
                         .format(layer=layer.name()))
    style = palettes()["etablissements"]
    colors = family_colors()
    categories = []
    for famille in FAMILLES:
        symbol = QgsMarkerSymbol.createSimple({
            "name": "circle", "color": colors[famille], "outline_color": style["contour"],
            "outline_width": str(style["epaisseur_contour_mm"]), "outline_width_unit": "MM",
            "size": str(style["taille_mm"]), "size_unit": "MM"})
        categories.append(QgsRendererCategory(famille, symbol, FAMILLE_LIBELLES[famille]))
    renderer = QgsCategorizedSymbolRenderer(FAMILY_FIELD, categories)
    layer.setRenderer(renderer)
    layer.triggerRepaint()
    return renderer


def town_labels(layer, min_population: int = TOWN_MIN_POPULATION):
    """Label the communes of at least ``min_population`` inhabitants with their name."""
    names = layer.fields().names()
    if "nom" not in names or "population" not in names:
        return None
    style = palettes()["etiquettes_villes"]
    text = QgsTextFormat()
    text.setFont(QFont(fonts.FAMILY))
    text.setSize(float(style["taille_pt"]))
    text.setSizeUnit(_points_unit())
    text.setColor(QColor(style["couleur"]))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setSizeUnit(_mm())
    buffer.setColor(QColor(style["tampon"]))
    text.setBuffer(buffer)
    settings = QgsPalLayerSettings()
    settings.fieldName = "nom"
    settings.setFormat(text)
    settings.placement = _over_point()
    root = QgsRuleBasedLabeling.Rule(None)
    rule = QgsRuleBasedLabeling.Rule(settings)
    rule.setFilterExpression(f'"population" >= {int(min_population)}')
    rule.setDescription(tr("Communes of {n} inhabitants or more").format(n=int(min_population)))
    root.appendChild(rule)
    labeling = QgsRuleBasedLabeling(root)
    layer.setLabeling(labeling)
    layer.setLabelsEnabled(True)
    return labeling


def _has_geometry(layer, kind: str) -> bool:
    """Whether the layer's geometry type is ``kind`` ("Point", "Line", "Polygon"), QGIS 3.22 to 4."""
    from qgis.core import Qgis
    if hasattr(Qgis, "GeometryType"):
        return layer.geometryType() == getattr(Qgis.GeometryType, kind)
    from qgis.core import QgsWkbTypes
    return layer.geometryType() == getattr(QgsWkbTypes, f"{kind}Geometry")


def _over_point():
    from qgis.core import Qgis
    if hasattr(Qgis, "LabelPlacement"):
        return Qgis.LabelPlacement.OverPoint
    return QgsPalLayerSettings.Placement.OverPoint


# ----------------------------------------------------------------------------------------------
# Aliases, default styles, companion point layers


def apply_aliases(layer):
    """French aliases of the fields the field table describes."""
    names = indicators.aliases()
    for index, field in enumerate(layer.fields()):
        if field.name() in names:
            layer.setFieldAlias(index, names[field.name()])


def points_table(table: Table, description: str = "") -> Table:
    """A polygon table's attributes at a point on the surface of each polygon."""
    points = [None if g is None else g.PointOnSurface() for g in table.geometries]
    return Table(table.frame, points, ogr.wkbPoint, description, dict(table.field_types))


def ensure_points_layer(study, name: str) -> str:
    """The companion point layer of the study's polygon layer ``name``, written when missing."""
    points = name + POINTS_SUFFIX
    if not study.has(points):
        description = tr("{layer} at a point on the surface of each polygon (proportional symbols)").format(layer=name)
        study.write({points: points_table(study.read_table(name), description)})
    return points


def style_field(study, layer_name: str, field: str, method: str = AUTO, classes: int = DEFAULT_CLASSES,
                breaks=None, force: bool = False, min_population: int = TOWN_MIN_POPULATION) -> str:
    """Style ``field`` of the layer ``layer_name`` of ``study`` (a gis.study.Study) and save the style
    as the layer's default. A stock becomes proportional circles on the companion point layer (written when
    missing); anything else a choropleth. Limits given without a method mean the manual method.
    Returns the name of the layer that was styled."""
    method = (method or AUTO).lower()
    if breaks and method == AUTO:
        method = "manuel"
    if not study.has(layer_name):
        raise InputError(tr("The GeoPackage {path} has no layer '{layer}'. Layers: {layers}.")
                         .format(path=study, layer=layer_name, layers=", ".join(study.layer_names())))
    kind = representation(field, method, force)
    layer = layers.open_layer(study, layer_name)
    _numeric_field(layer, field)
    if kind == "cercles":
        if _has_geometry(layer, "Polygon"):
            del layer
            layer_name = ensure_points_layer(study, layer_name)
            layer = layers.open_layer(study, layer_name)
        proportional_circles(layer, field)
    else:
        choropleth(layer, field, method if method != AUTO else DEFAULT_METHOD, classes, breaks)
        if "communes" in layer_name:
            town_labels(layer, min_population)
    apply_aliases(layer)
    study.save_style(layer, layer_name)
    return layer_name


def style_families(study, layer_name: str = "etablissements_ess") -> str:
    layer = layers.open_layer(study, layer_name)
    family_renderer(layer)
    apply_aliases(layer)
    study.save_style(layer, layer_name)
    return layer_name


# The map each layer of a study opens with: layer -> field (a ratio: choropleth; a stock: circles).
DEFAULT_MAPS = {
    "indicateurs_communes": "etab_ess_pour_10000_hab",
    "indicateurs_epci": "part_emploi_ess",
    "indicateurs_pays": "part_emploi_ess",
    "indicateurs_communes_points": "emplois_ess_est",  # its title: "ESS jobs per commune"
    "indicateurs_epci_points": "emplois_ess_est",
    "indicateurs_pays_points": "emplois_ess_est",
    "etablissements_ess": FAMILY_FIELD,
}


def default_map(layer_name: str):
    return DEFAULT_MAPS.get(layer_name)


def style_default(study, layer_name: str) -> str:
    field = DEFAULT_MAPS[layer_name]
    if field == FAMILY_FIELD:
        return style_families(study, layer_name)
    return style_field(study, layer_name, field)


def style_study(study) -> list:
    """Give every layer of the study that has a default map (DEFAULT_MAPS) that map, saved as its
    default style; returns the names of the layers styled."""
    present = set(study.layer_names())
    return [style_default(study, name) for name in DEFAULT_MAPS if name in present]


def style_if_unstyled(study, layer, layer_name: str) -> bool:
    """Give ``layer`` (the study's layer ``layer_name`` as a QGIS layer) a deliberate style when the
    study holds no default style for it, so that no map shows it in QGIS's random colour: a territory
    layer (Pays, EPCI, communes) its outline, the establishments their family colours. Nothing is
    written into the study. Returns whether it styled."""
    if study.has_default_style(layer_name):
        return False
    if layer_name in layers.TERRITORY_LAYERS:
        apply_territory_style(layer, layer_name)
    elif default_map(layer_name) == FAMILY_FIELD:
        family_renderer(layer)
        apply_aliases(layer)
    else:
        return False
    return True
