"""Load the plugin's translation for the QGIS locale and route core.i18n.tr through Qt."""
import os

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ..core import i18n as core_i18n
from ..core.paths import PACKAGE_DIR

_translator = None


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
    """Install the .qm of ``language`` (default: the interface's); English needs none."""
    global _translator
    language = language or ui_locale()
    app = QCoreApplication.instance()
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator = None
    path = qm_path(language)
    if path is not None:
        translator = QTranslator()
        if translator.load(str(path)):
            app.installTranslator(translator)
            _translator = translator
    core_i18n.set_translator(QCoreApplication.translate)
    return _translator is not None
