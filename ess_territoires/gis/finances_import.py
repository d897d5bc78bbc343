"""``finances_unites``: published accounts and SIAE status of a study's ESS legal units.

``import_api_into_study(..., finances=True)`` (``import-api --finances``) calls ``study_finances``
with its own client, after the territory search and before it writes anything: the legal units
are the SIRENs of the ``etablissements_ess`` it is about to write (diffusible establishments only,
so no status-P unit is ever asked for or written). Their answers come first from the study's
cache (the territory search's answers carry ``finances`` and ``complements`` for 25 units each),
then from one direct search per SIREN, at the client's rate limit. Offline, the units without a
cached answer are listed (message and ``rejets``) and left out of ``finances_unites``; they count
as units without published accounts in the coverage. The rules that turn the table into
indicators are in core.economic.
"""
from dataclasses import dataclass, field

import pandas as pd

from ..core import economic
from ..core.i18n import tr
from ..sources import recherche_entreprises

SHOWN_SIRENS = 10  # SIRENs named in a message; the rejets table lists them all


@dataclass
class FinancesStep:
    frame: pd.DataFrame  # finances_unites
    counts: dict
    rejets: list = field(default_factory=list)
    messages: list = field(default_factory=list)


def study_finances(http, etablissements: pd.DataFrame, feedback=None, source="") -> FinancesStep:
    """The finances_unites table of the units of ``etablissements`` (etablissements_ess), the
    counts for the ``imports`` row, the rejets rows and the messages for the user."""
    etabs = economic.establishments(etablissements)
    sirens = sorted(set(etabs["siren"]))
    if feedback is not None:
        feedback.pushInfo(tr("Finances and SIAE status of {n} ESS legal units…").format(n=len(sirens)))
    sent_before, hits_before = http.requests_sent, http.cache_hits
    result = recherche_entreprises.fetch_finances(http, sirens, feedback)
    frame = result.frame

    offices = economic.head_offices(etabs)
    turnover = economic.latest_turnover(frame).set_index("siren")["ca"]
    elsewhere = [s for s in sirens if s not in offices.index]
    elsewhere_ca = float(turnover.reindex(elsewhere).dropna().sum())
    located = etabs.groupby("siren").size()
    spread = [s for s in offices.index if s in result.units
              and _number(result.units[s].get("nombre_etablissements_ouverts")) > located.get(s, 0)]
    counts = {
        "finances_unites_ess": len(sirens),
        "finances_reponses_deja_en_cache": int(result.from_cache),
        "finances_requetes": int(http.requests_sent - sent_before),
        "finances_reponses_du_cache": int(http.cache_hits - hits_before),
        "finances_unites_ca_publie": int(len(turnover)),
        "finances_unites_siae": len(economic.siae_units(frame)),
        "finances_unites_non_en_cache": len(result.not_cached),
        "finances_unites_inconnues_api": len(result.unknown),
        "finances_unites_siege_hors_etude": len(elsewhere),
        "finances_ca_siege_hors_etude": elsewhere_ca,
        "finances_unites_siege_ici_sites_ailleurs": len(spread),
    }
    commune_of = dict(zip(etabs["siren"], etabs["code_commune"]))
    commune_of.update(offices.to_dict())
    rejets = [{"fichier": source, "siret": "", "code_commune": commune_of.get(siren, ""), "action": "non_en_cache",
               "motif_rejet": tr("Legal unit {siren}: no cached answer in offline mode, its turnover and SIAE "
                                 "status are unknown.").format(siren=siren)}
              for siren in result.not_cached]
    rejets += [{"fichier": source, "siret": "", "code_commune": commune_of.get(siren, ""), "action": "inconnu",
                "motif_rejet": tr("Legal unit {siren}: API Recherche d'entreprises does not know it; its turnover "
                                  "and SIAE status are unknown.").format(siren=siren)}
               for siren in result.unknown]

    messages = [tr("Finances of {n} ESS legal units: {published} publish a turnover, {siae} are insertion "
                   "structures (SIAE); {cached} taken from answers already cached, {requests} requests.").format(
        n=len(sirens), published=counts["finances_unites_ca_publie"], siae=counts["finances_unites_siae"],
        cached=counts["finances_reponses_deja_en_cache"], requests=counts["finances_requetes"])]
    if elsewhere:
        messages.append(tr("{n} legal units have establishments in the study but their head office outside it: "
                           "their turnover ({ca} €) is counted in no commune.").format(
            n=len(elsewhere), ca=f"{elsewhere_ca:,.0f}".replace(",", " ")))
    if spread:
        messages.append(tr("{n} legal units headquartered in the study also have establishments outside it: their "
                           "whole turnover counts in the commune of their head office.").format(n=len(spread)))
    if result.not_cached:
        messages.append(tr("Offline mode: no cached answer for {n} of the {total} ESS legal units ({sirens}): their "
                           "turnover and SIAE status are unknown, they count as units without published accounts "
                           "(see the rejets table). Run import-api --finances once with network access to complete "
                           "them.").format(n=len(result.not_cached), total=len(sirens),
                                           sirens=_some(result.not_cached)))
    if result.unknown:
        messages.append(tr("API Recherche d'entreprises does not know {n} of the ESS legal units ({sirens}).")
                        .format(n=len(result.unknown), sirens=_some(result.unknown)))
    return FinancesStep(frame, counts, rejets, messages)


def _some(sirens: list) -> str:
    shown = ", ".join(sirens[:SHOWN_SIRENS])
    return shown + ("…" if len(sirens) > SHOWN_SIRENS else "")


def _number(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0
