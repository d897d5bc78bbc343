"""Partner lists: CSV in any usual encoding and separator, XLSX through GDAL, identifiers,
matching to the study's establishments."""
import pandas as pd
import pytest
from osgeo import ogr

from ess_territoires.core import partners
from ess_territoires.core.errors import InputError
from tests.fakes.fake_recherche_entreprises import make_siren, make_siret

SIREN_A = make_siren(10000001)  # "10000001" + key
SIRET_A1 = make_siret(SIREN_A, 1)  # head office
SIRET_A2 = make_siret(SIREN_A, 2)
SIREN_B = make_siren(10000002)
SIRET_B1 = make_siret(SIREN_B, 1)
SIREN_ZERO = make_siren(5123456)  # "05123456x": a leading zero
SIRET_ZERO = make_siret(SIREN_ZERO, 12)


def establishments():
    return pd.DataFrame({
        "siret": [SIRET_A1, SIRET_A2, SIRET_ZERO],
        "siren": [SIREN_A, SIREN_A, SIREN_ZERO],
        "siege": [True, False, True],
    })


def spaced(siret):
    return f"{siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}"


ROWS = [
    ["N° SIRET", "Structure", "Réseau", "Commentaire"],
    [spaced(SIRET_A2), "Épicerie solidaire", "Réseau Cocagne", "adhérente; depuis 2019"],
    [SIRET_ZERO, "Œuvre d'entraide", "URIOPSS", ""],
    [SIRET_B1, "Ressourcerie", "ESS France", "à chercher en ligne"],
    ["12345678901234", "Mauvaise clé", "", ""],
    [SIRET_A2, "Doublon", "", ""],
]


def write_csv(path, rows, separator, encoding):
    lines = []
    for row in rows:
        cells = [f'"{c}"' if separator in c or '"' in c else c for c in row]
        lines.append(separator.join(cells))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


@pytest.mark.parametrize("separator, encoding", [
    (";", "cp1252"), (";", "latin-1"), (",", "utf-8"), ("\t", "utf-8-sig"), ("|", "utf-8"), (";", "utf-16"),
])
def test_csv_in_any_usual_separator_and_encoding(tmp_path, separator, encoding):
    rows = ROWS if encoding != "latin-1" else [[c.replace("Œ", "Oe") for c in r] for r in ROWS]  # no Œ in latin-1
    path = write_csv(tmp_path / "liste.csv", rows, separator, encoding)
    frame = partners.read_partner_list(path)
    assert list(frame.columns[:4]) == ROWS[0]
    assert list(frame["Structure"]) == [r[1] for r in rows[1:]]
    assert list(frame["Réseau"]) == [r[2] for r in rows[1:]]
    assert frame.loc[0, "Commentaire"] == "adhérente; depuis 2019"
    assert list(frame["ligne"]) == [2, 3, 4, 5, 6]
    assert list(frame["siret"]) == [SIRET_A2, SIRET_ZERO, SIRET_B1, "", SIRET_A2]
    assert frame.loc[1, "siret"].startswith("0")
    assert frame.loc[3, "motif_rejet"].startswith("12345678901234: wrong check digit")


