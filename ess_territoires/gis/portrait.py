"""The portrait of a Pays or an EPCI: a multi-page print layout saved in the study's project.

Sections: cover; key figures against the Pays and the reference area; inventory (families,
sectors, size classes); employment (estimated jobs with their bounds, share, by sector);
territorial coverage (communes without ESS, distance map, coverage by EPCI); dynamics and
economic weight; the Pays' EPCIs ranked; two maps (density, jobs as circles); the workshops
(contributions by kind and theme, recommendations); method and sources.

Every section opens with a paragraph written from the study (core.portrait_text) in the
language the plugin speaks; each paragraph is a label (id ``texte_<section>``) the cartographer
can edit in the layout designer, like every chart's bar and label (gis.charts) and every table
(QgsLayoutItemManualTable, static values). The layout is named "ESS portrait — <territory>" and
stays in the project: it can be edited and exported again offline. Maps read the study's layers
(the density and jobs themes of the atlas; a distance map and a mask of what lies outside the
territory in the layer group "Portraits", hidden on the canvas).

Blocks are set one below the other (``Flow``); a block that does not fit on the page starts the
next one. Positions are designed in millimetres on A4 portrait and scaled for A3 portrait.
Rendering and export belong to the main thread.
"""
import base64
import datetime
from pathlib import Path

from qgis.core import (
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsTableCell,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor

from ..core import portrait_text as pt
from ..core import wording as w
from ..core.errors import Cancelled, InputError
from ..core.i18n import tr
from ..core.progress import check_canceled
from . import charts, compat, layers, styles, thematic
from .atlas import _pdf_settings, sources_text
from .atlas_layout import NORTH_ARROW
from .portrait_data import PortraitData, as_study

PAGE_FORMATS = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}  # portrait (mm)
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 15.0, 16.0, 16.0
ACCENT = "#253494"  # the darkest YlGnBu class: headings and the cover band
FICTITIOUS_COLOR = "#b2182b"
TEXT_SIZE, HEADING_SIZE, TABLE_SIZE = 8.5, 13.0, 7.0
GROUP = "Portraits"
DISTANCE_FIELD = "distance_etab_ess_km"
DISTANCE_BREAKS = (2.0, 5.0, 10.0)  # km: classes of the distance map after "0: ESS in the commune"
SIZES = ("1_9", "10_49", "50_249", "250_plus")
WRAP_TEXT = compat.enum("QgsLayoutTable.WrapBehavior.WrapText")
LEGEND_HIDDEN = compat.enum("Qgis.LegendComponent.Hidden", "QgsLegendStyle.Style.Hidden")
LEGEND_TEXTS = tuple(compat.enum(f"Qgis.LegendComponent.{name}", f"QgsLegendStyle.Style.{name}")
                     for name in ("SymbolLabel", "Subgroup", "Group"))
PICTURE_SVG = compat.enum("Qgis.PictureFormat.SVG", "QgsLayoutItemPicture.Format.FormatSVG")
PICTURE_RASTER = compat.enum("Qgis.PictureFormat.Raster", "QgsLayoutItemPicture.Format.FormatRaster")


def section_titles() -> dict:
    return {
        "key_figures": tr("1. Key figures"), "inventory": tr("2. Inventory: families, sectors, sizes"),
        "employment": tr("3. Employment"), "coverage": tr("4. Territorial coverage"),
        "dynamics": tr("5. Dynamics and economic weight"), "epci_table": tr("6. The EPCIs compared"),
        "maps": tr("7. Maps"), "workshops": tr("8. Workshops"), "method": tr("9. Method and sources"),
    }


def family_labels() -> dict:
    return {"association": tr("Associations"), "cooperative": tr("Cooperatives"), "mutuelle": tr("Mutuals"),
            "fondation": tr("Foundations"), "entreprise_ess": tr("ESS commercial companies")}


def sector_labels() -> dict:
    return {"action_sociale": tr("Social work"), "sante": tr("Health"), "enseignement": tr("Education"),
            "sport_loisirs": tr("Sport and leisure"), "arts_spectacles": tr("Arts and entertainment"),
            "finance_assurance": tr("Finance and insurance"), "commerce": tr("Trade"),
            "agriculture_agroalimentaire": tr("Agriculture and food"),
            "industrie_construction": tr("Industry and construction"), "autres_services": tr("Other services")}


def size_labels() -> dict:
    return {"1_9": tr("1 to 9 employees"), "10_49": tr("10 to 49 employees"), "50_249": tr("50 to 249 employees"),
            "250_plus": tr("250 employees or more")}


def layout_name(name: str) -> str:
    return tr("ESS portrait — {territory}").format(territory=name)


# ----------------------------------------------------------------------------------------------
# Layers of the maps


def _group(project):
    root = project.layerTreeRoot()
    group = root.findGroup(GROUP)
    if group is None:
        group = root.addGroup(GROUP)
        group.setItemVisibilityChecked(False)
        group.setExpanded(False)
    return group


def portrait_layer(project, study, name: str, title: str, style):
    """A layer of the group "Portraits" (added once, hidden on the canvas; the maps draw it)."""
    study = as_study(study)
    for layer in project.mapLayersByName(title):
        if layer.providerType() == study.provider and study.layer_name_of(layer.source()) == name:
            return layer
    layer = layers.open_layer(study, name, title)
    style(layer)
    project.addMapLayer(layer, False)
    _group(project).addLayer(layer)
    return layer


