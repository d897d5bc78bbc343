"""Class labels of a choropleth: rounded, non-overlapping bounds, as a reader of a map expects.

The one rule for every legend of the plugin (styles, atlas, portrait), written here once:
- the bounds are written with the fewest decimals (0 first, at most ``max_decimals``) that keep
  every class a range once rounded (low < high);
- the lowest bound of the first class and the highest of the last are the data's own minimum and
  maximum, rounded to the nearest;
- between two classes, the break ``b`` closes the lower class rounded down and opens the upper one
  rounded up, one unit further when ``b`` is already round: 26,6 gives "0 – 26" then "27 – 73",
  73,53 gives "… – 73" then "74 – 133"; no value is written in two classes;
- numbers are written as the language writes them (core.wording: "1 234,5" in French).
The classes themselves (the breaks the map uses) are not changed: only their labels are rounded.
"""
import math

from . import wording


def _down(value: float, decimals: int) -> float:
    unit = 10 ** decimals
    return math.floor(round(value * unit, 6)) / unit


def _up(value: float, decimals: int) -> float:
    unit = 10 ** decimals
    return math.ceil(round(value * unit, 6)) / unit


def rounded_bounds(breaks, decimals: int) -> list:
    """(low, high) written bounds of each class of ``breaks`` (minimum, inner breaks…, maximum)."""
    unit = 10 ** -decimals
    bounds = []
    for number, (lower, upper) in enumerate(zip(breaks[:-1], breaks[1:])):  # noqa: RUF007 (Python 3.9)
        if number == 0:
            low = float(wording.rounded(lower, decimals))
        else:
            low = _up(lower, decimals)
            if math.isclose(low, _down(lower, decimals)):  # a round break opens the next unit
                low += unit
        if number == len(breaks) - 2:
            high = float(wording.rounded(upper, decimals))
        else:
            high = _down(upper, decimals)
        bounds.append((round(low, decimals), round(high, decimals)))
    return bounds


def label_decimals(breaks, max_decimals: int = 2) -> int:
    """The fewest decimals (0 to ``max_decimals``) with which every class keeps low < high (low = high
    only for a class of one value)."""
    for decimals in range(0, max(0, max_decimals) + 1):
        bounds = rounded_bounds(breaks, decimals)
        if all(low < high or (low == high and lower == upper)
               for (low, high), lower, upper in zip(bounds, breaks[:-1], breaks[1:])):  # noqa: RUF007
            return decimals
    return max(0, max_decimals)


def class_labels(breaks, max_decimals: int = 2, lang: str = "fr") -> list:
    """One label per class of ``breaks`` (ascending: minimum, inner breaks…, maximum):
    "0 – 26", "27 – 73", "74 – 133"…; a class whose rounded bounds meet reads as one number."""
    breaks = [float(b) for b in breaks]
    decimals = label_decimals(breaks, max_decimals)
    labels = []
    for low, high in rounded_bounds(breaks, decimals):
        if low >= high:
            labels.append(wording.number(high, decimals, lang))
        else:
            labels.append(f"{wording.number(low, decimals, lang)} – {wording.number(high, decimals, lang)}")
    return labels
