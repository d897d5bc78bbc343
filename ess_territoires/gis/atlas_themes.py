"""The study's map themes: which layer of the study each theme draws, and how.

A theme is a QGIS map theme of the study's project (QgsMapThemeCollection), named after its title:
its layer of the "Study" group, in the theme's named style (QgsMapLayerStyleManager), over the
territories. Several themes draw the same layer (the communes' indicators: density, share of
employment, dynamics), each in its own named style. The main map switches between them and each
atlas draws through the one of its theme.

Every theme maps the communes (or the establishments), whatever an atlas page covers, so a Pays
page and a commune page of the same theme read the same way: classes and circle sizes are
computed once over the whole study.
"""
from qgis.core import QgsMapLayerStyle

from ..core import indicators
from ..core.errors import InputError
from ..core.i18n import tr
from . import thematic
from .atlas import theme_titles

# theme -> (layer of the study, field or None for the families), in the order the themes are offered
THEME_LAYERS = {
    "familles": ("etablissements_ess", None),
    "emplois": ("indicateurs_communes_points", "emplois_ess_est"),
    "densite": ("indicateurs_communes", "etab_ess_pour_10000_hab"),
    "part_emploi": ("indicateurs_communes", "part_emploi_ess"),
    "dynamique": ("indicateurs_communes", "creations_ess_pour_10000_hab"),
}
OPENING_THEME = "densite"  # what the study's project shows when it opens


def theme_field(theme: str):
    return THEME_LAYERS[theme][1] or thematic.FAMILY_FIELD


def style_name(theme: str) -> str:
    """The name of the theme's style on its layer (the theme's title: what the map shows)."""
    return theme_titles()[theme]


def draws_circles(theme: str) -> bool:
    field = THEME_LAYERS[theme][1]
    return field is not None and thematic.representation(field) == "cercles"


def themes_of_layer(layer_name: str) -> list:
    return [theme for theme, (name, _field) in THEME_LAYERS.items() if name == layer_name]


def missing(study, theme: str) -> str:
    """Why ``study`` cannot draw ``theme`` ("" when it can)."""
    layer_name, _field = THEME_LAYERS[theme]
    source = "indicateurs_communes" if layer_name.startswith("indicateurs_communes") else layer_name
    if source not in study.layer_names():
        step = tr("import the establishments") if source == "etablissements_ess" else tr("compute the indicators")
        return tr("The theme '{theme}' needs the layer '{layer}': {step} first.").format(
            theme=theme, layer=source, step=step)
    return ""


def has_values(layer, theme: str) -> bool:
    """Whether the theme's field of ``layer`` holds a value to map (dynamics need a stock history)."""
    field = theme_field(theme)
    index = layer.fields().indexOf(field)
    if index < 0:
        return False
    maximum = layer.maximumValue(index)
    return maximum is not None and not (hasattr(maximum, "isNull") and maximum.isNull()) and maximum != ""


def apply_theme_renderer(layer, theme: str):
    """Draw ``theme`` on ``layer`` (its current style): families, circles or a choropleth."""
    field = THEME_LAYERS[theme][1]
    if field is None:
        thematic.family_renderer(layer)
    elif draws_circles(theme):
        thematic.proportional_circles(layer, field)
    else:
        thematic.choropleth(layer, field)
    thematic.apply_aliases(layer)


def drawn_field(layer):
    """The field ``layer`` draws in its current style (None for a single colour)."""
    renderer = layer.renderer()
    if renderer is None:
        return None
    if renderer.type() in ("graduatedSymbol", "categorizedSymbol"):
        return renderer.classAttribute()
    if renderer.type() == "singleSymbol" and renderer.symbol() is not None:
        size = renderer.symbol().dataDefinedSize() if hasattr(renderer.symbol(), "dataDefinedSize") else None
        if size is not None and size.isActive():
            return size.field() or None
    return None


