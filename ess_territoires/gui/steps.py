"""The panel's steps, one widget each: Territoire → Sources → Indicateurs → Cartes → Atlas → Ateliers
(the Portrait is in gui/portrait_panel.py).

A step builds its own widgets, reads and stores its own remembered choices (``load`` / ``remember``),
says when the open study allows it (``available``) and runs its algorithms through the dock
(``dock.run_steps``), which owns the study, the running task and the messages. The dock reaches a
step's widgets by name (``dock.etab_file``), as the tests and the screenshot do.
"""
import re
from pathlib import Path

from qgis.core import QgsProject
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import choices, reference
from ..core.i18n import tr
from ..core.territories import all_presets_id, load_presets

CUSTOM = "__custom__"
MAP_LAYERS = ("indicateurs_communes", "indicateurs_epci", "indicateurs_pays", "indicateurs_communes_points",
              "indicateurs_epci_points", "indicateurs_pays_points")


def wrapped_label(text: str, parent=None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def form_layout(parent) -> QFormLayout:
    """A form whose long rows put the field under its label (a narrow dock has no room beside it)."""
    form = QFormLayout(parent)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def narrow(widget):
    """A widget that may shrink to the dock's width (long texts go into a wrapped label or a tooltip)."""
    policy = widget.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored if isinstance(widget, QComboBox)
                               else QSizePolicy.Policy.Preferred)
    widget.setSizePolicy(policy)
    if isinstance(widget, QComboBox):  # long labels must not widen the dock
        widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        widget.setMinimumContentsLength(12)
    return widget


class StepPage(QWidget):
    """One step of the panel."""

    def __init__(self, dock, parent=None):
        super().__init__(parent)
        self.dock = dock

    def title(self) -> str:
        raise NotImplementedError

    def buttons(self) -> list:
        """The buttons that run the step (disabled while a step runs or when the study does not allow it)."""
        return []

    def available(self, study) -> bool:
        """Whether the open study (a gis.study.Study, or None) allows this step."""
        return study is not None

    def load(self, values):
        """Show the remembered choices (gui.settings.PanelSettings)."""

    def remember(self, values):
        """Store the current choices into ``values``."""

    def study_changed(self, study):
        """The open study changed (or was rewritten by a step): refresh the lists it feeds."""

    def button(self, name, text, slot, parent=None):
        button = QPushButton(text, parent or self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return narrow(button)

    def file_widget(self, name, filter_text="", mode=QgsFileWidget.StorageMode.GetFile, parent=None):
        widget = QgsFileWidget(parent or self)
        widget.setObjectName(name)
        widget.setStorageMode(mode)
        if filter_text:
            widget.setFilter(filter_text)
        return narrow(widget)

    def combo(self, name, parent=None) -> QComboBox:
        combo = QComboBox(parent or self)
        combo.setObjectName(name)
        return narrow(combo)

    def check(self, name, text, help_text="", parent=None) -> QCheckBox:
        box = QCheckBox(text, parent or self)
        box.setObjectName(name)
        if help_text:
            box.setToolTip(help_text)
        return narrow(box)

    @staticmethod
    def select(combo, data):
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)


