"""Decoded story-ledger entries kept per process, so a worker decodes an entry once.

A new piece reads a few hundred candidate entries of its story (monitor.state.story_ledger);
decoding each (JSON, then the claim's frame into a Claim) is most of what grows with the story.
Consecutive pieces of a story read mostly the same entries, so a worker keeps the decoded ones.

Why a cached entry is never stale: an entry is written once (StoryLedger.add gives it a new id
and never writes that id again) and only ever deleted (eviction of the oldest, or the whole
story's keys going). A deleted story's ids start again at 1, and a test's flushed Redis too, so
an id alone could name another entry later: a hit counts only when the bytes Redis hands out
now are the bytes that were decoded (one memcmp), and anything else is decoded afresh.

The entries handed out are shared between reads: callers read them and never change them.
A worker's job threads share its cache (one Context): a lock keeps the LRU whole.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict

from monitor.claims import Claim

# ~4.3 KB of Python objects per entry decoded (entry dict, Claim, its frame; measured with
# tracemalloc on the corpus's entries) and ~0.7 KB of bytes kept to check hits: ~20 MB per
# worker at most. A piece of a full story reads ~265 candidates, and the latest 10 pieces of
# one read ~1,000-1,350 distinct entries (benchmarks/bench_ledger.py, warm): 4,096 keep
# that of three such stories.
MAX_DECODED = 4096

Decoded = tuple[dict, Claim]


class DecodedEntries:
    """(story, entry id) -> (the entry's bytes, the entry, its Claim): a bounded LRU."""

    def __init__(self, max_entries: int = MAX_DECODED):
        self._max = max_entries
        self._kept: OrderedDict[tuple[str, int], tuple[bytes, dict, Claim]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def decode(self, watch_id: str, read: list[tuple[int, bytes]]) -> list[Decoded]:
        """The entries of `read` ((id, bytes) as Redis handed them out), decoded, in order:
        those seen before from this process's memory, the others decoded in one go."""
        found: list[Decoded | None] = [None] * len(read)
        missing: list[int] = []
        with self._lock:
            for n, (entry_id, raw) in enumerate(read):
                kept = self._kept.get((watch_id, entry_id))
                if kept is not None and kept[0] == raw:
                    self._kept.move_to_end((watch_id, entry_id))
                    found[n] = kept[1], kept[2]
                else:
                    missing.append(n)
            self.hits += len(read) - len(missing)
            self.misses += len(missing)
        if not missing:
            return found  # type: ignore[return-value]  # every slot filled
        # One JSON decode of all (faster than one per entry), outside the lock.
        fresh = json.loads(b"[" + b",".join(read[n][1] for n in missing) + b"]")
        for n, entry in zip(missing, fresh, strict=True):
            found[n] = entry, Claim.from_dict(entry["claim"])
        with self._lock:
            for n in missing:
                entry, claim = found[n]  # type: ignore[misc]  # filled just above
                self._kept[(watch_id, read[n][0])] = (read[n][1], entry, claim)
            while len(self._kept) > self._max:
                self._kept.popitem(last=False)
        return found  # type: ignore[return-value]  # every slot filled above

    def clear(self) -> None:
        """Forget everything: the state of a worker just started."""
        with self._lock:
            self._kept.clear()
            self.hits = self.misses = 0
