"""The portrait's paragraphs: correct French from the figures, every figure a field of the study."""
import pytest

from ess_territoires.core import portrait_text as pt
from tests.portrait_numbers import date_values, row_values, unexplained

NN, NB = "\u202f", "\u00a0"

PAYS = {
    "code_pays": "pays-de-thierache", "nom": "Pays de Thiérache", "population": 71641, "surface_km2": 1671.09,
    "nb_epci": 2, "nb_communes": 160, "nb_etab_ess": 346, "nb_etab_association": 272, "nb_etab_cooperative": 52,
    "nb_etab_mutuelle": 10, "nb_etab_fondation": 3, "nb_etab_entreprise_ess": 9, "nb_etab_ess_employeurs": 80,
    "emplois_ess_min": 2129.0, "emplois_ess_est": 3058.5, "emplois_ess_max": 3988.0, "emplois_total_est": 15429.0,
    "part_emploi_ess": 19.823060470542487, "etab_ess_pour_10000_hab": 48.2963666057146,
    "etab_ess_par_km2": 0.20705, "nb_etab_taille_1_9": 39, "nb_etab_taille_10_49": 26, "nb_etab_taille_50_249": 13,
    "nb_etab_taille_250_plus": 2, "nb_etab_secteur_action_sociale": 40, "nb_etab_secteur_sante": 2,
    "nb_etab_secteur_enseignement": 16, "nb_etab_secteur_sport_loisirs": 60, "nb_etab_secteur_arts_spectacles": 15,
    "nb_etab_secteur_finance_assurance": 24, "nb_etab_secteur_commerce": 13,
    "nb_etab_secteur_agriculture_agroalimentaire": 12, "nb_etab_secteur_industrie_construction": 7,
    "nb_etab_secteur_autres_services": 157, "nb_communes_sans_ess": 60, "part_communes_avec_ess": 62.5,
    "creations_ess_5ans": 89, "fermetures_ess_5ans": 52, "solde_ess_5ans": 37, "creations_toutes_5ans": 2541,
    "creations_ess_pour_10000_hab": 12.423, "part_ess_creations_5ans": 3.5026, "age_median_ess": 18.92,
    "part_ess_moins_5ans": 19.364, "evolution_etab_ess": -3.0, "evolution_emplois_ess_min": -20.0,
    "evolution_emplois_ess_est": 852.5, "evolution_emplois_ess_max": 1092.0, "nb_unites_ess_siege": 288,
    "nb_unites_ca_publie": 0, "ca_publie_ess": 0.0, "part_unites_ca_publie": 0.0, "nb_etab_siae": 0,
    "nb_etab_ess_ref": 9988, "emplois_ess_est_ref": 37093.0, "part_emploi_ess_ref": 10.0376,
    "etab_ess_pour_10000_hab_ref": 51.727, "part_communes_avec_ess_ref": 74.288,
    "creations_ess_pour_10000_hab_ref": 14.698, "part_ess_creations_5ans_ref": 4.0967, "age_median_ess_ref": 17.41,
}
EPCIS = [
    dict(PAYS, code_epci="240200444", nom="Communauté de communes de la Thiérache du Centre", nb_communes=68,
         nb_etab_ess=129, population=26448, etab_ess_pour_10000_hab=48.77, part_emploi_ess=12.6,
         part_communes_avec_ess=72.06, nb_communes_sans_ess=19),
    dict(PAYS, code_epci="240200634", nom="Communauté de communes des Portes de la Thiérache", nb_communes=92,
         nb_etab_ess=217, population=45193, etab_ess_pour_10000_hab=68.6, part_emploi_ess=27.4,
         part_communes_avec_ess=40.0, nb_communes_sans_ess=41),
]
COMMUNES = [{"nom": "Hirson", "emplois_ess_est": 464.0, "distance_etab_ess_km": 0.0},
            {"nom": "Morgny-en-Thiérache", "emplois_ess_est": 0.0, "distance_etab_ess_km": 2.43}]