class TerritoryStep(StepPage):
    def __init__(self, dock, parent=None):
        super().__init__(dock, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(tr("Territory"), self))
        self.territory_combo = self.combo("territory_combo")
        presets = load_presets()
        for preset in presets:
            self.territory_combo.addItem(preset.name, preset.id)
        self.territory_combo.addItem(tr("The three preset Pays"), all_presets_id(presets))
        self.territory_combo.addItem(tr("Custom set of EPCI…"), CUSTOM)
        layout.addWidget(self.territory_combo)
        self.epci_list = QListWidget(self)
        self.epci_list.setObjectName("epci_list")
        self.epci_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.epci_list.setWordWrap(True)
        for code, name in reference.epcis():
            item = QListWidgetItem(f"{name} ({code})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.epci_list.addItem(item)
        layout.addWidget(self.epci_list)
        self.show_button = self.button("show_button", tr("Show the territory"), dock.show_territory)
        layout.addWidget(self.show_button)
        layout.addWidget(wrapped_label(tr("\"New study…\" creates a folder for this territory."), self))
        self.territory_combo.currentIndexChanged.connect(self.update_custom)

    def title(self):
        return tr("1. Territory")

    def available(self, study):
        return True

    def update_custom(self):
        self.epci_list.setVisible(self.territory_combo.currentData() == CUSTOM)

    def territory_id(self) -> str:
        value = self.territory_combo.currentData()
        if value != CUSTOM:
            return value
        codes = [self.epci_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.epci_list.count())
                 if self.epci_list.item(i).checkState() == Qt.CheckState.Checked]
        return f"epci:{','.join(codes)}" if codes else ""

    def load(self, values):
        self.select(self.territory_combo, values.territory)
        self.update_custom()

    def remember(self, values):
        if self.territory_combo.currentData() != CUSTOM:
            values.territory = self.territory_combo.currentData()


