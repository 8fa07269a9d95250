"""Watch queries: the small boolean language of `watches.yaml`, parsed once, matched per article.

    query = parse_query('(ceasefire OR truce) AND (gaza OR hamas) AND NOT title:"live blog"')
    article = prepare(title, text)       # once per article: words cut, folded and stemmed
    result = match(query, article)       # once per watch: pure, no I/O
    result.matched, result.hits, result.explain(), result.to_dict()

`match(query, title, text)` also works; it prepares the article itself, which costs more than
the match when one article meets many watches. The user's reference is docs/queries.md.

Grammar (NOT binds tighter than AND, AND tighter than OR; adjacent terms are ANDed):

    query    := or_expr
    or_expr  := and_expr (OR and_expr)*
    and_expr := unary ([AND] unary)*
    unary    := (NOT | "-") unary | primary
    primary  := "(" or_expr ")" | FIELD ":" scoped | term
    scoped   := term | "(" or_expr ")"             no second field inside
    term     := ["="] (WORD | '"' PHRASE '"')      WORD may end in "*"

Operators are recognised in any case (AND, and, And): the words "and", "or" and "not" carry no
meaning as search terms, so taking them as operators is what a user who writes `gaza or hamas`
means. Inside quotes every word is a word: `"not guilty"` is a phrase.
"""

from __future__ import annotations

import bisect
import re
import threading
import unicodedata
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Literal, overload

import snowballstemmer

from monitor.errors import QuerySyntaxError

Field = Literal["title", "text"]
FIELDS: tuple[Field, ...] = ("title", "text")
WordMode = Literal["stem", "prefix", "exact"]

SNIPPET_WIDTH = 80
MIN_WILDCARD_PREFIX = 3  # `a*` or `ne*` would match nearly every article
MAX_NESTING = 32  # parentheses and NOTs; deeper is a typo, and keeps recursion bounded

# --------------------------------------------------------------------------- word forms

# A word is a run of letters and digits; an apostrophe inside it (Hamas’s, don't) keeps it whole.
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# The same, for queries: a word may carry a trailing wildcard star.
_QUERY_WORD_RE = re.compile(r"([^\W_]+(?:['’][^\W_]+)*)(\*?)")
# What may separate the two halves of a compound written apart: cease-fire, cease fire.
_COMPOUND_GAP_RE = re.compile(r"[\s\-‐‑]+")
_WORD_CHAR_RE = re.compile(r"[^\W_]")
_WHITESPACE_RE = re.compile(r"\s+")

# Snowball stemmer objects keep their working string on the instance: one per thread, because
# Dramatiq workers match articles on several threads at once.
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


# --------------------------------------------------------------------------- prepared article


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
    )


# --------------------------------------------------------------------------- query tree


@dataclass(frozen=True, slots=True)
class QueryWord:
    """One word of a term as the matcher compares it."""

    surface: str  # folded; for a prefix word, the folded prefix
    stem: str
    mode: WordMode


@dataclass(frozen=True, slots=True)
class Term:
    """A word or phrase, optionally scoped to one field. Columns are left out of equality."""

    display: str  # lower-cased as written: ceasefire, "ceasefire talks", negotiat*, =hamas
    scope: Field | None  # None: title or text
    words: tuple[QueryWord, ...]
    joins: tuple[QueryWord | None, ...]  # joins[i]: words i and i+1 written as one (cease fire)
    column: int = field(default=0, compare=False)

    @property
    def fields(self) -> tuple[Field, ...]:
        return FIELDS if self.scope is None else (self.scope,)

    def __str__(self) -> str:
        return self.display if self.scope is None else f"{self.scope}:{self.display}"


@dataclass(frozen=True, slots=True)
class Not:
    child: Node
    column: int = field(default=0, compare=False)

    def __str__(self) -> str:
        return f"NOT {_child_text(self.child, self)}"


@dataclass(frozen=True, slots=True)
class And:
    children: tuple[Node, ...]

    def __str__(self) -> str:
        return " AND ".join(_child_text(child, self) for child in self.children)


