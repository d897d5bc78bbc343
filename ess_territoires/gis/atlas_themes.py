"""The layers each atlas theme draws above the territories, styled with the thematic rules.

Every theme maps the communes (or the establishments), whatever the page covers, so a Pays
page and a commune page of the same theme read the same way: classes and circle sizes are
computed once over the whole study.
"""
from ..core.errors import InputError
from ..core.i18n import tr
from . import layers, thematic
from .atlas import theme_titles

# theme -> (layer of the study, field or None for the families)
THEME_LAYERS = {
    "familles": ("etablissements_ess", None),
    "emplois": ("indicateurs_communes_points", "emplois_ess_est"),
    "densite": ("indicateurs_communes", "etab_ess_pour_10000_hab"),
    "part_emploi": ("indicateurs_communes", "part_emploi_ess"),
    "dynamique": ("indicateurs_communes", "creations_ess_pour_10000_hab"),
}


def theme_layers(project, study, theme: str) -> list:
    """The layers of ``study`` (a gis.study.Study) the theme draws, added to ``project`` and styled."""
    layer_name, field = THEME_LAYERS[theme]
    present = study.layer_names()
    source = "indicateurs_communes" if layer_name.startswith("indicateurs_communes") else layer_name
    if source not in present:
        step = tr("import the establishments") if source == "etablissements_ess" else tr("compute the indicators")
        raise InputError(tr("The theme '{theme}' needs the layer '{layer}': {step} first.")
                         .format(theme=theme, layer=source, step=step))
    if layer_name.endswith(thematic.POINTS_SUFFIX):
        thematic.ensure_points_layer(study, source)
    if field is None:
        style = thematic.family_renderer
    elif thematic.representation(field) == "cercles":
        def style(layer):
            layer.setSubsetString(f'"{field}" > 0')  # a zero-size circle is a degenerate PDF path
            thematic.proportional_circles(layer, field)
    else:
        def style(layer):
            thematic.choropleth(layer, field)
    layer = layers.find_or_add_layer(project, study, layer_name, theme_titles()[theme], style=style)
    thematic.apply_aliases(layer)
    return [layer]
