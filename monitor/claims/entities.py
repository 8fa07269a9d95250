"""Named entities of a sentence: a small rule-based recognizer, and the keys names compare by.

    entities(tokens, skip) -> (spans as written, token indexes covered)
    span_keys("UN Secretary-General António Guterres") -> (un, secretary, general, antónio, guterres)

Runs of capitalized words that are not sentence starters, function words, months or
weekdays; acronyms. Title Case headlines never reach here (sentences.is_junk_line drops them)
because their capitals say nothing about names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from monitor.claims import lexicon as lx
from monitor.claims.tokens import Token, starts_clause


def _is_name_word(tokens: list[Token], i: int) -> bool:
    token = tokens[i]
    if not token.text[0].isupper() or token.text in lx.DATE_NAMES:  # a token is never empty
        return False
    if len(token.text) > 1 and token.text.replace(".", "").isupper():
        return True  # acronyms: US, UN, CIA (even when they spell a stop word)
    bare = strip_possessive(token.text).lower()
    if bare in lx.STOP_CAPS or token.lower in lx.STOP_CAPS or bare in _QUALIFIER_WORDS:
        return False
    if starts_clause(tokens, i) and bare.endswith(("ly", "ing", "ed")) and not (
            i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()):
        return False  # "Reportedly", "Citing", "Disappointed" opening a sentence; but
        # "United Nations", "Breaking Bad": a name goes on
    return True


# "Fewer than 6,000 ..." opening a sentence: a qualifier's words are never names.
_QUALIFIER_WORDS = frozenset(word for phrase in lx.QUALIFIERS for word in phrase.split())


def strip_possessive(word: str) -> str:
    """"Hamas's" -> "Hamas", "Hamas'" -> "Hamas"."""
    if word.endswith(("'s", "'S")):
        return word[:-2]
    return word[:-1] if word.endswith("'") else word


def find_entities(tokens: list[Token], skip: set[int]) -> tuple[list[str], set[int]]:
    """Capitalized spans, as written, and the token indexes they cover."""
    spans: list[str] = []
    covered: set[int] = set()
    consumed = 0  # tokens before this index belong to a span already
    for i in [k for k, token in enumerate(tokens) if token.text[0].isupper()]:
        if i < consumed or i in skip or not _is_name_word(tokens, i):
            continue
        words = [tokens[i].text]
        members = [i]
        j = i + 1
        while j < len(tokens) and j not in skip:
            if _is_name_word(tokens, j):
                words.append(tokens[j].text)
                members.append(j)
                j += 1
            elif (tokens[j].lower in lx.NAME_CONNECTORS and j + 1 < len(tokens)
                  and _is_name_word(tokens, j + 1)):
                words.extend((tokens[j].text, tokens[j + 1].text))
                members.extend((j, j + 1))
                j += 2
            else:
                break
        spans.append(strip_possessive(" ".join(words)))
        covered.update(members)
        consumed = j
    return list(dict.fromkeys(spans)), covered


_MULTIWORD_ALIASES = tuple((alias, key) for alias, key in lx.ENTITY_ALIASES.items() if " " in alias)
_KEY_WORD_BREAK = re.compile(r"[^\w.']+")


@lru_cache(maxsize=16384)
def span_keys(span: str) -> tuple[str, ...]:
    """Word-level keys of one entity span, in order: "UN Secretary-General António Guterres"
    -> un, secretary, general, antónio, guterres; "U.S." = "US" = "United States" -> us."""
    lowered = span.lower()
    for alias, key in _MULTIWORD_ALIASES:
        if alias in lowered:
            lowered = lowered.replace(alias, key)
    keys = []
    for word in _KEY_WORD_BREAK.split(lowered):
        word = strip_possessive(word.replace(".", ""))
        word = lx.ENTITY_ALIASES.get(word, word)
        if word and word not in lx.NAME_CONNECTORS:
            keys.append(word)
    return tuple(dict.fromkeys(keys))


def entity_keys(spans: tuple[str, ...] | list[str]) -> frozenset[str]:
    """All keys of some entity spans, compared as sets, so span boundaries and word order do
    not matter."""
    return frozenset(key for span in spans for key in span_keys(span))