class SourcesStep(StepPage):
    def __init__(self, dock, parent=None):
        super().__init__(dock, parent)
        layout = QVBoxLayout(self)
        sirene = QGroupBox(tr("SIRENE stock files"), self)
        form = form_layout(sirene)
        files = tr("SIRENE files (*.csv *.zip *.parquet)")
        self.etab_file = self.file_widget("etab_file", files, parent=sirene)
        self.ul_file = self.file_widget("ul_file", files, parent=sirene)
        self.geo_file = self.file_widget("geo_file", files, parent=sirene)
        form.addRow(tr("StockEtablissement"), self.etab_file)
        form.addRow(tr("StockUniteLegale"), self.ul_file)
        form.addRow(wrapped_label(tr("Geolocalisation (optional)"), sirene), self.geo_file)
        self.history_file = self.file_widget("history_file", files, parent=sirene)
        self.history_file.setToolTip(tr("Optional: StockEtablissementHistorique, for the exact closure dates of the "
                                        "closed establishments (dynamics)."))
        form.addRow(wrapped_label(tr("History (optional)"), sirene), self.history_file)
        self.earlier_stock_check = self.check(
            "earlier_stock_check", tr("An earlier stock"),
            tr("Check it to import these files as an earlier stock: the study then "
               "measures the change between the two dates; nothing else changes."), sirene)
        form.addRow(self.earlier_stock_check)
        self.naf_labels_file = self.file_widget("naf_labels_file", tr("INSEE's NAF 2025 list (*.csv *.xlsx *.ods)"),
                                                parent=sirene)
        self.naf_labels_file.setToolTip(tr("Optional: INSEE's list of NAF 2025 sub-classes. Its labels replace the "
                                           "ones shipped with the plugin in every import, and are kept in the study."))
        form.addRow(wrapped_label(tr("NAF 2025 labels (optional)"), sirene), self.naf_labels_file)
        self.import_sirene_button = self.button("import_sirene_button", tr("Import SIRENE"), self.import_sirene,
                                                sirene)
        form.addRow(self.import_sirene_button)
        layout.addWidget(sirene)

        api = QGroupBox(tr("API Recherche d'entreprises"), self)
        form = form_layout(api)
        self.api_url_edit = narrow(QLineEdit(api))
        self.api_url_edit.setObjectName("api_url_edit")
        self.offline_check = self.check("offline_check", tr("Offline"),
                                        tr("Offline: use the study's cache only, no network call"), api)
        self.finances_check = self.check("finances_check", tr("Also fetch the finances"),
                                         tr("Also fetch the finances: published turnover and SIAE status of the "
                                            "study's ESS legal units"), api)
        form.addRow(tr("API address"), self.api_url_edit)
        form.addRow(self.offline_check)
        form.addRow(self.finances_check)
        self.import_api_button = self.button("import_api_button", tr("Import from the API"), self.import_api, api)
        form.addRow(self.import_api_button)
        layout.addWidget(api)

        partners = QGroupBox(tr("Partner lists"), self)
        form = form_layout(partners)
        self.partner_file = self.file_widget("partner_file", tr("Lists (*.csv *.xlsx)"), parent=partners)
        form.addRow(wrapped_label(tr("List (CSV or XLSX)"), partners), self.partner_file)
        self.import_partners_button = self.button("import_partners_button", tr("Import the list"),
                                                  self.import_partners, partners)
        form.addRow(self.import_partners_button)
        layout.addWidget(partners)

        self.demo_button = self.button("demo_button", tr("Demonstration data"), self.import_demo)
        self.demo_button.setToolTip(tr("Demonstration data (fictitious SIRENE stock)"))
        layout.addWidget(self.demo_button)

    def title(self):
        return tr("2. Sources")

    def buttons(self):
        return [self.import_sirene_button, self.import_api_button, self.import_partners_button, self.demo_button]

    def load(self, values):
        self.etab_file.setFilePath(values.etablissements)
        self.ul_file.setFilePath(values.unites_legales)
        self.geo_file.setFilePath(values.geolocalisation)
        self.history_file.setFilePath(values.historique)
        self.naf_labels_file.setFilePath(values.naf2025_labels)
        self.partner_file.setFilePath(values.partner_file)
        self.api_url_edit.setText(values.api_url)
        self.offline_check.setChecked(values.offline)
        self.finances_check.setChecked(values.api_finances)

    def remember(self, values):
        from . import settings as panel_settings

        values.etablissements = self.etab_file.filePath()
        values.unites_legales = self.ul_file.filePath()
        values.geolocalisation = self.geo_file.filePath()
        values.historique = self.history_file.filePath()
        values.naf2025_labels = self.naf_labels_file.filePath()
        values.partner_file = self.partner_file.filePath()
        values.api_url = self.api_url_edit.text().strip() or panel_settings.DEFAULT_API_URL
        values.offline = self.offline_check.isChecked()
        values.api_finances = self.finances_check.isChecked()

    def import_sirene(self):
        from .dock import Step

        etab, ul = self.etab_file.filePath(), self.ul_file.filePath()
        if not etab or not ul:
            self.dock.warn(tr("Choose the StockEtablissement and StockUniteLegale files."))
            return
        parameters = {"ETABLISSEMENTS": etab, "UNITES_LEGALES": ul, "OUTPUT": str(self.dock.gpkg)}
        if self.geo_file.filePath():
            parameters["GEOLOCALISATION"] = self.geo_file.filePath()
        if self.history_file.filePath():
            parameters["HISTORIQUE"] = self.history_file.filePath()
        if self.earlier_stock_check.isChecked():
            parameters["STOCK_ANTERIEUR"] = True
        if self.naf_labels_file.filePath():
            parameters["LIBELLES_NAF"] = self.naf_labels_file.filePath()
        self.dock.run_steps([Step(tr("Importing SIRENE"), algorithm="import_sirene", parameters=parameters)])

    def import_api(self):
        from .dock import Step

        parameters = {"API_URL": self.api_url_edit.text().strip(), "OFFLINE": self.offline_check.isChecked(),
                      "FINANCES": self.finances_check.isChecked(), "OUTPUT": str(self.dock.gpkg)}
        self.dock.run_steps([Step(tr("Importing from API Recherche d'entreprises"), algorithm="import_api",
                                  parameters=parameters)])

    def import_partners(self):
        from .dock import Step

        path = self.partner_file.filePath()
        if not path:
            self.dock.warn(tr("Choose a partner list (CSV or XLSX)."))
            return
        parameters = {"FICHIER": path, "API_URL": self.api_url_edit.text().strip(),
                      "OFFLINE": self.offline_check.isChecked(), "OUTPUT": str(self.dock.gpkg)}
        self.dock.run_steps([Step(tr("Importing the partner list"), algorithm="import_partenaires",
                                  parameters=parameters)])

    def import_demo(self):
        """Fictitious SIRENE stock files for the study's départements (in the study folder), imported."""
        from ..gis import study_folder
        from . import dock as dock_module
        from .dock import Step, open_study

        dock = self.dock
        gpkg, out = dock.gpkg, dock.study_folder / "sirene_demo"
        rows = dock_module.DEMO_ROWS

        def generate(feedback):
            return study_folder.generate_demo_stock(open_study(gpkg), out, rows=rows, feedback=feedback)

        def generated(stock):
            self.etab_file.setFilePath(str(stock["etablissements"]))
            self.ul_file.setFilePath(str(stock["unites_legales"]))
            self.geo_file.setFilePath(str(stock["geolocalisation"]))
            # the import marks a synthetic stock's study: every atlas page then says the data is fictitious
            dock.queue.insert(0, Step(tr("Importing SIRENE"), algorithm="import_sirene", parameters={
                "ETABLISSEMENTS": str(stock["etablissements"]), "UNITES_LEGALES": str(stock["unites_legales"]),
                "GEOLOCALISATION": str(stock["geolocalisation"]), "OUTPUT": str(gpkg)}))

        dock.run_steps([Step(tr("Generating demonstration data"), generate, generated)])


