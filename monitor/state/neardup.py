"""The shared near-duplicate index in Redis: LSH buckets and stored MinHash signatures.

The pure core (shingles, signatures, bands, containment) is monitor.dedup.minhash.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

import redis

from monitor.dedup.minhash import (
    BUCKET_CAP,
    DEFAULT_MIN_WORDS,
    DEFAULT_THRESHOLD,
    MEMBER_END,
    Signature,
    band_hashes,
    bucket_shard,
    pack_record,
    pick_original,
    signature,
    unpack_record,
)
from monitor.state import keys

# Adds a record and its buckets in one step: two workers adding at once can neither interleave
# half-written entries nor index the same id twice (HSETNX decides who was first).
_ADD_SCRIPT = """
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
for i = 2, #KEYS do redis.call('ZADD', KEYS[i], 0, ARGV[i + 1]) end
return 1
"""


class NearDupIndex:
    """The shared near-duplicate index of every worker, kept in Redis under keys.NEARDUP_*.

    `find_original(text)` answers with the id of an indexed article that `text` copies;
    `add(article_id, text)` indexes a piece (idempotent: the first text of an id stays);
    `remove(article_id)` takes it out. Texts under `min_words` words are never matched or indexed.
    """

    def __init__(
        self,
        redis_client: redis.Redis,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        min_words: int = DEFAULT_MIN_WORDS,
    ):
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        self._redis = redis_client
        self.threshold = threshold
        self.min_words = min_words
        self._add_script = redis_client.register_script(_ADD_SCRIPT)

    def find_original(self, text: str) -> str | None:
        return self.find_original_of_signature(signature(text))

    def find_original_of_signature(self, sig: Signature) -> str | None:
        """find_original for a signature computed beforehand."""
        if not self._long_enough(sig):
            return None
        candidates = self.candidates(sig)
        if not candidates:
            return None
        verdict = pick_original(sig, self._stored(candidates), self.threshold)
        return verdict.article_id if verdict else None

    def add(self, article_id: str, text: str) -> None:
        self.add_signature(article_id, signature(text))

    def add_signature(self, article_id: str, sig: Signature) -> None:
        """add() for a signature computed beforehand (the item job signs a text once)."""
        self.add_signatures([(article_id, sig)])

    def add_signatures(self, items: Iterable[tuple[str, Signature]], batch: int = 1000) -> None:
        """Index precomputed signatures, `batch` per round trip (bulk loads, re-indexing).
        Each article is still added atomically; signatures under min_words are skipped."""
        pipe = self._redis.pipeline(transaction=False)
        for article_id, sig in items:
            if not self._long_enough(sig):
                continue
            hashes = band_hashes(sig)
            self._add_script(
                keys=[
                    keys.NEARDUP_SIGNATURES,
                    *(keys.neardup_buckets(bucket_shard(h)) for h in hashes),
                ],
                args=[
                    article_id,
                    pack_record(sig, time.time()),
                    *(h + article_id.encode() for h in hashes),
                ],
                client=pipe,
            )
            if len(pipe) >= batch:
                pipe.execute()
        if len(pipe):
            pipe.execute()

    def remove(self, article_id: str) -> None:
        raw = self._redis.hget(keys.NEARDUP_SIGNATURES, article_id)
        if raw is None:
            return
        sig, _ = unpack_record(raw)
        pipe = self._redis.pipeline(transaction=True)
        for h in band_hashes(sig):
            pipe.zrem(keys.neardup_buckets(bucket_shard(h)), h + article_id.encode())
        pipe.hdel(keys.NEARDUP_SIGNATURES, article_id)
        pipe.execute()

    def __contains__(self, article_id: str) -> bool:
        return bool(self._redis.hexists(keys.NEARDUP_SIGNATURES, article_id))

    def _long_enough(self, sig: Signature) -> bool:
        return sig.words >= self.min_words and sig.shingles > 0

    def candidates(self, sig: Signature) -> list[str]:
        """Ids sharing at least one LSH bucket with `sig`, unverified: one round trip."""
        pipe = self._redis.pipeline(transaction=False)
        for h in band_hashes(sig):
            pipe.zrangebylex(
                keys.neardup_buckets(bucket_shard(h)),
                b"[" + h,
                b"(" + h + MEMBER_END,
                start=0,
                num=BUCKET_CAP,
            )
        found: dict[str, None] = {}  # ordered set: verify in the order found
        for members in pipe.execute():
            for member in members:
                found.setdefault(member[8:].decode(), None)
        return list(found)

    def _stored(self, article_ids: list[str]) -> dict[str, tuple[Signature, float]]:
        raws = self._redis.hmget(keys.NEARDUP_SIGNATURES, article_ids)
        # An id can vanish between the two round trips (remove() ran): it is simply skipped.
        return {
            aid: unpack_record(raw)
            for aid, raw in zip(article_ids, raws, strict=True)
            if raw is not None
        }
