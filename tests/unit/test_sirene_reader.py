"""The streaming reader: same rows as a plain full parse, whatever the quoting, block cuts and threads."""
import csv
import io

import pandas as pd
import pytest
from conftest import csv_text, engines, etab

from ess_territoires.core import sirene_read
from ess_territoires.core.sirene import ETAB_COLUMNS
from ess_territoires.core.synthetic import ETAB_HEADER

KEY = "codeCommuneEtablissement"
WANTED = {"02691", "80021"}


def tricky_rows(n=400):
    rows = []
    for i in range(n):
        commune = ("02691", "80021", "60057", "75056")[i % 4]
        extra = {}
        if i % 5 == 0:
            extra["libelleVoieEtablissement"] = "DU GENERAL DE GAULLE, BAT \"A\""  # comma and quotes
        if i % 7 == 0:
            extra["enseigne1Etablissement"] = "ZONE\nARTISANALE"  # newline inside a value
        if i % 11 == 0:
            extra["denominationUsuelleEtablissement"] = "CAFÉ, BAR; TABAC"
        rows.append(etab(f"6{i:08d}00011", commune, "01", **extra))
    return rows


def write(path, rows, quote_all=False, crlf=False, sep=","):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator="\r\n" if crlf else "\n",
                        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    writer.writerow(ETAB_HEADER)
    for i, row in enumerate(rows):
        writer.writerow([row.get(c, "") for c in ETAB_HEADER])
        if i % 50 == 0:
            out.write("\r\n" if crlf else "\n")  # blank line
    path.write_bytes(out.getvalue().encode("utf-8"))
    return path


def expected(rows):
    frame = pd.DataFrame([{c: r.get(c, "") for c in ETAB_COLUMNS} for r in rows])
    return frame[frame[KEY].isin(WANTED)].reset_index(drop=True)


def read(path, engine):
    source = sirene_read.open_source(path, "etablissements")
    stats = {}
    frames = list(sirene_read.read_filtered(source, ETAB_COLUMNS, KEY, WANTED, engine, stats=stats))
    return pd.concat(frames, ignore_index=True), stats


@pytest.mark.parametrize("engine", engines())
@pytest.mark.parametrize("block", [1 << 12, 1 << 14, 1 << 20])
@pytest.mark.parametrize("threads", [False, True])
@pytest.mark.parametrize("variant", ["minimal", "quote_all", "crlf", "semicolon"])
def test_same_rows_as_a_full_parse(tmp_path, monkeypatch, engine, block, threads, variant):
    monkeypatch.setattr(sirene_read, "BLOCK_BYTES", block)
    monkeypatch.setattr(sirene_read, "CHUNK_ROWS", 37)
    monkeypatch.setattr(sirene_read, "PARALLEL_MIN_BYTES", 1 if threads else 1 << 40)
    monkeypatch.setattr(sirene_read, "workers", lambda: 3)
    rows = tricky_rows()
    path = write(tmp_path / "e.csv", rows, quote_all=variant == "quote_all", crlf=variant == "crlf",
                 sep=";" if variant == "semicolon" else ",")
    got, stats = read(path, engine)
    want = expected(rows)
    pd.testing.assert_frame_equal(got, want)
    assert stats["rows"] == len(rows)


def test_cut_inside_a_quoted_newline_falls_back_to_one_stream(tmp_path, monkeypatch):
    # every line holds a value with a newline: the byte cuts land inside quotes, the threads fail
    monkeypatch.setattr(sirene_read, "PARALLEL_MIN_BYTES", 1)
    monkeypatch.setattr(sirene_read, "workers", lambda: 2)
    rows = [etab(f"7{i:08d}00011", "02691", enseigne1Etablissement="A\n" * 30) for i in range(50)]
    got, stats = read(write(tmp_path / "e.csv", rows), "pandas")
    assert len(got) == 50 and stats["rows"] == 50
    assert set(got["enseigne1Etablissement"]) == {"A\n" * 30}


def test_line_blocks_end_outside_quotes():
    data = b'h1,h2\n1,"a\nb"\n2,"c,""d""\ne"\n3,f\n'
    blocks = list(sirene_read._line_blocks(io.BytesIO(data), True, size=3))
    assert b"".join(blocks) == data[len(b"h1,h2\n"):]
    assert all(block.count(b'"') % 2 == 0 and block.endswith(b"\n") for block in blocks)


