"""Words from the numbers: numbers, plurals, territory names and comparisons, in French and English.

Pure Python (no qgis, no pandas), used by the portrait's generated paragraphs (core.portrait_text).

- Numbers: French "1 234,5" (thousands grouped by a narrow no-break space U+202F, decimal comma),
  "10,5 %" (narrow no-break space before %), "−3" (minus sign U+2212); English "1,234.5", "10.5%".
  Rounding is half up on the decimal value ("3 058,5" → "3 059"), as a reader rounds.
- Plurals: in French a quantity below 2 takes the singular ("0 établissement", "1,5 emploi"),
  in English only 1 does.
- Territory names: the article and gender of a name come from its first word ("Communauté…": la,
  "Pays…": le, "Grand…": le), from a list of names of regions ("Amiénois": l'), or from
  ``resources/articles_territoires.csv`` (exceptions a user can extend); a name with none is used
  bare, as a commune's ("Amiens", "d'Amiens").
- Comparisons: the relative gap (value − reference) / reference, worded from THRESHOLDS (the one
  place they are written; documented in the README).
"""
import csv
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from .paths import resource

NNBSP = "\u202f"  # narrow no-break space: French thousands separator, before % and :
NBSP = "\u00a0"  # no-break space: between a number and its noun, inside « »
MINUS = "\u2212"
LANGUAGES = ("fr", "en")

# ----------------------------------------------------------------------------------------------
# Comparison thresholds: relative gap to the reference, in %.
CLEARLY = 20.0  # a gap of +20 % or more: "nettement au-dessus"; −20 % or less: "nettement en dessous"
CLOSE = 5.0  # a gap strictly between −5 % and +5 %: "proche"; otherwise "au-dessus" / "en dessous"
THRESHOLDS = (CLOSE, CLEARLY)
LEVELS = ("nettement_au_dessus", "au_dessus", "proche", "en_dessous", "nettement_en_dessous")


def _lang(lang: str) -> str:
    return "fr" if lang == "fr" else "en"


# ----------------------------------------------------------------------------------------------
# Numbers


def rounded(value, decimals: int = 0) -> Decimal:
    """``value`` rounded half up to ``decimals`` places (on its shortest decimal writing)."""
    quantum = Decimal(1).scaleb(-decimals)
    return Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_UP)


def number(value, decimals: int = 0, lang: str = "fr") -> str:
    """``value`` written with ``decimals`` places: "12 345,6" in French, "12,345.6" in English."""
    if value is None:
        return "–"
    amount = rounded(value, decimals)
    negative = amount < 0
    text = f"{abs(amount):,.{decimals}f}"
    if _lang(lang) == "fr":
        text = text.replace(",", NNBSP).replace(".", ",")
        sign = MINUS
    else:
        sign = "-"
    return f"{sign}{text}" if negative else text


def percent(value, decimals: int = 1, lang: str = "fr") -> str:
    """"10,5 %" (narrow no-break space) in French, "10.5%" in English."""
    if value is None:
        return "–"
    return number(value, decimals, lang) + (f"{NNBSP}%" if _lang(lang) == "fr" else "%")


def euros(value, lang: str = "fr") -> str:
    """An amount in euros: "12 345 €" below a million, "12,3 millions d'euros" above
    (English: "€12,345", "€12.3 million")."""
    if value is None:
        return "–"
    if abs(value) >= 1_000_000:
        millions = number(value / 1_000_000, 1, lang)
        if _lang(lang) == "fr":
            word = "million" if abs(rounded(value / 1_000_000, 1)) < 2 else "millions"
            return f"{millions}{NBSP}{word} d'euros"
        return f"€{millions}{NBSP}million"
    return f"{number(value, 0, lang)}{NBSP}€" if _lang(lang) == "fr" else f"€{number(value, 0, lang)}"


def is_plural(value, lang: str = "fr") -> bool:
    """French: 2 and more (in absolute value) take the plural; English: anything but 1."""
    if _lang(lang) == "fr":
        return abs(rounded(value, 2)) >= 2
    return abs(rounded(value, 2)) != 1