def test_latin1_is_never_read_as_garbled_utf8(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_bytes(f"SIREN;Nom\r\n{SIREN_A};Crèche « Les Écureuils »\r\n".encode("cp1252"))
    frame = partners.read_partner_list(path)
    assert frame.loc[0, "Nom"] == "Crèche « Les Écureuils »"
    assert frame.loc[0, "type_identifiant"] == "siren"


def test_excel_separator_hint_line(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_bytes(f"sep=;\r\nSiret;Nom, prénom\r\n{SIRET_A1};Dupont, Jean\r\n".encode())
    frame = partners.read_partner_list(path)
    assert frame.loc[0, "Nom, prénom"] == "Dupont, Jean" and frame.loc[0, "siret"] == SIRET_A1
    assert frame.loc[0, "ligne"] == 2


def test_a_plain_list_of_sirets_in_one_column(tmp_path):
    path = tmp_path / "sirets.csv"
    path.write_text(f"SIRET\n{spaced(SIRET_A1)}\n{SIRET_B1}\n", encoding="utf-8")
    assert list(partners.read_partner_list(path)["siret"]) == [SIRET_A1, SIRET_B1]


def test_identifier_column_found_by_name_whatever_its_spelling():
    assert partners.find_id_columns(["Nom", "numéro Siret", "Ville"]) == ("numéro Siret", None)
    assert partners.find_id_columns(["SIREN", "Siret de l'établissement"]) == ("Siret de l'établissement", "SIREN")
    assert partners.find_id_columns(["n°SIRET siège", "SIRET"]) == ("SIRET", None)
    assert partners.find_id_columns(["Nom", "Ville"]) == (None, None)


def test_a_file_without_identifier_column_is_refused_clearly(tmp_path):
    path = write_csv(tmp_path / "liste.csv", [["Nom", "Ville"], ["A", "Amiens"]], ";", "utf-8")
    with pytest.raises(InputError, match="no SIRET or SIREN column .columns: Nom, Ville."):
        partners.read_partner_list(path)


def test_empty_or_unsupported_files_are_refused_clearly(tmp_path):
    empty = tmp_path / "vide.csv"
    empty.write_bytes(b"\r\n")
    with pytest.raises(InputError, match="is empty"):
        partners.read_partner_list(empty)
    pdf = tmp_path / "liste.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(InputError, match="CSV or XLSX"):
        partners.read_partner_list(pdf)
    with pytest.raises(InputError, match="does not exist"):
        partners.read_partner_list(tmp_path / "absent.csv")
    broken = tmp_path / "liste.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a spreadsheet")
    with pytest.raises(InputError, match="cannot be read as a spreadsheet"):
        partners.read_partner_list(broken)


@pytest.mark.parametrize("raw, expected", [
    (SIRET_A1, ("siret", SIRET_A1)),
    (spaced(SIRET_A1), ("siret", SIRET_A1)),
    (SIRET_A1[:3] + "\u00a0" + SIRET_A1[3:], ("siret", SIRET_A1)),
    (f"{SIREN_A[:3]}.{SIREN_A[3:6]}.{SIREN_A[6:]}", ("siren", SIREN_A)),
    (SIREN_ZERO, ("siren", SIREN_ZERO)),
    ("35600000000048", ("siret", "35600000000048")),  # La Poste: another check rule
])
def test_valid_identifiers_are_normalised(raw, expected):
    kind, value, reason = partners.normalize_identifier(raw)
    assert (kind, value, reason) == (*expected, "")


@pytest.mark.parametrize("raw, fragment", [
    ("", "No SIRET or SIREN"),
    ("5,12346E+13", "scientific notation"),
    ("ABC123", "is not a SIRET"),
    (SIRET_ZERO[1:], "leading zero was probably lost"),
    ("123456", "6 digits"),
    (SIRET_A1[:-1] + str((int(SIRET_A1[-1]) + 1) % 10), "wrong check digit"),
])
def test_invalid_identifiers_get_a_reason(raw, fragment):
    kind, value, reason = partners.normalize_identifier(raw)
    assert kind == "" and value == "" and fragment in reason


def test_a_lost_leading_zero_is_restored_only_for_numeric_spreadsheet_cells():
    assert partners.normalize_identifier(SIRET_ZERO[1:], numeric=True) == ("siret", SIRET_ZERO, "")
    assert partners.normalize_identifier(SIRET_ZERO[1:], numeric=False)[0] == ""


def test_luhn():
    assert partners.luhn_valid("732829320")  # a published SIREN
    assert not partners.luhn_valid("732829321")


def write_xlsx(path, header, rows, numeric_column=None):
    ds = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    layer = ds.CreateLayer("Adhérents", geom_type=ogr.wkbNone)
    for name in header:
        kind = ogr.OFTInteger64 if name == numeric_column else ogr.OFTString
        layer.CreateField(ogr.FieldDefn(name, kind))
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in zip(header, row):
            if value != "":
                feature.SetField(name, int(value) if name == numeric_column else value)
        layer.CreateFeature(feature)
    ds = None
    return path


def test_xlsx_through_gdal_keeps_text_and_extra_columns(tmp_path):
    path = write_xlsx(tmp_path / "liste.xlsx", ROWS[0], ROWS[1:])
    frame = partners.read_partner_list(path)
    assert list(frame.columns[:4]) == ROWS[0]
    assert list(frame["Structure"]) == [r[1] for r in ROWS[1:]]
    assert list(frame["siret"]) == [SIRET_A2, SIRET_ZERO, SIRET_B1, "", SIRET_A2]
    assert list(frame["ligne"]) == [2, 3, 4, 5, 6]


def test_xlsx_numeric_column_gets_its_leading_zero_back(tmp_path):
    path = write_xlsx(tmp_path / "liste.xlsx", ["Siret", "Nom"], [[SIRET_ZERO, "Zéro"], [SIRET_A1, "A"]],
                      numeric_column="Siret")
    frame = partners.read_partner_list(path)
    assert list(frame["siret"]) == [SIRET_ZERO, SIRET_A1]
    assert list(frame["motif_rejet"]) == ["", ""]


def test_columns_that_collide_with_ours_are_renamed(tmp_path):
    path = write_csv(tmp_path / "l.csv", [["SIRET", "siren", "Ligne", "Nom"], [SIRET_A1, "", "3", "x"]], ";", "utf-8")
    frame = partners.read_partner_list(path)
    assert list(frame.columns[:4]) == ["SIRET_source", "siren_source", "Ligne_source", "Nom"]
    assert frame.loc[0, "siret"] == SIRET_A1 and frame.loc[0, "ligne"] == 2


def test_siren_used_when_the_siret_cell_is_empty(tmp_path):
    path = write_csv(tmp_path / "l.csv", [["Siret", "Siren", "Nom"], ["", SIREN_A, "par SIREN"],
                                          [SIRET_A2, SIREN_A, "par SIRET"]], ";", "utf-8")
    frame = partners.read_partner_list(path)
    assert list(frame["type_identifiant"]) == ["siren", "siret"]


def test_match_by_siret_by_siren_head_office_lookup_and_rejets(tmp_path):
    rows = ROWS + [[SIREN_A, "Par SIREN", "", ""], [SIREN_B, "SIREN inconnu", "", ""]]
    frame = partners.read_partner_list(write_csv(tmp_path / "liste.csv", rows, ";", "utf-8"))
    matched, to_lookup, rejets = partners.match_partners(frame, establishments())
    assert list(zip(matched["Structure"], matched["siret"])) == [
        ("Épicerie solidaire", SIRET_A2), ("Œuvre d'entraide", SIRET_ZERO), ("Par SIREN", SIRET_A1)]
    assert list(matched["Réseau"][:2]) == ["Réseau Cocagne", "URIOPSS"]
    assert list(to_lookup["Structure"]) == ["Ressourcerie", "SIREN inconnu"]
    assert list(rejets.columns) == partners.REJET_FIELDS
    # a repeated line is rejected by its line number only: its identifier may be non-diffusible
    assert list(rejets["siret"]) == ["12345678901234", ""]
    assert rejets.loc[0, "motif_rejet"].startswith("Line 5: 12345678901234: wrong check digit")
    assert rejets.loc[1, "motif_rejet"] == "Line 6: Same identifier as line 2: only the first line is kept."
    assert (rejets["fichier"] == "liste.csv").all() and (rejets["action"] == "ecarte").all()

    # what the API found (here the Ressourcerie's SIRET) is matched in a second pass; the rest is rejected
    found = pd.DataFrame({"siret": [SIRET_B1], "siren": [SIREN_B], "siege": [False]})
    matched2, still, rejets2 = partners.match_partners(to_lookup, found)
    assert list(matched2["Structure"]) == ["Ressourcerie"] and rejets2.empty
    final = partners.reject(still, "Not found in SIRENE by API Recherche d'entreprises.")
    assert list(final["siret"]) == [SIREN_B]
    assert final.loc[0, "motif_rejet"] == "Line 8: Not found in SIRENE by API Recherche d'entreprises."
    assert (final["fichier"] == "liste.csv").all()


def test_siege_column_as_text_flags():
    frame = pd.DataFrame({"siret": [SIRET_A1], "siren": [SIREN_A], "siege": ["true"]})
    partner = pd.DataFrame([{"ligne": 2, "type_identifiant": "siren", "siret": "", "siren": SIREN_A,
                             "identifiant_source": SIREN_A, "motif_rejet": ""}])
    matched, to_lookup, rejets = partners.match_partners(partner, frame)
    assert list(matched["siret"]) == [SIRET_A1] and to_lookup.empty and rejets.empty
