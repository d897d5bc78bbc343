"""Streaming readers for SIRENE stock files: CSV, INSEE's ``_utf8.zip`` (read in place) or Parquet.

``open_source`` checks a file before anything is read (exists, not empty, readable zip, encoding,
separator, required columns, not the other stock file); ``read_filtered`` streams it in blocks
and gives the rows whose key column is in a set, as one pandas DataFrame of strings (columns the
file lacks are filled with ""). A CSV's lines are pre-filtered with numpy on their key field; the
engine, "pyarrow" (when importable) or "pandas", parses the kept lines; both give the same rows.
Each parsed block becomes pandas columns as soon as it arrives (a caller's ``reduce`` may blank
what it will not need), and the blocks are joined column by column at the end: memory stays
bounded by the rows kept (a few percent of a national file), never by the file.
Parquet needs pyarrow.
"""
import codecs
import csv
import io
import os
import queue
import threading
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import InputError
from .i18n import tr
from .progress import check_canceled

ENGINES = ("pyarrow", "pandas")
BLOCK_BYTES = 1 << 20  # bytes per parsed block (larger blocks are no faster; pyarrow holds several: 2 MB cost +100 MB)
CHUNK_ROWS = 100_000  # Parquet batch size (x2)
PARSE_BYTES = 8 << 20  # pre-filtered lines parsed together
PARALLEL_MIN_BYTES = 64 << 20  # plain CSV files larger than this are parsed by several threads
MAX_WORKERS = 4

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
    "historique": {
        "label": "StockEtablissementHistorique",
        "required": ("siret", "dateDebut", "etatAdministratifEtablissement",
                     "changementEtatAdministratifEtablissement"),
        "marker": "changementEtatAdministratifEtablissement",
    },
    "geolocalisation": {
        "label": "GeolocalisationEtablissement",
        "required": ("siret", "x", "y"),
        "marker": "qualite_xy",
    },
}


# Zip comment of the files core.synthetic writes: pages built from them must say the data is fictitious.
SYNTHETIC_MARK = "ESS Territoires synthetic SIRENE stock: fictitious data"


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
    synthetic: bool = False  # written by core.synthetic (fictitious data)

    def describe(self) -> dict:
        return {"path": str(self.path), "size_bytes": self.size, "modified": self.modified,
                "format": self.kind, "member": self.member, "synthetique": self.synthetic}


def default_engine() -> str:
    try:
        import pyarrow
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
                        delimiter, encoding, synthetic=kind == "zip" and _is_synthetic(path))
    _check_columns(source)
    return source


def _is_synthetic(path: Path) -> bool:
    """Synthetic stock files carry SYNTHETIC_MARK as their zip comment."""
    with zipfile.ZipFile(path) as archive:
        return archive.comment.decode("utf-8", "replace") == SYNTHETIC_MARK


def _open_parquet(path, role, size, modified) -> Source:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(tr("{name} is a Parquet file, which needs pyarrow, not installed here. Use "
                            "the CSV or zip file published by INSEE instead.").format(name=path.name)) from None
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
    head = head.removeprefix(codecs.BOM_UTF8)
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


class _RawReader(io.RawIOBase):
    """A raw stream whose subclasses give ``read(size)``; ``readinto`` (what buffered readers call) uses it."""

    def readable(self):
        return True

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


class _CountingReader(_RawReader):
    """Counts the bytes read so that progress follows the file."""

    def __init__(self, raw):
        self.raw = raw
        self.count = 0

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


class _ReadAhead(_RawReader):
    """Reads the next blocks of a stream in a thread while the caller filters the previous ones
    (inflating a zip member releases the GIL): INSEE's zip read in place then uses two cores.
    At most ``depth`` blocks wait; closing stops the thread within 0.1 s."""

    def __init__(self, raw, size=None, depth=4):
        self.raw = raw
        self.size = size or BLOCK_BYTES
        self.blocks = queue.Queue(maxsize=depth)
        self.stop = threading.Event()
        self.left = b""
        self.ended = False
        self.thread = threading.Thread(target=self._fill, daemon=True)
        self.thread.start()

    def _fill(self):
        try:
            while not self.stop.is_set():
                data = self.raw.read(self.size)
                self._put(data)
                if not data:
                    return
        except BaseException as exc:  # noqa: BLE001 (raised again by read(), in the caller's thread)
            self._put(exc)

    def _put(self, item):
        while not self.stop.is_set():
            try:
                self.blocks.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def read(self, size=-1):
        if not self.left and not self.ended:
            item = self.blocks.get()
            if isinstance(item, BaseException):
                self.ended = True
                raise item
            self.ended = not item
            self.left = item
        if size is None or size < 0:
            size = len(self.left)
        data, self.left = self.left[:size], self.left[size:]
        return data

    def close(self):
        self.stop.set()
        self.thread.join()
        self.raw.close()
        owner = getattr(self.raw, "_owner_zip", None)
        if owner is not None:
            owner.close()
        super().close()


