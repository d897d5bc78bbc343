"""The choice lists of the steps, each defined once with its keys and labels.

The Processing algorithms, the panel and the command line offer the same choices from here:
(key, label) pairs in the order shown. An algorithm's enum parameter takes the position in that
order (or the key, for a list of static strings), the command line takes the key, the panel keeps
the key as each item's data. Labels are translated when a list is asked for.
"""
from typing import NamedTuple

from .i18n import tr


class Choice(NamedTuple):
    key: str
    label: str


def atlas_coverages() -> tuple:
    """What one atlas page covers."""
    return (Choice("pays", tr("Pays")), Choice("epci", tr("EPCI")), Choice("communes", tr("Commune")))


def atlas_themes() -> tuple:
    """The map of an atlas page ("": the territories only)."""
    return (
        Choice("", tr("Territories only")),
        Choice("familles", tr("ESS establishments by family")),
        Choice("emplois", tr("Estimated ESS jobs")),
        Choice("densite", tr("ESS establishments per 10,000 inhabitants")),
        Choice("part_emploi", tr("Share of the ESS in employment")),
        Choice("dynamique", tr("ESS creations per 10,000 inhabitants (5 years)")),
    )


def page_formats() -> tuple:
    """The page of an atlas."""
    return (Choice("A4", tr("A4 portrait")), Choice("A3", tr("A3 landscape")))


def style_methods() -> tuple:
    """How a map draws a field: "auto" picks circles for a stock and Jenks for a ratio."""
    return (
        Choice("auto", tr("Automatic (circles for a stock, Jenks for a ratio)")),
        Choice("jenks", tr("Jenks")),
        Choice("quantiles", tr("Quantiles")),
        Choice("intervalles", tr("Equal intervals")),
        Choice("ecart-type", tr("Standard deviation")),
        Choice("manuel", tr("Manual limits")),
    )


def keys(choices) -> list:
    return [choice.key for choice in choices]


def labels(choices) -> list:
    return [choice.label for choice in choices]
