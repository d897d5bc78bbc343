"""The QGIS plugin: menu entry, toolbar button, dock panel and Processing provider."""
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .core.i18n import tr
from .core.paths import resource


class EssTerritoiresPlugin:
    def __init__(self, iface):  # noqa: QGS105 (QGIS hands the interface to the class classFactory returns)
        self.iface = iface
        self.provider = None
        self.action = None
        self.dock = None
        self.menu = tr("&ESS Territoires")

    def initProcessing(self):
        if self.provider is None:
            from .processing.provider import EssProvider

            self.provider = EssProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):
        from .gis.fonts import register_fonts
        from .gis.i18n import install_translator
        from .gui.dock import EssDock

        install_translator()
        register_fonts()  # before any style or layout names the font
        self.menu = tr("&ESS Territoires")
        self.initProcessing()
        self.dock = EssDock(self.iface, self.iface.mainWindow())
        self.dock.setObjectName("EssTerritoiresDock")
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()

        self.action = QAction(QIcon(str(resource("icons", "ess_territoires.svg"))),
                              tr("ESS Territoires"), self.iface.mainWindow())
        self.action.setObjectName("EssTerritoiresAction")
        self.action.setCheckable(True)
        self.action.setToolTip(tr("Show the ESS Territoires panel"))
        self.action.toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(self.action.setChecked)
        self.iface.addPluginToMenu(self.menu, self.action)
        self.iface.addToolBarIcon(self.action)

    def unload(self):
        if self.action is not None:
            self.iface.removePluginMenu(self.menu, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.dock is not None:
            self.dock.shutdown()  # cancels a running task and waits for it
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
