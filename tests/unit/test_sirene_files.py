"""Bad files are refused with a clear message; odd but readable files are read correctly."""
import pandas as pd
import pytest
from conftest import (
    SMALL_ETABS,
    SMALL_UNITS,
    TERRITORY,
    engines,
    etab,
    unit,
    write_stock,
)

from ess_territoires.core import sirene_read
from ess_territoires.core.errors import Cancelled, InputError
from ess_territoires.core.progress import Feedback
from ess_territoires.core.sirene import import_sirene
from ess_territoires.core.synthetic import ETAB_HEADER, UL_HEADER


def run(etabs, units, engine="pandas", **kw):
    return import_sirene(etabs, units, TERRITORY, engine=engine, **kw)


@pytest.fixture
def csv_pair(tmp_path):
    return (write_stock(tmp_path / "etab.csv", ETAB_HEADER, SMALL_ETABS),
            write_stock(tmp_path / "ul.csv", UL_HEADER, SMALL_UNITS))


@pytest.mark.parametrize("engine", engines())
def test_plain_csv_zip_and_parquet_give_the_same_result(csv_pair, small_stock, tmp_path, engine):
    from_zip = run(small_stock["etablissements"], small_stock["unites_legales"], engine)
    from_csv = run(*csv_pair, engine)
    for name in ("etablissements", "ess_communes", "emploi_communes"):
        pd.testing.assert_frame_equal(getattr(from_zip, name).drop(columns="source", errors="ignore"),
                                      getattr(from_csv, name).drop(columns="source", errors="ignore"))
    if engine == "pyarrow":
        parquet = []
        for path, name in zip(csv_pair, ("etab.parquet", "ul.parquet")):
            frame = pd.read_csv(path, dtype=str, keep_default_na=False)
            frame.to_parquet(tmp_path / name, index=False)
            parquet.append(tmp_path / name)
        from_parquet = run(*parquet, engine)
        pd.testing.assert_frame_equal(from_parquet.ess_communes, from_csv.ess_communes)
        assert list(from_parquet.etablissements["siret"]) == list(from_csv.etablissements["siret"])
        assert from_parquet.stats["inputs"]["etablissements"]["format"] == "parquet"


def test_missing_required_column(tmp_path, csv_pair):
    header = [c for c in ETAB_HEADER if c != "trancheEffectifsEtablissement"]
    rows = [{k: v for k, v in r.items() if k != "trancheEffectifsEtablissement"} for r in SMALL_ETABS]
    bad = write_stock(tmp_path / "bad.csv", header, rows)
    with pytest.raises(InputError, match="lacks the column trancheEffectifsEtablissement"):
        run(bad, csv_pair[1])


def test_swapped_files_are_detected(csv_pair):
    etabs, units = csv_pair
    with pytest.raises(InputError, match="swapped"):
        run(units, etabs)


def test_truncated_zip(small_stock, tmp_path):
    data = small_stock["etablissements"].read_bytes()
    cut = tmp_path / "StockEtablissement_utf8.zip"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="damaged or truncated"):
        run(cut, small_stock["unites_legales"])


def test_corrupt_zip_data(tmp_path):
    rows = [etab(f"2000000{i:02d}00011", "02691", naf=f"{i % 90 + 1:02d}.11Z") for i in range(60)] * 40
    path = write_stock(tmp_path / "e.zip", ETAB_HEADER, rows, zipped="StockEtablissement_utf8.csv")
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 50] = bytes(50)  # the central directory is intact, the deflate data is not
    path.write_bytes(bytes(data))
    units = write_stock(tmp_path / "u.csv", UL_HEADER, [unit("200000000", "9220")])
    with pytest.raises(InputError, match="damaged or truncated|cannot be read"):
        run(path, units)


@pytest.mark.parametrize("content", [b"", b"\n\n"])
def test_empty_file(csv_pair, tmp_path, content):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(content)
    with pytest.raises(InputError, match="empty"):
        run(empty, csv_pair[1])


def test_header_only_file(csv_pair, tmp_path):
    header_only = write_stock(tmp_path / "h.csv", UL_HEADER, [])
    with pytest.raises(InputError, match="no rows"):
        run(csv_pair[0], header_only)


