"""A QgisInterface over a real main window, menu bar, toolbar and canvas.

Unlike a mock, what a plugin adds really appears in the window, so a test can check that
unload removes all of it.
"""
from qgis.gui import QgsMapCanvas, QgsMessageBar
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar


class QgisLikeInterface(QObject):
    def __init__(self):
        super().__init__()
        self.window = QMainWindow()
        self.canvas = QgsMapCanvas(self.window)
        self.window.setCentralWidget(self.canvas)
        self.message_bar = QgsMessageBar(self.window)
        self.plugin_menu = self.window.menuBar().addMenu("Plugins")
        self.plugin_toolbar = QToolBar("Plugins", self.window)
        self.window.addToolBar(self.plugin_toolbar)

    def close(self):
        self.window.close()
        self.window.deleteLater()

    def mainWindow(self):
        return self.window

    def mapCanvas(self):
        return self.canvas

    def messageBar(self):
        return self.message_bar

    def _submenu(self, name):
        for action in self.plugin_menu.actions():
            if action.menu() is not None and action.text() == name:
                return action.menu()
        return None

    def addPluginToMenu(self, name, action):
        menu = self._submenu(name) or self.plugin_menu.addMenu(name)
        menu.addAction(action)

    def removePluginMenu(self, name, action):
        menu = self._submenu(name)
        if menu is None:
            return
        menu.removeAction(action)
        if not menu.actions():
            self.plugin_menu.removeAction(menu.menuAction())

    def addToolBarIcon(self, action):
        self.plugin_toolbar.addAction(action)

    def removeToolBarIcon(self, action):
        self.plugin_toolbar.removeAction(action)

    def addDockWidget(self, area, dock):
        self.window.addDockWidget(area, dock)

    def removeDockWidget(self, dock):
        self.window.removeDockWidget(dock)

    # what the plugin left behind
    def plugin_menus(self):
        return [a.text() for a in self.plugin_menu.actions()]

    def toolbar_actions(self):
        return list(self.plugin_toolbar.actions())

    def docks(self):
        return self.window.findChildren(QDockWidget)

    def menus(self):
        return self.window.findChildren(QMenu)