def read_filtered(source: Source, columns, key: str, values, engine: str, feedback=None,
                  progress=(0.0, 100.0), stats=None, where=None, reduce=None):
    """Yield one DataFrame (all str) of the rows whose ``key`` is in ``values``, with ``columns``
    (those the file lacks are "" everywhere), in file order. ``stats['rows']`` counts the rows read.
    ``where`` ({column: values}) drops, as early as possible, key-matching rows whose stripped,
    upper-cased column is not in values; ``stats['dropped']`` counts them. ``reduce`` is given each
    parsed block of kept rows (a DataFrame of the columns of ``columns`` the file has) and returns
    the columns it replaces ({column: values of the same rows}): e.g. values blanked that its
    caller will not use, so that they never pile up.

    A large plain CSV is cut at line ends into one byte range per core, read by threads (numpy
    and both parsers release the GIL for most of their work); if a cut falls inside a quoted
    multi-line value the parse fails and the file is read again in one stream."""
    stats = stats if stats is not None else {}
    present = [c for c in columns if c in source.columns]
    if key not in present:
        present.append(key)
    where = {c: set(v) for c, v in (where or {}).items() if c in present}
    lo, hi = progress

    def report(fraction):
        check_canceled(feedback)
        if feedback is not None:
            feedback.setProgress(lo + (hi - lo) * min(fraction, 1.0))

    try:
        ranges = _byte_ranges(source)
        pieces = None
        if len(ranges) > 1:
            try:
                pieces = _parallel_chunks(source, ranges, engine, present, key, values, stats, report, where,
                                          reduce)
            except _SplitFailed:
                pieces = None
        if pieces is None:
            pieces = _sequential_chunks(source, engine, present, key, values, stats, report, where, reduce)
        frame = _to_frame(pieces, present)
        if list(frame.columns) != list(columns):
            frame = frame.reindex(columns=list(columns), fill_value="")
        yield frame
    except InputError:
        raise
    except UnicodeError as exc:
        raise _encoding_error(source) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise InputError(tr("The file {name} is damaged or truncated ({error}). Download it again; "
                            "nothing was imported.").format(name=source.path.name, error=exc)) from exc
    except Exception as exc:
        if _is_parse_error(exc):
            text = str(exc)
            if _is_encoding_error(exc):
                raise _encoding_error(source) from exc
            raise InputError(tr("The file {name} cannot be read as a {label} file ({error}). It may be "
                                "damaged, truncated or not a SIRENE stock file; nothing was imported.")
                             .format(name=source.path.name, label=ROLES[source.role]["label"],
                                     error=text.splitlines()[0][:200] if text else type(exc).__name__)) from exc
        raise


def _is_parse_error(exc) -> bool:
    return type(exc).__module__.startswith(("pyarrow", "pandas")) or isinstance(exc, (ValueError, OSError))


def _is_encoding_error(exc) -> bool:
    text = str(exc)
    return isinstance(exc, UnicodeError) or "UTF8" in text or "utf-8" in text.lower() or "decode" in text


def _encoding_error(source: Source) -> InputError:
    return InputError(tr("The file {name} mixes text encodings (it is not valid {encoding}). Save it "
                         "again as UTF-8 CSV; nothing was imported.")
                      .format(name=source.path.name, encoding=source.encoding.upper()))


