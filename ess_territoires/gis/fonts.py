"""The plugin's font: DejaVu Sans (free licence, see resources/fonts/LICENSE), shipped with the plugin
and registered with Qt when the plugin loads and in the headless runner, so that every style and
layout finds it on any machine (no font substitution, and the PDFs embed it)."""
from ..core.paths import resource

FAMILY = "DejaVu Sans"
FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")  # an italic is drawn oblique by Qt from these
_registered = []


def register_fonts() -> list:
    """Register the shipped font files with Qt (once); returns the families now available from them."""
    from qgis.PyQt.QtGui import QFontDatabase

    if not _registered:
        for name in FILES:
            path = resource("fonts", name)
            if path.exists():
                font_id = QFontDatabase.addApplicationFont(str(path))
                if font_id >= 0:
                    _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(_registered))