@dataclass(frozen=True, slots=True)
class Or:
    children: tuple[Node, ...]

    def __str__(self) -> str:
        return " OR ".join(_child_text(child, self) for child in self.children)


Node = Term | Not | And | Or


def _child_text(child: Node, parent: Node) -> str:
    # Canonical form spells out grouping whenever AND and OR meet, even where precedence would
    # make the parentheses redundant: `(a AND b) OR c` reads unambiguously to anyone.
    if isinstance(child, And | Or) and type(child) is not type(parent):
        return f"({child})"
    return str(child)


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed watch query. `str(query)` is its canonical form, which parses back to it."""

    root: Node
    source: str = field(default="", compare=False)

    def __str__(self) -> str:
        return str(self.root)

    @property
    def terms(self) -> list[Term]:
        """The positive terms (under an even number of NOTs), first occurrence order."""
        return _terms_with_polarity(self.root, positive=True)

    @property
    def excluded_terms(self) -> list[Term]:
        return _terms_with_polarity(self.root, positive=False)


def _terms_with_polarity(root: Node, *, positive: bool) -> list[Term]:
    found: dict[Term, None] = {}

    def walk(node: Node, is_positive: bool) -> None:
        if isinstance(node, Term):
            if is_positive == positive:
                found.setdefault(node)
        elif isinstance(node, Not):
            walk(node.child, not is_positive)
        else:
            for child in node.children:
                walk(child, is_positive)

    walk(root, True)
    return list(found)


# --------------------------------------------------------------------------- lexer

_QUOTES = '"“”'
_STOPS = "()" + _QUOTES  # end a bare word
_OPERATORS = {"AND": "and", "OR": "or", "NOT": "not"}
_FIELD_PREFIX_RE = re.compile(r"([^\W\d_]+):")
_LABELS = {"and": "AND", "or": "OR", "not": "NOT", "minus": "'-'", "exact": "'='"}


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # word phrase field and or not minus exact ( ) end
    text: str
    column: int  # 1-based

    def describe(self) -> str:
        if self.kind in ("word", "phrase"):
            return repr(self.text)
        return _LABELS.get(self.kind, f"'{self.text}'")


def _tokenize(source: str) -> list[_Token]:
    tokens: list[_Token] = []
    i = 0
    while i < len(source):
        char, column = source[i], i + 1
        if char.isspace():
            i += 1
        elif char in "()":
            tokens.append(_Token(char, char, column))
            i += 1
        elif char in _QUOTES:
            close = next((j for j in range(i + 1, len(source)) if source[j] in _QUOTES), None)
            if close is None:
                raise QuerySyntaxError(f"unclosed quote opened at column {column}", column)
            tokens.append(_Token("phrase", source[i + 1 : close], column))
            i = close + 1
        elif char in "-=":
            following = source[i + 1 : i + 2]
            if not following or following.isspace() or following == ")":
                example = "-sport" if char == "-" else "=hamas"
                raise QuerySyntaxError(
                    f"'{char}' must be followed directly by a term, e.g. {example}", column
                )
            tokens.append(_Token("minus" if char == "-" else "exact", char, column))
            i += 1
        else:
            end = i
            while end < len(source) and not source[end].isspace() and source[end] not in _STOPS:
                end += 1
            chunk = source[i:end]
            scope = _FIELD_PREFIX_RE.match(chunk)
            if scope:
                tokens.append(_field_token(scope.group(1), column))
                i += scope.end()  # whatever follows the colon is lexed on its own
                continue
            kind = _OPERATORS.get(chunk.upper(), "word")
            tokens.append(_Token(kind, chunk, column))
            i = end
    tokens.append(_Token("end", "", len(source) + 1))
    return tokens


def _field_token(name: str, column: int) -> _Token:
    if name.lower() not in FIELDS:
        raise QuerySyntaxError(f"unknown field '{name}' (expected title or text)", column)
    return _Token("field", name.lower(), column)


# --------------------------------------------------------------------------- parser

_OPERAND_STARTS = frozenset({"word", "phrase", "field", "(", "not", "minus", "exact"})


def parse_query(text: str) -> Query:
    """Parse a watch query; raise QuerySyntaxError(message, column) saying what was expected."""
    root = _Parser(text).parse()
    _require_positive_anchor(root)
    return Query(root=root, source=text)


class _Parser:
    def __init__(self, source: str):
        self.tokens = _tokenize(source)
        self.position = 0
        self.depth = 0

    def peek(self) -> _Token:
        return self.tokens[self.position]

    def take(self) -> _Token:
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

    def or_expr(self, scope: Field | None, after: _Token | None) -> Node:
        children = [self.and_expr(scope, after)]
        while self.peek().kind == "or":
            operator = self.take()
            children.append(self.and_expr(scope, after=operator))
        return _flatten(Or, children)

    def and_expr(self, scope: Field | None, after: _Token | None) -> Node:
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

    def unary(self, scope: Field | None, after: _Token | None) -> Node:
        token = self.peek()
        if token.kind not in ("not", "minus"):
            return self.primary(scope, after)
        self.take()
        self.enter(token)
        negated = Not(self.unary(scope, after=token), column=token.column)
        self.depth -= 1
        return negated

    def primary(self, scope: Field | None, after: _Token | None) -> Node:
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

    def enter(self, token: _Token) -> None:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise QuerySyntaxError(
                f"query nested too deeply (more than {MAX_NESTING} levels)", token.column
            )

    def missing_operand(self, found: _Token, after: _Token | None) -> QuerySyntaxError:
        """The error for a place where a term was expected and `found` came instead."""
        if after is not None:
            label = f"{after.text}:" if after.kind == "field" else _LABELS[after.kind]
            what = "a word, phrase or (group)" if after.kind == "field" else "a term"
            tail = "" if found.kind == "end" else f", found {found.describe()}"
            return QuerySyntaxError(f"{label} needs {what} after it{tail}", after.column)
        if found.kind in ("and", "or"):
            return QuerySyntaxError(f"{_LABELS[found.kind]} needs a term before it", found.column)
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


def _build_term(token: _Token, scope: Field | None, *, exact: bool, column: int) -> Term:
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


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True, slots=True)
class Hit:
    """A positive term found in one field: how often, and the text around its first occurrence."""

    term: str  # the term as displayed, without its field scope
    field: Field
    count: int
    snippet: str


@dataclass(frozen=True, slots=True)
class MatchResult:
    matched: bool
    query: Query
    hits: list[Hit]
    failures: list[str]  # why it did not match, one line per failing clause; empty if matched
    absent_exclusions: list[str]  # excluded (NOT) terms, absent as required

    def explain(self) -> str:
        """A few lines for a human: the verdict, the failing clauses, where each term was found."""
        if self.matched:
            lines = [f"matched: {self.query}"]
        else:
            first, *others = self.failures
            lines = [f"no match: {first}", *(f"  and {other}" for other in others)]
            lines.append(f"  query: {self.query}")
        lines.extend(_hit_lines(self.hits))
        lines.extend(f"  {term}: absent, as NOT requires" for term in self.absent_exclusions)
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {
            "matched": self.matched,
            "query": str(self.query),
            "terms": [asdict(hit) for hit in self.hits],
            "explanation": self.explain(),
        }


def _hit_lines(hits: list[Hit]) -> list[str]:
    by_term: dict[str, list[Hit]] = {}
    for hit in hits:
        by_term.setdefault(hit.term, []).append(hit)
    lines = []
    for term, term_hits in by_term.items():
        counts = ", ".join(f"{hit.field} ×{hit.count}" for hit in term_hits)
        # The body's snippet says more than the title, which the reader has seen anyway.
        quoted = term_hits[-1].snippet
        lines.append(f"  {term}: {counts} — “{quoted}”")
    return lines


@overload
def match(query: Query, article: Document, /) -> MatchResult: ...
@overload
def match(query: Query, title: str, text: str, /) -> MatchResult: ...
def match(query: Query, article: Document | str, text: str | None = None, /) -> MatchResult:
    """Does the article belong to the watch? Pure: the same inputs always give the same result.

    Rules, in the order they apply:
    1. Fields: a `title:` term looks only in the title, a `text:` term only in the body, an
       unscoped term in both; title and body never run into each other.
    2. Words: both sides are cut into words (letters and digits; an inner apostrophe stays,
       a final 's goes), folded (case, accents: Médecins = medecins) and compared by their
       Snowball English stem (talk = talks = talked; ceasefire = ceasefires).
    3. Compounds: a query word also matches two adjacent article words joined by a hyphen or
       space (ceasefire = cease-fire = cease fire), and two adjacent query words (cease-fire,
       "cease fire") also match one article word (ceasefire).
    4. Modifiers: a wildcard word (negotiat*) matches any word beginning with it; an exact word
       (=hamas) matches only the same folded word, with no stemming and no compounds.
    5. Phrases: their words must follow each other in order; punctuation between is ignored.
    6. Logic: NOT, then AND, then OR; a term holds if it occurs at least once in its fields.

    `article` is a `prepare`d Document, or a title followed by the text (prepared here).
    """
    if isinstance(article, str):
        if text is None:
            raise TypeError("match(query, title, text) needs the text too, or pass a Document")
        article = prepare(article, text)
    evaluation = _Evaluation(article)
    matched = evaluation.holds(query.root)
    # `ceasefire` and `title:ceasefire` in one query find the same title words: report them once.
    hits = {(hit.term, hit.field): hit for term in query.terms for hit in evaluation.hits(term)}
    absent = [str(term) for term in query.excluded_terms if not evaluation.found(term)]
    return MatchResult(
        matched=matched,
        query=query,
        hits=list(hits.values()),
        failures=[] if matched else evaluation.failures(query.root),
        absent_exclusions=absent if matched else [],
    )


Occurrence = tuple[int, int]  # word positions: first word, one past the last


class _Evaluation:
    """One query against one article; remembers each term's occurrences while it runs."""

    def __init__(self, article: Document):
        self.article = article
        self._found: dict[Term, dict[Field, list[Occurrence]]] = {}
        self._spans: dict[tuple[Field, QueryWord], dict[int, list[int]]] = {}

    def found(self, term: Term) -> dict[Field, list[Occurrence]]:
        """The term's occurrences in each of its fields where it occurs at all."""
        if term not in self._found:
            self._found[term] = {
                name: occurrences
                for name in term.fields
                if (occurrences := self._occurrences(term, name))
            }
        return self._found[term]

    def holds(self, node: Node) -> bool:
        if isinstance(node, Term):
            return bool(self.found(node))
        if isinstance(node, Not):
            return not self.holds(node.child)
        if isinstance(node, And):
            return all(self.holds(child) for child in node.children)
        return any(self.holds(child) for child in node.children)

    def hits(self, term: Term) -> list[Hit]:
        hits = []
        for name, occurrences in self.found(term).items():
            index = self.article.field(name)
            first, end = occurrences[0]
            snippet = _snippet(index.source, index.spans[first][0], index.spans[end - 1][1])
            hits.append(Hit(term.display, name, len(occurrences), snippet))
        return hits

    def failures(self, node: Node) -> list[str]:
        """One line per clause that made `node` false (call only when it is false)."""
        if isinstance(node, And):
            return [
                line
                for child in node.children
                if not self.holds(child)
                for line in self.failures(child)
            ]
        if isinstance(node, Term):
            where = "" if node.scope is None else f" in the {node.scope}"
            return [f"needs {node} — it does not appear{where}"]
        if isinstance(node, Or):
            if all(isinstance(child, Term) for child in node.children):
                nobody = "neither appears" if len(node.children) == 2 else "none of them appears"
                return [f"needs {node} — {nobody}"]
            return [f"needs {node} — none of the alternatives holds"]
        return [f"excluded by {node} — {self._presence(node.child)}"]

    def _presence(self, node: Node) -> str:
        if isinstance(node, Term):
            counts = ", ".join(f"{name} ×{len(o)}" for name, o in self.found(node).items())
            return f"{node} appears in {counts}"
        return f"{node} holds"

    # -- finding one term in one field

    def _occurrences(self, term: Term, name: Field) -> list[Occurrence]:
        firsts = set(self._word_spans(name, term.words[0]))
        if term.joins and term.joins[0] is not None:
            firsts |= set(self._word_spans(name, term.joins[0]))
        occurrences = []
        for start in sorted(firsts):
            end = self._phrase_end(term, name, 0, start)
            if end is not None:
                occurrences.append((start, end))
        return occurrences

    def _phrase_end(self, term: Term, name: Field, word: int, position: int) -> int | None:
        """Where term.words[word:] ends if it matches from `position`; None if it does not."""
        if word == len(term.words):
            return position
        steps = [(term.words[word], 1)]
        join = term.joins[word] if word < len(term.joins) else None
        if join is not None:
            steps.append((join, 2))
        for query_word, consumed in steps:
            for end in self._word_spans(name, query_word).get(position, ()):
                rest = self._phrase_end(term, name, word + consumed, end)
                if rest is not None:
                    return rest
        return None

    def _word_spans(self, name: Field, word: QueryWord) -> dict[int, list[int]]:
        """Start position -> end positions where `word` occurs (one article word or two)."""
        key = (name, word)
        if key not in self._spans:
            index = self.article.field(name)
            spans: dict[int, list[int]] = {}
            for position in _single_word_positions(index, word):
                spans.setdefault(position, []).append(position + 1)
            for position in _compound_positions(index, word):
                spans.setdefault(position, []).append(position + 2)
            self._spans[key] = spans
        return self._spans[key]


def _single_word_positions(index: FieldIndex, word: QueryWord) -> list[int]:
    if word.mode == "stem":
        return index.by_stem.get(word.stem, [])
    if word.mode == "exact":
        return index.by_surface.get(word.surface, [])
    positions: list[int] = []
    vocabulary = index.vocabulary
    for i in range(bisect.bisect_left(vocabulary, word.surface), len(vocabulary)):
        if not vocabulary[i].startswith(word.surface):
            break
        positions.extend(index.by_surface[vocabulary[i]])
    return sorted(positions)


def _compound_positions(index: FieldIndex, word: QueryWord) -> list[int]:
    """Positions p where article words p and p+1 together spell `word`: cease-fire, cease fire."""
    if word.mode == "exact":
        return []
    wanted = word.surface
    positions = []
    for cut in range(1, len(wanted)):
        for position in index.by_surface.get(wanted[:cut], ()):
            if position >= len(index.joinable) or not index.joinable[position]:
                continue
            second = index.surfaces[position + 1]
            if second[0] != wanted[cut]:  # cheap test before stemming the joined word
                continue
            joined = wanted[:cut] + second
            if joined.startswith(wanted) if word.mode == "prefix" else stem(joined) == word.stem:
                positions.append(position)
    return positions


def _snippet(source: str, start: int, end: int) -> str:
    """About SNIPPET_WIDTH characters of `source` around [start, end), cut at word boundaries."""
    width = max(SNIPPET_WIDTH, end - start)
    left = max(0, start - (width - (end - start)) // 2)
    right = min(len(source), left + width)
    left = max(0, right - width)
    if left > 0 and (space := _WHITESPACE_RE.search(source, left, start)):
        left = space.end()
    if right < len(source) and (spaces := list(_WHITESPACE_RE.finditer(source, end, right))):
        right = spaces[-1].start()
    excerpt = " ".join(source[left:right].split())
    return ("…" if left > 0 else "") + excerpt + ("…" if right < len(source) else "")
