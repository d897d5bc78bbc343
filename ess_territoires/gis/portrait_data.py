"""What a portrait reads from the study, in one place (through the study's ``Study``).

``read_portrait(location, code)`` returns a PortraitData: the core.portrait_text.Facts the paragraphs
are written from, plus what the layout needs (the territory's commune and EPCI codes, the years of
the dynamics, the jobs by sector, the contributions counted by kind and theme, the recommendations,
the study's settings). Everything comes from the study's tables; nothing is computed here but sums
of a table's rows over the territory's communes, all of them read from one version of the study.
"""
import math
from dataclasses import dataclass, field

import pandas as pd

from ..core.errors import InputError
from ..core.i18n import tr
from ..core.portrait_text import Facts
from .study import EARLIER_STOCK_DATE_KEY, STOCK_DATE_KEY, SYNTHETIC_DATA_KEY, Study

INDICATORS = ("indicateurs_communes", "indicateurs_epci", "indicateurs_pays")


@dataclass
class PortraitData:
    code: str  # the code_pays or code_epci asked for
    level: str  # "pays" or "epci"
    facts: Facts
    pays_code: str
    communes: list = field(default_factory=list)  # commune codes of the territory
    epci_codes: list = field(default_factory=list)  # EPCI codes of the territory (one for an EPCI)
    years: pd.DataFrame = None  # annee, creations_ess, fermetures_ess, creations_toutes (summed)
    contributions: pd.DataFrame = None  # the territory's contributions (type, theme, …)
    recommendations: pd.DataFrame = None  # the Pays's recommendations, in priority order
    settings: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.facts.row.get("nom", self.code)

    @property
    def fictitious(self) -> bool:
        return self.facts.fictitious


def as_study(location) -> Study:
    """The Study at ``location`` (a Study is returned as it is)."""
    return location if isinstance(location, Study) else Study.open(location)


def _records(frame: pd.DataFrame) -> list:
    return [{k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()}
            for row in frame.to_dict("records")]


def territory_codes(location) -> dict:
    """code -> (level, name) of every Pays and EPCI of the study (its indicators)."""
    study = as_study(location)
    present = set(study.layer_names())
    codes = {}
    if "indicateurs_pays" in present:
        for code, name in study.read("indicateurs_pays", ["code_pays", "nom"]).itertuples(index=False):
            codes[code] = ("pays", name)
    if "indicateurs_epci" in present:
        for code, name in study.read("indicateurs_epci", ["code_epci", "nom"]).itertuples(index=False):
            codes[code] = ("epci", name)
    return codes


def check_study(location):
    """The study exists and has its indicators; raises InputError saying what to do otherwise."""
    study = as_study(location)
    path = str(study)
    if not study.exists():
        raise InputError(tr("The study {path} does not exist: create it first (etude).").format(path=path))
    present = set(study.layer_names())
    if "communes" not in present:
        raise InputError(tr("{path} is not a study GeoPackage (no layer 'communes'): create the study first.")
                         .format(path=path))
    missing = [name for name in INDICATORS if name not in present]
    if missing:
        raise InputError(tr("The study {path} has no indicators yet ({layers}): import the establishments and "
                            "compute the indicators (indicateurs) before the portrait.")
                         .format(path=path, layers=", ".join(missing)))


def read_portrait(location, code: str) -> PortraitData:
    """The figures of the portrait of the Pays or EPCI ``code`` of the study at ``location``, every table
    read from one version of the study (a run may write meanwhile)."""
    study = as_study(location)
    with study.snapshot():
        return _read_portrait(study, code)