def add_theme_style(layer, theme: str) -> str:
    """The named style of ``layer`` that draws ``theme``, added when missing: a copy of the layer's
    current style when that style draws the theme's field (the cartographer's classes are kept),
    else the theme's own renderer. The current style does not change. Returns the style's name."""
    manager = layer.styleManager()
    name = style_name(theme)
    if name in manager.styles():
        return name
    current = manager.currentStyle()
    manager.addStyleFromLayer(name)
    manager.setCurrentStyle(name)  # the layer now edits this style
    if drawn_field(layer) != theme_field(theme):
        apply_theme_renderer(layer, theme)
    elif draws_circles(theme):  # a style saved before circles skipped the zeros
        thematic.skip_zero_circles(layer.renderer(), theme_field(theme))
    manager.setCurrentStyle(current)  # which stores the edited style under its name
    return name


def keep_theme_styles(layer, layer_name: str, themes) -> list:
    """Give ``layer`` (the study's layer ``layer_name``) one named style per theme of ``themes`` that
    draws it; a style left from before that draws a theme's field goes (its copy is the theme's
    style), one that draws another field is named after that field. Returns the themes' styles."""
    manager = layer.styleManager()
    names = [add_theme_style(layer, theme) for theme in themes]
    fields = {theme_field(theme): style_name(theme) for theme in themes}
    for other in [style for style in manager.styles() if style not in names]:
        if manager.currentStyle() == other:
            manager.setCurrentStyle(names[0])
        field = _field_of_style(layer, other)
        if field in fields or field is None:
            manager.removeStyle(other)
        else:
            title = indicators.aliases().get(field, field)
            if title in manager.styles():
                manager.removeStyle(other)
            else:
                manager.renameStyle(other, title)
    return names


def _field_of_style(layer, name: str):
    manager = layer.styleManager()
    current = manager.currentStyle()
    manager.setCurrentStyle(name)
    field = drawn_field(layer)
    manager.setCurrentStyle(current)
    return field


def use_default_style(layer) -> bool:
    """Load the default style saved in the study (after the style step) into the named style of the
    field it draws (its theme's when a theme draws that field, else one named after the field) and
    show that style; returns whether there was a default style."""
    saved = layer.clone()
    _message, ok = saved.loadDefaultStyle()
    if not ok:
        return False
    field = drawn_field(saved)
    manager = layer.styleManager()
    theme_styles = {theme_field(theme): style_name(theme) for theme in THEME_LAYERS
                    if style_name(theme) in manager.styles()}  # the layer's themes
    if not theme_styles:  # a layer no theme draws: its one style
        layer.loadDefaultStyle()
        layer.triggerRepaint()
        return True
    name = theme_styles.get(field) or indicators.aliases().get(field or "", field or "") or tr("Default")
    style = QgsMapLayerStyle()
    style.readFromLayer(saved)
    if manager.currentStyle() == name:
        layer.loadDefaultStyle()
    else:
        if name in manager.styles():
            manager.removeStyle(name)
        manager.addStyle(name, style)
        manager.setCurrentStyle(name)
    layer.triggerRepaint()
    return True


def theme_layers(project, study, theme: str, show: bool = True) -> list:
    """The layer of ``study`` (a gis.study.Study) the theme draws: the study's own layer in the
    project (added with the study's other layers, the theme's map theme recorded), shown in the
    theme's style when ``show`` (a map drawing it as it is; a map following the theme needs not)."""
    from . import project as study_project

    problem = missing(study, theme)
    if problem:
        raise InputError(problem)
    layer_name, _field = THEME_LAYERS[theme]
    if layer_name.endswith(thematic.POINTS_SUFFIX):
        thematic.ensure_points_layer(study, "indicateurs_communes")
    study_project.add_study_layers(project, study)
    layer = study_project.study_layer(project, study, layer_name)
    if style_name(theme) not in layer.styleManager().styles():
        raise InputError(tr("The theme '{theme}' has no value to map in the layer '{layer}': "
                            "import a stock with its history first.").format(theme=theme, layer=layer_name))
    if show:
        layer.styleManager().setCurrentStyle(style_name(theme))
    return [layer]
