"""HttpClient against a real HTTP server on 127.0.0.1: rate limit, 429, 5xx, timeouts, JSON,
proxies and headers, cancellation, cache and offline mode."""
import datetime
import email.utils
import threading
import time

import pytest

from ess_territoires.core.errors import Cancelled
from ess_territoires.core.progress import Feedback
from ess_territoires.sources.cache import ResponseCache
from ess_territoires.sources.http import ApiError, HttpClient, NetworkError, NotCachedError, NotFoundError, RateLimiter
from tests.fakes.server import FakeClock, FakeServer


class EchoServer(FakeServer):
    """Answers {"path": …, "query": …} on any path but /missing (404) and /bad (400)."""

    def route(self, path, query):
        if path == "/missing":
            return 404, {"code": 404, "message": "Commune non trouvée"}
        if path == "/bad":
            return 400, {"erreur": "Veuillez indiquer un paramètre `per_page` entre 1 et 25."}
        return 200, {"path": path, "query": query}


@pytest.fixture
def server():
    with EchoServer() as fake:
        yield fake


def client(url, **options):
    """A client with short delays, as most tests use."""
    defaults = dict(max_per_second=1000, backoff=0.01, max_backoff=0.05, timeout=5)
    defaults.update(options)
    return HttpClient(url, "test", **defaults)


def test_rate_limit_holds_at_seven_requests_per_second():
    # The server itself answers 429 beyond 7 requests in a second, like the real API; client and
    # server share a clock that moves only when the client waits.
    clock = FakeClock()
    with EchoServer(rate_limit=7, clock=clock) as fake:
        http = HttpClient(fake.url, "test", clock=clock, sleep=clock.sleep)  # the default: 7 requests/s
        started = clock()
        for i in range(22):
            assert http.get_json("/search", {"page": i})["query"] == {"page": str(i)}
        elapsed = clock() - started
    assert len(fake.requests) == 22  # no 429 had to be retried
    assert fake.max_in_window(1.0) <= 7
    assert elapsed >= 3.0  # 22 requests need at least four windows


def test_rate_limiter_sliding_window_with_a_fake_clock():
    now = [0.0]
    sleeps = []

    def sleep(seconds):
        sleeps.append(seconds)
        now[0] += seconds

    limiter = RateLimiter(3, 1.0, clock=lambda: now[0])
    starts = []
    for _ in range(7):
        limiter.acquire(sleep)
        starts.append(now[0])
        now[0] += 0.1  # the answer takes 0.1 s
        limiter.release()
    # windows are counted from the answers: request 4 starts 1 s after answer 1 came back (t = 0.1)
    assert starts[:3] == pytest.approx([0.0, 0.1, 0.2])
    assert starts[3] == pytest.approx(1.1)
    assert starts[6] == pytest.approx(2.2)
    for i in range(3, 7):
        assert starts[i] - (starts[i - 3] + 0.1) >= 1.0 - 1e-9


def test_429_waits_for_retry_after(server):
    server.clock = clock = FakeClock()
    server.add_fault(status=429, retry_after=1)
    http = client(server.url, clock=clock, sleep=clock.sleep)
    assert http.get_json("/search", {"q": "x"})["path"] == "/search"
    first, second = server.requests
    assert second.time - first.time >= 1.0


def test_429_retry_after_as_http_date(server):
    server.clock = clock = FakeClock()
    when = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=2)
    server.add_fault(status=429, retry_after=email.utils.format_datetime(when, usegmt=True))
    http = client(server.url, clock=clock, sleep=clock.sleep)
    http.get_json("/search")
    first, second = server.requests
    assert second.time - first.time >= 0.9  # the HTTP date has a one-second resolution


def test_429_forever_fails_clearly(server):
    server.add_fault(status=429, retry_after=0, count=10)
    http = client(server.url, max_rate_limited=3)
    with pytest.raises(ApiError, match="429"):
        http.get_json("/search")
    assert len(server.requests) == 4


def test_server_errors_are_retried_then_succeed(server):
    server.add_fault(status=500, count=2)
    http = client(server.url)
    assert http.get_json("/search")["path"] == "/search"
    assert len(server.requests) == 3


def test_backoff_grows_exponentially(server):
    server.clock = clock = FakeClock()
    server.add_fault(status=503, count=3)
    http = client(server.url, backoff=0.1, max_backoff=10, clock=clock, sleep=clock.sleep)
    http.get_json("/search")
    times = [r.time for r in server.requests]
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert gaps == pytest.approx([0.1, 0.2, 0.4])