# Nouns counted in the paragraphs: key -> {lang: (singular, plural, gender)}
NOUNS = {
    "etablissement": {"fr": ("établissement", "établissements", "m"), "en": ("establishment", "establishments", "")},
    "emploi": {"fr": ("emploi salarié", "emplois salariés", "m"), "en": ("salaried job", "salaried jobs", "")},
    "commune": {"fr": ("commune", "communes", "f"), "en": ("commune", "communes", "")},
    "epci": {"fr": ("EPCI", "EPCI", "m"), "en": ("EPCI", "EPCIs", "")},
    "habitant": {"fr": ("habitant", "habitants", "m"), "en": ("inhabitant", "inhabitants", "")},
    "contribution": {"fr": ("contribution", "contributions", "f"), "en": ("contribution", "contributions", "")},
    "recommandation": {"fr": ("recommandation", "recommandations", "f"),
                       "en": ("recommendation", "recommendations", "")},
    "unite": {"fr": ("unité légale", "unités légales", "f"), "en": ("legal unit", "legal units", "")},
    "an": {"fr": ("an", "ans", "m"), "en": ("year", "years", "")},
    "levier": {"fr": ("levier", "leviers", "m"), "en": ("lever", "levers", "")},
    "frein": {"fr": ("frein", "freins", "m"), "en": ("obstacle", "obstacles", "")},
    "projet": {"fr": ("projet", "projets", "m"), "en": ("project", "projects", "")},
    "besoin": {"fr": ("besoin", "besoins", "m"), "en": ("need", "needs", "")},
}


def noun(key: str, value, lang: str = "fr") -> str:
    singular, plural, _ = NOUNS[key][_lang(lang)]
    return plural if is_plural(value, lang) else singular


def gender(key: str) -> str:
    return NOUNS[key]["fr"][2]


def count(value, key: str, lang: str = "fr", decimals: int = 0) -> str:
    """"1 établissement", "2 établissements", "1 234 emplois salariés" (no-break space after the number)."""
    return f"{number(value, decimals, lang)}{NBSP}{noun(key, value, lang)}"


def none_of(key: str, lang: str = "fr") -> str:
    """"aucun établissement", "aucune commune"; English "no establishment"."""
    singular = NOUNS[key][_lang(lang)][0]
    if _lang(lang) == "fr":
        return ("aucune " if gender(key) == "f" else "aucun ") + singular
    return f"no {singular}"


def agree(word_m: str, value, key: str, lang: str = "fr") -> str:
    """A French past participle or adjective agreeing with ``value`` × noun ``key``
    ("créé" → "créés", "créée", "créées"); English words do not change."""
    if _lang(lang) != "fr":
        return word_m
    word = word_m + ("e" if gender(key) == "f" else "")
    return word + ("s" if is_plural(value, lang) else "")


def enumerate_words(items: list, lang: str = "fr") -> str:
    """"a", "a et b", "a, b et c" (English: "a, b and c")."""
    items = [item for item in items if item]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    last = " et " if _lang(lang) == "fr" else " and "
    return ", ".join(items[:-1]) + last + items[-1]


def capitalize_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def french_spaces(text: str) -> str:
    """French typography: a no-break space before ":", a narrow one before ";", "?", "!",
    no-break spaces inside « »."""
    text = re.sub(r" ([;?!])", NNBSP + r"\1", text)
    text = re.sub(r" :", NBSP + ":", text)
    return text.replace("« ", f"«{NBSP}").replace(" »", f"{NBSP}»")


def quoted(text: str, lang: str = "fr") -> str:
    """« Financement » (French quotes with no-break spaces), “Funding” in English."""
    return f"«{NBSP}{text}{NBSP}»" if _lang(lang) == "fr" else f"“{text}”"


MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")


def long_date(iso: str, lang: str = "fr") -> str:
    """"31 octobre 2026", "1er décembre 2026"; English "31 October 2026". ``iso``: YYYY-MM-DD…"""
    year, month, day = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    if _lang(lang) == "fr":
        return f"{'1er' if day == 1 else day}{NBSP}{MONTHS_FR[month - 1]} {year}"
    return f"{day}{NBSP}{MONTHS_EN[month - 1]} {year}"


# ----------------------------------------------------------------------------------------------
# Territory names: article and gender

