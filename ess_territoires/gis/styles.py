"""Map styles: the palette file, and the outlines of the territory layers (Pays, EPCI, communes)."""
import json
from functools import lru_cache

from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer

from ..core.paths import resource


@lru_cache(maxsize=1)
def palettes() -> dict:
    """resources/palettes.json: every colour of every map."""
    with open(resource("palettes.json"), encoding="utf-8") as f:
        return json.load(f)


def territory_outline(level: str) -> tuple:
    """Outline colour and width (mm) of the territory level ``level`` (pays, epci, communes)."""
    outline = palettes()["territoires"][level]
    return outline["contour"], outline["epaisseur_mm"]


def outline_symbol(color: str, width: float) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({
        "style": "no", "outline_color": color, "outline_width": str(width),
        "outline_width_unit": "MM", "joinstyle": "round",
    })


def apply_territory_style(layer, level: str):
    layer.setRenderer(QgsSingleSymbolRenderer(outline_symbol(*territory_outline(level))))
    layer.triggerRepaint()
