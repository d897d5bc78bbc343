"""The actors' own lists (network members, ESUS accreditations, ESS France's list…).

A list is a CSV file (separator , ; tab or |; UTF-8 with or without BOM, UTF-16 with BOM,
or Windows-1252/latin-1) or a spreadsheet (XLSX, ODS, read through GDAL/OGR) holding a SIRET
or SIREN column, found by its name (case and accents ignored: "SIRET", "N° Siret", "numéro
SIREN"…), plus any other columns, all kept as text.

``read_partner_list`` returns one row per line of the file with every column of the file
(renamed only when a name collides with ours) and:
    ligne (int, the row number as a spreadsheet shows it: the header is row 1; blank rows and
        Excel's "sep=;" line are not counted),
    type_identifiant ("siret", "siren" or ""), siret, siren (normalised, "" when absent),
    identifiant_source (the cell as written), motif_rejet ("" when the identifier is valid).
``match_partners`` matches those rows to the study's establishments and returns
(matched, to_lookup, rejets); see its docstring for the steps that follow.
"""
import csv
import io
import re
import unicodedata
from pathlib import Path

import pandas as pd

from .errors import InputError
from .i18n import tr
from .identifiers import identifier_valid, luhn_valid  # noqa: F401 (luhn_valid: part of this module's API)
from .sirene import REJET_FIELDS

RESERVED = ("ligne", "type_identifiant", "siret", "siren", "identifiant_source", "motif_rejet")
SEPARATORS = [",", ";", "\t", "|"]
SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".ods"}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv", ""}


# ----------------------------------------------------------------------------- reading

def read_partner_list(path, sheet=None) -> pd.DataFrame:
    """Every row of a partner list, with the identifier normalised (see the module docstring).
    Raises InputError when the file cannot be read or has no SIRET/SIREN column."""
    path = Path(path)
    if not path.is_file():
        raise InputError(tr("The partner list {path} does not exist. Check the path.").format(path=path))
    suffix = path.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        header, rows, numeric = read_spreadsheet(path, sheet)
    elif suffix in TEXT_SUFFIXES:
        header, rows = read_csv_table(path)
        numeric = set()
    else:
        raise InputError(tr("{name}: unsupported file type. Save the list as CSV or XLSX.").format(name=path.name))
    return _prepare(path.name, header, rows, numeric)


def read_csv_table(path):
    """(header, rows) of a delimited text file: encoding and separator are detected."""
    text = decode(Path(path).read_bytes(), Path(path).name)
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise InputError(tr("{name} is empty. Choose the file that holds the list.").format(name=Path(path).name))
    if re.fullmatch(r"sep=.", lines[0].strip()):  # Excel's hint line: "sep=;"
        separator = lines[0].strip()[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
    else:
        separator = detect_separator(lines[:50])
    table = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=separator)
             if any(cell.strip() for cell in row)]
    if not table:
        raise InputError(tr("{name} is empty. Choose the file that holds the list.").format(name=Path(path).name))
    return table[0], table[1:]