def workers() -> int:
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def _byte_ranges(source: Source):
    """[(start, end)] byte ranges of the data rows, cut after a newline; one range unless the file
    is a large plain CSV and there are several cores."""
    if source.kind != "csv":
        return [None]
    n = workers()
    if n < 2 or source.size < PARALLEL_MIN_BYTES:
        return [None]
    with open(source.path, "rb") as f:
        f.readline()
        cuts = [f.tell()]
        for k in range(1, n):
            f.seek(max(source.size * k // n, cuts[-1]))
            f.readline()
            cuts.append(f.tell())
    cuts.append(source.size)
    return [(a, b) for a, b in zip(cuts[:-1], cuts[1:]) if b > a]  # noqa: RUF007 (pairwise: Python 3.10)


class _RangeReader(_RawReader):
    """Bytes start..end of a file."""

    def __init__(self, path, start, end):
        self.file = open(path, "rb")  # noqa: SIM115 (closed by close())
        self.file.seek(start)
        self.left = end - start

    def read(self, size=-1):
        if size is None or size < 0 or size > self.left:
            size = self.left
        data = self.file.read(size)
        self.left -= len(data)
        return data

    def close(self):
        self.file.close()
        super().close()


class _SplitFailed(Exception):
    pass


def _columns(piece, present, reduce):
    """A parsed piece (Arrow table or DataFrame, all str) as {column: numpy array} of ``present``,
    after ``reduce``; None when it has no row. Converted as soon as it is parsed, an Arrow piece
    is freed at once: holding every piece in Arrow until one conversion at the end cost more
    memory (both forms at once) and more time."""
    if piece is None or not len(piece):
        return None
    if not isinstance(piece, pd.DataFrame):
        piece = piece.select(present).to_pandas(split_blocks=True, self_destruct=True)
    columns = {c: piece[c].to_numpy() for c in present}
    if reduce is not None:
        columns.update({c: np.asarray(v, dtype=object) for c, v in reduce(piece).items()})
    return columns


def _to_frame(pieces: list, present) -> pd.DataFrame:
    """One DataFrame (all str, columns ``present``) of the pieces' columns (``_columns``), in order;
    the list is emptied. Joined column by column, each piece's column freed once copied: at most
    one column is held twice. The frame's columns stay apart (no 2-D block): a column can later be
    dropped or replaced without copying the others."""
    kept = [p for p in pieces if p is not None]
    pieces.clear()
    if not kept:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in present})
    columns = {c: np.concatenate([p.pop(c) for p in kept]) if len(kept) > 1 else kept[0].pop(c) for c in present}
    if default_engine() == "pyarrow":
        import pyarrow as pa

        pa.default_memory_pool().release_unused()  # the parse buffers the pool kept: not needed any more
    frame = pd.DataFrame(columns, copy=False)
    _give_back_freed_memory()
    return frame


