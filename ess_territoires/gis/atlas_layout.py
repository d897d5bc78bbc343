"""The atlas page design: where each item sits on an A4 portrait or A3 landscape page.

``design_layout`` draws the page with no data bound; ``scripts/build_layouts.py`` saves it as
the templates ``resources/layouts/atlas_<format>.qpt``, which the atlas loads and binds to a
study (so a cartographer may edit the templates in the layout designer). Items are found by
their id.
"""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsTableCell,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont

from .compat import KILOMETERS, MM, POINTS

# Metropolitan France in Lambert-93: the maps' extent until a study is bound (an empty extent
# would give the map items no height).
FRANCE_L93 = QgsRectangle(100_000, 6_040_000, 1_250_000, 7_120_000)
PAGE_FORMATS = {"A4": (210, 297), "A3": (420, 297)}  # A4 portrait, A3 landscape (mm)
NORTH_ARROW = ":/images/north_arrows/layout_default_north_arrow.svg"
from .fonts import FAMILY as FONT  # noqa: E402 (shipped and registered: gis/fonts.py)

# The page grid, per format: margins of 10 mm, the map on the left or on top, a column (A3) or two
# columns (A4) of blocks under one kind of heading; every block starts on a line of the grid.
# id -> (x, y, width, height) in mm. The key figures are four tiles (a big number over a small label
# and a smaller comparison), KEY_FIGURES of them, placed by key_figure_boxes.
POSITIONS = {
    "A4": {
        "titre": (10, 8, 190, 9), "sous_titre": (10, 17, 190, 6),
        "carte": (10, 25, 190, 146), "carte_situation": (12, 27, 38, 38),
        "nord": (187, 28, 10, 14), "echelle": (13, 159, 60, 10),
        "chiffres_cles": (10, 175, 92, 5), "tuiles": (10, 181, 92, 35), "population": (10, 217, 92, 4),
        "tableau_titre": (108, 175, 92, 5), "tableau": (108, 181, 92, 40),
        "legende": (10, 225, 92, 58), "demo": (108, 225, 92, 5),
        "sources": (108, 231, 92, 52), "pagination": (150, 287, 50, 4),
    },
    "A3": {
        "titre": (10, 8, 400, 11), "sous_titre": (10, 19, 400, 7),
        "carte": (10, 29, 268, 258), "carte_situation": (12, 31, 56, 56),
        "nord": (264, 32, 11, 16), "echelle": (13, 274, 80, 11),
        "chiffres_cles": (286, 29, 124, 7), "tuiles": (286, 37, 124, 52), "population": (286, 90, 124, 5),
        "tableau_titre": (286, 99, 124, 7), "tableau": (286, 107, 124, 50),
        "legende": (286, 161, 124, 74), "demo": (286, 239, 124, 7),
        "sources": (286, 247, 124, 36), "pagination": (330, 287, 80, 5),
    },
}
# Type sizes (points) per format: one size per role, larger on A3, read at arm's length.
TYPE_SIZES = {
    "A4": {"titre": 16, "sous_titre": 10, "rubrique": 9, "valeur": 15, "libelle": 7, "comparaison": 6.5,
           "tableau": 7, "legende": 7.5, "population": 7, "demo": 9, "sources": 6.5, "pagination": 7},
    "A3": {"titre": 22, "sous_titre": 13, "rubrique": 12, "valeur": 22, "libelle": 9.5, "comparaison": 8.5,
           "tableau": 9.5, "legende": 9.5, "population": 9.5, "demo": 11, "sources": 8, "pagination": 9},
}
KEY_FIGURES = 4
TILE_GAP = {"A4": (4, 2), "A3": (5, 3)}  # horizontal and vertical gaps between the key-figure tiles (mm)
GREY = "#4d4d4d"
ACCENT = "#1a1a1a"


