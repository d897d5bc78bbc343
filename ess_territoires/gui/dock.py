"""The dock panel: a study folder, then Territoire → Sources → Indicateurs → Cartes → Atlas → Ateliers →
Portrait.

Each step runs one of the provider's algorithms (the same code as the toolbox and the command
line). Data steps run as QgsTask (progress, cancel, QGIS stays responsive) and never touch a widget
from the task's thread; the atlas export runs on the main thread (layout rendering belongs there)
with a progress dialog whose Cancel goes through a QgsFeedback. After a step, the study's layers
in the project are reloaded or added and the study's project is saved. Errors go to the message
bar and to the "ESS Territoires" tab of the log, never to a traceback dialog.
"""
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMessageLog,
    QgsProcessingFeedback,
    QgsProject,
    QgsTask,
)
from qgis.gui import QgsDockWidget, QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolBox,
    QVBoxLayout,
    QWidget,
)

from ..core import choices, reference
from ..core.errors import EssError
from ..core.i18n import tr
from ..core.territories import all_presets_id, load_presets
from . import portrait_panel
from . import settings as panel_settings

CUSTOM = "__custom__"
DEMO_ROWS = None  # None: ~1 establishment row per 9 inhabitants of the study's départements
MAP_LAYERS = ("indicateurs_communes", "indicateurs_epci", "indicateurs_pays", "indicateurs_communes_points",
              "indicateurs_epci_points", "indicateurs_pays_points")


def territories_folder() -> Path:
    """Where the panel keeps the territory layers it shows (the user's QGIS profile)."""
    folder = Path(QgsApplication.qgisSettingsDirPath()) / "ess_territoires" / "territoires"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_study(gpkg):
    """The study (gis.study.Study) of the study folder's GeoPackage ``gpkg``; None when there is none."""
    if not gpkg or not Path(gpkg).exists():
        return None
    from ..gis.study import Study  # here: the panel is built at QGIS start-up, which must stay fast

    return Study.open(gpkg)


def study_pays(gpkg) -> list:
    """(code, name) of the study's Pays, sorted by name; [] without a study (or one that cannot be read)."""
    study = open_study(gpkg)
    try:
        if study is None or not study.has("pays"):
            return []
        pays = study.read("pays", ["code_pays", "nom", "nom_tri"]).sort_values("nom_tri")
    except EssError:
        return []
    return list(zip(pays["code_pays"], pays["nom"]))


def study_territories(gpkg) -> tuple:
    """([(code_pays, nom)], [(code_epci, nom, code_pays)]) of the study's indicators, by name; empty
    lists without them (or a study that cannot be read)."""
    study = open_study(gpkg)
    try:
        if study is None or not (study.has("indicateurs_pays") and study.has("indicateurs_epci")):
            return [], []
        pays = study.read("indicateurs_pays", ["code_pays", "nom", "nom_tri"]).sort_values("nom_tri")
        epcis = study.read("indicateurs_epci", ["code_epci", "nom", "code_pays", "nom_tri"]).sort_values("nom_tri")
    except EssError:
        return [], []
    return (list(zip(pays["code_pays"], pays["nom"])),
            list(zip(epcis["code_epci"], epcis["nom"], epcis["code_pays"])))


def numeric_fields(gpkg, layer: str) -> list:
    """The numeric fields of the study's layer ``layer`` (what a map can show); [] without it."""
    study = open_study(gpkg)
    try:
        return study.numeric_fields(layer) if study is not None else []
    except EssError:
        return []


def log_error(message: str):
    QgsMessageLog.logMessage(message, tr("ESS Territoires"), Qgis.Critical)


@dataclass
class Step:
    """One step of a run: ``function(feedback)`` in a QgsTask (``in_task``) or on the main thread,
    then ``done(result)`` on the main thread."""
    description: str
    function: Callable
    done: Callable | None = None
    in_task: bool = True


class TaskFeedback(QgsProcessingFeedback):
    """A step's feedback; the algorithm's progress text (percent and time left) is sent to the panel
    as a signal (the step runs in a worker thread, the panel's widgets belong to the main thread)."""

    progressTextChanged = pyqtSignal(str)

    def setProgressText(self, text):
        super().setProgressText(text)
        self.progressTextChanged.emit(text)


class StepTask(QgsTask):
    """A data step in QGIS's task manager: runs ``function(feedback)`` in a worker thread and
    keeps its result or error for the main thread; cancelling cancels the feedback, which the
    algorithms check (their writes are all or nothing)."""

    def __init__(self, description: str, function: Callable):
        super().__init__(description, QgsTask.CanCancel)
        self.function = function
        self.feedback = TaskFeedback()
        self.feedback.progressChanged.connect(self.setProgress)
        self.result = None
        self.error = None

    def run(self):
        try:
            self.result = self.function(self.feedback)
        except Exception as error:  # noqa: BLE001 (reported by the panel on the main thread)
            self.error = error
            return False
        return not self.feedback.isCanceled()

    def cancel(self):
        self.feedback.cancel()
        super().cancel()