def _give_back_freed_memory():
    """Return to the system the C heap's free pages: the parse's buffers, freed between the
    arrays kept, otherwise stay with the process (~40 MB less at the peak of a national import).
    Nothing is done where there is no glibc."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _where(piece, where):
    """(rows of piece passing ``where``, number dropped); piece is a DataFrame or an Arrow table."""
    if not where or piece is None or not len(piece):
        return piece, 0
    if isinstance(piece, pd.DataFrame):
        keep = np.ones(len(piece), dtype=bool)
        for column, values in where.items():
            keep &= piece[column].str.strip().str.upper().isin(values).to_numpy()
        return piece[keep], int((~keep).sum())
    import pyarrow as pa
    import pyarrow.compute as pc

    keep = None
    for column, values in where.items():
        ok = pc.is_in(pc.utf8_upper(pc.utf8_trim_whitespace(piece.column(column))),
                      value_set=pa.array(sorted(values), type=pa.string()))
        keep = ok if keep is None else pc.and_(keep, ok)
    kept = piece.filter(keep)
    return kept, len(piece) - len(kept)


def _with_key(piece, key, values):
    """The rows of a parsed piece whose key is one of ``values``."""
    if isinstance(piece, pd.DataFrame):
        return piece[piece[key].isin(values).to_numpy()]
    import pyarrow as pa
    import pyarrow.compute as pc

    return piece.filter(pc.is_in(piece.column(key), value_set=pa.array(sorted(values), type=pa.string())))


def _sequential_chunks(source, engine, present, key, values, stats, report, where, reduce) -> list:
    stats["rows"] = stats["dropped"] = 0
    pieces = []
    if source.kind == "parquet":
        for piece, rows, fraction in _parquet_chunks(source, present, key, values):
            piece, dropped = _where(piece, where)
            stats["rows"] += rows
            stats["dropped"] += dropped
            pieces.append(_columns(piece, present, reduce))
            report(fraction)
        return pieces
    parse = _prefiltered_parse
    raw = _open_binary(source.path, source.member)
    stream = _CountingReader(_ReadAhead(raw) if source.kind == "zip" else raw)
    with stream:
        for piece, rows, dropped in parse(source, stream, True, present, key, values, where, engine=engine,
                                          wanted=_values_by_length(values, source.encoding)):
            stats["rows"] += rows
            stats["dropped"] += dropped
            pieces.append(_columns(piece, present, reduce))
            report(stream.count / source.data_size)
    return pieces


def _parallel_chunks(source, ranges, engine, present, key, values, stats, report, where, reduce) -> list:
    """Parse the byte ranges in threads; return the kept pieces' columns (``_columns``) in file order."""
    parse = _prefiltered_parse
    wanted = _values_by_length(values, source.encoding)  # once, for every thread
    results = queue.Queue(maxsize=4 * len(ranges))
    stop = threading.Event()
    counts = [0] * len(ranges)

    def put(item):
        while not stop.is_set():
            try:
                results.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def work(index, start, end):
        try:
            stream = _CountingReader(_RangeReader(source.path, start, end))
            with stream:
                for n, (piece, rows, dropped) in enumerate(parse(source, stream, False, present, key, values, where,
                                                                 engine=engine, wanted=wanted, part=True)):
                    if stop.is_set():
                        return
                    put(("chunk", index, n, piece, rows, dropped, stream.count))
        except BaseException as exc:  # noqa: BLE001 (handed to the main thread, which raises it)
            put(("error", index, exc))
        finally:
            put(("done", index))

    threads = [threading.Thread(target=work, args=(i, a, b), daemon=True) for i, (a, b) in enumerate(ranges)]
    for t in threads:
        t.start()
    pieces, rows_read, rows_dropped, running = [], 0, 0, len(threads)
    try:
        while running:
            item = results.get()
            if item[0] == "done":
                running -= 1
            elif item[0] == "error":
                exc = item[2]
                if isinstance(exc, _SplitFailed) or (_is_parse_error(exc) and not _is_encoding_error(exc)):
                    raise _SplitFailed() from exc
                raise exc
            else:
                _, index, n, piece, rows, dropped, count = item
                piece = _columns(piece, present, reduce)
                if piece is not None:
                    pieces.append(((index, n), piece))
                rows_read += rows
                rows_dropped += dropped
                counts[index] = count
                report(sum(counts) / source.data_size)
    finally:
        stop.set()
        for t in threads:
            t.join()
    stats["rows"], stats["dropped"] = rows_read, rows_dropped
    pieces.sort(key=lambda item: item[0])
    return [piece for _, piece in pieces]


def _block_parser(engine, source, present):
    """bytes of whole records -> Arrow table (pyarrow) or DataFrame (pandas), all str, of the
    ``present`` columns."""
    if engine == "pyarrow":
        import pyarrow as pa
        import pyarrow.csv as pacsv

        read_options = pacsv.ReadOptions(column_names=source.columns, encoding=source.encoding)
        parse_options = pacsv.ParseOptions(delimiter=source.delimiter, newlines_in_values=True)
        convert_options = pacsv.ConvertOptions(include_columns=present, column_types={c: pa.string() for c in present},
                                               strings_can_be_null=False, quoted_strings_can_be_null=False)
        return lambda data: pacsv.read_csv(io.BytesIO(data), read_options=read_options, parse_options=parse_options,
                                           convert_options=convert_options)
    options = {"sep": source.delimiter, "header": None, "names": source.columns, "dtype": str,
               "keep_default_na": False, "na_filter": False, "encoding": source.encoding, "engine": "c",
               "usecols": present}
    return lambda data: pd.read_csv(io.BytesIO(data), **options)