def facts(**changes):
    base = {"level": "pays", "row": dict(PAYS), "epcis": EPCIS, "communes": COMMUNES,
            "jobs_by_sector": {"action_sociale": (900.0, 1200.0, 1500.0), "sante": (10.0, 20.0, 30.0)},
            "stock_date": "2026-10-31", "earlier_stock_date": "2021-10-31",
            "theme_labels": {"emploi": "Emploi et compétences", "mobilite": "Mobilité"}, "fictitious": True}
    base.update(changes)
    return pt.Facts(**base)


def allowed(f):
    values = row_values(f.row) + date_values(f.stock_date, f.earlier_stock_date)
    values += [year for year in range(int(f.stock_date[:4]) - 10, int(f.stock_date[:4]))]
    for row in ([f.pays] if f.pays else []) + f.epcis + f.communes:
        values += row_values(row)
    values += [len(f.contributions), len(f.recommendations)]
    for key in pt.TYPES:
        values.append(sum(1 for c in f.contributions if c["type"] == key))
    for theme in {c["theme"] for c in f.contributions}:
        values.append(sum(1 for c in f.contributions if c["theme"] == theme))
    return values


def test_key_figures_read_as_french():
    text = pt.paragraphs(facts())["key_figures"]
    assert text == (
        f"Le Pays de Thiérache compte 346{NB}établissements de l'économie sociale et solidaire (ESS) pour "
        f"71{NN}641{NB}habitants, soit 48,3 pour 10{NN}000 habitants, une densité en dessous de celle de la zone de "
        f"référence (51,7). Ses établissements de l'ESS comptent environ 3{NN}059{NB}emplois salariés estimés "
        f"(tranches d'effectifs SIRENE), soit 19,8{NN}% de l'emploi salarié, une part nettement au-dessus de celle "
        f"de la zone de référence (10,0{NN}%).")


def test_an_epci_is_compared_with_its_pays_and_the_reference_area():
    epci = EPCIS[0]
    text = pt.paragraphs(facts(level="epci", row=dict(epci), pays=PAYS))["key_figures"]
    assert text.startswith("La Communauté de communes de la Thiérache du Centre compte 129")
    assert "une densité proche de celle du Pays de Thiérache (48,3) et en dessous de celle de la zone" in text
    same = dict(epci, etab_ess_pour_10000_hab=65.0)
    text = pt.paragraphs(facts(level="epci", row=same, pays=PAYS))["key_figures"]
    assert "nettement au-dessus de celles du Pays de Thiérache (48,3) et de la zone de référence (51,7)" in text


def test_singular_and_plural():
    one = dict(PAYS, nb_etab_ess=1, nb_etab_association=1, nb_etab_cooperative=0, nb_etab_mutuelle=0,
               nb_etab_fondation=0, nb_etab_entreprise_ess=0, nb_etab_ess_employeurs=1, nb_etab_taille_1_9=1,
               nb_etab_taille_10_49=0, nb_etab_taille_50_249=0, nb_etab_taille_250_plus=0, population=1,
               creations_ess_5ans=1, fermetures_ess_5ans=0, solde_ess_5ans=1, nb_communes_sans_ess=1)
    text = pt.paragraphs(facts(row=one))
    assert (f"compte 1{NB}établissement de l'économie sociale et solidaire (ESS) pour 1{NB}habitant,"
            in text["key_figures"])
    assert "Tous les établissements de l'ESS sont des associations (1)." in text["inventory"]
    assert ("ne compte aucune coopérative ni aucune mutuelle ni aucune fondation ni aucune entreprise"
            in text["inventory"])
    assert f"Parmi ces établissements, 1 est employeur{NB}: 1 de 1 à 9 salariés, aucun de 10 à 49" in text["inventory"]
    assert f"1{NB}établissement de l'ESS a été créé et aucun n'a fermé, soit un solde positif de 1." in text["dynamics"]
    assert "une seule ne compte aucun établissement de l'ESS" in text["coverage"]
    assert "le nombre d'établissements de l'ESS a diminué de 3 et l'emploi salarié estimé a augmenté de 853 " \
           f"(de \u221220 à +1{NN}092 selon les bornes des tranches)" in text["dynamics"]


