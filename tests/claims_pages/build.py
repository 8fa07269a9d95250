"""Build the labelled cases: every candidate edit of every document (changes.py, styles.py),
then a seeded sample per document and kind, round-robin over the rules (families) that made
them and never the same sentence twice for one kind."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass

from .changes import KINDS, donor_sentences, name_pools, positives
from .corpus import Document, load_documents
from .edits import Candidate
from .names import surnames
from .styles import styles

SEED = "claims-pages-1"


@dataclass(frozen=True)
class Case:
    doc: str  # "page:bbc-1", "seed:000"
    lang: str
    name: str  # "page:bbc-1:number_changed:digits:2"
    kind: str  # change type or style kind
    family: str
    old: str
    new: str
    expected: frozenset[str]
    before: str  # the edited sentence or line, before and after
    after: str

    @property
    def negative(self) -> bool:
        return not self.expected


def type_cap(doc: Document) -> int:
    """Cases per change type for one document: more for longer articles."""
    return min(10, 3 + len(doc.prose_sentences()) // 12)


def style_cap(doc: Document) -> int:
    return min(6, 2 + len(doc.prose_sentences()) // 25)


def select(candidates: list[Candidate], cap: int, rng: random.Random) -> list[Candidate]:
    families: dict[str, list[Candidate]] = defaultdict(list)
    for c in candidates:
        families[c.family].append(c)
    for group in families.values():
        rng.shuffle(group)
    order = sorted(families)
    rng.shuffle(order)
    chosen: list[Candidate] = []
    used: set[str] = set()
    while len(chosen) < cap and any(families.values()):
        for family in order:
            group = families[family]
            while group:
                c = group.pop()
                if c.sentence not in used and c.old != c.new:
                    used.add(c.sentence)
                    chosen.append(c)
                    break
            if len(chosen) >= cap:
                break
    return chosen


def corpus_pools(docs: list[Document]) -> tuple[dict[str, dict[str, list[str]]], list[str]]:
    english = [doc for doc in docs if doc.english]
    # A surname any page marks as a person's ("President-elect Trump") is one on every page.
    known = set().union(*(surnames(doc) for doc in english))
    for doc in english:
        doc.__dict__["_surnames"] = known
    pools = {doc.name: name_pools(doc) for doc in english}
    merged: dict[str, list[str]] = defaultdict(list)
    for kind in (*KINDS, "speaker"):
        merged[f"corpus:{kind}"] = []
    # The corpus-wide fallback holds names at least two documents write (US, Obama, Facebook,
    # New York): a stranger swapped in from one other page reads as noise.
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for name, doc_pools in pools.items():
        for kind, names in doc_pools.items():
            for n in names:
                seen[kind, n].add(name)
    for (kind, n), where in seen.items():
        if len(where) >= 2 or kind.startswith("speaker"):
            merged[f"corpus:{kind}"].append(n)
    for doc_pools in pools.values():
        doc_pools.update(merged)
    titles = [doc.title for doc in docs if doc.title]
    return pools, titles


def build_cases(docs: list[Document] | None = None, seed: str = SEED) -> list[Case]:
    """The suite. Another `seed` draws other edits of the same pages (other sentences, other
    replacement words): a check on edits the detector was not tuned on."""
    docs = load_documents() if docs is None else docs
    donors = donor_sentences(docs)
    pools, titles = corpus_pools(docs)
    cases: list[Case] = []
    for doc in docs:
        rng = random.Random(f"{seed}:{doc.name}")
        by_kind: dict[str, list[Candidate]] = defaultdict(list)
        for c in positives(doc, donors, pools.get(doc.name, {}), rng):
            by_kind[c.kind].append(c)
        for c in styles(doc, [t for t in titles if t != doc.title], rng):
            by_kind[c.kind].append(c)
        for kind in sorted(by_kind):
            positive = bool(by_kind[kind][0].expected)
            cap = type_cap(doc) if positive else style_cap(doc)
            for n, c in enumerate(select(by_kind[kind], cap, rng), 1):
                cases.append(Case(doc.name, doc.lang, f"{doc.name}:{kind}:{c.family}:{n}", kind,
                                  c.family, doc.joiner.join(c.old), doc.joiner.join(c.new),
                                  c.expected, c.before, c.after))
    return cases
