"""French (and English) from the numbers: number formatting, plurals, territory names, comparisons."""
import pytest

from ess_territoires.core import wording as w

NN, NB, MINUS = "\u202f", "\u00a0", "\u2212"


@pytest.mark.parametrize("value, decimals, french, english", [
    (0, 0, "0", "0"),
    (7, 0, "7", "7"),
    (1234, 0, f"1{NN}234", "1,234"),
    (71641, 0, f"71{NN}641", "71,641"),
    (1234567.891, 2, f"1{NN}234{NN}567,89", "1,234,567.89"),
    (10.5, 1, "10,5", "10.5"),
    (3058.5, 0, f"3{NN}059", "3,059"),  # half up, as a reader rounds
    (0.25, 1, "0,3", "0.3"),
    (-3.4, 0, f"{MINUS}3", "-3"),
    (-0.04, 1, "0,0", "0.0"),  # no "−0,0"
])
def test_numbers(value, decimals, french, english):
    assert w.number(value, decimals, "fr") == french
    assert w.number(value, decimals, "en") == english


def test_percent_has_a_narrow_no_break_space_in_french():
    assert w.percent(10.5) == f"10,5{NN}%"
    assert w.percent(19.823060470542487) == f"19,8{NN}%"
    assert w.percent(10.5, lang="en") == "10.5%"


def test_euros():
    assert w.euros(1234) == f"1{NN}234{NB}€"
    assert w.euros(45_678_901) == f"45,7{NB}millions d'euros"
    assert w.euros(1_200_000) == f"1,2{NB}million d'euros"
    assert w.euros(45_678_901, "en") == f"€45.7{NB}million"


@pytest.mark.parametrize("value, french", [
    (0, "0 établissement"), (1, "1 établissement"), (1.5, "1,5 établissement"), (2, "2 établissements"),
    (1234, f"1{NN}234 établissements"),
])
def test_french_plural_starts_at_two(value, french):
    assert w.count(value, "etablissement", decimals=1 if value == 1.5 else 0).replace(NB, " ") == french


def test_english_plural_is_anything_but_one():
    assert w.count(0, "etablissement", "en").replace(NB, " ") == "0 establishments"
    assert w.count(1, "etablissement", "en").replace(NB, " ") == "1 establishment"
    assert w.count(2, "epci", "en").replace(NB, " ") == "2 EPCIs"
    assert w.count(2, "epci", "fr").replace(NB, " ") == "2 EPCI"  # invariable in French


def test_agreement_and_none():
    assert w.none_of("commune") == "aucune commune"
    assert w.none_of("etablissement") == "aucun établissement"
    assert w.agree("créé", 1, "etablissement") == "créé"
    assert w.agree("créé", 3, "etablissement") == "créés"
    assert w.agree("créé", 3, "contribution") == "créées"
    assert w.enumerate_words(["a", "b", "c"]) == "a, b et c"
    assert w.enumerate_words(["a", "b"], "en") == "a and b"


@pytest.mark.parametrize("name, subject, of, in_", [
    ("Pays de Thiérache", "le Pays de Thiérache", "du Pays de Thiérache", "dans le Pays de Thiérache"),
    ("Grand Amiénois", "le Grand Amiénois", "du Grand Amiénois", "dans le Grand Amiénois"),
    ("Grand Beauvaisis", "le Grand Beauvaisis", "du Grand Beauvaisis", "dans le Grand Beauvaisis"),
    ("Amiénois", "l'Amiénois", "de l'Amiénois", "dans l'Amiénois"),
    ("Communauté d'agglomération Amiens Métropole", "la Communauté d'agglomération Amiens Métropole",
     "de la Communauté d'agglomération Amiens Métropole", "dans la Communauté d'agglomération Amiens Métropole"),
    ("Communauté de communes du Val de Somme", "la Communauté de communes du Val de Somme",
     "de la Communauté de communes du Val de Somme", "dans la Communauté de communes du Val de Somme"),
    ("Oise", "l'Oise", "de l'Oise", "dans l'Oise"),
    ("Hauts-de-France", "les Hauts-de-France", "des Hauts-de-France", "dans les Hauts-de-France"),  # exception file
    ("Amiens", "Amiens", "d'Amiens", "à Amiens"),
    ("Hirson", "Hirson", "d'Hirson", "à Hirson"),
    ("Ham", "Ham", "de Ham", "à Ham"),  # aspirated h
    ("Le Touquet-Paris-Plage", "Le Touquet-Paris-Plage", "du Touquet-Paris-Plage", "au Touquet-Paris-Plage"),
    ("La Capelle", "La Capelle", "de La Capelle", "à La Capelle"),
])
def test_territory_names_take_their_article(name, subject, of, in_):
    territory = w.territory_name(name)
    assert territory.subject() == subject
    assert territory.of() == of
    assert territory.in_() == in_


def test_territory_gender_and_english():
    assert w.territory_name("Communauté de communes du Val de Somme").gender == "f"
    assert w.territory_name("Pays de Thiérache").gender == "m"
    assert w.territory_name("Oise").gender == "f"
    assert w.territory_name("Amiénois").gender == "m"
    assert w.territory_name("Pays de Thiérache").of("en") == "of the Pays de Thiérache"
    assert w.territory_name("Amiens").subject("en") == "Amiens"


@pytest.mark.parametrize("value, reference, level", [
    (120, 100, "nettement_au_dessus"),  # +20 %: the threshold belongs to "nettement"
    (119.9, 100, "au_dessus"),
    (105, 100, "au_dessus"),
    (104.9, 100, "proche"),
    (95.1, 100, "proche"),
    (95, 100, "en_dessous"),
    (80.1, 100, "en_dessous"),
    (80, 100, "nettement_en_dessous"),
    (0, 0, "proche"),
    (3, 0, "nettement_au_dessus"),
    (5, None, None),
])
def test_comparison_levels_follow_the_documented_thresholds(value, reference, level):
    assert w.level(value, reference) == level


def test_thresholds_are_written_once_and_in_the_method_sentence():
    assert (w.CLOSE, w.CLEARLY) == (5.0, 20.0)
    sentence = w.threshold_sentence()
    assert f"+20{NN}%" in sentence and f"−5{NN}%" in sentence and "nettement au-dessus" in sentence
    assert "well above" in w.threshold_sentence("en")


def test_french_typography():
    assert w.french_spaces("a : b ; c « d »") == f"a{NB}: b{NN}; c «{NB}d{NB}»"
    assert w.long_date("2026-10-31") == f"31{NB}octobre 2026"
    assert w.long_date("2026-12-01") == f"1er{NB}décembre 2026"
    assert w.long_date("2026-12-01", "en") == f"1{NB}December 2026"
