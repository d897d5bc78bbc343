"""Vector bar charts drawn with layout items: rectangles (QgsLayoutItemShape) and labels.

Why layout items: QGIS 3.22 to 3.44 have no layout chart item and QGIS 4 has no HTML item, and
matplotlib is not in every QGIS install. Rectangles and labels need no library at all, stay vector
in the PDF (paths and real text in the layout's font, which the PDF embeds), and each bar, value
and label stays an item the cartographer can select, recolour, move or retype in the layout
designer. A chart's items are grouped (one QgsLayoutItemGroup, id ``graphique_<name>``).

A bar's length is fixed when the chart is drawn; with ``expression`` values (``Bar.expression``),
the bar's width is data-defined on the atlas feature instead, so the same chart follows an
atlas's pages.
"""
from dataclasses import dataclass

from qgis.core import (
    QgsFillSymbol,
    QgsLayoutItemLabel,
    QgsLayoutItemShape,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsProperty,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from .atlas_layout import FONT
from .compat import MM, POINTS, enum

FIT_WIDTH = enum("Qgis.ScaleBarSegmentSizeMode.FitWidth", "QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth")
RECTANGLE = enum("QgsLayoutItemShape.Shape.Rectangle")
ITEM_WIDTH = enum("QgsLayoutObject.DataDefinedProperty.ItemWidth")
AXIS_COLOR = "#666666"
TEXT_COLOR = "#1a1a1a"
DEFAULT_COLOR = "#2c7fb8"


@dataclass
class Bar:
    label: str
    value: float
    text: str  # the value as printed
    color: str = DEFAULT_COLOR
    low: float = None  # optional bounds drawn as a whisker
    high: float = None
    expression: str = ""  # data-defined value (atlas): the bar's width follows it


def font(size: float, bold: bool = False) -> QFont:
    result = QFont(FONT)
    result.setPointSizeF(size)
    result.setBold(bold)
    return result


def set_label_style(label: QgsLayoutItemLabel, size: float, bold: bool = False, color: str = TEXT_COLOR):
    """The label's font, size and colour, through its text format where QGIS has one (3.24+)."""
    qfont = font(size, bold)
    if hasattr(label, "setTextFormat"):
        from qgis.core import QgsTextFormat

        text_format = QgsTextFormat.fromQFont(qfont)
        text_format.setSize(size)
        text_format.setSizeUnit(POINTS)
        text_format.setColor(QColor(color))
        label.setTextFormat(text_format)
    else:
        label.setFont(qfont)
        label.setFontColor(QColor(color))


def text_width(text: str, size: float, bold: bool = False) -> float:
    return QgsLayoutUtils.textWidthMM(font(size, bold), text)


def place(item, x, y, width, height, page: int):
    item.attemptMove(QgsLayoutPoint(x, y, MM), True, False, page)
    item.attemptResize(QgsLayoutSize(width, height, MM))


def add_label(layout, text, x, y, width, height, page, size=7.0, bold=False, color=TEXT_COLOR,
              align=Qt.AlignmentFlag.AlignLeft, valign=Qt.AlignmentFlag.AlignVCenter, item_id=""):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    set_label_style(label, size, bold, color)
    label.setHAlign(align)
    label.setVAlign(valign)
    label.setMarginX(0)
    label.setMarginY(0)
    if item_id:
        label.setId(item_id)
    layout.addLayoutItem(label)
    place(label, x, y, width, height, page)
    return label


def add_rect(layout, x, y, width, height, page, color, item_id=""):
    shape = QgsLayoutItemShape(layout)
    shape.setShapeType(RECTANGLE)
    shape.setSymbol(QgsFillSymbol.createSimple({"color": QColor(color).name(), "outline_style": "no"}))
    if item_id:
        shape.setId(item_id)
    layout.addLayoutItem(shape)
    place(shape, x, y, max(width, 0.01), max(height, 0.01), page)
    return shape


def _group(layout, items, name):
    group = layout.groupItems(items)
    if group is not None:
        group.setId(f"graphique_{name}")
    return group


def horizontal_bars(layout, name: str, bars: list, x, y, width, page, title: str = "", size: float = 7.0,
                    row_height: float = 5.0, maximum=None, note: str = "") -> float:
    """A horizontal bar chart: one row per bar (label, bar, value), optional whiskers (low–high).
    Returns the chart's height (mm)."""
    items = []
    top = y
    if title:
        items.append(add_label(layout, title, x, top, width, size * 0.55, page, size=size + 0.5, bold=True,
                               item_id=f"titre_graphique_{name}"))
        top += size * 0.55 + 1.2
    label_width = min(max([text_width(b.label, size) for b in bars] + [10]) + 1.5, width * 0.45)
    value_width = max([text_width(b.text, size) for b in bars] + [6]) + 1.5
    plot = width - label_width - value_width
    maximum = maximum or max([b.high if b.high is not None else b.value for b in bars] + [0]) or 1.0
    bar_height = row_height * 0.62
    for index, bar in enumerate(bars):
        row = top + index * row_height
        items.append(add_label(layout, bar.label, x, row, label_width - 1.5, row_height, page, size=size,
                               align=Qt.AlignmentFlag.AlignRight))
        left = x + label_width
        length = plot * max(bar.value, 0) / maximum
        middle = row + (row_height - bar_height) / 2
        rect = add_rect(layout, left, middle, length, bar_height, page, bar.color, f"barre_{name}_{index}")
        if bar.expression:
            rect.dataDefinedProperties().setProperty(
                ITEM_WIDTH, QgsProperty.fromExpression(f"{plot} * ({bar.expression}) / {maximum}"))
        items.append(rect)
        end = length
        if bar.low is not None and bar.high is not None:
            low, high = plot * max(bar.low, 0) / maximum, plot * max(bar.high, 0) / maximum
            centre = row + row_height / 2
            items.append(add_rect(layout, left + low, centre - 0.15, max(high - low, 0.3), 0.3, page, AXIS_COLOR))
            for tick in (low, high):
                items.append(add_rect(layout, left + tick - 0.15, centre - bar_height * 0.35, 0.3, bar_height * 0.7,
                                      page, AXIS_COLOR))
            end = max(end, high)
        items.append(add_label(layout, bar.text, left + end + 1.0, row, value_width, row_height, page, size=size))
    axis_height = row_height * len(bars)
    items.append(add_rect(layout, x + label_width - 0.15, top, 0.3, axis_height, page, AXIS_COLOR))
    height = top - y + axis_height
    if note:
        items.append(add_label(layout, note, x, y + height + 0.5, width, size * 0.45, page, size=size - 1,
                               color="#555555"))
        height += size * 0.45 + 0.5
    _group(layout, items, name)
    return height


def grouped_columns(layout, name: str, categories: list, series: list, x, y, width, height, page,
                    title: str = "", size: float = 7.0) -> float:
    """Vertical bars per category (e.g. per year), one bar per series side by side, values
    above the bars, categories below, a legend under the title. ``series``: (label, colour,
    values, texts). Returns the chart's height (mm)."""
    items = []
    top = y
    if title:
        items.append(add_label(layout, title, x, top, width, size * 0.55, page, size=size + 0.5, bold=True,
                               item_id=f"titre_graphique_{name}"))
        top += size * 0.55 + 1.2
    legend_x = x
    for label, color, _values, _texts in series:
        items.append(add_rect(layout, legend_x, top + 0.8, 3.0, 2.4, page, color))
        items.append(add_label(layout, label, legend_x + 4.0, top, text_width(label, size) + 2, 4.0, page, size=size))
        legend_x += text_width(label, size) + 10
    top += 5.5
    label_height = 4.0
    plot_height = height - (top - y) - label_height - 3.5  # room for the values above the bars
    maximum = max([v for _, _, values, _ in series for v in values] + [0]) or 1.0
    slot = width / max(len(categories), 1)
    bar_width = slot * 0.8 / max(len(series), 1)
    base = top + 3.5 + plot_height
    for index, category in enumerate(categories):
        left = x + index * slot + slot * 0.1
        for number, (_label, color, values, texts) in enumerate(series):
            value = max(values[index], 0)
            bar_height = plot_height * value / maximum
            bx = left + number * bar_width
            items.append(add_rect(layout, bx, base - bar_height, bar_width * 0.92, bar_height, page, color,
                                  f"barre_{name}_{index}_{number}"))
            items.append(add_label(layout, texts[index], bx - 1.5, base - bar_height - 3.2, bar_width + 3, 3.0, page,
                                   size=size - 1.2, align=Qt.AlignmentFlag.AlignHCenter))
        items.append(add_label(layout, str(category), x + index * slot, base + 0.8, slot, label_height, page,
                               size=size, align=Qt.AlignmentFlag.AlignHCenter))
    items.append(add_rect(layout, x, base, width, 0.3, page, AXIS_COLOR))
    _group(layout, items, name)
    return base + label_height + 0.8 - y


def atlas_bars(layout, name: str, rows: list, x, y, width, height, page, size: float = 6.5, title: str = "") -> list:
    """Horizontal bars that follow an atlas: ``rows`` are (label, field, colour, value text); each
    bar's width is data-defined, its field over the page's largest field; the value text may hold
    expressions ("[% format_number(…) %]"). Returns the items (grouped as ``graphique_<name>``)."""
    items = []
    top = y
    if title:
        items.append(add_label(layout, title, x, top, width, size * 0.5, page, size=size + 0.5, bold=True,
                               item_id=f"titre_graphique_{name}"))
        top += size * 0.5 + 1.0
    row_height = (y + height - top) / max(len(rows), 1)
    label_width = min(max(text_width(row[0], size) for row in rows) + 1.5, width * 0.42)
    value_width = text_width("00 000 (100,0 %)", size) + 1.0
    plot = width - label_width - value_width - 1.0
    fields = ", ".join(f'coalesce("{row[1]}", 0)' for row in rows)
    largest = f"max({fields})" if len(rows) > 1 else fields
    bar_height = row_height * 0.62
    for index, (label, field, color, value_text) in enumerate(rows):
        row = top + index * row_height
        items.append(add_label(layout, label, x, row, label_width - 1.5, row_height, page, size=size,
                               align=Qt.AlignmentFlag.AlignRight))
        rect = add_rect(layout, x + label_width, row + (row_height - bar_height) / 2, plot, bar_height, page, color,
                        f"barre_{name}_{index}")
        rect.dataDefinedProperties().setProperty(ITEM_WIDTH, QgsProperty.fromExpression(
            f'if({largest} > 0, max(0.01, {plot:.3f} * coalesce("{field}", 0) / {largest}), 0.01)'))
        items.append(rect)
        items.append(add_label(layout, value_text, x + label_width + plot + 1.0, row, value_width, row_height, page,
                               size=size))
    items.append(add_rect(layout, x + label_width - 0.15, top, 0.3, row_height * len(rows), page, AXIS_COLOR))
    _group(layout, items, name)
    return items
