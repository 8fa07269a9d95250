"""A small HTTP server for operators: /status (JSON), /metrics (Prometheus), /healthz.

We expose our own figures (feeds, queues, alerts) rather than Dramatiq's Prometheus middleware,
which assumes the `dramatiq` CLI's forked processes; one registry per scrape keeps it stateless.
"""

from __future__ import annotations

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Gauge, generate_latest

from monitor.views.status import gather

log = logging.getLogger(__name__)


def metrics_text(status: dict) -> bytes:
    registry = CollectorRegistry()
    g = lambda name, doc, labels=(): Gauge(name, doc, labels, registry=registry)  # noqa: E731
    failures = g("newsmon_feed_consecutive_failures", "Failed polls in a row", ["feed"])
    errors = g("newsmon_feed_errors_total", "Failed polls since first seen", ["feed"])
    last_poll = g("newsmon_feed_last_poll_timestamp_seconds", "Last poll time", ["feed"])
    for feed in status["feeds"]:
        failures.labels(feed["id"]).set(feed["consecutive_failures"])
        errors.labels(feed["id"]).set(feed["errors"])
        last_poll.labels(feed["id"]).set(feed["last_poll"] or 0)
    pending = g("newsmon_queue_pending", "Jobs waiting or in flight", ["queue"])
    delayed = g("newsmon_queue_delayed", "Jobs scheduled for later (retries)", ["queue"])
    for name, q in status["queues"].items():
        pending.labels(name).set(q["pending"])
        delayed.labels(name).set(q["delayed"])
    g("newsmon_alerts_created_total", "Alerts created").set(status["alerts"]["created"])
    deliveries = g("newsmon_deliveries", "Deliveries (one per alert and sink) by outcome",
                   ["outcome"])
    for outcome in ("sent", "failed_attempts", "dead_lettered", "awaiting_replay"):
        deliveries.labels(outcome).set(status["deliveries"][outcome])
    g("newsmon_articles", "Articles stored").set(status["articles"])
    return generate_latest(registry)


class StatusServer:
    def __init__(self, host: str, port: int, snapshot):
        """`snapshot()` returns (redis client, watch list[, warnings]) at request time."""
        self._snapshot = snapshot
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
        if request.path == "/healthz":
            return _reply(request, 200, b"ok\n", "text/plain")
        if request.path not in ("/status", "/metrics"):
            return _reply(request, 404, b"try /status, /metrics or /healthz\n", "text/plain")
        client, watchlist, *warnings = self._snapshot()
        status = gather(client, watchlist, *warnings)
        if request.path == "/metrics":
            return _reply(request, 200, metrics_text(status), CONTENT_TYPE_LATEST)
        _reply(request, 200, json.dumps(status, indent=2).encode(), "application/json")

    def start(self) -> None:
        self._thread.start()
        log.info("status server on %s (/status, /metrics, /healthz)", self.url)

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def _reply(request: BaseHTTPRequestHandler, code: int, body: bytes, content_type: str) -> None:
    request.send_response(code)
    request.send_header("Content-Type", content_type)
    request.send_header("Content-Length", str(len(body)))
    request.end_headers()
    request.wfile.write(body)