class IndicatorsStep(StepPage):
    def __init__(self, dock, parent=None):
        super().__init__(dock, parent)
        form = form_layout(self)
        self.join_file = self.file_widget("join_file", tr("CSV (*.csv)"))
        form.addRow(wrapped_label(tr("CSV to join by commune code (optional)"), self), self.join_file)
        self.indicators_button = self.button("indicators_button", tr("Compute the indicators"),
                                             self.compute_indicators)
        form.addRow(self.indicators_button)

    def title(self):
        return tr("3. Indicators")

    def buttons(self):
        return [self.indicators_button]

    def available(self, study):
        return study is not None and study.has("etablissements_ess")

    def compute_indicators(self):
        from .dock import Step

        parameters = {"GPKG": str(self.dock.gpkg)}
        if self.join_file.filePath():
            parameters["JOINTURE"] = self.join_file.filePath()
        self.dock.run_steps([Step(tr("Computing the indicators"), algorithm="indicateurs", parameters=parameters)])


class MapsStep(StepPage):
    def __init__(self, dock, parent=None):
        super().__init__(dock, parent)
        form = form_layout(self)
        self.map_layer_combo = self.combo("map_layer_combo")
        for name in MAP_LAYERS:
            self.map_layer_combo.addItem(name, name)
        self.map_field_combo = self.combo("map_field_combo")
        self.map_method_combo = self.combo("map_method_combo")
        for method in choices.style_methods():
            self.map_method_combo.addItem(method.label, method.key)
        self.map_classes_spin = QSpinBox(self)
        self.map_classes_spin.setObjectName("map_classes_spin")
        self.map_classes_spin.setRange(2, 9)
        self.map_breaks_edit = narrow(QLineEdit(self))
        self.map_breaks_edit.setObjectName("map_breaks_edit")
        self.map_breaks_edit.setPlaceholderText(tr("e.g. 0,5,10,20"))
        form.addRow(tr("Layer"), self.map_layer_combo)
        form.addRow(tr("Field"), self.map_field_combo)
        form.addRow(tr("Classification"), self.map_method_combo)
        form.addRow(tr("Classes"), self.map_classes_spin)
        form.addRow(tr("Manual limits"), self.map_breaks_edit)
        self.style_button = self.button("style_button", tr("Draw the map"), self.style_map)
        form.addRow(self.style_button)
        self.map_layer_combo.currentIndexChanged.connect(self.fill_fields)
        self._field = ""

    def title(self):
        return tr("4. Maps")

    def buttons(self):
        return [self.style_button]

    def available(self, study):
        return study is not None and study.has("indicateurs_communes")

    def load(self, values):
        self.select(self.map_layer_combo, values.map_layer)
        self.select(self.map_method_combo, values.map_method)
        self.map_classes_spin.setValue(values.map_classes)
        self._field = values.map_field

    def remember(self, values):
        values.map_layer = self.map_layer_combo.currentData() or values.map_layer
        values.map_field = self.map_field_combo.currentText() or values.map_field
        values.map_method = self.map_method_combo.currentData()
        values.map_classes = self.map_classes_spin.value()

    def study_changed(self, study):
        self.fill_fields()

    def fill_fields(self):
        from .dock import numeric_fields

        current = self.map_field_combo.currentText() or self._field
        self.map_field_combo.clear()
        self.map_field_combo.addItems(numeric_fields(self.dock.gpkg, self.map_layer_combo.currentData() or ""))
        index = self.map_field_combo.findText(current)
        if index >= 0:
            self.map_field_combo.setCurrentIndex(index)

    def style_map(self):
        from ..gis.study_folder import reload_default_style, study_layers
        from .dock import Step, open_study

        field = self.map_field_combo.currentText()
        if not field:
            self.dock.warn(tr("Compute the indicators first: the layer has no field to map."))
            return
        gpkg = self.dock.gpkg
        parameters = {"GPKG": str(gpkg), "COUCHE": self.map_layer_combo.currentData(), "CHAMP": field,
                      "METHODE": self.map_method_combo.currentData(), "CLASSES": self.map_classes_spin.value(),
                      "BORNES": self.map_breaks_edit.text().strip()}

        def styled(result):
            study = open_study(gpkg)
            for layer in study_layers(QgsProject.instance(), study):
                if study.layer_name_of(layer.source()) == result["OUTPUT"]:
                    reload_default_style(layer)

        self.dock.run_steps([Step(tr("Drawing the map"), done=styled, algorithm="style",
                                  parameters=parameters)])


