"""A small HTTP server for operators, on every role: /healthz (liveness), /readyz (readiness),
/metrics (Prometheus), /status (JSON), /stories/ and /stories/WATCH (the story page,
monitor.views.storypage).

/metrics joins two sources. What this process did (polls, alerts, deliveries, latencies) is
counted in-process by monitor.metrics, on prometheus_client's default registry. What the shared
state holds (queue depths, oldest job, feeds in backoff, disabled sinks) is read from Redis at
scrape time into a registry of its own, so it is never stale and needs no bookkeeping. We do
not use Dramatiq's Prometheus middleware: it assumes the `dramatiq` CLI's forked processes.
"""

from __future__ import annotations

import json
import logging
import platform
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.metadata import PackageNotFoundError, version

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Gauge,
    generate_latest,
)

from monitor.metrics import BUILD
from monitor.state.jobqueues import oldest_job_ages
from monitor.views import storypage
from monitor.views.status import gather
from workers.health import Health

log = logging.getLogger(__name__)

ENDPOINTS = "/healthz, /readyz, /metrics, /status, /stories/"


def _build_info() -> None:
    try:
        newsmon = version("news-monitor")
    except PackageNotFoundError:  # running from a source tree that was never installed
        newsmon = "unknown"
    BUILD.info({"version": newsmon, "python": platform.python_version()})


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


class StatusServer:
    def __init__(self, host: str, port: int, snapshot, health: Health | None = None):
        """`snapshot()` returns (redis client, watch list[, warnings]) at request time;
        `health` the process's liveness and readiness checks (none: always fine)."""
        self._snapshot = snapshot
        self._health = health or Health()
        _build_info()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server._handle(self)

            def log_message(self, fmt, *args):
                log.debug("status server: " + fmt, *args)

        self._httpd = ThreadingHTTPServer((host, port), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://{host}:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="status-server",
                                        daemon=True)

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        path = request.path.split("?", 1)[0]
        if path in ("/healthz", "/readyz"):
            ok, body = self._health.live() if path == "/healthz" else self._health.ready()
            return _reply(request, 200 if ok else 503, json.dumps(body).encode() + b"\n",
                          "application/json")
        if path == "/metrics":
            return _reply(request, 200, self._metrics(), CONTENT_TYPE_LATEST)
        if path == "/stories" or path.startswith("/stories/"):
            client, watchlist, *_ = self._snapshot()
            code, page = storypage.respond(client, watchlist, path)
            return _reply(request, code, page.encode(), storypage.CONTENT_TYPE,
                          storypage.HEADERS)
        if path != "/status":
            return _reply(request, 404, f"try {ENDPOINTS}\n".encode(), "text/plain")
        client, watchlist, *warnings = self._snapshot()
        status = gather(client, watchlist, *warnings)
        _reply(request, 200, json.dumps(status, indent=2).encode(), "application/json")

    def _metrics(self) -> bytes:
        own = generate_latest(REGISTRY)
        try:
            client, watchlist, *warnings = self._snapshot()
            shared = metrics_text(gather(client, watchlist, *warnings),
                                  oldest_job_ages(client, time.time()))
        except Exception as exc:  # Redis away: this process's own figures still count
            log.warning("metrics: shared state not readable: %s", exc)
            shared = b"# HELP newsmon_state_up 1: Redis answered this scrape\n" \
                     b"# TYPE newsmon_state_up gauge\nnewsmon_state_up 0.0\n"
        return own + shared

    def start(self) -> None:
        self._thread.start()
        log.info("status server on %s (%s)", self.url, ENDPOINTS)

    def stop(self) -> None:
        if self._thread.is_alive():  # shutdown() waits for a serve loop that must be running
            self._httpd.shutdown()
        self._httpd.server_close()


def _reply(request: BaseHTTPRequestHandler, code: int, body: bytes, content_type: str,
           headers: dict[str, str] | None = None) -> None:
    request.send_response(code)
    request.send_header("Content-Type", content_type)
    request.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        request.send_header(name, value)
    request.end_headers()
    request.wfile.write(body)
