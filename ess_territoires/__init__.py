"""ESS Territoires: inventory, measure and map the social and solidarity economy of a territory."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    """QGIS entry point; the plugin module is imported only now, to keep start-up fast."""
    from .plugin import EssTerritoiresPlugin

    return EssTerritoiresPlugin(iface)
