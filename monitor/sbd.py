"""pysbd's sentence segmenter, with room for the patterns it compiles as it runs.

pysbd (the claims' sentences, the alerts' lead summary) builds regular expressions while it
splits: one per abbreviation found in the text ("al", "no", "st"...), and one per spelling of
it matched ("Al", "AL"). Python's `re` keeps the last 512 compiled patterns and drops the
oldest first, so a worker that also runs trafilatura's patterns compiled pysbd's again for
every article: a fifth of claim extraction and lead summaries (114 corpus texts: 1.21-1.35 CPU
s with the default cache, 0.98 s with room for 8,192). The cache is raised to CACHED_PATTERNS
when this module is imported: a few MB at most, pysbd's patterns being bounded by its
abbreviation list. `re._MAXCACHE` is a CPython detail; where it is absent nothing changes.
"""

from __future__ import annotations

import re

import pysbd

CACHED_PATTERNS = 8192

if getattr(re, "_MAXCACHE", CACHED_PATTERNS) < CACHED_PATTERNS:
    re._MAXCACHE = CACHED_PATTERNS  # type: ignore[attr-defined]


def segmenter(language: str = "en") -> pysbd.Segmenter:
    """A new segmenter (pysbd keeps the text being split on it: one per thread at most).
    Sentences only, the text left as it is (clean=False)."""
    return pysbd.Segmenter(language=language, clean=False)
