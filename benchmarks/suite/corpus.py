"""The suite's own newsroom: a few hundred varied article pages behind ten RSS feeds.

Built deterministically from the shared corpus (`../shared/corpus`): the 33 real pages of
`pages/` (as served, with their outlet's markup, scripts and furniture) and the five seed
articles of `seeds/` (in the two outlet templates of tests/pages.py).

- Each real page is served once as it is (its own text, its own canonical URL).
- Every further page takes the markup of one English real page (or of an outlet template) and
  a new body: paragraphs drawn from the pool of all English corpus paragraphs, each used by a
  few pages at most, with a title of its own and its own canonical URL. So pages are distinct
  pieces to the near-duplicate check, while extraction meets real templates.
- About one page in twelve is a syndicated copy of an earlier one (the same body under another
  outlet's markup and title): the near-duplicate check must fold those, as it would in life.

`edit_numbers` changes one number in a page's body (the edit pass), `extra_page` makes a fresh
page for the latency pass.
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import lxml.html
from lxml import etree

REPOSITORY = Path(__file__).resolve().parents[2]
CORPUS = REPOSITORY.parent / "shared" / "corpus"
sys.path.insert(0, str(REPOSITORY / "tests"))
from pages import corpus_page, page_parts  # noqa: E402

FEEDS = 10
COPY_SHARE = 12  # one page in this many is a syndicated copy of an earlier one
MIN_WORDS = 12  # shorter paragraphs (captions, credits) are not drawn into new bodies
_SPACES = re.compile(r"\s+")
_SAID = re.compile(r"\b(said|says|told)\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")
_NUMBER = re.compile(r"(?<![\d.,])(\d{2,3})(?![\d.,:])")


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True)
class Template:
    """The markup of one real page, with the `<p>` elements that hold its article text."""

    name: str
    lang: str
    source: bytes
    paragraphs: tuple[str, ...]  # its own article paragraphs, in order (long enough to draw)
    slots: frozenset[str]  # the first 80 characters of every paragraph of its article text

    def render(self, title: str, paragraphs: list[str], url: str | None) -> bytes:
        """This page's markup carrying `paragraphs` under `title`; canonical and og:url say
        `url` (None: the page as served, untouched)."""
        if url is None:
            return self.source
        tree = lxml.html.fromstring(self.source)
        # Every paragraph of the original article goes (the short ones too), or the copies of
        # one template would share its text and be folded into one another.
        slots = [p for p in tree.iter("p") if _norm(p.text_content())[:80] in self.slots]
        _clear_around(slots)
        for slot, text in zip(slots, paragraphs, strict=False):
            for child in list(slot):
                slot.remove(child)
            slot.text = text
        for slot in slots[len(paragraphs):]:
            slot.getparent().remove(slot)
        if len(paragraphs) > len(slots) and slots:  # more text than slots: append after the last
            anchor = slots[-1]
            for text in reversed(paragraphs[len(slots):]):
                extra = etree.Element("p")
                extra.text = text
                anchor.addnext(extra)
        for element in tree.iter("title", "h1"):
            for child in list(element):
                element.remove(child)
            element.text = title
        for meta in tree.iter("meta"):
            if (meta.get("property") or meta.get("name") or "") in (
                    "og:title", "twitter:title", "title"):
                meta.set("content", title)
            if (meta.get("property") or "") == "og:url":
                meta.set("content", url)
        for link in tree.iter("link"):
            if (link.get("rel") or "").lower() == "canonical":
                link.set("href", url)
        return lxml.html.tostring(tree, encoding="utf-8", doctype="<!DOCTYPE html>")


def _clear_around(slots: list) -> None:
    """Empty the text of the article container (the slots' lowest common ancestor) outside the
    slots: captions, subheads, pull quotes and bylines of the original would otherwise stay in
    every page made from this template, and make them copies of one another."""
    if not slots:
        return
    chains = [list(slot.iterancestors()) for slot in slots]
    common = next(a for a in chains[0] if all(a in chain for chain in chains[1:]))
    keep = set(slots)
    for chain in chains:
        keep.update(chain)
    for element in common.iterdescendants():
        if element in keep or any(a in slots for a in element.iterancestors()):
            continue
        if isinstance(element.tag, str) and element.tag not in ("script", "style"):
            element.text = None
        element.tail = None
    for slot in slots:
        slot.tail = None


def _real_templates() -> list[Template]:
    templates = []
    for folder in sorted((CORPUS / "pages").iterdir()):
        if not (folder / "source.html").is_file():
            continue
        meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        expected = lxml.html.fromstring((folder / "expected.html").read_text(encoding="utf-8"))
        every = [p for p in (_norm(e.text_content()) for e in expected.iter("p")) if p]
        paragraphs = tuple(p for p in every if len(p.split()) >= MIN_WORDS)
        lang = (meta.get("lang") or meta.get("language") or "en").lower()[:2]
        if folder.name in ("la-nacion",):  # metadata without a language
            lang = "es"
        templates.append(Template(folder.name, lang, (folder / "source.html").read_bytes(),
                                  paragraphs, frozenset(p[:80] for p in every)))
    return templates


def _seed_paragraphs() -> list[str]:
    found = []
    for path in sorted((CORPUS / "seeds").glob("*.txt")):
        parts = page_parts(path.read_text(encoding="utf-8"))
        found += [p for p in parts.body_paragraphs if len(p.split()) >= MIN_WORDS]
    return list(dict.fromkeys(found))


@dataclass
class Page:
    """One article page of the newsroom."""

    path: str
    title: str
    template: str  # a real page's folder name, or outlet_a / outlet_b
    paragraphs: list[str]  # the body (empty: a real page served as it is)
    feed: int
    published: datetime
    copy_of: str | None = None  # path of the page this one is a syndicated copy of
    html: bytes = b""
    edited: bool = False

    @property
    def summary(self) -> str:
        first = self.paragraphs[0] if self.paragraphs else self.title
        return first[:200]


@dataclass
class Corpus:
    pages: list[Page]
    templates: dict[str, Template]
    pool: list[str]
    rng: random.Random
    uses: dict[str, int] = field(default_factory=dict)

    def feed_pages(self, feed: int) -> list[Page]:
        return [p for p in self.pages if p.feed == feed]

    def render(self, page: Page, base_url: str) -> bytes:
        url = f"{base_url}{page.path}"
        if page.template in ("outlet_a", "outlet_b"):
            text = "\n\n".join([page.title, *page.paragraphs])
            return corpus_page("bench", text, page.template, url).encode("utf-8")
        template = self.templates[page.template]
        if not page.paragraphs:
            return template.source
        return template.render(page.title, page.paragraphs, url)

    def draw(self, count: int) -> list[str]:
        """`count` pool paragraphs, the least used first (ties broken at random)."""
        order = sorted(self.pool, key=lambda p: (self.uses.get(p, 0), self.rng.random()))
        chosen = order[:count]
        for p in chosen:
            self.uses[p] = self.uses.get(p, 0) + 1
        self.rng.shuffle(chosen)
        return chosen


def _title(paragraphs: list[str], number: int) -> str:
    words = re.findall(r"[\w'’-]+", paragraphs[0])[:9]
    return f"{' '.join(words).rstrip(',;:')} ({number})" if words else f"Report {number}"


def build_corpus(count: int, seed: int = 20251130) -> Corpus:
    """`count` pages (at least the real pages' number when count allows), ten feeds."""
    rng = random.Random(seed)
    templates = {t.name: t for t in _real_templates()}
    english = [t for t in templates.values() if t.lang == "en" and len(t.paragraphs) >= 4]
    pool = list(dict.fromkeys(
        [p for t in english for p in t.paragraphs] + _seed_paragraphs()))
    corpus = Corpus([], templates, pool, rng)
    start = datetime(2025, 11, 1, 6, 0, tzinfo=UTC)
    reals = list(templates.values())
    rng.shuffle(reals)
    for number in range(count):
        feed = number % FEEDS
        published = start + timedelta(minutes=7 * number)
        if number < min(len(reals), max(count // 6, 1)):  # the real pages as served
            t = reals[number]
            title = _norm(lxml.html.fromstring(t.source).findtext(".//title") or t.name)
            page = Page(f"/{t.name}/original", title, t.name, [], feed, published)
        elif number % COPY_SHARE == COPY_SHARE - 1 and corpus.pages:
            original = rng.choice([p for p in corpus.pages if p.paragraphs and not p.copy_of])
            template = rng.choice([t.name for t in english if t.name != original.template])
            page = Page(f"/{template}/{number:04d}-syndicated", f"{original.title} (wire copy)",
                        template, list(original.paragraphs), feed, published,
                        copy_of=original.path)
        else:
            template = rng.choice([t.name for t in english] + ["outlet_a", "outlet_b"])
            length = max(6, min(20, len(templates[template].paragraphs)
                                if template in templates else 12))
            paragraphs = corpus.draw(length)
            page = Page(f"/{template}/{number:04d}-{_slug(paragraphs[0])}",
                        _title(paragraphs, number), template, paragraphs, feed, published)
        corpus.pages.append(page)
    return corpus


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower())[:6]) or "piece"


def extra_page(corpus: Corpus, number: int, feed: int) -> Page:
    """A fresh page (the latency pass): 24 sentences from as many pool paragraphs, so it shares
    no run of text with any one earlier page (a page of whole paragraphs drawn again would be
    folded as a copy of a page that has a few of them); it opens with what someone said, so the
    suite's watch matches it."""
    sentences = [s for p in corpus.rng.sample(corpus.pool, 24)
                 for s in [corpus.rng.choice(_SENTENCE.split(p))] if s]
    said = next((s for p in corpus.rng.sample(corpus.pool, len(corpus.pool))
                 for s in _SENTENCE.split(p) if _SAID.search(s)), "Officials said so.")
    sentences[0] = said
    paragraphs = [" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)]
    return Page(f"/outlet_a/late-{number:04d}-{_slug(paragraphs[0])}",
                _title(paragraphs, 9000 + number), "outlet_a", paragraphs, feed,
                datetime.now(UTC))


def edit_numbers(page: Page) -> Page | None:
    """A copy of `page` with one number of its body changed (a claim change), or None when its
    body holds no number to change."""
    for index, paragraph in enumerate(page.paragraphs):
        match = _NUMBER.search(paragraph)
        if match:
            value = int(match.group(1))
            changed = paragraph[:match.start()] + str(value + 7) + paragraph[match.end():]
            paragraphs = [*page.paragraphs[:index], changed, *page.paragraphs[index + 1:]]
            return replace(page, paragraphs=paragraphs, edited=True)
    return None


def feed_entry_args(page: Page, base_url: str) -> dict:
    url = f"{base_url}{page.path}"
    return {"title": page.title, "link": url, "guid": url,
            "summary": page.summary, "published": page.published}


__all__ = ["Corpus", "Page", "build_corpus", "edit_numbers", "extra_page",
           "feed_entry_args"]
