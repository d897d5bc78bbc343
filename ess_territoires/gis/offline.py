"""Offline copies: a study folder taken from a study for a meeting, and its workshop rows brought back.

"Take offline" (``take_offline``) writes a study folder (``observatoire.gpkg`` and
``observatoire.qgz``, as a new study's) from a study in PostGIS or in a GeoPackage: every table,
the layers' styles and a project that needs no network. The copy's settings (table ``etude``)
record where it came from (``hors_ligne_source``), when (``hors_ligne_date``, UTC), the copy's own
id (``hors_ligne_id``) and, for each workshop row, its ``modifie_le`` and the fingerprint of its
content at copy time (``hors_ligne_lignes``, JSON {table: {uuid: [modifie_le, fingerprint]}}). The
study gets an id of its own (setting ``etude_uuid``), which the copy carries: a copy is brought back
only into the study it was taken from.

"Bring back" (``bring_back``) merges the workshop tables of the copy (contributions, interviews,
recommendations) into the study, row by row (by uuid), comparing each side with the copy time:
- a row new in the copy is inserted;
- a row edited only in the copy replaces the study's; edited only in the study, it is kept;
- a row deleted in the copy is deleted from the study unless the study edited it since;
- a row edited on both sides (to different contents), or deleted on one side and edited on the
  other, is a conflict: the study's row stays as it is and both versions go to the table
  ``conflits`` (gis.conflicts) for the user to choose.
The study is written once, all or nothing; then the copy records what it delivered (its rows at
that time become its new reference), so bringing the same folder back again changes nothing.
"""
import json
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from qgis.core import QgsProject
from qgis.PyQt.QtXml import QDomDocument

from ..core.errors import InputError
from ..core.i18n import tr
from ..core.progress import check_canceled
from . import conflicts, contributions, layers, study_folder, tracking
from .study import IMPORTS, SETTINGS, Study, import_row

SOURCE_KEY = "hors_ligne_source"
COPIED_KEY = "hors_ligne_date"
BASE_KEY = "hors_ligne_lignes"
COPY_ID_KEY = "hors_ligne_id"
RETURNED_KEY = "hors_ligne_retour"
COPY_KEYS = (SOURCE_KEY, COPIED_KEY, BASE_KEY, COPY_ID_KEY, RETURNED_KEY)
STUDY_ID_KEY = "etude_uuid"
# Not copied: styles are copied through QGIS (each layer's default style), a stored project is not a table
NOT_COPIED = {"layer_styles", "qgis_projects"}


@dataclass
class BringBackReport:
    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    unchanged: int = 0
    kept: int = 0  # rows the study added or edited since the copy, left as they are
    per_table: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"insertions": self.inserted, "mises_a_jour": self.updated, "suppressions": self.deleted,
                "conflits": self.conflicts, "inchangees": self.unchanged, "gardees": self.kept}

    def changes(self) -> int:
        return self.inserted + self.updated + self.deleted + self.conflicts


def _location_of(study) -> str:
    """The study's location as another machine reads it: an absolute path for a GeoPackage."""
    text = str(study.location)
    return text if "://" in text else str(Path(text).resolve())


def copy_folder_of(folder) -> Path:
    """The study folder named by ``folder`` (the folder, or its GeoPackage)."""
    path = Path(folder)
    return path.parent if path.suffix.lower() == ".gpkg" else path


# ----------------------------------------------------------------------------------------------
# Take offline