@pytest.mark.parametrize("engine", engines())
def test_short_line_is_refused(tmp_path, engine):
    path = tmp_path / "e.csv"
    path.write_text(",".join(ETAB_HEADER) + "\n" + "1,2,3\n", encoding="utf-8")
    source = sirene_read.open_source(path, "etablissements")
    with pytest.raises(sirene_read.InputError, match="cannot be read"):
        list(sirene_read.read_filtered(source, ETAB_COLUMNS, KEY, WANTED, engine))


@pytest.mark.parametrize("engine", engines())
@pytest.mark.parametrize("variant", ["minimal", "quote_all", "crlf", "semicolon"])
def test_key_in_the_first_column(tmp_path, monkeypatch, engine, variant):
    from conftest import unit

    from ess_territoires.core.synthetic import UL_HEADER
    monkeypatch.setattr(sirene_read, "BLOCK_BYTES", 1 << 12)
    rows = [unit(f"{i:09d}", "9220", f'ASSO "{i}", ÉTÉ\nBIS' if i % 3 else f"ASSO {i}") for i in range(300)]
    rows.append(unit("12345678", "9220", "EIGHT DIGITS"))  # a shorter key never matches a longer one
    wanted = {f"{i:09d}" for i in range(0, 300, 7)} | {"123456789"}
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if variant == "semicolon" else ",",
                        lineterminator="\r\n" if variant == "crlf" else "\n",
                        quoting=csv.QUOTE_ALL if variant == "quote_all" else csv.QUOTE_MINIMAL)
    writer.writerow(UL_HEADER)
    writer.writerows([[r.get(c, "") for c in UL_HEADER] for r in rows])
    path = tmp_path / "u.csv"
    path.write_bytes(out.getvalue().encode("utf-8"))
    assert_units_read_as_written(path, rows, wanted, engine, read_rows=301)


@pytest.mark.parametrize("engine", engines())
@pytest.mark.parametrize("parse_bytes", [1, 1 << 11, 1 << 30])
@pytest.mark.parametrize("threads", [False, True])
def test_lines_kept_by_the_prefilter_are_parsed_in_batches_in_file_order(tmp_path, monkeypatch, engine, parse_bytes,
                                                                         threads):
    # the key in the first column takes the numpy pre-filter with both engines; the kept lines wait
    # for PARSE_BYTES of them, across blocks
    from conftest import unit

    from ess_territoires.core.synthetic import UL_HEADER
    monkeypatch.setattr(sirene_read, "BLOCK_BYTES", 1 << 12)
    monkeypatch.setattr(sirene_read, "PARSE_BYTES", parse_bytes)
    monkeypatch.setattr(sirene_read, "PARALLEL_MIN_BYTES", 1 if threads else 1 << 40)
    monkeypatch.setattr(sirene_read, "workers", lambda: 2)
    rows = [unit(f"{i:09d}", "9220", f"ASSO {i}") for i in range(2000)]
    wanted = {f"{i:09d}" for i in range(0, 2000, 3)}
    path = tmp_path / "u.csv"
    path.write_bytes(csv_text(UL_HEADER, rows).encode("utf-8"))
    assert_units_read_as_written(path, rows, wanted, engine, read_rows=2000)


@pytest.mark.parametrize("engine", engines())
def test_where_is_applied_by_both_engines(tmp_path, engine):
    rows = [etab(f"6{i:08d}00011", "02691", "01", state=("A", " a ", "F", "C")[i % 4]) for i in range(400)]
    source = sirene_read.open_source(write(tmp_path / "e.csv", rows), "etablissements")
    stats = {}
    (got,) = sirene_read.read_filtered(source, ETAB_COLUMNS, KEY, WANTED, engine, stats=stats,
                                       where={"etatAdministratifEtablissement": {"A"}})
    assert len(got) == 200 and stats["dropped"] == 200 and stats["rows"] == 400
    assert set(got["etatAdministratifEtablissement"]) == {"A", " a "}


@pytest.mark.parametrize("order", ["sorted", "shuffled", "duplicates"])
def test_found_keys_whether_the_file_is_sorted_on_them_or_not(order):
    import numpy as np

    rng = np.random.default_rng(4)
    keys = np.array(sorted({f"{k:09d}" for k in rng.integers(0, 10**9, 3000)}), dtype="S9")
    if order == "shuffled":
        keys = keys[rng.permutation(len(keys))]
    elif order == "duplicates":
        keys = np.sort(np.concatenate([keys, keys[::5]]))
    values = np.array(sorted({*rng.choice(keys, 300, replace=False).tolist(),
                              b"000000000", b"999999999", b"500000000"}), dtype="S9")
    want = np.isin(keys, values)
    assert want.sum() >= 300
    assert (sirene_read._found(keys, values) == want).all()


