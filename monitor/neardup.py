"""Near-duplicate detection across sources: one alert per piece, not one per syndicated copy.

How it works (the measurements behind every choice are in docs/neardup.md):

- A text becomes the SET of its word 3-grams after normalization (NFKC, case-folded,
  punctuation dropped). A set, so a sentence repeated ten times by an SEO site counts once.
- The set becomes a 128-value MinHash (datasketch, scheme ``affine32``, fixed seed): from two
  signatures we estimate the Jaccard similarity J and, with the set sizes, the containment of the
  new text in an older one, ``|new ∩ old| / |new|``.
- Candidates come from LSH banding stored in Redis: the first 64 values, 32 bands of 2. A band's
  8-byte hash is the bucket; buckets live as members ``band_hash + article_id`` of sorted sets
  sharded by the hash's top bits, so one ZRANGEBYLEX reads one bucket and every write is a
  single atomic ZADD.
- Every candidate is verified against its stored signature: the new text is a copy when its
  estimated containment in the candidate reaches ``threshold``. Containment rather than Jaccard
  because a copy that trims the last paragraphs, or drops one, is still a copy; it is directional
  on purpose: an old text buried inside a much longer new one is a new piece.

Pure core (normalize, shingle, sign, band, score) first; the Redis edge is `NearDupIndex`.
"""

from __future__ import annotations

import hashlib
import re
import struct
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import redis
from datasketch import MinHash

from monitor import keys
from monitor.errors import NewsmonError

SHINGLE_WORDS = 3  # word n-gram size (calibrated: docs/neardup.md)
NUM_PERM = 128  # MinHash values kept per article: all of them verify a candidate
BANDS = 32  # LSH bands ...
ROWS = 2  # ... of this many values each: P(candidate) = 1 - (1 - J^2)^32, 0.996 at J = 0.4
SEED = 1  # fixed forever: stored signatures are only comparable under the same permutations
SCHEME = "affine32"  # datasketch's hashing scheme, pinned for the same reason
SHARD_BITS = 16  # buckets are spread over 2^16 sorted sets, small enough to stay listpack-encoded
BUCKET_CAP = 16  # ids read from one bucket at most: bounds the cost of a crowded bucket
DEFAULT_THRESHOLD = 0.4  # calibrated: see docs/neardup.md and tests/neardup_cases.py
DEFAULT_MIN_WORDS = 50

_WORD = re.compile(r"\w+")
_RECORD_HEAD = struct.Struct("<dI")  # added_at (unix seconds), distinct shingles
_MEMBER_END = b"\xff"  # never occurs in UTF-8, so it sorts after every id of a bucket


class NearDupError(NewsmonError):
    """The near-duplicate index could not be read or written (Redis failed)."""


# --- pure core ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Signature:
    """What near-duplicate matching knows about one text."""

    words: int  # normalized words in the text (compared with min_words)
    shingles: int  # distinct word shingles (the set size behind the MinHash)
    hashvalues: np.ndarray  # NUM_PERM uint32 MinHash values


def normalized_words(text: str) -> list[str]:
    """Words compared for near-duplicates: NFKC folds typographic variants (ligatures,
    full-width forms, non-breaking spaces), casefold ignores case, \\w+ drops punctuation."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def word_shingles(words: list[str], size: int = SHINGLE_WORDS) -> set[bytes]:
    """The set of word n-grams. A text shorter than `size` words is one shingle of all of it."""
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    # datasketch draws the permutations from SEED on every MinHash(); drawing them once is
    # what makes signing a long text cost about one hashing pass.
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def signature(text: str) -> Signature:
    """The MinHash signature of `text`'s word-shingle set (pure: same text, same signature)."""
    words = normalized_words(text)
    shingle_set = word_shingles(words)
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    minhash.update_batch(shingle_set)
    return Signature(
        words=len(words),
        shingles=len(shingle_set),
        hashvalues=minhash.hashvalues.astype(np.uint32),
    )


def estimated_jaccard(a: Signature, b: Signature) -> float:
    return float(np.count_nonzero(a.hashvalues == b.hashvalues)) / NUM_PERM


def estimated_containment(new: Signature, old: Signature) -> float:
    """Share of `new`'s shingles also in `old`: |new ∩ old| / |new|, from the Jaccard estimate
    and the exact set sizes (|A ∩ B| = J (|A| + |B|) / (1 + J))."""
    if new.shingles == 0:
        return 0.0
    jaccard = estimated_jaccard(new, old)
    intersection = jaccard * (new.shingles + old.shingles) / (1.0 + jaccard)
    return min(1.0, intersection / new.shingles)


