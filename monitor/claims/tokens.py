"""Tokens of a sentence, and its direct quotes masked.

    tokens(text, offset) -> list[Token]            words, numbers, abbreviations, punctuation
    long_quotes(sentence) -> [(start, end)]         direct quotes of 4+ words
    frame_tokens(sentence, quotes) -> list[Token]   tokens outside quotes, a quote = QUOTE_MARK
"""

from __future__ import annotations

import re
from typing import NamedTuple

from monitor.claims import lexicon as lx

# The kinds of token, one home for the frame tokens and the word diff (worddiff.py). A lowercase
# word first: most tokens are one, and no other kind starts with [a-z] (this is the words kind
# below, tried early).
TOKEN_KINDS = (
    r"[a-z]\w*(?:['\-]\w+)*"
    r"|(?:[A-Z]\.){2,}"  # U.S., U.N.
    r"|(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|St|Jr|Sr)\.(?=\s)"  # titles
    r"|[A-Z]\.(?=\s[A-Z])"  # a middle initial: "William G. Gale", "C. Eugene Steuerle"
    r"|\d+(?:[.,]\d+)*"  # 35,000  1.5
    r"|\w+(?:['\-]\w+)*"  # words, Hamas's, US-Hamas, isn't
    r"|[^\w\s]"  # punctuation, one mark a token
)
# Every character that is not a space belongs to a token (the last kinds take any word
# character and any other mark), so between two tokens there are only spaces: the pattern reads
# them with the token, and findall returns (spaces, token) pairs from which the offsets follow
# by adding lengths - no match object per token.
_SPACES_AND_TOKEN = re.compile(rf"(\s*)({TOKEN_KINDS})")
QUOTE_MARK = "<Q>"  # stands for a masked quote in the frame tokens
BOUNDARY_PUNCT = frozenset(",;:()[]\"-!?." + "\u2026") | {QUOTE_MARK}
MIN_QUOTE_WORDS = 4


class Token(NamedTuple):
    text: str
    start: int
    end: int
    lower: str  # text.lower(), read a dozen times per token: computed once

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()


_QUOTE_MARK_RE = re.compile('"')


def _quote_spans(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of double quotes. An unmatched opening quote
    runs to the end of the sentence (a quote continued in the next sentence)."""
    if '"' not in sentence:
        return []
    marks = [m.start() for m in _QUOTE_MARK_RE.finditer(sentence)]
    if len(marks) % 2:
        marks.append(len(sentence))
    return [(marks[i] + 1, marks[i + 1]) for i in range(0, len(marks), 2)]


def long_quotes(sentence: str) -> list[tuple[int, int]]:
    return [(a, b) for a, b in _quote_spans(sentence)
            if len(lx.WORD_RE.findall(sentence[a:b])) >= MIN_QUOTE_WORDS]


def tokens(text: str, offset: int = 0) -> list[Token]:
    out = []
    end = offset
    for spaces, word in _SPACES_AND_TOKEN.findall(text):
        start = end + len(spaces)
        end = start + len(word)
        out.append(_new_tuple(Token, (word, start, end, word.lower())))
    return out


# Token(...) is a Python-level call per token (NamedTuple.__new__); this builds the same tuple
# without it, a third of the cost of tokenizing.
_new_tuple = tuple.__new__


def frame_tokens(sentence: str, quotes: list[tuple[int, int]]) -> list[Token]:
    """The sentence's tokens outside long quotes, each quote replaced by one QUOTE_MARK."""
    out: list[Token] = []
    cursor = 0
    for start, end in quotes:
        out.extend(tokens(sentence[cursor:start], cursor))
        out.append(Token(QUOTE_MARK, start, end, QUOTE_MARK.lower()))
        cursor = end
    out.extend(tokens(sentence[cursor:], cursor))
    return out


def starts_clause(tokens: list[Token], i: int) -> bool:
    """tokens[i] opens the sentence or a clause where anything may be capitalized."""
    return i == 0 or tokens[i - 1].text in ('"', ":", QUOTE_MARK, "(")
