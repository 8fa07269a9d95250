"""The alert stream: every alert created, in order, capped (`newsmon alerts [--follow]`)."""

from __future__ import annotations

from collections.abc import Iterator

import redis

from monitor.state import keys


class AlertStream:
    def __init__(self, client: redis.Redis):
        self._r = client

    def append(self, alert_id: str, event_type: str, payload_json: str,
               watch_id: str = "") -> None:
        """Add an alert. `watch_id` is kept beside the payload, so a reader filtering by
        watch (the read API, a watch's feed) need not decode every payload."""
        fields = {"alert_id": alert_id, "type": event_type, "payload": payload_json}
        self._r.xadd(keys.ALERT_STREAM, {**fields, "watch": watch_id} if watch_id else fields,
                     maxlen=keys.ALERT_STREAM_MAXLEN, approximate=True)

    def recent(self, count: int) -> list[dict]:
        """The last `count` alerts, oldest first."""
        if count <= 0:
            return []
        entries = self._r.xrevrange(keys.ALERT_STREAM, count=count)
        return [_decode(i, f) for i, f in reversed(entries)]

    def older(self, before: str | None = None, count: int = 100) -> list[dict]:
        """Up to `count` alerts added before the one of stream id `before` (from the newest when
        None), newest first: one step of a walk back through the stream. The ids are the
        cursor: alerts added during the walk are newer than its start, so it neither skips nor
        repeats one."""
        if count <= 0:
            return []
        entries = self._r.xrevrange(keys.ALERT_STREAM, max=f"({before}" if before else "+",
                                    min="-", count=count)
        return [_decode(i, f) for i, f in entries]

    def follow(self, block_ms: int = 5000) -> Iterator[dict]:
        """Alerts added from now on, as they arrive (until interrupted, for hours if need be).

        Reads on from the last entry that existed when called, never from "$" again: an alert
        added between two blocking reads would be skipped by a read from "$"."""
        block_ms = _within_read_timeout(self._r, block_ms)
        newest = self._r.xrevrange(keys.ALERT_STREAM, count=1)
        last = newest[0][0] if newest else "0-0"
        while True:
            try:
                result = self._r.xread({keys.ALERT_STREAM: last}, block=block_ms)
            except redis.TimeoutError:
                continue  # a slow answer on a busy server: nothing is lost, read on from `last`
            for _stream, entries in result or []:
                for entry_id, fields in entries:
                    last = entry_id
                    yield _decode(entry_id, fields)


def _within_read_timeout(client: redis.Redis, block_ms: int) -> int:
    """`block_ms`, shortened to half the client's socket timeout: a blocking read the server
    answers only after the socket gave up raises TimeoutError (redis-py's default timeout is
    5 s, so blocking for 5,000 ms crashed `alerts --follow` after a few idle seconds)."""
    timeout = client.connection_pool.connection_kwargs.get(
        "socket_timeout", redis.connection.DEFAULT_SOCKET_TIMEOUT)
    if timeout is None:
        return block_ms
    return max(1, min(block_ms, int(timeout * 1000 / 2)))


def _decode(entry_id: bytes, fields: dict[bytes, bytes]) -> dict:
    return {"stream_id": entry_id.decode(), **{k.decode(): v.decode() for k, v in fields.items()}}