def territory_filter(data: PortraitData) -> str:
    from qgis.core import QgsExpression

    field = "code_pays" if data.level == "pays" else "code_epci"
    return QgsExpression.createFieldEqualityExpression(field, data.code)


def mask_style(expression: str):
    """The communes outside the territory greyed out, the territory's outlined."""
    def style(layer):
        grey = QgsFillSymbol.createSimple({"color": "232,232,232,235", "outline_color": "#ffffff",
                                           "outline_width": "0.1"})
        root = QgsRuleBasedRenderer.Rule(None)
        root.appendChild(QgsRuleBasedRenderer.Rule(grey, 0, 0, f"NOT ({expression})", tr("Outside the territory")))
        layer.setRenderer(QgsRuleBasedRenderer(root))
    return style


def distance_style(layer):
    """Distance to the nearest ESS establishment: 0 (ESS in the commune), then classes in km."""
    colors = thematic.sequential_colors(len(DISTANCE_BREAKS) + 2)
    renderer = QgsGraduatedSymbolRenderer(DISTANCE_FIELD)
    limits = [0.0, *DISTANCE_BREAKS]
    index = layer.fields().indexOf(DISTANCE_FIELD)
    top = layer.maximumValue(index) if index >= 0 else None
    top = max(float(top) if top not in (None, "") else 0.0, DISTANCE_BREAKS[-1] + 1)

    def symbol(color):
        return QgsFillSymbol.createSimple({"color": QColor(color).name(), "outline_color": "#ffffff",
                                           "outline_width": "0.1"})
    renderer.addClassRange(QgsRendererRange(0.0, 0.0, symbol(colors[0]), tr("0 km: ESS in the commune")))
    for number, (lower, upper) in enumerate(zip(limits, limits[1:] + [top]), start=1):
        if upper == top:
            label = tr("more than {km} km").format(km=w.number(lower, 0, _lang()))
        else:
            label = tr("{low} to {high} km").format(low=w.number(lower, 0, _lang()), high=w.number(upper, 0, _lang()))
        renderer.addClassRange(QgsRendererRange(lower, upper, symbol(colors[number]), label))
    layer.setRenderer(renderer)
    thematic.apply_aliases(layer)


def legend_font(legend, style, size: float, bold: bool = False):
    """A legend style's font: its text format where QGIS has one (3.30+), its font before."""
    qfont = charts.font(size, bold)
    rstyle = legend.rstyle(style)
    if hasattr(rstyle, "setTextFormat"):
        text_format = QgsTextFormat.fromQFont(qfont)
        text_format.setSize(size)
        text_format.setSizeUnit(compat.POINTS)
        rstyle.setTextFormat(text_format)
    else:
        legend.setStyleFont(style, qfont)


def _lang() -> str:
    from .i18n import text_language
    return text_language()


def territory_extent(project, gpkg_path, data: PortraitData) -> QgsRectangle:
    layer = layers.find_or_add_layer(project, as_study(gpkg_path), "communes",
                                     style=lambda lyr: styles.apply_territory_style(lyr, "communes"))
    extent = None
    request = QgsFeatureRequest().setFilterExpression(territory_filter(data)).setNoAttributes()
    for feature in layer.getFeatures(request):
        box = feature.geometry().boundingBox()
        if extent is None:
            extent = QgsRectangle(box)
        else:
            extent.combineExtentWith(box)
    if extent is None or extent.isEmpty():
        raise InputError(tr("The territory '{code}' has no commune in the study's layer 'communes'.")
                         .format(code=data.code))
    return extent


# ----------------------------------------------------------------------------------------------
# Page flow


class Flow:
    """Blocks set one below the other on the pages of ``layout``, a new page when one does not fit."""

    def __init__(self, layout, page_format: str):
        self.layout = layout
        self.width_mm, self.height_mm = PAGE_FORMATS[page_format]
        self.s = self.width_mm / PAGE_FORMATS["A4"][0]  # A3: everything √2 larger
        self.left = MARGIN_X * self.s
        self.width = self.width_mm - 2 * self.left
        self.top = MARGIN_TOP * self.s
        self.bottom = self.height_mm - MARGIN_BOTTOM * self.s
        self.page = 0
        self.y = self.top
        collection = layout.pageCollection()
        collection.page(0).setPageSize(QgsLayoutSize(self.width_mm, self.height_mm, compat.MM))

    def pt(self, size: float) -> float:
        return size * self.s

    def new_page(self):
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize(QgsLayoutSize(self.width_mm, self.height_mm, compat.MM))
        self.layout.pageCollection().addPage(page)
        self.page = self.layout.pageCollection().pageCount() - 1
        self.y = self.top

    def room(self) -> float:
        return self.bottom - self.y

    def need(self, height: float):
        if height > self.room() and self.y > self.top + 0.1:
            self.new_page()

    def skip(self, height: float):
        self.y += height


def line_count(text: str, size: float, width: float, bold: bool = False) -> int:
    """Lines of ``text`` wrapped at ``width`` mm in the layout's font at ``size`` pt (at spaces;
    no-break spaces keep their words together, as when the label is drawn)."""
    total = 0
    for paragraph in text.split("\n"):
        words = paragraph.split(" ")
        line, lines = "", 1
        for word in words:
            candidate = f"{line} {word}" if line else word
            if line and charts.text_width(candidate, size, bold) > width:
                lines += 1
                line = word
            else:
                line = candidate
        total += lines
    return total