class AtlasStep(StepPage):
    def __init__(self, dock, parent=None):
        super().__init__(dock, parent)
        form = form_layout(self)
        self.atlas_coverage_combo = self.combo("atlas_coverage_combo")
        for coverage in choices.atlas_coverages():
            self.atlas_coverage_combo.addItem(coverage.label, coverage.key)
        self.atlas_pays_combo = self.combo("atlas_pays_combo")
        self.atlas_theme_combo = self.combo("atlas_theme_combo")
        for theme in choices.atlas_themes():
            self.atlas_theme_combo.addItem(theme.label, theme.key)
        self.atlas_format_combo = self.combo("atlas_format_combo")
        for page_format in choices.page_formats():
            self.atlas_format_combo.addItem(page_format.label, page_format.key)
        self.atlas_per_page_check = self.check("atlas_per_page_check", tr("Also one PDF per page"))
        self.atlas_png_folder = self.file_widget("atlas_png_folder", mode=QgsFileWidget.StorageMode.GetDirectory)
        form.addRow(tr("One page per"), self.atlas_coverage_combo)
        form.addRow(tr("Only the Pays"), self.atlas_pays_combo)
        form.addRow(tr("Theme"), self.atlas_theme_combo)
        form.addRow(tr("Page format"), self.atlas_format_combo)
        form.addRow(self.atlas_per_page_check)
        form.addRow(wrapped_label(tr("PNG folder (optional)"), self), self.atlas_png_folder)
        self.atlas_button = self.button("atlas_button", tr("Export the atlas (PDF)"), self.export_atlas)
        form.addRow(self.atlas_button)
        self._pays = ""

    def title(self):
        return tr("5. Atlas")

    def buttons(self):
        return [self.atlas_button]

    def load(self, values):
        self.select(self.atlas_coverage_combo, values.atlas_coverage)
        self.select(self.atlas_theme_combo, values.atlas_theme)
        self.select(self.atlas_format_combo, values.atlas_format)
        self.atlas_per_page_check.setChecked(values.atlas_per_page)
        self.atlas_png_folder.setFilePath(values.atlas_png_folder)
        self._pays = values.atlas_pays

    def remember(self, values):
        values.atlas_coverage = self.atlas_coverage_combo.currentData()
        values.atlas_pays = self.atlas_pays_combo.currentData() or ""
        values.atlas_theme = self.atlas_theme_combo.currentData()
        values.atlas_format = self.atlas_format_combo.currentData()
        values.atlas_per_page = self.atlas_per_page_check.isChecked()
        values.atlas_png_folder = self.atlas_png_folder.filePath()

    def study_changed(self, study):
        from .dock import study_pays

        current = self.atlas_pays_combo.currentData() or self._pays
        self.atlas_pays_combo.clear()
        self.atlas_pays_combo.addItem(tr("All the Pays of the study"), "")
        for code, name in study_pays(self.dock.gpkg):
            self.atlas_pays_combo.addItem(name, code)
        self.select(self.atlas_pays_combo, current)

    def atlas_output(self) -> Path:
        coverage = self.atlas_coverage_combo.currentData()
        pays = self.atlas_pays_combo.currentData() or ""
        suffix = f"_{re.sub(r'[^A-Za-z0-9_-]+', '_', pays)}" if pays else ""
        return self.dock.study_folder / f"atlas_{coverage}{suffix}.pdf"

    def export_atlas(self):
        from .dock import Step

        parameters = {"GPKG": str(self.dock.gpkg), "COUVERTURE": self.atlas_coverage_combo.currentIndex(),
                      "TERRITOIRE": self.atlas_pays_combo.currentData() or "",
                      "THEME": self.atlas_theme_combo.currentIndex(), "FORMAT": self.atlas_format_combo.currentIndex(),
                      "PAR_PAGE": self.atlas_per_page_check.isChecked(), "OUTPUT": str(self.atlas_output())}
        if self.atlas_png_folder.filePath():
            parameters["PNG"] = self.atlas_png_folder.filePath()

        def exported(result):
            self.dock.message(tr("{pages} pages written to {out}").format(pages=result.get("PAGES"),
                                                                         out=result["OUTPUT"]))

        self.dock.run_steps([Step(tr("Exporting the atlas"), done=exported, algorithm="atlas",
                                  parameters=parameters, in_task=False)])


