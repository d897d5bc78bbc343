"""The interface speaks French to French users: the panel, once the French .qm is loaded,
shows no English source string left untranslated."""
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.PyQt.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QToolBox, QWidget

ROOT = Path(__file__).resolve().parents[2]


def translations(language):
    tree = ET.parse(ROOT / "i18n" / f"ess_territoires_{language}.ts")
    return {m.findtext("source"): m.find("translation") for m in tree.getroot().iter("message")}


def test_the_french_file_is_complete():
    missing = [source for source, translation in translations("fr").items()
               if translation is None or not translation.text or translation.get("type") == "unfinished"]
    assert missing == []


def panel_texts(panel) -> set:
    texts = {panel.windowTitle()}
    for widget in panel.findChildren(QWidget):
        texts.add(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QToolBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
    return {text for text in texts if text}


@pytest.fixture
def french(qgis_app):
    from ess_territoires.gis.i18n import install_translator

    assert install_translator("fr"), "build the .qm files first: make translations"
    yield
    install_translator("en")


def test_the_panel_in_french_has_no_english_string_left(french, iface):
    from ess_territoires.gui.dock import EssDock

    english = {source for source, translation in translations("fr").items()
               if translation is not None and translation.text and translation.text != source}
    panel = EssDock(iface, iface.window)
    shown = panel_texts(panel)
    assert len(shown) > 30
    left = sorted(shown & english)
    assert left == [], left
    assert "Étude" in " ".join(shown) or "étude" in " ".join(shown)
    panel.deleteLater()


def test_core_messages_are_translated_too(french):
    import pandas as pd

    from ess_territoires.core.errors import InputError
    from ess_territoires.core.territories import resolve
    with pytest.raises(InputError) as error:
        resolve("nulle-part", pd.DataFrame(columns=["code_commune", "code_epci", "code_departement"]))
    assert "Unknown territory" not in str(error.value)
    assert "nulle-part" in str(error.value)


def test_every_string_of_the_code_has_its_french_translation():
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    import update_translations

    french = translations("fr")
    missing = [text for text in update_translations.source_strings()
               if french.get(text) is None or not french[text].text]
    assert missing == [], "run scripts/update_translations.py and translate: " + "; ".join(missing[:5])