def key_figure_boxes(page_format: str) -> list:
    """(value box, label box, comparison box) of each key-figure tile: two by two in the tiles' area,
    the value's box as tall as its type, the label's and comparison's one line each."""
    x0, y0, width, height = POSITIONS[page_format]["tuiles"]
    sizes = TYPE_SIZES[page_format]
    gap_x, gap_y = TILE_GAP[page_format]
    tile_w, tile_h = (width - gap_x) / 2, (height - gap_y) / 2
    value_h = sizes["valeur"] * 0.3528 * 1.25
    label_h = sizes["libelle"] * 0.3528 * 1.3
    boxes = []
    for number in range(KEY_FIGURES):
        x = x0 + (number % 2) * (tile_w + gap_x)
        y = y0 + (number // 2) * (tile_h + gap_y)
        boxes.append(((x, y, tile_w, value_h), (x, y + value_h, tile_w, label_h),
                      (x, y + value_h + label_h, tile_w, tile_h - value_h - label_h)))
    return boxes


def _place(item, box):
    x, y, w, h = box
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))


def _set_map_box(item_map, box):
    x, y, w, h = box
    item_map.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    item_map.attemptSetSceneRect(QRectF(x, y, w, h))
    item_map.zoomToExtent(FRANCE_L93)


def _label(layout, item_id, box, size, bold=False, align=Qt.AlignmentFlag.AlignLeft, color="#000000",
           valign=Qt.AlignmentFlag.AlignTop):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    label.setFont(font)
    label.setFontColor(QColor(color))
    label.setHAlign(align)
    label.setVAlign(valign)
    label.setMode(QgsLayoutItemLabel.Mode.ModeFont)
    label.setMarginX(0)
    label.setMarginY(0)
    layout.addLayoutItem(label)
    _place(label, box)
    return label


def _font(size, bold=False) -> QFont:
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _legend_style(legend, role, font, space_above=None):
    style = legend.rstyle(role)
    if hasattr(style, "setTextFormat"):  # QGIS 3.30 and later: a text format; setFont before
        style.setTextFormat(QgsTextFormat.fromQFont(font))
    else:
        style.setFont(font)
    if space_above is not None:
        style.setMargin(QgsLegendStyle.Side.Top, space_above)


