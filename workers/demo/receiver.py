"""A webhook receiver on 127.0.0.1 that checks Standard Webhooks signatures, for tests and
for `newsmon demo`.

Every POST is recorded, whatever it is answered. With a secret, a request whose signature does
not verify is answered 401 and recorded with `verified=False`; responses to the others can be
scripted (`respond_with(500, 500)` makes the next two deliveries fail, then 200 again) to
exercise retries.

    with WebhookReceiver(secret="whsec_...") as hook:
        ... deliver to hook.url ...
        alerts = hook.wait_for(3, timeout=10)
        assert [a.status for a in alerts] == [500, 500, 200]
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from workers.demo.newsroom import LoopbackHTTPServer, LoopbackService

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReceivedAlert:
    """One delivery attempt as it arrived. `headers` has lower-cased names; `json` is None
    when the body is not JSON; `status` is what the receiver answered; `error` says why
    verification failed."""

    path: str
    headers: Mapping[str, str]
    body: bytes
    json: Any
    verified: bool
    status: int
    time: float
    error: str | None = None

    @property
    def webhook_id(self) -> str | None:
        return self.headers.get("webhook-id")

    @property
    def event_type(self) -> str | None:
        return self.json.get("type") if isinstance(self.json, dict) else None


@dataclass(frozen=True)
class _Reply:
    status: int
    headers: Mapping[str, str] = field(default_factory=dict)


def verify_signature(webhook: Webhook, body: bytes, headers: Mapping[str, str]) -> str | None:
    """None when the signature verifies, else the reason. Malformed signature headers make
    the library raise ValueError (bad base64, no "v1," prefix) rather than its own error."""
    try:
        webhook.verify(body, dict(headers), json_parse=False)
    except WebhookVerificationError as exc:
        return str(exc)
    except ValueError as exc:
        return f"malformed signature headers: {exc}"
    return None


def _parse_json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except ValueError:
        return None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers, then body: no 40 ms delayed-ACK stall
    server_version = "webhook-receiver/1.0"
    server: LoopbackHTTPServer

    def log_message(self, format: str, *args: object) -> None:
        pass  # tests read `received`; stderr noise helps nobody

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        headers = {name.lower(): value for name, value in self.headers.items()}
        receiver: WebhookReceiver = self.server.owner  # type: ignore[assignment]
        alert, reply = receiver._receive(self.path, headers, body)
        hold = receiver._take_hold()
        if hold is not None:  # keep the sender waiting, as a slow receiver would
            arrived, release = hold
            arrived.set()
            release.wait(timeout=120)
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()
        receiver._notify(alert)


class WebhookReceiver(LoopbackService):
    """A threaded HTTP server on 127.0.0.1 (ephemeral port) that records webhook deliveries."""

    handler = _Handler

    def __init__(
        self,
        secret: str | None = None,
        on_alert: Callable[[ReceivedAlert], None] | None = None,
    ) -> None:
        super().__init__()
        self._webhook = Webhook(secret) if secret else None
        self._on_alert = on_alert
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        self._received: list[ReceivedAlert] = []
        self._script: deque[_Reply] = deque()

    @property
    def url(self) -> str:
        return f"{self.base_url}/webhook"

    # scripting and reading -------------------------------------------------------------------

    def hold_next(self, arrived: threading.Event, release: threading.Event) -> None:
        """Hold the next delivery open: set `arrived` when it comes, answer once `release` is
        set (tests kill the sender meanwhile)."""
        with self._lock:
            self._hold = (arrived, release)

    def _take_hold(self) -> tuple[threading.Event, threading.Event] | None:
        with self._lock:
            hold, self._hold = getattr(self, "_hold", None), None
            return hold

    def respond_with(self, *statuses: int, headers: Mapping[str, str] | None = None) -> None:
        """Answer the next verified deliveries with `statuses` in order (then 200 again)."""
        with self._lock:
            self._script.extend(_Reply(s, dict(headers or {})) for s in statuses)

    @property
    def received(self) -> list[ReceivedAlert]:
        with self._lock:
            return list(self._received)

    def wait_for(self, n: int, timeout: float) -> list[ReceivedAlert]:
        """Block until `n` deliveries (any status) have arrived; returns all received so far."""
        with self._arrived:
            if not self._arrived.wait_for(lambda: len(self._received) >= n, timeout):
                got = [(a.event_type, a.status) for a in self._received]
                raise TimeoutError(
                    f"webhook receiver at {self.url}: expected {n} deliveries within "
                    f"{timeout}s, got {len(got)}: {got}"
                )
            return list(self._received)

    def unique_ids(self) -> set[str]:
        return {a.webhook_id for a in self.received if a.webhook_id}

    # handler side ----------------------------------------------------------------------------

    def _receive(
        self, path: str, headers: Mapping[str, str], body: bytes
    ) -> tuple[ReceivedAlert, _Reply]:
        error = verify_signature(self._webhook, body, headers) if self._webhook else None
        verified = self._webhook is not None and error is None
        with self._arrived:
            # A forged delivery does not consume the script: it is no delivery attempt.
            if error is not None:
                reply = _Reply(401)
            else:
                reply = self._script.popleft() if self._script else _Reply(200)
            alert = ReceivedAlert(
                path, headers, body, _parse_json(body), verified, reply.status, time.time(), error
            )
            self._received.append(alert)
            self._arrived.notify_all()
        return alert, reply

    def _notify(self, alert: ReceivedAlert) -> None:
        # After the response is sent, so a slow callback never delays the sender.
        if self._on_alert is None:
            return
        try:
            self._on_alert(alert)
        except Exception:
            log.exception("on_alert callback failed for webhook %s", alert.webhook_id)
