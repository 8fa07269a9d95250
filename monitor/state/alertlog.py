"""Reading the alert stream for `newsmon alerts [--follow]`."""

from __future__ import annotations

import json
from collections.abc import Iterator

import redis

from monitor.state import keys


def _decode(entry_id: bytes, fields: dict[bytes, bytes]) -> dict:
    return {"stream_id": entry_id.decode(), **{k.decode(): v.decode() for k, v in fields.items()}}


def recent(client: redis.Redis, count: int) -> list[dict]:
    """The last `count` alerts, oldest first."""
    if count <= 0:
        return []
    entries = client.xrevrange(keys.ALERT_STREAM, count=count)
    return [_decode(i, f) for i, f in reversed(entries)]


def follow(client: redis.Redis, block_ms: int = 5000) -> Iterator[dict]:
    """Alerts added from now on, as they arrive (until interrupted)."""
    last = "$"
    while True:
        for _stream, entries in client.xread({keys.ALERT_STREAM: last}, block=block_ms) or []:
            for entry_id, fields in entries:
                last = entry_id
                yield _decode(entry_id, fields)


def render(entry: dict, *, as_json: bool = False) -> str:
    if as_json:
        return entry["payload"]
    payload = json.loads(entry["payload"])
    data = payload["data"]
    article = data.get("article", {})
    head = f"{payload['timestamp']}  {payload['type']:<24} [{data['watch']['id']}]"
    if payload["type"] == "article.claims_changed":
        return f"{head} {article.get('title', '')}\n    {data.get('summary', '')}"
    story = data.get("story", {})
    return (f"{head} {article.get('title', '')} — {article.get('source', '')}\n"
            f"    piece {story.get('piece_number', '?')} of the story, {story.get('sources', '?')}"
            f" source(s); {article.get('url', '')}")