# First words whose gender gives the name's article (lower case, accents kept).
FEMININE_HEADS = {
    "communauté", "métropole", "agglomération", "région", "vallée", "plaine", "côte", "baie", "forêt",
    "haute", "basse", "grande", "petite", "terre", "picardie", "somme", "oise", "aisne", "thiérache",
    "champagne", "brie", "marne", "flandre", "artois", "zone",
}
MASCULINE_HEADS = {
    "pays", "pôle", "petr", "syndicat", "parc", "grand", "petit", "haut", "bas", "val", "plateau",
    "territoire", "canton", "arrondissement", "département", "bassin", "secteur", "vexin", "vimeu",
    "santerre", "ponthieu", "marquenterre", "bray", "noyonnais", "soissonnais", "laonnois", "amiénois",
    "beauvaisis", "clermontois", "valois", "compiégnois", "sud", "nord", "est", "ouest", "cœur", "coeur",
}
# Words starting with an aspirated h: no elision ("le Hainaut", "de Ham").
ASPIRATED_H = {"haut", "haute", "hauts", "hautes", "hainaut", "ham", "hangest", "hallencourt"}
VOWELS = set("aeiouyàâäéèêëîïôöùûüœæ")
ARTICLES = {"le": "m", "la": "f", "les": "p", "l'": ""}


def _first_word(name: str) -> str:
    word = name.strip().split(" ")[0].split("-")[0]
    return word.lower()


def _elides(word: str) -> bool:
    word = word.lower()
    if not word:
        return False
    if word[0] == "h":
        return word.rstrip("s") not in ASPIRATED_H and word not in ASPIRATED_H
    return word[0] in VOWELS


@lru_cache(maxsize=1)
def article_exceptions() -> dict:
    """Name -> article ("le", "la", "l'", "les" or "" for none) from resources/articles_territoires.csv."""
    path = resource("articles_territoires.csv")
    if not path.exists():
        return {}
    with open(path, encoding="utf-8", newline="") as f:
        return {row["nom"].strip(): row["article"].strip() for row in csv.DictReader(f) if row.get("nom")}


@dataclass(frozen=True)
class TerritoryName:
    """A territory's name with its French article: "le Pays de Thiérache", "la Communauté
    d'agglomération Amiens Métropole", "l'Amiénois", "Amiens" (no article)."""
    name: str
    article: str  # "le", "la", "l'", "les" or ""
    written: bool = False  # the name is written with its article ("Le Touquet-Paris-Plage")

    @property
    def gender(self) -> str:
        """"m", "f" or "p" (plural); "" when the name takes no article."""
        if self.article == "l'":
            return "f" if _first_word(self.name) in FEMININE_HEADS else "m"
        return ARTICLES.get(self.article, "")

    def subject(self, lang: str = "fr") -> str:
        """"le Pays de Thiérache", "l'Amiénois"; English "the Pays de Thiérache"."""
        if self.written:
            apostrophe = "" if self.article == "l'" else " "
            return f"{self.article.capitalize()}{apostrophe}{self.name}"
        if _lang(lang) == "en":
            return f"the {self.name}" if self.article else self.name
        if self.article == "l'":
            return f"l'{self.name}"
        return f"{self.article} {self.name}" if self.article else self.name

    def of(self, lang: str = "fr") -> str:
        """"du Pays de Thiérache", "de la Communauté…", "de l'Amiénois", "des …", "d'Amiens"."""
        if _lang(lang) == "en":
            return f"of {self.subject(lang)}"
        if self.written and self.article in ("la", "l'"):
            return f"de {self.subject(lang)}"
        if self.article == "le":
            return f"du {self.name}"
        if self.article == "les":
            return f"des {self.name}"
        if self.article in ("la", "l'"):
            return f"de {self.subject(lang)}"
        return f"d'{self.name}" if _elides(_first_word(self.name)) else f"de {self.name}"

    def in_(self, lang: str = "fr") -> str:
        """"dans le Pays de Thiérache", "dans l'Amiénois", "à Amiens"; English "in the …"."""
        if _lang(lang) == "en":
            return f"in {self.subject(lang)}"
        if self.written:  # a commune: "au Touquet-Paris-Plage", "à La Capelle"
            contracted = {"le": f"au {self.name}", "les": f"aux {self.name}"}
            return contracted.get(self.article, f"à {self.subject(lang)}")
        return f"dans {self.subject(lang)}" if self.article else f"à {self.name}"


