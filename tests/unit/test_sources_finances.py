"""fetch_finances against the fake API on 127.0.0.1: answers reused from the cache, direct
searches by SIREN at 7 requests a second, offline mode, status P."""
import json
import time

import pandas as pd
import pytest

from ess_territoires.core import economic
from ess_territoires.sources import recherche_entreprises as api
from ess_territoires.sources.cache import ResponseCache, request_key
from tests.fakes.fake_recherche_entreprises import FakeRechercheEntreprises
from tests.fakes.server import FakeClock

EPCIS = {"200070969": ["80001", "80002"], "248000531": ["80021"]}
TERRITORY = {c: e for e, cs in EPCIS.items() for c in cs}


def fast(url, **options):
    return api.make_client(url, max_per_second=1000, backoff=0.01, max_backoff=0.05, **options)


@pytest.fixture(scope="module")
def fake():
    with FakeRechercheEntreprises() as server:
        server.add_territory(EPCIS, units_per_commune=30, seed=8)
        yield server


@pytest.fixture
def server(fake):
    fake.reset()
    fake.rate_limit = None
    fake.clock = time.monotonic
    yield fake


def expected_rows(unit) -> list:
    """finances_unites rows of a unit of the fake, written from the API's schema."""
    complements = unit["complements"]
    base = {"siren": unit["siren"], "est_siae": bool(complements.get("est_siae")),
            "type_siae": complements.get("type_siae")}
    years = unit.get("finances") or {}
    if not years:
        return [{**base, "annee": None, "ca": None, "resultat_net": None}]
    return [{**base, "annee": int(year), "ca": values["ca"], "resultat_net": values["resultat_net"]}
            for year, values in sorted(years.items())]


def comparable(frame: pd.DataFrame) -> list:
    frame = frame.drop(columns=["date_reponse"]).astype(object)
    return frame.where(frame.notna(), None).to_dict("records")


def test_answers_of_the_territory_search_are_reused_and_the_others_asked_by_siren(server, tmp_path):
    cache = ResponseCache(tmp_path / "etude.gpkg")
    http = fast(server.url, cache=cache)
    api.fetch_territory(http, TERRITORY)
    territory_requests = len(server.requests)
    in_territory = [u for u in server.units if u["complements"]["est_ess"] and u["statut_diffusion"] == "O"]
    outside = server.add_unit(["80999"], nom="Coopérative ailleurs", nature="5458", est_ess=False,
                              finances={"2022": {"ca": 120_000, "resultat_net": 5_000}}, est_siae=True,
                              type_siae="EI")
    wanted = [u["siren"] for u in in_territory] + [outside["siren"], "999999999"]
    assert any(u.get("finances") for u in in_territory) and any(not u.get("finances") for u in in_territory)
    assert any(u["complements"]["est_siae"] for u in in_territory)

    result = api.fetch_finances(http, wanted)
    direct = server.requests[territory_requests:]
    assert sorted(r.query["q"] for r in direct) == sorted([outside["siren"], "999999999"])
    assert result.from_cache == len(in_territory)
    assert result.unknown == ["999999999"] and result.not_cached == []
    expected = [row for unit in sorted(in_territory + [outside], key=lambda u: u["siren"])
                for row in expected_rows(unit)]
    assert comparable(result.frame) == [{k: row[k] for k in economic.FINANCES_COLUMNS if k != "date_reponse"}
                                        for row in expected]
    dates = dict(cache._db.execute("SELECT response, fetched_at FROM cache_api").fetchall())
    assert set(result.frame["date_reponse"]) <= set(dates.values())
    assert list(result.frame.columns) == economic.FINANCES_COLUMNS

    # offline, from the same cache: the same table, no request; what was never asked is listed
    server.reset()
    offline = api.fetch_finances(fast("http://127.0.0.1:9", cache=cache, offline=True), wanted + ["999999990"])
    assert server.requests == []
    pd.testing.assert_frame_equal(offline.frame, result.frame)
    assert offline.not_cached == ["999999990"]  # never asked
    assert offline.unknown == ["999999999"]  # asked online: the API knew nothing, and that answer is cached


def test_the_latest_cached_answer_of_a_unit_is_used(server, tmp_path):
    cache = ResponseCache(tmp_path / "etude.gpkg")
    unit = server.add_unit(["80001"], nom="Scop", nature="5458", finances={"2021": {"ca": 1, "resultat_net": 0}})
    old = {"results": [{**{k: v for k, v in unit.items() if not k.startswith("_")}}], "total_results": 1}
    new = json.loads(json.dumps(old))
    new["results"][0]["finances"] = {"2021": {"ca": 1, "resultat_net": 0}, "2023": {"ca": 7, "resultat_net": 2}}
    cache.put(request_key(api.NAMESPACE, "/search", {"epci": "x"}), "u", {}, 200, json.dumps(old))
    date = cache.put(request_key(api.NAMESPACE, "/search", {"q": "y"}), "u", {}, 200, json.dumps(new))
    cache.put(request_key(api.NAMESPACE, "/search", {"q": "z"}), "u", {}, 500, "{}")  # not an answer
    result = api.fetch_finances(fast(server.url, cache=cache), [unit["siren"]])
    assert server.requests == []
    assert list(result.frame["annee"]) == [2021, 2023] and set(result.frame["date_reponse"]) == {date}


def test_direct_searches_keep_to_7_requests_a_second_and_wait_for_429(server, tmp_path):
    server.rate_limit = 7
    server.clock = clock = FakeClock()  # shared with the client: time passes only when it waits
    units = [server.add_unit(["80002"], nom=f"Unité {i}", nature="9220") for i in range(15)]
    server.add_fault(status=429, retry_after=1)
    http = api.make_client(server.url, cache=ResponseCache(tmp_path / "etude.gpkg"), clock=clock, sleep=clock.sleep)
    result = api.fetch_finances(http, [u["siren"] for u in units])
    assert sorted(set(result.frame["siren"])) == sorted(u["siren"] for u in units)
    assert server.max_in_window(1.0) <= 7
    assert len(server.requests) == 16  # one refused, then one each
    first, second = server.requests[:2]
    assert second.time - first.time >= 1.0  # the 429's Retry-After was waited for


def test_a_non_diffusible_unit_is_never_written(server, tmp_path):
    hidden = server.add_unit(["80001"], statut_diffusion="P", nature="5458",
                             finances={"2022": {"ca": 10, "resultat_net": 1}}, est_siae=True, type_siae="ACI")
    cache = ResponseCache(tmp_path / "etude.gpkg")
    result = api.fetch_finances(fast(server.url, cache=cache), [hidden["siren"]])
    assert result.frame.empty and result.unknown == [hidden["siren"]]
    stored = "\n".join(text for text, _ in cache.responses(api.NAMESPACE))
    assert hidden["siren"] not in stored


def test_rows_of_odd_answers():
    rows = api.finance_rows("100000001", {"finances": {"2022": {"ca": "12.0", "resultat_net": None}, "total": {}},
                                          "complements": {"est_siae": True, "type_siae": ["ACI", "EI"]}}, "d")
    assert rows == [{"siren": "100000001", "est_siae": True, "type_siae": "ACI, EI", "date_reponse": "d",
                     "annee": 2022, "ca": 12, "resultat_net": None}]
    assert api.finance_rows("100000001", {"finances": None, "complements": None}, "d")[0]["annee"] is None
