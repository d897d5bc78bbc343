"""Who writes the workshop rows: the author set in the panel, on the command line, or QGIS's user.

Light on purpose (no pandas, no GDAL): the panel reads it when QGIS starts.
"""
import getpass

from qgis.core import QgsApplication, QgsExpressionContextUtils

# The QGIS global variable holding the author set in the panel (QGIS keeps it between sessions);
# the workshop layers' default value for ``auteur`` reads it first (gis.tracking).
AUTHOR_VARIABLE = "ess_territoires_auteur"


def author(given: str = "") -> str:
    """Who writes: ``given``, else the author set in the panel, else QGIS's user full name, else the login."""
    if given and given.strip():
        return given.strip()
    scope = QgsExpressionContextUtils.globalScope()
    value = scope.variable(AUTHOR_VARIABLE) if scope.hasVariable(AUTHOR_VARIABLE) else None
    if value and str(value).strip():
        return str(value).strip()
    for name in (QgsApplication.userFullName(), QgsApplication.userLoginName()):
        if name and name.strip():
            return name.strip()
    return getpass.getuser()


def panel_author() -> str:
    """The author set in the panel ("" when none)."""
    scope = QgsExpressionContextUtils.globalScope()
    value = scope.variable(AUTHOR_VARIABLE) if scope.hasVariable(AUTHOR_VARIABLE) else ""
    return str(value or "").strip()


def set_panel_author(name: str):
    """Set the author of the rows written in this QGIS (a global variable, kept by QGIS); "" removes it."""
    if name and name.strip():
        QgsExpressionContextUtils.setGlobalVariable(AUTHOR_VARIABLE, name.strip())
    else:
        QgsExpressionContextUtils.removeGlobalVariable(AUTHOR_VARIABLE)
