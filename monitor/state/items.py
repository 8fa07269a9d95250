"""What the feed poller remembers about items between polls, in Redis.

- "queued": an item handed to a worker is not enqueued again by the next polls while its job
  is pending (a marker with a TTL, set after the job is sent: a poll that dies in between sends
  it once more on redelivery, which is harmless, rather than holding the item back);
- "digests": what a feed said about each entry (title, summary, updated date), so a change
  announced by the publisher is noticed.
"""

from __future__ import annotations

import hashlib

import redis

from monitor.state import keys


class FeedItemMarks:
    def __init__(self, client: redis.Redis):
        self._r = client

    def queued(self, item_key: str) -> bool:
        return bool(self._r.exists(_queued_key(item_key)))

    def mark_queued(self, item_key: str) -> None:
        self._r.set(_queued_key(item_key), "1", ex=keys.ITEM_QUEUED_TTL)

    def swap_digests(self, digests: dict[str, str]) -> dict[str, str | None]:
        """Store the new digest of each item key and return the ones stored before."""
        if not digests:
            return {}
        before = self._r.hmget(keys.ITEM_DIGESTS, list(digests))
        self._r.hset(keys.ITEM_DIGESTS, mapping=digests)
        return {key: (old.decode() if old is not None else None)
                for key, old in zip(digests, before, strict=True)}


def _queued_key(item_key: str) -> str:
    return keys.item_queued(hashlib.sha256(item_key.encode()).hexdigest()[:24])
