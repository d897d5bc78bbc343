"""Deterministic synthetic SIRENE stock files, in INSEE's exact format.

Writes ``StockEtablissement_utf8.zip``, ``StockUniteLegale_utf8.zip`` (each holding one CSV
named like INSEE's, UTF-8, comma, minimal quoting) and
``GeolocalisationEtablissement_Sirene_pour_etudes_statistiques_utf8.zip`` (semicolon). The mix of
legal categories, activities and size bands imitates a real stock: mostly non-employers and
entrepreneurs individuels, ESS near 9 % of employer establishments and 10-11 % of salaried jobs,
some non-diffusible (P), closed and foreign-address rows, a few commercial ESS companies and ESS
units with an excluded activity. Same seed, same bytes. Data are fake: names and addresses are
invented.

``layout`` (``--format`` on the command line) chooses which of INSEE's layouts to write:
    2025  the stocks before December 2025: NAF rév. 2 codes only, no NAF25 columns;
    2026  (default) the stocks since December 2025: NAF rév. 2 in ``activitePrincipale…`` (nomenclature
          NAFRev2) and the NAF 2025 code in ``activitePrincipaleNAF25Etablissement`` /
          ``activitePrincipaleNAF25UniteLegale``;
    2027  the stocks from 1 January 2027: NAF 2025 codes in ``activitePrincipale…`` (nomenclature
          NAF2025), no NAF25 columns.
The layout draws no random number: the same seed gives the same establishments in every layout.
"""
import math
import zipfile
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from .errors import InputError
from .i18n import tr
from .identifiers import luhn_digit
from .lambert93 import lambert93_to_wgs84
from .progress import check_canceled
from .sirene_read import SYNTHETIC_MARK
from .text import sort_key


def _header(line: str, sep: str = ",") -> list:
    """Column names from a header line written as INSEE publishes it."""
    return line.split(sep)


ETAB_HEADER = _header(
    "siren,nic,siret,statutDiffusionEtablissement,dateCreationEtablissement,trancheEffectifsEtablissement,"
    "anneeEffectifsEtablissement,activitePrincipaleRegistreMetiersEtablissement,"
    "dateDernierTraitementEtablissement,etablissementSiege,nombrePeriodesEtablissement,"
    "complementAdresseEtablissement,numeroVoieEtablissement,indiceRepetitionEtablissement,"
    "dernierNumeroVoieEtablissement,indiceRepetitionDernierNumeroVoieEtablissement,typeVoieEtablissement,"
    "libelleVoieEtablissement,codePostalEtablissement,libelleCommuneEtablissement,"
    "libelleCommuneEtrangerEtablissement,distributionSpecialeEtablissement,codeCommuneEtablissement,"
    "codeCedexEtablissement,libelleCedexEtablissement,codePaysEtrangerEtablissement,"
    "libellePaysEtrangerEtablissement,identifiantAdresseEtablissement,coordonneeLambertAbscisseEtablissement,"
    "coordonneeLambertOrdonneeEtablissement,complementAdresse2Etablissement,numeroVoie2Etablissement,"
    "indiceRepetition2Etablissement,typeVoie2Etablissement,libelleVoie2Etablissement,codePostal2Etablissement,"
    "libelleCommune2Etablissement,libelleCommuneEtranger2Etablissement,distributionSpeciale2Etablissement,"
    "codeCommune2Etablissement,codeCedex2Etablissement,libelleCedex2Etablissement,"
    "codePaysEtranger2Etablissement,libellePaysEtranger2Etablissement,dateDebut,etatAdministratifEtablissement,"
    "enseigne1Etablissement,enseigne2Etablissement,enseigne3Etablissement,denominationUsuelleEtablissement,"
    "activitePrincipaleEtablissement,nomenclatureActivitePrincipaleEtablissement,"
    "caractereEmployeurEtablissement,activitePrincipaleNAF25Etablissement"
)
UL_HEADER = _header(
    "siren,statutDiffusionUniteLegale,unitePurgeeUniteLegale,dateCreationUniteLegale,sigleUniteLegale,"
    "sexeUniteLegale,prenom1UniteLegale,prenom2UniteLegale,prenom3UniteLegale,prenom4UniteLegale,"
    "prenomUsuelUniteLegale,pseudonymeUniteLegale,identifiantAssociationUniteLegale,trancheEffectifsUniteLegale,"
    "anneeEffectifsUniteLegale,dateDernierTraitementUniteLegale,nombrePeriodesUniteLegale,categorieEntreprise,"
    "anneeCategorieEntreprise,dateDebut,etatAdministratifUniteLegale,nomUniteLegale,nomUsageUniteLegale,"
    "denominationUniteLegale,denominationUsuelle1UniteLegale,denominationUsuelle2UniteLegale,"
    "denominationUsuelle3UniteLegale,categorieJuridiqueUniteLegale,activitePrincipaleUniteLegale,"
    "nomenclatureActivitePrincipaleUniteLegale,nicSiegeUniteLegale,economieSocialeSolidaireUniteLegale,"
    "societeMissionUniteLegale,caractereEmployeurUniteLegale,activitePrincipaleNAF25UniteLegale"
)
HISTORY_HEADER = _header(
    "siren,nic,siret,dateFin,dateDebut,etatAdministratifEtablissement,changementEtatAdministratifEtablissement,"
    "enseigne1Etablissement,enseigne2Etablissement,enseigne3Etablissement,changementEnseigneEtablissement,"
    "denominationUsuelleEtablissement,changementDenominationUsuelleEtablissement,activitePrincipaleEtablissement,"
    "nomenclatureActivitePrincipaleEtablissement,changementActivitePrincipaleEtablissement,"
    "caractereEmployeurEtablissement,changementCaractereEmployeurEtablissement"
)
GEO_HEADER = _header("siret;x;y;qualite_xy;epsg;plg_qp;plg_iris;plg_zus;plg_qva;plg_code_commune;distance_precision;"
                     "qualite_qp;qualite_iris;qualite_zus;qualite_qva;y_latitude;x_longitude", ";")

