"""Two versions of each real corpus page, for bench_claims: the text the pipeline extracts from
the page as served (`extract_article` on ../shared/corpus/pages/*/source.html), and that text
with a handful of edits drawn by the labelled pages suite's own generator
(tests/claims_pages: one number, date, entity, qualifier, removed, added, quote edit... each
made on a sentence that carries the feature, labelled with what it must produce).

The generator proposes single edits; up to EDITS_PER_PAGE of them, of distinct change types and
on distinct paragraphs, are applied together. Only edits that keep the paragraph count are
merged (a sentence removed from or added into its paragraph, not a paragraph of its own), so
each stays one paragraph replaced. Non-English pages get what the generator gives them
(numbers, dates, quotes); a page with no edit at all is reported, not timed.
"""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from monitor.errors import ExtractionError
from monitor.ingest.extract import extract_article

REPOSITORY = Path(__file__).resolve().parent.parent
PAGES = REPOSITORY.parent / "shared" / "corpus" / "pages"
sys.path.insert(0, str(REPOSITORY / "tests"))  # the labelled suite's generator
from claims_pages.build import corpus_pools  # noqa: E402
from claims_pages.changes import donor_sentences, positives  # noqa: E402
from claims_pages.corpus import Document, _index, guess_language, seed_paragraphs  # noqa: E402

EDITS_PER_PAGE = 6
# Change types tried first, in this order; any other type the page offers fills up.
PREFERRED = ("number_changed", "date_changed", "claim_removed", "claim_added", "entity_changed",
             "quote_edited", "qualifier_changed", "speaker_changed", "quote_added")


@dataclass(frozen=True)
class PageVersions:
    name: str
    lang: str
    html: bytes
    url: str
    old: str  # the extracted text, one paragraph a line
    new: str  # with the edits
    edits: tuple[str, ...]  # change types of the edits made


def page_url(folder: Path) -> str:
    return f"https://{folder.name}.example.com/article"  # as tests/test_parser_isolation.py


def load(pages: Path = PAGES) -> tuple[list[PageVersions], list[str]]:
    """Every page's two versions, and the pages left out (with the reason)."""
    if not pages.is_dir():
        sys.exit(f"bench_claims: the shared corpus is not beside the repository "
                 f"(expected {pages}); clone it to ../shared first.")
    docs, sources, skipped = [], {}, []
    for folder in sorted(p.parent for p in pages.glob("*/source.html")):
        html = (folder / "source.html").read_bytes()
        try:
            text = extract_article(html, page_url(folder)).text
        except ExtractionError as exc:
            skipped.append(f"{folder.name}: not extracted ({exc})")
            continue
        paragraphs, prose = seed_paragraphs(text)
        doc = Document(folder.name, guess_language(text), paragraphs, prose, "\n")
        docs.append(_index(doc))
        sources[folder.name] = (html, page_url(folder))
    donors = donor_sentences(docs)
    pools, _ = corpus_pools(docs)
    versions = []
    for doc in docs:
        edited, kinds = edit(doc, donors, pools.get(doc.name, {}))
        if not kinds:
            skipped.append(f"{doc.name} ({doc.lang}): the generator has no edit for it")
            continue
        versions.append(PageVersions(doc.name, doc.lang, *sources[doc.name], doc.text(),
                                     edited, kinds))
    return versions, skipped


def edit(doc: Document, donors: dict, pools: dict) -> tuple[str, tuple[str, ...]]:
    """The document's text with up to EDITS_PER_PAGE generated edits, and their types."""
    rng = random.Random(f"bench-claims:{doc.name}")
    by_kind = defaultdict(list)
    for candidate in positives(doc, donors, pools, rng):
        if len(candidate.new) == len(candidate.old):
            by_kind[candidate.kind].append(candidate)
    paragraphs, used, kinds = list(doc.paragraphs), set(), []
    order = [k for k in PREFERRED if k in by_kind] + sorted(set(by_kind) - set(PREFERRED))
    for kind in order:
        for candidate in by_kind[kind]:
            changed = [i for i, (a, b) in enumerate(zip(candidate.old, candidate.new, strict=True))
                       if a != b]
            if len(changed) == 1 and changed[0] not in used:
                used.add(changed[0])
                paragraphs[changed[0]] = candidate.new[changed[0]]
                kinds.append(kind)
                break
        if len(kinds) == EDITS_PER_PAGE:
            break
    return "\n".join(paragraphs), tuple(kinds)


def dump_pairs() -> list[tuple[str, str, str]]:
    """(name, old, new) of every page: for checking outputs before and after a change."""
    return [(f"real:{v.name}", v.old, v.new) for v in load()[0]]