def test_server_errors_that_persist_fail_clearly(server):
    server.add_fault(status=500, count=10)
    http = client(server.url, max_retries=2)
    with pytest.raises(ApiError, match="server error 500"):
        http.get_json("/search")
    assert len(server.requests) == 3


def test_timeouts_are_retried_then_succeed(server):
    server.add_fault(delay=0.6)
    http = client(server.url, timeout=0.2)
    assert http.get_json("/search")["path"] == "/search"
    assert len(server.requests) == 2


def test_timeouts_that_persist_fail_clearly(server):
    server.add_fault(delay=0.4, count=2)
    http = client(server.url, timeout=0.1, max_retries=1)
    with pytest.raises(NetworkError, match="proxy settings"):
        http.get_json("/search")
    assert len(server.requests) == 2


def test_unreachable_server_fails_clearly():
    fake = EchoServer().start()
    url = fake.url
    fake.stop()  # nothing listens on this port any more
    with pytest.raises(NetworkError, match="Cannot reach"):
        client(url, max_retries=1).get_json("/search")


def test_malformed_json_fails_clearly_and_is_not_cached(server, tmp_path):
    server.add_fault(body=b'{"results": [')
    cache = ResponseCache(tmp_path / "cache.gpkg")
    http = client(server.url, cache=cache)
    with pytest.raises(ApiError, match="not valid JSON"):
        http.get_json("/search")
    assert cache.count() == 0
    assert http.get_json("/search")["path"] == "/search"  # the next attempt asks again


def test_bad_request_is_not_retried_and_shows_the_api_message(server):
    with pytest.raises(ApiError, match="per_page. entre 1 et 25") as info:
        client(server.url).get_json("/bad")
    assert info.value.status == 400
    assert len(server.requests) == 1


def test_not_found_is_cached_and_raised(server, tmp_path):
    cache = ResponseCache(tmp_path / "cache.gpkg")
    with pytest.raises(NotFoundError, match="Commune non trouvée"):
        client(server.url, cache=cache).get_json("/missing")
    with pytest.raises(NotFoundError):
        client(server.url, cache=cache, offline=True).get_json("/missing")
    assert len(server.requests) == 1


def test_caller_proxies_and_headers_are_used(server):
    # The fake server acts as the proxy: requests sends it the absolute URL of a host that does not exist.
    http = HttpClient("http://recherche-entreprises.invalid", "test", proxies={"http": server.url},
                      headers={"User-Agent": "ESS-Territoires-test/1.0", "X-Observatoire": "CRESS"})
    assert http.get_json("/search", {"q": "a"})["path"] == "/search"
    (request,) = server.requests
    assert request.absolute
    assert request.headers["User-Agent"] == "ESS-Territoires-test/1.0"
    assert request.headers["X-Observatoire"] == "CRESS"


def test_cancel_before_a_request_sends_nothing(server):
    feedback = Feedback()
    feedback.cancel()
    with pytest.raises(Cancelled):
        client(server.url).get_json("/search", feedback=feedback)
    assert server.requests == []


def test_cancel_during_a_retry_after_wait(server):
    server.add_fault(status=429, retry_after=30)
    feedback = Feedback()
    threading.Timer(0.3, feedback.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        client(server.url).get_json("/search", feedback=feedback)
    assert time.monotonic() - started < 2


def test_offline_serves_the_cache_and_makes_no_request(server, tmp_path):
    cache = ResponseCache(tmp_path / "cache.gpkg")
    online = client(server.url, cache=cache).get_json("/search", {"b": 2, "a": 1})
    offline_http = client("http://127.0.0.1:9", cache=cache, offline=True)  # another URL: the key ignores it
    assert offline_http.get_json("/search", {"a": 1, "b": 2}) == online
    with pytest.raises(NotCachedError, match="Offline mode"):
        offline_http.get_json("/search", {"a": 2})
    assert len(server.requests) == 1
    assert offline_http.requests_sent == 0


def test_offline_without_cache_fails_clearly(server):
    with pytest.raises(NotCachedError):
        client(server.url, offline=True).get_json("/search")
    assert server.requests == []


def test_cached_answers_are_reused_then_refreshed_when_too_old(server, tmp_path):
    cache = ResponseCache(tmp_path / "cache.gpkg")
    client(server.url, cache=cache).get_json("/search")
    client(server.url, cache=cache).get_json("/search")
    assert len(server.requests) == 1
    cache._db.execute("UPDATE cache_api SET fetched_at = '2020-01-01T00:00:00.000Z'")
    client(server.url, cache=cache, max_age=datetime.timedelta(days=30)).get_json("/search")
    assert len(server.requests) == 2
    assert cache.get("test:/search").fetched_at > "2020"
