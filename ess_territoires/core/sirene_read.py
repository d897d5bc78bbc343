"""Streaming readers for SIRENE stock files: CSV, INSEE's ``_utf8.zip`` (read in place) or Parquet.

``open_source`` checks a file before anything is read (exists, not empty, readable zip, encoding,
separator, required columns, not the other stock file); ``read_filtered`` streams it in chunks
and yields the rows whose key column is in a set, as pandas DataFrames of strings (columns the
file lacks are filled with ""). Engines: "pyarrow" (when importable) or "pandas"; both give the
same rows. Parquet needs pyarrow.
"""
import codecs
import csv
import io
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pandas as pd

from .errors import InputError
from .i18n import tr
from .progress import check_canceled

ENGINES = ("pyarrow", "pandas")
BLOCK_BYTES = 8 << 20  # pyarrow block size
CHUNK_ROWS = 100_000  # pandas chunk size

# Per role: columns without which the import cannot run, and columns that identify the file.
ROLES = {
    "etablissements": {
        "label": "StockEtablissement",
        "required": ("siren", "siret", "statutDiffusionEtablissement", "codeCommuneEtablissement",
                     "etatAdministratifEtablissement", "activitePrincipaleEtablissement",
                     "trancheEffectifsEtablissement"),
        "marker": "siret",
    },
    "unites_legales": {
        "label": "StockUniteLegale",
        "required": ("siren", "statutDiffusionUniteLegale", "categorieJuridiqueUniteLegale"),
        "marker": "categorieJuridiqueUniteLegale",
    },
    "geolocalisation": {
        "label": "GeolocalisationEtablissement",
        "required": ("siret", "x", "y"),
        "marker": "qualite_xy",
    },
}


@dataclass
class Source:
    path: Path
    role: str
    kind: str  # "csv", "zip" or "parquet"
    member: str  # CSV name inside the zip, "" otherwise
    size: int  # bytes on disk
    data_size: int  # bytes to parse (uncompressed), for progress
    modified: str  # ISO date-time of the file
    columns: list
    delimiter: str = ","
    encoding: str = "utf-8"

    def describe(self) -> dict:
        return {"path": str(self.path), "size_bytes": self.size, "modified": self.modified,
                "format": self.kind, "member": self.member}


def default_engine() -> str:
    try:
        import pyarrow  # noqa: F401
        import pyarrow.csv  # noqa: F401
    except ImportError:
        return "pandas"
    return "pyarrow"


def check_engine(engine) -> str:
    engine = engine or default_engine()
    if engine not in ENGINES:
        raise InputError(tr("The engine {engine} is unknown. Use pyarrow or pandas.").format(engine=engine))
    if engine == "pyarrow" and default_engine() != "pyarrow":
        raise InputError(tr("The pyarrow engine was asked for but pyarrow cannot be imported. "
                            "Install pyarrow or use the pandas engine."))
    return engine


def open_source(path, role: str) -> Source:
    """Check a stock file and read its header; raise InputError with what to do when it is unusable."""
    spec = ROLES[role]
    path = Path(path)
    label = spec["label"]
    if not path.is_file():
        raise InputError(tr("The {label} file {path} does not exist. Check the path.")
                         .format(label=label, path=path))
    stat = path.stat()
    if stat.st_size == 0:
        raise InputError(tr("The {label} file {name} is empty (0 bytes). Download it again from "
                            "data.gouv.fr.").format(label=label, name=path.name))
    modified = datetime.fromtimestamp(stat.st_mtime).isoformat(timespec="seconds")
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        source = _open_parquet(path, role, stat.st_size, modified)
    else:
        kind, member, data_size = "csv", "", stat.st_size
        if suffix == ".zip" or zipfile.is_zipfile(path):
            kind = "zip"
            member, data_size = _zip_member(path, label)
        head = _head_bytes(path, member)
        columns, delimiter, encoding = _parse_header(head, path.name, label)
        source = Source(path, role, kind, member, stat.st_size, data_size, modified, columns,
                        delimiter, encoding)
    _check_columns(source)
    return source


