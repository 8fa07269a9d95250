"""A small HTTP server for operators and readers, on every role: /healthz (liveness), /readyz
(readiness), /metrics (Prometheus), /status (JSON), the story pages (/stories/ and
/stories/WATCH, monitor.views.storypage), the read API (/api/v1/..., docs/api.md) and the
alerts of a watch as an Atom feed (/feeds/WATCH.atom).

Routing is one table (`ROUTES`: path pattern -> handler); only GET and HEAD are served (405
otherwise), and nothing served writes to Redis or triggers a fetch. The handlers of the API are
the library's (monitor.views.api: dicts in, JSON out here); their errors (RequestError) become
`{"error": ...}` with the status they carry, a Redis failure a 503, once, in `_answer`.

Access: the probes (/healthz, /readyz, /metrics) are always open, so health checks and
Prometheus need no secret. Everything else requires `Authorization: Bearer <status.token>` (or
HTTP Basic with the token as the password, which browsers and feed readers can send) whenever a
token is set; one must be set when the server listens beyond loopback (the settings refuse such
a bind without one, and so does the constructor). Tokens are compared in constant time.

/metrics joins two sources. What this process did (polls, alerts, deliveries, latencies) is
counted in-process by monitor.metrics, on prometheus_client's default registry. What the shared
state holds (queue depths, oldest job, feeds in backoff, disabled sinks) is read from Redis at
scrape time into a registry of its own, so it is never stale and needs no bookkeeping. We do
not use Dramatiq's Prometheus middleware: it assumes the `dramatiq` CLI's forked processes.
"""

from __future__ import annotations

import base64
import functools
import hmac
import json
import logging
import platform
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import unquote, urlsplit

import redis
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Gauge,
    generate_latest,
)

from monitor.errors import NewsmonError, RequestError
from monitor.metrics import BUILD
from monitor.redact import redact
from monitor.settings import is_loopback
from monitor.state.jobqueues import oldest_job_ages
from monitor.views import storypage
from monitor.views.api import (
    ARTICLE_ID,
    WATCH_ID,
    AlertsQuery,
    NoQuery,
    alerts_page,
    article_view,
    check_id,
    openapi_document,
    parse_query,
    stories_list,
    story_detail,
    watch_feed,
)
from monitor.views.atom import CONTENT_TYPE as ATOM_CONTENT_TYPE
from monitor.views.status import gather
from workers.bounded_http import BoundedThreadingHTTPServer
from workers.health import Health

log = logging.getLogger(__name__)

ENDPOINTS = ("/healthz, /readyz, /metrics, /status, /stories/, /api/v1/ (openapi.json, stories, "
             "alerts, articles), /feeds/WATCH.atom")
CLIENT_TIMEOUT = 15  # seconds a client may take to send its request (slow clients hold a thread)
MAX_CONNECTIONS = 64  # served at once; more get a 503 (workers/bounded_http.py)


def _version() -> str:
    try:
        return version("news-monitor")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "unknown"


def _build_info() -> None:
    BUILD.info({"version": _version(), "python": platform.python_version()})


def metrics_text(status: dict, oldest: dict[str, float] | None = None,
                 now: float | None = None) -> bytes:
    """Gauges of the shared state, from a `gather` snapshot (and the queues' oldest job ages)."""
    now = now or time.time()
    registry = CollectorRegistry()
    g = lambda name, doc, labels=(): Gauge(name, doc, labels, registry=registry)  # noqa: E731
    g("newsmon_state_up", "1: Redis answered this scrape").set(1)
    failures = g("newsmon_feed_consecutive_failures", "Failed polls in a row", ["feed"])
    errors = g("newsmon_feed_errors", "Failed polls since the feed was first seen", ["feed"])
    last_poll = g("newsmon_feed_last_poll_timestamp_seconds", "Last poll time", ["feed"])
    for feed in status["feeds"]:  # feed ids come from the watch list: a bounded set
        failures.labels(feed["id"]).set(feed["consecutive_failures"])
        errors.labels(feed["id"]).set(feed["errors"])
        last_poll.labels(feed["id"]).set(feed["last_poll"] or 0)
    g("newsmon_feeds_in_backoff", "Feeds waiting out a failure backoff or Retry-After").set(
        sum(1 for f in status["feeds"] if (f["backoff_until"] or 0) > now))
    jobs = g("newsmon_queue_jobs", "Jobs per queue and state (pending: waiting or in flight; "
             "delayed: retries and scheduled; failed: Dramatiq's dead letters)",
             ["queue", "state"])
    for name, q in status["queues"].items():
        for state, count in q.items():
            jobs.labels(name, state).set(count)
    age = g("newsmon_queue_oldest_job_age_seconds", "Wait of the oldest job waiting", ["queue"])
    for name, seconds in (oldest or {}).items():
        age.labels(name).set(seconds)
    deliveries = status["deliveries"]
    g("newsmon_deliveries_awaiting_replay", "Dead-lettered deliveries awaiting newsmon replay"
      ).set(deliveries["awaiting_replay"])
    g("newsmon_sinks_disabled", "Sinks disabled (410 Gone) until newsmon replay").set(
        len(deliveries["disabled_sinks"]))
    g("newsmon_articles", "Articles stored").set(status["articles"])
    return generate_latest(registry)


