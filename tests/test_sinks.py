"""Sinks: the delivery decision (pure, table-driven) and real deliveries to a local receiver.

The receiver is a threaded http.server on 127.0.0.1 that verifies Standard Webhooks signatures
with the `standardwebhooks` package itself, as a user's receiver would.
"""

from __future__ import annotations

import base64
import io
import json
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from typing import Self

import httpx
import pytest
from loopback import QuietLoopbackServer
from standardwebhooks import Webhook, WebhookVerificationError

from monitor.alerts import AlertPayload, webhook_message_id
from monitor.alerts.sinks import (
    DeliveryOutcome,
    NextStep,
    Sink,
    make_sink,
    next_delay,
    next_step,
    retry_delay,
    webhook,
)
from monitor.alerts.sinks.apprise_sink import AppriseSink
from monitor.alerts.sinks.console import ConsoleSink
from monitor.alerts.sinks.webhook import (
    WebhookSink,
    classify_response,
    fixed_headers,
    request_headers,
    secret_problem,
    signing_key,
)
from monitor.errors import ConfigError
from monitor.settings import AppriseSinkSettings, ConsoleSinkSettings, WebhookSinkSettings
from tools.alert_examples import example_claims_changed_alert, example_new_alert

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"  # 24 random bytes, spec-shaped
NOW = datetime(2025, 7, 25, 15, 42, 10, tzinfo=UTC)


# --- classify_response ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "headers", "error", "kind", "retry_after", "in_detail"),
    [
        (200, {}, None, "delivered", None, "HTTP 200"),
        (202, {}, None, "delivered", None, "HTTP 202"),
        (204, {}, None, "delivered", None, "HTTP 204"),
        (301, {"Location": "https://new.example/hook"}, None, "give_up", None, "new.example/hook"),
        (307, {}, None, "give_up", None, "not followed"),
        (400, {}, None, "give_up", None, "HTTP 400"),
        (401, {}, None, "give_up", None, "refused"),
        (404, {}, None, "give_up", None, "HTTP 404"),
        (408, {}, None, "retry", None, "HTTP 408"),
        (409, {}, None, "give_up", None, "HTTP 409"),
        (410, {}, None, "disable", None, "no longer exists"),
        (413, {}, None, "give_up", None, "HTTP 413"),
        (429, {"Retry-After": "120"}, None, "retry", 120.0, "asked to wait 120s"),
        (429, {"retry-after": "Fri, 25 Jul 2025 15:47:10 GMT"}, None, "retry", 300.0, "HTTP 429"),
        (429, {"Retry-After": "soon"}, None, "retry", None, "HTTP 429"),
        (500, {}, None, "retry", None, "HTTP 500"),
        (502, {}, None, "retry", None, "HTTP 502"),
        (503, {"Retry-After": "30"}, None, "retry", 30.0, "HTTP 503"),
        (None, {}, "ConnectError: [Errno 111] Connection refused", "retry", None, "refused"),
        (None, {}, "timed out after 10s (ReadTimeout)", "retry", None, "timed out"),
    ],
)
def test_classify_response(status, headers, error, kind, retry_after, in_detail):
    outcome = classify_response(status, headers, error, now=NOW)
    assert (outcome.kind, outcome.retry_after, outcome.status) == (kind, retry_after, status)
    assert in_detail in outcome.detail


def test_classify_response_quotes_the_receivers_reason():
    outcome = classify_response(400, {}, None, body='{"error": "unknown watch"}')
    assert outcome.detail.endswith(': {"error": "unknown watch"}')


def test_classify_response_reads_a_retry_after_date_without_zone_as_utc():
    # The sink reads Retry-After with the fetcher's parser (table in tests/test_fetch_response.py);
    # it used to ignore a date that names no zone, though an HTTP-date is always GMT.
    outcome = classify_response(503, {"Retry-After": "Fri, 25 Jul 2025 15:47:10"}, None, now=NOW)
    assert (outcome.kind, outcome.retry_after) == ("retry", 300.0)


