"""The panel's settings: one typed place for the defaults and the last choices, over QgsSettings.

Every key lives under ``ess_territoires/``. The network keys are gis/network.py's own (which the
import and API steps read), so the panel's online/offline switch and API addresses are the ones
the algorithms use (a test reads them back through gis/network.py).

Credentials never go into QgsSettings or a project: ``store_credential`` puts them in QGIS's
authentication database (QgsAuthManager) and the settings keep only the authcfg id.
"""
from dataclasses import dataclass, fields

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings

from ..core.errors import InputError
from ..core.i18n import tr
from ..gis import naf_labels, network
from ..sources import addresses

PREFIX = "ess_territoires/"
# The settings the import steps read too (gis/network.py): one key each.
NETWORK_KEYS = {"api_url": network.KEY_API_URL, "geo_url": network.KEY_GEO_URL, "offline": network.KEY_OFFLINE}
# Other settings the import steps read (gis/naf_labels.py): the user's NAF 2025 label list.
IMPORT_KEYS = {"naf2025_labels": naf_labels.KEY_NAF2025_LABELS}
DEFAULT_API_URL = addresses.RECHERCHE_ENTREPRISES_URL
DEFAULT_GEO_URL = addresses.GEO_API_URL
AUTH_METHOD = "Basic"


def store():
    """The QgsSettings the panel reads and writes (tests replace it with a file of their own)."""
    return QgsSettings()


@dataclass
class PanelSettings:
    """Defaults and last choices of the panel. ``load``/``save`` map each field to
    ``ess_territoires/panel/<field>``, except the network fields (gis/network.py's keys) and the
    NAF 2025 label list (gis/naf_labels.py's key)."""
    study_folder: str = ""
    database_connection: str = ""  # name of a QGIS saved PostgreSQL connection (it holds no password here)
    database_schema: str = ""
    territory: str = "grand-amienois"
    etablissements: str = ""
    unites_legales: str = ""
    geolocalisation: str = ""
    historique: str = ""  # StockEtablissementHistorique: exact closure dates for the dynamics
    partner_file: str = ""
    naf2025_labels: str = ""  # INSEE's list of NAF 2025 sub-classes: its labels replace the shipped ones
    api_url: str = DEFAULT_API_URL
    geo_url: str = DEFAULT_GEO_URL
    offline: bool = False
    api_finances: bool = False
    map_layer: str = "indicateurs_communes"
    map_field: str = "etab_ess_pour_10000_hab"
    map_method: str = "auto"
    map_classes: int = 5
    atlas_coverage: str = "pays"
    atlas_pays: str = ""
    atlas_theme: str = "densite"
    atlas_format: str = "A4"
    atlas_per_page: bool = False
    atlas_png_folder: str = ""
    authcfg: str = ""  # id of a configuration in QGIS's authentication database, never a secret

    @staticmethod
    def key(name: str) -> str:
        return NETWORK_KEYS.get(name) or IMPORT_KEYS.get(name, f"{PREFIX}panel/{name}")

    @classmethod
    def load(cls, settings=None) -> "PanelSettings":
        settings = settings if settings is not None else store()
        values = {}
        for item in fields(cls):
            default = item.default
            raw = settings.value(cls.key(item.name), default)
            values[item.name] = _typed(raw, type(default), default)
        return cls(**values)

    def save(self, settings=None):
        settings = settings if settings is not None else store()
        for item in fields(self):
            settings.setValue(self.key(item.name), getattr(self, item.name))
        settings.sync()


def _typed(raw, kind, default):
    if raw is None:
        return default
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        return str(raw).strip().lower() in ("true", "1", "yes", "on")
    if kind is int:
        try:
            return int(raw)
        except (TypeError, ValueError):
            return default
    return str(raw)


# ----------------------------------------------------------------------------------------------
# Credentials: QGIS's authentication database only


def _auth_manager():
    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        raise InputError(tr("QGIS's authentication database is not available: credentials cannot be "
                            "stored. Check Settings > Options > Authentication."))
    return manager


def store_credential(name: str, username: str, password: str, authcfg: str = "") -> str:
    """Store a user name and password in QGIS's authentication database (method Basic) and return
    the configuration id; ``authcfg`` updates an existing configuration. QGIS asks for its master
    password when it is not yet set."""
    manager = _auth_manager()
    config = QgsAuthMethodConfig(AUTH_METHOD)
    config.setName(name)
    config.setConfig("username", username)
    config.setConfig("password", password)
    if authcfg:
        config.setId(authcfg)
        ok = manager.updateAuthenticationConfig(config)
    else:
        ok = manager.storeAuthenticationConfig(config)
        ok = ok[0] if isinstance(ok, tuple) else ok
    if not ok or not config.id():
        raise InputError(tr("The credentials could not be stored in QGIS's authentication database "
                            "(is its master password set?)."))
    return config.id()


def credential(authcfg: str) -> tuple:
    """(user name, password) of the configuration ``authcfg``, read from QGIS's authentication
    database; ("", "") when there is none."""
    if not authcfg:
        return "", ""
    manager = _auth_manager()
    config = QgsAuthMethodConfig()
    result = manager.loadAuthenticationConfig(authcfg, config, True)
    ok = result[0] if isinstance(result, tuple) else result
    if isinstance(result, tuple) and len(result) > 1 and isinstance(result[1], QgsAuthMethodConfig):
        config = result[1]
    if not ok:
        raise InputError(tr("The credentials {id} are not in QGIS's authentication database.").format(id=authcfg))
    return config.config("username"), config.config("password")


def remove_credential(authcfg: str) -> bool:
    if not authcfg:
        return False
    return bool(_auth_manager().removeAuthenticationConfig(authcfg))
