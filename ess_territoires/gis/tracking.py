"""Who wrote a workshop row and when: the fields ``uuid``, ``auteur`` and ``modifie_le``.

Every row of the workshop tables (gis.contributions) carries:
- ``uuid``: its identity, given when the row is created and never changed (a row keeps it in an
  offline copy and back, whatever its fid becomes);
- ``auteur``: who created it, then who last edited it: the author set in the panel (the QGIS global variable
  ``ess_territoires_auteur``) or on the command line (``--auteur``), else QGIS's user full name, else
  the login;
- ``modifie_le``: when it was last edited, ISO 8601 in UTC (``2026-03-12T09:30:00Z``).
In QGIS the layer's default values fill them (``uuid``; the author and ``modifie_le`` again on each
edit); every writer of ours fills what is missing (``stamp``). ``fingerprint`` tells whether a row's
content changed, the same way for a row read from a GeoPackage or from PostGIS.
"""
import datetime
import hashlib
import json
import math
import re
import uuid as uuid_module

import pandas as pd
from qgis.core import QgsDefaultValue, QgsEditorWidgetSetup, QgsFieldConstraints

# who writes the rows (gis.author), part of this module's API too
from .author import AUTHOR_VARIABLE, author, panel_author, set_panel_author  # noqa: F401

UUID = "uuid"
AUTHOR = "auteur"
MODIFIED = "modifie_le"
TRACKING_FIELDS = [UUID, AUTHOR, MODIFIED]

# QGIS default values of the layers. now() is the local time: its UTC wall clock is the local
# clock of the instant now minus the UTC offset (the local clock read as UTC, minus now).
UUID_DEFAULT = "uuid('WithoutBraces')"
AUTHOR_DEFAULT = f"coalesce(@{AUTHOR_VARIABLE}, @user_full_name, @user_account_name)"
MODIFIED_DEFAULT = ("format_date(datetime_from_epoch(2 * epoch(now()) - epoch(to_datetime("
                    "format_date(now(), 'yyyy-MM-ddTHH:mm:ss.zzz') || 'Z'))), 'yyyy-MM-ddTHH:mm:ss') || 'Z'")
# The same, in PostgreSQL (defaults of the columns, for rows added by other tools than QGIS)
SQL_DEFAULTS = {UUID: "gen_random_uuid()::text",
                MODIFIED: "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"}

_DATETIME = re.compile(r"^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:?\d\d)?$")


def utc_now() -> str:
    """Now, as ``modifie_le`` holds it."""
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def derived_uuid(namespace: str, name: str) -> str:
    """The same uuid each time for the same ``namespace`` (a uuid) and ``name``."""
    return str(uuid_module.uuid5(uuid_module.UUID(namespace), name))


def _missing(series: pd.Series) -> pd.Series:
    return series.isna() | series.astype(str).str.strip().eq("")


def stamp(frame: pd.DataFrame, who: str, now=None, new_id=None) -> pd.DataFrame:
    """``frame`` with the tracking fields added when absent and filled where empty: a uuid
    (``new_id(position)`` may give one), ``who`` and ``now``. Duplicated uuids (rows copied and
    pasted) keep the first one; the others get a new uuid."""
    frame = frame.copy()
    now = now or utc_now()
    for column in TRACKING_FIELDS:
        if column not in frame.columns:
            frame[column] = None
        frame[column] = frame[column].astype(object)
    missing = _missing(frame[UUID]) | frame[UUID].duplicated(keep="first")
    for position in [i for i, flag in enumerate(missing) if flag]:
        frame.iloc[position, frame.columns.get_loc(UUID)] = new_id(position) if new_id else new_uuid()
    frame.loc[_missing(frame[AUTHOR]), AUTHOR] = who
    frame.loc[_missing(frame[MODIFIED]), MODIFIED] = now
    return frame


def configure_layer(layer):
    """The tracking fields of a workshop layer in QGIS: default values (``auteur`` and ``modifie_le``
    again on each edit), uuid unique, uuid and modifie_le read-only in the form."""
    fields = layer.fields()
    for name, expression, on_update in ((UUID, UUID_DEFAULT, False), (AUTHOR, AUTHOR_DEFAULT, True),
                                        (MODIFIED, MODIFIED_DEFAULT, True)):
        index = fields.indexOf(name)
        if index < 0:
            continue
        layer.setDefaultValueDefinition(index, QgsDefaultValue(expression, on_update))
        if name != AUTHOR:
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("TextEdit", {"IsMultiline": False}))
            form = layer.editFormConfig()
            form.setReadOnly(index, True)
            layer.setEditFormConfig(form)
    index = fields.indexOf(UUID)
    if index >= 0:  # a pasted feature gets a new uuid instead of its model's
        layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintUnique,
                                 QgsFieldConstraints.ConstraintStrength.ConstraintStrengthSoft)


# ----------------------------------------------------------------------------------------------
# Content of a row, the same from either home


def plain(value, dates: bool = True):
    """A value as JSON holds it and as both homes compare it: None for empty, numbers as int when
    whole, dates and times (text too, with ``dates``) as ``YYYY-MM-DDTHH:MM:SS``."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()  # numpy scalar
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return int(value) if value.is_integer() else round(value, 9)
    if isinstance(value, (datetime.datetime, pd.Timestamp)):
        return value.strftime("%Y-%m-%dT%H:%M:%S")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, str):
        if not value.strip():
            return None
        match = _DATETIME.match(value) if dates else None
        if match:
            return f"{match.group(1)}T{match.group(2)}"
        return value
    return value


def geometry_text(geometry) -> str:
    """A geometry as compared between homes (GeoJSON, millimetre precision); None for none."""
    if geometry is None or geometry.IsEmpty():
        return None
    return geometry.ExportToJson(["COORDINATE_PRECISION=3"])


def content(row: dict, geometry=None) -> dict:
    """What a row says (its fields but the fid and the tracking ones, empty ones left out)."""
    values = {key: plain(value) for key, value in row.items() if key not in TRACKING_FIELDS and key != "fid"}
    values = {key: value for key, value in values.items() if value is not None}
    shape = geometry_text(geometry)
    if shape is not None:
        values["_geometrie"] = shape
    return values


def fingerprint(row: dict, geometry=None) -> str:
    """A short digest of ``content``: equal for the same content in a GeoPackage and in PostGIS."""
    text = json.dumps(content(row, geometry), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
