"""The panel's "Offline copy" step: take the open study offline for a meeting, bring a copy back, choose
a version of each conflict; and the author recorded with the workshop rows written in this QGIS.

"Take offline…" and "Bring back…" run the ess_territoires:hors_ligne and ess_territoires:retour
algorithms (gis/offline.py). When the open study is itself an offline copy, "Bring back" merges it into
the study it was taken from; otherwise it asks for the copy's folder and merges it into the open
study. The open study's conflicts (gis/conflicts.py) are listed; the user picks one, sees what differs
and keeps the study's or the copy's version.
"""
from pathlib import Path

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QFileDialog, QFormLayout, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from ..core.i18n import tr
from .steps import StepPage, narrow, wrapped_label


def open_location(location):
    """The study at ``location`` (a GeoPackage or a postgresql:// URI); None without one."""
    from .dock import open_study

    return open_study(location)


class OfflineStep(StepPage):
    def __init__(self, dock, parent=None):
        super().__init__(dock, parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.author_edit = narrow(QLineEdit(self))
        self.author_edit.setObjectName("author_edit")
        self.author_edit.setToolTip(tr("Recorded with the contributions, interviews and recommendations you write "
                                       "(empty: your QGIS user name)."))
        self.author_edit.editingFinished.connect(self.store_author)
        form.addRow(wrapped_label(tr("Your name"), self), self.author_edit)
        layout.addLayout(form)
        self.copy_label = wrapped_label("", self)
        self.copy_label.setObjectName("copy_label")
        layout.addWidget(self.copy_label)
        self.take_offline_button = self.button("take_offline_button", tr("Take offline…"), self.take_offline)
        self.take_offline_button.setToolTip(tr("Write a study folder for a meeting without network: the study's "
                                               "data, its styles and a project."))
        self.bring_back_button = self.button("bring_back_button", tr("Bring back a copy…"), self.bring_back)
        self.bring_back_button.setToolTip(tr("Merge the contributions, interviews and recommendations of an "
                                             "offline copy into the study it was taken from."))
        layout.addWidget(self.take_offline_button)
        layout.addWidget(self.bring_back_button)
        layout.addWidget(wrapped_label(tr("Conflicts: rows edited both in a copy and in the study"), self))
        self.conflicts_list = QListWidget(self)
        self.conflicts_list.setObjectName("conflicts_list")
        self.conflicts_list.setWordWrap(True)
        self.conflicts_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conflicts_list.currentItemChanged.connect(self.show_conflict)
        layout.addWidget(self.conflicts_list)
        self.conflict_details = wrapped_label("", self)
        self.conflict_details.setObjectName("conflict_details")
        self.conflict_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.conflict_details)
        self.keep_study_button = self.button("keep_study_button", tr("Keep the study's version"),
                                             lambda: self.resolve("etude"))
        self.keep_copy_button = self.button("keep_copy_button", tr("Keep the copy's version"),
                                            lambda: self.resolve("copie"))
        layout.addWidget(self.keep_study_button)
        layout.addWidget(self.keep_copy_button)
        self._conflicts = {}
        self._source = None  # the study the open copy was taken from

    def title(self):
        return tr("8. Offline copy")

    def buttons(self):
        return [self.take_offline_button, self.bring_back_button, self.keep_study_button, self.keep_copy_button]

    def available(self, study):
        return self.dock.location is not None

    def load(self, values):
        from ..gis.author import panel_author

        self.author_edit.setText(panel_author())

    def store_author(self):
        from ..gis.author import set_panel_author

        set_panel_author(self.author_edit.text())

    # ------------------------------------------------------------------------------------------
    # The open study: a copy or not, its conflicts; workshop tables given their tracking fields

    def study_changed(self, study):
        self._source = None
        self._conflicts = {}
        self.conflicts_list.clear()
        self.conflict_details.setText("")
        self.copy_label.setText("")
        study = open_location(self.dock.location)
        if study is None or not study.is_study():
            return
        from ..gis import conflicts, offline  # here: the panel is built at QGIS start-up, which must stay fast

        self.upgrade(study)
        settings = study.settings()
        if settings.get(offline.BASE_KEY):
            self._source = settings.get(offline.SOURCE_KEY)
            self.copy_label.setText(tr("This study is an offline copy of {source}, taken on {date}. \"Bring back\" "
                                       "merges it into that study.").format(source=self._source,
                                                                            date=settings.get(offline.COPIED_KEY)))
        for _index, conflict in conflicts.open_conflicts(study).iterrows():
            item = QListWidgetItem(self.describe(conflict))
            item.setData(Qt.ItemDataRole.UserRole, conflict["id_conflit"])
            self.conflicts_list.addItem(item)
            self._conflicts[conflict["id_conflit"]] = conflict

    def upgrade(self, study):
        """A study made before the tracking fields gets them when it is opened; the project's workshop
        layers get the forms that fill them."""
        from qgis.core import QgsProject

        from ..gis import contributions, study_folder

        if not contributions.needs_upgrade(study):
            return
        contributions.upgrade_tables(study, self.author_edit.text())
        for layer in study_folder.study_layers(QgsProject.instance(), study):
            name = study.layer_name_of(layer.source())
            if name in contributions.WORKSHOP_TABLES:
                layer.dataProvider().reloadData()
                layer.reload()
                layer.updateFields()
                contributions.configure_form(layer, name)

    @staticmethod
    def describe(conflict) -> str:
        from ..gis import conflicts, contributions

        titles = contributions.layer_titles()
        values = {}
        for key in ("version_copie", "version_etude"):
            if conflict[key]:
                values = conflicts.row_of(conflict[key])[0]
                break
        summary = next((str(values[field]) for field in ("description", "action_proposee", "siret", "theme")
                        if values.get(field)), conflict["uuid"])
        study, copy = tr("study: deleted"), tr("copy: deleted")
        if conflict["version_etude"]:
            study = tr("study: {who}, {when}").format(who=conflict["auteur_etude"] or "",
                                                      when=conflict["modifie_le_etude"] or "")
        if conflict["version_copie"]:
            copy = tr("copy: {who}, {when}").format(who=conflict["auteur_copie"] or "",
                                                    when=conflict["modifie_le_copie"] or "")
        return f"{titles.get(conflict['nom_table'], conflict['nom_table'])} — {summary[:80]}\n{study}; {copy}"

    def show_conflict(self, item, _previous=None):
        from ..gis import conflicts

        if item is None:
            self.conflict_details.setText("")
            return
        conflict = self._conflicts[item.data(Qt.ItemDataRole.UserRole)]
        lines = []
        for field, study_value, copy_value in conflicts.differences(conflict):
            if field == conflicts.GEOMETRY_KEY:
                field = tr("geometry")
            lines.append(tr("{field}: study «{study}», copy «{copy}»").format(
                field=field, study="" if study_value is None else study_value,
                copy="" if copy_value is None else copy_value))
        if not conflict["version_etude"]:
            lines.insert(0, tr("Deleted in the study since the copy, edited in the copy."))
        if not conflict["version_copie"]:
            lines.insert(0, tr("Deleted in the copy, edited in the study since the copy."))
        self.conflict_details.setText("\n".join(lines))

    # ------------------------------------------------------------------------------------------
    # Actions

    def take_offline(self):
        from .dock import Step

        folder = QFileDialog.getExistingDirectory(self, tr("Folder of the offline copy (new or empty)"),
                                                  str(self.dock.study_folder or Path.home()))
        if not folder:
            return
        self.store_author()
        parameters = {"ETUDE": self.dock.location, "OUTPUT": folder, "AUTEUR": self.author_edit.text().strip()}

        def written(result):
            self.dock.message(tr("Offline copy written to {folder}: take this folder to the meeting and open its "
                                 "observatoire.qgz; bring it back afterwards.").format(folder=result["OUTPUT"]))

        self.dock.run_steps([Step(tr("Taking the study offline"), done=written, algorithm="hors_ligne",
                                  parameters=parameters)])

    def bring_back(self):
        from .dock import Step

        if self._source:  # the open study is the copy: back into its study
            folder, target = str(Path(self.dock.location).parent), self._source
        else:
            folder = QFileDialog.getExistingDirectory(self, tr("Folder of the offline copy"),
                                                      str(self.dock.study_folder or Path.home()))
            if not folder:
                return
            target = self.dock.location
        self.store_author()
        parameters = {"DOSSIER": folder, "ETUDE": target, "AUTEUR": self.author_edit.text().strip()}

        def merged(result):
            self.study_changed(None)
            self.dock.message(tr("Brought back: {inserted} rows added, {updated} updated, {deleted} deleted, "
                                 "{conflicts} conflicts.").format(
                inserted=result["INSERTIONS"], updated=result["MISES_A_JOUR"], deleted=result["SUPPRESSIONS"],
                conflicts=result["CONFLITS"]))
            if result["CONFLITS"] and self._source:
                self.dock.warn(tr("{n} conflicts to resolve: open the study {study} to choose.").format(
                    n=result["CONFLITS"], study=self._source))

        self.dock.run_steps([Step(tr("Bringing the copy back"), done=merged, algorithm="retour",
                                  parameters=parameters)])

    def resolve(self, choice: str):
        from ..gis import conflicts
        from .dock import Step

        item = self.conflicts_list.currentItem()
        if item is None:
            self.dock.warn(tr("Choose a conflict in the list first."))
            return
        conflict_id = item.data(Qt.ItemDataRole.UserRole)
        location, who = self.dock.location, self.author_edit.text().strip()

        def apply(_feedback):
            return conflicts.resolve(open_location(location), conflict_id, choice, who)

        def resolved(_result):
            self.study_changed(None)
            self.dock.message(tr("Conflict resolved."))

        self.dock.run_steps([Step(tr("Resolving the conflict"), apply, resolved)])