def _prefiltered_parse(source, stream, has_header, present, key, values, where, engine="pandas", wanted=None,
                       part=False):
    """How both engines read a CSV stream (on a national file, faster than pyarrow's own streaming
    parse of every row, and lighter). Per block of whole records: locate the key field of every line
    with numpy (quote-aware) and keep the lines whose key is in ``values`` (a few percent of a
    national file); those lines are parsed, by the engine, together once PARSE_BYTES of them are
    waiting (one parser call per block cost more than the parse). A block with a malformed line is
    parsed in full, so the parser reports it. ``part``: the stream is a byte range of the file;
    when its quote characters are odd in number, a cut fell inside a quoted value (the lines seen
    were wrong), and _SplitFailed is raised after the last block.
    Yields (kept rows or None, rows read, rows dropped by ``where``)."""
    parse = _block_parser(engine, source, present)
    value_set = values if isinstance(values, (set, frozenset)) else set(values)
    wanted = wanted if wanted is not None else _values_by_length(values, source.encoding)
    key_index = source.columns.index(key)
    sep = source.delimiter.encode("ascii")[0]
    pending, pending_bytes, check = [], 0, False

    def flush():
        nonlocal pending_bytes, check
        data = b"".join(pending)
        piece = parse(data)
        if check:  # a quoted key: compare the parsed values (else the bytes matched exactly)
            piece = _with_key(piece, key, value_set)
        pending.clear()
        pending_bytes, check = 0, False
        return _where(piece, where)

    quote_count = 0
    for block, quotes in _line_blocks(stream, has_header, with_quotes=True):
        quote_count += len(quotes)
        located = _match_lines(block, key_index, sep, wanted, quotes)
        if located is None:  # malformed block: let the parser read it all (and report the error)
            if pending:
                piece, dropped = flush()
                yield piece, 0, dropped
            frame = parse(block)
            piece, dropped = _where(_with_key(frame, key, value_set), where)
            yield piece, len(frame), dropped
            continue
        starts, ends, rows, quoted = located
        check |= quoted
        if len(starts):
            lines = _take_lines(block, starts, ends)
            pending.append(lines)
            pending_bytes += len(lines)
        if pending_bytes >= PARSE_BYTES:
            piece, dropped = flush()
            yield piece, rows, dropped
        else:
            yield None, rows, 0
    if pending:
        piece, dropped = flush()
        yield piece, 0, dropped
    if part and quote_count % 2:
        raise _SplitFailed()


def _take_lines(block: bytes, starts, ends) -> bytes:
    """The lines ``starts[i]..ends[i]`` (newline included) of ``block``, joined: gathered by numpy,
    not sliced one by one (a national file gives ~1 M kept lines: as many small bytes objects
    whose memory, scattered among the rows kept, was not given back)."""
    lengths = ends + 1 - starts
    first = np.cumsum(lengths) - lengths  # where each line starts in the result
    index = np.repeat(starts - first, lengths) + np.arange(int(lengths.sum()))
    return np.frombuffer(block, dtype=np.uint8)[index].tobytes()


def _values_by_length(values, encoding):
    """{byte length: sorted array of the encoded values of that length} (empty values left out)."""
    values = np.array(list(values), dtype=object)
    try:
        encoded = values.astype("S") if len(values) else np.array([], dtype="S1")  # ASCII: one C loop
    except UnicodeEncodeError:
        encoded = np.array([str(v).encode(encoding) for v in values], dtype=object)
        lengths = np.array([len(v) for v in encoded], dtype=np.int64)
    else:
        lengths = np.char.str_len(encoded)
    return {int(n): np.sort(encoded[lengths == n].astype(f"S{n}")) for n in np.unique(lengths) if n > 0}


def _match_lines(block: bytes, key_index: int, sep: int, wanted: dict, quotes=None):
    """(starts, ends, rows, quoted): byte offsets of the lines of ``block`` whose field ``key_index`` is
    one of ``wanted`` (arrays of byte strings by length), the number of non-empty lines, and whether
    any matched key was quoted (its parsed value may then differ from its bytes); None when a line
    has too few fields. ``quotes``: the offsets of the block's quote characters, when known."""
    arr = np.frombuffer(block, dtype=np.uint8)
    if quotes is None:
        quotes = np.flatnonzero(arr == 34)

    def outside(positions):  # positions not inside a quoted value: an even number of quotes before them
        if len(quotes) == 0:
            return positions
        return positions[np.searchsorted(quotes, positions) % 2 == 0]

    newline = outside(np.flatnonzero(arr == 10))
    starts = np.concatenate(([0], newline[:-1] + 1))
    ends = newline  # each line's newline
    last = len(arr) - 1
    blank = (ends == starts) | ((ends - starts == 1) & (arr[np.minimum(starts, last)] == 13))
    starts, ends = starts[~blank], ends[~blank]
    rows = len(starts)
    if key_index == 0:
        field_start = starts
        field_end = None  # found per key length below
    else:
        seps = outside(np.flatnonzero(arr == sep))
        first = np.searchsorted(seps, starts)  # index of each line's first separator
        i = first + key_index - 1
        if len(seps) == 0 or (i >= len(seps)).any() or (seps[np.minimum(i, len(seps) - 1)] > ends).any():
            return None
        field_start = seps[i] + 1
        j = np.minimum(first + key_index, len(seps) - 1)
        field_end = np.where((first + key_index < len(seps)) & (seps[j] < ends), seps[j], ends)
        field_end = field_end - ((field_end == ends) & (field_end > field_start) & (arr[field_end - 1] == 13))
    quoted = arr[np.minimum(field_start, last)] == 34
    match = np.zeros(rows, dtype=bool)
    for n, values in wanted.items():
        begin = field_start + quoted
        if field_end is None:  # first field: n bytes then a separator, a newline or CR
            stop = begin + n
            after = arr[np.minimum(stop + quoted, last)]
            ok = (stop + quoted <= ends) & ((after == sep) | (after == 10) | (after == 13))
            ok &= ~quoted | (arr[np.minimum(stop, last)] == 34)
        else:
            ok = (field_end - field_start - 2 * quoted) == n
            ok &= ~quoted | (arr[np.maximum(field_end - 1, 0)] == 34)
        candidates = np.flatnonzero(ok)
        if len(candidates):
            taken = arr[begin[candidates, None] + np.arange(n)]
            keys = np.ascontiguousarray(taken).view(f"S{n}").ravel()
            match[candidates] |= _found(keys, values)
    return starts[match], ends[match], rows, bool(quoted[match].any())


