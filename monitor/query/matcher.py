"""Does an article belong to a watch? `match(query, article)`, with the reasons either way.

Pure: a query and a prepared article in, a `MatchResult` out. One `_Evaluation` per call
remembers where each term occurs, so the verdict, the failing clauses and the hits with their
snippets are all read from one search of the article.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass
from typing import overload

from monitor.query.nodes import And, Node, Not, Or, Query, QueryWord, Term
from monitor.query.text import Document, Field, FieldIndex, prepare, stem

SNIPPET_WIDTH = 80
# More than any English suffix Snowball strips (-ational, -fulness, -ization plus a plural).
_LONGEST_SUFFIX = 20

_WHITESPACE_RE = re.compile(r"\s+")


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

    The rules apply in this order: fields, words (cut, folded, stemmed), compounds, modifiers
    (wildcard, exact), phrases, logic (NOT, AND, OR); each is spelled out in the package
    docstring (`monitor.query`) and, for users, in docs/queries.md.

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
        ends: dict[tuple[int, int], int | None] = {}  # shared by every start: see _phrase_end
        for start in sorted(firsts):
            end = self._phrase_end(term, name, 0, start, ends)
            if end is not None:
                occurrences.append((start, end))
        return occurrences

    def _phrase_end(self, term: Term, name: Field, word: int, position: int,
                    ends: dict[tuple[int, int], int | None]) -> int | None:
        """Where term.words[word:] ends if it matches from `position`; None if it does not.
        Each (word, position) is worked out once (`ends`): a phrase whose words also join
        into compounds ("ab ab ab …" against an article of "ab ab …") has exponentially many
        ways to be read, and without the memo each failing start would try them all."""
        if word == len(term.words):
            return position
        if (word, position) in ends:
            return ends[word, position]
        ends[word, position] = None
        steps = [(term.words[word], 1)]
        join = term.joins[word] if word < len(term.joins) else None
        if join is not None:
            steps.append((join, 2))
        for query_word, consumed in steps:
            for end in self._word_spans(name, query_word).get(position, ()):
                rest = self._phrase_end(term, name, word + consumed, end, ends)
                if rest is not None:
                    ends[word, position] = rest
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
    """Positions p where article words p and p+1 together spell `word`: cease-fire, cease fire.

    The first half is an article word, so only cuts at the length of some article word are
    tried (few: a text of n characters has fewer than sqrt(2n) distinct word lengths), not
    every cut of the query word: the work grows with the text, not with the square of the
    word. A second half far longer than the rest of the word cannot stem back to it."""
    if word.mode == "exact":
        return []
    wanted = word.surface
    positions = []
    for cut in sorted(n for n in index.word_lengths if n < len(wanted)):
        first = index.by_surface.get(wanted[:cut], ())
        rest = len(wanted) - cut
        for position in first:
            if position >= len(index.joinable) or not index.joinable[position]:
                continue
            second = index.surfaces[position + 1]
            if second[0] != wanted[cut]:  # cheap tests before stemming the joined word
                continue
            if word.mode != "prefix" and len(second) > rest + _LONGEST_SUFFIX:
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
