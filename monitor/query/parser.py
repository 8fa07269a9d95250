"""Parsing a watch query into a `Query` tree, with errors that say what was expected where.

Grammar (NOT binds tighter than AND, AND tighter than OR; adjacent terms are ANDed):

    query    := or_expr
    or_expr  := and_expr (OR and_expr)*
    and_expr := unary ([AND] unary)*
    unary    := (NOT | "-") unary | primary
    primary  := "(" or_expr ")" | FIELD ":" scoped | term
    scoped   := term | "(" or_expr ")"             no second field inside
    term     := ["="] (WORD | '"' PHRASE '"')      WORD may end in "*"

A query is refused when a NOT is all that makes it hold (`NOT sport` alone would match nearly
every article): see `_require_positive_anchor`.
"""

from __future__ import annotations

import re
from itertools import pairwise

from monitor.errors import QuerySyntaxError
from monitor.query.lexer import LABELS, Token, tokenize
from monitor.query.nodes import And, Node, Not, Or, Query, QueryWord, Term
from monitor.query.text import WORD_PATTERN, Field, fold, stem

MIN_WILDCARD_PREFIX = 3  # `a*` or `ne*` would match nearly every article
MAX_NESTING = 32  # parentheses and NOTs; deeper is a typo, and keeps recursion bounded
# No word of any language is longer; the limit bounds the work of matching one term (its
# compound halves are tried at each cut) whatever a hostile or broken file holds.
MAX_WORD_LENGTH = 100
MAX_PHRASE_WORDS = 32  # a phrase is matched word by word, one call deeper per word

# A query word is an article word (text.WORD_PATTERN) that may carry a trailing wildcard star.
_QUERY_WORD_RE = re.compile(rf"({WORD_PATTERN})(\*?)")
_WORD_CHAR_RE = re.compile(r"[^\W_]")

_OPERAND_STARTS = frozenset({"word", "phrase", "field", "(", "not", "minus", "exact"})


def parse_query(text: str) -> Query:
    """Parse a watch query; raise QuerySyntaxError(message, column) saying what was expected."""
    root = _Parser(text).parse()
    _require_positive_anchor(root)
    return Query(root=root, source=text)


class _Parser:
    def __init__(self, source: str):
        self.tokens = tokenize(source)
        self.position = 0
        self.depth = 0

    def peek(self) -> Token:
        return self.tokens[self.position]

    def take(self) -> Token:
        token = self.tokens[self.position]
        self.position += 1
        return token

    def parse(self) -> Node:
        if self.peek().kind == "end":
            raise QuerySyntaxError("empty query", 1)
        root = self.or_expr(scope=None, after=None)
        stray = self.peek()
        if stray.kind == ")":
            raise QuerySyntaxError("unexpected ')' — no parenthesis is open here", stray.column)
        return root

    def or_expr(self, scope: Field | None, after: Token | None) -> Node:
        children = [self.and_expr(scope, after)]
        while self.peek().kind == "or":
            operator = self.take()
            children.append(self.and_expr(scope, after=operator))
        return _flatten(Or, children)

    def and_expr(self, scope: Field | None, after: Token | None) -> Node:
        children = [self.unary(scope, after)]
        while True:
            token = self.peek()
            if token.kind == "and":
                self.take()
                children.append(self.unary(scope, after=token))
            elif token.kind in _OPERAND_STARTS:  # adjacent terms: implicit AND
                children.append(self.unary(scope, after=None))
            else:
                return _flatten(And, children)

    def unary(self, scope: Field | None, after: Token | None) -> Node:
        token = self.peek()
        if token.kind not in ("not", "minus"):
            return self.primary(scope, after)
        self.take()
        self.enter(token)
        negated = Not(self.unary(scope, after=token), column=token.column)
        self.depth -= 1
        return negated

    def primary(self, scope: Field | None, after: Token | None) -> Node:
        token = self.peek()
        if token.kind == "(":
            return self.group(scope)
        if token.kind == "field":
            return self.scoped(scope)
        if token.kind == "exact":
            self.take()
            word = self.peek()
            if word.kind not in ("word", "phrase"):
                raise self.missing_operand(word, after=token)
            self.take()
            return _build_term(word, scope, exact=True, column=token.column)
        if token.kind in ("word", "phrase"):
            self.take()
            return _build_term(token, scope, exact=False, column=token.column)
        raise self.missing_operand(token, after)

    def group(self, scope: Field | None) -> Node:
        opening = self.take()
        self.enter(opening)
        if self.peek().kind == ")":
            raise QuerySyntaxError("empty parentheses", opening.column)
        inner = self.or_expr(scope, after=None)
        if self.peek().kind != ")":
            message = f"unclosed parenthesis opened at column {opening.column}"
            raise QuerySyntaxError(message, opening.column)
        self.take()
        self.depth -= 1
        return inner

    def scoped(self, scope: Field | None) -> Node:
        prefix = self.take()
        if scope is not None:
            raise QuerySyntaxError(
                f"{prefix.text}: cannot be used inside {scope}:(…) — a term has one field",
                prefix.column,
            )
        if self.peek().kind not in ("word", "phrase", "exact", "("):
            raise self.missing_operand(self.peek(), after=prefix)
        scope = "title" if prefix.text == "title" else "text"  # the lexer admitted only these
        return self.primary(scope, after=prefix)

    def enter(self, token: Token) -> None:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise QuerySyntaxError(
                f"query nested too deeply (more than {MAX_NESTING} levels)", token.column
            )

    def missing_operand(self, found: Token, after: Token | None) -> QuerySyntaxError:
        """The error for a place where a term was expected and `found` came instead."""
        if after is not None:
            label = f"{after.text}:" if after.kind == "field" else LABELS[after.kind]
            what = "a word, phrase or (group)" if after.kind == "field" else "a term"
            tail = "" if found.kind == "end" else f", found {found.describe()}"
            return QuerySyntaxError(f"{label} needs {what} after it{tail}", after.column)
        if found.kind in ("and", "or"):
            return QuerySyntaxError(f"{LABELS[found.kind]} needs a term before it", found.column)
        if found.kind == ")":
            return QuerySyntaxError("unexpected ')' — no parenthesis is open here", found.column)
        return QuerySyntaxError(f"expected a term, found {found.describe()}", found.column)


