"""The Processing provider: every step of a study as one algorithm."""
from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import tr
from ..core.paths import resource


class EssProvider(QgsProcessingProvider):
    def id(self):
        return "ess_territoires"

    def name(self):
        return tr("ESS Territoires")

    def icon(self):
        return QIcon(str(resource("icons", "ess_territoires.svg")))

    def loadAlgorithms(self):
        from .atlas import AtlasAlgorithm
        from .etude import EtudeAlgorithm

        for algorithm in (EtudeAlgorithm(), AtlasAlgorithm()):
            self.addAlgorithm(algorithm)