# --- requests, responses, routes ----------------------------------------------------------


@dataclass(frozen=True)
class Request:
    path: str
    query: str  # the raw query string, parsed by the handler that takes parameters
    params: dict[str, str]  # the path pattern's {names}, percent-decoded


@dataclass
class Response:
    status: int
    body: bytes
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


# Third-party text (headlines, sentences) and echoed parameters go out as JSON with <, > and &
# escaped, so no browser that ignores the content type ever reads markup in them.
_JSON_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def json_response(value: object, status: int = 200, indent: int | None = None,
                  **headers: str) -> Response:
    text = json.dumps(value, indent=indent, ensure_ascii=False).translate(_JSON_ESCAPES)
    return Response(status, text.encode() + b"\n", headers=headers)


def error_response(status: int, message: str, **headers: str) -> Response:
    return json_response({"error": message}, status, **headers)


Handler = Callable[["StatusServer", Request], Response]


@dataclass(frozen=True)
class Route:
    pattern: str  # "/api/v1/articles/{id}": a {name} is one path segment
    handler: Handler
    open: bool = False  # served without the token (the probes)

    def match(self, path: str) -> dict[str, str] | None:
        found = _compiled(self.pattern).fullmatch(path)
        return {k: unquote(v) for k, v in found.groupdict().items()} if found else None


@functools.cache
def _compiled(pattern: str) -> re.Pattern:
    parts = re.split(r"\{(\w+)\}", pattern)
    return re.compile("".join(
        f"(?P<{part}>[^/]+)" if i % 2 else re.escape(part) for i, part in enumerate(parts)))


# --- handlers: each reads, none writes --------------------------------------------------------


def healthz(server: StatusServer, request: Request) -> Response:
    ok, body = server.health.live()
    return json_response(body, 200 if ok else 503)


def readyz(server: StatusServer, request: Request) -> Response:
    ok, body = server.health.ready()
    return json_response(body, 200 if ok else 503)


def metrics(server: StatusServer, request: Request) -> Response:
    return Response(200, server.metrics(), CONTENT_TYPE_LATEST)


def status(server: StatusServer, request: Request) -> Response:
    client, watchlist, *warnings = server.snapshot()
    return json_response(gather(client, watchlist, *warnings), indent=2)


def story_page(server: StatusServer, request: Request) -> Response:
    client, watchlist, *_ = server.snapshot()
    code, page = storypage.respond(client, watchlist, request.path)
    return Response(code, page.encode(), storypage.CONTENT_TYPE, dict(storypage.HEADERS))


def openapi(server: StatusServer, request: Request) -> Response:
    return server.openapi()


def alerts(server: StatusServer, request: Request) -> Response:
    query = parse_query(AlertsQuery, request.query)
    return json_response(alerts_page(server.client(), query, request.path))


def article(server: StatusServer, request: Request) -> Response:
    parse_query(NoQuery, request.query)
    article_id = check_id(request.params["id"], ARTICLE_ID, "article")
    return json_response(article_view(server.client(), article_id))


def stories(server: StatusServer, request: Request) -> Response:
    parse_query(NoQuery, request.query)
    client, watchlist, *_ = server.snapshot()
    return json_response(stories_list(client, watchlist))


def story(server: StatusServer, request: Request) -> Response:
    parse_query(NoQuery, request.query)
    watch_id = check_id(request.params["watch"], WATCH_ID, "watch")
    client, watchlist, *_ = server.snapshot()
    return json_response(story_detail(client, watchlist, watch_id))


def feed(server: StatusServer, request: Request) -> Response:
    parse_query(NoQuery, request.query)
    watch_id = check_id(request.params["watch"], WATCH_ID, "watch")
    client, watchlist, *_ = server.snapshot()
    return Response(200, watch_feed(client, watchlist, watch_id, request.path,
                                    datetime.now(UTC)), ATOM_CONTENT_TYPE)


ROUTES: list[Route] = [
    Route("/healthz", healthz, open=True),
    Route("/readyz", readyz, open=True),
    Route("/metrics", metrics, open=True),
    Route("/status", status),
    Route("/stories", story_page),
    Route("/stories/", story_page),
    Route("/stories/{watch}", story_page),
    Route("/api/v1/openapi.json", openapi),
    Route("/api/v1/stories", stories),
    Route("/api/v1/stories/{watch}", story),
    Route("/api/v1/alerts", alerts),
    Route("/api/v1/articles/{id}", article),
    Route("/feeds/{watch}.atom", feed),
]
ALLOWED = "GET, HEAD"


