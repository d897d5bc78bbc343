"""Translation hook for code that must not import qgis.

User-facing strings in core/ and sources/ go through ``tr()`` with English source text.
The QGIS side installs a translator (``set_translator``) that calls
``QCoreApplication.translate``, so the same strings are translated in the plugin, the
Processing toolbox and the command line. Without QGIS, ``tr`` returns the text as is.
"""

CONTEXT = "EssTerritoires"

_translate = None


def set_translator(translate):
    """translate(context, text) -> str, e.g. QCoreApplication.translate."""
    global _translate
    _translate = translate


def tr(text: str) -> str:
    if _translate is None:
        return text
    return _translate(CONTEXT, text)
