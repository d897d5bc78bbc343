"""The Processing provider: every step of a study as one algorithm."""
import importlib
from pathlib import Path

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import tr
from ..core.paths import resource
from .base import EssAlgorithm


def algorithm_classes() -> list:
    """Every EssAlgorithm defined in a module of this package (one module per algorithm)."""
    classes = []
    for path in sorted(Path(__file__).parent.glob("*.py")):
        if path.stem in ("__init__", "provider", "base", "runner"):
            continue
        module = importlib.import_module(f"{__package__}.{path.stem}")
        classes += [obj for obj in vars(module).values()
                    if isinstance(obj, type) and issubclass(obj, EssAlgorithm)
                    and obj.__module__ == module.__name__]
    return classes


class EssProvider(QgsProcessingProvider):
    def id(self):
        return "ess_territoires"

    def name(self):
        return tr("ESS Territoires")

    def icon(self):
        return QIcon(str(resource("icons", "ess_territoires.svg")))

    def loadAlgorithms(self):
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
