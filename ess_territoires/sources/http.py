"""One HTTP client for the web APIs: rate limit, retries, cancellation, cache and offline mode.

The caller hands it the base URL, the proxies and headers (taken from QGIS's settings on the
plugin side: this module knows nothing of QGIS) and, usually, a ResponseCache. ``get_json``:

- answers from the cache when the request is there (and is not older than ``max_age``);
- in offline mode never touches the network: what is not cached raises NotCachedError;
- otherwise sends at most ``max_per_second`` requests in any sliding window of one second,
  counted from the moment each answer came back, so that the server can never see more;
- waits for the Retry-After of a 429 answer (bounded by ``max_retry_after``);
- retries 5xx answers, timeouts and connection errors with exponential backoff
  (``backoff`` × 2^n seconds, at most ``max_backoff``, ``max_retries`` times);
- checks the feedback for cancellation before every request and while it waits;
- stores every 200 (and 404, a definitive answer) in the cache with its date.
"""
import collections
import datetime
import email.utils
import json
import threading
import time
from typing import Optional
from urllib.parse import urlencode

import requests

from ..core.errors import EssError
from ..core.i18n import tr
from ..core.progress import check_canceled
from .cache import ResponseCache, now_iso, param_text, request_key

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_PER_SECOND = 7
CACHED_STATUSES = (200, 404)


class NetworkError(EssError):
    """The server could not be reached or kept failing."""


class ApiError(EssError):
    """The server answered, but with an error or with something that cannot be read."""

    def __init__(self, message, status=None):
        super().__init__(message)
        self.status = status


class NotFoundError(ApiError):
    """The server answered 404: the requested object does not exist."""


class NotCachedError(EssError):
    """Offline mode, and the answer is not in the cache."""


class RateLimiter:
    """At most ``max_requests`` in any window of ``window`` seconds.

    ``acquire()`` waits until a request may start and reserves a slot; ``release()`` moves
    that slot to the moment the answer arrived. Requests of one client are sequential, so the
    server receives request n+N after the answer to request n came back: no window of the
    server's clock can hold more than N requests, whatever the network latency.
    """

    def __init__(self, max_requests=DEFAULT_MAX_PER_SECOND, window=1.0, clock=time.monotonic):
        if max_requests < 1:
            raise ValueError("max_requests must be at least 1")
        self.max_requests = int(max_requests)
        self.window = float(window)
        self._clock = clock
        self._times = collections.deque()
        self._lock = threading.Lock()

    def delay(self) -> float:
        """Seconds to wait before the next request may start (0 when it may start now)."""
        with self._lock:
            now = self._clock()
            while self._times and now - self._times[0] >= self.window:
                self._times.popleft()
            if len(self._times) < self.max_requests:
                return 0.0
            return self.window - (now - self._times[0])

    def acquire(self, sleep):
        """Wait (through ``sleep(seconds)``) until a slot is free, then take it."""
        while True:
            wait = self.delay()
            if wait <= 0:
                break
            sleep(wait)
        with self._lock:
            self._times.append(self._clock())

    def release(self):
        with self._lock:
            if self._times:
                self._times.pop()
            self._times.append(self._clock())