NAF25_ETAB = "activitePrincipaleNAF25Etablissement"
NAF25_UL = "activitePrincipaleNAF25UniteLegale"
LAYOUTS = ("2025", "2026", "2027")
DEFAULT_LAYOUT = "2026"


def headers(layout: str = DEFAULT_LAYOUT) -> tuple:
    """(establishment header, legal unit header) of a layout: 2026 has the NAF25 columns."""
    if layout == "2026":
        return list(ETAB_HEADER), list(UL_HEADER)
    return [c for c in ETAB_HEADER if c != NAF25_ETAB], [c for c in UL_HEADER if c != NAF25_UL]


ETAB_NAME = "StockEtablissement_utf8"
UL_NAME = "StockUniteLegale_utf8"
GEO_NAME = "GeolocalisationEtablissement_Sirene_pour_etudes_statistiques_utf8"
HISTORY_NAME = "StockEtablissementHistorique_utf8"
EARLIER_FOLDER = "anterieur"  # the earlier stock, when asked for
# The stock's date (every row's dateDernierTraitementEtablissement) and the default earlier stock's.
STOCK_DATE = date(2026, 10, 31)
EARLIER_STOCK_DATE = date(2021, 10, 31)
OLDEST_CREATION = date(1950, 1, 1)
# Mean age (years) of the legal units of each kind at the stock's date (exponential): about 5 % of the
# ESS establishments created per year, and about 3 % closed (calibrated on published orders of magnitude).
MEAN_AGE_ESS = 30.0
MEAN_AGE_OTHER = 12.0
LATER_CHANGE_SHARE = .15  # closed establishments with a later period (the stock's dateDebut is not the closure)
BAND_CHANGE_SHARE = .2  # establishments of the earlier stock whose band differs from the current one
ZIP_DATE = (2025, 1, 1, 0, 0, 0)
ND = "[ND]"
BANDS = ("01", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42", "51")
# Share of employers in each band, by kind of unit.
BAND_MIX = {
    "micro": (.62, .25, .08, .04, .01, 0, 0, 0, 0, 0, 0, 0),
    "standard": (.42, .24, .14, .10, .065, .022, .008, .002, .002, .0008, .0002, 0),
    "large": (.15, .15, .12, .15, .20, .11, .07, .025, .02, .004, .001, 0),
    "public": (.22, .20, .15, .16, .14, .07, .035, .01, .01, .004, .001, 0),
    "ess": (.28, .22, .14, .15, .125, .054, .025, .005, .003, .0008, .0002, 0),
}
GENERAL_NAF = (("47.11B", 3), ("47.71Z", 3), ("56.10A", 4), ("56.30Z", 2), ("43.21A", 4), ("43.22A", 3),
               ("43.99C", 3), ("45.20A", 2), ("46.90Z", 2), ("49.32Z", 2), ("62.02A", 3), ("66.22Z", 1),
               ("68.20A", 2), ("69.20Z", 2), ("70.22Z", 5), ("71.12B", 2), ("73.11Z", 1), ("74.10Z", 2),
               ("81.21Z", 2), ("85.59B", 2), ("86.21Z", 2), ("86.90E", 2), ("90.01Z", 1), ("93.13Z", 1),
               ("96.02A", 4), ("96.09Z", 2), ("10.71C", 1), ("25.62B", 1), ("01.11Z", 2), ("41.20A", 2))
ASSOCIATION_NAF = (("94.99Z", 45), ("93.12Z", 12), ("93.19Z", 3), ("93.29Z", 4), ("88.99B", 5), ("88.10A", 2),
                   ("88.10C", 2), ("88.91A", 2), ("87.30A", 1), ("87.10A", 1), ("85.59A", 3), ("85.59B", 2),
                   ("85.10Z", 1), ("90.01Z", 3), ("90.04Z", 2), ("91.02Z", 1), ("55.20Z", .5), ("86.90E", .5),
                   ("56.10A", .5), ("81.21Z", .5), ("94.20Z", 2), ("94.91Z", 1), ("94.11Z", .5), ("94.12Z", .5),
                   ("84.11Z", .3))

# The NAF 2025 sub-class of each NAF rév. 2 code above: its main destination in INSEE's correspondence
# table NAF rév. 2 -> NAF 2025. Synthetic data only: not a conversion rule (a NAF rév. 2 sub-class
# may be split among several NAF 2025 ones, which only INSEE's own coding of each unit settles).
NAF2025_OF = {
    "01.11Z": "01.11Y", "01.41Z": "01.41Y", "01.50Z": "01.50Y", "01.61Z": "01.61Y", "10.51A": "10.51G",
    "10.71C": "10.71H", "25.62B": "25.53Y", "36.00Z": "36.00Y", "38.11Z": "38.11Y", "41.10A": "68.12Y",
    "41.20A": "41.00G", "43.21A": "43.21G", "43.22A": "43.22G", "43.99C": "43.91Y", "45.20A": "95.31G",
    "46.21Z": "46.21Y", "46.90Z": "46.90Y", "47.11B": "47.11G", "47.26Z": "47.26Y", "47.71Z": "47.71Y",
    "49.32Z": "49.33G", "55.20Z": "55.20Y", "56.10A": "56.11G", "56.30Z": "56.30Y", "62.02A": "62.20G",
    "64.19Z": "64.19Y", "65.11Z": "65.11Y", "65.12Z": "65.12Y", "66.22Z": "66.22Y", "68.20A": "68.20G",
    "68.20B": "68.20H", "68.32A": "68.32H", "69.20Z": "69.20Y", "70.10Z": "70.10Y", "70.22Z": "70.20Y",
    "71.12B": "71.12Y", "73.11Z": "73.11Y", "74.10Z": "74.14Y", "81.10Z": "81.10Y", "81.21Z": "81.21Y",
    "84.11Z": "84.11Y", "84.13Z": "84.13Y", "85.10Z": "85.10Y", "85.31Z": "85.31Y", "85.59A": "85.59G",
    "85.59B": "85.59H", "86.10Z": "86.10Y", "86.21Z": "86.21Y", "86.90E": "86.95Y", "87.10A": "87.10G",
    "87.30A": "87.30G", "88.10A": "88.10G", "88.10C": "88.10J", "88.91A": "88.91G", "88.99B": "88.99H",
    "90.01Z": "90.20Y", "90.04Z": "90.31H", "91.02Z": "91.21Y", "93.12Z": "93.12Y", "93.13Z": "93.13Y",
    "93.19Z": "93.19Y", "93.29Z": "93.29Y", "94.11Z": "94.11Y", "94.12Z": "94.12Y", "94.20Z": "94.20Y",
    "94.91Z": "94.91Y", "94.99Z": "94.99Y", "96.02A": "96.21G", "96.09Z": "96.99H",
}

# Kinds of legal units: share of units, categories, activities, establishments per unit (1 + Poisson),
# share of active establishments that employ, band mix, share flagged ESS by SIRENE, share non-diffusible.
PROFILES = (
    ("ei", .46, (("1000", 1),), GENERAL_NAF, .05, .04, "micro", 0, .10),
    ("sarl", .13, (("5499", 55), ("5498", 35), ("5485", 5), ("5460", .4), ("5458", .6)), GENERAL_NAF,
     .2, .30, "standard", .003, .004),
    ("sas", .14, (("5710", 65), ("5720", 35)), GENERAL_NAF, .25, .22, "standard", .003, .004),
    ("sa", .008, (("5599", 60), ("5699", 40)), GENERAL_NAF, 2, .6, "large", 0, 0),
    ("sci", .09, (("6540", 88), ("6599", 12)), (("68.20B", 8), ("68.32A", 1), ("41.10A", 1)), .02, .01,
     "micro", 0, .01),
    ("agri", .015, (("6533", 40), ("6598", 60)), (("01.11Z", 5), ("01.50Z", 3), ("01.41Z", 2)), .1, .2,
     "micro", 0, .01),
    ("snc", .005, (("5202", 1),), (("47.26Z", 3), ("47.11B", 1)), 0, .3, "micro", 0, 0),
    ("association", .06, (("9220", 92), ("9221", 1), ("9222", .5), ("9223", 1), ("9230", 2), ("9210", .5),
                          ("9240", .5), ("9260", .5)), ASSOCIATION_NAF, .12, .15, "ess", .95, .01),
    ("cooperative", .004, (("5458", 15), ("5560", 10), ("5460", 10), ("6317", 25), ("6316", 15), ("5192", 3),
                           ("5194", 4), ("6595", 10), ("6596", 8)),
     (("46.21Z", 4), ("01.61Z", 4), ("64.19Z", 4), ("43.21A", 1), ("10.51A", 1), ("62.02A", 1)), 1, .45, "ess",
     .9, 0),
    ("mutuelle", .0008, (("8210", 60), ("6411", 20), ("8250", 10), ("8290", 10)),
     (("65.12Z", 5), ("65.11Z", 3), ("86.90E", 1), ("88.99B", 1)), 2, .5, "ess", .9, 0),
    ("fondation", .0004, (("9300", 1),), (("88.99B", 3), ("87.30A", 3), ("86.10Z", 1), ("94.99Z", 3)), 1.5,
     .5, "ess", .9, 0),
    ("public", .02, (("7210", 50), ("7346", 3), ("7348", 1), ("7361", 10), ("7331", 10), ("7364", 2),
                     ("7354", 5), ("7355", 5), ("7379", 5), ("7220", .5)),
     (("84.11Z", 70), ("88.99B", 6), ("85.31Z", 8), ("86.10Z", 2), ("36.00Z", 4), ("38.11Z", 4),
      ("84.13Z", 6)), 1.5, .6, "public", 0, 0),
    ("autre", .02, (("9110", 60), ("8410", 10), ("8420", 5), ("6220", 10), ("9900", 15)),
     (("81.10Z", 5), ("94.20Z", 2), ("94.11Z", 1), ("70.10Z", 2)), .05, .05, "standard", 0, 0),
)
ESS_KINDS = ("association", "cooperative", "mutuelle", "fondation")
CLOSED_SHARE = .35  # of establishment rows
FOREIGN_SHARE = .003
ESTABLISHMENTS_PER_INHABITANT = 1 / 9

WORDS = ("AVENIR", "HORIZON", "SOLIDARITE", "PARTAGE", "ENTRAIDE", "ESPOIR", "ÉCHANGES", "RENCONTRES",
         "LOISIRS", "TERROIR", "PATRIMOINE", "JEUNESSE", "FAMILLES", "NATURE", "MUSIQUE", "THÉÂTRE",
         "PICARDIE", "VALLÉE", "PLATEAU", "BOCAGE", "RIVIÈRE", "SOMME", "OISE", "AISNE", "CŒUR")
ASSOCIATION_PREFIX = ("ASSOCIATION", "COMITE DES FETES DE", "FOYER RURAL DE", "AMICALE DE", "ADMR DE",
                      "CLUB SPORTIF DE", "ÉCOLE DE MUSIQUE DE", "LES AMIS DE", "UNION SPORTIVE DE",
                      "RESTOS DU CŒUR", "CENTRE SOCIAL DE", "ASSOCIATION DES PARENTS D'ÉLÈVES DE")
SURNAMES = ("MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND", "LEROY",
            "MOREAU", "SIMON", "LAURENT", "LEFEBVRE", "MICHEL", "GARCIA", "DAVID", "BERTRAND", "ROUX",
            "VINCENT", "FOURNIER", "MOREL", "GIRARD", "ANDRE", "LEFEVRE", "MERCIER", "DUPONT", "LAMBERT",
            "BONNET", "FRANCOIS", "MARTINEZ", "DELATTRE", "CARON", "DEVAUX", "POULAIN", "LECLERCQ")
FIRST_NAMES = ("MARIE", "JEAN", "PIERRE", "MICHEL", "ANNE", "NATHALIE", "PHILIPPE", "ISABELLE", "ALAIN",
               "SYLVIE", "NICOLAS", "CATHERINE", "LUCAS", "EMMA", "HÉLÈNE", "FRANÇOIS", "CÉLINE", "JÉRÔME")
STREETS = (("RUE", "DE LA GARE"), ("RUE", "DE L'EGLISE"), ("PL", "DE LA MAIRIE"), ("RUE", "VICTOR HUGO"),
           ("AV", "JEAN JAURES"), ("RTE", "NATIONALE"), ("RUE", "DU GENERAL DE GAULLE"), ("CHE", "DES PRES"),
           ("RUE", "PASTEUR"), ("BD", "GAMBETTA"), ("IMP", "DES TILLEULS"), ("RUE", "DU MOULIN"))
COMPANY_SUFFIX = ("SERVICES", "CONSEIL", "BATIMENT", "DISTRIBUTION", "TRANSPORTS", "IMMOBILIER", "HOLDING",
                  "RENOVATION", "AUTOMOBILES", "BOULANGERIE", "COIFFURE", "INFORMATIQUE")
FOREIGN = (("99132", "ROYAUME-UNI", "LONDRES"), ("99131", "BELGIQUE", "BRUXELLES"),
           ("99109", "ALLEMAGNE", "BERLIN"), ("99134", "ESPAGNE", "MADRID"), ("99127", "ITALIE", "ROME"))


def generate_sirene(communes: pd.DataFrame, out_dir, seed: int = 1, departements=None, national_rows=None,
                    point_sampler=None, feedback=None, earlier_date=None, layout: str = DEFAULT_LAYOUT) -> dict:
    """Write the stock files into ``out_dir``; return their paths by role.

    Files: StockEtablissement, StockUniteLegale, Geolocalisation and StockEtablissementHistorique
    (``historique``), as of STOCK_DATE. With ``earlier_date`` (a date), the same establishments as
    an earlier stock of that date in ``out_dir/anterieur`` (roles ``etablissements_anterieur`` and
    ``unites_legales_anterieur``): those created since are absent, those closed since are active,
    and a fifth of them have another size band.

    ``communes``: columns code_commune, nom, code_departement, code_epci, population. Either
    ``departements`` (codes: ~1 establishment row per 9 inhabitants of their communes) or
    ``national_rows`` (that many establishment rows over all the communes given).
    ``point_sampler(code_commune, n, rng)`` returns n Lambert-93 (x, y) points inside the commune or
    None; without it coordinates are left empty ([ND] in the Geolocalisation file).
    ``layout``: "2025", "2026" or "2027" (see the module docstring).
    """
    layout = str(layout).strip()
    if layout not in LAYOUTS:
        raise InputError(tr("Unknown stock format {format}: use 2025 (before December 2025), 2026 (NAF rév. 2 "
                            "and NAF 2025 columns) or 2027 (NAF 2025 only).").format(format=layout))
    frame = _select_communes(communes, departements)
    rng = np.random.default_rng(seed)
    if national_rows is not None:
        target = int(national_rows)
    else:
        target = int(rng.poisson(frame["population"].sum() * ESTABLISHMENTS_PER_INHABITANT))
    if target <= 0:
        raise InputError(tr("Nothing to generate: ask for at least one establishment."))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {"etablissements": out_dir / f"{ETAB_NAME}.zip", "unites_legales": out_dir / f"{UL_NAME}.zip",
             "geolocalisation": out_dir / f"{GEO_NAME}.zip"}
    if national_rows is None:  # the national mode (benchmarks) has no use for the periods
        paths["historique"] = out_dir / f"{HISTORY_NAME}.zip"
    if earlier_date is not None:
        if not OLDEST_CREATION < earlier_date < STOCK_DATE:
            raise InputError(tr("The earlier stock's date must fall between {first} and {last}.")
                             .format(first=OLDEST_CREATION.isoformat(), last=STOCK_DATE.isoformat()))
        (out_dir / EARLIER_FOLDER).mkdir(exist_ok=True)
        paths["etablissements_anterieur"] = out_dir / EARLIER_FOLDER / f"{ETAB_NAME}.zip"
        paths["unites_legales_anterieur"] = out_dir / EARLIER_FOLDER / f"{UL_NAME}.zip"
    # dates come from their own stream, so that the rest of a seed's stock stays as it was
    writer = _Writer(frame, rng, point_sampler, np.random.default_rng([seed, 2026]), earlier_date, layout)
    level = 1 if target > 500_000 else 6
    try:
        _write(paths, writer, target, level, feedback, headers(layout))
    except BaseException:
        for path in paths.values():  # no half-written stock is left behind
            path.unlink(missing_ok=True)
        raise
    return paths


def _write(paths, writer, target, level, feedback, header_pair):
    etab_header, ul_header = header_pair
    files = {  # role -> (CSV name, header, separator)
        "etablissements": (ETAB_NAME, etab_header, ","),
        "unites_legales": (UL_NAME, ul_header, ","),
        "geolocalisation": (GEO_NAME, GEO_HEADER, ";"),
        "historique": (HISTORY_NAME, HISTORY_HEADER, ","),
        "etablissements_anterieur": (ETAB_NAME, etab_header, ","),
        "unites_legales_anterieur": (UL_NAME, ul_header, ","),
    }
    streams = {role: _zip_writer(path, f"{files[role][0]}.csv", level) for role, path in paths.items()}
    try:
        for role, stream in streams.items():
            _, header, sep = files[role]
            stream.write((sep.join(header) + "\n").encode())
        written = 0
        while written < target:
            check_canceled(feedback)
            lines, n = writer.block(min(20_000, target - written))
            for role, stream in streams.items():
                stream.write(lines[role].encode("utf-8"))
            written += n
            if feedback is not None:
                feedback.setProgress(100.0 * written / target)
    finally:
        for stream in streams.values():
            stream.__exit__()


def _select_communes(communes, departements) -> pd.DataFrame:
    needed = {"code_commune", "nom", "code_departement", "population"}
    missing = needed - set(communes.columns)
    if missing:
        raise InputError(tr("The communes table lacks the column {col}. Give the reference table of communes "
                            "(code_commune, nom, code_departement, code_epci, population).")
                         .format(col=", ".join(sorted(missing))))
    frame = communes.copy()
    frame["code_commune"] = frame["code_commune"].astype(str)
    frame["code_departement"] = frame["code_departement"].astype(str)
    if departements:
        wanted = {str(d).strip().zfill(2) for d in departements}
        frame = frame[frame["code_departement"].isin(wanted)]
        if frame.empty:
            raise InputError(tr("No commune in the départements {deps}. Check the codes (e.g. 02,60,80).")
                             .format(deps=", ".join(sorted(wanted))))
    frame = frame[pd.to_numeric(frame["population"], errors="coerce").fillna(0) > 0]
    frame = frame.sort_values("code_commune").reset_index(drop=True)
    frame["population"] = frame["population"].astype(float)
    return frame


class _ZipStream:
    def __init__(self, path, member, level):
        self.zf = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=level)
        self.zf.comment = SYNTHETIC_MARK.encode("utf-8")
        info = zipfile.ZipInfo(member, date_time=ZIP_DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        # the attribute is _compresslevel before Python 3.13, compress_level after
        setattr(info, "compress_level" if hasattr(info, "compress_level") else "_compresslevel", level)
        self.stream = self.zf.open(info, "w", force_zip64=True)

    def write(self, data):
        self.stream.write(data)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()
        self.zf.close()


def _zip_writer(path, member, level):
    return _ZipStream(path, member, level)


def _quote(value: str, sep: str = ",") -> str:
    if sep in value or '"' in value or "\n" in value:
        return '"' + value.replace('"', '""') + '"'
    return value


def _weights(pairs):
    codes = [p[0] for p in pairs]
    w = np.array([p[1] for p in pairs], dtype=float)
    return codes, w / w.sum()


class _Writer:
    """Generates blocks of legal units with their establishments, as CSV text."""

    def __init__(self, communes, rng, point_sampler, dates_rng, earlier_date=None, layout=DEFAULT_LAYOUT):
        self.rng = rng
        self.layout = layout
        self.dates_rng = dates_rng
        self.earlier_date = earlier_date
        self.earlier_iso = earlier_date.isoformat() if earlier_date else ""
        self.point_sampler = point_sampler
        self.codes = communes["code_commune"].to_numpy()
        self.deps = communes["code_departement"].to_numpy()
        self.labels = np.array([sort_key(n).upper() for n in communes["nom"]], dtype=object)
        self.cum = np.cumsum(communes["population"].to_numpy())
        self.dep_index = {}
        for dep, idx in communes.groupby("code_departement").indices.items():
            self.dep_index[dep] = (idx, np.cumsum(communes["population"].to_numpy()[idx]))
        self.profile_w = np.array([p[1] for p in PROFILES])
        self.profile_w /= self.profile_w.sum()
        self.cats = [_weights(p[2]) for p in PROFILES]
        self.nafs = [_weights(p[3]) for p in PROFILES]
        self.band_mix = {k: np.array(v) / sum(v) for k, v in BAND_MIX.items()}
        self.extra = np.array([p[4] for p in PROFILES])
        self.p_employer = np.array([p[5] for p in PROFILES])
        self.mixes = [self.band_mix[k] for k in BAND_MIX]
        self.mix_of = np.array([list(BAND_MIX).index(p[6]) for p in PROFILES])
        self.p_ess = np.array([p[7] for p in PROFILES])
        self.p_private = np.array([p[8] for p in PROFILES])
        self.siren_base = 10_000_000  # next 8-digit SIREN body
        self.geo_fraction_in_stock = .85  # share of located rows whose coordinates are also in the stock

    def _commune_index(self, n):
        return np.searchsorted(self.cum, self.rng.random(n) * self.cum[-1], side="right").clip(0, len(self.codes) - 1)

    def _near(self, home):
        """Another commune of the same département (weighted by population)."""
        idx, cum = self.dep_index[self.deps[home]]
        return idx[min(np.searchsorted(cum, self.rng.random() * cum[-1], side="right"), len(idx) - 1)]

    def _points(self, commune_idx):
        """Lambert-93 points per row (NaN when unknown), one sampler call per commune."""
        n = len(commune_idx)
        xs, ys = np.full(n, np.nan), np.full(n, np.nan)
        if self.point_sampler is None:
            return xs, ys
        order = np.argsort(commune_idx, kind="stable")
        sorted_idx = commune_idx[order]
        starts = np.flatnonzero(np.r_[True, sorted_idx[1:] != sorted_idx[:-1]])
        ends = np.r_[starts[1:], n]
        for s, e in zip(starts, ends):
            points = self.point_sampler(self.codes[sorted_idx[s]], int(e - s), self.rng)
            if points:
                rows = order[s:e]
                for r, (px, py) in zip(rows, points):
                    xs[r], ys[r] = px, py
        return xs, ys

    def block(self, wanted):
        rng = self.rng
        prof = rng.choice(len(PROFILES), size=wanted, p=self.profile_w)
        sizes = 1 + rng.poisson(self.extra[prof])
        cum = np.cumsum(sizes)
        n_units = int(np.searchsorted(cum, wanted) + 1)
        prof, sizes = prof[:n_units], sizes[:n_units]
        sizes[-1] -= int(cum[n_units - 1] - wanted)
        n = wanted
        homes = self._commune_index(n_units)
        etab_unit = np.repeat(np.arange(n_units), sizes)
        first = np.r_[0, np.cumsum(sizes)[:-1]]
        etab_commune = homes[etab_unit].copy()
        extra = np.ones(n, dtype=bool)
        extra[first] = False
        for j in np.flatnonzero(extra & (rng.random(n) < .7)):
            etab_commune[j] = self._near(homes[etab_unit[j]])
        xs, ys = self._points(etab_commune)
        lon, lat = lambert93_to_wgs84(np.nan_to_num(xs, nan=700000.0), np.nan_to_num(ys, nan=6600000.0))
        closed = rng.random(n) < CLOSED_SHARE
        foreign = rng.random(n) < FOREIGN_SHARE
        unit_p = rng.random(n_units) < self.p_private[prof]
        etab_p = unit_p[etab_unit] | (rng.random(n) < .005)
        unit_cat = np.empty(n_units, dtype=object)
        unit_naf = np.empty(n_units, dtype=object)
        for k in range(len(PROFILES)):
            idx = np.flatnonzero(prof == k)
            if len(idx):
                codes, w = self.cats[k]
                unit_cat[idx] = np.array(codes, dtype=object)[rng.choice(len(codes), size=len(idx), p=w)]
                codes, w = self.nafs[k]
                unit_naf[idx] = np.array(codes, dtype=object)[rng.choice(len(codes), size=len(idx), p=w)]
        unit_ess = rng.random(n_units) < self.p_ess[prof]
        flag_r = rng.random(n_units)
        employer_ever = rng.random(n) < self.p_employer[prof[etab_unit]]
        employer = employer_ever & ~closed
        bands = np.full(n, "NN", dtype=object)
        etab_mix = self.mix_of[prof[etab_unit]]
        for m, mix in enumerate(self.mixes):
            idx = np.flatnonzero(employer & (etab_mix == m))
            bands[idx] = np.array(BANDS, dtype=object)[rng.choice(len(BANDS), size=len(idx), p=mix)]
        unknown_band = ~employer & (rng.random(n) < .25)
        bands[unknown_band] = ""
        bands[~employer & ~unknown_band & ~closed & (rng.random(n) < .03)] = "00"
        dates = self._dates(prof, etab_unit, first, sizes, closed, employer_ever, bands, etab_mix)
        # drawn and not used: kept so that the generator's stream, hence every seeded stock, stays the same
        rng.integers(1960, 2025, size=n_units)
        rng.integers(1, 13, size=n)
        rng.integers(1, 29, size=n)
        word = rng.integers(0, len(WORDS), size=(n_units, 2))
        who = rng.integers(0, len(SURNAMES), size=n_units)
        first_name = rng.integers(0, len(FIRST_NAMES), size=n_units)
        siren_step = rng.integers(1, 40, size=n_units)
        street = rng.integers(0, len(STREETS), size=n)
        number = rng.integers(1, 120, size=n)
        naf_same = rng.random(n) < .9
        has_enseigne = rng.random(n) < .2
        in_stock_r = rng.random(n) < self.geo_fraction_in_stock
        random_point = rng.random(n) < .05
        distance = rng.integers(0, 200, size=n)
        nic_step = rng.integers(1, 4, size=n)
        etab_lines, ul_lines, geo_lines, history_lines, earlier_lines, earlier_ul_lines = [], [], [], [], [], []
        for u in range(n_units):
            kind = PROFILES[prof[u]][0]
            self.siren_base += int(siren_step[u])
            body = str(self.siren_base)
            siren = body + luhn_digit(body)
            cat, naf = unit_cat[u], unit_naf[u]
            home = homes[u]
            private = unit_p[u]
            ess_flag = "O" if unit_ess[u] else ("N" if kind in ESS_KINDS or flag_r[u] < .5 else "")
            lo, hi = first[u], first[u] + sizes[u]
            unit_state = "C" if closed[lo:hi].all() else "A"
            unit_employer = "O" if employer[lo:hi].any() else "N"
            name, surname, given, sex = self._unit_name(kind, cat, u, home, word, who, first_name)
            created = dates["created"][lo]
            nic_seq = 10
            siege_nic = ""
            unit_then = []
            for j, i in enumerate(range(lo, hi)):
                nic_body = f"{nic_seq:04d}"
                nic = nic_body + luhn_digit(siren + nic_body)
                nic_seq += int(nic_step[i])
                siret = siren + nic
                if j == 0:
                    siege_nic = nic
                c = etab_commune[i]
                code, town = self.codes[c], self.labels[c]
                state = "F" if closed[i] else "A"
                status = "P" if etab_p[i] else "O"
                if naf_same[i] or kind in ESS_KINDS or kind == "public":
                    etab_naf = naf
                else:
                    etab_naf = GENERAL_NAF[int(number[i]) % len(GENERAL_NAF)][0]
                band = bands[i]
                date = dates["created"][i]
                enseigne = f"{WORDS[word[u, 1]]} {town}" if has_enseigne[i] and kind != "public" else ""
                x, y = xs[i], ys[i]
                located = not math.isnan(x)
                stype, sname = STREETS[street[i]]
                num = str(number[i])
                postal = code[:2] + "0" + code[2:4] if not code.startswith("97") else code[:3] + "00"
                country = pays = town_abroad = ""
                if foreign[i]:
                    country, pays, town_abroad = FOREIGN[int(number[i]) % len(FOREIGN)]
                    code = postal = town = ""
                    located = False
                in_stock = located and in_stock_r[i]
                cx = f"{x:.1f}" if in_stock else ""
                cy = f"{y:.1f}" if in_stock else ""
                address_id = f"{code}_{number[i]:04d}_{street[i]:05d}" if in_stock else ""
                if status == "P":
                    num, stype, sname = ND, ND, ND
                    enseigne = ND if enseigne else ""
                    cx = cy = address_id = ND
                row = _EtabRow(identity=f"{siren},{nic},{siret},{status},{date}",
                               siege="true" if j == 0 else "false",
                               place=(f"{num},,,,{stype},{_quote(sname)},{postal},{_quote(town)},"
                                      f"{_quote(town_abroad)},,{code},,,{country},{pays},{address_id},{cx},{cy}"),
                               enseigne=_quote(enseigne), activity=self._activity(etab_naf),
                               naf25=self._naf25(etab_naf))

                closure, later = dates["closed"][i], dates["later"][i]
                employs = "O" if band not in ("", "NN", "00") and state == "A" else "N"
                etab_lines.append(row.line(band, STOCK_DATE.isoformat(), 1 + bool(closure) + bool(later),
                                           later or closure or date, state, employs))
                history_lines.append(_history(siren, nic, siret, date, closure, later, self._activity(etab_naf),
                                              "O" if band not in ("", "NN", "00") else "N"))
                if self.earlier_date is not None and date <= self.earlier_iso:
                    closed_then = bool(closure) and closure <= self.earlier_iso
                    band_then = dates["band_then"][i]
                    earlier_lines.append(row.line(
                        band_then, self.earlier_iso, 1 + closed_then, closure if closed_then else date,
                        "F" if closed_then else "A",
                        "O" if band_then not in ("", "NN", "00") and not closed_then else "N"))
                    unit_then.append(not closed_then)
                if located and status == "O" and not private:
                    quality = "33" if random_point[i] else "11"
                    geo_lines.append(f"{siret};{x:.1f};{y:.1f};{quality};2154;;{code}0000;;;{code};"
                                     f"{distance[i]};;1;;;{lat[i]:.6f};{lon[i]:.6f}\n")
            unit_bands = [b for b in bands[lo:hi] if b not in ("", "NN", "00")]
            tranche_ul = max(unit_bands) if unit_bands else "NN"
            if private:
                name = ND if kind == "ei" else name
                sex, given, surname = (ND, ND, ND) if kind == "ei" else ("", "", "")
            sigle = "" if kind == "ei" or private or word[u, 0] % 5 else "".join(w[0] for w in name.split()[:3])
            association_id = f"W{_rna_prefix(self.codes[home])}{u % 1000000:06d}" if kind == "association" else ""
            company = "" if kind == "ei" else ("ETI" if tranche_ul in ("32", "41", "42", "51") else "PME")
            unit_row = _UnitRow(
                head=(f"{siren},{'P' if private else 'O'},,{created},{_quote(sigle)},"
                      f"{sex},{given},,,,{given},,{association_id},{tranche_ul}"),
                banded=tranche_ul != "NN", company=company, created=created,
                tail=(f"{surname},,{_quote(name) if kind != 'ei' else ''},,,,{cat},{self._activity(naf)},"
                      f"{siege_nic},{ess_flag},{'N' if kind in ('sas', 'sa') else ''},{unit_employer}"
                      f"{self._naf25(naf)}\n"))

            ul_lines.append(unit_row.line(STOCK_DATE.isoformat(), unit_state))
            if unit_then:
                earlier_ul_lines.append(unit_row.line(self.earlier_iso, "A" if any(unit_then) else "C"))
        lines = {"etablissements": "".join(etab_lines), "unites_legales": "".join(ul_lines),
                 "geolocalisation": "".join(geo_lines), "historique": "".join(history_lines),
                 "etablissements_anterieur": "".join(earlier_lines),
                 "unites_legales_anterieur": "".join(earlier_ul_lines)}
        return lines, n

    def _dates(self, prof, etab_unit, first, sizes, closed, employer_ever, bands, etab_mix) -> dict:
        """ISO dates per row: created (the unit's first establishment on the unit's date), closed and
        later (a later period of a closed establishment; "" when none); band_then (the band in the
        earlier stock). Closed establishments keep their last band, as SIRENE does."""
        rng, n = self.dates_rng, len(etab_unit)
        ess = np.isin(np.array([p[0] for p in PROFILES])[prof], ESS_KINDS)
        span = (STOCK_DATE - OLDEST_CREATION).days
        unit_age = np.minimum(rng.exponential(np.where(ess, MEAN_AGE_ESS, MEAN_AGE_OTHER) * 365.25), span)
        age = unit_age[etab_unit] * np.where(np.isin(np.arange(n), first), 1.0, rng.random(n))
        age = np.maximum(age.astype(int), 1)
        closed_age = ((age - 1) * rng.random(n)).astype(int)  # days before the stock's date, after creation
        later_age = (closed_age * rng.random(n)).astype(int)
        later = closed & (rng.random(n) < LATER_CHANGE_SHARE) & (later_age < closed_age)
        for m, mix in enumerate(self.mixes):
            idx = np.flatnonzero(closed & employer_ever & (etab_mix == m))
            bands[idx] = np.array(BANDS, dtype=object)[rng.choice(len(BANDS), size=len(idx), p=mix)]
        shift = rng.integers(0, 2, size=n) * 2 - 1
        band_then = bands.copy()
        change = (rng.random(n) < BAND_CHANGE_SHARE) & np.isin(bands, BANDS)
        for i in np.flatnonzero(change):
            band_then[i] = BANDS[min(max(BANDS.index(bands[i]) + shift[i], 0), len(BANDS) - 1)]

        def iso(days_before, mask):
            return [(STOCK_DATE - timedelta(days=int(d))).isoformat() if m else ""
                    for d, m in zip(days_before, mask)]

        return {"created": iso(age, np.ones(n, dtype=bool)), "closed": iso(closed_age, closed),
                "later": iso(later_age, later), "band_then": band_then}

    def _activity(self, naf: str) -> str:
        """The main activity code and its nomenclature, as the layout writes them."""
        return f"{NAF2025_OF[naf]},NAF2025" if self.layout == "2027" else f"{naf},NAFRev2"

    def _naf25(self, naf: str) -> str:
        """The NAF25 column (with its leading comma) of the 2026 layout; nothing in the others."""
        return f",{NAF2025_OF[naf]}" if self.layout == "2026" else ""

    def _unit_name(self, kind, cat, u, home, word, who, first_name):
        if kind == "ei":
            return "", SURNAMES[who[u]], FIRST_NAMES[first_name[u]], "MF"[who[u] % 2]
        town = self.labels[home]
        w0, w1 = WORDS[word[u, 0]], WORDS[word[u, 1]]
        if kind == "association":
            prefix = ASSOCIATION_PREFIX[word[u, 0] % len(ASSOCIATION_PREFIX)]
            name = f"{prefix} {town}" if prefix.endswith((" DE", " D'ÉLÈVES DE")) else f"{prefix} {w1}"
        elif kind == "fondation":
            name = f"FONDATION {w0} {w1}"
        elif kind == "public":
            name = {"7210": f"COMMUNE DE {town}", "7361": f"CENTRE COMMUNAL D'ACTION SOCIALE DE {town}",
                    "7331": f"COLLEGE {w0}"}.get(cat, f"SYNDICAT INTERCOMMUNAL {town}")
        elif kind == "cooperative":
            name = f"COOPERATIVE {w0} {w1}"
        elif kind == "mutuelle":
            name = f"MUTUELLE {w0}"
        else:
            name = f"{SURNAMES[who[u]]} {COMPANY_SUFFIX[word[u, 0] % len(COMPANY_SUFFIX)]}"
            if word[u, 1] % 7 == 0:
                name = f"{name}, {w1}"
        return name, "", "", ""


class _EtabRow(NamedTuple):
    """What an establishment's row in StockEtablissement keeps from one stock to the other."""
    identity: str  # siren, nic, siret, diffusion status, creation date
    siege: str  # "true" for the unit's head office
    place: str  # address … coordinates
    enseigne: str
    activity: str
    naf25: str

    def line(self, band, last, periods, start, state, employer_flag) -> str:
        """The row as of the stock of date ``last`` (ISO)."""
        year_band = str(int(last[:4]) - 2) if band not in ("", "NN") else ""
        return (f"{self.identity},{band},{year_band},,{last}T21:04:11,{self.siege},{periods},,{self.place}"
                f",,,,,,,,,,,,,,,{start},{state},{self.enseigne},,,,{self.activity},{employer_flag}{self.naf25}\n")


class _UnitRow(NamedTuple):
    """What a unit's row in StockUniteLegale keeps from one stock to the other."""
    head: str  # siren … size band
    banded: bool  # the unit has a size band (its year is then written)
    company: str  # company category ("" for a sole proprietor)
    created: str
    tail: str  # surname … end of line

    def line(self, last, state) -> str:
        """The row as of the stock of date ``last`` (ISO)."""
        year = str(int(last[:4]) - 2)
        return (f"{self.head},{year if self.banded else ''},{last}T21:04:11,1,{self.company},"
                f"{year if self.company else ''},{self.created},{state},{self.tail}")


def _history(siren, nic, siret, created, closed, later, activity, employer) -> str:
    """The establishment's periods in StockEtablissementHistorique, the latest first: a closed one
    has its closed period (changementEtatAdministratif true) and, for some, a later period in which
    only its employer flag changed."""
    def period(end, start, state, state_changed, employs, employer_changed):
        return (f"{siren},{nic},{siret},{end},{start},{state},{state_changed},,,,false,,false,{activity},false,"
                f"{employs},{employer_changed}\n")

    def day_before(iso_date):
        return (date.fromisoformat(iso_date) - timedelta(days=1)).isoformat()

    if not closed:
        return period("", created, "A", "false", employer, "false")
    lines = []
    if later:
        lines.append(period("", later, "F", "false", "N", "true"))
    lines.append(period(day_before(later) if later else "", closed, "F", "true", employer, "false"))
    lines.append(period(day_before(closed), created, "A", "false", employer, "false"))
    return "".join(lines)


def _rna_prefix(code: str) -> str:
    """Three digits for an association id (RNA style: W + département + digits)."""
    return (code[:3] if code else "000").replace("A", "0").replace("B", "0")