class EssDock(QgsDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("ESS Territoires"), parent)
        self.iface = iface
        self.values = panel_settings.PanelSettings.load()
        self.study_folder: Path | None = None
        self.task: StepTask | None = None
        self.queue: list = []
        self.running_step: Step | None = None
        self.progress_dialog = None
        self._save_after = True
        self._build()
        self._load_values()
        if self.values.study_folder and (Path(self.values.study_folder) / "observatoire.gpkg").exists():
            self._set_study(Path(self.values.study_folder))
        else:
            self._set_study(None)

    # ------------------------------------------------------------------------------------------
    # Widgets

    def _button(self, parent, name, text, slot):
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _file(self, parent, name, filter_text="", mode=QgsFileWidget.GetFile):
        widget = QgsFileWidget(parent)
        widget.setObjectName(name)
        widget.setStorageMode(mode)
        if filter_text:
            widget.setFilter(filter_text)
        return widget

    def _build(self):
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)

        study_row = QHBoxLayout()
        self.study_label = QLabel(body)
        self.study_label.setObjectName("study_label")
        self.study_label.setWordWrap(True)
        layout.addWidget(self.study_label)
        self.new_study_button = self._button(body, "new_study_button", tr("New study…"), self.new_study)
        self.open_study_button = self._button(body, "open_study_button", tr("Open study…"), self.open_study)
        study_row.addWidget(self.new_study_button)
        study_row.addWidget(self.open_study_button)
        layout.addLayout(study_row)

        self.steps = QToolBox(body)
        self.steps.setObjectName("steps")
        self.steps.addItem(self._territory_page(), tr("1. Territory"))
        self.steps.addItem(self._sources_page(), tr("2. Sources"))
        self.steps.addItem(self._indicators_page(), tr("3. Indicators"))
        self.steps.addItem(self._maps_page(), tr("4. Maps"))
        self.steps.addItem(self._atlas_page(), tr("5. Atlas"))
        self.steps.addItem(self._workshops_page(), tr("6. Workshops"))
        self.steps.addItem(portrait_panel.page(self), tr("7. Portrait"))
        layout.addWidget(self.steps)
        for combo in self.steps.findChildren(QComboBox):  # long labels must not widen the dock
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)

        progress_row = QHBoxLayout()
        self.progress_bar = QProgressBar(body)
        self.progress_bar.setObjectName("progress_bar")
        self.progress_bar.setRange(0, 100)
        self.cancel_button = self._button(body, "cancel_button", tr("Cancel"), self.cancel)
        self.cancel_button.setEnabled(False)
        progress_row.addWidget(self.progress_bar)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self.status_label = QLabel(body)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        scroll.setWidget(body)
        self.setWidget(scroll)

    def _territory_page(self):
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(tr("Territory")))
        self.territory_combo = QComboBox(page)
        self.territory_combo.setObjectName("territory_combo")
        presets = load_presets()
        for preset in presets:
            self.territory_combo.addItem(preset.name, preset.id)
        self.territory_combo.addItem(tr("The three preset Pays"), all_presets_id(presets))
        self.territory_combo.addItem(tr("Custom set of EPCI…"), CUSTOM)
        layout.addWidget(self.territory_combo)
        self.epci_list = QListWidget(page)
        self.epci_list.setObjectName("epci_list")
        for code, name in reference.epcis():
            item = QListWidgetItem(f"{name} ({code})")
            item.setData(Qt.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.epci_list.addItem(item)
        layout.addWidget(self.epci_list)
        self.show_button = self._button(page, "show_button", tr("Show the territory"), self.show_territory)
        layout.addWidget(self.show_button)
        layout.addWidget(QLabel(tr("\"New study…\" creates a folder for this territory.")))
        self.territory_combo.currentIndexChanged.connect(self._update_custom)
        return page

    def _sources_page(self):
        page = QWidget()
        layout = QVBoxLayout(page)
        sirene = QGroupBox(tr("SIRENE stock files"), page)
        form = QFormLayout(sirene)
        files = tr("SIRENE files (*.csv *.zip *.parquet)")
        self.etab_file = self._file(sirene, "etab_file", files)
        self.ul_file = self._file(sirene, "ul_file", files)
        self.geo_file = self._file(sirene, "geo_file", files)
        form.addRow(tr("StockEtablissement"), self.etab_file)
        form.addRow(tr("StockUniteLegale"), self.ul_file)
        form.addRow(tr("Geolocalisation (optional)"), self.geo_file)
        self.history_file = self._file(sirene, "history_file", files)
        self.history_file.setToolTip(tr("Optional: StockEtablissementHistorique, for the exact closure dates of the "
                                        "closed establishments (dynamics)."))
        form.addRow(tr("History (optional)"), self.history_file)
        self.earlier_stock_check = QCheckBox(tr("An earlier stock (kept beside the current one)"), sirene)
        self.earlier_stock_check.setObjectName("earlier_stock_check")
        self.earlier_stock_check.setToolTip(tr("Check it to import these files as an earlier stock: the study then "
                                               "measures the change between the two dates; nothing else changes."))
        form.addRow(self.earlier_stock_check)
        self.naf_labels_file = self._file(sirene, "naf_labels_file", tr("INSEE's NAF 2025 list (*.csv *.xlsx *.ods)"))
        self.naf_labels_file.setToolTip(tr("Optional: INSEE's list of NAF 2025 sub-classes. Its labels replace the "
                                           "ones shipped with the plugin in every import, and are kept in the study."))
        form.addRow(tr("NAF 2025 labels (optional)"), self.naf_labels_file)
        self.import_sirene_button = self._button(sirene, "import_sirene_button", tr("Import SIRENE"),
                                                 self.import_sirene)
        form.addRow(self.import_sirene_button)
        layout.addWidget(sirene)

        api = QGroupBox(tr("API Recherche d'entreprises"), page)
        form = QFormLayout(api)
        self.api_url_edit = QLineEdit(api)
        self.api_url_edit.setObjectName("api_url_edit")
        self.offline_check = QCheckBox(tr("Offline: use the study's cache only, no network call"), api)
        self.offline_check.setObjectName("offline_check")
        self.finances_check = QCheckBox(tr("Also fetch the finances: published turnover and SIAE status of the "
                                           "study's ESS legal units"), api)
        self.finances_check.setObjectName("finances_check")
        form.addRow(tr("API address"), self.api_url_edit)
        form.addRow(self.offline_check)
        form.addRow(self.finances_check)
        self.import_api_button = self._button(api, "import_api_button", tr("Import from the API"), self.import_api)
        form.addRow(self.import_api_button)
        layout.addWidget(api)

        partners = QGroupBox(tr("Partner lists"), page)
        form = QFormLayout(partners)
        self.partner_file = self._file(partners, "partner_file", tr("Lists (*.csv *.xlsx)"))
        form.addRow(tr("List (CSV or XLSX)"), self.partner_file)
        self.import_partners_button = self._button(partners, "import_partners_button", tr("Import the list"),
                                                   self.import_partners)
        form.addRow(self.import_partners_button)
        layout.addWidget(partners)

        self.demo_button = self._button(page, "demo_button", tr("Demonstration data (fictitious SIRENE stock)"),
                                        self.import_demo)
        layout.addWidget(self.demo_button)
        return page

    def _indicators_page(self):
        page = QWidget()
        form = QFormLayout(page)
        self.join_file = self._file(page, "join_file", tr("CSV (*.csv)"))
        form.addRow(tr("CSV to join by commune code (optional)"), self.join_file)
        self.indicators_button = self._button(page, "indicators_button", tr("Compute the indicators"),
                                              self.compute_indicators)
        form.addRow(self.indicators_button)
        return page

    def _maps_page(self):
        page = QWidget()
        form = QFormLayout(page)
        self.map_layer_combo = QComboBox(page)
        self.map_layer_combo.setObjectName("map_layer_combo")
        for name in MAP_LAYERS:
            self.map_layer_combo.addItem(name, name)
        self.map_field_combo = QComboBox(page)
        self.map_field_combo.setObjectName("map_field_combo")
        self.map_method_combo = QComboBox(page)
        self.map_method_combo.setObjectName("map_method_combo")
        for method in choices.style_methods():
            self.map_method_combo.addItem(method.label, method.key)
        self.map_classes_spin = QSpinBox(page)
        self.map_classes_spin.setObjectName("map_classes_spin")
        self.map_classes_spin.setRange(2, 9)
        self.map_breaks_edit = QLineEdit(page)
        self.map_breaks_edit.setObjectName("map_breaks_edit")
        self.map_breaks_edit.setPlaceholderText(tr("e.g. 0,5,10,20"))
        form.addRow(tr("Layer"), self.map_layer_combo)
        form.addRow(tr("Field"), self.map_field_combo)
        form.addRow(tr("Classification"), self.map_method_combo)
        form.addRow(tr("Classes"), self.map_classes_spin)
        form.addRow(tr("Manual limits"), self.map_breaks_edit)
        self.style_button = self._button(page, "style_button", tr("Draw the map"), self.style_map)
        form.addRow(self.style_button)
        self.map_layer_combo.currentIndexChanged.connect(self._fill_fields)
        return page

    def _atlas_page(self):
        page = QWidget()
        form = QFormLayout(page)
        self.atlas_coverage_combo = QComboBox(page)
        self.atlas_coverage_combo.setObjectName("atlas_coverage_combo")
        for coverage in choices.atlas_coverages():
            self.atlas_coverage_combo.addItem(coverage.label, coverage.key)
        self.atlas_pays_combo = QComboBox(page)
        self.atlas_pays_combo.setObjectName("atlas_pays_combo")
        self.atlas_theme_combo = QComboBox(page)
        self.atlas_theme_combo.setObjectName("atlas_theme_combo")
        for theme in choices.atlas_themes():
            self.atlas_theme_combo.addItem(theme.label, theme.key)
        self.atlas_format_combo = QComboBox(page)
        self.atlas_format_combo.setObjectName("atlas_format_combo")
        for page_format in choices.page_formats():
            self.atlas_format_combo.addItem(page_format.label, page_format.key)
        self.atlas_per_page_check = QCheckBox(tr("Also one PDF per page"), page)
        self.atlas_per_page_check.setObjectName("atlas_per_page_check")
        self.atlas_png_folder = self._file(page, "atlas_png_folder", mode=QgsFileWidget.GetDirectory)
        form.addRow(tr("One page per"), self.atlas_coverage_combo)
        form.addRow(tr("Only the Pays"), self.atlas_pays_combo)
        form.addRow(tr("Theme"), self.atlas_theme_combo)
        form.addRow(tr("Page format"), self.atlas_format_combo)
        form.addRow(self.atlas_per_page_check)
        form.addRow(tr("PNG folder (optional)"), self.atlas_png_folder)
        self.atlas_button = self._button(page, "atlas_button", tr("Export the atlas (PDF)"), self.export_atlas)
        form.addRow(self.atlas_button)
        return page

    def _workshops_page(self):
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(tr("Draw contributions on the map (points or areas) and fill in the "
                                   "interviews with their forms.")))
        self.workshop_layers_button = self._button(page, "workshop_layers_button", tr("Add the workshop layers"),
                                                   self.add_workshop_layers)
        self.draft_button = self._button(page, "draft_button", tr("Draft recommendations"),
                                         self.draft_recommendations)
        self.export_file = self._file(page, "export_file", tr("XLSX (*.xlsx)"), QgsFileWidget.SaveFile)
        self.export_button = self._button(page, "export_button", tr("Export with the indicators (XLSX)"),
                                          self.export_workshops)
        for widget in (self.workshop_layers_button, self.draft_button, self.export_file, self.export_button):
            layout.addWidget(widget)
        return page

    # ------------------------------------------------------------------------------------------
    # Settings

    def _load_values(self):
        values = self.values
        index = self.territory_combo.findData(values.territory)
        if index >= 0:
            self.territory_combo.setCurrentIndex(index)
        self.etab_file.setFilePath(values.etablissements)
        self.ul_file.setFilePath(values.unites_legales)
        self.geo_file.setFilePath(values.geolocalisation)
        self.history_file.setFilePath(values.historique)
        self.naf_labels_file.setFilePath(values.naf2025_labels)
        self.partner_file.setFilePath(values.partner_file)
        self.api_url_edit.setText(values.api_url)
        self.offline_check.setChecked(values.offline)
        self.finances_check.setChecked(values.api_finances)
        self._select(self.map_layer_combo, values.map_layer)
        self._select(self.map_method_combo, values.map_method)
        self.map_classes_spin.setValue(values.map_classes)
        self._select(self.atlas_coverage_combo, values.atlas_coverage)
        self._select(self.atlas_theme_combo, values.atlas_theme)
        self._select(self.atlas_format_combo, values.atlas_format)
        self.atlas_per_page_check.setChecked(values.atlas_per_page)
        self.atlas_png_folder.setFilePath(values.atlas_png_folder)
        self._update_custom()

    @staticmethod
    def _select(combo, data):
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def remember(self):
        """Store the current choices (the panel opens with them next time)."""
        values = self.values
        if self.territory_combo.currentData() != CUSTOM:
            values.territory = self.territory_combo.currentData()
        values.study_folder = str(self.study_folder or "")
        values.etablissements = self.etab_file.filePath()
        values.unites_legales = self.ul_file.filePath()
        values.geolocalisation = self.geo_file.filePath()
        values.historique = self.history_file.filePath()
        values.naf2025_labels = self.naf_labels_file.filePath()
        values.partner_file = self.partner_file.filePath()
        values.api_url = self.api_url_edit.text().strip() or panel_settings.DEFAULT_API_URL
        values.offline = self.offline_check.isChecked()
        values.api_finances = self.finances_check.isChecked()
        values.map_layer = self.map_layer_combo.currentData() or values.map_layer
        values.map_field = self.map_field_combo.currentText() or values.map_field
        values.map_method = self.map_method_combo.currentData()
        values.map_classes = self.map_classes_spin.value()
        values.atlas_coverage = self.atlas_coverage_combo.currentData()
        values.atlas_pays = self.atlas_pays_combo.currentData() or ""
        values.atlas_theme = self.atlas_theme_combo.currentData()
        values.atlas_format = self.atlas_format_combo.currentData()
        values.atlas_per_page = self.atlas_per_page_check.isChecked()
        values.atlas_png_folder = self.atlas_png_folder.filePath()
        values.save()

    # ------------------------------------------------------------------------------------------
    # Study folder

    @property
    def gpkg(self) -> Path | None:
        return self.study_folder / "observatoire.gpkg" if self.study_folder else None

    def _set_study(self, folder: Path | None):
        self.study_folder = folder
        if folder is None:
            self.study_label.setText(tr("No study open: create one (New study…) or open a study folder."))
        else:
            self.study_label.setText(tr("Study: {folder}").format(folder=folder))
        for button in (self.import_sirene_button, self.import_api_button, self.import_partners_button,
                       self.demo_button, self.indicators_button, self.style_button, self.atlas_button,
                       self.workshop_layers_button, self.draft_button, self.export_button, self.portrait_button):
            button.setEnabled(folder is not None and self.task is None)
        self._fill_study_choices()

    def _fill_study_choices(self):
        self.atlas_pays_combo.clear()
        self.atlas_pays_combo.addItem(tr("All the Pays of the study"), "")
        for code, name in study_pays(self.gpkg):
            self.atlas_pays_combo.addItem(name, code)
        self._select(self.atlas_pays_combo, self.values.atlas_pays)
        portrait_panel.fill_territories(self, *study_territories(self.gpkg))
        self._fill_fields()

    def _fill_fields(self):
        current = self.map_field_combo.currentText() or self.values.map_field
        self.map_field_combo.clear()
        self.map_field_combo.addItems(numeric_fields(self.gpkg, self.map_layer_combo.currentData() or ""))
        index = self.map_field_combo.findText(current)
        if index >= 0:
            self.map_field_combo.setCurrentIndex(index)

    def _ask_folder(self, title: str) -> str:
        return QFileDialog.getExistingDirectory(self, title, self.values.study_folder or str(Path.home()))

    def _confirm_replace_project(self) -> bool:
        project = QgsProject.instance()
        if not project.isDirty() or not project.mapLayers():
            return True
        answer = QMessageBox.question(self, tr("ESS Territoires"),
                                      tr("The current project has unsaved changes. Close it for the study?"))
        return answer == QMessageBox.Yes

    def new_study(self):
        """Ask for a folder, create observatoire.gpkg (etude algorithm, in a task) and observatoire.qgz."""
        from ..gis import study_folder

        territory = self.territory_id()
        if not territory:
            self.warn(tr("Tick at least one EPCI for a custom territory."))
            return
        folder = self._ask_folder(tr("Folder of the new study"))
        if not folder or not self._confirm_replace_project():
            return
        try:
            study = study_folder.new_study_paths(folder)
        except Exception as error:  # noqa: BLE001 (shown to the user, never a traceback dialog)
            self.fail(error)
            return
        parameters = {"TERRITOIRE": territory, "OUTPUT": str(study.gpkg)}

        def created(_result):
            project = QgsProject.instance()
            project.clear()
            study_folder.save_study(project, study.folder, title=study_folder.territory_title(territory))
            self._set_study(study.folder)
            self.zoom_to_study()

        self.run_steps([Step(tr("Creating the study"), self._algorithm("etude", parameters), created)],
                       save=False)

    def open_study(self, folder=None):
        from ..gis import study_folder

        folder = folder or self._ask_folder(tr("Study folder"))
        if not folder or not self._confirm_replace_project():
            return
        try:
            study_folder.open_study_folder(folder, QgsProject.instance())
        except Exception as error:  # noqa: BLE001 (shown to the user, never a traceback dialog)
            self.fail(error)
            return
        self._set_study(Path(folder))
        self.remember()
        problems = study_folder.check_offline(QgsProject.instance())
        if problems:
            self.warn(tr("This study needs files or the network: {problems}").format(problems="; ".join(problems)))
        self.zoom_to_study()

    def zoom_to_study(self):
        layers = QgsProject.instance().mapLayersByName(tr("Pays"))
        if not layers:
            return
        canvas = self.iface.mapCanvas()
        extent = layers[0].extent()
        extent.scale(1.05)
        canvas.setDestinationCrs(layers[0].crs())
        canvas.setExtent(extent)
        canvas.refresh()

    # ------------------------------------------------------------------------------------------
    # Territory (without a study: a quick look at its outline)

    def _update_custom(self):
        self.epci_list.setVisible(self.territory_combo.currentData() == CUSTOM)

    def territory_id(self) -> str:
        value = self.territory_combo.currentData()
        if value != CUSTOM:
            return value
        codes = [self.epci_list.item(i).data(Qt.UserRole) for i in range(self.epci_list.count())
                 if self.epci_list.item(i).checkState() == Qt.Checked]
        return f"epci:{','.join(codes)}" if codes else ""

    def show_territory(self):
        """Create the territory's layers with the etude algorithm, add them styled, zoom."""
        from ..gis.layers import add_territory_layers
        from ..gis.study import Study
        from ..processing.runner import processing_run

        territory = self.territory_id()
        if not territory:
            self.warn(tr("Tick at least one EPCI for a custom territory."))
            return
        gpkg = territories_folder() / (re.sub(r"[^A-Za-z0-9_-]+", "_", territory)[:80] + ".gpkg")
        try:
            processing_run("ess_territoires:etude", {"TERRITOIRE": territory, "OUTPUT": str(gpkg)})
            layers = add_territory_layers(Study.open(gpkg), QgsProject.instance(), self.territory_combo.currentText())
        except Exception as error:  # noqa: BLE001 (shown to the user, never a traceback dialog)
            self.fail(error)
            return
        canvas = self.iface.mapCanvas()
        extent = layers["pays"].extent()
        extent.scale(1.05)
        canvas.setDestinationCrs(layers["pays"].crs())
        canvas.setExtent(extent)
        canvas.refresh()

    # ------------------------------------------------------------------------------------------
    # Steps

    @staticmethod
    def _algorithm(name: str, parameters: dict) -> Callable:
        def run(feedback):
            from ..processing.runner import processing_run
            return processing_run(f"ess_territoires:{name}", parameters, feedback)
        return run

    def import_sirene(self):
        etab, ul = self.etab_file.filePath(), self.ul_file.filePath()
        if not etab or not ul:
            self.warn(tr("Choose the StockEtablissement and StockUniteLegale files."))
            return
        parameters = {"ETABLISSEMENTS": etab, "UNITES_LEGALES": ul, "OUTPUT": str(self.gpkg)}
        if self.geo_file.filePath():
            parameters["GEOLOCALISATION"] = self.geo_file.filePath()
        if self.history_file.filePath():
            parameters["HISTORIQUE"] = self.history_file.filePath()
        if self.earlier_stock_check.isChecked():
            parameters["STOCK_ANTERIEUR"] = True
        if self.naf_labels_file.filePath():
            parameters["LIBELLES_NAF"] = self.naf_labels_file.filePath()
        self.run_steps([Step(tr("Importing SIRENE"), self._algorithm("import_sirene", parameters))])

    def import_api(self):
        parameters = {"API_URL": self.api_url_edit.text().strip(), "OFFLINE": self.offline_check.isChecked(),
                      "FINANCES": self.finances_check.isChecked(), "OUTPUT": str(self.gpkg)}
        self.run_steps([Step(tr("Importing from API Recherche d'entreprises"),
                             self._algorithm("import_api", parameters))])

    def import_partners(self):
        path = self.partner_file.filePath()
        if not path:
            self.warn(tr("Choose a partner list (CSV or XLSX)."))
            return
        parameters = {"FICHIER": path, "API_URL": self.api_url_edit.text().strip(),
                      "OFFLINE": self.offline_check.isChecked(), "OUTPUT": str(self.gpkg)}
        self.run_steps([Step(tr("Importing the partner list"), self._algorithm("import_partenaires", parameters))])

    def import_demo(self):
        """Fictitious SIRENE stock files for the study's départements (in the study folder), imported."""
        from ..gis import study_folder

        gpkg, out = self.gpkg, self.study_folder / "sirene_demo"
        rows = DEMO_ROWS

        def generate(feedback):
            return study_folder.generate_demo_stock(open_study(gpkg), out, rows=rows, feedback=feedback)

        def generated(stock):
            self.etab_file.setFilePath(str(stock["etablissements"]))
            self.ul_file.setFilePath(str(stock["unites_legales"]))
            self.geo_file.setFilePath(str(stock["geolocalisation"]))
            # the import marks a synthetic stock's study: every atlas page then says the data is fictitious
            self.queue.insert(0, Step(tr("Importing SIRENE"), self._algorithm("import_sirene", {
                "ETABLISSEMENTS": str(stock["etablissements"]), "UNITES_LEGALES": str(stock["unites_legales"]),
                "GEOLOCALISATION": str(stock["geolocalisation"]), "OUTPUT": str(gpkg)})))

        self.run_steps([Step(tr("Generating demonstration data"), generate, generated)])

    def compute_indicators(self):
        parameters = {"GPKG": str(self.gpkg)}
        if self.join_file.filePath():
            parameters["JOINTURE"] = self.join_file.filePath()
        self.run_steps([Step(tr("Computing the indicators"), self._algorithm("indicateurs", parameters))])

    def style_map(self):
        from ..gis.study_folder import reload_default_style, study_layers

        field = self.map_field_combo.currentText()
        if not field:
            self.warn(tr("Compute the indicators first: the layer has no field to map."))
            return
        parameters = {"GPKG": str(self.gpkg), "COUCHE": self.map_layer_combo.currentData(), "CHAMP": field,
                      "METHODE": self.map_method_combo.currentData(), "CLASSES": self.map_classes_spin.value(),
                      "BORNES": self.map_breaks_edit.text().strip()}
        gpkg = self.gpkg

        def styled(result):
            study = open_study(gpkg)
            for layer in study_layers(QgsProject.instance(), study):
                if study.layer_name_of(layer.source()) == result["OUTPUT"]:
                    reload_default_style(layer)

        self.run_steps([Step(tr("Drawing the map"), self._algorithm("style", parameters), styled)])

    def atlas_output(self) -> Path:
        coverage = self.atlas_coverage_combo.currentData()
        pays = self.atlas_pays_combo.currentData() or ""
        suffix = f"_{re.sub(r'[^A-Za-z0-9_-]+', '_', pays)}" if pays else ""
        return self.study_folder / f"atlas_{coverage}{suffix}.pdf"

    def export_atlas(self):
        parameters = {"GPKG": str(self.gpkg), "COUVERTURE": self.atlas_coverage_combo.currentIndex(),
                      "TERRITOIRE": self.atlas_pays_combo.currentData() or "",
                      "THEME": self.atlas_theme_combo.currentIndex(), "FORMAT": self.atlas_format_combo.currentIndex(),
                      "PAR_PAGE": self.atlas_per_page_check.isChecked(), "OUTPUT": str(self.atlas_output())}
        if self.atlas_png_folder.filePath():
            parameters["PNG"] = self.atlas_png_folder.filePath()

        def exported(result):
            self.message(tr("{pages} pages written to {out}").format(pages=result.get("PAGES"), out=result["OUTPUT"]))

        self.run_steps([Step(tr("Exporting the atlas"), self._algorithm("atlas", parameters), exported,
                             in_task=False)])

    def add_workshop_layers(self):
        self.run_steps([Step(tr("Adding the workshop layers"),
                             self._algorithm("contributions", {"GPKG": str(self.gpkg)}))])

    def draft_recommendations(self):
        self.run_steps([Step(tr("Drafting recommendations"),
                             self._algorithm("contributions", {"GPKG": str(self.gpkg), "RECOMMANDATIONS": True}))])

    def export_workshops(self):
        out = self.export_file.filePath() or str(self.study_folder / "ateliers.xlsx")
        self.run_steps([Step(tr("Exporting the workshops"),
                             self._algorithm("contributions", {"GPKG": str(self.gpkg), "OUTPUT_XLSX": out}),
                             lambda _result: self.message(tr("Written to {out}").format(out=out)))])

    # ------------------------------------------------------------------------------------------
    # Running steps

    def is_running(self) -> bool:
        return self.task is not None or self.running_step is not None

    def run_steps(self, steps: list, save: bool = True):
        """Run ``steps`` one after the other; the first failure or a cancel stops the rest.
        With ``save``, the study's layers are refreshed and its project saved after each step."""
        if self.is_running():
            self.warn(tr("A step is already running: wait for it or cancel it."))
            return
        self.remember()
        self.queue = list(steps)
        self._save_after = save
        self._next()

    def _next(self):
        if not self.queue:
            self._idle(tr("Done."))
            return
        step = self.queue.pop(0)
        self.running_step = step
        self.status_label.setText(step.description + "…")
        self.progress_bar.setValue(0)
        self._enable_steps(False)
        if step.in_task:
            task = StepTask(step.description, step.function)
            task.progressChanged.connect(lambda value: self.progress_bar.setValue(int(value)))
            task.feedback.progressTextChanged.connect(self._show_progress_text)
            task.taskCompleted.connect(lambda: self._finished(task))
            task.taskTerminated.connect(lambda: self._finished(task))
            self.task = task
            self.cancel_button.setEnabled(True)
            QgsApplication.taskManager().addTask(task)
        else:
            self._run_on_main_thread(step)

    def _show_progress_text(self, text: str):
        """Percent and time left of the running step, under the progress bar."""
        if self.running_step is not None:
            self.status_label.setText(f"{self.running_step.description}… {text}")

    def _run_on_main_thread(self, step: Step):
        """The atlas: rendering belongs to the main thread; a progress dialog lets the user cancel."""
        feedback = TaskFeedback()
        dialog = QProgressDialog(step.description, tr("Cancel"), 0, 100, self)
        dialog.setObjectName("atlas_progress")
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(feedback.cancel)
        feedback.progressChanged.connect(lambda value: dialog.setValue(int(value)))
        feedback.progressTextChanged.connect(lambda text: dialog.setLabelText(f"{step.description}\n{text}"))
        self.progress_dialog = dialog
        dialog.show()
        QCoreApplication.processEvents()
        try:
            result = step.function(feedback)
            error = None
        except Exception as exc:  # noqa: BLE001 (shown to the user, never a traceback dialog)
            result, error = None, exc
        finally:
            canceled = feedback.isCanceled()
            dialog.canceled.disconnect(feedback.cancel)  # closing the dialog emits canceled
            dialog.close()
            dialog.deleteLater()
            self.progress_dialog = None
        self._after_step(step, result, error, canceled)

    def _finished(self, task: StepTask):
        if task is not self.task:  # both signals may come; handle once
            return
        self.task = None
        self.cancel_button.setEnabled(False)
        self._after_step(self.running_step, task.result, task.error, task.feedback.isCanceled())

    def _after_step(self, step: Step, result, error, canceled: bool):
        self.running_step = None
        if canceled:
            self.queue = []
            self._idle(tr("Cancelled: nothing was written."))
            self.warn(tr("Cancelled: nothing was written."))
            return
        if error is not None:
            self.queue = []
            self._idle("")
            self.fail(error)
            return
        try:
            if step.done is not None:
                step.done(result)
            if self._save_after and self.study_folder is not None:
                self.refresh_study()
        except Exception as exc:  # noqa: BLE001 (shown to the user, never a traceback dialog)
            self.queue = []
            self._idle("")
            self.fail(exc)
            return
        self._next()

    def refresh_study(self):
        """Reload the study's layers that the step rewrote, add the new ones, save the project."""
        from ..gis import study_folder

        project = QgsProject.instance()
        study_folder.refresh_study_layers(project, open_study(self.gpkg))
        study_folder.save_study(project, self.study_folder)  # adds the new study and workshop layers
        self._fill_study_choices()

    def _enable_steps(self, enabled: bool):
        for button in (self.new_study_button, self.open_study_button, self.import_sirene_button,
                       self.import_api_button, self.import_partners_button, self.demo_button,
                       self.indicators_button, self.style_button, self.atlas_button,
                       self.workshop_layers_button, self.draft_button, self.export_button, self.portrait_button):
            button.setEnabled(enabled and (self.study_folder is not None or button in (
                self.new_study_button, self.open_study_button)))

    def _idle(self, text: str):
        self.running_step = None
        self.status_label.setText(text)
        self.progress_bar.setValue(0 if not text else self.progress_bar.value())
        self.cancel_button.setEnabled(False)
        self._enable_steps(True)

    def cancel(self):
        """Cancel the running task; the steps queued after it are dropped."""
        self.queue = []
        if self.task is not None:
            self.task.cancel()

    def shutdown(self):
        """Before the plugin unloads: cancel the running task and wait for it (bounded)."""
        self.queue = []
        task = self.task
        if task is None:
            return
        task.cancel()
        task.waitForFinished(10000)
        self.task = None

    # ------------------------------------------------------------------------------------------
    # Messages

    def message(self, text: str):
        self.iface.messageBar().pushMessage(tr("ESS Territoires"), text, Qgis.Info, 5)

    def warn(self, text: str):
        QgsMessageLog.logMessage(text, tr("ESS Territoires"), Qgis.Warning)
        self.iface.messageBar().pushMessage(tr("ESS Territoires"), text, Qgis.Warning)

    def fail(self, error):
        """A user-facing error: the algorithm's message, never a traceback dialog."""
        text = str(error).strip().splitlines()[-1] if str(error).strip() else type(error).__name__
        log_error(str(error))
        self.iface.messageBar().pushMessage(tr("ESS Territoires"), text, Qgis.Critical)
