"""The exact-dedup indexes in Redis: item key, canonical URL and content hash -> article id.

The keys themselves are pure functions in monitor.dedup.keys; this is the "have I seen it" edge.
"""

from __future__ import annotations

import redis

from monitor.state import keys


class DedupStore:
    """The three exact-dedup indexes in Redis: item key, canonical URL and content hash, each
    pointing at an article id. `remember` writes with HSETNX, so the first writer of a key wins
    and a redelivered job cannot repoint it."""

    def __init__(self, client: redis.Redis):
        self._r = client

    def article_for_item(self, item_key: str) -> str | None:
        return _text(self._r.hget(keys.ITEM_TO_ARTICLE, item_key))

    def articles_for_items(self, item_keys: list[str]) -> list[str | None]:
        """`article_for_item` for many keys in one round trip."""
        if not item_keys:
            return []
        return [_text(v) for v in self._r.hmget(keys.ITEM_TO_ARTICLE, item_keys)]

    def article_for_url(self, canonical: str) -> str | None:
        return _text(self._r.hget(keys.URL_TO_ARTICLE, canonical))

    def article_for_hash(self, digest: str) -> str | None:
        return _text(self._r.hget(keys.HASH_TO_ARTICLE, digest))

    def remember(self, article: str, *, item_key: str | None = None, urls: tuple[str, ...] = (),
                 digest: str | None = None) -> None:
        """Point the given keys at `article` (first writer wins)."""
        with self._r.pipeline() as pipe:
            if item_key:
                pipe.hsetnx(keys.ITEM_TO_ARTICLE, item_key, article)
            for url in dict.fromkeys(urls):
                pipe.hsetnx(keys.URL_TO_ARTICLE, url, article)
            if digest:
                pipe.hsetnx(keys.HASH_TO_ARTICLE, digest, article)
            pipe.execute()


def _text(value: bytes | None) -> str | None:
    return value.decode() if value is not None else None
