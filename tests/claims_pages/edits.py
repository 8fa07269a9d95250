"""Edit primitives on a Document's paragraphs, and the candidate an edit becomes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .corpus import Document, Sentence, words
from .features import REPORTING
from .names import name_runs

PROMO = re.compile(r"\b(?:subscribe|sign up|newsletter|click|follow us|read more|download|"
                   r"advertisement|sponsored|related:|photo|getty|image|credit|copyright|"
                   r"all rights reserved|share this|comments?)\b", re.IGNORECASE)
QUOTE_CHARS = re.compile("[\"\u201c\u201d\u00ab\u00bb\u201e]")


@dataclass(frozen=True)
class Candidate:
    """One labelled edit of a document: `old` and `new` are paragraph lists."""

    kind: str  # a change type, or a style kind
    family: str  # the rule that made it
    old: tuple[str, ...]
    new: tuple[str, ...]
    before: str  # the sentence (or line) as it was, "" when added
    after: str  # as it is now, "" when removed
    expected: frozenset[str]
    sentence: str = ""  # the original sentence targeted (distinct-sentence selection)


def with_sentence(doc: Document, s: Sentence, new_text: str) -> tuple[str, ...]:
    paragraphs = list(doc.paragraphs)
    p = paragraphs[s.paragraph]
    paragraphs[s.paragraph] = p[:s.start] + new_text + p[s.end:]
    return tuple(paragraphs)


def splice(text: str, start: int, end: int, replacement: str) -> str:
    return text[:start] + replacement + text[end:]


def without_sentence(doc: Document, s: Sentence) -> tuple[str, ...]:
    paragraphs = list(doc.paragraphs)
    p = paragraphs[s.paragraph]
    rest = (p[:s.start].rstrip() + " " + p[s.end:].lstrip()).strip()
    if rest:
        paragraphs[s.paragraph] = rest
    else:
        del paragraphs[s.paragraph]
    return tuple(paragraphs)


def with_inserted(doc: Document, s: Sentence, sentence: str, *, paragraph: bool) -> tuple[str, ...]:
    paragraphs = list(doc.paragraphs)
    if paragraph:
        paragraphs.insert(s.paragraph + 1, sentence)
    else:
        p = paragraphs[s.paragraph]
        paragraphs[s.paragraph] = p[:s.end] + " " + sentence + p[s.end:]
    return tuple(paragraphs)


def with_line(doc: Document, index: int, line: str) -> tuple[str, ...]:
    paragraphs = list(doc.paragraphs)
    paragraphs.insert(index, line)
    return tuple(paragraphs)


def unique(doc: Document, s: Sentence) -> bool:
    return doc.count(s.text) == 1


def is_factual(doc: Document, s: Sentence) -> bool:
    """A declarative, factual body sentence: a statement (not a question, exclamation,
    heading, caption or promo line) with 8-50 words and a figure, a name or an attribution;
    no quote marks at all."""
    text = s.text
    n = len(words(text))
    if not (8 <= n <= 50) or not text.endswith(".") or not text[:1].isupper():
        return False
    if QUOTE_CHARS.search(text) or PROMO.search(text) or re.search(r"\b(?:you|your)\b", text, re.I):
        return False
    if re.match(r"(?:Here (?:are|is)|Here's|Here\u2019s|Below|The following|These are the)\b", text):
        return False  # a lead-in to a list announces, it asserts nothing
    if text.count("(") != text.count(")"):
        return False
    return bool(re.search(r"\d", text) or name_runs(doc, s)
                or re.search(rf"\b(?:{'|'.join(REPORTING)}|according to)\b", text))
