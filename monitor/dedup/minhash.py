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

This module is the pure core (normalize, shingle, sign, band, score); the Redis edge is
`monitor.state.neardup.NearDupIndex`.
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash

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
MEMBER_END = b"\xff"  # never occurs in UTF-8, so it sorts after every id of a bucket


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
