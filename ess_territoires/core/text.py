"""Text keys shared by lists, atlases and matching."""
import unicodedata

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def sort_key(name) -> str:
    """Accent-free lower-case key: "Étreux" sorts with the E, "Saint-Martin-le-Nœud" with "noeud".

    QGIS orders strings with the machine's locale (where "Étreux" can land after "Z"), so
    lists and atlases sort on this stored key instead.
    """
    if name is None:
        return ""
    text = str(name).translate(_LIGATURES)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower().replace("’", "'").strip()


def clean_codes(series, upper: bool = False):
    """A pandas Series of string codes stripped (and upper-cased), computed once per distinct
    value; the series itself when nothing changes."""
    mapping = {v: (v.strip().upper() if upper else v.strip()) for v in series.unique()}
    if all(k == v for k, v in mapping.items()):
        return series
    return series.map(mapping)
