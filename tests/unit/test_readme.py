"""The README stays true: its commands, and every indicator field with its definition."""
from pathlib import Path

from ess_territoires.core.indicators import field_table

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_the_two_commands_are_documented():
    assert "make demo" in README and "make test" in README


def test_every_indicator_field_is_documented():
    """Comparison fields are documented by their base field and the note on the suffixes."""
    assert "`_pays`" in README and "`_ref`" in README
    for field in field_table()["champ"]:
        documented = f"`{field}`" in README
        for suffix in ("_pays", "_ref"):
            documented |= field.endswith(suffix) and f"`{field.removesuffix(suffix)}`" in README
        assert documented, field


def test_the_pictures_it_shows_exist():
    root = Path(__file__).resolve().parents[2]
    for picture in ("docs/capture_panneau.png", "docs/atlas_pays_thierache.png"):
        assert picture in README and (root / picture).exists()
