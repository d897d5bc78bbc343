"""A territory too large for one pass over the SIRENE stock (a national study), imported in parts.

``import_sirene`` holds every establishment of the communes it reads (active and closed) while it
classifies them: ~0.9 KB each, so a study of every commune of France (~40 M establishments) would
need some 35 GB. Its communes are therefore cut into parts of at most ``ROWS_PER_PASS`` expected
establishments (from their population), each imported by one pass over the files, and the parts'
results put together: every table of an import is per commune or per establishment, so the parts
add up to what one pass would give. A territory within one part (a Pays, a région) is read in one
pass, as before.
"""
import pandas as pd

from .i18n import tr
from .sirene import SireneImport, import_sirene

# Establishments held at once (~3.5 GB while classifying), and how many a commune's population
# lets expect: INSEE's stock holds 43.9 M establishments, active and closed, for 68 M inhabitants.
ROWS_PER_PASS = 4_000_000
ROWS_PER_INHABITANT = 0.65
# Counts of rows read from a file: every pass reads the whole file, they do not add up.
_READ_COUNTS = ("etablissements_lus", "unites_legales_lues", "geolocalisation_lues", "historique_lues")


def parts_of(communes: pd.DataFrame, rows_per_pass: int = ROWS_PER_PASS) -> list:
    """The communes (code_commune, population) cut into sets of codes, in code order, each with at
    most ``rows_per_pass`` expected establishments (a commune bigger than that alone in its part)."""
    frame = communes[["code_commune", "population"]].drop_duplicates("code_commune").sort_values("code_commune")
    expected = pd.to_numeric(frame["population"], errors="coerce").fillna(0) * ROWS_PER_INHABITANT
    if expected.sum() <= rows_per_pass:
        return [set(frame["code_commune"].astype(str))]
    parts, current, total = [], set(), 0.0
    for code, rows in zip(frame["code_commune"].astype(str), expected):
        if current and total + rows > rows_per_pass:
            parts.append(current)
            current, total = set(), 0.0
        current.add(code)
        total += rows
    parts.append(current)
    return parts


def import_sirene_in_parts(etablissements, unites_legales, parts: list, feedback=None, stock_date=None,
                           **options) -> SireneImport:
    """``import_sirene`` of the communes of every part of ``parts`` (sets of codes), one pass each,
    put together; ``options`` are import_sirene's. The stock's date is the first pass's for all."""
    if len(parts) == 1:
        return import_sirene(etablissements, unites_legales, parts[0], feedback=feedback, stock_date=stock_date,
                             **options)
    results = []
    for number, part in enumerate(parts):
        if feedback is not None and hasattr(feedback, "pushInfo"):
            feedback.pushInfo(tr("Reading the stock for part {number} of {parts} of the territory ({n} communes)…")
                              .format(number=number + 1, parts=len(parts), n=len(part)))
        result = import_sirene(etablissements, unites_legales, part, feedback=feedback, stock_date=stock_date,
                               **options)
        stock_date = stock_date or result.stock_date
        results.append(result)
    return combined(results)


def combined(results: list) -> SireneImport:
    """One SireneImport from those of disjoint sets of communes."""
    def frames(name):
        return pd.concat([getattr(r, name) for r in results], ignore_index=True)

    first = results[0]
    stats = dict(first.stats)
    for key, value in first.stats.items():
        if isinstance(value, bool) or key in _READ_COUNTS:
            continue
        if isinstance(value, (int, float)):
            stats[key] = sum(r.stats.get(key, 0) for r in results)
    stats["phases_seconds"] = {key: round(sum(r.stats["phases_seconds"].get(key, 0) for r in results), 3)
                               for key in first.stats.get("phases_seconds", {})}
    stats["passes"] = len(results)
    return SireneImport(frames("etablissements"), frames("ess_communes"), frames("emploi_communes"),
                        frames("rejets"), stats, frames("dynamique_communes"), frames("ess_dates_communes"),
                        first.stock_date)
