"""Charts on atlas pages: the families as bars that follow the page's feature (gis.charts).

``family_chart(layout)`` puts the chart where the atlas page has its families table (the frame
``tableau`` of the template, wherever the template places it) and hides the table, which stays in
the layout: the cartographer can show it again in the designer. A chart says more than the table
there: the families' weights compare at a glance from page to page.
"""
from qgis.core import QgsLayoutFrame

from . import charts, thematic
from .atlas_layout import PAGE_FORMATS, TYPE_SIZES


def family_chart(layout):
    frame = layout.itemById("tableau")
    if not isinstance(frame, QgsLayoutFrame):
        return []
    from .atlas import family_rows

    colors = thematic.family_colors()
    keys = ["association", "cooperative", "mutuelle", "fondation", "entreprise_ess"]
    rows = []
    for (label, field), key in zip(family_rows(), keys):
        share = (f'[% format_number("{field}", 0) %][% if("nb_etab_ess" > 0, \' (\' || '
                 f'format_number(100 * "{field}" / "nb_etab_ess", 1) || \'\u202f%)\', \'\') %]')
        rows.append((label, field, colors[key], share))
    position, size = frame.pagePos(), frame.rect()
    page = layout.pageCollection().page(frame.page()).pageSize()
    page_format = next((name for name, (w, h) in PAGE_FORMATS.items()
                        if abs(w - page.width()) < 1 and abs(h - page.height()) < 1), "A4")
    items = charts.atlas_bars(layout, "familles_atlas", rows, position.x(), position.y(), size.width(),
                              size.height(), frame.page(), size=TYPE_SIZES[page_format]["tableau"])
    frame.setVisibility(False)
    return items