# --- retry schedule and next step -----------------------------------------------------------


@pytest.mark.parametrize(
    ("attempt", "delay"),
    [(1, 5), (2, 300), (3, 1800), (4, 7200), (5, 18000), (6, 36000), (7, 36000), (8, None)],
)
def test_retry_delay_follows_the_svix_like_schedule(attempt, delay):
    assert retry_delay(attempt) == delay


def test_retry_delay_counts_attempts_from_one():
    with pytest.raises(ValueError, match="from 1"):
        retry_delay(0)


@pytest.mark.parametrize(
    ("attempt", "retry_after", "delay"),
    [
        (1, None, 5),
        (1, 120, 120),  # Retry-After stretches a short step
        (3, 60, 1800),  # ... but never shortens one
        (1, 7 * 86400, 36000),  # a week is capped at the longest step
        (7, 120, 36000),
        (8, 120, None),  # exhausted: Retry-After does not buy more attempts
    ],
)
def test_next_delay_honours_retry_after(attempt, retry_after, delay):
    assert next_delay(attempt, retry_after) == delay


@pytest.mark.parametrize(
    ("outcome", "attempt", "jitter", "expected"),
    [
        (DeliveryOutcome("delivered", "HTTP 200", 200), 1, 0.0, NextStep("done", "HTTP 200")),
        (DeliveryOutcome("retry", "HTTP 503", 503), 1, 0.0, NextStep("retry", "HTTP 503", 5.0)),
        (DeliveryOutcome("retry", "HTTP 503", 503), 2, 0.5, NextStep("retry", "HTTP 503", 315.0)),
        (
            DeliveryOutcome("retry", "HTTP 429", 429, 120.0),
            1,
            0.5,
            NextStep("retry", "HTTP 429", 126.0),
        ),
        (
            DeliveryOutcome("retry", "HTTP 500", 500),
            8,
            0.5,
            NextStep("dead_letter", "retries exhausted after 8 attempts: HTTP 500"),
        ),
        (
            DeliveryOutcome("give_up", "HTTP 404", 404),
            1,
            0.5,
            NextStep("dead_letter", "gave up: HTTP 404"),
        ),
        (
            DeliveryOutcome("disable", "HTTP 410 Gone", 410),
            3,
            0.5,
            NextStep("disable_sink", "HTTP 410 Gone"),
        ),
    ],
)
def test_next_step(outcome, attempt, jitter, expected):
    assert next_step(outcome, attempt, rng=lambda: jitter) == expected


def test_jitter_never_shortens_the_wait_the_receiver_asked_for():
    outcome = DeliveryOutcome("retry", "HTTP 429", 429, retry_after=600.0)
    delays = {next_step(outcome, 1, rng=lambda j=j: j).delay for j in (0.0, 0.25, 0.999)}
    assert min(delays) == 600.0 and max(delays) < 660.0


# --- secrets and headers --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("secret", "problem"),
    [
        (SECRET, None),
        ("whsec_" + "A" * 43 + "=", None),  # 32 bytes
        ("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "must start with 'whsec_'"),
        ("hunter2", "must start with 'whsec_'"),
        ("whsec_MfKQ9r8G!YqrTwjUPD8ILPZIo2LaLaSw", "not valid base64"),
        ("whsec_c2hvcnQ=", "decodes to 5 bytes"),
    ],
)
def test_secret_problem(secret, problem):
    found = secret_problem(secret)
    if problem is None:
        assert found is None
    else:
        assert problem in found and "secrets.token_bytes" in found


def test_signing_key_is_the_strictly_decoded_secret():
    assert signing_key(SECRET) == base64.b64decode(SECRET.removeprefix("whsec_"))
    with pytest.raises(ValueError, match="not valid base64"):
        signing_key("whsec_MfKQ9r8G!YqrTwjUPD8ILPZIo2LaLaSw")


