"""A real HTTP server on 127.0.0.1 (random free port) for tests, with scripted faults.

Subclasses implement ``route(path, query) -> (status, body)`` where body is a JSON-able
object (sent as JSON) or bytes. The server records every request (monotonic time, path,
query, headers, whether it came as a proxy request with an absolute URL) and can be told to
misbehave on the next requests: ``add_fault(status=429, retry_after=1)``, ``add_fault(status=500)``,
``add_fault(delay=0.5)`` (slow answer), ``add_fault(body=b"{not json")``.
Optionally it enforces a rate limit itself (``rate_limit=7``: 429 beyond 7 requests in any
second), like the real API. It tells the time by ``clock`` (time.monotonic, or a FakeClock that the
client under test shares, so that rate limits and waits are tested without waiting).
"""
import collections
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit


class Recorded:
    def __init__(self, time, path, query, headers, absolute):
        self.time = time
        self.path = path
        self.query = query
        self.headers = headers
        self.absolute = absolute

    def __repr__(self):
        return f"Recorded({self.path!r}, {self.query!r})"


class Fault:
    def __init__(self, status=None, retry_after=None, delay=0.0, body=None, path=None):
        self.status = status
        self.retry_after = retry_after
        self.delay = delay
        self.body = body
        self.path = path


class FakeClock:
    """A monotonic clock that moves only when someone sleeps: hand ``clock`` and ``clock.sleep`` to
    the client (HttpClient's clock and sleep) and ``clock`` to the server."""

    def __init__(self, start=1000.0):
        self.now = float(start)

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float):
        self.now += max(0.0, seconds)


class FakeServer:
    def __init__(self, rate_limit=None, clock=time.monotonic):
        self.rate_limit = rate_limit
        self.clock = clock
        self.requests = []
        self.faults = collections.deque()
        self._lock = threading.Lock()
        self._server = None
        self._thread = None

    # to implement
    def route(self, path, query):
        raise NotImplementedError

    # life cycle
    def start(self):
        handler = _make_handler(self)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def stop(self):
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    @property
    def port(self):
        return self._server.server_address[1]

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    # scripting
    def add_fault(self, status=None, retry_after=None, delay=0.0, body=None, path=None, count=1):
        for _ in range(count):
            self.faults.append(Fault(status, retry_after, delay, body, path))

    def reset(self):
        with self._lock:
            self.requests.clear()
            self.faults.clear()

    # measures
    def max_in_window(self, window=1.0):
        """The largest number of requests received within any window of ``window`` seconds."""
        times = sorted(r.time for r in self.requests)
        best = 0
        start = 0
        for end, t in enumerate(times):
            while t - times[start] >= window:
                start += 1
            best = max(best, end - start + 1)
        return best

    def requests_to(self, path):
        return [r for r in self.requests if r.path == path]

    # handling
    def _handle(self, raw_path, headers):
        now = self.clock()
        parts = urlsplit(raw_path)
        absolute = bool(parts.scheme)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        with self._lock:
            self.requests.append(Recorded(now, parts.path, query, dict(headers), absolute))
            fault = None
            if self.faults and (self.faults[0].path is None or self.faults[0].path == parts.path):
                fault = self.faults.popleft()
            too_many = False
            if self.rate_limit is not None:
                recent = [r for r in self.requests if now - r.time < 1.0]
                too_many = len(recent) > self.rate_limit
        if too_many:
            return 429, {"Retry-After": "1"}, json.dumps({"erreur": "Too many requests"}).encode()
        if fault is not None:
            if fault.delay:
                time.sleep(fault.delay)
            if fault.status is not None:
                extra = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
                return fault.status, extra, json.dumps({"erreur": f"fault {fault.status}"}).encode()
            if fault.body is not None:
                return 200, {}, fault.body
        try:
            status, body = self.route(parts.path, query)
        except Exception as exc:  # a bug in the fake must show in the test, not hang it
            status, body = 500, {"erreur": f"fake server error: {exc!r}"}
        if not isinstance(body, bytes):
            body = json.dumps(body, ensure_ascii=False).encode("utf-8")
        return status, {}, body


def _make_handler(fake):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # keep-alive answers would otherwise wait for delayed ACKs (40 ms)

        def do_GET(self):
            status, headers, body = fake._handle(self.path, self.headers)
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout test)

        def log_message(self, *args):
            pass

    return Handler
