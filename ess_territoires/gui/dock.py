"""The dock panel: the open study, then one widget per step (gui/steps.py, gui/portrait_panel.py):
Territoire → Sources → Indicateurs → Cartes → Atlas → Ateliers → Portrait → Hors ligne.

The panel follows QGIS's current project: a project that records a study (project property
ess_territoires/etude, gis/project.py) makes it the panel's study, however it was opened (the
panel, the Browser, the recent projects, a database); another project, or none, leaves the panel
without a study. Each step runs one of the provider's algorithms (the same code as the toolbox and
the command line): the data steps through QGIS's QgsProcessingAlgRunnerTask (prepared on the main
thread, run in the task manager: progress, cancel, QGIS stays responsive); the atlas and the
portrait on the main thread (layout rendering belongs there) with a progress dialog whose Cancel
goes through the feedback. After a step, the study's layers in the project are reloaded or added
and the study's project is saved. Errors go to the message bar and to the "ESS Territoires" tab of
the log, never to a traceback dialog.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMessageLog,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsTask,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QToolBox,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import EssError
from ..core.i18n import tr
from ..processing.base import PROJECT_OUTPUT
from . import settings as panel_settings
from .offline_panel import OfflineStep
from .portrait_panel import PortraitStep
from .steps import (
    CUSTOM,
    MAP_LAYERS,
    AtlasStep,
    IndicatorsStep,
    MapsStep,
    SourcesStep,
    TerritoryStep,
    WorkshopsStep,
    narrow,
    wrapped_label,
)

__all__ = ["CUSTOM", "MAP_LAYERS", "EssDock", "Step"]
DEMO_ROWS = None  # None: ~1 establishment row per 9 inhabitants of the study's départements
STEP_PAGES = (TerritoryStep, SourcesStep, IndicatorsStep, MapsStep, AtlasStep, WorkshopsStep, PortraitStep,
              OfflineStep)


def territories_folder() -> Path:
    """Where the panel keeps the territory layers it shows (the user's QGIS profile)."""
    folder = Path(QgsApplication.qgisSettingsDirPath()) / "ess_territoires" / "territoires"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_study(gpkg):
    """The study (gis.study.Study) at ``gpkg``: a study folder's GeoPackage, or a PostgreSQL study
    location; None when there is none (or its database cannot be reached: the message is logged)."""
    if not gpkg:
        return None
    from ..gis.study import Study  # here, once a study is open: QGIS start-up must stay fast

    if "://" in str(gpkg):
        try:
            study = Study.open(str(gpkg))
            return study if study.exists() else None
        except EssError as error:
            log_error(str(error))
            return None
    return Study.open(gpkg) if Path(gpkg).exists() else None


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
    QgsMessageLog.logMessage(message, tr("ESS Territoires"), Qgis.MessageLevel.Critical)


@dataclass
class Step:
    """One step of a run: the provider's algorithm ``algorithm`` with ``parameters``, or
    ``function(feedback)``; in the task manager (``in_task``) or on the main thread; then
    ``done(result)`` on the main thread."""
    description: str
    function: Callable | None = None
    done: Callable | None = None
    in_task: bool = True
    algorithm: str = ""
    parameters: dict = field(default_factory=dict)


class TaskFeedback(QgsProcessingFeedback):
    """A step's feedback; the algorithm's progress text (percent and time left) is sent to the panel
    as a signal (the step runs in a worker thread, the panel's widgets belong to the main thread);
    the error the algorithm reports is kept for the panel's message."""

    progressTextChanged = pyqtSignal(str)

    def __init__(self):
        super().__init__()
        self.errors = []

    def setProgressText(self, text):
        super().setProgressText(text)
        self.progressTextChanged.emit(text)

    def reportError(self, error, fatalError=False):
        self.errors.append(error)
        super().reportError(error, fatalError)


class FunctionFeedback:
    """What core functions ask of a feedback (progress, cancel), over a QgsTask.fromFunction task."""

    def __init__(self, task):
        self.task = task

    def setProgress(self, value):
        self.task.setProgress(value)

    def setProgressText(self, _text):
        pass

    def isCanceled(self):
        return self.task.isCanceled()


class StepError(Exception):
    """A step that failed: its algorithm's message."""


class EssDock(QgsDockWidget):
    def __init__(self, iface, parent=None):  # noqa: QGS105 (the plugin passes on the interface QGIS gave it)
        super().__init__(tr("ESS Territoires"), parent)
        self.iface = iface
        self.values = panel_settings.PanelSettings.load()
        self.location: str | None = None
        self.task = None
        self.queue: list = []
        self.running_step: Step | None = None
        self.progress_dialog = None
        self._running = None  # what a running task needs alive: (task, context, feedback)
        self._save_after = True
        self.pages = []
        self._build()
        for page in self.pages:
            page.load(self.values)
        project = QgsProject.instance()
        project.readProject.connect(self.project_changed)
        project.cleared.connect(self.project_changed)
        project.projectSaved.connect(self.project_changed)
        self.project_changed()

    def __getattr__(self, name):
        """A step's widget or method by name (``dock.etab_file``, ``dock.territory_id()``)."""
        for page in self.__dict__.get("pages", ()):
            if name in page.__dict__ or hasattr(type(page), name) and not hasattr(QWidget, name):
                return getattr(page, name)
        raise AttributeError(name)

    # ------------------------------------------------------------------------------------------
    # Widgets

    def _build(self):
        scroll = QScrollArea(self)
        scroll.setObjectName("panel_scroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)

        self.study_label = wrapped_label("", body)
        self.study_label.setObjectName("study_label")
        self.study_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.study_label)
        study_row = QHBoxLayout()
        self.new_study_button = self._button(body, "new_study_button", tr("New study…"), self.new_study)
        self.open_study_button = self._button(body, "open_study_button", tr("Open study…"), self.open_study)
        self.database_study_button = self._button(body, "database_study_button", tr("Study in a database…"),
                                                  self.open_database_study)
        study_row.addWidget(self.new_study_button)
        study_row.addWidget(self.open_study_button)
        layout.addLayout(study_row)
        layout.addWidget(self.database_study_button)

        self.steps = QToolBox(body)
        self.steps.setObjectName("steps")
        for page_class in STEP_PAGES:
            page = page_class(self)
            self.pages.append(page)
            self.steps.addItem(page, page.title())
        layout.addWidget(self.steps)

        progress_row = QHBoxLayout()
        self.progress_bar = QProgressBar(body)
        self.progress_bar.setObjectName("progress_bar")
        self.progress_bar.setRange(0, 100)
        self.cancel_button = self._button(body, "cancel_button", tr("Cancel"), self.cancel)
        self.cancel_button.setEnabled(False)
        progress_row.addWidget(self.progress_bar)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self.status_label = wrapped_label("", body)
        self.status_label.setObjectName("status_label")
        layout.addWidget(self.status_label)
        scroll.setWidget(body)
        self.scroll = scroll
        self.setWidget(scroll)

    @staticmethod
    def _button(parent, name, text, slot):
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return narrow(button)

    def remember(self):
        """Store the current choices (the panel opens with them next time)."""
        for page in self.pages:
            page.remember(self.values)
        if not self.in_database:
            self.values.study_folder = str(self.study_folder or "")
        self.values.save()

    # ------------------------------------------------------------------------------------------
    # The study: the current project's

    @property
    def gpkg(self):
        """The study's location: its GeoPackage (a Path), or a PostgreSQL study location (text)."""
        if self.location and "://" in self.location:
            return self.location
        return Path(self.location) if self.location else None

    @property
    def in_database(self) -> bool:
        return bool(self.location and "://" in self.location)

    @property
    def study_folder(self) -> Path | None:
        """Where the panel writes the study's files (PDFs, stock files): the study folder, or for a
        study in a database a folder of the user's own (in the QGIS profile)."""
        if self.in_database:
            from ..gis.postgis import parse_location

            parts = parse_location(self.location)
            folder = Path(QgsApplication.qgisSettingsDirPath()) / "ess_territoires" / "etudes" / (
                f"{parts['dbname']}_{parts['schema']}")
            folder.mkdir(parents=True, exist_ok=True)
            return folder
        return self.gpkg.parent if self.gpkg is not None else None

    def project_changed(self, *_args):
        """The current project was read, saved or cleared: its study (if it is a study's) becomes the
        panel's."""
        from ..gis.project import study_location

        if self.is_running() and self.running_step is not None and not self.running_step.in_task:
            return  # the atlas or the portrait adds layouts and layers: same study
        self._set_study(study_location(QgsProject.instance()))

    def _set_study(self, location):
        """Make the study at ``location`` (its GeoPackage, or a study folder) the panel's; None: no study."""
        if location is not None and Path(str(location)).is_dir():
            location = Path(location) / "observatoire.gpkg"
        self.location = str(location) if location else None
        if self.location is None:
            self.study_label.setText(tr("No study open: create one (New study…) or open a study folder."))
        else:
            title = QgsProject.instance().title()
            self.study_label.setText(tr("Study: {name}").format(name=title or Path(self.location).stem)
                                     + "\n" + self.location)  # a location holds no password
            self.study_label.setToolTip(self.location)
        self.refresh_pages()

    def refresh_pages(self):
        """Fill the lists the study feeds and enable the steps the study allows."""
        study = open_study(self.gpkg)
        for page in self.pages:
            try:
                page.study_changed(study)
            except EssError as error:
                log_error(str(error))
        self._enable_steps(not self.is_running())

    def _fill_study_choices(self):
        self.refresh_pages()

    def _enable_steps(self, enabled: bool):
        study = open_study(self.gpkg)
        self.new_study_button.setEnabled(enabled)
        self.open_study_button.setEnabled(enabled)
        self.database_study_button.setEnabled(enabled)
        for page in self.pages:
            try:
                allowed = page.available(study)
            except EssError:
                allowed = False
            for button in page.buttons():
                button.setEnabled(enabled and allowed)

    def _ask_folder(self, title: str) -> str:
        return QFileDialog.getExistingDirectory(self, title, self.values.study_folder or str(Path.home()))

    def _confirm_replace_project(self) -> bool:
        project = QgsProject.instance()
        if not project.isDirty() or not project.mapLayers():
            return True
        answer = QMessageBox.question(self, tr("ESS Territoires"),
                                      tr("The current project has unsaved changes. Close it for the study?"))
        return answer == QMessageBox.StandardButton.Yes

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
            project.setFileName(str(study.qgz))
            self._set_study(study.gpkg)
            self.zoom_to_study()

        self.run_steps([Step(tr("Creating the study"), done=created, algorithm="etude", parameters=parameters)],
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
        self.remember()
        problems = study_folder.check_offline(QgsProject.instance())
        if problems:
            self.warn(tr("This study needs files or the network: {problems}").format(problems="; ".join(problems)))
        self.zoom_to_study()

    def open_database_study(self, connection_name: str | None = None, schema: str = ""):
        """A study in a PostgreSQL database (a QGIS saved connection and a schema): its project, stored
        in the schema, is opened; a new schema becomes a study of the territory chosen in the panel,
        with its project stored there for the team."""
        from ..gis.project import read_study_project, store_study_project
        from ..gis.study import Study
        from .database_study import DatabaseStudyDialog, study_location

        if connection_name is None:
            dialog = DatabaseStudyDialog(self, self.values.database_connection, self.values.database_schema)
            if dialog.exec() != DatabaseStudyDialog.DialogCode.Accepted:
                return
            connection_name, schema = dialog.chosen()
        if not self._confirm_replace_project():
            return
        try:
            location = study_location(connection_name, schema)
            study = Study.open(location)
            exists = study.is_study()
        except Exception as error:  # noqa: BLE001 (shown to the user, never a traceback dialog)
            self.fail(error)
            return
        self.values.database_connection, self.values.database_schema = connection_name, schema
        self.remember()

        def opened(_result=None):
            if not study.has_project():
                store_study_project(study)
            read_study_project(QgsProject.instance(), study)
            self._set_study(location)
            self.zoom_to_study()

        if exists:
            try:
                opened()
            except Exception as error:  # noqa: BLE001 (shown to the user, never a traceback dialog)
                self.fail(error)
            return
        territory = self.territory_id()
        if not territory:
            self.warn(tr("Tick at least one EPCI for a custom territory."))
            return
        self.run_steps([Step(tr("Creating the study"), done=opened, algorithm="etude",
                             parameters={"TERRITOIRE": territory, "OUTPUT": location})], save=False)

    def zoom_to_study(self):
        from ..gis.project import zoom_canvas_to_study

        zoom_canvas_to_study(QgsProject.instance(), self.iface.mapCanvas())

    # ------------------------------------------------------------------------------------------
    # Territory (without a study: a quick look at its outline)

    def show_territory(self):
        """Create the territory's layers with the etude algorithm, add them styled, zoom."""
        from ..gis.layers import add_territory_layers
        from ..gis.study import Study
        from ..processing.runner import processing_run

        territory = self.territory_id()
        if not territory:
            self.warn(tr("Tick at least one EPCI for a custom territory."))
            return
        import re

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
        if not step.in_task:
            self._run_on_main_thread(step)
            return
        try:
            task, feedback, keep = self._task(step)
        except Exception as error:  # noqa: BLE001 (shown to the user, never a traceback dialog)
            self._after_step(step, None, error, False)
            return
        task.progressChanged.connect(lambda value: self.progress_bar.setValue(int(value)))
        if isinstance(feedback, TaskFeedback):
            feedback.progressTextChanged.connect(self._show_progress_text)
        self.task = task
        self._running = keep
        self.cancel_button.setEnabled(True)
        QgsApplication.taskManager().addTask(task)

    def _task(self, step: Step):
        """The task of a data step: QgsProcessingAlgRunnerTask for an algorithm (checked and prepared
        here, on the main thread; run in the task manager), QgsTask.fromFunction for a function."""
        if step.algorithm:
            algorithm_id = f"ess_territoires:{step.algorithm}"
            algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
            if algorithm is None:
                raise StepError(tr("Unknown algorithm {id}").format(id=algorithm_id))
            context = QgsProcessingContext()
            context.setProject(QgsProject.instance())
            feedback = TaskFeedback()
            ok, message = algorithm.checkParameterValues(step.parameters, context)
            if not ok:
                raise StepError(message)
            task = QgsProcessingAlgRunnerTask(algorithm, step.parameters, context, feedback)
            results = {}
            task.executed.connect(lambda successful, values: results.update(ok=successful, values=values))
            task.taskCompleted.connect(lambda: self._finished(task, results, feedback))
            task.taskTerminated.connect(lambda: self._finished(task, results, feedback))
            return task, feedback, (task, algorithm, context, feedback, results)

        outcome = {}

        def run(task):
            return step.function(FunctionFeedback(task))

        def finished(exception, result=None):
            outcome.update(error=exception, values=result)

        task = QgsTask.fromFunction(step.description, run, on_finished=finished, flags=QgsTask.Flag.CanCancel)
        task.taskCompleted.connect(lambda: self._finished(task, outcome, None))
        task.taskTerminated.connect(lambda: self._finished(task, outcome, None))
        return task, None, (task, outcome)

    def _show_progress_text(self, text: str):
        """Percent and time left of the running step, under the progress bar."""
        if self.running_step is not None:
            self.status_label.setText(f"{self.running_step.description}… {text}")

    def _run_on_main_thread(self, step: Step):
        """The atlas and the portrait: rendering belongs to the main thread; a progress dialog lets the
        user cancel."""
        from ..processing.runner import processing_run

        feedback = TaskFeedback()
        dialog = QProgressDialog(step.description, tr("Cancel"), 0, 100, self)
        dialog.setObjectName("atlas_progress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(feedback.cancel)
        feedback.progressChanged.connect(lambda value: dialog.setValue(int(value)))
        feedback.progressTextChanged.connect(lambda text: dialog.setLabelText(f"{step.description}\n{text}"))
        self.progress_dialog = dialog
        dialog.show()
        QCoreApplication.processEvents()
        try:
            if step.algorithm:
                result = processing_run(f"ess_territoires:{step.algorithm}", step.parameters, feedback)
            else:
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

    def _finished(self, task, outcome: dict, feedback):
        if task is not self.task:  # both signals may come; handle once
            return
        self.task = None
        self._running = None
        self.cancel_button.setEnabled(False)
        canceled = task.isCanceled() or (feedback is not None and feedback.isCanceled())
        if feedback is not None:  # an algorithm: QgsProcessingAlgRunnerTask's executed(ok, results)
            error = None
            if (not outcome.get("ok") or feedback.errors) and not canceled:  # errors: after the run (the project)
                error = StepError(feedback.errors[-1] if feedback.errors else
                                  tr("{step} failed.").format(step=self.running_step.description))
            result = outcome.get("values")
        else:
            error = outcome.get("error") if not canceled else None
            result = outcome.get("values")
        self._after_step(self.running_step, result, error, canceled)

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
            if self._save_after and self.location is not None:
                self.refresh_study(stored=bool(result and result.get(PROJECT_OUTPUT)))
        except Exception as exc:  # noqa: BLE001 (shown to the user, never a traceback dialog)
            self.queue = []
            self._idle("")
            self.fail(exc)
            return
        self._next()

    def refresh_study(self, stored: bool = False):
        """Reload the study's layers that the step rewrote, add the new ones, save the project (a study
        in a database: unless the step ``stored`` this project there itself, processing.base)."""
        from ..gis import contributions, study_folder
        from ..gis.project import is_project_of, save_project

        project = QgsProject.instance()
        study = open_study(self.gpkg)
        study_folder.refresh_study_layers(project, study)
        if not self.in_database:
            study_folder.save_study(project, self.study_folder)  # adds the new study and workshop layers
        elif not (stored and is_project_of(project, study)):
            contributions.add_to_project(project, study)
            save_project(project, study)  # stored in the study's schema, for the team
        self.refresh_pages()

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
        """Before the plugin unloads: stop following the project, cancel the running task and wait
        for it (bounded)."""
        project = QgsProject.instance()
        for signal in (project.readProject, project.cleared, project.projectSaved):
            try:
                signal.disconnect(self.project_changed)
            except TypeError:
                pass
        self.queue = []
        task = self.task
        if task is None:
            return
        task.cancel()
        task.waitForFinished(10000)
        self.task = None
        self._running = None

    # ------------------------------------------------------------------------------------------
    # Messages

    def message(self, text: str):
        self.iface.messageBar().pushMessage(tr("ESS Territoires"), text, Qgis.MessageLevel.Info, 5)

    def warn(self, text: str):
        QgsMessageLog.logMessage(text, tr("ESS Territoires"), Qgis.MessageLevel.Warning)
        self.iface.messageBar().pushMessage(tr("ESS Territoires"), text, Qgis.MessageLevel.Warning)

    def fail(self, error):
        """A user-facing error: the algorithm's message, never a traceback dialog."""
        text = str(error).strip().splitlines()[-1] if str(error).strip() else type(error).__name__
        log_error(str(error))
        self.iface.messageBar().pushMessage(tr("ESS Territoires"), text, Qgis.MessageLevel.Critical)
