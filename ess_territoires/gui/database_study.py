"""A study in a PostgreSQL/PostGIS database, chosen in the panel through a QGIS saved connection.

The user picks one of QGIS's PostgreSQL connections (Data Source Manager, with its authentication
configuration) and a schema, one per study. The study's location keeps the connection's server or
service, database, user and authcfg id, never a password (gis.postgis.location_from_connection):
QGIS's authentication manager gives the password when a connection opens.
"""
from qgis.core import QgsProviderRegistry
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from ..core.errors import InputError
from ..core.i18n import tr

PROVIDER = "postgres"
# Schemas of a database that hold no study
SYSTEM_SCHEMAS = {"information_schema", "pg_catalog", "pg_toast", "public", "topology", "tiger", "tiger_data"}


def saved_connections() -> dict:
    """QGIS's saved PostgreSQL connections: name -> QgsAbstractDatabaseProviderConnection."""
    metadata = QgsProviderRegistry.instance().providerMetadata(PROVIDER)
    return dict(metadata.connections()) if metadata is not None else {}


def study_location(connection_name: str, schema: str) -> str:
    """The study location of ``schema`` through the saved connection ``connection_name``."""
    from ..gis.postgis import location_from_connection

    connection = saved_connections().get(connection_name)
    if connection is None:
        raise InputError(tr("There is no PostgreSQL connection named '{name}' in QGIS: add it in the Data "
                            "Source Manager (with an authentication configuration).").format(name=connection_name))
    return location_from_connection(connection.uri(), schema.strip())


def study_schemas(connection) -> list:
    """The schemas of the connection's database that may hold a study; [] when it cannot be read."""
    try:
        return sorted(name for name in connection.schemas() if name not in SYSTEM_SCHEMAS
                      and not name.startswith("pg_"))
    except Exception:  # noqa: BLE001 (a server down: the user types the schema)
        return []


class DatabaseStudyDialog(QDialog):
    """Choose a saved PostgreSQL connection and a schema (an existing study, or a new one)."""

    def __init__(self, parent=None, connection_name: str = "", schema: str = ""):
        super().__init__(parent)
        self.setWindowTitle(tr("Study in a PostgreSQL database"))
        layout = QFormLayout(self)
        self.connection_combo = QComboBox(self)
        self.connection_combo.setObjectName("connection_combo")
        self.connections = saved_connections()
        self.connection_combo.addItems(sorted(self.connections))
        self.schema_combo = QComboBox(self)
        self.schema_combo.setObjectName("schema_combo")
        self.schema_combo.setEditable(True)
        layout.addRow(tr("QGIS connection"), self.connection_combo)
        layout.addRow(tr("Schema of the study"), self.schema_combo)
        hint = QLabel(tr("One schema per study: an existing study, or a new name (lower-case letters, digits, _) "
                         "to create one for the territory chosen in the panel. Passwords stay in QGIS's authentication "
                         "manager."), self)
        hint.setWordWrap(True)
        layout.addRow(hint)
        if not self.connections:
            layout.addRow(QLabel(tr("No PostgreSQL connection in QGIS yet: add one in the Data Source Manager."),
                                 self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.connection_combo.currentTextChanged.connect(self._fill_schemas)
        if connection_name in self.connections:
            self.connection_combo.setCurrentText(connection_name)
        self._fill_schemas(self.connection_combo.currentText())
        if schema:
            self.schema_combo.setCurrentText(schema)

    def _fill_schemas(self, name: str):
        current = self.schema_combo.currentText()
        self.schema_combo.clear()
        if name in self.connections:
            self.schema_combo.addItems(study_schemas(self.connections[name]))
        self.schema_combo.setCurrentText(current)

    def chosen(self) -> tuple:
        return self.connection_combo.currentText(), self.schema_combo.currentText().strip()