class WorkshopsStep(StepPage):
    def __init__(self, dock, parent=None):
        super().__init__(dock, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(tr("Draw contributions on the map (points or areas) and fill in the "
                                          "interviews with their forms."), self))
        self.workshop_layers_button = self.button("workshop_layers_button", tr("Add the workshop layers"),
                                                  self.add_workshop_layers)
        self.draft_button = self.button("draft_button", tr("Draft recommendations"), self.draft_recommendations)
        self.export_file = self.file_widget("export_file", tr("XLSX (*.xlsx)"), QgsFileWidget.StorageMode.SaveFile)
        self.export_button = self.button("export_button", tr("Export with the indicators (XLSX)"),
                                         self.export_workshops)
        for widget in (self.workshop_layers_button, self.draft_button, self.export_file, self.export_button):
            layout.addWidget(widget)

    def title(self):
        return tr("6. Workshops")

    def buttons(self):
        return [self.workshop_layers_button, self.draft_button, self.export_button]

    def add_workshop_layers(self):
        from .dock import Step

        self.dock.run_steps([Step(tr("Adding the workshop layers"), algorithm="contributions",
                                  parameters={"GPKG": str(self.dock.gpkg)})])

    def draft_recommendations(self):
        from .dock import Step

        self.dock.run_steps([Step(tr("Drafting recommendations"), algorithm="contributions",
                                  parameters={"GPKG": str(self.dock.gpkg), "RECOMMANDATIONS": True})])

    def export_workshops(self):
        from .dock import Step

        out = self.export_file.filePath() or str(self.dock.study_folder / "ateliers.xlsx")
        self.dock.run_steps([Step(tr("Exporting the workshops"),
                                  done=lambda _result: self.dock.message(tr("Written to {out}").format(out=out)),
                                  algorithm="contributions",
                                  parameters={"GPKG": str(self.dock.gpkg), "OUTPUT_XLSX": out})])