def decode(data: bytes, name: str = "") -> str:
    """Text of a file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252, else latin-1.
    UTF-8 is tried strictly first, so a latin-1 file is never read as garbled UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(tr("{name}: unknown text encoding. Save it as CSV UTF-8.").format(name=name))


def detect_separator(lines) -> str:
    """The separator that splits the header into the most columns and gives the same count on
    most lines; a one-column file (a plain list of SIRETs) gets ","."""
    best, best_score = ",", (0.0, 1)
    for separator in SEPARATORS:
        rows = list(csv.reader(lines, delimiter=separator))
        width = len(rows[0])
        if width < 2:
            continue
        consistent = sum(len(r) == width for r in rows) / len(rows)
        if (consistent, width) > best_score:
            best, best_score = separator, (consistent, width)
    return best


def read_spreadsheet(path, sheet=None):
    """(header, rows, numeric_columns) of a sheet of an XLSX/ODS file, read through GDAL/OGR.
    The first row is the header; numeric cells are written without decimals when whole."""
    from osgeo import gdal, ogr  # lazily: GDAL ships with QGIS, but core/ must import fast

    path = Path(path)
    options = {"OGR_XLSX_HEADERS": "FORCE", "OGR_ODS_HEADERS": "FORCE",
               "OGR_XLSX_FIELD_TYPES": "AUTO", "OGR_ODS_FIELD_TYPES": "AUTO"}
    previous = {key: gdal.GetConfigOption(key) for key in options}
    for key, value in options.items():
        gdal.SetConfigOption(key, value)
    try:
        try:
            dataset = ogr.Open(str(path))
        except RuntimeError:  # when some other code switched GDAL to exceptions
            dataset = None
        if dataset is None:
            raise InputError(tr("{name} cannot be read as a spreadsheet. Open it and save it again as XLSX, "
                                "or as CSV.").format(name=path.name))
        layers = [dataset.GetLayer(i) for i in range(dataset.GetLayerCount())]
        if sheet is not None:
            layers = [layer for layer in layers if layer.GetName() == sheet]
            if not layers:
                raise InputError(tr("{name} has no sheet named {sheet}.").format(name=path.name, sheet=sheet))
        chosen = None
        for layer in layers:
            defn = layer.GetLayerDefn()
            names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
            if chosen is None or any(find_id_columns(names)):
                chosen = (layer, names)
            if any(find_id_columns(names)):
                break
        if chosen is None:
            raise InputError(tr("{name} has no sheet with data.").format(name=path.name))
        layer, header = chosen
        defn = layer.GetLayerDefn()
        numeric_types = (ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal)
        numeric = {header[i] for i in range(len(header)) if defn.GetFieldDefn(i).GetType() in numeric_types}
        rows = []
        layer.ResetReading()
        for feature in layer:
            rows.append([_cell(feature, i, defn.GetFieldDefn(i).GetType(), ogr) for i in range(len(header))])
        return header, rows, numeric
    finally:
        for key, value in previous.items():
            gdal.SetConfigOption(key, value)


def _cell(feature, index, field_type, ogr) -> str:
    if not feature.IsFieldSetAndNotNull(index):
        return ""
    if field_type == ogr.OFTReal:
        value = feature.GetFieldAsDouble(index)
        return str(int(value)) if value.is_integer() else repr(value)
    if field_type in (ogr.OFTInteger, ogr.OFTInteger64):
        return str(feature.GetFieldAsInteger64(index))
    return feature.GetFieldAsString(index)


# ----------------------------------------------------------------------------- identifiers

def name_key(name) -> str:
    """Column name without accents, case, spaces or punctuation: "N° SIRET" -> "nsiret"."""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]", "", text)


def find_id_columns(header):
    """(SIRET column, SIREN column) of a header, each None when absent."""
    return _best(header, "siret"), _best(header, "siren")


def _best(header, word):
    candidates = [name for name in header if word in name_key(name)]
    for rank in (lambda k: k == word, lambda k: k.startswith(word) or k.endswith(word), lambda k: True):
        for name in candidates:
            if rank(name_key(name)):
                return name
    return None


def normalize_identifier(raw, numeric: bool = False):
    """(kind, value, reason) for a SIRET or SIREN cell: kind "siret"/"siren" with the 14/9 digits
    and reason "", or kind "" with a reason saying what is wrong and what to do.

    Spaces, dots and dashes are removed; leading zeros are kept. A number that lost its leading
    zero is repaired only when the cell was numeric in a spreadsheet (the loss is then certain)."""
    text = str(raw if raw is not None else "").strip()
    if not text:
        return "", "", tr("No SIRET or SIREN on this line.")
    if re.fullmatch(r"\d+(?:[.,]\d+)?[eE][+-]?\d+", text):
        return "", "", tr("{value}: the number was written in scientific notation by a spreadsheet and lost "
                          "digits. Format the column as text and export the list again.").format(value=text)
    digits = re.sub(r"[\s.\-\u00a0\u202f]", "", text)
    if not digits.isdigit():
        return "", "", tr("{value} is not a SIRET (14 digits) or a SIREN (9 digits).").format(value=text)
    if numeric and len(digits) in (8, 13):
        digits = "0" + digits
    if len(digits) not in (9, 14):
        if len(digits) in (8, 13):
            return "", "", tr("{value} has {n} digits: a leading zero was probably lost in a spreadsheet. "
                              "Format the column as text and export the list again.").format(
                                  value=text, n=len(digits))
        return "", "", tr("{value} has {n} digits: a SIRET has 14, a SIREN 9.").format(value=text, n=len(digits))
    kind = "siret" if len(digits) == 14 else "siren"
    if not identifier_valid(digits):
        return "", "", tr("{value}: wrong check digit, this {kind} does not exist. Check it for a typing "
                          "error.").format(value=text, kind=kind.upper())
    return kind, digits, ""


def _prepare(file_name, header, rows, numeric) -> pd.DataFrame:
    header = [str(h).strip() for h in header]
    siret_col, siren_col = find_id_columns(header)
    if siret_col is None and siren_col is None:
        raise InputError(tr("{name} has no SIRET or SIREN column (columns: {columns}). Name the column that "
                            "holds the numbers SIRET or SIREN.").format(name=file_name, columns=", ".join(header)))
    names = _output_names(header)
    records = []
    for number, row in enumerate(rows, start=2):
        values = [str(v) for v in row]
        record = dict(zip(names, values + [""] * (len(header) - len(values))))
        by_name = dict(zip(header, values + [""] * (len(header) - len(values))))
        source_col = siret_col if siret_col and by_name.get(siret_col, "").strip() else (siren_col or siret_col)
        raw = by_name.get(source_col, "")
        kind, value, reason = normalize_identifier(raw, numeric=source_col in numeric)
        if len(values) > len(header) and any(v.strip() for v in values[len(header):]):
            kind, value, reason = "", "", tr("This line has {n} fields but the header has {m}: check the "
                                             "separators and quotes.").format(n=len(values), m=len(header))
        record.update({
            "ligne": number, "type_identifiant": kind,
            "siret": value if kind == "siret" else "",
            "siren": value[:9] if kind else "",
            "identifiant_source": raw.strip(), "motif_rejet": reason,
        })
        records.append(record)
    frame = pd.DataFrame(records, columns=names + list(RESERVED))
    frame.attrs["fichier"] = file_name
    return frame


def _output_names(header):
    """File column names, unique (case-insensitively, as in a GeoPackage) and never one of ours."""
    used = {n.lower() for n in RESERVED}
    names = []
    for index, name in enumerate(header):
        base = name or f"colonne_{index + 1}"
        if base.lower() in used:
            base = f"{base}_source"
        candidate, k = base, 2
        while candidate.lower() in used:
            candidate, k = f"{base}_{k}", k + 1
        used.add(candidate.lower())
        names.append(candidate)
    return names


# ----------------------------------------------------------------------------- matching

def match_partners(partners: pd.DataFrame, establishments: pd.DataFrame):
    """(matched, to_lookup, rejets) for the rows of ``read_partner_list``.

    establishments: the study's establishments (columns siret, siren, siege), or the rows found
        online (sources.recherche_entreprises.lookup_sirets / lookup_sirens).
    matched: the partner rows whose SIRET is an establishment, or whose SIREN has its head
        office among them; ``siret`` is then the establishment's (the head office's for a
        SIREN), ``siren`` its legal unit. The caller flags these establishments, keeps the
        extra columns (table ``partenaires``) and gives motif ``liste_partenaire`` to those it
        brings in.
    to_lookup: valid rows not found: look them up online when allowed and call
        match_partners(to_lookup, found) again; what is still not found, or everything when
        offline, goes to ``reject(to_lookup, reason)``.
    rejets: invalid identifiers and duplicated lines, in the columns of the study's ``rejets``
        table (REJET_FIELDS).
    """
    fichier = partners.attrs.get("fichier", "")
    invalid = partners["motif_rejet"].ne("")
    key = partners["type_identifiant"] + ":" + partners["siret"].where(partners["siret"].ne(""), partners["siren"])
    first_line = {}
    duplicates = {}  # index -> reason
    for index, k, line, bad in zip(partners.index, key, partners["ligne"], invalid):
        if bad:
            continue
        if k in first_line:
            duplicates[index] = tr("Same identifier as line {line}: only the first line is kept.").format(
                line=first_line[k])
        else:
            first_line[k] = line
    dups = partners.loc[list(duplicates)].copy()
    dups["motif_rejet"] = list(duplicates.values())
    # The line number says which line it repeats; the identifier, possibly a non-diffusible
    # establishment's, is not written down.
    dups["siret"] = ""
    dups["identifiant_source"] = ""
    rejected = partners[invalid]
    valid = partners[~invalid & ~partners.index.isin(list(duplicates))]

    known_sirets = set(establishments["siret"].astype(str))
    sieges = establishments[_truthy(establishments["siege"])]
    head_office = dict(zip(sieges["siren"].astype(str), sieges["siret"].astype(str)))
    found = ((valid["type_identifiant"].eq("siret") & valid["siret"].isin(known_sirets))
             | (valid["type_identifiant"].eq("siren") & valid["siren"].isin(head_office)))
    matched = valid[found].copy()
    is_siren = matched["type_identifiant"].eq("siren")
    matched.loc[is_siren, "siret"] = matched.loc[is_siren, "siren"].map(head_office)
    to_lookup = valid[~found].copy()
    rejets = _rejets(pd.concat([rejected, dups]).sort_values("ligne"), fichier)
    for frame in (matched, to_lookup):
        frame.attrs["fichier"] = fichier
    return matched.reset_index(drop=True), to_lookup.reset_index(drop=True), rejets


def reject(rows: pd.DataFrame, reason: str) -> pd.DataFrame:
    """Rejets (REJET_FIELDS) for rows that stay unmatched, e.g. reason = tr("Not found in SIRENE by
    API Recherche d'entreprises.") or, offline, tr("Not in the study, and offline mode forbids
    looking it up.")."""
    rows = rows.copy()
    rows["motif_rejet"] = reason
    return _rejets(rows, rows.attrs.get("fichier", ""))


def _rejets(rows: pd.DataFrame, fichier: str) -> pd.DataFrame:
    if rows.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in REJET_FIELDS})
    identifier = rows["siret"].where(rows["siret"].ne(""), rows["identifiant_source"])
    return pd.DataFrame({
        "fichier": fichier,
        "siret": identifier.to_numpy(),
        "code_commune": "",
        "motif_rejet": [tr("Line {line}: {reason}").format(line=line, reason=reason)
                        for line, reason in zip(rows["ligne"], rows["motif_rejet"])],
        "action": "ecarte",
    }, columns=REJET_FIELDS).reset_index(drop=True)


def _truthy(values: pd.Series) -> pd.Series:
    if values.dtype == bool:
        return values
    return values.astype(str).str.strip().str.lower().isin({"true", "1", "o", "oui", "yes"})
