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
