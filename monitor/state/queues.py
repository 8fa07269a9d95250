"""Time-scored work queues in Redis: a member becomes due at its score (unix time).

Like rq's registries, one class owns each sorted set and nothing else touches its key. The
scheduler claims due members (ZREM is the claim: when two schedulers race, only the one whose
ZREM removed a member owns it) and enqueues the matching job.
"""

from __future__ import annotations

import redis

from monitor.state import keys


class DueQueue:
    def __init__(self, client: redis.Redis, key: str):
        self._r = client
        self._key = key

    def schedule(self, member: str, due: float, *, keep_earlier: bool = False,
                 pipe: redis.client.Pipeline | None = None) -> None:
        """Make `member` due at `due`. With `keep_earlier`, a member already queued keeps its
        time (a redelivered job must not push back a retry that is already scheduled)."""
        (pipe or self._r).zadd(self._key, {member: due}, nx=keep_earlier)

    def remove(self, member: str, pipe: redis.client.Pipeline | None = None) -> None:
        (pipe or self._r).zrem(self._key, member)

    def due_at(self, member: str) -> float | None:
        return self._r.zscore(self._key, member)

    def claim_due(self, now: float, limit: int = 100) -> list[str]:
        """Members whose time has come, each removed by (and so owned by) this caller."""
        due = self._r.zrangebyscore(self._key, "-inf", now, start=0, num=limit)
        if not due:
            return []
        # One round trip for all the ZREMs; each one's own answer still says who owns it.
        with self._r.pipeline(transaction=False) as pipe:
            for member in due:
                pipe.zrem(self._key, member)
            removed = pipe.execute()
        return [m.decode() for m, won in zip(due, removed, strict=True) if won]

    def __len__(self) -> int:
        return int(self._r.zcard(self._key))


def edit_checks(client: redis.Redis) -> DueQueue:
    """Watched articles, due for their next re-fetch (edit check)."""
    return DueQueue(client, keys.REFETCH_DUE)


def page_retries(client: redis.Redis) -> DueQueue:
    """Summary-only articles, due for another try at fetching their page."""
    return DueQueue(client, keys.PENDING_FETCH)
