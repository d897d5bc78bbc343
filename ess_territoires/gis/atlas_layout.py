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
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont

from .compat import KILOMETERS, MM

# Metropolitan France in Lambert-93: the maps' extent until a study is bound (an empty extent
# would give the map items no height).
FRANCE_L93 = QgsRectangle(100_000, 6_040_000, 1_250_000, 7_120_000)
PAGE_FORMATS = {"A4": (210, 297), "A3": (420, 297)}  # A4 portrait, A3 landscape (mm)
NORTH_ARROW = ":/images/north_arrows/layout_default_north_arrow.svg"
from .fonts import FAMILY as FONT  # noqa: E402 (shipped and registered: gis/fonts.py)

# id -> (x, y, width, height) in mm, per page format.
POSITIONS = {
    "A4": {
        "titre": (10, 7, 190, 10), "sous_titre": (10, 18, 190, 7),
        "carte": (10, 26, 190, 150), "carte_situation": (11, 27, 42, 42),
        "nord": (187, 28, 10, 15), "echelle": (13, 164, 60, 10),
        "chiffres_cles": (10, 179, 108, 42), "tableau": (122, 179, 78, 42),
        "legende": (10, 223, 108, 48), "demo": (122, 223, 78, 10),
        "sources": (122, 234, 78, 40), "pagination": (150, 285, 50, 6),
    },
    "A3": {
        "titre": (10, 7, 400, 12), "sous_titre": (10, 19, 400, 7),
        "carte": (10, 28, 280, 259), "carte_situation": (295, 28, 60, 60),
        "nord": (277, 30, 10, 15), "echelle": (13, 275, 70, 10),
        "chiffres_cles": (295, 92, 115, 46), "tableau": (295, 140, 115, 46),
        "legende": (358, 28, 52, 60), "demo": (295, 190, 115, 10),
        "sources": (295, 245, 115, 40), "pagination": (360, 287, 50, 6),
    },
}


def _place(item, box):
    x, y, w, h = box
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))


def _set_map_box(item_map, box):
    x, y, w, h = box
    item_map.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    item_map.attemptSetSceneRect(QRectF(x, y, w, h))
    item_map.zoomToExtent(FRANCE_L93)


def _label(layout, item_id, box, size, bold=False, align=Qt.AlignmentFlag.AlignLeft, color="#000000"):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    label.setFont(font)
    label.setFontColor(QColor(color))
    label.setHAlign(align)
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    label.setMode(QgsLayoutItemLabel.Mode.ModeFont)
    layout.addLayoutItem(label)
    _place(label, box)
    return label


def design_layout(page_format: str, project: QgsProject = None) -> QgsPrintLayout:
    """An empty atlas page of ``page_format`` with every item in place, nothing bound."""
    positions = POSITIONS[page_format]
    width, height = PAGE_FORMATS[page_format]
    layout = QgsPrintLayout(project or QgsProject.instance())
    layout.initializeDefaults()
    layout.setName(f"atlas_{page_format}")
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, height, MM))

    _label(layout, "titre", positions["titre"], 16, bold=True)
    _label(layout, "sous_titre", positions["sous_titre"], 11, color="#333333")

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
    scalebar.setMaximumBarWidth(50)
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 200))
    layout.addLayoutItem(scalebar)
    x, y, *_ = positions["echelle"]
    scalebar.attemptMove(QgsLayoutPoint(x, y, MM))

    _label(layout, "chiffres_cles", positions["chiffres_cles"], 8)

    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId("tableau")
    _place(frame, positions["tableau"])
    table.addFrame(frame)

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legende")
    legend.setLinkedMap(main)
    legend.setLegendFilterByMapEnabled(True)
    legend.setAutoUpdateModel(False)
    legend.setResizeToContents(True)
    layout.addLayoutItem(legend)
    x, y, *_ = positions["legende"]
    legend.attemptMove(QgsLayoutPoint(x, y, MM))

    _label(layout, "demo", positions["demo"], 10, bold=True, color="#b2182b")
    _label(layout, "sources", positions["sources"], 6.5, color="#333333")
    _label(layout, "pagination", positions["pagination"], 8, align=Qt.AlignmentFlag.AlignRight)
    return layout
