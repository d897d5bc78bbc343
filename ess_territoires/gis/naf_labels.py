"""A user's NAF 2025 labels (INSEE's list of NAF 2025 sub-classes) for the imports.

The plugin ships the NAF 2025 labels it could establish (resources/naf2025_libelles.csv). INSEE's
current list can replace them, given in either place:
- the plugin's settings: key ``ess_territoires/libelles_naf2025``, the path of the list (the
  panel's "NAF 2025 labels" field; every import of every study then uses it);
- the study: table ``libelles_naf2025`` (columns ``code``, ``libelle``), written by an import run
  with a list (option ``--libelles-naf``, parameter LIBELLES_NAF, or the setting above), so that
  the study keeps its labels offline and on another computer. A user may also add that table to
  the GeoPackage by hand (e.g. drag the CSV into it in QGIS's Browser).
An import uses, in this order: the list it is given, the list of the settings, the study's table.
This module imports nothing heavy at load: the panel's settings read its key at QGIS start-up.
"""
KEY_NAF2025_LABELS = "ess_territoires/libelles_naf2025"
TABLE = "libelles_naf2025"


def settings_path(settings=None) -> str:
    """The list the plugin's settings name ("" when none)."""
    if settings is None:
        from qgis.core import QgsSettings

        settings = QgsSettings()
    value = settings.value(KEY_NAF2025_LABELS, "")
    return "" if value is None else str(value).strip()


def for_import(study, given=None, study_exists=True, settings=None):
    """(labels, table): the NAF 2025 labels an import of ``study`` (a gis.study.Study) uses (code -> label, or
    None for the shipped ones) and the ``libelles_naf2025`` table to write into the study (None
    when the study's table is kept as it is). Raises InputError for a list that cannot be read."""
    import pandas as pd

    from ..core.i18n import tr
    from ..core.labels import read_naf2025_list
    from .gpkg import Table

    path = str(given or "").strip() or settings_path(settings)
    if path:
        from pathlib import Path

        labels = read_naf2025_list(path)
        frame = pd.DataFrame(sorted(labels.items()), columns=["code", "libelle"]).assign(source=Path(path).name)
        return labels, Table(frame, description=tr("NAF 2025 labels given by the user (INSEE's list)"))
    if study_exists and study.has(TABLE):
        frame = study.read(TABLE)
        if {"code", "libelle"} <= set(frame.columns):
            return study_labels(frame), None
    return None, None


def study_labels(frame) -> dict:
    from ..core.naf import normalize_code

    labels = {}
    for code, label in zip(frame["code"].astype(str), frame["libelle"].fillna("").astype(str)):
        code, label = normalize_code(code), " ".join(label.split())
        if code and label and code not in labels:
            labels[code] = label
    return labels
