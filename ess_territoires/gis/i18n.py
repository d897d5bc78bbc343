"""Load the plugin's translation for the QGIS locale and route core.i18n.tr through Qt."""
import os

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ..core import i18n as core_i18n
from ..core.paths import PACKAGE_DIR

_translator = None
_language = "en"  # the language of the installed translation ("en" when none)


def ui_locale() -> str:
    """Two-letter language of the interface: QGIS's setting, else the system's."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "") or ""
    else:
        name = os.environ.get("LC_ALL") or os.environ.get("LANG") or QLocale.system().name()
    return (name or "en")[:2].lower()


def qm_path(language: str):
    for folder in (PACKAGE_DIR / "i18n", PACKAGE_DIR.parent / "i18n"):
        candidate = folder / f"ess_territoires_{language}.qm"
        if candidate.exists():
            return candidate
    return None


def install_translator(language=None):
    """Use the .qm of ``language`` (default: the interface's); English needs none.

    The plugin's strings are looked up in the translator directly, so they are translated even
    before or after a QApplication exists (the command line prints its errors after QGIS stops);
    the translator is also installed into the application when there is one.
    """
    global _translator, _language
    language = language or ui_locale()
    app = QCoreApplication.instance()
    if _translator is not None and app is not None:
        app.removeTranslator(_translator)
    _translator = None
    path = qm_path(language)
    if path is not None:
        translator = QTranslator()
        if translator.load(str(path)):
            if app is not None:
                app.installTranslator(translator)
            _translator = translator
    _language = language if _translator is not None else "en"
    if _translator is None:
        core_i18n.set_translator(None)
    else:
        lookup = _translator  # PyQt passes const char* as ASCII unless given UTF-8 bytes
        core_i18n.set_translator(lambda context, text: lookup.translate(context.encode(), text.encode()) or text)
    return _translator is not None


def text_language() -> str:
    """The language the plugin speaks now ("fr" with the French translation, else "en"): the
    language of the texts it writes (the portrait's paragraphs)."""
    return _language
