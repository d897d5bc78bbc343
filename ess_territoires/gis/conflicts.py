"""Conflicts: a workshop row edited both in an offline copy and in its study since the copy.

Bringing a copy back (gis.offline) never chooses between two edits of the same row: it keeps the
study's row as it is and records both versions in the study's table ``conflits``, one row per
conflict:
- ``id_conflit`` (uuid of the conflict), ``nom_table`` and ``uuid`` (the workshop row's);
- ``version_etude`` and ``version_copie``: each side's row as JSON (fields and ``_geometrie`` as
  WKT), or empty when that side deleted it;
- ``auteur_etude``, ``auteur_copie``, ``modifie_le_etude``, ``modifie_le_copie``; ``empreinte_etude``
  and ``empreinte_copie`` (gis.tracking.fingerprint: a conflict already recorded is not added again);
- ``copie`` (where the copy came from and when), ``detecte_le``;
- ``statut`` (``ouvert`` or ``resolu``), ``choix`` (``etude`` or ``copie``), ``resolu_par``, ``resolu_le``.
``resolve`` applies the chosen version to the study and marks the conflict resolved, in one write.
"""
import json

import pandas as pd
from osgeo import ogr

from ..core.errors import InputError
from ..core.i18n import tr
from . import contributions, tracking
from .gpkg import Table
from .ogr_geometry import lambert93

TABLE = "conflits"
OPEN, RESOLVED = "ouvert", "resolu"
STUDY, COPY = "etude", "copie"
COLUMNS = ["id_conflit", "nom_table", "uuid", "version_etude", "version_copie", "auteur_etude", "auteur_copie",
           "modifie_le_etude", "modifie_le_copie", "empreinte_etude", "empreinte_copie", "copie", "detecte_le",
           "statut", "choix", "resolu_par", "resolu_le"]
GEOMETRY_KEY = "_geometrie"


def version(row: dict, geometry=None) -> str:
    """A row (and its geometry) as the JSON of a conflict."""
    values = {key: tracking.plain(value) for key, value in row.items() if key != "fid"}
    if geometry is not None and not geometry.IsEmpty():
        values[GEOMETRY_KEY] = geometry.ExportToWkt()
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def row_of(text: str) -> tuple:
    """(fields, OGR geometry or None) of a conflict's version."""
    values = json.loads(text)
    wkt = values.pop(GEOMETRY_KEY, None)
    geometry = None
    if wkt:
        geometry = ogr.CreateGeometryFromWkt(wkt)
        geometry.AssignSpatialReference(lambert93())
    return values, geometry


def read(study) -> pd.DataFrame:
    """All the conflicts of ``study`` (none when it has no table ``conflits``)."""
    if not study.has(TABLE):
        return pd.DataFrame(columns=COLUMNS)
    frame = study.read(TABLE)
    for column in COLUMNS:
        if column not in frame.columns:
            frame[column] = None
    return frame


def open_conflicts(study) -> pd.DataFrame:
    """The conflicts still to resolve, oldest first."""
    frame = read(study)
    return frame[frame["statut"] == OPEN].sort_values("detecte_le", kind="stable").reset_index(drop=True)


def table(frame: pd.DataFrame) -> Table:
    frame = frame.reindex(columns=COLUMNS + [c for c in frame.columns if c not in COLUMNS]).reset_index(drop=True)
    frame = frame.astype(object).where(frame.notna(), None)
    return Table(frame, description=tr("Workshop rows edited both in an offline copy and in the study"),
                 field_types={column: (ogr.OFTString, ogr.OFSTNone) for column in COLUMNS})


def differences(conflict) -> list:
    """(field, study's value, copy's value) of the fields the two versions disagree on."""
    study_values = json.loads(conflict["version_etude"]) if conflict["version_etude"] else {}
    copy_values = json.loads(conflict["version_copie"]) if conflict["version_copie"] else {}
    ignored = {"fid", tracking.MODIFIED}
    keys = sorted(set(study_values) | set(copy_values))
    return [(key, study_values.get(key), copy_values.get(key)) for key in keys
            if key not in ignored and study_values.get(key) != copy_values.get(key)]


def resolve(study, conflict_id: str, choice: str, who: str = "") -> dict:
    """Apply the version ``choice`` (``etude`` or ``copie``) of the conflict ``conflict_id`` to the study
    and mark it resolved, all or nothing. The study's version keeps the row as the study holds it;
    the copy's replaces it (or deletes it, when the copy had deleted it). Returns the conflict."""
    if choice not in (STUDY, COPY):
        raise InputError(tr("Choose the study's version or the copy's ({study} or {copy}), not '{choice}'.")
                         .format(study=STUDY, copy=COPY, choice=choice))
    conflicts = read(study)
    found = conflicts.index[conflicts["id_conflit"] == conflict_id]
    if len(found) == 0:
        raise InputError(tr("The study {study} has no conflict {id}.").format(study=study, id=conflict_id))
    position = found[0]
    conflict = conflicts.loc[position]
    if conflict["statut"] != OPEN:
        raise InputError(tr("This conflict was already resolved ({choice}, by {who} on {date}).").format(
            choice=conflict["choix"], who=conflict["resolu_par"], date=conflict["resolu_le"]))
    who = tracking.author(who)
    now = tracking.utc_now()
    tables = {}
    if choice == COPY:
        tables[conflict["nom_table"]] = _apply_copy(study, conflict, now)
    conflicts.loc[position, ["statut", "choix", "resolu_par", "resolu_le"]] = [RESOLVED, choice, who, now]
    tables[TABLE] = table(conflicts)
    contributions.write_workshop(study, tables)
    return conflicts.loc[position].to_dict()


def _apply_copy(study, conflict, now: str) -> Table:
    """The workshop table with the copy's version of the conflict's row in place of the study's."""
    name, key = conflict["nom_table"], conflict["uuid"]
    if study.has(name):
        current = study.read_table(name)
        frame, geometries = current.frame, list(current.geometries or [None] * len(current.frame))
    else:
        frame, geometries = pd.DataFrame(), []
    keep = [i for i, value in enumerate(frame.get(tracking.UUID, pd.Series(dtype=object))) if value != key]
    position = next((i for i in range(len(frame)) if i not in keep), None)
    rows = [frame.iloc[i].to_dict() for i in keep]
    shapes = [geometries[i] for i in keep]
    if conflict["version_copie"]:
        values, geometry = row_of(conflict["version_copie"])
        values[tracking.MODIFIED] = now
        at = position if position is not None else len(rows)
        rows.insert(at, values)
        shapes.insert(at, geometry)
    return contributions.workshop_table(name, pd.DataFrame(rows, dtype=object) if rows else frame.iloc[0:0], shapes)