def test_missing_file(csv_pair, tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        run(tmp_path / "nope.zip", csv_pair[1])


@pytest.mark.parametrize("engine", engines())
def test_latin1_semicolon_file_is_read_correctly(csv_pair, tmp_path, engine):
    units = write_stock(tmp_path / "ul_latin1.csv", UL_HEADER, SMALL_UNITS, sep=";", encoding="cp1252")
    result = run(csv_pair[0], units, engine)
    names = set(result.etablissements["nom"])
    assert "LES AMIS DE L'ÉCOLE" in names and "FONDATION ÉLAN" in names
    reference = run(*csv_pair, engine)
    pd.testing.assert_frame_equal(result.etablissements, reference.etablissements)


@pytest.mark.parametrize("engine", engines())
def test_mixed_encoding_is_refused(csv_pair, tmp_path, engine, monkeypatch):
    # UTF-8 at the top, a Latin-1 row of the territory further down: refused, never read into garbled names
    monkeypatch.setattr(sirene_read, "BLOCK_BYTES", 1 << 14)
    monkeypatch.setattr(sirene_read, "CHUNK_ROWS", 50)
    good = SMALL_UNITS + [unit(f"3{i:08d}", "9220", "ASSOCIATION ORDINAIRE") for i in range(2000)]
    data = write_stock(tmp_path / "u.csv", UL_HEADER, good).read_bytes()
    bad = unit("100000011", "9220", "CAFÉ DES SPORTS")  # the legal unit of an establishment of the territory
    data += (",".join(bad.get(c, "") for c in UL_HEADER) + "\n").encode("cp1252")
    (tmp_path / "u.csv").write_bytes(data)
    with pytest.raises(InputError, match="encoding"):
        run(csv_pair[0], tmp_path / "u.csv", engine)


@pytest.mark.parametrize("engine", engines())
def test_older_file_without_optional_columns(tmp_path, csv_pair, engine):
    dropped = {"activitePrincipaleNAF25Etablissement", "identifiantAdresseEtablissement",
               "coordonneeLambertAbscisseEtablissement", "coordonneeLambertOrdonneeEtablissement",
               "enseigne1Etablissement"}
    header = [c for c in ETAB_HEADER if c not in dropped]
    rows = [{k: v for k, v in r.items() if k not in dropped} for r in SMALL_ETABS]
    old = write_stock(tmp_path / "old.csv", header, rows)
    ul_header = [c for c in UL_HEADER if c not in {"societeMissionUniteLegale", "activitePrincipaleNAF25UniteLegale",
                                                   "economieSocialeSolidaireUniteLegale"}]
    ul_rows = [{k: v for k, v in r.items() if k in ul_header} for r in SMALL_UNITS]
    old_units = write_stock(tmp_path / "old_ul.csv", ul_header, ul_rows)
    result = run(old, old_units, engine)
    # without the SIRENE indicator the commercial ESS company is not found; everything else is
    assert result.etablissements["famille"].value_counts().to_dict() == {
        "association": 3, "cooperative": 1, "mutuelle": 1, "fondation": 1}
    assert result.etablissements.set_index("siret").loc["10000000100029", "nom"] == "LES AMIS DE L'ÉCOLE"


def test_codes_stay_strings(tmp_path, csv_pair):
    result = run(*csv_pair)
    for col in ("code_commune", "siret", "siren", "categorie_juridique", "tranche_effectifs", "naf"):
        assert result.etablissements[col].map(type).eq(str).all(), col
    assert result.emploi_communes["code_commune"].tolist() == ["02691", "60057", "80021"]


def test_territory_codes_must_be_text(csv_pair):
    with pytest.raises(InputError, match="leading zero"):
        import_sirene(*csv_pair, {"2691"}, engine="pandas")


class CancelAfterFirstChunk(Feedback):
    def setProgress(self, percent):
        super().setProgress(percent)
        self.cancel()


@pytest.mark.parametrize("engine", engines())
def test_cancel_in_the_middle(tmp_path, engine, monkeypatch):
    monkeypatch.setattr(sirene_read, "BLOCK_BYTES", 1 << 14)
    monkeypatch.setattr(sirene_read, "CHUNK_ROWS", 100)
    rows = [etab(f"4{i:08d}00011", "02691", "01") for i in range(20000)]
    etabs = write_stock(tmp_path / "e.csv", ETAB_HEADER, rows)
    units = write_stock(tmp_path / "u.csv", UL_HEADER, [unit(f"4{i:08d}", "9220") for i in range(100)])
    feedback = CancelAfterFirstChunk()
    with pytest.raises(Cancelled):
        import_sirene(etabs, units, TERRITORY, engine=engine, feedback=feedback)
    assert 0 < feedback.progress < 50  # stopped while reading the establishments


@pytest.mark.parametrize("engine", engines())
def test_progress_follows_the_bytes(tmp_path, engine, monkeypatch):
    monkeypatch.setattr(sirene_read, "BLOCK_BYTES", 1 << 14)
    monkeypatch.setattr(sirene_read, "CHUNK_ROWS", 100)
    seen = []

    class Recorder(Feedback):
        def setProgress(self, percent):
            seen.append(percent)

    rows = [etab(f"5{i:08d}00011", "02691", "01") for i in range(2000)]
    etabs = write_stock(tmp_path / "e.csv", ETAB_HEADER, rows)
    units = write_stock(tmp_path / "u.csv", UL_HEADER, [unit(f"5{i:08d}", "9220") for i in range(2000)])
    import_sirene(etabs, units, TERRITORY, engine=engine, feedback=Recorder())
    assert len(seen) > 5 and seen == sorted(seen) and seen[-1] == 100.0