def _found(keys, values):
    """keys (byte strings) that are in the sorted array ``values``. A file sorted on its key (INSEE
    sorts StockUniteLegale by siren) has increasing keys in a block: then only the few wanted values
    within the block's range are looked up among the keys, instead of every key among all values."""
    if len(keys) > 1 and (keys[1:] > keys[:-1]).all():
        wanted = values[np.searchsorted(values, keys[0]):np.searchsorted(values, keys[-1], side="right")]
        found = np.zeros(len(keys), dtype=bool)
        if len(wanted):
            at = np.searchsorted(keys, wanted)  # every wanted value is within keys[0]..keys[-1]
            found[at[keys[at] == wanted]] = True
        return found
    return values[np.minimum(np.searchsorted(values, keys), len(values) - 1)] == keys


def _line_blocks(stream, has_header, size=None, with_quotes=False):
    """Blocks of whole CSV records (cut after a newline that is not inside a quoted value); with
    ``with_quotes``, (block, offsets of its quote characters) so that they are found only once."""
    size = size or BLOCK_BYTES
    carry = b""
    first = has_header
    while True:
        data = stream.read(size)
        block = carry + data
        if not data:
            if block.strip():
                block = block if block.endswith(b"\n") else block + b"\n"
                yield (block, np.flatnonzero(np.frombuffer(block, dtype=np.uint8) == 34)) if with_quotes else block
            return
        cut = block.rfind(b"\n")
        quotes = np.flatnonzero(np.frombuffer(block, dtype=np.uint8) == 34)
        while cut >= 0 and np.searchsorted(quotes, cut) % 2:  # that newline is inside a quoted value
            cut = block.rfind(b"\n", 0, cut)
        if cut < 0:
            carry = block
            continue
        carry = block[cut + 1:]
        block = block[:cut + 1]
        quotes = quotes[:np.searchsorted(quotes, cut)]
        if first:
            skip = block.index(b"\n") + 1 if b"\n" in block else len(block)
            block = block[skip:]
            quotes = quotes[np.searchsorted(quotes, skip):] - skip
            first = False
        if block:
            yield (block, quotes) if with_quotes else block


def _parquet_chunks(source, present, key, values):
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    value_set = pa.array(sorted(values), type=pa.string())
    parquet = pq.ParquetFile(source.path)
    done = 0
    for batch in parquet.iter_batches(columns=present, batch_size=CHUNK_ROWS * 2):
        done += batch.num_rows
        arrays = [_as_string(batch.column(i), pa, pc) for i in range(batch.num_columns)]
        batch = pa.RecordBatch.from_arrays(arrays, names=batch.schema.names)
        kept = pa.Table.from_batches([batch.filter(pc.is_in(batch.column(key), value_set=value_set))])
        yield kept, batch.num_rows, done / source.data_size


def _as_string(array, pa, pc):
    if pa.types.is_boolean(array.type):
        array = pc.if_else(array, "true", "false")
    elif not pa.types.is_string(array.type):
        array = pc.cast(array, pa.string())
    return pc.fill_null(array, "")
