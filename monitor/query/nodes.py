"""The parsed query tree: terms under NOT, AND and OR, and its canonical spelling.

`str()` of any node is its canonical form (docs/queries.md, "Canonical form"), which parses back
to an equal tree; source columns are kept for error messages but left out of equality.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from monitor.query.text import FIELDS, Field

WordMode = Literal["stem", "prefix", "exact"]


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
