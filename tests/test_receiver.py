"""The webhook receiver of workers/demo/receiver.py over real HTTP on 127.0.0.1: it verifies
Standard Webhooks signatures, records every delivery and answers as scripted."""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from standardwebhooks import Webhook

from workers.demo.receiver import WebhookReceiver


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    # One client for the module: building its TLS context costs ~50 ms a time.
    with httpx.Client(timeout=5) as http:
        yield http


SECRET = "whsec_" + base64.b64encode(b"newsroom-test-secret-32-bytes!!!").decode()
OTHER_SECRET = "whsec_" + base64.b64encode(b"someone-else-secret-32-bytes!!!!").decode()
ALERT = {"type": "article.new", "timestamp": "2025-07-25T10:00:00Z", "data": {"watch": "gaza"}}


def signed_headers(
    body: str, *, secret: str = SECRET, msg_id: str = "msg_1", sent: datetime | None = None
) -> dict[str, str]:
    sent = sent or datetime.now(UTC)
    return {
        "content-type": "application/json",
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(sent.timestamp())),
        "webhook-signature": Webhook(secret).sign(msg_id, sent, body),
    }


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver(secret=SECRET) as hook:
        yield hook


def test_receiver_accepts_a_signed_delivery(
    receiver: WebhookReceiver, client: httpx.Client
) -> None:
    body = json.dumps(ALERT)
    response = client.post(receiver.url, content=body, headers=signed_headers(body))

    assert response.status_code == 200
    (alert,) = receiver.received
    assert alert.verified and alert.error is None
    assert alert.json == ALERT
    assert alert.body == body.encode()
    assert (alert.webhook_id, alert.event_type, alert.status) == ("msg_1", "article.new", 200)


def _forge(kind: str, body: str) -> tuple[str, dict[str, str]]:
    """A delivery that must not verify: (body sent, headers sent)."""
    if kind == "wrong-secret":
        return body, signed_headers(body, secret=OTHER_SECRET)
    if kind == "tampered-body":
        return body.replace("gaza", "ukraine"), signed_headers(body)
    if kind == "no-signature":
        headers = signed_headers(body)
        del headers["webhook-signature"]
        return body, headers
    if kind == "garbage-signature":
        return body, {**signed_headers(body), "webhook-signature": "not-a-signature"}
    if kind == "replayed-too-late":
        return body, signed_headers(body, sent=datetime.now(UTC) - timedelta(minutes=10))
    raise AssertionError(kind)


@pytest.mark.parametrize(
    "forgery",
    ["wrong-secret", "tampered-body", "no-signature", "garbage-signature", "replayed-too-late"],
)
def test_receiver_rejects_a_forged_delivery(
    receiver: WebhookReceiver, client: httpx.Client, forgery: str
) -> None:
    body, headers = _forge(forgery, json.dumps(ALERT))
    response = client.post(receiver.url, content=body, headers=headers)

    assert response.status_code == 401
    (alert,) = receiver.received
    assert not alert.verified
    assert alert.status == 401
    assert alert.error


def test_receiver_without_secret_records_unverified(client: httpx.Client) -> None:
    with WebhookReceiver() as hook:
        response = client.post(hook.url, json=ALERT, headers={"webhook-id": "msg_9"})
        assert response.status_code == 200
        (alert,) = hook.received
    assert not alert.verified
    assert alert.json == ALERT


def test_respond_with_scripts_the_next_responses(
    receiver: WebhookReceiver, client: httpx.Client
) -> None:
    receiver.respond_with(500, 429, headers={"Retry-After": "1"})
    body = json.dumps(ALERT)
    responses = [
        client.post(receiver.url, content=body, headers=signed_headers(body)) for _ in range(3)
    ]

    assert [r.status_code for r in responses] == [500, 429, 200]
    assert [r.headers.get("retry-after") for r in responses] == ["1", "1", None]
    assert [a.status for a in receiver.received] == [500, 429, 200]
    assert receiver.unique_ids() == {"msg_1"}


def test_a_forged_delivery_does_not_consume_the_script(
    receiver: WebhookReceiver, client: httpx.Client
) -> None:
    receiver.respond_with(500)
    body = json.dumps(ALERT)
    forged = client.post(
        receiver.url, content=body, headers=signed_headers(body, secret=OTHER_SECRET)
    )
    genuine = client.post(receiver.url, content=body, headers=signed_headers(body))
    assert (forged.status_code, genuine.status_code) == (401, 500)


def test_wait_for_returns_deliveries_from_another_thread(receiver: WebhookReceiver) -> None:
    def deliver() -> None:
        for n in range(2):
            body = json.dumps({**ALERT, "n": n})
            httpx.post(receiver.url, content=body, headers=signed_headers(body, msg_id=f"msg_{n}"))

    threading.Thread(target=deliver, daemon=True).start()
    alerts = receiver.wait_for(2, timeout=5)
    assert [a.json["n"] for a in alerts] == [0, 1]
    assert receiver.unique_ids() == {"msg_0", "msg_1"}


def test_wait_for_times_out_with_a_clear_message(
    receiver: WebhookReceiver, client: httpx.Client
) -> None:
    body = json.dumps(ALERT)
    client.post(receiver.url, content=body, headers=signed_headers(body))
    with pytest.raises(TimeoutError, match=r"expected 2 deliveries within 0.2s, got 1"):
        receiver.wait_for(2, timeout=0.2)


def test_on_alert_sees_every_delivery_and_cannot_break_the_receiver(
    client: httpx.Client,
) -> None:
    seen: list[str | None] = []

    def callback(alert: object) -> None:
        seen.append(alert.webhook_id)  # type: ignore[attr-defined]
        raise RuntimeError("a buggy consumer")

    with WebhookReceiver(secret=SECRET, on_alert=callback) as hook:
        body = json.dumps(ALERT)
        statuses = [
            client.post(hook.url, content=body, headers=signed_headers(body, msg_id=m)).status_code
            for m in ("msg_a", "msg_b")
        ]
    assert statuses == [200, 200]
    assert seen == ["msg_a", "msg_b"]
