"""Map styles. The colours of the territory outlines are set here and nowhere else."""
from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer

# Outline colour and width (mm) of each territory level: finer levels lighter and thinner.
TERRITORY_OUTLINES = {
    "communes": ("#9e9e9e", 0.15),
    "epci": ("#4d4d4d", 0.5),
    "pays": ("#1a1a1a", 1.0),
}


def outline_symbol(color: str, width: float) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({
        "style": "no", "outline_color": color, "outline_width": str(width),
        "outline_width_unit": "MM", "joinstyle": "round",
    })


def apply_territory_style(layer, level: str):
    color, width = TERRITORY_OUTLINES[level]
    layer.setRenderer(QgsSingleSymbolRenderer(outline_symbol(color, width)))
    layer.triggerRepaint()
