"""Which words are words, and when two words are one word spelled twice.

    is_known_word(word) -> bool         in a shipped word list (English, French, Spanish, German)
    is_typo_pair(a, b) -> bool          one is a misspelling of the other ("confrimed"/"confirmed")

The word lists are pyspellchecker's word-frequency files, which ship inside the package (no
download at run time). A typo fix is told from a word change by two rules a reader can check:
the two words are a small edit apart (Damerau-Levenshtein: 1 slip in a word of up to 5
letters, 2 in a longer one), and one of them is a word and the other is not: in no list of
the sentence's language, or counted at most TYPO_MAX_COUNT times and TYPO_FREQUENCY_RATIO
times less than the other ("recieve" is in no list; "unlikely" against "likely", "carving"
against "having" are words against words, never typos). Names in no list fall back to the
rule of style.is_slip (one slip per six letters: "Guteres" = "Guterres").
"""

from __future__ import annotations

import threading

from rapidfuzz.distance import DamerauLevenshtein

LANGUAGES = ("en", "fr", "es", "de")
# A word this many times rarer than a word one slip away is taken for its misspelling.
TYPO_FREQUENCY_RATIO = 100
# ... and no more frequent than this: the lists hold some misspellings with small counts, but
# a word counted thousands of times ("carving" against "having") is a word.
TYPO_MAX_COUNT = 50

_lock = threading.Lock()
_frequencies: list[dict[str, int]] = []


def _lists() -> list[dict[str, int]]:
    """The frequency lists, loaded once per process (~0.3 s) under a lock: threads that ask
    together wait for the one load."""
    if not _frequencies:
        with _lock:
            if not _frequencies:
                from spellchecker import SpellChecker

                _frequencies.extend(
                    SpellChecker(language=lang, distance=1).word_frequency.dictionary
                    for lang in LANGUAGES)
    return _frequencies


def frequency(word: str, language: str | None = None) -> int:
    """The count of the lowercased word in the list of `language`, or the highest in any list
    (0: in none)."""
    lowered = word.lower()
    if language is not None:
        return _lists()[LANGUAGES.index(language)].get(lowered, 0)
    return max(table.get(lowered, 0) for table in _lists())


def is_known_word(word: str) -> bool:
    return frequency(word) > 0


def language_of(words: list[str]) -> str:
    """The language whose list knows most of the words (English on a tie): a misspelled
    English word can be a French one ("pitance"), so a typo is judged in one language."""
    lowered = [w.lower() for w in words]
    known = [sum(1 for w in lowered if w in table) for table in _lists()]
    return LANGUAGES[known.index(max(known))]


def max_slips(a: str, b: str) -> int:
    return 1 if min(len(a), len(b)) <= 5 else 2


def is_typo_pair(a: str, b: str, language: str | None = None) -> bool:
    """Is one of the two alphabetic words a misspelling of the other (in `language`, or in
    any of the lists)?"""
    if a.lower() == b.lower():
        return True  # case only: sentence keys ignore it too
    if not (a.isalpha() and b.isalpha()):
        return False
    if DamerauLevenshtein.distance(a.lower(), b.lower()) > max_slips(a, b):
        return False
    fa, fb = frequency(a, language), frequency(b, language)
    rare, common = min(fa, fb), max(fa, fb)
    return (common > 0 and rare <= TYPO_MAX_COUNT
            and rare * TYPO_FREQUENCY_RATIO < common)