def test_the_same_verb_is_not_repeated():
    row = dict(PAYS, evolution_etab_ess=30.0, evolution_emplois_ess_min=613.0)
    text = pt.paragraphs(facts(row=row))["dynamics"]
    assert (f"Entre le 31{NB}octobre 2021 et le 31{NB}octobre 2026, le nombre d'établissements de l'ESS a augmenté "
            f"de 30 et l'emploi salarié estimé de 853 (de +613 à +1{NN}092 selon les bornes des tranches).") in text


def test_a_section_without_data_says_so_in_one_line():
    no_dynamics = {k: v for k, v in PAYS.items() if "creations" not in k and "evolution" not in k}
    text = pt.paragraphs(facts(row=no_dynamics, earlier_stock_date=""))
    assert text["dynamics"].startswith(f"Dynamique{NB}: pas de données dans cette étude")
    assert text["dynamics"].count(".") == 1
    assert text["economy"].startswith(f"Poids économique{NB}: pas de données")
    assert text["workshops"] == ("Aucune contribution d'atelier n'a encore été saisie pour ce territoire. Aucune "
                                 "recommandation n'a encore été rédigée pour le Pays de Thiérache.")
    without_earlier = pt.paragraphs(facts(earlier_stock_date=""))["dynamics"]
    assert without_earlier.endswith(f"Aucun stock antérieur n'a été importé{NB}: l'évolution entre deux dates "
                                    "n'est pas mesurée.")


def test_economic_weight_when_the_study_has_it():
    row = dict(PAYS, nb_unites_ca_publie=120, ca_publie_ess=45_678_901.0, part_unites_ca_publie=41.67, nb_etab_siae=14)
    text = pt.paragraphs(facts(row=row))["economy"]
    assert f"Sur les 288{NB}unités légales de l'ESS qui ont leur siège dans le Pays de Thiérache, 120 publient" in text
    assert f"45,7{NB}millions d'euros" in text and f"14{NB}établissements de l'ESS relevant" in text


def test_workshops_count_by_kind_and_theme():
    contributions = [{"type": "levier", "theme": "emploi"}, {"type": "frein", "theme": "emploi"},
                     {"type": "frein", "theme": "mobilite"}]
    text = pt.paragraphs(facts(contributions=contributions, recommendations=[{}, {}]))["workshops"]
    assert text == (f"Les ateliers ont recueilli 3{NB}contributions{NB}: 1{NB}levier et 2{NB}freins. Les thèmes les "
                    f"plus cités sont «{NB}Emploi et compétences{NB}» (2) et «{NB}Mobilité{NB}» (1). Les "
                    f"2{NB}recommandations du Pays de Thiérache sont reprises ci-dessous, par ordre de priorité.")


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("level", ["pays", "epci"])
def test_every_figure_of_every_paragraph_is_a_field(lang, level):
    contributions = [{"type": "levier", "theme": "emploi"}, {"type": "besoin", "theme": "mobilite"}]
    f = facts(contributions=contributions, recommendations=[{}])
    if level == "epci":
        f = facts(level="epci", row=dict(EPCIS[1]), pays=PAYS, contributions=contributions)
    texts = pt.paragraphs(f, lang)
    assert set(texts) == set(pt.SECTIONS)
    for section, text in texts.items():
        assert text, section
        assert unexplained(text, allowed(f), lang) == [], (section, text)


def test_english_paragraphs():
    text = pt.paragraphs(facts(), "en")
    assert text["key_figures"].startswith("The Pays de Thiérache has 346\u00a0establishments")
    assert "19.8% of salaried employment, a share well above that of the reference area (10.0%)" in text["key_figures"]
    assert "Of these, 80 are employers: 39 with 1 to 9 employees" in text["inventory"]