def _flatten(kind: type[And | Or], children: list[Node]) -> Node:
    if len(children) == 1:
        return children[0]
    flat: list[Node] = []
    for child in children:
        flat.extend(child.children if isinstance(child, kind) else (child,))
    return kind(tuple(flat))


def _build_term(token: Token, scope: Field | None, *, exact: bool, column: int) -> Term:
    body = token.text
    body_column = token.column + (1 if token.kind == "phrase" else 0)
    _check_wildcards(body, body_column, bare=token.kind == "word")
    words = tuple(
        _query_word(found, body_column, exact=exact) for found in _QUERY_WORD_RE.finditer(body)
    )
    if not words:
        message = (
            "empty phrase"
            if token.kind == "phrase" and not body.strip()
            else f"{token.describe()} has no letters or digits to match"
        )
        raise QuerySyntaxError(message, token.column)
    if len(words) > MAX_PHRASE_WORDS:
        raise QuerySyntaxError(f"a phrase may have at most {MAX_PHRASE_WORDS} words",
                               token.column)
    shown = f'"{" ".join(body.split())}"' if token.kind == "phrase" else body
    return Term(
        display=("=" if exact else "") + shown.lower(),
        scope=scope,
        words=words,
        joins=tuple(_joined(first, second) for first, second in pairwise(words)),
        column=column,
    )


def _check_wildcards(body: str, body_column: int, *, bare: bool) -> None:
    for star in (i for i, char in enumerate(body) if char == "*"):
        after_word = star > 0 and _WORD_CHAR_RE.match(body[star - 1]) is not None
        ends_word = star + 1 == len(body) or (
            not bare and _WORD_CHAR_RE.match(body[star + 1]) is None
        )
        if not (after_word and ends_word):
            raise QuerySyntaxError("* can only end a word, e.g. negotiat*", body_column + star)


def _query_word(found: re.Match[str], body_column: int, *, exact: bool) -> QueryWord:
    if len(found.group(1)) > MAX_WORD_LENGTH:
        raise QuerySyntaxError(
            f"a word may have at most {MAX_WORD_LENGTH} characters (this one has "
            f"{len(found.group(1)):,})", body_column + found.start(1))
    surface = fold(found.group(1))
    if found.group(2):
        if len(surface) < MIN_WILDCARD_PREFIX:
            raise QuerySyntaxError(
                f"a wildcard needs at least {MIN_WILDCARD_PREFIX} letters before *",
                body_column + found.end(1),
            )
        return QueryWord(surface, surface, "prefix")
    if exact:
        return QueryWord(surface, surface, "exact")
    return QueryWord(surface, stem(surface), "stem")


def _joined(first: QueryWord, second: QueryWord) -> QueryWord | None:
    """Two query words as one article word (cease-fire -> ceasefire), where that makes sense."""
    if first.mode != "stem" or second.mode == "exact":
        return None
    surface = first.surface + second.surface
    if second.mode == "prefix":
        return QueryWord(surface, surface, "prefix")
    return QueryWord(surface, stem(surface), "stem")


def _require_positive_anchor(root: Node) -> None:
    offender = _unanchored_not(root)
    if offender is not None:
        raise QuerySyntaxError(
            f"'{offender}' alone would match every article that lacks it — combine it with a "
            f"term that must appear, e.g. ceasefire AND {offender}",
            offender.column,
        )


def _unanchored_not(node: Node) -> Not | None:
    """The NOT that lets `node` match an article containing none of its positive terms."""
    if isinstance(node, Term):
        return None
    if isinstance(node, Not):
        return node
    offenders = [_unanchored_not(child) for child in node.children]
    if isinstance(node, And):  # one anchored conjunct anchors the whole AND
        return None if None in offenders else offenders[0]
    return next((offender for offender in offenders if offender is not None), None)