def _open_parquet(path, role, size, modified) -> Source:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(tr("{name} is a Parquet file, which needs pyarrow, not installed here. Use "
                            "the CSV or zip file published by INSEE instead.").format(name=path.name))
    try:
        meta = pq.ParquetFile(path).metadata
    except Exception as exc:  # pyarrow raises ArrowInvalid / OSError for damaged files
        raise InputError(tr("The Parquet file {name} cannot be read ({error}). It is damaged or "
                            "truncated: download it again.").format(name=path.name, error=exc)) from exc
    columns = [meta.schema.column(i).name for i in range(meta.num_columns)]
    return Source(path, role, "parquet", "", size, max(meta.num_rows, 1), modified, columns)


def _zip_member(path: Path, label: str):
    try:
        with zipfile.ZipFile(path) as zf:
            members = [i for i in zf.infolist() if i.filename.lower().endswith(".csv")]
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise InputError(tr("The zip file {name} is damaged or truncated ({error}). Download it again "
                            "from data.gouv.fr.").format(name=path.name, error=exc)) from exc
    if len(members) != 1:
        raise InputError(tr("The zip file {name} should hold exactly one CSV file ({label}); it holds "
                            "{n}. Give the zip published by INSEE or the CSV itself.")
                         .format(name=path.name, label=label, n=len(members)))
    return members[0].filename, max(members[0].file_size, 1)


def _open_binary(path: Path, member: str):
    """Binary stream of the CSV data (the zip member is decompressed on the fly, never extracted)."""
    if not member:
        return open(path, "rb")
    zf = zipfile.ZipFile(path)
    stream = zf.open(member)
    stream._owner_zip = zf  # keep the archive open as long as the stream
    return stream


def _head_bytes(path: Path, member: str, size: int = 1 << 16) -> bytes:
    try:
        with _open_binary(path, member) as stream:
            return stream.read(size)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise InputError(tr("The file {name} is damaged or truncated ({error}). Download it again.")
                         .format(name=path.name, error=exc)) from exc


def _parse_header(head: bytes, name: str, label: str):
    if not head.strip():
        raise InputError(tr("The {label} file {name} is empty. Download it again from data.gouv.fr.")
                         .format(label=label, name=name))
    encoding = "utf-8"
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8):]
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        # Not UTF-8: a Windows/Latin-1 export (e.g. re-saved from a spreadsheet). Read it as cp1252.
        encoding = "cp1252"
    try:
        first_line = head.split(b"\n", 1)[0].rstrip(b"\r").decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(tr("The file {name} is neither UTF-8 nor Windows-1252 text. Save it as UTF-8 "
                            "CSV.").format(name=name)) from exc
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    delimiter = max(counts, key=counts.get)
    if counts[delimiter] == 0:
        delimiter = ","
    columns = [c.strip() for c in next(csv.reader([first_line], delimiter=delimiter))]
    return columns, delimiter, encoding


def _check_columns(source: Source):
    spec = ROLES[source.role]
    present = set(source.columns)
    if spec["marker"] not in present:
        for other, other_spec in ROLES.items():
            if other != source.role and set(other_spec["required"]) <= present and other_spec["marker"] in present:
                raise InputError(tr("The file {name} given as {label} is a {other} file: the two files "
                                    "look swapped. Give each file in its own place.")
                                 .format(name=source.path.name, label=spec["label"], other=other_spec["label"]))
    missing = [c for c in spec["required"] if c not in present]
    if missing:
        raise InputError(tr("The file {name} lacks the column {col}, required in a {label} file. Give the "
                            "{label} file as published by INSEE (comma- or semicolon-separated, header row "
                            "kept).").format(name=source.path.name, col=", ".join(missing), label=spec["label"]))


class _CountingReader(io.RawIOBase):
    """Counts the bytes read so that progress follows the file."""

    def __init__(self, raw):
        self.raw = raw
        self.count = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        data = self.raw.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.count += n
        return n

    def read(self, size=-1):
        data = self.raw.read(size)
        self.count += len(data)
        return data

    def close(self):
        self.raw.close()
        owner = getattr(self.raw, "_owner_zip", None)
        if owner is not None:
            owner.close()
        super().close()


