"""The documents the suite edits: the 33 corpus pages (Readability's cleaned article,
`expected.html`, as paragraphs) and the 5 seed articles (plain text, one paragraph a line),
split into sentences with their spans, quotes located at paragraph level.

Nothing here knows any page: paragraphs come from block elements, prose paragraphs are told by
general rules (a `<p>` outside figures and asides, ending like a sentence, 8+ words), the
language comes from `expected-metadata.json` or, when that has none, from stop-word counts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import lxml.html
import pysbd

SHARED = Path(__file__).resolve().parent.parent.parent.parent / "shared"
PAGES = SHARED / "corpus" / "pages"
SEEDS = SHARED / "corpus" / "seeds"

_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "pre", "dt", "dd",
           "td", "th", "caption"}
_NOT_PROSE_ANCESTORS = {"figure", "figcaption", "aside", "blockquote", "li", "table", "nav",
                        "header", "footer"}
_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "was", "for", "with", "said"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "pour", "qui", "du"},
    "es": {"el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "para"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "ein", "eine", "auf", "für"},
}
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
# Double quotes of every convention; single curly quotes only around 2+ words ("it's" stays).
_QUOTE_SPANS = re.compile(
    r"\u201c[^\u201c\u201d]*\u201d|\"[^\"\n]*\"|\u00ab[^\u00ab\u00bb]*\u00bb|\u201e[^\u201e\u201c]*\u201c"
    r"|(?<!\w)\u2018[^\u2018\u2019]*?\w\s+\w[^\u2018]*?\u2019(?!\w)"
)
_TERMINAL = re.compile(r"[.!?][\"'\u201d\u2019\u00bb)]*$")


class CorpusMissing(Exception):
    """../shared/corpus is not beside the repository."""


@dataclass(frozen=True)
class Sentence:
    paragraph: int  # index in Document.paragraphs
    start: int  # span in that paragraph
    end: int
    text: str


@dataclass
class Document:
    name: str  # "page:bbc-1", "seed:000"
    lang: str  # "en", "fr", "es", "de"
    paragraphs: list[str]
    prose: list[bool]  # paragraph i is article prose an edit may target
    joiner: str = "\n\n"
    title: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    quotes: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # per paragraph

    @property
    def english(self) -> bool:
        return self.lang == "en"

    def text(self, paragraphs: list[str] | None = None) -> str:
        return self.joiner.join(self.paragraphs if paragraphs is None else paragraphs)

    def prose_sentences(self) -> list[Sentence]:
        return [s for s in self.sentences if self.prose[s.paragraph]]

    def quote_spans(self, s: Sentence) -> list[tuple[int, int]]:
        """Quote spans overlapping sentence `s`, relative to the sentence."""
        spans = []
        for a, b in self.quotes.get(s.paragraph, []):
            if a < s.end and b > s.start:
                spans.append((max(a, s.start) - s.start, min(b, s.end) - s.start))
        return spans

    def in_quote(self, s: Sentence, start: int, end: int) -> bool:
        return any(a < end and b > start for a, b in self.quote_spans(s))

    def count(self, needle: str) -> int:
        return sum(p.count(needle) for p in self.paragraphs)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def guess_language(text: str) -> str:
    tokens = [w.lower() for w in words(text[:4000])]
    scores = {lang: sum(t in stop for t in tokens) for lang, stop in _STOPWORDS.items()}
    return max(scores, key=scores.__getitem__)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def page_paragraphs(html: str) -> tuple[list[str], list[bool]]:
    """Text of every innermost block element, in order; prose = a `<p>` outside figures, lists
    and asides that ends like a sentence and has 8+ words."""
    root = lxml.html.fromstring(html)
    paragraphs, prose = [], []
    for element in root.iter(*_BLOCKS):
        if any(child.tag in _BLOCKS for child in element.iterdescendants()):
            continue
        text = _clean(element.text_content())
        if not text:
            continue
        ancestors = {a.tag for a in element.iterancestors()}
        paragraphs.append(text)
        prose.append(
            element.tag == "p" and not ancestors & _NOT_PROSE_ANCESTORS
            and bool(_TERMINAL.search(text)) and len(words(text)) >= 8
        )
    return paragraphs, prose


def seed_paragraphs(text: str) -> tuple[list[str], list[bool]]:
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    prose = [bool(_TERMINAL.search(p)) and len(words(p)) >= 12 and p[:1].isupper()
             for p in paragraphs]
    return paragraphs, prose


@cache
def _segmenter(lang: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=lang, clean=False, char_span=False)


def split(paragraph: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph (pysbd, located back in the paragraph)."""
    spans, position = [], 0
    for piece in _segmenter(lang).segment(paragraph):
        piece = piece.strip()
        if not piece:
            continue
        start = paragraph.find(piece, position)
        if start < 0:  # pysbd altered the text: keep the paragraph whole
            return [(0, len(paragraph))]
        spans.append((start, start + len(piece)))
        position = start + len(piece)
    return spans


def _index(doc: Document) -> Document:
    for i, paragraph in enumerate(doc.paragraphs):
        spans = [m.span() for m in _QUOTE_SPANS.finditer(paragraph)]
        # An opening quote never closed in its paragraph runs to the paragraph's end: a quote
        # of several paragraphs (English style opens each and closes only the last).
        for m in re.finditer("[\u201c\u00ab\u201e]", paragraph):
            if not any(a <= m.start() < b for a, b in spans):
                spans.append((m.start(), len(paragraph)))
                break
        doc.quotes[i] = sorted(spans)
        for start, end in split(paragraph, doc.lang):
            doc.sentences.append(Sentence(i, start, end, paragraph[start:end]))
    return doc


def load_pages(pages: Path = PAGES) -> list[Document]:
    docs = []
    for folder in sorted(p for p in pages.iterdir() if (p / "expected.html").is_file()):
        html = (folder / "expected.html").read_text(encoding="utf-8")
        meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        paragraphs, prose = page_paragraphs(html)
        lang = (meta.get("lang") or "").split("-")[0].lower()
        if lang not in _STOPWORDS:
            lang = guess_language(" ".join(paragraphs))
        docs.append(_index(Document(f"page:{folder.name}", lang, paragraphs, prose,
                                    title=meta.get("title") or "")))
    return docs


def load_seeds(seeds: Path = SEEDS) -> list[Document]:
    docs = []
    for path in sorted(seeds.glob("*.txt")):
        paragraphs, prose = seed_paragraphs(path.read_text(encoding="utf-8"))
        docs.append(_index(Document(f"seed:{path.name[:3]}", "en", paragraphs, prose, "\n")))
    return docs


def load_documents(shared: Path = SHARED) -> list[Document]:
    pages, seeds = shared / "corpus" / "pages", shared / "corpus" / "seeds"
    if not pages.is_dir() or not seeds.is_dir():
        raise CorpusMissing(
            f"corpus not found under {shared}: the shared corpus (corpus/pages and "
            f"corpus/seeds) must sit beside the repository, in ../shared"
        )
    return load_pages(pages) + load_seeds(seeds)