def band_hashes(sig: Signature) -> list[bytes]:
    """One 8-byte bucket hash per LSH band. The band number is hashed in, so equal values in
    different bands never share a bucket."""
    rows = sig.hashvalues[: BANDS * ROWS].astype("<u4").reshape(BANDS, ROWS)
    return [
        hashlib.blake2b(bytes([band]) + rows[band].tobytes(), digest_size=8).digest()
        for band in range(BANDS)
    ]


def bucket_shard(band_hash: bytes) -> int:
    return int.from_bytes(band_hash[:2], "big") >> (16 - SHARD_BITS)


def pack_record(sig: Signature, added_at: float) -> bytes:
    return _RECORD_HEAD.pack(added_at, sig.shingles) + sig.hashvalues.astype("<u4").tobytes()


def unpack_record(raw: bytes) -> tuple[Signature, float]:
    """The stored signature (words are not stored: only indexed texts have records, and
    those passed min_words already) and the time it was added."""
    added_at, shingles = _RECORD_HEAD.unpack_from(raw)
    values = np.frombuffer(raw, dtype="<u4", offset=_RECORD_HEAD.size).astype(np.uint32)
    return Signature(words=0, shingles=shingles, hashvalues=values), added_at


@dataclass(frozen=True)
class Verdict:
    article_id: str
    containment: float
    added_at: float


def pick_original(
    new: Signature, stored: dict[str, tuple[Signature, float]], threshold: float
) -> Verdict | None:
    """The earliest-added stored article that `new` copies, or None. Earliest, because when a
    copy was indexed too, folding into the first one keeps every copy under one piece."""
    verdicts = [
        Verdict(article_id, estimated_containment(new, sig), added_at)
        for article_id, (sig, added_at) in stored.items()
    ]
    copies = [v for v in verdicts if v.containment >= threshold]
    if not copies:
        return None
    return min(copies, key=lambda v: (v.added_at, -v.containment, v.article_id))


# --- Redis edge ---------------------------------------------------------------------------------

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
        self.add_signatures([(article_id, signature(text))])

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
                self._call(pipe.execute)
        if len(pipe):
            self._call(pipe.execute)

    def remove(self, article_id: str) -> None:
        raw = self._call(self._redis.hget, keys.NEARDUP_SIGNATURES, article_id)
        if raw is None:
            return
        sig, _ = unpack_record(raw)
        pipe = self._redis.pipeline(transaction=True)
        for h in band_hashes(sig):
            pipe.zrem(keys.neardup_buckets(bucket_shard(h)), h + article_id.encode())
        pipe.hdel(keys.NEARDUP_SIGNATURES, article_id)
        self._call(pipe.execute)

    def __contains__(self, article_id: str) -> bool:
        return bool(self._call(self._redis.hexists, keys.NEARDUP_SIGNATURES, article_id))

    def _long_enough(self, sig: Signature) -> bool:
        return sig.words >= self.min_words and sig.shingles > 0

    def candidates(self, sig: Signature) -> list[str]:
        """Ids sharing at least one LSH bucket with `sig`, unverified: one round trip."""
        pipe = self._redis.pipeline(transaction=False)
        for h in band_hashes(sig):
            pipe.zrangebylex(
                keys.neardup_buckets(bucket_shard(h)),
                b"[" + h,
                b"(" + h + _MEMBER_END,
                start=0,
                num=BUCKET_CAP,
            )
        found: dict[str, None] = {}  # ordered set: verify in the order found
        for members in self._call(pipe.execute):
            for member in members:
                found.setdefault(member[8:].decode(), None)
        return list(found)

    def _stored(self, article_ids: list[str]) -> dict[str, tuple[Signature, float]]:
        raws = self._call(self._redis.hmget, keys.NEARDUP_SIGNATURES, article_ids)
        # An id can vanish between the two round trips (remove() ran): it is simply skipped.
        return {
            aid: unpack_record(raw)
            for aid, raw in zip(article_ids, raws, strict=True)
            if raw is not None
        }

    @staticmethod
    def _call(command, *args, **kwargs):
        try:
            return command(*args, **kwargs)
        except redis.RedisError as exc:
            raise NearDupError(f"near-duplicate index: {exc}") from exc
