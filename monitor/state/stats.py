"""Counters shown by `newsmon status`: one Redis hash, owned here."""

from __future__ import annotations

import redis

from monitor.state import keys


class Counters:
    def __init__(self, client: redis.Redis):
        self._r = client

    def incr(self, name: str, by: int = 1, pipe: redis.client.Pipeline | None = None) -> None:
        """Add to a counter; inside `pipe` when the count must go with another write."""
        (pipe or self._r).hincrby(keys.STATS, name, by)

    def all(self) -> dict[str, int]:
        return {k.decode(): int(v) for k, v in self._r.hgetall(keys.STATS).items()}