def text_height(text: str, size: float, width: float, bold: bool = False) -> float:
    line = QgsLayoutUtils.fontHeightMM(charts.font(size, bold))
    return line_count(text, size, width, bold) * line * 1.02 + 0.6


# ----------------------------------------------------------------------------------------------
# The builder


class PortraitBuilder:
    def __init__(self, project: QgsProject, gpkg_path, data: PortraitData, page_format: str = "A4", logo=None,
                 observatory: str = "", feedback=None):
        if page_format not in PAGE_FORMATS:
            raise InputError(tr("Unknown page format {format}: A4 or A3.").format(format=page_format))
        self.project = project
        self.study = as_study(gpkg_path)
        self.data = data
        self.lang = _lang()
        self.texts = pt.paragraphs(data.facts, self.lang)
        self.logo = Path(logo) if logo else None
        self.observatory = observatory or ""
        self.feedback = feedback
        self.layout = QgsPrintLayout(project)
        self.layout.initializeDefaults()
        self.layout.setName(layout_name(data.name))
        self.flow = Flow(self.layout, page_format)
        self.tables = []

    # -- small helpers
    def n(self, value, decimals=0):
        return w.number(value, decimals, self.lang)

    def pct(self, value, decimals=1):
        return w.percent(value, decimals, self.lang)

    def v(self, row, name):
        return pt.value(row, name)

    def label(self, text, x, y, width, height, size, **kwargs):
        return charts.add_label(self.layout, text, x, y, width, height, self.flow.page, size=self.flow.pt(size),
                                **kwargs)

    def heading(self, key):
        f = self.flow
        height = f.pt(HEADING_SIZE) * 0.55 + f.pt(2.5)
        f.need(height + f.pt(22))  # a heading never ends a page alone
        self.label(section_titles()[key], f.left, f.y, f.width, f.pt(HEADING_SIZE) * 0.55, HEADING_SIZE, bold=True,
                   color=ACCENT, item_id=f"titre_{key}")
        charts.add_rect(self.layout, f.left, f.y + f.pt(HEADING_SIZE) * 0.55 + f.pt(0.8), f.width, f.pt(0.35),
                        f.page, ACCENT)
        f.skip(height)

    def paragraph(self, key, text=None, size=TEXT_SIZE):
        f = self.flow
        text = self.texts[key] if text is None else text
        height = text_height(text, f.pt(size), f.width)
        f.need(height)
        self.label(text, f.left, f.y, f.width, height, size, valign=Qt.AlignmentFlag.AlignTop,
                   item_id=f"texte_{key}")
        f.skip(height + f.pt(2.5))

    def table(self, item_id, rows, widths, header=True, bold_rows=(), size=TABLE_SIZE, x=None, width=None,
              text_columns=(0,)):
        """A static table; ``widths`` in parts of ``width`` (default: the text width); the columns
        of ``text_columns`` aligned left, the others (figures) right."""
        f = self.flow
        width = f.width if width is None else width
        x = f.left if x is None else x
        table = QgsLayoutItemManualTable.create(self.layout)
        self.layout.addMultiFrame(table)
        content = []
        for r, row in enumerate(rows):
            cells = []
            for c, text in enumerate(row):
                cell = QgsTableCell(text)
                text_format = QgsTextFormat.fromQFont(charts.font(f.pt(size), bold=(header and r == 0)
                                                                  or r in bold_rows))
                text_format.setSize(f.pt(size))
                text_format.setSizeUnit(compat.POINTS)
                if header and r == 0:
                    text_format.setColor(QColor("#ffffff"))
                    cell.setBackgroundColor(QColor(ACCENT))
                cell.setTextFormat(text_format)
                cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignLeft if c in text_columns
                                            else Qt.AlignmentFlag.AlignRight)
                cells.append(cell)
            content.append(cells)
        table.setTableContents(content)
        table.setIncludeTableHeader(False)
        table.setCellMargin(f.pt(0.9))
        table.setGridStrokeWidth(0.15)
        table.setGridColor(QColor("#bbbbbb"))
        text_format = QgsTextFormat.fromQFont(charts.font(f.pt(size)))
        text_format.setSize(f.pt(size))
        table.setContentTextFormat(text_format)
        total = sum(widths)
        margin = f.pt(0.9)
        columns = [width * part / total - 2 * margin for part in widths]
        table.setColumnWidths(columns)
        if hasattr(table, "setWrapBehavior"):
            table.setWrapBehavior(WRAP_TEXT)
        # Row heights set from the text (wrapped in its column), so the table's height is known
        # before it is drawn: a preset height is the row's height.
        line = QgsLayoutUtils.fontHeightMM(charts.font(f.pt(size))) * 1.08
        heights = [max(line_count(str(text), f.pt(size), columns[c] - 0.5, bold=(header and r == 0) or r in bold_rows)
                       for c, text in enumerate(row)) * line for r, row in enumerate(rows)]
        table.setRowHeights(heights)
        height = sum(h + 2 * margin for h in heights) + (len(rows) + 1) * 0.15 + 0.5
        f.need(min(height, f.bottom - f.top))
        frame = QgsLayoutFrame(self.layout, table)
        frame.setId(item_id)
        table.addFrame(frame)
        first = min(height, f.room())
        charts.place(frame, x, f.y, width, first, f.page)
        f.skip(first + f.pt(3))
        # A long table goes on in frames on the next pages (rows are not split: each frame
        # keeps a row's height in reserve).
        remaining = height - first
        if remaining > 0.5 and header:
            remaining += heights[0] + 2 * margin  # the rows the first frame could not hold whole
        while remaining > 0.5:
            f.new_page()
            chunk = min(remaining + f.pt(8), f.room())
            more = QgsLayoutFrame(self.layout, table)
            table.addFrame(more)
            charts.place(more, x, f.y, width, chunk, f.page)
            f.skip(chunk + f.pt(3))
            remaining -= chunk - f.pt(8)
        table.refresh()
        self.tables.append(table)
        return height

    def map_block(self, item_id, map_layers, legend_layers, extent, height, title=""):
        f = self.flow
        legend_width = f.pt(52) if legend_layers else 0
        f.need(height + (f.pt(6) if title else 0))
        if title:
            self.label(title, f.left, f.y, f.width, f.pt(4.5), 8.5, bold=True, item_id=f"titre_{item_id}")
            f.skip(f.pt(5.5))
        item = QgsLayoutItemMap(self.layout)
        item.setId(item_id)
        item.setFrameEnabled(True)
        item.setFrameStrokeWidth(QgsLayoutMeasurement(0.2))
        item.setCrs(map_layers[0].crs())
        self.layout.addLayoutItem(item)
        map_width = f.width - legend_width - (f.pt(3) if legend_layers else 0)
        # A new map item gets its size from a scene rectangle (resizing one without an extent
        # leaves it empty).
        origin = self.layout.pageCollection().pagePositionToLayoutPosition(f.page, QgsLayoutPoint(f.left, f.y))
        item.attemptSetSceneRect(QRectF(origin.x(), origin.y(), map_width, height))
        item.setLayers(map_layers)
        item.setKeepLayerSet(True)
        item.storeCurrentLayerStyles()  # a layer several themes share (named styles) keeps this map's style
        item.setKeepLayerStyles(True)
        zoomed = QgsRectangle(extent)
        zoomed.scale(1.06)
        item.zoomToExtent(zoomed)
        scalebar = QgsLayoutItemScaleBar(self.layout)
        scalebar.setStyle("Single Box")
        scalebar.setLinkedMap(item)
        scalebar.setUnits(compat.KILOMETERS)
        scalebar.setUnitLabel("km")
        scalebar.setNumberOfSegments(2)
        scalebar.setNumberOfSegmentsLeft(0)
        scalebar.setSegmentSizeMode(charts.FIT_WIDTH)
        scalebar.setMinimumBarWidth(f.pt(15))
        scalebar.setMaximumBarWidth(f.pt(35))
        scalebar.setBackgroundEnabled(True)
        scalebar.setBackgroundColor(QColor(255, 255, 255, 220))
        text_format = QgsTextFormat.fromQFont(charts.font(f.pt(6.5)))
        text_format.setSize(f.pt(6.5))
        scalebar.setTextFormat(text_format)
        self.layout.addLayoutItem(scalebar)
        scalebar.setId(f"echelle_{item_id}")
        charts.place(scalebar, f.left + f.pt(2), f.y + height - f.pt(10), f.pt(40), f.pt(8), f.page)
        scalebar.attemptResize(QgsLayoutSize(scalebar.rect().width(), scalebar.rect().height()))
        arrow = QgsLayoutItemPicture(self.layout)
        arrow.setPicturePath(NORTH_ARROW)
        arrow.setLinkedMap(item)
        self.layout.addLayoutItem(arrow)
        charts.place(arrow, f.left + map_width - f.pt(9), f.y + f.pt(2), f.pt(7), f.pt(10), f.page)
        if legend_layers:
            self._legend(item, item_id, legend_layers, f.left + map_width + f.pt(3), legend_width, height)
        f.skip(height + f.pt(4))
        return item

    def _legend(self, item, item_id, legend_layers, x, width, height):
        """The map's legend: the theme's classes or circles, without the layer's title (the map's
        title above says what is mapped)."""
        f = self.flow
        legend = QgsLayoutItemLegend(self.layout)
        legend.setId(f"legende_{item_id}")
        legend.setLinkedMap(item)
        legend.setAutoUpdateModel(False)
        legend.setTitle("")
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for layer in legend_layers:
            node = root.addLayer(layer)
            QgsLegendRenderer.setNodeLegendStyle(node, LEGEND_HIDDEN)
        for style in LEGEND_TEXTS:
            legend_font(legend, style, f.pt(7), bold=style != LEGEND_TEXTS[0])
        legend.setSymbolWidth(f.pt(5))
        legend.setSymbolHeight(f.pt(3.5))
        legend.setWrapString("~")
        self.layout.addLayoutItem(legend)
        charts.place(legend, x, f.y, width, height, f.page)
        legend.setResizeToContents(False)
        legend.adjustBoxSize()

    # -- sections
    def cover(self):
        f, data, row = self.flow, self.data, self.data.facts.row
        band = f.pt(78)
        charts.add_rect(self.layout, 0, 0, f.width_mm, band, 0, ACCENT, "bandeau")
        self.label(tr("Portrait of the social and solidarity economy"), f.left, f.pt(20), f.width, f.pt(8), 14,
                   color="#ffffff", item_id="titre_portrait")
        name = data.name
        size = 26 if charts.text_width(name, f.pt(26), True) < f.width else 19
        self.label(name, f.left, f.pt(31), f.width, text_height(name, f.pt(size), f.width, True) + f.pt(2), size,
                   bold=True, color="#ffffff", valign=Qt.AlignmentFlag.AlignTop, item_id="titre")
        parts = [w.count(self.v(row, "nb_communes") or 0, "commune", self.lang),
                 w.count(self.v(row, "population") or 0, "habitant", self.lang)]
        if data.level == "pays":
            parts.insert(0, w.count(self.v(row, "nb_epci") or 0, "epci", self.lang))
        else:
            pays_name = w.territory_name(data.facts.pays.get("nom", ""))
            parts.insert(0, tr("EPCI {of_pays}").format(of_pays=pays_name.of(self.lang)))
        self.label(" · ".join(parts), f.left, f.pt(62), f.width, f.pt(7), 11, color="#ffffff",
                   item_id="chiffres_couverture")
        f.y = band + f.pt(8)
        mask = portrait_layer(self.project, self.study, "communes", tr("Portrait — outside {territory}").format(
            territory=data.name), mask_style(territory_filter(data)))
        self.map_block("carte_couverture", [mask] + self._territory_layers(communes=True), [], self.extent, f.pt(112))
        highlights = [(self.n(self.v(row, "nb_etab_ess")), tr("ESS establishments")),
                      (self.n(self.v(row, "emplois_ess_est")), tr("estimated salaried jobs (SIRENE size bands)")),
                      (self.pct(self.v(row, "part_emploi_ess")), tr("of salaried employment"))]
        gap = f.pt(5)
        box = (f.width - 2 * gap) / 3
        for number, (figure, caption) in enumerate(highlights):
            x = f.left + number * (box + gap)
            charts.add_rect(self.layout, x, f.y, box, f.pt(24), 0, "#edf8b1")
            self.label(figure, x + f.pt(3), f.y + f.pt(3), box - f.pt(6), f.pt(9), 20, bold=True, color=ACCENT,
                       item_id=f"chiffre_cle_{number + 1}")
            self.label(caption, x + f.pt(3), f.y + f.pt(13), box - f.pt(6), f.pt(9), 8,
                       valign=Qt.AlignmentFlag.AlignTop)
        f.skip(f.pt(30))
        facts = data.facts
        when = []
        if facts.stock_date:
            when.append(tr("SIRENE stock of {date}").format(date=w.long_date(facts.stock_date, self.lang)))
        when.append(tr("printed on {date}").format(date=w.long_date(datetime.date.today().isoformat(), self.lang)))
        self.label(" — ".join(when), f.left, f.y, f.width, f.pt(5), 9, color="#333333", item_id="dates")
        f.skip(f.pt(8))
        if self.observatory:
            self.label(self.observatory, f.left, f.y, f.width * 0.6, f.pt(6), 12, bold=True, item_id="observatoire")
        if self.logo:
            self._logo(f.left + f.width - f.pt(45), f.y - f.pt(1), f.pt(45), f.bottom - f.y - f.pt(10))
        if data.fictitious:
            self.label(tr("Demonstration data (fictitious)"), f.left, f.bottom - f.pt(6), f.width, f.pt(6), 12,
                       bold=True, color=FICTITIOUS_COLOR, item_id="demo_couverture")

    def _logo(self, x, y, width, height):
        suffix = self.logo.suffix.lower()
        picture = QgsLayoutItemPicture(self.layout)
        picture.setId("logo")
        # Embedded in the project (base64), so the layout exports again without the file.
        encoded = "base64:" + base64.b64encode(self.logo.read_bytes()).decode("ascii")
        picture_format = PICTURE_SVG if suffix == ".svg" else PICTURE_RASTER
        picture.setPicturePath(encoded, picture_format)
        picture.setResizeMode(compat.enum("QgsLayoutItemPicture.ResizeMode.Zoom"))
        picture.setPictureAnchor(compat.enum("QgsLayoutItem.ReferencePoint.LowerRight"))
        self.layout.addLayoutItem(picture)
        charts.place(picture, x, y, width, height, self.flow.page)

    def _territory_layers(self, communes=False):
        """Pays and EPCI outlines, and communes with ``communes`` (the study's territory layers,
        styled as in the atlas)."""
        found = []
        for name in ("pays", "epci") + (("communes",) if communes else ()):
            found.append(layers.find_or_add_layer(
                self.project, self.study, name,
                style=lambda layer, level=name: styles.apply_territory_style(layer, level)))
        return found

    def key_figures(self):
        facts, row = self.data.facts, self.data.facts.row
        self.heading("key_figures")
        self.paragraph("key_figures")
        epci = self.data.level == "epci"
        pays = facts.pays if epci else None
        header = [tr("Indicator"), self.data.name] + ([pays.get("nom", "")] if epci else []) + [tr("Reference area")]

        def line(label, field, fmt, ref=True):
            cells = [label, fmt(self.v(row, field))]
            if epci:
                cells.append(fmt(self.v(pays, field)))
            cells.append(fmt(self.v(row, f"{field}_ref")) if ref else "–")
            return cells

        def jobs(source):
            est = self.v(source, "emplois_ess_est")
            if est is None:
                return "–"
            low, high = self.v(source, "emplois_ess_min"), self.v(source, "emplois_ess_max")
            return f"{self.n(est)} ({self.n(low)} – {self.n(high)})"

        rows = [header,
                line(tr("Population (inhabitants)"), "population", self.n, ref=False),
                line(tr("ESS establishments"), "nb_etab_ess", self.n),
                line(tr("of which employers"), "nb_etab_ess_employeurs", self.n, ref=False)]
        jobs_row = [tr("Estimated salaried jobs (low – high)"), jobs(row)] + ([jobs(pays)] if epci else [])
        jobs_row.append(self.n(self.v(row, "emplois_ess_est_ref")))
        rows.append(jobs_row)
        rows += [line(tr("Share of salaried employment"), "part_emploi_ess", self.pct),
                 line(tr("Establishments per 10,000 inhabitants"), "etab_ess_pour_10000_hab", lambda x: self.n(x, 1)),
                 line(tr("Establishments per km²"), "etab_ess_par_km2", lambda x: self.n(x, 2)),
                 line(tr("Communes with ESS"), "part_communes_avec_ess", self.pct)]
        if pt.has_dynamics(facts):
            rows.append(line(tr("ESS creations per 10,000 inhabitants (5 years)"), "creations_ess_pour_10000_hab",
                             lambda x: self.n(x, 1)))
        if pt.has_economy(facts):
            rows.append(line(tr("Published turnover of the ESS"), "ca_publie_ess", lambda x: w.euros(x, self.lang),
                             ref=False))
        widths = [40, 22, 22, 22] if epci else [46, 27, 27]
        self.table("chiffres_cles", rows, widths)

    def inventory(self):
        f, row = self.flow, self.data.facts.row
        self.heading("inventory")
        self.paragraph("inventory")
        colors = thematic.family_colors()
        families = [charts.Bar(family_labels()[key], self.v(row, f"nb_etab_{key}") or 0,
                               self.n(self.v(row, f"nb_etab_{key}") or 0), colors[key]) for key in pt.FAMILIES]
        sizes = [charts.Bar(size_labels()[key], self.v(row, f"nb_etab_taille_{key}") or 0,
                            self.n(self.v(row, f"nb_etab_taille_{key}") or 0), "#41b6c4") for key in SIZES]
        row_height = f.pt(5.2)
        height = f.pt(6) + row_height * 5
        f.need(height)
        half = (f.width - f.pt(8)) / 2
        used = charts.horizontal_bars(self.layout, "familles", families, f.left, f.y, half, f.page,
                                      title=tr("ESS establishments by family"), size=f.pt(7), row_height=row_height)
        used = max(used, charts.horizontal_bars(self.layout, "tailles", sizes, f.left + half + f.pt(8), f.y, half,
                                                f.page, title=tr("Employer establishments by size"), size=f.pt(7),
                                                row_height=row_height))
        f.skip(used + f.pt(4))
        sectors = sorted(pt.SECTORS, key=lambda key: -(self.v(row, f"nb_etab_secteur_{key}") or 0))
        bars = [charts.Bar(sector_labels()[key], self.v(row, f"nb_etab_secteur_{key}") or 0,
                           self.n(self.v(row, f"nb_etab_secteur_{key}") or 0), "#2c7fb8") for key in sectors]
        row_height = f.pt(4.6)
        f.need(f.pt(6) + row_height * len(bars))
        used = charts.horizontal_bars(self.layout, "secteurs", bars, f.left, f.y, f.width * 0.75, f.page,
                                      title=tr("ESS establishments by sector"), size=f.pt(7), row_height=row_height)
        f.skip(used + f.pt(4))

    def employment(self):
        f, facts = self.flow, self.data.facts
        self.heading("employment")
        self.paragraph("employment")
        jobs = facts.jobs_by_sector
        if not jobs:
            return
        sectors = sorted(pt.SECTORS, key=lambda key: -jobs.get(key, (0, 0, 0))[1])
        bars = []
        for key in sectors:
            low, est, high = jobs.get(key, (0.0, 0.0, 0.0))
            bars.append(charts.Bar(sector_labels()[key], est, f"{self.n(est)} ({self.n(low)} – {self.n(high)})",
                                   "#D55E00", low=low, high=high))
        row_height = f.pt(4.6)
        f.need(f.pt(12) + row_height * len(bars))
        used = charts.horizontal_bars(
            self.layout, "emplois_secteurs", bars, f.left, f.y, f.width * 0.85, f.page,
            title=tr("Estimated ESS salaried jobs by sector (SIRENE size bands)"), size=f.pt(7), row_height=row_height,
            note=tr("Bar: central estimate; line: from the low to the high bound of the size bands."))
        f.skip(used + f.pt(4))

    def coverage(self):
        f, facts = self.flow, self.data.facts
        self.heading("coverage")
        self.paragraph("coverage")
        mask = portrait_layer(self.project, self.study, "communes", tr("Portrait — outside {territory}").format(
            territory=self.data.name), mask_style(territory_filter(self.data)))
        distance = portrait_layer(self.project, self.study, "indicateurs_communes",
                                  tr("Distance to the nearest ESS establishment (km)"), distance_style)
        self.map_block("carte_distance", [mask] + self._territory_layers() + [distance], [distance], self.extent,
                       f.pt(95), title=tr("Distance from each commune to the nearest ESS establishment"))
        epcis = facts.epcis
        bold = set()
        rows = [[tr("EPCI"), tr("Communes"), tr("Communes without ESS"), tr("Communes with ESS")]]
        for number, epci in enumerate(epcis, start=1):
            rows.append([epci.get("nom", ""), self.n(self.v(epci, "nb_communes")),
                         self.n(self.v(epci, "nb_communes_sans_ess")),
                         self.pct(self.v(epci, "part_communes_avec_ess"))])
            if self.data.level == "epci" and epci.get("code_epci") == self.data.code:
                bold.add(number)
        self.table("tableau_couverture", rows, [56, 14, 18, 18], bold_rows=bold)

    def dynamics(self):
        f, data = self.flow, self.data
        self.heading("dynamics")
        self.paragraph("dynamics")
        if pt.has_dynamics(data.facts) and data.years is not None and len(data.years):
            years = data.years.sort_values("annee")
            categories = [int(y) for y in years["annee"]]
            created = [float(x) for x in years["creations_ess"]]
            closed = [float(x) for x in years["fermetures_ess"]]
            height = f.pt(52)
            f.need(height)
            used = charts.grouped_columns(
                self.layout, "dynamique", categories,
                [(tr("ESS creations"), "#2c7fb8", created, [self.n(x) for x in created]),
                 (tr("ESS closures"), "#D55E00", closed, [self.n(x) for x in closed])],
                f.left, f.y, f.width, height, f.page, title=tr("ESS creations and closures per year"), size=f.pt(7))
            f.skip(used + f.pt(4))
        self.paragraph("economy")

    def epci_table(self):
        facts = self.data.facts
        self.heading("epci_table")
        self.paragraph("epci_table")
        epcis = facts.epcis
        if not epcis:
            return
        columns = [("nb_etab_ess", self.n), ("emplois_ess_est", self.n), ("part_emploi_ess", self.pct),
                   ("etab_ess_pour_10000_hab", lambda x: self.n(x, 1)), ("part_communes_avec_ess", self.pct)]
        ranks = {}
        for field, _ in columns:
            ordered = sorted(epcis, key=lambda e: (-(self.v(e, field) or 0), e.get("nom_tri", "")))
            for rank, epci in enumerate(ordered, start=1):
                ranks[(epci.get("code_epci"), field)] = rank
        ordered = sorted(epcis, key=lambda e: ranks[(e.get("code_epci"), "etab_ess_pour_10000_hab")])
        rows = [[tr("EPCI"), tr("Establishments"), tr("Estimated jobs"), tr("Share of employment"),
                 tr("Per 10,000 inh."), tr("Communes with ESS")]]
        bold = set()
        for number, epci in enumerate(ordered, start=1):
            rows.append([epci.get("nom", "")] + [f"{fmt(self.v(epci, field))} ({ranks[(epci.get('code_epci'), field)]})"
                                                 for field, fmt in columns])
            if self.data.level == "epci" and epci.get("code_epci") == self.data.code:
                bold.add(number)
        pays = facts.pays if self.data.level == "epci" else facts.row
        rows.append([pays.get("nom", "")] + [fmt(self.v(pays, field)) for field, fmt in columns])
        rows.append([tr("Reference area")] + [fmt(self.v(pays, f"{field}_ref")) for field, fmt in columns])
        bold.add(len(rows) - 2)
        self.table("tableau_epci", rows, [44, 17, 17, 17, 17, 17], bold_rows=bold, size=6.5)

    def maps(self):
        from .atlas_themes import theme_layers

        f = self.flow
        f.new_page() if f.y > f.top + f.pt(60) else None
        self.heading("maps")
        self.paragraph("maps")
        mask = portrait_layer(self.project, self.study, "communes", tr("Portrait — outside {territory}").format(
            territory=self.data.name), mask_style(territory_filter(self.data)))
        base = self._territory_layers()
        height = min(f.pt(108), (f.room() - f.pt(24)) / 2)  # two maps, each with its title
        density = theme_layers(self.project, self.study, "densite")
        self.map_block("carte_densite", [mask] + base + density, density, self.extent, height,
                       title=tr("ESS establishments per 10,000 inhabitants, per commune"))
        jobs = theme_layers(self.project, self.study, "emplois")
        self.map_block("carte_emplois", jobs + [mask] + base, jobs, self.extent, height,
                       title=tr("Estimated ESS salaried jobs per commune (proportional circles)"))

    def workshops(self):
        from .contributions import contribution_types, priorities, themes

        data = self.data
        self.heading("workshops")
        self.paragraph("workshops")
        types, theme_names = contribution_types(), themes()
        frame = data.contributions
        if frame is not None and len(frame):
            kinds = [k for k in pt.TYPES]
            rows = [[tr("Theme")] + [types[k] for k in kinds] + [tr("Total")]]
            frame = frame.assign(theme=frame["theme"].fillna("autre"))
            counts = frame.groupby(["theme", "type"]).size()
            per_theme = frame.groupby("theme").size()
            for theme in sorted(per_theme.index, key=lambda t: (-int(per_theme[t]), t)):
                cells = [int(counts.get((theme, k), 0)) for k in kinds]
                rows.append([theme_names.get(theme, theme)] + [self.n(c) for c in cells] + [self.n(sum(cells))])
            self.table("tableau_contributions", rows, [40, 12, 12, 12, 12, 12])
        recommendations = data.recommendations
        if recommendations is not None and len(recommendations):
            prios = priorities()
            rows = [[tr("Priority"), tr("Type"), tr("Theme"), tr("Proposed action"), tr("Actors")]]
            for rec in recommendations.to_dict("records"):
                try:
                    priority = prios.get(int(rec.get("priorite")), str(rec.get("priorite") or ""))
                except (TypeError, ValueError):
                    priority = str(rec.get("priorite") or "")
                rows.append([priority, types.get(rec.get("type"), rec.get("type") or ""),
                             theme_names.get(rec.get("theme"), rec.get("theme") or ""),
                             str(rec.get("action_proposee") or ""), str(rec.get("acteurs") or "")])
            self.table("tableau_recommandations", rows, [14, 12, 22, 52, 22], size=6.5, text_columns=(0, 1, 2, 3, 4))
            for table in self.tables[-1:]:
                table.setWrapBehavior(WRAP_TEXT) if hasattr(table, "setWrapBehavior") else None

    def method(self):
        f = self.flow
        self.heading("method")
        self.paragraph("method")
        sources = sources_text(self.study, self.data.settings)
        reference = self.data.settings.get("zone_reference")
        if reference:
            sources = f"{reference}.\n{sources}"
        height = text_height(sources, f.pt(6.8), f.width)
        f.need(height)
        self.label(sources, f.left, f.y, f.width, height, 6.8, color="#333333", valign=Qt.AlignmentFlag.AlignTop,
                   item_id="sources")
        f.skip(height)

    def page_furniture(self):
        """Running head, fictitious-data mark and page numbers on every page but the cover."""
        f = self.flow
        count = self.layout.pageCollection().pageCount()
        head = tr("ESS portrait — {territory}").format(territory=self.data.name)
        for page in range(count):
            f.page = page
            if page > 0:
                self.label(head, f.left, f.pt(7), f.width * 0.6, f.pt(4), 7, color="#555555")
                self.label(tr("Page {page} / {pages}").format(page=page + 1, pages=count), f.left + f.width * 0.6,
                           f.height_mm - f.pt(10), f.width * 0.4, f.pt(4), 7, align=Qt.AlignmentFlag.AlignRight,
                           color="#555555")
                self.label(tr("ESS Territoires — {date}").format(date=datetime.date.today().isoformat()), f.left,
                           f.height_mm - f.pt(10), f.width * 0.6, f.pt(4), 7, color="#555555")
                if self.data.fictitious:
                    self.label(tr("Demonstration data (fictitious)"), f.left + f.width * 0.5, f.pt(6.5),
                               f.width * 0.5, f.pt(4.5), 8.5, bold=True, color=FICTITIOUS_COLOR,
                               align=Qt.AlignmentFlag.AlignRight, item_id=f"demo_{page + 1}")

    def build(self) -> QgsPrintLayout:
        self.extent = territory_extent(self.project, self.study, self.data)
        steps = [self.cover, self._after_cover, self.key_figures, self.inventory, self.employment, self.coverage,
                 self.dynamics, self.epci_table, self.maps, self.workshops, self.method, self.page_furniture]
        for number, step in enumerate(steps):
            check_canceled(self.feedback)
            step()
            if self.feedback is not None:
                self.feedback.setProgress(80 * (number + 1) / len(steps))
        manager = self.project.layoutManager()
        existing = manager.layoutByName(self.layout.name())
        if existing is not None:
            manager.removeLayout(existing)
        manager.addLayout(self.layout)
        return self.layout

    def _after_cover(self):
        self.flow.new_page()


