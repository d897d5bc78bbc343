"""The dock panel: pick a territory and see it on the map."""
import contextlib
import re
import sqlite3
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (QComboBox, QLabel, QListWidget, QListWidgetItem, QPushButton,
                                 QVBoxLayout, QWidget)

from ..core.i18n import tr
from ..core.paths import reference_gpkg
from ..core.territories import load_presets

CUSTOM = "__custom__"


def reference_epcis(path=None) -> list:
    """(code, name) of the EPCI of the reference data, sorted by name."""
    path = path or reference_gpkg()
    if not Path(path).exists():
        return []
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        return con.execute("SELECT code_epci, nom FROM epci ORDER BY nom_tri").fetchall()


def territories_folder() -> Path:
    """Where the panel keeps the territory layers it shows (the user's QGIS profile)."""
    folder = Path(QgsApplication.qgisSettingsDirPath()) / "ess_territoires" / "territoires"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class EssDock(QgsDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("ESS Territoires"), parent)
        self.iface = iface
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(QLabel(tr("Territory")))
        self.territory_combo = QComboBox(body)
        self.territory_combo.setObjectName("territory_combo")
        for preset in load_presets():
            self.territory_combo.addItem(preset.name, preset.id)
        self.territory_combo.addItem(tr("Custom set of EPCI…"), CUSTOM)
        layout.addWidget(self.territory_combo)
        self.epci_list = QListWidget(body)
        self.epci_list.setObjectName("epci_list")
        for code, name in reference_epcis():
            item = QListWidgetItem(f"{name} ({code})")
            item.setData(Qt.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.epci_list.addItem(item)
        layout.addWidget(self.epci_list)
        self.show_button = QPushButton(tr("Show the territory"), body)
        self.show_button.setObjectName("show_button")
        layout.addWidget(self.show_button)
        layout.addStretch(1)
        self.setWidget(body)
        self.territory_combo.currentIndexChanged.connect(self._update_custom)
        self.show_button.clicked.connect(self.show_territory)
        self._update_custom()

    def _update_custom(self):
        self.epci_list.setVisible(self.territory_combo.currentData() == CUSTOM)

    def territory_id(self) -> str:
        value = self.territory_combo.currentData()
        if value != CUSTOM:
            return value
        codes = [self.epci_list.item(i).data(Qt.UserRole) for i in range(self.epci_list.count())
                 if self.epci_list.item(i).checkState() == Qt.Checked]
        return f"epci:{','.join(codes)}" if codes else ""

    def show_territory(self):
        """Create the territory's layers with the etude algorithm, add them styled, zoom."""
        from ..gis.layers import add_territory_layers
        from ..gis.qgis_app import processing_run

        territory = self.territory_id()
        if not territory:
            self.iface.messageBar().pushMessage(
                tr("ESS Territoires"), tr("Tick at least one EPCI for a custom territory."), Qgis.Warning)
            return
        gpkg = territories_folder() / (re.sub(r"[^A-Za-z0-9_-]+", "_", territory)[:80] + ".gpkg")
        try:
            processing_run("ess_territoires:etude", {"TERRITOIRE": territory, "OUTPUT": str(gpkg)})
            layers = add_territory_layers(gpkg, QgsProject.instance(), self.territory_combo.currentText())
        except Exception as error:  # shown to the user, never a traceback dialog
            self.iface.messageBar().pushMessage(tr("ESS Territoires"), str(error), Qgis.Critical)
            return
        canvas = self.iface.mapCanvas()
        extent = layers["pays"].extent()
        extent.scale(1.05)
        canvas.setDestinationCrs(layers["pays"].crs())
        canvas.setExtent(extent)
        canvas.refresh()