class StatusServer:
    def __init__(self, host: str, port: int, snapshot, health: Health | None = None, *,
                 token: str | None = None):
        """`snapshot()` returns (redis client, watch list[, warnings]) at request time;
        `health` the process's liveness and readiness checks (none: always fine); `token` the
        bearer token every route but the probes requires (status.token; required beyond
        loopback)."""
        if not token and not is_loopback(host):
            raise NewsmonError(
                f"the status server would listen on {host} without a token: set status.token, "
                "or bind 127.0.0.1")
        self.snapshot = snapshot
        self.health = health or Health()
        self._token = token.encode() if token else None
        _build_info()
        server = self

        class Handler(BaseHTTPRequestHandler):
            timeout = CLIENT_TIMEOUT

            def do_GET(self):
                server._serve(self, "GET")

            def do_HEAD(self):
                server._serve(self, "HEAD")

            def _not_allowed(self):
                server._serve(self, self.command)

            do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = _not_allowed

            def log_message(self, fmt, *args):
                log.debug("status server: " + fmt, *args)

        self._httpd = BoundedThreadingHTTPServer((host, port), Handler, MAX_CONNECTIONS)
        self.url = f"http://{host}:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="status-server",
                                        daemon=True)

    @functools.cached_property
    def _openapi(self) -> Response:
        return json_response(openapi_document(_version()))

    def openapi(self) -> Response:
        """The OpenAPI document, generated once per process (it never changes while running)."""
        return self._openapi

    def client(self) -> redis.Redis:
        return self.snapshot()[0]

    def _serve(self, request: BaseHTTPRequestHandler, method: str) -> None:
        response = self._answer(request, method)
        _reply(request, response, with_body=method != "HEAD")

    def _answer(self, request: BaseHTTPRequestHandler, method: str) -> Response:
        """The response to one request: route, method, token, then the handler; every error
        becomes its JSON answer here, once."""
        target = urlsplit(request.path)
        route, params = next(((r, p) for r in ROUTES if (p := r.match(target.path)) is not None),
                             (None, None))
        if method not in ("GET", "HEAD"):
            return error_response(405, f"{method} is not allowed: this server only reads",
                                  Allow=ALLOWED)
        if not (route and route.open) and not self._authorized(request):
            given = "Authorization" in request.headers
            # Basic too: browsers (the story pages) and feed readers ask for it by themselves.
            challenge = 'Bearer realm="newsmon"' + (', error="invalid_token"' if given else "") \
                + ', Basic realm="newsmon", charset="UTF-8"'
            return error_response(401, "the token is wrong" if given else
                                  "a token is required: Authorization: Bearer <status.token> "
                                  "(or Basic, with the token as the password)",
                                  **{"WWW-Authenticate": challenge})
        if route is None:
            return error_response(404, f"no such endpoint; try {ENDPOINTS}")
        try:
            return route.handler(self, Request(target.path, target.query, params))
        except RequestError as exc:
            return error_response(exc.status, str(exc))
        except redis.RedisError as exc:
            log.warning("status server: %s: state not readable: %s", target.path, exc)
            return error_response(503, redact(f"the state is not readable: {exc}"))
        except Exception:
            log.exception("status server: %s failed", target.path)
            return error_response(500, "internal error (logged)")

    def _authorized(self, request: BaseHTTPRequestHandler) -> bool:
        """No token set, or the request carries it: `Bearer TOKEN`, or `Basic` credentials
        whose password is the token (any user name), for browsers and feed readers."""
        if self._token is None:
            return True
        scheme, _, given = (request.headers.get("Authorization") or "").partition(" ")
        given = given.strip().encode()
        if scheme.lower() == "basic":
            try:
                given = base64.b64decode(given, validate=True).partition(b":")[2]
            except ValueError:
                return False
        elif scheme.lower() != "bearer":
            return False
        return hmac.compare_digest(given, self._token)

    def metrics(self) -> bytes:
        own = generate_latest(REGISTRY)
        try:
            client, watchlist, *warnings = self.snapshot()
            shared = metrics_text(gather(client, watchlist, *warnings),
                                  oldest_job_ages(client, time.time()))
        except Exception as exc:  # Redis away: this process's own figures still count
            log.warning("metrics: shared state not readable: %s", exc)
            shared = b"# HELP newsmon_state_up 1: Redis answered this scrape\n" \
                     b"# TYPE newsmon_state_up gauge\nnewsmon_state_up 0.0\n"
        return own + shared

    def start(self) -> None:
        self._thread.start()
        log.info("status server on %s (%s)%s", self.url, ENDPOINTS,
                 "" if self._token else "; no token: loopback only")

    def stop(self) -> None:
        if self._thread.is_alive():  # shutdown() waits for a serve loop that must be running
            self._httpd.shutdown()
        self._httpd.server_close()


def _reply(request: BaseHTTPRequestHandler, response: Response, with_body: bool = True) -> None:
    request.send_response(response.status)
    request.send_header("Content-Type", response.content_type)
    request.send_header("Content-Length", str(len(response.body)))
    headers = {"X-Content-Type-Options": "nosniff", "Cache-Control": "no-store",
               **response.headers}
    for name, value in headers.items():
        request.send_header(name, value)
    request.end_headers()
    if with_body:
        request.wfile.write(response.body)