def take_offline(study: Study, folder, who: str = "", feedback=None) -> dict:
    """Write the study folder ``folder`` (new or empty) from ``study``; returns the number of rows of
    each workshop table copied. The study's workshop tables are created or given their tracking
    fields first (``contributions.ensure_tables``)."""
    if not study.is_study():
        raise InputError(tr("{study} is not a study (no layer 'communes'): nothing to take offline.").format(
            study=study))
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise InputError(tr("The folder {folder} is not empty: choose a new or empty folder for the offline "
                            "copy.").format(folder=folder))
    contributions.ensure_tables(study, who)
    study_id = ensure_study_id(study)
    created = not folder.exists()
    paths = study_folder.StudyFolder(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with study.snapshot(feedback):  # every table copied from one version of the study
            counts = _write_copy(study, paths, study_id, feedback)
    except BaseException:
        for path in (paths.qgz, paths.gpkg):
            path.unlink(missing_ok=True)
        if created:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return counts


def ensure_study_id(study: Study) -> str:
    """The study's id (setting etude_uuid), given to it the first time."""
    settings = study.settings()
    if settings.get(STUDY_ID_KEY):
        return settings[STUDY_ID_KEY]
    study_id = tracking.new_uuid()
    study.write({SETTINGS: study.with_settings({STUDY_ID_KEY: study_id})})
    return study_id


def _write_copy(study: Study, paths, study_id: str, feedback) -> dict:
    copy = Study.open(paths.gpkg)
    names = [name for name in study.layer_names() if name not in NOT_COPIED and name != SETTINGS]
    tables, base, counts = {}, {}, {}
    for index, name in enumerate(names):
        check_canceled(feedback)
        if feedback is not None:
            feedback.setProgress(80 * index / max(1, len(names)))
        table = study.read_table(name)
        if name in contributions.WORKSHOP_TABLES:
            table = contributions.workshop_table(name, table.frame, table.geometries)
            base[name] = _reference(table)
            counts[name] = len(table.frame)
        tables[name] = table
    settings = study.read(SETTINGS)
    settings = settings[~settings["cle"].isin(COPY_KEYS)]
    tables[SETTINGS] = copy.with_settings({
        STUDY_ID_KEY: study_id, SOURCE_KEY: _location_of(study), COPIED_KEY: tracking.utc_now(),
        COPY_ID_KEY: tracking.new_uuid(), BASE_KEY: json.dumps(base, sort_keys=True)}, settings)
    copy.write(tables, feedback)
    check_canceled(feedback)
    for name in names:
        if name in contributions.WORKSHOP_TABLES:
            contributions.save_form(copy, name)
        elif study.has_default_style(name):
            _copy_style(study, copy, name)
    if feedback is not None:
        feedback.setProgress(90)
    title = study_folder.territory_title(study.territory())
    project = QgsProject()
    study_folder.save_study(project, paths.folder, title=tr("{title} (offline copy)").format(title=title))
    project.clear()
    return counts


def _copy_style(study: Study, copy: Study, name: str):
    """The default style of the layer ``name`` of ``study``, saved as the copy's."""
    source = layers.open_layer(study, name)
    document = QDomDocument()
    source.exportNamedStyle(document)
    target = layers.open_layer(copy, name)
    target.importNamedStyle(document)
    copy.save_style(target, name)


def _reference(table) -> dict:
    """{uuid: [modifie_le, fingerprint]} of a workshop Table's rows."""
    geometries = table.geometries or [None] * len(table.frame)
    return {row[tracking.UUID]: [row[tracking.MODIFIED], tracking.fingerprint(row, geometry)]
            for row, geometry in zip(table.frame.to_dict("records"), geometries)}


# ----------------------------------------------------------------------------------------------
# Bring back


@dataclass
class _Side:
    """One side's rows of a workshop table, by uuid: (fields, geometry) in their order."""
    rows: dict
    columns: list

    @classmethod
    def read(cls, study: Study, name: str, who: str, now: str, new_id=None):
        if not study.has(name):
            return cls({}, [])
        table = study.read_table(name, fid=new_id is not None)
        frame = table.frame
        fids = list(frame["fid"]) if "fid" in frame.columns else []
        frame = frame.drop(columns=["fid"], errors="ignore")
        identify = (lambda position: new_id(name, fids[position])) if new_id is not None else None
        frame = tracking.stamp(frame, who, now, identify)
        geometries = table.geometries or [None] * len(frame)
        rows = {row[tracking.UUID]: (row, geometry) for row, geometry in zip(frame.to_dict("records"), geometries)}
        return cls(rows, list(frame.columns))

    def fingerprint(self, key) -> str:
        row, geometry = self.rows[key]
        return tracking.fingerprint(row, geometry)

    def changed_since(self, key, reference) -> bool:
        row, _geometry = self.rows[key]
        return row[tracking.MODIFIED] != reference[0] or self.fingerprint(key) != reference[1]

    def signature(self) -> list:
        return sorted((key, row[tracking.MODIFIED], self.fingerprint(key)) for key, (row, _g) in self.rows.items())


def read_copy(folder) -> tuple:
    """(copy Study, its settings) of the offline copy in ``folder``; InputError when it is not one."""
    paths = study_folder.StudyFolder(copy_folder_of(folder))
    if not paths.gpkg.exists():
        raise InputError(tr("{folder} holds no {name}: choose the folder written by \"Take offline\" "
                            "(hors-ligne). Nothing was brought back.").format(folder=paths.folder,
                                                                            name=study_folder.GPKG_NAME))
    copy = Study.open(paths.gpkg)
    settings = copy.settings() if copy.is_study() else {}
    if not settings.get(BASE_KEY) or not settings.get(COPY_ID_KEY):
        raise InputError(tr("{folder} is not an offline copy (it was not written by \"Take offline\" / "
                            "hors-ligne): nothing was brought back.").format(folder=paths.folder))
    return copy, settings


def check_copy_of(copy: Study, settings: dict, study: Study):
    """InputError unless ``copy`` was taken from ``study``."""
    if not study.is_study():
        raise InputError(tr("{study} is not a study (no layer 'communes'): nothing was brought back.").format(
            study=study))
    if _location_of(study) == _location_of(copy):
        raise InputError(tr("{study} is the offline copy itself: bring it back into the study it was taken "
                            "from ({source}).").format(study=study, source=settings.get(SOURCE_KEY)))
    if study.settings().get(STUDY_ID_KEY) != settings.get(STUDY_ID_KEY):
        raise InputError(tr("This folder is an offline copy of another study ({source}, copied on {date}), not "
                            "of {study}: nothing was brought back. Bring it back into the study it was taken "
                            "from.").format(source=settings.get(SOURCE_KEY), date=settings.get(COPIED_KEY),
                                            study=study))


def bring_back(folder, study: Study, who: str = "", feedback=None) -> BringBackReport:
    """Merge the workshop rows of the offline copy in ``folder`` into ``study`` (see the module
    docstring); all or nothing. Returns what was done."""
    started = time.monotonic()
    copy, settings = read_copy(folder)
    check_copy_of(copy, settings, study)
    who = tracking.author(who)
    now = tracking.utc_now()
    base = json.loads(settings[BASE_KEY])
    copy_id = settings[COPY_ID_KEY]
    origin = tr("{folder} (copied on {date})").format(folder=_location_of(copy), date=settings.get(COPIED_KEY))

    def copy_uuid(name, fid):
        return tracking.derived_uuid(copy_id, f"{name}:{fid}")

    names = [name for name in contributions.WORKSHOP_TABLES if copy.has(name) or study.has(name)]
    copy_sides = {name: _Side.read(copy, name, who, now, copy_uuid) for name in names}
    for _attempt in range(3):
        check_canceled(feedback)
        study_sides = {name: _Side.read(study, name, who, now) for name in names}
        plan = _plan(names, copy_sides, study_sides, base, conflicts.read(study), who, now, origin)
        if all(_Side.read(study, name, who, now).signature() == study_sides[name].signature() for name in names):
            break  # nobody edited the study meanwhile
    else:
        raise InputError(tr("The workshop tables of {study} keep changing while they are merged: nothing was "
                            "brought back. Try again in a moment.").format(study=study))
    report, tables = plan
    if report.changes():
        tables[IMPORTS] = study.append_import(import_row("retour", [origin], report.as_dict(), started))
        contributions.write_workshop(study, tables, feedback)
        for name in tables:
            if name in contributions.WORKSHOP_TABLES and not study.has_default_style(name):
                contributions.save_form(study, name)
    _record_delivery(copy, settings, names, copy_sides, now)
    return report


def _plan(names, copy_sides, study_sides, base, known_conflicts, who, now, origin) -> tuple:
    """(BringBackReport, {name: Table}) of the merge: the workshop tables to write and the conflicts."""
    report = BringBackReport()
    tables = {}
    recorded = {(row["nom_table"], row["uuid"], row["empreinte_etude"] or "", row["empreinte_copie"] or "")
                for _i, row in known_conflicts[known_conflicts["statut"] == conflicts.OPEN].iterrows()}
    new_conflicts = []

    def conflict(name, key, study_side, copy_side, counts):
        """Record the conflict on the row ``key`` (unless already recorded with the same two versions)."""
        study_row = study_side.rows.get(key)
        copy_row = copy_side.rows.get(key)
        prints = (study_side.fingerprint(key) if study_row else "", copy_side.fingerprint(key) if copy_row else "")
        if (name, key) + prints in recorded:
            return
        recorded.add((name, key) + prints)
        new_conflicts.append({
            "id_conflit": tracking.new_uuid(), "nom_table": name, "uuid": key,
            "version_etude": conflicts.version(*study_row) if study_row else None,
            "version_copie": conflicts.version(*copy_row) if copy_row else None,
            "auteur_etude": study_row[0][tracking.AUTHOR] if study_row else None,
            "auteur_copie": copy_row[0][tracking.AUTHOR] if copy_row else None,
            "modifie_le_etude": study_row[0][tracking.MODIFIED] if study_row else None,
            "modifie_le_copie": copy_row[0][tracking.MODIFIED] if copy_row else None,
            "empreinte_etude": prints[0], "empreinte_copie": prints[1], "copie": origin, "detecte_le": now,
            "statut": conflicts.OPEN, "choix": None, "resolu_par": None, "resolu_le": None})
        counts["conflits"] += 1

    for name in names:
        copy_side, study_side, reference = copy_sides[name], study_sides[name], base.get(name, {})
        rows = dict(study_side.rows)  # the study's rows, in their order; edited below
        counts = {"insertions": 0, "mises_a_jour": 0, "suppressions": 0, "conflits": 0}
        written = False

        for key, (copy_row, geometry) in copy_side.rows.items():
            in_study = key in study_side.rows
            if key not in reference:  # new in the copy (or brought back before)
                if not in_study:
                    rows[key] = (copy_row, geometry)
                    counts["insertions"] += 1
                    written = True
                elif study_side.fingerprint(key) != copy_side.fingerprint(key):
                    conflict(name, key, study_side, copy_side, counts)
                else:
                    report.unchanged += 1
                continue
            copy_changed = copy_side.changed_since(key, reference[key])
            if not in_study:  # deleted in the study since the copy
                if copy_changed:
                    conflict(name, key, study_side, copy_side, counts)
                continue
            study_changed = study_side.changed_since(key, reference[key])
            if not copy_changed:
                if study_changed:
                    report.kept += 1
                else:
                    report.unchanged += 1
            elif not study_changed:
                rows[key] = ({**study_side.rows[key][0], **copy_row}, geometry)
                counts["mises_a_jour"] += 1
                written = True
            elif study_side.fingerprint(key) == copy_side.fingerprint(key):
                report.unchanged += 1  # the same edit on both sides
            else:
                conflict(name, key, study_side, copy_side, counts)
        for key in reference:
            if key in copy_side.rows or key not in study_side.rows:
                continue
            if study_side.changed_since(key, reference[key]):  # deleted in the copy, edited in the study
                conflict(name, key, study_side, copy_side, counts)
            else:
                del rows[key]
                counts["suppressions"] += 1
                written = True
        report.kept += sum(1 for key in study_side.rows if key not in reference and key not in copy_side.rows)
        report.inserted += counts["insertions"]
        report.updated += counts["mises_a_jour"]
        report.deleted += counts["suppressions"]
        report.conflicts += counts["conflits"]
        report.per_table[name] = counts
        if written:
            frame = pd.DataFrame([row for row, _g in rows.values()], columns=_columns(study_side, copy_side),
                                 dtype=object)
            tables[name] = contributions.workshop_table(name, frame, [g for _r, g in rows.values()])
    if new_conflicts:
        tables[conflicts.TABLE] = conflicts.table(pd.concat([known_conflicts, pd.DataFrame(new_conflicts)],
                                                            ignore_index=True))
    return report, tables


def _columns(*sides) -> list:
    columns = []
    for side in sides:
        columns += [column for column in side.columns if column not in columns]
    return columns or None


def _record_delivery(copy: Study, settings: dict, names, copy_sides, now: str):
    """After the study took the copy's rows: the copy's rows (with the uuids, authors and times given to
    those that had none) become its new reference, so that bringing it back again changes nothing."""
    tables = {}
    base = {}
    for name in names:
        side = copy_sides[name]
        if not side.rows and not copy.has(name):
            continue
        frame = pd.DataFrame([row for row, _g in side.rows.values()], columns=side.columns or None, dtype=object)
        table = contributions.workshop_table(name, frame, [g for _r, g in side.rows.values()])
        base[name] = _reference(table)
        before = copy.read(name)
        if list(before.get(tracking.UUID, [])) != list(table.frame[tracking.UUID]) or \
                list(before.get(tracking.MODIFIED, [])) != list(table.frame[tracking.MODIFIED]):
            tables[name] = table
    if json.loads(settings[BASE_KEY]) == base and not tables:
        return
    tables[SETTINGS] = copy.with_settings({BASE_KEY: json.dumps(base, sort_keys=True), RETURNED_KEY: now})
    try:
        copy.write(tables)
    except Exception as error:
        raise InputError(tr("The study took the copy's rows, but the copy could not record it ({error}). Bringing "
                            "it back again is safe: rows already brought back are recognised.")
                         .format(error=error)) from error
