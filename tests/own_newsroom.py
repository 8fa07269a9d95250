"""The project's own test newsroom: the invented story of tests/data/own_story (three pieces on
the Tallis flood barrier, an off-topic piece, a wire copy, edited versions) on a loopback
`Newsroom`. It needs nothing outside the repository, so the core behaviour is tested on every
clone, with or without ../shared beside it.

    site = build_own_newsroom(newsroom)
    ... write_configs(tmp_path, feeds=site.feeds, watches=[FLOOD_WATCH], ...) ...
    site.publish("barrier-fails", site.text("barrier-fails.v2-number"))   # an edit

Feeds: the Courier (RSS: piece 1 and the off-topic piece), the Northgate Post (Atom: pieces 2
and 3), and an aggregator (RSS: a wire copy of piece 1 under another URL and headline). The
aggregator is listed last, so the original is always processed before its copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pages import corpus_page, page_meta, page_parts

from workers.demo.newsroom import FeedEntry, Newsroom

DATA = Path(__file__).resolve().parent / "data" / "own_story"
PIECES = ("barrier-fails", "shelters-fill", "inspection-warned")  # on the story
OFFTOPIC = ("chess-final",)
COPY = "barrier-fails.copy"  # a wire copy of PIECES[0]

# feed id -> (kind, path, title, [(article key, page path, template)])
FEEDS = {
    "courier": ("rss", "/courier/feed.rss", "Riverside Courier", [
        ("barrier-fails", "/courier/tallis-flood-barrier-fails", "outlet_a"),
        ("chess-final", "/courier/sport/county-chess-final", "outlet_a"),
    ]),
    "northgate": ("atom", "/northgate/feed.atom", "Northgate Post", [
        ("shelters-fill", "/northgate/wrenmouth-shelters-fill-up", "outlet_b"),
        ("inspection-warned", "/northgate/inspectors-warned-of-weak-gate", "outlet_b"),
    ]),
    "aggregator": ("rss", "/aggregator/feed.rss", "The Aggregator", [
        (COPY, "/aggregator/wrenmouth-evacuated", "outlet_b"),
    ]),
}

FLOOD_WATCH = {"id": "tallis-flood", "title": "Tallis flood barrier",
               "query": "(flood OR barrier) AND (Tallis OR Wrenmouth)", "sinks": ["hook"]}


def read_text(name: str) -> str:
    return (DATA / f"{name}.txt").read_text(encoding="utf-8")


@dataclass
class OwnSite:
    """Where everything of the own newsroom is; `publish` serves a new text at a piece's URL."""

    newsroom: Newsroom
    paths: dict[str, str] = field(default_factory=dict)  # article key -> page path
    templates: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    feeds: list[dict] = field(default_factory=list)  # watch-list feed entries

    def url(self, key: str) -> str:
        return self.newsroom.url(self.paths[key])

    def text(self, name: str) -> str:
        return read_text(name)

    def publish(self, key: str, text: str) -> None:
        self.newsroom.put(self.paths[key],
                          corpus_page(key, text, self.templates[key], self.url(key)))


def build_own_newsroom(newsroom: Newsroom) -> OwnSite:
    site = OwnSite(newsroom)
    published = datetime(2025, 11, 4, 6, 0, tzinfo=UTC)
    for feed_id, (kind, feed_path, feed_title, listed) in FEEDS.items():
        entries = []
        for key, path, template in listed:
            site.paths[key], site.templates[key] = path, template
            text = read_text(key)
            meta = page_meta(key, page_parts(text), template, site.url(key))
            site.titles[key] = meta.title
            site.publish(key, text)
            published += timedelta(minutes=20)
            entries.append(FeedEntry(title=meta.title, link=site.url(key), guid=site.url(key),
                                     summary=meta.description, published=published))
        newsroom.put_feed(feed_path, kind, feed_title, entries)
        site.feeds.append({"id": feed_id, "name": feed_title, "url": newsroom.url(feed_path)})
    return site


# A third outlet for the story page (tests/test_story_page_browser.py): a Monday-evening piece
# saying the barrier had not failed (an earlier report, listed last so it is seen last) and a
# Wednesday piece with a higher count of evacuated homes (an update).
VALLEY = {"id": "valley", "name": "Valley Radio", "path": "/valley/feed.rss", "pieces": (
    ("homes-count-rises", "/valley/evacuated-homes-rise",
     datetime(2025, 11, 5, 8, 0, tzinfo=UTC)),
    ("barrier-holding", "/valley/tallis-barrier-holding",
     datetime(2025, 11, 3, 19, 0, tzinfo=UTC)),
)}


def add_valley_radio(site: OwnSite) -> None:
    entries = []
    for key, path, published in VALLEY["pieces"]:
        site.paths[key], site.templates[key] = path, "outlet_b"
        text = read_text(key)
        meta = page_meta(key, page_parts(text), "outlet_b", site.url(key))
        site.titles[key] = meta.title
        site.publish(key, text)
        entries.append(FeedEntry(title=meta.title, link=site.url(key), guid=site.url(key),
                                 summary=meta.description, published=published))
    site.newsroom.put_feed(VALLEY["path"], "rss", VALLEY["name"], entries)
    site.feeds.append({"id": VALLEY["id"], "name": VALLEY["name"],
                       "url": site.newsroom.url(VALLEY["path"])})