def design_layout(page_format: str, project: QgsProject = None) -> QgsPrintLayout:
    """An empty atlas page of ``page_format`` with every item in place, nothing bound."""
    positions = POSITIONS[page_format]
    sizes = TYPE_SIZES[page_format]
    width, height = PAGE_FORMATS[page_format]
    layout = QgsPrintLayout(project or QgsProject.instance())
    layout.initializeDefaults()
    layout.setName(f"atlas_{page_format}")
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, height, MM))

    _label(layout, "titre", positions["titre"], sizes["titre"], bold=True, color=ACCENT)
    _label(layout, "sous_titre", positions["sous_titre"], sizes["sous_titre"], color=GREY)

    main = QgsLayoutItemMap(layout)
    main.setId("carte")
    main.setFrameEnabled(True)
    main.setAtlasDriven(True)
    main.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    main.setAtlasMargin(0.08)
    layout.addLayoutItem(main)
    _set_map_box(main, positions["carte"])

    inset = QgsLayoutItemMap(layout)
    inset.setId("carte_situation")
    inset.setFrameEnabled(True)
    inset.setBackgroundColor(QColor("#ffffff"))
    layout.addLayoutItem(inset)
    _set_map_box(inset, positions["carte_situation"])

    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("nord")
    arrow.setPicturePath(NORTH_ARROW)
    arrow.setLinkedMap(main)
    layout.addLayoutItem(arrow)
    _place(arrow, positions["nord"])

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("echelle")
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(main)
    scalebar.setUnits(KILOMETERS)
    scalebar.setUnitLabel("km")
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    from .charts import FIT_WIDTH  # here: charts imports this module's FONT

    scalebar.setSegmentSizeMode(FIT_WIDTH)
    scalebar.setMinimumBarWidth(20)
    scalebar.setMaximumBarWidth(positions["echelle"][2] - 10)
    scale_format = QgsTextFormat.fromQFont(_font(sizes["legende"]))
    scale_format.setSize(sizes["legende"])
    scale_format.setSizeUnit(POINTS)
    scalebar.setTextFormat(scale_format)
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 200))
    layout.addLayoutItem(scalebar)
    x, y, *_ = positions["echelle"]
    scalebar.attemptMove(QgsLayoutPoint(x, y, MM))

    # Key figures: a heading, four tiles (number, label, comparison), the population.
    _label(layout, "chiffres_cles", positions["chiffres_cles"], sizes["rubrique"], bold=True, color=ACCENT)
    for number, (value, label, comparison) in enumerate(key_figure_boxes(page_format), start=1):
        _label(layout, f"chiffre_{number}_valeur", value, sizes["valeur"], bold=True, color=ACCENT,
               valign=Qt.AlignmentFlag.AlignBottom)
        _label(layout, f"chiffre_{number}_libelle", label, sizes["libelle"], color=ACCENT)
        _label(layout, f"chiffre_{number}_comparaison", comparison, sizes["comparaison"], color=GREY)
    _label(layout, "population", positions["population"], sizes["population"], color=GREY)

    # Families: a heading and a table (bound to the page's feature by the atlas).
    _label(layout, "tableau_titre", positions["tableau_titre"], sizes["rubrique"], bold=True, color=ACCENT)
    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId("tableau")
    _place(frame, positions["tableau"])
    table.addFrame(frame)
    text_format = QgsTextFormat.fromQFont(_font(sizes["tableau"]))
    text_format.setSize(sizes["tableau"])
    text_format.setSizeUnit(POINTS)
    table.setContentTextFormat(text_format)
    table.setHeaderTextFormat(text_format)  # no header is shown (the first row is): one family in the file
    table.setCellMargin(0.9 if page_format == "A4" else 1.2)
    table.setGridStrokeWidth(0.1)
    table.setGridColor(QColor("#bdbdbd"))
    table.setHorizontalGrid(True)
    table.setVerticalGrid(False)
    # Three columns sharing the frame's width (the frame follows the table's width): family,
    # count, share; the atlas fills the rows and keeps these widths.
    placeholders = [QgsTableCell("") for _ in range(3)]
    for cell in placeholders:
        cell.setTextFormat(text_format)
    table.setTableContents([placeholders])
    usable = positions["tableau"][2] - 2 * table.cellMargin() * 3 - table.gridStrokeWidth() * 4
    table.setColumnWidths([usable * 0.62, usable * 0.19, usable * 0.19])

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legende")
    legend.setLinkedMap(main)
    legend.setLegendFilterByMapEnabled(True)
    legend.setAutoUpdateModel(False)
    legend.setResizeToContents(True)
    legend.setBoxSpace(0)
    legend.setSymbolHeight(sizes["legende"] * 0.5)
    legend.setSymbolWidth(sizes["legende"] * 0.85)
    _legend_style(legend, QgsLegendStyle.Style.Title, _font(sizes["rubrique"], bold=True))
    _legend_style(legend, QgsLegendStyle.Style.Group, _font(sizes["legende"], bold=True), space_above=2)
    _legend_style(legend, QgsLegendStyle.Style.Subgroup, _font(sizes["legende"], bold=True), space_above=2)
    _legend_style(legend, QgsLegendStyle.Style.SymbolLabel, _font(sizes["legende"]))
    _legend_style(legend, QgsLegendStyle.Style.Symbol, _font(sizes["legende"]))
    legend.rstyle(QgsLegendStyle.Style.Title).setMargin(QgsLegendStyle.Side.Bottom, 1.5)
    layout.addLayoutItem(legend)
    x, y, *_ = positions["legende"]
    legend.attemptMove(QgsLayoutPoint(x, y, MM))

    _label(layout, "demo", positions["demo"], sizes["demo"], bold=True, color="#b2182b")
    _label(layout, "sources", positions["sources"], sizes["sources"], color=GREY)
    _label(layout, "pagination", positions["pagination"], sizes["pagination"],
           align=Qt.AlignmentFlag.AlignRight, color=GREY)
    return layout