def test_line_blocks_give_the_quotes_of_each_block():
    import numpy as np

    data = b'h1,h2\n1,"a\nb"\n2,"c,""d""\ne"\n3,f\n' * 7
    for size in (3, 17, 1 << 10):
        for block, quotes in sirene_read._line_blocks(io.BytesIO(data), True, size=size, with_quotes=True):
            assert (quotes == np.flatnonzero(np.frombuffer(block, dtype=np.uint8) == 34)).all()


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_wanted_values_are_grouped_by_encoded_length(encoding):
    import numpy as np

    values = {"02691", "80021", "2691", "", "ÉTÉ"}
    got = sirene_read._values_by_length(values, encoding)
    want = {}
    for value in values:
        if value:
            want.setdefault(len(value.encode(encoding)), []).append(value.encode(encoding))
    assert sorted(got) == sorted(want)
    for n, encoded in want.items():
        assert list(got[n]) == sorted(encoded) and got[n].dtype == np.dtype(f"S{n}")
    assert sirene_read._values_by_length(set(), encoding) == {}


@pytest.mark.parametrize("engine", engines())
@pytest.mark.parametrize("key", ["codeCommuneEtablissement", "siren"])
def test_a_cut_inside_a_quoted_newline_is_read_again_in_one_stream_by_both_engines(tmp_path, monkeypatch, engine,
                                                                                   key):
    monkeypatch.setattr(sirene_read, "PARALLEL_MIN_BYTES", 1)
    monkeypatch.setattr(sirene_read, "workers", lambda: 3)
    rows = [etab(f"7{i:08d}00011", "02691", enseigne1Etablissement="A\n" * 30) for i in range(50)]
    source = sirene_read.open_source(write(tmp_path / "e.csv", rows), "etablissements")
    wanted = WANTED if key == KEY else {f"7{i:08d}" for i in range(50)}
    stats = {}
    (got,) = sirene_read.read_filtered(source, ETAB_COLUMNS, key, wanted, engine, stats=stats)
    assert len(got) == 50 and stats["rows"] == 50
    assert set(got["enseigne1Etablissement"]) == {"A\n" * 30}


@pytest.mark.parametrize("engine", engines())
@pytest.mark.parametrize("threads", [False, True])
def test_reduce_replaces_columns_of_each_block_and_keeps_the_rows(tmp_path, monkeypatch, engine, threads):
    rows = tricky_rows(2000)
    path = write(tmp_path / "e.csv", rows)
    monkeypatch.setattr(sirene_read, "BLOCK_BYTES", 1 << 12)
    monkeypatch.setattr(sirene_read, "PARSE_BYTES", 1 << 13)  # many blocks of kept rows
    if threads:
        monkeypatch.setattr(sirene_read, "PARALLEL_MIN_BYTES", 0)
        monkeypatch.setattr(sirene_read, "workers", lambda: 3)
    blocks = []

    def reduce(block):
        blocks.append(len(block))
        return {"enseigne1Etablissement": block["enseigne1Etablissement"].where(block[KEY].eq("02691"), "")}

    source = sirene_read.open_source(path, "etablissements")
    (got,) = sirene_read.read_filtered(source, ETAB_COLUMNS, KEY, WANTED, engine, reduce=reduce)
    want = expected(rows)
    want["enseigne1Etablissement"] = want["enseigne1Etablissement"].where(want[KEY].eq("02691"), "")
    pd.testing.assert_frame_equal(got, want)
    assert len(blocks) > 3 and sum(blocks) == len(want)


def test_kept_lines_are_gathered_whole():
    block = b"a,1\nbb,22\nccc,333\n\ndd,4\n"
    starts, ends = sirene_read.np.array([0, 10, 19]), sirene_read.np.array([3, 17, 23])
    assert sirene_read._take_lines(block, starts, ends) == b"a,1\nccc,333\ndd,4\n"


def assert_units_read_as_written(path, rows, wanted, engine, read_rows):
    """The legal units file at ``path`` (written from ``rows``) read with the SIREN filter ``wanted``
    gives exactly the wanted rows, in file order, after reading ``read_rows`` rows."""
    from ess_territoires.core.sirene import UL_COLUMNS

    source = sirene_read.open_source(path, "unites_legales")
    stats = {}
    got = pd.concat(list(sirene_read.read_filtered(source, UL_COLUMNS, "siren", wanted, engine, stats=stats)),
                    ignore_index=True)
    want = pd.DataFrame([{c: r.get(c, "") for c in UL_COLUMNS} for r in rows if r["siren"] in wanted])
    pd.testing.assert_frame_equal(got, want)
    assert stats["rows"] == read_rows
