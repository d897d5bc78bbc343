"""The portrait's paragraphs: a few sentences per section, written from the study's figures.

Pure Python. Every figure a sentence prints is a field of the study, as rounded on the page (an
indicator of the territory, of its Pays, of the reference area, of one of its EPCIs or communes,
a year or a date of the stock), or a count of the workshop rows. No share, rank or mean is
computed here: comparisons are worded (core.wording.level) rather than printed. Phrases that
carry a fixed number of their own ("pour 10 000 habitants", "de 1 à 9 salariés") are listed in
FIXED_PHRASES. French or English (``lang``).
"""
import math
from dataclasses import dataclass, field

from . import wording as w

FAMILIES = ("association", "cooperative", "mutuelle", "fondation", "entreprise_ess")
SECTORS = ("action_sociale", "sante", "enseignement", "sport_loisirs", "arts_spectacles", "finance_assurance",
           "commerce", "agriculture_agroalimentaire", "industrie_construction", "autres_services")
SIZES = ("1_9", "10_49", "50_249", "250_plus")

FAMILY_WORDS = {
    "fr": {"association": "les associations", "cooperative": "les coopératives", "mutuelle": "les mutuelles",
           "fondation": "les fondations", "entreprise_ess": "les entreprises commerciales de l'ESS"},
    "en": {"association": "associations", "cooperative": "cooperatives", "mutuelle": "mutuals",
           "fondation": "foundations", "entreprise_ess": "ESS commercial companies"},
}
FAMILY_NONE = {  # "aucune fondation"
    "fr": {"association": "aucune association", "cooperative": "aucune coopérative", "mutuelle": "aucune mutuelle",
           "fondation": "aucune fondation", "entreprise_ess": "aucune entreprise commerciale de l'ESS"},
    "en": {"association": "no association", "cooperative": "no cooperative", "mutuelle": "no mutual",
           "fondation": "no foundation", "entreprise_ess": "no ESS commercial company"},
}
SECTOR_WORDS = {
    "fr": {"action_sociale": "l'action sociale", "sante": "la santé", "enseignement": "l'enseignement",
           "sport_loisirs": "le sport et les loisirs", "arts_spectacles": "les arts et les spectacles",
           "finance_assurance": "la finance et l'assurance", "commerce": "le commerce",
           "agriculture_agroalimentaire": "l'agriculture et l'agroalimentaire",
           "industrie_construction": "l'industrie et la construction", "autres_services": "les autres services"},
    "en": {"action_sociale": "social work", "sante": "health", "enseignement": "education",
           "sport_loisirs": "sport and leisure", "arts_spectacles": "arts and entertainment",
           "finance_assurance": "finance and insurance", "commerce": "trade",
           "agriculture_agroalimentaire": "agriculture and food", "industrie_construction": "industry and construction",
           "autres_services": "other services"},
}
SIZE_WORDS = {
    "fr": {"1_9": "de 1 à 9 salariés", "10_49": "de 10 à 49", "50_249": "de 50 à 249",
           "250_plus": "de 250 salariés ou plus"},
    "en": {"1_9": "with 1 to 9 employees", "10_49": "with 10 to 49", "50_249": "with 50 to 249",
           "250_plus": "with 250 or more"},
}
# Phrases whose numbers are part of the wording, not figures of the study (the test of the
# portrait removes them before it reads the figures).
FIXED_PHRASES = [
    "pour 10 000 habitants", "pour 10 000 hab.", "per 10,000 inhabitants", "per 10,000 inh.",
    *SIZE_WORDS["fr"].values(), *SIZE_WORDS["en"].values(),
    "de 1 à 9", "1 to 9", "250 ou plus", "250 or more", "(5 ans)", "(5 years)", "km²", "km2",
]
TYPES = ("levier", "frein", "projet", "besoin")


@dataclass
class Facts:
    """What the portrait of one territory says, read from the study (gis.portrait_data)."""
    level: str  # "pays" or "epci"
    row: dict  # the territory's indicators (indicateurs_pays or indicateurs_epci)
    pays: dict = None  # for an EPCI: its Pays's indicators
    epcis: list = field(default_factory=list)  # indicators of the EPCIs of the (territory's) Pays
    communes: list = field(default_factory=list)  # indicators of the territory's communes
    years: list = field(default_factory=list)  # dicts annee, creations_ess, fermetures_ess (summed)
    jobs_by_sector: dict = field(default_factory=dict)  # secteur -> (min, est, max)
    stock_date: str = ""  # YYYY-MM-DD
    earlier_stock_date: str = ""
    contributions: list = field(default_factory=list)  # dicts type, theme (the territory's rows)
    recommendations: list = field(default_factory=list)  # dicts of the Pays's recommendations
    theme_labels: dict = field(default_factory=dict)
    reference_name: str = ""  # the study's zone_reference setting
    fictitious: bool = False


