"""The panel's "Portrait" step: the portrait of a Pays or an EPCI of the open study, as a PDF.

Run through the ess_territoires:portrait algorithm on the main thread (layout rendering belongs
there), like the atlas. The PDF is written next to the study as ``portrait_<code>.pdf``; the layout
stays in the study's project, which the panel saves.
"""
import re

from qgis.PyQt.QtWidgets import QLineEdit

from ..core.i18n import tr
from .steps import StepPage, form_layout, narrow, wrapped_label


class PortraitStep(StepPage):
    def __init__(self, dock, parent=None):
        super().__init__(dock, parent)
        form = form_layout(self)
        self.portrait_territory_combo = self.combo("portrait_territory_combo")
        self.portrait_format_combo = self.combo("portrait_format_combo")
        for key, label in (("A4", tr("A4 portrait")), ("A3", tr("A3 portrait"))):
            self.portrait_format_combo.addItem(label, key)
        self.portrait_observatory_edit = narrow(QLineEdit(self))
        self.portrait_observatory_edit.setObjectName("portrait_observatory_edit")
        self.portrait_observatory_edit.setPlaceholderText(tr("e.g. the regional ESS observatory"))
        self.portrait_logo_file = self.file_widget("portrait_logo_file", tr("Images (*.png *.jpg *.jpeg *.svg)"))
        form.addRow(tr("Pays or EPCI"), self.portrait_territory_combo)
        form.addRow(tr("Page format"), self.portrait_format_combo)
        form.addRow(wrapped_label(tr("Observatory (cover)"), self), self.portrait_observatory_edit)
        form.addRow(wrapped_label(tr("Logo (optional)"), self), self.portrait_logo_file)
        self.portrait_button = self.button("portrait_button", tr("Write the portrait (PDF)"), self.export)
        form.addRow(self.portrait_button)

    def title(self):
        return tr("7. Portrait")

    def buttons(self):
        return [self.portrait_button]

    def available(self, study):
        return study is not None and study.has("indicateurs_pays") and study.has("indicateurs_epci")

    def study_changed(self, study):
        from .dock import study_territories

        self.fill_territories(*study_territories(self.dock.gpkg))

    def fill_territories(self, pays, epcis):
        """The study's Pays ([(code, name)]), then each Pays' EPCIs ([(code, name, code_pays)]) indented."""
        combo = self.portrait_territory_combo
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

    def output_path(self, code: str):
        return self.dock.study_folder / f"portrait_{re.sub(r'[^A-Za-z0-9_-]+', '_', code)}.pdf"

    def export(self):
        from .dock import Step

        dock = self.dock
        code = self.portrait_territory_combo.currentData()
        if not code:
            dock.warn(tr("Compute the indicators first: the portrait needs the study's Pays and EPCI."))
            return
        parameters = {"GPKG": str(dock.gpkg), "TERRITOIRE": code,
                      "FORMAT": max(self.portrait_format_combo.currentIndex(), 0),
                      "OBSERVATOIRE": self.portrait_observatory_edit.text().strip(),
                      "OUTPUT": str(self.output_path(code))}
        if self.portrait_logo_file.filePath():
            parameters["LOGO"] = self.portrait_logo_file.filePath()

        def written(result):
            dock.message(tr("Portrait: {pages} pages written to {out}").format(pages=result.get("PAGES"),
                                                                              out=result["OUTPUT"]))

        dock.run_steps([Step(tr("Writing the portrait"), done=written, algorithm="portrait", parameters=parameters,
                             in_task=False)])