def territory_name(name: str) -> TerritoryName:
    """``name`` with its article (see the module's notes). A name written with its article
    ("Le Touquet-Paris-Plage") keeps it as part of the name and contracts: "du Touquet…"."""
    name = " ".join(str(name or "").split())
    exceptions = article_exceptions()
    if name in exceptions:
        return TerritoryName(name, exceptions[name])
    lower = name.lower()
    for article in ("les ", "le ", "la "):
        if lower.startswith(article):
            return TerritoryName(name[len(article):], article.strip(), written=True)
    if lower.startswith(("l'", "l’")):
        return TerritoryName(name[2:], "l'", written=True)
    head = _first_word(name)
    if head in FEMININE_HEADS:
        gender_ = "f"
    elif head in MASCULINE_HEADS or head.endswith(("ois", "ais", "isis")):
        gender_ = "m"
    else:
        return TerritoryName(name, "")
    if _elides(head):
        return TerritoryName(name, "l'")
    return TerritoryName(name, "la" if gender_ == "f" else "le")


# ----------------------------------------------------------------------------------------------
# Comparisons


def gap_percent(value, reference):
    """100 × (value − reference) / |reference|; None when there is no reference or it is 0."""
    if value is None or reference is None or reference == 0:
        return None
    return 100.0 * (float(value) - float(reference)) / abs(float(reference))


def level(value, reference):
    """One of LEVELS for ``value`` against ``reference`` (None when either is missing):
    gap ≥ +CLEARLY: nettement_au_dessus; +CLOSE ≤ gap < +CLEARLY: au_dessus; |gap| < CLOSE: proche;
    −CLEARLY < gap ≤ −CLOSE: en_dessous; gap ≤ −CLEARLY: nettement_en_dessous. A reference of 0 is
    matched only by 0 (proche); anything above it is nettement_au_dessus."""
    if value is None or reference is None:
        return None
    if float(reference) == 0:
        if float(value) == 0:
            return "proche"
        return "nettement_au_dessus" if float(value) > 0 else "nettement_en_dessous"
    gap = gap_percent(value, reference)
    if gap >= CLEARLY:
        return "nettement_au_dessus"
    if gap >= CLOSE:
        return "au_dessus"
    if gap > -CLOSE:
        return "proche"
    if gap > -CLEARLY:
        return "en_dessous"
    return "nettement_en_dessous"


LEVEL_WORDS = {
    "fr": {"nettement_au_dessus": "nettement au-dessus de", "au_dessus": "au-dessus de", "proche": "proche de",
           "en_dessous": "en dessous de", "nettement_en_dessous": "nettement en dessous de"},
    "en": {"nettement_au_dessus": "well above", "au_dessus": "above", "proche": "close to",
           "en_dessous": "below", "nettement_en_dessous": "well below"},
}


def level_words(key: str, lang: str = "fr") -> str:
    """"nettement au-dessus de" … (French, to be followed by "celui de", "celle de"); English "well above"."""
    return LEVEL_WORDS[_lang(lang)][key]


def threshold_sentence(lang: str = "fr") -> str:
    """How the comparisons are worded, with the thresholds (the method section)."""
    clearly, close = number(CLEARLY, 0, lang), number(CLOSE, 0, lang)
    if _lang(lang) == "fr":
        return (f"Les comparaisons portent sur l'écart relatif à la valeur de comparaison : « nettement au-dessus » "
                f"à partir de +{clearly}{NNBSP}%, « au-dessus » de +{close}{NNBSP}% à +{clearly}{NNBSP}%, "
                f"« proche » entre −{close}{NNBSP}% et +{close}{NNBSP}%, « en dessous » de −{clearly}{NNBSP}% à "
                f"−{close}{NNBSP}%, « nettement en dessous » à partir de −{clearly}{NNBSP}%.").replace(
                    "« ", f"«{NBSP}").replace(" »", f"{NBSP}»")
    return (f"Comparisons use the relative gap to the value compared with: “well above” from +{clearly}%, "
            f"“above” from +{close}% to +{clearly}%, “close to” between −{close}% and +{close}%, “below” from "
            f"−{clearly}% to −{close}%, “well below” from −{clearly}%.")