def value(row: dict, name: str):
    """A numeric field of ``row``, None when absent or empty."""
    if not row:
        return None
    found = row.get(name)
    if found is None:
        return None
    try:
        number = float(found)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def has_dynamics(facts: Facts) -> bool:
    return value(facts.row, "creations_ess_5ans") is not None and bool(facts.stock_date)


def has_evolution(facts: Facts) -> bool:
    return value(facts.row, "evolution_etab_ess") is not None and bool(facts.earlier_stock_date)


def has_economy(facts: Facts) -> bool:
    return bool(value(facts.row, "nb_unites_ca_publie")) or bool(value(facts.row, "nb_etab_siae"))


def five_years(facts: Facts) -> tuple:
    """The first and last of the five full calendar years before the stock's date."""
    year = int(facts.stock_date[:4])
    return year - 5, year - 1


class Writer:
    """The sentences of one portrait in one language."""

    def __init__(self, facts: Facts, lang: str = "fr"):
        self.f = facts
        self.lang = "fr" if lang == "fr" else "en"
        self.fr = self.lang == "fr"
        self.name = w.territory_name(facts.row.get("nom", ""))
        self.pays_name = w.territory_name(facts.pays.get("nom", "")) if facts.pays else None
        self.ref_name = w.TerritoryName("zone de référence", "la") if self.fr else w.TerritoryName(
            "reference area", "the")

    # -- formatting shortcuts
    def n(self, number, decimals=0):
        return w.number(number, decimals, self.lang)

    def pct(self, number, decimals=1):
        return w.percent(number, decimals, self.lang)

    def count(self, number, key, decimals=0):
        return w.count(number, key, self.lang, decimals)

    def v(self, name, row=None):
        return value(self.f.row if row is None else row, name)

    def finish(self, sentences) -> str:
        text = " ".join(w.capitalize_first(s.strip()) for s in sentences if s and s.strip())
        if not self.fr:
            return text
        return w.french_spaces(text.replace("10 000 habitants", f"10{w.NNBSP}000 habitants"))

    def ess(self):
        return "de l'ESS" if self.fr else "ESS"

    # -- comparisons: "un taux en dessous de celui de la zone de référence (51,7)"
    def compare(self, field_name, decimals, fmt=None, pronoun="celui"):
        """The territory's ``field_name`` against its Pays (an EPCI) and the reference area:
        "au-dessus de celui du Grand Amiénois (51,3) et proche de celui de la zone de référence (51,7)"."""
        fmt = fmt or (lambda x: self.n(x, decimals))
        mine = self.v(field_name)
        others = []
        if self.f.level == "epci" and self.pays_name is not None:
            others.append((self.pays_name, self.v(field_name, self.f.pays)))
        others.append((self.ref_name, self.v(f"{field_name}_ref")))
        others = [(name, other) for name, other in others if other is not None]
        if mine is None or not others:
            return ""
        levels = [w.level(mine, other) for _, other in others]
        if len(others) == 2 and levels[0] == levels[1]:
            words = w.level_words(levels[0], self.lang)
            (first, a), (second, b) = others
            if self.fr:
                plural = {"celui": "ceux", "celle": "celles"}[pronoun]
                return f"{words} {plural} {first.of(self.lang)} ({fmt(a)}) et {second.of(self.lang)} ({fmt(b)})"
            return f"{words} those {first.of(self.lang)} ({fmt(a)}) and {second.of(self.lang)} ({fmt(b)})"
        parts = []
        for (name, other), key in zip(others, levels):
            words = w.level_words(key, self.lang)
            if self.fr:
                parts.append(f"{words} {pronoun} {name.of(self.lang)} ({fmt(other)})")
            else:
                parts.append(f"{words} that {name.of(self.lang)} ({fmt(other)})")
        return w.enumerate_words(parts, self.lang)

    # ------------------------------------------------------------------------------------------
    # Sections

    def key_figures(self) -> str:
        etab, population = self.v("nb_etab_ess") or 0, self.v("population") or 0
        s = []
        subject = w.capitalize_first(self.name.subject(self.lang))
        density = self.v("etab_ess_pour_10000_hab")
        compared = self.compare("etab_ess_pour_10000_hab", 1, pronoun="celle")
        if self.fr:
            first = (f"{subject} compte {self.count(etab, 'etablissement')} de l'économie sociale et solidaire "
                     f"(ESS) pour {self.count(population, 'habitant')}")
            if density is not None:
                first += f", soit {self.n(density, 1)} pour 10 000 habitants"
                if compared:
                    first += f", une densité {compared}"
        else:
            first = (f"{subject} has {self.count(etab, 'etablissement')} of the social and solidarity "
                     f"economy (ESS) for {self.count(population, 'habitant')}")
            if density is not None:
                first += f", that is {self.n(density, 1)} per 10,000 inhabitants"
                if compared:
                    first += f", a density {compared}"
        s.append(first + ".")
        jobs, share = self.v("emplois_ess_est"), self.v("part_emploi_ess")
        if jobs is not None:
            compared = self.compare("part_emploi_ess", 1, lambda x: self.pct(x), pronoun="celle")
            if self.fr:
                sentence = (f"Ses établissements de l'ESS comptent environ {self.count(jobs, 'emploi')} estimés "
                            f"(tranches d'effectifs SIRENE)")
                if share is not None:
                    sentence += f", soit {self.pct(share)} de l'emploi salarié"
                    if compared:
                        sentence += f", une part {compared}"
            else:
                sentence = (f"Its ESS establishments account for about {self.count(jobs, 'emploi')} "
                            f"(estimated from the SIRENE size bands)")
                if share is not None:
                    sentence += f", {self.pct(share)} of salaried employment"
                    if compared:
                        sentence += f", a share {compared}"
            s.append(sentence + ".")
        return self.finish(s)

    def inventory(self) -> str:
        total = self.v("nb_etab_ess") or 0
        if total == 0:
            return self.finish(["Aucun établissement de l'ESS n'est recensé." if self.fr
                                else "No ESS establishment is recorded."])
        s = []
        counts = [(family, self.v(f"nb_etab_{family}") or 0) for family in FAMILIES]
        present = sorted([c for c in counts if c[1] > 0], key=lambda c: (-c[1], FAMILIES.index(c[0])))
        absent = [family for family, number in counts if number == 0]
        words = FAMILY_WORDS[self.lang]
        first, first_count = present[0]
        if first_count == total:
            s.append(f"Tous les établissements de l'ESS sont des {words[first][4:]} ({self.n(total)})." if self.fr
                     else f"All ESS establishments are {words[first]} ({self.n(total)}).")
        else:
            others = [f"{words[family]} ({self.n(number)})" for family, number in present[1:]]
            if self.fr:
                s.append(f"{words[first]} forment la première famille de l'ESS ({self.n(first_count)} des "
                         f"{self.count(total, 'etablissement')}), devant {w.enumerate_words(others, self.lang)}.")
            else:
                s.append(f"{words[first]} are the largest ESS family ({self.n(first_count)} of "
                         f"{self.count(total, 'etablissement')}), ahead of {w.enumerate_words(others, self.lang)}.")
        if absent:
            nones = [FAMILY_NONE[self.lang][family] for family in absent]
            if self.fr:
                joined = " ni ".join(nones)
                s.append(f"{self.name.subject(self.lang)} ne compte {joined}.")
            else:
                s.append(f"There is {' and '.join(nones)}.")
        sectors = sorted([(key, self.v(f"nb_etab_secteur_{key}") or 0) for key in SECTORS],
                         key=lambda c: (-c[1], SECTORS.index(c[0])))
        sectors = [c for c in sectors if c[1] > 0][:3]
        if sectors:
            words = SECTOR_WORDS[self.lang]
            head = f"{words[sectors[0][0]]} ({self.count(sectors[0][1], 'etablissement')})"
            rest = [f"{words[key]} ({self.n(number)})" for key, number in sectors[1:]]
            if self.fr:
                if rest:
                    s.append(f"Par secteur d'activité, les plus représentés sont {w.enumerate_words([head] + rest)}.")
                else:
                    s.append(f"Par secteur d'activité, tous relèvent de {head}.")
            else:
                s.append(f"By sector, the largest are {w.enumerate_words([head] + rest, 'en')}." if rest
                         else f"By sector, all are in {head}.")
        employers = self.v("nb_etab_ess_employeurs") or 0
        if employers == 0:
            s.append("Aucun n'emploie de salarié selon SIRENE." if self.fr
                     else "None employs salaried staff according to SIRENE.")
        else:
            sizes = []
            for key in SIZES:
                number = self.v(f"nb_etab_taille_{key}") or 0
                size = SIZE_WORDS[self.lang][key]
                if number == 0:
                    sizes.append(f"aucun {size}" if self.fr else f"none {size}")
                else:
                    sizes.append(f"{self.n(number)} {size}")
            if self.fr:
                verb = "sont employeurs" if w.is_plural(employers) else "est employeur"
                s.append(f"Parmi ces établissements, {self.n(employers)} {verb} : {w.enumerate_words(sizes)}.")
            else:
                verb = "are employers" if w.is_plural(employers, "en") else "is an employer"
                s.append(f"Of these, {self.n(employers)} {verb}: {w.enumerate_words(sizes, 'en')}.")
        return self.finish(s)

    def employment(self) -> str:
        low, est, high = self.v("emplois_ess_min"), self.v("emplois_ess_est"), self.v("emplois_ess_max")
        if est is None:
            return self.finish(["Pas de données d'emploi dans cette étude : calculez les indicateurs." if self.fr
                                else "No employment data in this study: compute the indicators."])
        s = []
        if self.fr:
            s.append(f"Les établissements de l'ESS {self.name.of(self.lang)} comptent entre {self.n(low)} et "
                     f"{self.count(high, 'emploi')}, {self.n(est)} selon l'estimation centrale (milieu des tranches "
                     f"d'effectifs SIRENE : une estimation, jamais un décompte exact).")
        else:
            s.append(f"The ESS establishments {self.name.of(self.lang)} count between {self.n(low)} and "
                     f"{self.count(high, 'emploi')}, {self.n(est)} by the central estimate (middle of the SIRENE size "
                     f"bands: an estimate, never an exact count).")
        share = self.v("part_emploi_ess")
        if share is not None:
            compared = self.compare("part_emploi_ess", 1, lambda x: self.pct(x), pronoun="celle")
            if self.fr:
                sentence = f"L'ESS représente {self.pct(share)} de l'emploi salarié estimé"
                s.append(sentence + (f", une part {compared}." if compared else "."))
            else:
                sentence = f"The ESS accounts for {self.pct(share)} of estimated salaried employment"
                s.append(sentence + (f", a share {compared}." if compared else "."))
        ranked = sorted(((key, jobs[1]) for key, jobs in self.f.jobs_by_sector.items() if jobs[1] > 0),
                        key=lambda c: (-c[1], SECTORS.index(c[0]) if c[0] in SECTORS else 99))
        if ranked:
            words = SECTOR_WORDS[self.lang]
            if self.fr:
                s.append("Par secteur, l'emploi salarié estimé de l'ESS se concentre d'abord dans "
                         f"{words[ranked[0][0]]}"
                         + (f", puis dans {words[ranked[1][0]]}." if len(ranked) > 1 else "."))
            else:
                s.append(f"By sector, estimated ESS employment is first in {words[ranked[0][0]]}"
                         + (f", then in {words[ranked[1][0]]}." if len(ranked) > 1 else "."))
        return self.finish(s)

    def coverage(self) -> str:
        communes, without = self.v("nb_communes"), self.v("nb_communes_sans_ess")
        if communes is None or without is None:
            return self.finish(["Pas de données de couverture dans cette étude." if self.fr
                                else "No coverage data in this study."])
        s = []
        of = self.name.of(self.lang)
        share = self.v("part_communes_avec_ess")
        compared = self.compare("part_communes_avec_ess", 1, lambda x: self.pct(x), pronoun="celle")
        if self.fr:
            if without == 0:
                s.append(f"Les {self.count(communes, 'commune')} {of} comptent toutes au moins un établissement "
                         "de l'ESS.")
            else:
                some = "une seule ne compte" if without == 1 else f"{self.n(without)} ne comptent"
                sentence = f"Sur les {self.count(communes, 'commune')} {of}, {some} aucun établissement de l'ESS"
                if share is not None:
                    sentence += f" : {self.pct(share)} des communes en ont au moins un"
                    if compared:
                        sentence += f", une part {compared}"
                s.append(sentence + ".")
        else:
            if without == 0:
                s.append(f"All {self.count(communes, 'commune')} {of} have at least one ESS establishment.")
            else:
                sentence = (f"Of the {self.count(communes, 'commune')} {of}, {self.n(without)} "
                            f"{'has' if without == 1 else 'have'} no ESS establishment")
                if share is not None:
                    sentence += f": {self.pct(share)} of the communes have at least one"
                    if compared:
                        sentence += f", a share {compared}"
                s.append(sentence + ".")
        distances = [(c.get("nom", ""), value(c, "distance_etab_ess_km")) for c in self.f.communes]
        distances = [d for d in distances if d[1] is not None and d[1] > 0]
        if distances:
            far_name, far = max(distances, key=lambda d: (d[1], d[0]))
            if self.fr:
                s.append(f"La commune la plus éloignée d'un établissement de l'ESS est {far_name}, à "
                         f"{self.n(far, 1)}{w.NBSP}km.")
            else:
                s.append(f"The commune farthest from an ESS establishment is {far_name}, "
                         f"{self.n(far, 1)}{w.NBSP}km away.")
        epcis = [(w.territory_name(e.get("nom", "")), value(e, "part_communes_avec_ess")) for e in self.f.epcis]
        epcis = [e for e in epcis if e[1] is not None]
        if self.f.level == "pays" and len(epcis) > 1:
            low = min(epcis, key=lambda e: (e[1], e[0].name))
            high = max(epcis, key=lambda e: (e[1], e[0].name))
            if self.fr:
                s.append(f"Par EPCI, la part des communes avec ESS va de {self.pct(low[1])} {low[0].in_()} à "
                         f"{self.pct(high[1])} {high[0].in_()}.")
            else:
                s.append(f"By EPCI, the share of communes with ESS ranges from {self.pct(low[1])} {low[0].in_('en')} "
                         f"to {self.pct(high[1])} {high[0].in_('en')}.")
        return self.finish(s)

    def dynamics(self) -> str:
        if not has_dynamics(self.f):
            return self.finish(["Dynamique : pas de données dans cette étude (importez un stock SIRENE daté, avec "
                                "son fichier historique, puis calculez les indicateurs)." if self.fr else
                                "Dynamics: no data in this study (import a dated SIRENE stock, with its history "
                                "file, then compute the indicators)."])
        s = []
        first, last = five_years(self.f)
        created, closed = self.v("creations_ess_5ans") or 0, self.v("fermetures_ess_5ans") or 0
        balance = self.v("solde_ess_5ans")
        balance = created - closed if balance is None else balance
        if self.fr:
            if created == 0:
                made = "aucun établissement de l'ESS n'a été créé"
            else:
                verb = "ont été créés" if w.is_plural(created) else "a été créé"
                made = f"{self.count(created, 'etablissement')} de l'ESS {verb}"
            if closed == 0:
                shut = "aucun n'a fermé"
            else:
                shut = f"{self.n(closed)} {'ont fermé' if w.is_plural(closed) else 'a fermé'}"
            if balance > 0:
                net = f"un solde positif de {self.n(balance)}"
            elif balance < 0:
                net = f"un solde négatif de {self.n(abs(balance))}"
            else:
                net = "un solde nul"
            s.append(f"De {first} à {last}, {made} et {shut}, soit {net}.")
        else:
            made = f"{self.count(created, 'etablissement')} {'was' if created == 1 else 'were'} created"
            shut = f"{self.n(closed)} closed"
            net = (f"a net gain of {self.n(balance)}" if balance > 0 else
                   f"a net loss of {self.n(abs(balance))}" if balance < 0 else "no net change")
            s.append(f"From {first} to {last}, {made} in the ESS and {shut}: {net}.")
        part, rate = self.v("part_ess_creations_5ans"), self.v("creations_ess_pour_10000_hab")
        if part is not None:
            compared = self.compare("part_ess_creations_5ans", 1, lambda x: self.pct(x), pronoun="celle")
            if self.fr:
                sentence = f"L'ESS représente {self.pct(part)} de l'ensemble des créations d'établissements"
                s.append(sentence + (f", une part {compared}." if compared else "."))
            else:
                sentence = f"The ESS accounts for {self.pct(part)} of all establishment creations"
                s.append(sentence + (f", a share {compared}." if compared else "."))
        if rate is not None:
            compared = self.compare("creations_ess_pour_10000_hab", 1)
            if self.fr:
                sentence = (f"Rapportées à la population, ses créations atteignent {self.n(rate, 1)} pour 10 000 "
                            "habitants")
                s.append(sentence + (f", un taux {compared}." if compared else "."))
            else:
                sentence = f"Relative to the population, its creations reach {self.n(rate, 1)} per 10,000 inhabitants"
                s.append(sentence + (f", a rate {compared}." if compared else "."))
        age, young = self.v("age_median_ess"), self.v("part_ess_moins_5ans")
        if age is not None and age > 0:
            age_ref = self.v("age_median_ess_ref")
            if self.fr:
                ref = f" (zone de référence : {self.n(age_ref, 1)}{w.NBSP}ans)" if age_ref is not None else ""
                sentence = f"L'âge médian des établissements de l'ESS est de {self.n(age, 1)}{w.NBSP}ans{ref}"
                if young is not None:
                    sentence += f" ; {self.pct(young)} ont moins de cinq ans"
            else:
                ref = f" (reference area: {self.n(age_ref, 1)})" if age_ref is not None else ""
                sentence = f"The median age of the ESS establishments is {self.n(age, 1)} years{ref}"
                if young is not None:
                    sentence += f"; {self.pct(young)} are less than five years old"
            s.append(sentence + ".")
        s.append(self._evolution())
        return self.finish(s)

    def _evolution(self) -> str:
        if not has_evolution(self.f):
            return ("Aucun stock antérieur n'a été importé : l'évolution entre deux dates n'est pas mesurée."
                    if self.fr else "No earlier stock was imported: the change between two dates is not measured.")
        etab = self.v("evolution_etab_ess") or 0
        est = self.v("evolution_emplois_ess_est") or 0
        bounds = sorted(x for x in (self.v("evolution_emplois_ess_min"), self.v("evolution_emplois_ess_max"))
                        if x is not None)

        def signed(x):
            return ("+" if w.rounded(x, 0) > 0 else "") + self.n(x)

        earlier, current = w.long_date(self.f.earlier_stock_date, self.lang), w.long_date(self.f.stock_date, self.lang)
        if self.fr:
            if etab > 0:
                first = f"le nombre d'établissements de l'ESS a augmenté de {self.n(etab)}"
            elif etab < 0:
                first = f"le nombre d'établissements de l'ESS a diminué de {self.n(abs(etab))}"
            else:
                first = "le nombre d'établissements de l'ESS est resté stable"
            if w.rounded(est, 0) > 0:
                verb = "" if etab > 0 else " a augmenté"  # "a augmenté de 30 et l'emploi … de 853"
                second = f"l'emploi salarié estimé{verb} de {self.n(est)}"
            elif w.rounded(est, 0) < 0:
                verb = "" if etab < 0 else " a diminué"
                second = f"l'emploi salarié estimé{verb} de {self.n(abs(est))}"
            else:
                second = "l'emploi salarié estimé est resté stable"
            if len(bounds) == 2:
                second += f" (de {signed(bounds[0])} à {signed(bounds[1])} selon les bornes des tranches)"
            return f"Entre le {earlier} et le {current}, {first} et {second}."
        first = (f"the number of ESS establishments rose by {self.n(etab)}" if etab > 0 else
                 f"the number of ESS establishments fell by {self.n(abs(etab))}" if etab < 0 else
                 "the number of ESS establishments did not change")
        second = (f"estimated salaried employment rose by {self.n(est)}" if w.rounded(est, 0) > 0 else
                  f"estimated salaried employment fell by {self.n(abs(est))}" if w.rounded(est, 0) < 0 else
                  "estimated salaried employment did not change")
        if len(bounds) == 2:
            second += f" ({signed(bounds[0])} to {signed(bounds[1])} by the bounds of the bands)"
        return f"Between {earlier} and {current}, {first} and {second}."

    def economy(self) -> str:
        if not has_economy(self.f):
            return self.finish(["Poids économique : pas de données dans cette étude (chiffre d'affaires publié et "
                                "structures d'insertion : import de l'API Recherche d'entreprises avec les finances)."
                                if self.fr else
                                "Economic weight: no data in this study (published turnover and insertion structures: "
                                "import from API Recherche d'entreprises with the finances)."])
        s = []
        units, published = self.v("nb_unites_ess_siege") or 0, self.v("nb_unites_ca_publie") or 0
        turnover, coverage = self.v("ca_publie_ess") or 0, self.v("part_unites_ca_publie")
        if published:
            cover = f" ({self.pct(coverage)})" if coverage is not None else ""
            if self.fr:
                verb = "publient" if w.is_plural(published) else "publie"
                units_text = (f"Sur les {self.count(units, 'unite')} de l'ESS qui ont leur siège" if units > 1
                              else "Sur l'unité légale de l'ESS qui a son siège")
                s.append(f"{units_text} {self.name.in_()}, "
                         f"{self.n(published)} {verb} leur chiffre d'affaires{cover} : ensemble, "
                         f"{w.euros(turnover, 'fr')} (dernier exercice publié de chacune ; la plupart des "
                         "associations ne publient pas leurs comptes).")
            else:
                s.append(f"Of the {self.count(units, 'unite')} of the ESS headquartered {self.name.in_('en')}, "
                         f"{self.n(published)} publish their turnover{cover}: together {w.euros(turnover, 'en')} "
                         "(latest published year of each; most associations publish no accounts).")
        siae = self.v("nb_etab_siae") or 0
        if siae:
            if self.fr:
                s.append(f"On compte aussi {self.count(siae, 'etablissement')} de l'ESS relevant d'une structure "
                         "d'insertion par l'activité économique (SIAE).")
            else:
                s.append(f"{w.capitalize_first(self.count(siae, 'etablissement'))} of the ESS belong to an "
                         "insertion structure (SIAE).")
        return self.finish(s)

    def epci_table(self) -> str:
        pays_row = self.f.pays if self.f.level == "epci" else self.f.row
        pays_name = self.pays_name if self.f.level == "epci" else self.name
        epcis = [(w.territory_name(e.get("nom", "")), e) for e in self.f.epcis]
        if not epcis:
            return self.finish(["Pas d'EPCI dans cette étude." if self.fr else "No EPCI in this study."])
        s = []
        number = value(pays_row, "nb_epci") if pays_row else None
        number = len(epcis) if number is None else number
        if len(epcis) == 1:
            only = epcis[0][0]
            s.append(f"{pays_name.subject()} ne compte qu'un EPCI, {only.subject()}." if self.fr else
                     f"{w.capitalize_first(pays_name.subject('en'))} has a single EPCI, {only.subject('en')}.")
            return self.finish(s)
        if self.fr:
            s.append(f"Les {self.count(number, 'epci')} {pays_name.of()} sont classés ci-dessous sur les principaux "
                     "indicateurs (rang entre parenthèses).")
        else:
            s.append(f"The {self.count(number, 'epci')} {pays_name.of('en')} are ranked below on the main "
                     "indicators (rank in brackets).")
        dense = [(name, value(e, "etab_ess_pour_10000_hab")) for name, e in epcis]
        dense = [d for d in dense if d[1] is not None]
        if dense:
            high = max(dense, key=lambda d: (d[1], d[0].name))
            low = min(dense, key=lambda d: (d[1], d[0].name))
            if self.fr:
                s.append(f"La densité d'établissements de l'ESS la plus forte est celle {high[0].of()} "
                         f"({self.n(high[1], 1)} pour 10 000 habitants), la plus faible celle {low[0].of()} "
                         f"({self.n(low[1], 1)}).")
            else:
                s.append(f"The highest density of ESS establishments is that {high[0].of('en')} "
                         f"({self.n(high[1], 1)} per 10,000 inhabitants), the lowest that {low[0].of('en')} "
                         f"({self.n(low[1], 1)}).")
        shares = [value(e, "part_emploi_ess") for _, e in epcis]
        shares = [x for x in shares if x is not None]
        if shares:
            if self.fr:
                s.append(f"La part de l'ESS dans l'emploi salarié va de {self.pct(min(shares))} à "
                         f"{self.pct(max(shares))}.")
            else:
                s.append(f"The ESS share of salaried employment ranges from {self.pct(min(shares))} to "
                         f"{self.pct(max(shares))}.")
        if self.f.level == "epci":
            s.append(f"{self.name.subject()} figure en gras." if self.fr
                     else f"{w.capitalize_first(self.name.subject('en'))} is in bold.")
        return self.finish(s)

    def maps(self) -> str:
        s = []
        if self.fr:
            s.append("Les deux cartes montrent, par commune, la densité d'établissements de l'ESS (pour 10 000 "
                     "habitants) et les emplois salariés estimés de l'ESS, en cercles proportionnels.")
        else:
            s.append("The two maps show, per commune, the density of ESS establishments (per 10,000 inhabitants) and "
                     "the estimated ESS salaried jobs, as proportional circles.")
        jobs = [(c.get("nom", ""), value(c, "emplois_ess_est")) for c in self.f.communes]
        jobs = [j for j in jobs if j[1] is not None and j[1] > 0]
        total = self.v("emplois_ess_est")
        if jobs and total:
            name, most = max(jobs, key=lambda j: (j[1], j[0]))
            if self.fr:
                s.append(f"La commune qui compte le plus d'emplois salariés estimés de l'ESS est {name} "
                         f"({self.n(most)} sur {self.n(total)}).")
            else:
                s.append(f"The commune with the most estimated ESS salaried jobs is {name} "
                         f"({self.n(most)} of {self.n(total)}).")
        return self.finish(s)

    def workshops(self) -> str:
        s = []
        rows = self.f.contributions
        if not rows:
            s.append("Aucune contribution d'atelier n'a encore été saisie pour ce territoire." if self.fr
                     else "No workshop contribution has been entered for this territory yet.")
        else:
            kinds = []
            for kind in TYPES:
                number = sum(1 for r in rows if r.get("type") == kind)
                if number:
                    kinds.append(self.count(number, kind))
            if self.fr:
                s.append(f"Les ateliers ont recueilli {self.count(len(rows), 'contribution')} : "
                         f"{w.enumerate_words(kinds)}.")
            else:
                s.append(f"The workshops gathered {self.count(len(rows), 'contribution')}: "
                         f"{w.enumerate_words(kinds, 'en')}.")
            by_theme = {}
            for r in rows:
                by_theme[r.get("theme") or "autre"] = by_theme.get(r.get("theme") or "autre", 0) + 1
            ranked = sorted(by_theme.items(), key=lambda t: (-t[1], t[0]))[:2]
            labels = [f"{w.quoted(self.f.theme_labels.get(t, t), self.lang)} ({self.n(n)})" for t, n in ranked]
            if self.fr:
                s.append(("Les thèmes les plus cités sont " if len(labels) > 1 else "Le thème cité est ")
                         + w.enumerate_words(labels) + ".")
            else:
                s.append(("The themes most raised are " if len(labels) > 1 else "The theme raised is ")
                         + w.enumerate_words(labels, "en") + ".")
        recommendations = self.f.recommendations
        whose = self.pays_name if self.f.level == "epci" and self.pays_name else self.name
        if not recommendations:
            s.append(f"Aucune recommandation n'a encore été rédigée pour {whose.subject()}." if self.fr
                     else f"No recommendation has been written for {whose.subject('en')} yet.")
        elif self.fr:
            n = len(recommendations)
            if n == 1:
                s.append(f"La recommandation {whose.of()} est reprise ci-dessous.")
            else:
                s.append(f"Les {self.count(n, 'recommandation')} {whose.of()} sont reprises ci-dessous, par ordre "
                         "de priorité.")
        else:
            n = len(recommendations)
            s.append(f"The recommendation {whose.of('en')} is listed below." if n == 1 else
                     f"The {self.count(n, 'recommandation')} {whose.of('en')} are listed below, by priority.")
        return self.finish(s)

    def method(self) -> str:
        s = []
        if self.fr:
            s.append("Les établissements de l'ESS sont repérés dans le répertoire SIRENE de l'INSEE selon la catégorie "
                     "juridique de leur unité légale et l'indicateur ESS de SIRENE, hors administration publique et "
                     "organisations patronales, professionnelles, syndicales, religieuses et politiques.")
            s.append("Les emplois salariés sont estimés à partir des tranches d'effectifs (milieu de chaque tranche, "
                     "bornes basse et haute), jamais comptés exactement ; la part de l'emploi applique la même "
                     "méthode à tous les établissements employeurs du même stock.")
            s.append("Les valeurs d'un EPCI, d'un Pays et de la zone de référence sont des rapports de sommes. Les "
                     "établissements non diffusibles comptent dans les chiffres et ne sont jamais montrés un par un.")
        else:
            s.append("ESS establishments are found in INSEE's SIRENE register from the legal category of their legal "
                     "unit and SIRENE's ESS flag, excluding public administration and employers', professional, "
                     "trade-union, religious and political organisations.")
            s.append("Salaried jobs are estimated from the size bands (middle of each band, low and high bounds), "
                     "never counted exactly; the share of employment applies the same method to every employer "
                     "establishment of the same stock.")
            s.append("The values of an EPCI, a Pays and the reference area are ratios of sums. Non-diffusible "
                     "establishments count in the figures and are never shown one by one.")
        s.append(w.threshold_sentence(self.lang))
        if self.f.fictitious:
            s.append("Les données de ce portrait sont fictives (démonstration)." if self.fr
                     else "The data of this portrait is fictitious (demonstration).")
        return self.finish(s)


SECTIONS = ("key_figures", "inventory", "employment", "coverage", "dynamics", "economy", "epci_table", "maps",
            "workshops", "method")


def paragraphs(facts: Facts, lang: str = "fr") -> dict:
    """Section -> paragraph, for every section of SECTIONS."""
    writer = Writer(facts, lang)
    return {section: getattr(writer, section)() for section in SECTIONS}