def test_request_headers_sign_what_a_receiver_verifies():
    body = example_new_alert().to_json()
    now = datetime.now(UTC)  # the verifier rejects timestamps more than 5 minutes away
    headers = request_headers(body, "msg_abc", now, signer=Webhook(signing_key(SECRET)))
    assert Webhook(SECRET).verify(body, headers) == json.loads(body)
    assert headers["webhook-timestamp"] == str(int(now.timestamp()))
    assert headers["webhook-signature"].startswith("v1,")


def test_extra_headers_cannot_replace_protocol_headers():
    extra = {"Authorization": "Bearer t0k", "Webhook-Id": "forged", "Content-Type": "text/plain"}
    headers = request_headers("{}", "msg_abc", NOW, fixed=fixed_headers(extra))
    assert headers["authorization"] == "Bearer t0k"
    assert (headers["webhook-id"], headers["content-type"]) == ("msg_abc", "application/json")
    assert "webhook-signature" not in headers


# --- a real receiver ------------------------------------------------------------------------


@dataclass
class Reply:
    status: int = 204
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0


@dataclass
class Received:
    path: str
    headers: dict[str, str]  # names lower-cased
    body: bytes
    verified: bool | None  # None: the receiver has no secret
    verify_error: str | None = None


class Receiver:
    """A webhook receiver on 127.0.0.1 that records requests and verifies signatures."""

    def __init__(self, secret: str | None = None):
        self.secret = secret
        self.reply = Reply()
        self.requests: list[Received] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                receiver.record(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                reply = receiver.reply
                time.sleep(reply.delay)
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("content-length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)

            def log_message(self, *args) -> None:  # keep pytest output clean
                pass

        # Quiet about clients hanging up: the timeout test does so before the reply.
        self.server = QuietLoopbackServer(Handler, self)
        self.url = f"{self.server.base_url}/hooks/newsmon"

    def record(self, path: str, headers: dict[str, str], body: bytes) -> None:
        verified, error = None, None
        if self.secret:
            try:
                Webhook(self.secret).verify(body, headers)
                verified = True
            except WebhookVerificationError as exc:
                verified, error = False, str(exc)
        self.requests.append(Received(path, headers, body, verified, error))

    def __enter__(self) -> Self:
        self.server.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.stop()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with Receiver(secret=SECRET) as r:
        yield r


@pytest.fixture
def unsigned_receiver() -> Iterator[Receiver]:
    with Receiver(secret=None) as r:
        yield r


def free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def webhook_sink(url: str, secret: str | None = SECRET, **extra) -> WebhookSink:
    settings = WebhookSinkSettings(type="webhook", name="ops", url=url, secret=secret, **extra)
    return WebhookSink(settings)


def send(sink: WebhookSink, payload: AlertPayload) -> DeliveryOutcome:
    return sink.send(payload.to_json(), webhook_message_id(payload.data.alert_id, sink.name))


def test_signed_delivery_is_verified_by_the_receiver(receiver):
    payload = example_new_alert()
    outcome = send(webhook_sink(receiver.url), payload)

    assert outcome == DeliveryOutcome("delivered", "HTTP 204", 204)
    [request] = receiver.requests
    assert request.verified, request.verify_error
    assert AlertPayload.model_validate_json(request.body) == payload
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"].startswith("newsmon/")
    assert request.headers["webhook-id"] == webhook_message_id(payload.data.alert_id, "ops")


def test_the_same_alert_keeps_its_webhook_id_when_rebuilt_and_resent(receiver):
    sink = webhook_sink(receiver.url)
    first = example_claims_changed_alert()
    rebuilt = first.model_copy(update={"timestamp": datetime.now(UTC)})  # rebuilt later
    send(sink, first)
    send(sink, rebuilt)

    ids = [r.headers["webhook-id"] for r in receiver.requests]
    assert ids[0] == ids[1] and ids[0].startswith("msg_")
    assert all(r.verified for r in receiver.requests)


def test_without_a_secret_nothing_is_signed(unsigned_receiver):
    outcome = send(webhook_sink(unsigned_receiver.url, secret=None), example_new_alert())

    assert outcome.kind == "delivered"
    [request] = unsigned_receiver.requests
    assert "webhook-signature" not in request.headers
    assert request.headers["webhook-id"].startswith("msg_")
    assert int(request.headers["webhook-timestamp"]) == pytest.approx(time.time(), abs=5)


def test_a_wrong_secret_fails_verification_at_the_receiver(receiver):
    other = "whsec_" + "B" * 32
    send(webhook_sink(receiver.url, secret=other), example_new_alert())
    [request] = receiver.requests
    assert request.verified is False and "signature" in request.verify_error


def test_extra_headers_reach_the_receiver(receiver):
    sink = webhook_sink(receiver.url, headers={"Authorization": "Bearer t0k"})
    send(sink, example_new_alert())
    assert receiver.requests[0].headers["authorization"] == "Bearer t0k"


@pytest.mark.parametrize(
    ("reply", "kind", "retry_after", "in_detail"),
    [
        (Reply(500, body=b"database is down"), "retry", None, "HTTP 500: database is down"),
        (Reply(503, {"Retry-After": "45"}), "retry", 45.0, "asked to wait 45s"),
        (Reply(429, {"Retry-After": "120"}), "retry", 120.0, "HTTP 429"),
        (
            Reply(404, body=b"<h1>Not Found</h1>\n"),
            "give_up",
            None,
            "HTTP 404 (receiver refused the alert): <h1>Not Found</h1>",
        ),
        (Reply(410), "disable", None, "HTTP 410 Gone"),
        (
            Reply(308, {"Location": "/hooks/v2"}),
            "give_up",
            None,
            "redirect to /hooks/v2 not followed",
        ),
    ],
)
def test_receiver_statuses_map_to_outcomes(receiver, reply, kind, retry_after, in_detail):
    receiver.reply = reply
    outcome = send(webhook_sink(receiver.url), example_new_alert())

    assert (outcome.kind, outcome.status, outcome.retry_after) == (kind, reply.status, retry_after)
    assert in_detail in outcome.detail
    assert [r.path for r in receiver.requests] == ["/hooks/newsmon"]  # redirects not followed


def test_receiver_down_is_a_retry_with_a_clear_detail():
    url = f"http://127.0.0.1:{free_port()}/hooks"
    outcome = send(webhook_sink(url), example_new_alert())

    assert outcome.kind == "retry" and outcome.status is None
    assert "ConnectError" in outcome.detail and url in outcome.detail


def test_a_receiver_slower_than_the_timeout_is_a_retry(receiver):
    receiver.reply = Reply(204, delay=1.0)
    outcome = send(webhook_sink(receiver.url, timeout=0.2), example_new_alert())

    assert outcome.kind == "retry"
    assert "timed out after 0.2s (ReadTimeout)" in outcome.detail


def test_stored_json_is_sent_and_signed_byte_for_byte(receiver):
    # Spaced and non-ASCII as stored JSON may be: the sink must not re-serialise it.
    stored = json.dumps(json.loads(example_claims_changed_alert().to_json()), indent=1,
                        ensure_ascii=False)
    assert "→" in stored
    send_outcome = webhook_sink(receiver.url).send(stored, "msg_stored")
    assert send_outcome.kind == "delivered"
    assert receiver.requests[0].body == stored.encode()
    assert receiver.requests[0].verified


def test_the_secret_is_decoded_once_per_sink_not_per_delivery(receiver, monkeypatch):
    sink = webhook_sink(receiver.url)
    decoded = []
    monkeypatch.setattr(webhook, "signing_key", lambda secret: decoded.append(secret))
    monkeypatch.setattr(webhook, "Webhook", lambda key: pytest.fail("secret decoded again"))
    send(sink, example_new_alert())
    send(sink, example_claims_changed_alert())
    assert decoded == [] and len(receiver.requests) == 2
    assert all(r.verified for r in receiver.requests)


def test_a_shared_client_is_used_and_left_open(receiver):
    with httpx.Client() as client:
        settings = WebhookSinkSettings(type="webhook", name="ops", url=receiver.url, secret=SECRET)
        sink = WebhookSink(settings, client)
        assert send(sink, example_new_alert()).kind == "delivered"
        sink.close()
        assert not client.is_closed


def test_an_unusable_secret_is_a_config_error():
    with pytest.raises(ConfigError, match="sink 'ops': secret must start with 'whsec_'"):
        webhook_sink("http://127.0.0.1:9/hooks", secret="hunter2")


# --- apprise --------------------------------------------------------------------------------


def test_apprise_delivers_to_a_real_json_endpoint(unsigned_receiver):
    port = unsigned_receiver.server.server_port
    sink = AppriseSink(
        AppriseSinkSettings(type="apprise", name="chat", urls=[f"json://127.0.0.1:{port}/"])
    )
    outcome = sink.send(example_claims_changed_alert().to_json(), "msg_x")

    assert outcome.kind == "delivered"
    [request] = unsigned_receiver.requests
    sent = json.loads(request.body)
    assert sent["title"].startswith("Claims changed in US negotiators cut short Gaza")
    assert sent["title"].endswith(": death toll changed over 35,000 → over 36,000; quote added "
                                  "from a Qatari official")
    assert "[-35,000-] {+36,000+}" in sent["message"]
    assert sent["type"] == "warning"


def test_apprise_failure_is_a_retry():
    url = f"json://127.0.0.1:{free_port()}/"
    sink = AppriseSink(AppriseSinkSettings(type="apprise", name="chat", urls=[url]))
    outcome = sink.send(example_new_alert().to_json(), "msg_x")

    assert outcome.kind == "retry"
    assert outcome.detail.startswith("apprise notification failed")


def test_apprise_rejects_urls_it_does_not_understand_without_echoing_them():
    settings = AppriseSinkSettings(
        type="apprise", name="chat", urls=["json://127.0.0.1/", "nosuchservice://s3cr3t@host"]
    )
    with pytest.raises(ConfigError) as raised:
        AppriseSink(settings)
    assert raised.value.problems == [
        "sink 'chat': urls[1] (nosuchservice://…) is not a URL Apprise understands"
    ]


# --- console and make_sink ------------------------------------------------------------------


def test_console_prints_one_readable_block():
    stream = io.StringIO()
    payload = example_new_alert()
    sink = ConsoleSink(ConsoleSinkSettings(type="console"), stream)
    outcome = sink.send(payload.to_json(), "msg_c")

    assert outcome.kind == "delivered"
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("── article.new · 2025-07-25 09:14:56 UTC · msg_c ──")
    assert lines[1] == (
        "New piece on Gaza ceasefire talks: US negotiators cut short Gaza ceasefire talks, "
        "accusing Hamas of lacking good faith — World Desk Daily"
    )
    assert "  " + payload.data.article.url in lines


@pytest.mark.parametrize(
    ("settings", "sink_type"),
    [
        (
            WebhookSinkSettings(type="webhook", name="ops", url="https://hooks.example/n"),
            WebhookSink,
        ),
        (AppriseSinkSettings(type="apprise", name="chat", urls=["json://127.0.0.1/"]), AppriseSink),
        (ConsoleSinkSettings(type="console"), ConsoleSink),
    ],
)
def test_make_sink(settings, sink_type):
    sink = make_sink(settings)
    assert type(sink) is sink_type and isinstance(sink, Sink)
    assert sink.name == settings.name
