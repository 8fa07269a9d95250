"""Words as the matcher sees them: cut, folded and stemmed the same way on both sides.

`prepare(title, text)` turns an article into a `Document` once; the parser cuts query words with
the same `WORD_PATTERN`, `fold` and `stem`, so the query side and the article side always agree.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Literal

import snowballstemmer

Field = Literal["title", "text"]
FIELDS: tuple[Field, ...] = ("title", "text")

# A word is a run of letters and digits; an apostrophe inside it (Hamas’s, don't) keeps it whole.
WORD_PATTERN = r"[^\W_]+(?:['’][^\W_]+)*"
_WORD_RE = re.compile(WORD_PATTERN)
# What may separate the two halves of a compound written apart: cease-fire, cease fire.
_COMPOUND_GAP_RE = re.compile(r"[\s\-‐‑]+")

# Snowball stemmer objects keep their working string on the instance: one per thread, because
# Dramatiq workers match articles on several threads at once. snowballstemmer hands out
# PyStemmer's C stemmers when that package is installed (a dependency: the same stems, about
# 100x faster; stemming new words was most of `prepare` in the first pass's profile).
_stemmers = threading.local()


@lru_cache(maxsize=65_536)
def fold(raw_word: str) -> str:
    """Case- and accent-free form of one word: Médecins -> medecins, Hamas’s -> hamas."""
    decomposed = unicodedata.normalize("NFKD", raw_word)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    bare = bare.replace("’", "'")
    bare = bare.removesuffix("'s")
    return bare.replace("'", "")


@lru_cache(maxsize=65_536)
def stem(folded_word: str) -> str:
    """Snowball English stem of a folded word: talks, talked, talking -> talk."""
    stemmer = getattr(_stemmers, "english", None)
    if stemmer is None:
        stemmer = _stemmers.english = snowballstemmer.stemmer("english")
    return stemmer.stemWord(folded_word)


@dataclass(frozen=True, slots=True, eq=False)
class FieldIndex:
    """One field of an article cut into words, with look-ups by stem and by folded form."""

    source: str  # the field's text, NFC-normalised; spans point into it (for snippets)
    spans: list[tuple[int, int]]
    surfaces: list[str]  # folded words, in order
    joinable: list[bool]  # joinable[i]: words i and i+1 may be the halves of one compound
    by_stem: dict[str, list[int]]
    by_surface: dict[str, list[int]]
    vocabulary: list[str]  # distinct folded words, sorted: wildcard look-up by bisection
    word_lengths: frozenset[int]  # of the folded words: where a compound can be cut


@dataclass(frozen=True, slots=True, eq=False)
class Document:
    """An article prepared for matching: build it once with `prepare`, match it many times."""

    title: FieldIndex
    text: FieldIndex

    def field(self, name: Field) -> FieldIndex:
        return self.title if name == "title" else self.text


def prepare(title: str | None, text: str | None) -> Document:
    """Cut, fold and stem an article's title and text once, for any number of `match` calls."""
    return Document(title=_index_field(title or ""), text=_index_field(text or ""))


def _index_field(raw: str) -> FieldIndex:
    # NFC first: a decomposed "é" (e + combining accent) would otherwise split the word in two.
    source = unicodedata.normalize("NFC", raw)
    spans: list[tuple[int, int]] = []
    surfaces: list[str] = []
    for found in _WORD_RE.finditer(source):
        spans.append(found.span())
        surfaces.append(fold(found.group()))
    joinable = [
        _COMPOUND_GAP_RE.fullmatch(source, left[1], right[0]) is not None
        for left, right in pairwise(spans)
    ]
    by_stem: dict[str, list[int]] = {}
    by_surface: dict[str, list[int]] = {}
    for position, surface in enumerate(surfaces):
        by_surface.setdefault(surface, []).append(position)
        by_stem.setdefault(stem(surface), []).append(position)
    return FieldIndex(
        source=source,
        spans=spans,
        surfaces=surfaces,
        joinable=joinable,
        by_stem=by_stem,
        by_surface=by_surface,
        vocabulary=sorted(by_surface),
        word_lengths=frozenset(map(len, by_surface)),
    )