def _read_portrait(study: Study, code: str) -> PortraitData:
    check_study(study)
    code = (code or "").strip()
    codes = territory_codes(study)
    if code not in codes:
        pays = sorted(c for c, (level, _) in codes.items() if level == "pays")
        epcis = sorted(c for c, (level, _) in codes.items() if level == "epci")
        raise InputError(tr("The study has no territory '{code}'. Give a code_pays ({pays}) or a code_epci "
                            "({epcis}).").format(code=code, pays=", ".join(pays), epcis=", ".join(epcis)))
    level = codes[code][0]
    settings = study.settings()
    pays_frame = study.read("indicateurs_pays")
    epci_frame = study.read("indicateurs_epci").sort_values("nom_tri")
    communes_frame = study.read("indicateurs_communes")
    if level == "pays":
        row = _records(pays_frame[pays_frame["code_pays"] == code])[0]
        pays_code, pays_row = code, None
        communes = communes_frame[communes_frame["code_pays"] == code]
        epci_codes = list(epci_frame.loc[epci_frame["code_pays"] == code, "code_epci"])
    else:
        row = _records(epci_frame[epci_frame["code_epci"] == code])[0]
        pays_code = row.get("code_pays")
        pays_row = _records(pays_frame[pays_frame["code_pays"] == pays_code])[0]
        communes = communes_frame[communes_frame["code_epci"] == code]
        epci_codes = [code]
    epcis = _records(epci_frame[epci_frame["code_pays"] == pays_code])
    commune_codes = list(communes["code_commune"])
    wanted = set(commune_codes)

    jobs = {}
    present = set(study.layer_names())
    if "ess_communes" in present:
        ess = study.read("ess_communes", ["code_commune", "secteur", "emplois_min", "emplois_est",
                                                    "emplois_max"])
        sums = ess[ess["code_commune"].isin(wanted)].groupby("secteur")[["emplois_min", "emplois_est",
                                                                         "emplois_max"]].sum()
        jobs = {sector: (float(r.emplois_min), float(r.emplois_est), float(r.emplois_max))
                for sector, r in sums.iterrows()}
    years = pd.DataFrame(columns=["annee", "creations_ess", "fermetures_ess", "creations_toutes"])
    if "dynamique_communes" in present and settings.get(STOCK_DATE_KEY):
        dynamics = study.read("dynamique_communes")
        years = (dynamics[dynamics["code_commune"].isin(wanted)]
                 .groupby("annee")[["creations_ess", "fermetures_ess", "creations_toutes"]].sum().reset_index())
        years["annee"] = years["annee"].astype(int)
    contributions = _contributions(study, present, code, level, wanted)
    recommendations = _recommendations(study, present, pays_code)
    from .contributions import themes

    facts = Facts(
        level=level, row=row, pays=pays_row, epcis=epcis,
        communes=_records(communes[["code_commune", "nom", "nom_tri", "emplois_ess_est", "distance_etab_ess_km"]]),
        years=_records(years), jobs_by_sector=jobs,
        stock_date=str(settings.get(STOCK_DATE_KEY) or "")[:10],
        earlier_stock_date=str(settings.get(EARLIER_STOCK_DATE_KEY) or "")[:10],
        contributions=_records(contributions[["type", "theme"]]) if len(contributions) else [],
        recommendations=_records(recommendations), theme_labels=themes(),
        reference_name=settings.get("zone_reference", ""),
        fictitious=settings.get(SYNTHETIC_DATA_KEY) == "oui")
    return PortraitData(code=code, level=level, facts=facts, pays_code=pays_code, communes=commune_codes,
                        epci_codes=epci_codes, years=years, contributions=contributions,
                        recommendations=recommendations, settings=settings)


def _contributions(study, present, code, level, communes) -> pd.DataFrame:
    from .contributions import POINTS, ZONES, read_contributions

    if not ({POINTS, ZONES} & present):
        return pd.DataFrame(columns=["type", "theme", "code_commune", "code_pays"])
    frame = read_contributions(study)
    if level == "pays":
        return frame[frame["code_pays"] == code].reset_index(drop=True)
    return frame[frame["code_commune"].isin(communes)].reset_index(drop=True)


def _recommendations(study, present, pays_code) -> pd.DataFrame:
    from .contributions import RECOMMANDATIONS

    if RECOMMANDATIONS not in present:
        return pd.DataFrame(columns=["code_pays", "theme", "type", "priorite", "action_proposee", "acteurs"])
    frame = study.read(RECOMMANDATIONS)
    frame = frame[frame["code_pays"] == pays_code].copy()
    frame["_ordre"] = pd.to_numeric(frame["priorite"], errors="coerce").fillna(9)
    return frame.sort_values(["_ordre", "theme", "type"]).drop(columns="_ordre").reset_index(drop=True)
