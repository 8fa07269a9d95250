"""Deterministic ids: the same alert always has the same id, so a rebuilt or re-sent alert is
recognisably the same one and receivers can dedupe on it."""

from __future__ import annotations

import base64
import hashlib

# 130 bits of the hash: collisions are out of reach and the id stays short in headers and logs.
_ID_CHARS = 26


def _hash_id(*parts: str) -> str:
    # A separator that cannot occur in ids keeps ("a.b", "c") and ("a", "b.c") apart.
    digest = hashlib.sha256("\x1f".join(parts).encode()).digest()
    return "msg_" + base64.b32encode(digest).decode().lower()[:_ID_CHARS]


def alert_id(event_type: str, watch_id: str, article_id: str, version: int) -> str:
    """Deterministic alert id: the same event on the same article version is the same alert."""
    return _hash_id("alert", event_type, watch_id, article_id, str(version))


def webhook_message_id(alert_id: str, sink_name: str) -> str:
    """The `webhook-id` header of one alert sent to one sink: stable across retries and
    replays, so a receiver that dedupes on it never processes an alert twice."""
    return _hash_id("webhook", alert_id, sink_name)
