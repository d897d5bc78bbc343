"""The panel's "Portrait" step: the portrait of a Pays or an EPCI of the open study, as a PDF.

Built by the dock (``page(dock)``), run through the ess_territoires:portrait algorithm on the main
thread (layout rendering belongs there), like the atlas. The PDF is written next to the study as
``portrait_<code>.pdf``; the layout stays in the study's project, which the panel saves.
"""
import re

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPushButton, QWidget

from ..core.i18n import tr


def page(dock) -> QWidget:
    """The step's widgets, kept on ``dock`` (portrait_territory_combo, portrait_format_combo,
    portrait_observatory_edit, portrait_logo_file, portrait_button)."""
    widget = QWidget()
    form = QFormLayout(widget)
    dock.portrait_territory_combo = QComboBox(widget)
    dock.portrait_territory_combo.setObjectName("portrait_territory_combo")
    dock.portrait_format_combo = QComboBox(widget)
    dock.portrait_format_combo.setObjectName("portrait_format_combo")
    for key, label in (("A4", tr("A4 portrait")), ("A3", tr("A3 portrait"))):
        dock.portrait_format_combo.addItem(label, key)
    dock.portrait_observatory_edit = QLineEdit(widget)
    dock.portrait_observatory_edit.setObjectName("portrait_observatory_edit")
    dock.portrait_observatory_edit.setPlaceholderText(tr("e.g. the regional ESS observatory"))
    dock.portrait_logo_file = QgsFileWidget(widget)
    dock.portrait_logo_file.setObjectName("portrait_logo_file")
    dock.portrait_logo_file.setFilter(tr("Images (*.png *.jpg *.jpeg *.svg)"))
    form.addRow(tr("Pays or EPCI"), dock.portrait_territory_combo)
    form.addRow(tr("Page format"), dock.portrait_format_combo)
    form.addRow(tr("Observatory (cover)"), dock.portrait_observatory_edit)
    form.addRow(tr("Logo (optional)"), dock.portrait_logo_file)
    dock.portrait_button = QPushButton(tr("Write the portrait (PDF)"), widget)
    dock.portrait_button.setObjectName("portrait_button")
    dock.portrait_button.clicked.connect(lambda: export(dock))
    form.addRow(dock.portrait_button)
    return widget


def fill_territories(dock, pays, epcis):
    """The study's Pays ([(code, name)]), then each Pays' EPCIs ([(code, name, code_pays)]) indented."""
    combo = dock.portrait_territory_combo
    current = combo.currentData()
    combo.clear()
    for code, name in pays:
        combo.addItem(name, code)
        for epci, epci_name, of_pays in epcis:
            if of_pays == code:
                combo.addItem(f"    {epci_name}", epci)
    index = combo.findData(current)
    if index >= 0:
        combo.setCurrentIndex(index)


def output_path(dock, code: str):
    return dock.study_folder / f"portrait_{re.sub(r'[^A-Za-z0-9_-]+', '_', code)}.pdf"


def export(dock):
    from .dock import Step

    code = dock.portrait_territory_combo.currentData()
    if not code:
        dock.warn(tr("Compute the indicators first: the portrait needs the study's Pays and EPCI."))
        return
    parameters = {"GPKG": str(dock.gpkg), "TERRITOIRE": code,
                  "FORMAT": max(dock.portrait_format_combo.currentIndex(), 0),
                  "OBSERVATOIRE": dock.portrait_observatory_edit.text().strip(),
                  "OUTPUT": str(output_path(dock, code))}
    if dock.portrait_logo_file.filePath():
        parameters["LOGO"] = dock.portrait_logo_file.filePath()

    def written(result):
        dock.message(tr("Portrait: {pages} pages written to {out}").format(pages=result.get("PAGES"),
                                                                          out=result["OUTPUT"]))

    dock.run_steps([Step(tr("Writing the portrait"), dock._algorithm("portrait", parameters), written,
                         in_task=False)])