class HttpClient:
    """JSON GET requests to one API. See the module docstring for what it guarantees.

    base_url: e.g. "https://recherche-entreprises.api.gouv.fr" (a setting; ``--api-url``).
    namespace: names the API in the cache keys (the base URL is not part of the key).
    cache: a ResponseCache, or None for no cache (offline mode then always fails).
    offline: forbid any network call.
    proxies: a requests proxies dict ({"http": url, "https": url}); they take precedence over
        the environment's proxy variables.
    headers: extra headers (User-Agent…); a default User-Agent is set.
    max_age: a datetime.timedelta; cached answers older than this are fetched again when
        online (None: a cached answer is always used).
    clock, sleep: the time the rate limit and the waits are measured in (tests: a fake clock).
    """

    def __init__(self, base_url: str, namespace: str, *, cache: Optional[ResponseCache] = None,
                 offline: bool = False, proxies: Optional[dict] = None, headers: Optional[dict] = None,
                 timeout: float = DEFAULT_TIMEOUT, max_per_second: float = DEFAULT_MAX_PER_SECOND,
                 rate_window: float = 1.0, max_retries: int = 4, backoff: float = 1.0,
                 max_backoff: float = 30.0, max_retry_after: float = 120.0, max_rate_limited: int = 10,
                 max_age: Optional[datetime.timedelta] = None, redact=None, redact_params=None,
                 clock=time.monotonic, sleep=time.sleep):
        """``redact(data) -> data`` is applied to every decoded answer before it is cached or
        returned, and ``redact_params(params) -> params`` to the parameters recorded with it
        (cache key, url), so what must never be stored (e.g. non-diffusible identifiers) never is."""
        self.base_url = base_url.rstrip("/")
        self.redact = redact
        self.redact_params = redact_params
        self.namespace = namespace
        self.cache = cache
        self.offline = offline
        self.proxies = dict(proxies or {})
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after
        self.max_rate_limited = max_rate_limited
        self.max_age = max_age
        self._clock = clock
        self._sleep = sleep
        self.limiter = RateLimiter(max_per_second, rate_window, clock=clock)
        self.session = requests.Session()
        self.session.headers.update({"User-Agent": "ESS-Territoires QGIS plugin", "Accept": "application/json"})
        self.session.headers.update(headers or {})
        self.requests_sent = 0
        self.cache_hits = 0
        self.last_fetched_at = None  # date of the answer the last get_json returned (ISO 8601 UTC)

    def close(self):
        self.session.close()

    def url(self, path: str, params: Optional[dict] = None) -> str:
        query = urlencode(sorted((k, param_text(v)) for k, v in (params or {}).items() if v is not None))
        return self.base_url + path + (f"?{query}" if query else "")

    def get_json(self, path: str, params: Optional[dict] = None, feedback=None):
        """The decoded JSON answer to GET base_url + path with ``params``."""
        params = {k: param_text(v) for k, v in (params or {}).items() if v is not None}
        recorded = self.redact_params(params) if self.redact_params is not None else params
        key = request_key(self.namespace, path, recorded)
        url = self.url(path, params)
        recorded_url = self.url(path, recorded)
        cached = self.cache.get(key) if self.cache is not None else None
        if cached is not None and self.usable(cached.fetched_at):
            self.cache_hits += 1
            self.last_fetched_at = cached.fetched_at
            if cached.status == 404:
                raise _not_found(url, cached.text)
            return _parse_json(cached.text, url, cached.status)
        if self.offline:
            raise NotCachedError(tr(
                "Offline mode: the answer to {url} is not in the cache. Run this step once with network "
                "access (offline mode off) to fill the cache, then work offline.").format(url=url))
        status, text = self._fetch(url, feedback)
        if status == 404:
            self._store(key, recorded_url, recorded, status, text)
            raise _not_found(url, text)
        data = _parse_json(text, url, status)  # raises before anything unreadable is cached
        if self.redact is not None:
            data = self.redact(data)
            text = json.dumps(data, ensure_ascii=False)
        self.last_fetched_at = self._store(key, recorded_url, recorded, status, text)
        return data

    def usable(self, fetched_at: str) -> bool:
        """Whether a cached answer of that date may be used: always offline, else when fresh (max_age)."""
        return self.offline or self._fresh(fetched_at)

    def _store(self, key, url, params, status, text) -> str:
        """Cache the answer; its date."""
        if self.cache is not None:
            return self.cache.put(key, url, params, status, text)
        return now_iso()

    def _fresh(self, fetched_at: str) -> bool:
        if self.max_age is None:
            return True
        try:
            date = datetime.datetime.strptime(fetched_at, "%Y-%m-%dT%H:%M:%S.%fZ")
        except (TypeError, ValueError):
            return False
        date = date.replace(tzinfo=datetime.timezone.utc)
        return datetime.datetime.now(datetime.timezone.utc) - date <= self.max_age

    def _fetch(self, url: str, feedback):
        """(status, text) of a 200 or 404 answer, after retries; raises otherwise."""
        failures = 0
        rate_limited = 0
        while True:
            check_canceled(feedback)
            self.limiter.acquire(lambda s: self._wait(s, feedback))
            check_canceled(feedback)
            try:
                self.requests_sent += 1
                response = self.session.get(url, proxies=self.proxies, timeout=self.timeout)
                status, text, headers = response.status_code, response.text, response.headers
            except (requests.Timeout, requests.ConnectionError) as exc:
                self.limiter.release()
                failures += 1
                if failures > self.max_retries:
                    raise NetworkError(tr(
                        "Cannot reach {url} after {n} attempts ({error}). Check the network connection and "
                        "the proxy settings of QGIS, or work offline from the cache.").format(
                            url=url, n=failures, error=type(exc).__name__)) from exc
                self._wait(self._backoff_delay(failures), feedback)
                continue
            except requests.RequestException as exc:
                self.limiter.release()
                raise NetworkError(tr("The request to {url} failed: {error}. Check the address and the proxy "
                                      "settings.").format(url=url, error=exc)) from exc
            self.limiter.release()
            if status in CACHED_STATUSES:
                return status, text
            if status == 429:
                rate_limited += 1
                if rate_limited > self.max_rate_limited:
                    raise ApiError(tr(
                        "{url} keeps answering 429 Too Many Requests. Wait a few minutes and run again: "
                        "what was already fetched is cached.").format(url=url), status)
                delay = _retry_after(headers.get("Retry-After"))
                if delay is None:
                    delay = self._backoff_delay(rate_limited)
                self._wait(min(delay, self.max_retry_after), feedback)
                continue
            if status >= 500:
                failures += 1
                if failures > self.max_retries:
                    raise ApiError(tr(
                        "{url} answered with the server error {status} {n} times. The service may be down: "
                        "try again later.").format(url=url, status=status, n=failures), status)
                delay = _retry_after(headers.get("Retry-After"))
                if delay is None:
                    delay = self._backoff_delay(failures)
                self._wait(min(delay, self.max_retry_after), feedback)
                continue
            raise ApiError(tr("{url} refused the request ({status}: {message}). Check the parameters "
                              "(codes of communes, EPCIs, SIRET).").format(
                                  url=url, status=status, message=_error_message(text)), status)

    def _backoff_delay(self, attempt: int) -> float:
        return min(self.backoff * (2 ** (attempt - 1)), self.max_backoff)

    def _wait(self, seconds: float, feedback):
        """Sleep, checking for cancellation at least every 0.1 s."""
        end = self._clock() + max(0.0, seconds)
        while True:
            check_canceled(feedback)
            left = end - self._clock()
            if left <= 0:
                return
            self._sleep(min(left, 0.1))


def _not_found(url: str, text: str) -> NotFoundError:
    return NotFoundError(tr("{url} does not exist (404: {message}). Check the code that was asked.")
                         .format(url=url, message=_error_message(text)), 404)


def _parse_json(text: str, url: str, status: int):
    try:
        return json.loads(text)
    except ValueError as exc:
        raise ApiError(tr("The answer of {url} is not valid JSON ({error}). The service or a proxy may be "
                          "failing: try again later.").format(url=url, error=exc), status) from exc


def _retry_after(value) -> Optional[float]:
    """Seconds asked by a Retry-After header (a number of seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        date = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if date.tzinfo is None:
        date = date.replace(tzinfo=datetime.timezone.utc)
    return max(0.0, (date - datetime.datetime.now(datetime.timezone.utc)).total_seconds())


def _error_message(text: str) -> str:
    """The message of an API error body ({"erreur": …} or {"message": …}), else its beginning."""
    try:
        body = json.loads(text)
    except ValueError:
        return (text or "").strip()[:200]
    if isinstance(body, dict):
        for field in ("erreur", "message", "description", "detail"):
            if body.get(field):
                return str(body[field])
    return str(body)[:200]
