"""Territory presets and ids, on a small hand-made commune table (no QGIS)."""
import pandas as pd
import pytest

from ess_territoires.core.errors import InputError
from ess_territoires.core.territories import Preset, load_presets, resolve

COMMUNES = pd.DataFrame({
    "code_commune": ["02141", "02558", "60057", "80021", "59350"],
    "nom": ["La Capelle", "Le Nouvion-en-Thiérache", "Beauvais", "Amiens", "Lille"],
    "code_departement": ["02", "02", "60", "80", "59"],
    "code_epci": ["240200444", "240200444", "200067999", "248000531", "200093201"],
    "population": [1800, 2700, 56000, 133000, 236000],
})


def test_presets_are_the_three_pays():
    presets = {p.id: p for p in load_presets()}
    assert list(presets) == ["grand-amienois", "grand-beauvaisis", "pays-de-thierache"]
    assert len(presets["grand-amienois"].epcis) == 8
    assert len(presets["grand-beauvaisis"].epcis) == 5
    assert presets["pays-de-thierache"].epcis == ("240200444", "240200634", "240200600", "200071983")
    assert presets["pays-de-thierache"].siren_structure == "200051118"


def test_preset_ids_combine_into_pays():
    presets = [Preset("pays-de-thierache", "Pays de Thiérache", "200051118", ("240200444",)),
               Preset("grand-beauvaisis", "Grand Beauvaisis", "200088383", ("200067999",))]
    territory = resolve("pays-de-thierache+grand-beauvaisis", COMMUNES, presets)
    assert [part.id for part in territory.parts] == ["pays-de-thierache", "grand-beauvaisis"]
    assert territory.commune_codes == {"02141", "02558", "60057"}
    assert dict(zip(territory.communes["code_commune"], territory.communes["code_pays"]))["60057"] == "grand-beauvaisis"


@pytest.mark.parametrize("territory_id, codes", [
    ("epci:240200444", {"02141", "02558"}),
    ("communes:80021,59350", {"80021", "59350"}),
    ("dep:2", {"02141", "02558"}),
    ("dep:80,59", {"80021", "59350"}),
])
def test_custom_ids(territory_id, codes):
    assert resolve(territory_id, COMMUNES).commune_codes == codes


@pytest.mark.parametrize("territory_id, message", [
    ("nulle-part", "Unknown territory"),
    ("epci:999", "unknown codes 999"),
    ("communes:00000", "unknown codes 00000"),
    ("", "No territory"),
    ("dep:02+epci:240200444", "overlap"),
])
def test_bad_ids_say_what_is_wrong(territory_id, message):
    with pytest.raises(InputError, match=message):
        resolve(territory_id, COMMUNES)