def build_portrait(project: QgsProject, gpkg_path, data: PortraitData, page_format: str = "A4", logo=None,
                   observatory: str = "", feedback=None) -> QgsPrintLayout:
    """The portrait's layout, added to ``project`` (replacing one of the same name)."""
    if logo and not Path(logo).is_file():
        raise InputError(tr("The logo {path} does not exist: give an image file (PNG, JPEG or SVG).")
                         .format(path=logo))
    return PortraitBuilder(project, gpkg_path, data, page_format, logo, observatory, feedback).build()


def export_portrait(layout: QgsPrintLayout, out, feedback=None) -> int:
    """Export the layout to ``out`` (PDF, vector, fonts embedded); the previous file is replaced only
    when the export succeeds. Returns the page count."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    work = out.with_name(f".{out.stem}.writing.pdf")
    result = QgsLayoutExporter(layout).exportToPdf(str(work), _pdf_settings())
    if feedback is not None and feedback.isCanceled():
        work.unlink(missing_ok=True)
        raise Cancelled(tr("Cancelled by the user: nothing was written."))
    if result != compat.enum("QgsLayoutExporter.ExportResult.Success") or not work.exists():
        work.unlink(missing_ok=True)
        raise InputError(tr("The portrait could not be exported to {path} (error {code}): check that the folder "
                            "is writable.").format(path=out, code=result))
    work.replace(out)
    return layout.pageCollection().pageCount()


def default_output(gpkg_path, code: str) -> Path:
    """portrait_<code>.pdf next to the study (codes such as epci:… made file-safe)."""
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in code)
    return Path(gpkg_path).parent / f"portrait_{safe}.pdf"


