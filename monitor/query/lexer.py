"""Cutting a query's text into tokens, each with its 1-based column for error messages.

Operators are recognised in any case (AND, and, And): the words "and", "or" and "not" carry no
meaning as search terms, so taking them as operators is what a user who writes `gaza or hamas`
means. Inside quotes every word is a word: `"not guilty"` is a phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.errors import QuerySyntaxError
from monitor.query.text import FIELDS

_QUOTES = '"“”'
_STOPS = "()" + _QUOTES  # end a bare word
_OPERATORS = {"AND": "and", "OR": "or", "NOT": "not"}
_FIELD_PREFIX_RE = re.compile(r"([^\W\d_]+):")

# How error messages name a token kind that has no text of its own to quote.
LABELS = {"and": "AND", "or": "OR", "not": "NOT", "minus": "'-'", "exact": "'='"}


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # word phrase field and or not minus exact ( ) end
    text: str
    column: int  # 1-based

    def describe(self) -> str:
        if self.kind in ("word", "phrase"):
            return repr(self.text)
        return LABELS.get(self.kind, f"'{self.text}'")


def tokenize(source: str) -> list[Token]:
    """The tokens of `source`, ending with an `end` token; QuerySyntaxError on a lexical error."""
    tokens: list[Token] = []
    i = 0
    while i < len(source):
        char = source[i]
        if char.isspace():
            i += 1
            continue
        if char in "()":
            token, i = Token(char, char, i + 1), i + 1
        elif char in _QUOTES:
            token, i = _phrase(source, i)
        elif char in "-=":
            token, i = _modifier(source, i)
        else:
            token, i = _word(source, i)
        tokens.append(token)
    tokens.append(Token("end", "", len(source) + 1))
    return tokens


# Each reader below takes the source and the index where its token starts, and returns the
# token with the index where the next one may start.


def _phrase(source: str, i: int) -> tuple[Token, int]:
    column = i + 1
    close = next((j for j in range(i + 1, len(source)) if source[j] in _QUOTES), None)
    if close is None:
        raise QuerySyntaxError(f"unclosed quote opened at column {column}", column)
    return Token("phrase", source[i + 1 : close], column), close + 1


def _modifier(source: str, i: int) -> tuple[Token, int]:
    """`-` (exclude) or `=` (exact), which must touch the term they modify."""
    char, column = source[i], i + 1
    following = source[i + 1 : i + 2]
    if not following or following.isspace() or following == ")":
        example = "-sport" if char == "-" else "=hamas"
        raise QuerySyntaxError(
            f"'{char}' must be followed directly by a term, e.g. {example}", column
        )
    return Token("minus" if char == "-" else "exact", char, column), i + 1


def _word(source: str, i: int) -> tuple[Token, int]:
    """A bare word, an operator, or a field prefix (`title:`)."""
    end = i
    while end < len(source) and not source[end].isspace() and source[end] not in _STOPS:
        end += 1
    chunk = source[i:end]
    scope = _FIELD_PREFIX_RE.match(chunk)
    if scope:
        # Whatever follows the colon is lexed on its own.
        return _field_token(scope.group(1), i + 1), i + scope.end()
    return Token(_OPERATORS.get(chunk.upper(), "word"), chunk, i + 1), end


def _field_token(name: str, column: int) -> Token:
    if name.lower() not in FIELDS:
        raise QuerySyntaxError(f"unknown field '{name}' (expected title or text)", column)
    return Token("field", name.lower(), column)