def read_filtered(source: Source, columns, key: str, values, engine: str, feedback=None,
                  progress=(0.0, 100.0), stats=None):
    """Yield DataFrames (all str) of the rows whose ``key`` is in ``values``, with ``columns``
    (those the file lacks are "" everywhere). ``stats['rows']`` counts the rows read."""
    stats = stats if stats is not None else {}
    stats.setdefault("rows", 0)
    present = [c for c in columns if c in source.columns]
    if key not in present:
        present.append(key)
    lo, hi = progress
    try:
        if source.kind == "parquet":
            chunks = _parquet_chunks(source, present, key, values, stats)
        elif engine == "pyarrow":
            chunks = _arrow_chunks(source, present, key, values, stats)
        else:
            chunks = _pandas_chunks(source, present, key, values, stats)
        for frame, fraction in chunks:
            check_canceled(feedback)
            if feedback is not None:
                feedback.setProgress(lo + (hi - lo) * min(fraction, 1.0))
            yield frame.reindex(columns=list(columns), fill_value="").reset_index(drop=True)
    except InputError:
        raise
    except UnicodeError as exc:
        raise _encoding_error(source) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise InputError(tr("The file {name} is damaged or truncated ({error}). Download it again; "
                            "nothing was imported.").format(name=source.path.name, error=exc)) from exc
    except Exception as exc:
        if type(exc).__module__.startswith(("pyarrow", "pandas")) or isinstance(exc, (ValueError, OSError)):
            text = str(exc)
            if "UTF8" in text or "utf-8" in text.lower() or "decode" in text:
                raise _encoding_error(source) from exc
            raise InputError(tr("The file {name} cannot be read as a {label} file ({error}). It may be "
                                "damaged, truncated or not a SIRENE stock file; nothing was imported.")
                             .format(name=source.path.name, label=ROLES[source.role]["label"],
                                     error=text.splitlines()[0][:200])) from exc
        raise


def _encoding_error(source: Source) -> InputError:
    return InputError(tr("The file {name} mixes text encodings (it is not valid {encoding}). Save it "
                         "again as UTF-8 CSV; nothing was imported.")
                      .format(name=source.path.name, encoding=source.encoding.upper()))


def _arrow_chunks(source, present, key, values, stats):
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv

    value_set = pa.array(sorted(values), type=pa.string())
    stream = _CountingReader(_open_binary(source.path, source.member))
    with stream:
        reader = pacsv.open_csv(
            stream,
            read_options=pacsv.ReadOptions(column_names=source.columns, skip_rows=1, block_size=BLOCK_BYTES,
                                           encoding=source.encoding),
            parse_options=pacsv.ParseOptions(delimiter=source.delimiter, newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(include_columns=present,
                                                 column_types={c: pa.string() for c in present},
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False),
        )
        for batch in reader:
            stats["rows"] += batch.num_rows
            kept = batch.filter(pc.is_in(batch.column(key), value_set=value_set))
            yield kept.to_pandas(), stream.count / source.data_size


def _pandas_chunks(source, present, key, values, stats):
    values = set(values)
    stream = _CountingReader(_open_binary(source.path, source.member))
    with stream:
        text = io.TextIOWrapper(stream, encoding=source.encoding, newline="")
        reader = pd.read_csv(text, sep=source.delimiter, header=None, names=source.columns, skiprows=1,
                             usecols=present, dtype=str, keep_default_na=False, na_filter=False,
                             chunksize=CHUNK_ROWS, engine="c")
        for chunk in reader:
            stats["rows"] += len(chunk)
            yield chunk[chunk[key].isin(values)], stream.count / source.data_size


def _parquet_chunks(source, present, key, values, stats):
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    value_set = pa.array(sorted(values), type=pa.string())
    parquet = pq.ParquetFile(source.path)
    done = 0
    for batch in parquet.iter_batches(columns=present, batch_size=CHUNK_ROWS * 2):
        stats["rows"] += batch.num_rows
        done += batch.num_rows
        arrays = [_as_string(batch.column(i), pa, pc) for i in range(batch.num_columns)]
        batch = pa.RecordBatch.from_arrays(arrays, names=batch.schema.names)
        kept = batch.filter(pc.is_in(batch.column(key), value_set=value_set))
        yield kept.to_pandas(), done / source.data_size


def _as_string(array, pa, pc):
    if pa.types.is_boolean(array.type):
        array = pc.if_else(array, "true", "false")
    elif not pa.types.is_string(array.type):
        array = pc.cast(array, pa.string())
    return pc.fill_null(array, "")
