"""The corpus newsroom for integration tests: the five seed articles as outlet pages on a
loopback `Newsroom`, behind an RSS 2.0, an Atom and an RDF feed, with two off-topic pieces.

    with Newsroom() as newsroom:
        site = build_corpus_newsroom(newsroom, corpus)
        ... poll site.feed_urls["rss"] ...

What the feeds exercise on purpose:
- every seed is listed in at least one feed;
- one seed (`duplicate_seed`) is listed in two feeds with the same link but different GUIDs,
  so only link/canonical dedup can fold the two items (cross-feed dedup);
- one seed (`tracked_seed`) is listed with utm_ tracking parameters on its link, while its page's
  rel=canonical points at the clean URL;
- the off-topic pieces (a football report, a markets report) sit in the same feeds as the story.

With fewer feed kinds (`feeds=("rss",)`), the items of the missing feeds move to the first kind
requested, so every article stays listed.

Pages are built by `pages.corpus_page` (outlet templates with the scrape's junk in nav, aside
and footer); the seed texts are read at test time and never copied into the repository.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from pages import corpus_page, page_meta, page_parts

from workers.demo.newsroom import FeedEntry, FeedKind, Newsroom

FEED_PATHS: dict[str, str] = {
    "rss": "/feeds/world.rss",
    "atom": "/feeds/mideast.atom",
    "rdf": "/feeds/wire.rdf",
}
FEED_TITLES = {"rss": "World news", "atom": "Middle East", "rdf": "Wire"}

# Which piece each feed lists, before redistribution. "001" is in two feeds (cross-feed dedup).
FEED_PLAN: dict[str, tuple[str, ...]] = {
    "rss": ("000", "001", "football"),
    "atom": ("002", "003", "001"),
    "rdf": ("004", "markets"),
}
TEMPLATES = {
    "000": "outlet_a",
    "001": "outlet_b",
    "002": "outlet_a",
    "003": "outlet_b",
    "004": "outlet_a",
    "football": "outlet_b",
    "markets": "outlet_a",
}
TRACKED_SEED = "004"
TRACKING_QUERY = "utm_source=rss&utm_medium=feed&utm_campaign=wire"

# Off-topic pieces, written for these tests, with the furniture a scrape of them would carry.
OFFTOPIC_TEXTS = {
    "football": """Categories Sport

Riverside City come from behind to beat Dunmore Albion in five-goal thriller

Riverside City came from a goal down twice to beat Dunmore Albion 3-2 on Saturday, with the winger Kofi Mensah scoring the winner two minutes into stoppage time.

Albion took the lead after nine minutes when their captain, Lewis Hartley, headed in a free kick at the near post. City equalised before the break through a deflected shot from the midfielder Tomasz Wrona.

The second half was end to end. Albion went ahead again on the hour when the striker Ollie Brennan ran through on goal and lifted the ball over the goalkeeper, but the home side's substitutes changed the game. Aaron Pike levelled with a low drive from the edge of the area in the 78th minute.

AD

With the crowd on its feet, Mensah cut inside from the left and curled a shot into the far corner in the 92nd minute.

"We showed character today, and that is what I asked of the players at half-time," the City manager, Rachel Doyle, said. "We were not at our best, but we kept going until the end."

The win lifts City to fourth in the table, three points off the playoff places, while Albion remain in the bottom three after a fifth defeat in seven matches.

More From Author

Leave a Reply

Your email address will not be published. Required fields are marked *

You May Also Like

Transfer window

Transfer window: five deals that could still happen before the deadline

With days left before the window shuts, clubs across the league are racing to…

Cup draw

Cup draw pairs holders with second-tier side in next round

The holders will travel to face a second-tier side in the next round after…
""",
    "markets": """MarketDesk    •   4 min read

Stocks edge higher as bond yields ease ahead of central bank meeting

Global stocks edged higher on Tuesday as government bond yields eased ahead of a closely watched central bank meeting, with investors betting that policymakers will hold interest rates steady for a third consecutive month.

A broad index of world shares rose 0.4 percent by late afternoon, led by technology and consumer stocks. The yield on the benchmark ten-year government bond fell four basis points to 4.12 percent, its lowest level in three weeks.

AD

"The market has talked itself into a pause, and the data this week have done nothing to change its mind," said Helen Marsh, chief strategist at a London-based asset manager. "The risk is that the statement sounds more cautious than traders expect."

Oil prices were little changed, with Brent crude trading near $78 a barrel, as traders weighed rising inventories against signs of steady demand from refiners. Gold slipped 0.2 percent.

In currency markets, the dollar was flat against a basket of major currencies, while the yen strengthened after a senior finance ministry official warned against excessive moves.

Trade talks between the two largest economies are also in focus, with negotiators due to meet next week to discuss tariffs on steel and electric vehicles.

More Stories You Might Enjoy
""",
}


@dataclass(frozen=True)
class CorpusSite:
    """Where everything of the corpus newsroom is. Article URLs are the clean, canonical ones."""

    article_paths: dict[str, str]  # seed id -> path
    article_urls: dict[str, str]  # seed id -> url
    titles: dict[str, str]  # seed id or off-topic name -> headline on its page
    templates: dict[str, str]  # seed id or off-topic name -> pages.corpus_page template
    feed_paths: dict[str, str]  # kind -> path
    feed_urls: dict[str, str]  # kind -> url
    feed_links: dict[str, tuple[str, ...]]  # kind -> item links, as listed in that feed
    offtopic_urls: dict[str, str]  # "football" / "markets" -> url
    duplicate_seeds: tuple[str, ...]  # seeds listed in more than one feed, with the same link
    tracked_seed: str  # seed listed with utm_ parameters on its link
    tracked_link: str  # that link, as the feed lists it


def slugify(title: str, max_words: int = 8) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower())
    return "-".join(words[:max_words])


def article_path(key: str, title: str) -> str:
    outlet = "outlet-a" if TEMPLATES[key] == "outlet_a" else "outlet-b"
    section = {"football": "sport/", "markets": "markets/"}.get(key, "")
    return f"/{outlet}/{section}{slugify(title)}"


def feed_plan(kinds: Iterable[str]) -> dict[FeedKind, tuple[str, ...]]:
    """FEED_PLAN restricted to `kinds`; the items of the left-out feeds go to the first kind."""
    kinds = list(dict.fromkeys(kinds))
    unknown = [k for k in kinds if k not in FEED_PLAN]
    if not kinds or unknown:
        raise ValueError(f"feeds must be a non-empty subset of {sorted(FEED_PLAN)}, got {kinds}")
    plan = {kind: list(FEED_PLAN[kind]) for kind in kinds}
    for kind, keys in FEED_PLAN.items():
        if kind not in plan:
            plan[kinds[0]] += [k for k in keys if k not in plan[kinds[0]]]
    return {cast(FeedKind, kind): tuple(keys) for kind, keys in plan.items()}


def guid_for(kind: str, key: str, url: str, link: str) -> str:
    """GUIDs in the style of each feed kind: WordPress RSS uses the permalink, Atom a tag URI,
    RDF the item URI as listed. So a piece in two feeds has two GUIDs but one link."""
    if kind == "rss":
        return url
    if kind == "atom":
        return f"tag:newsroom.test,2025:{key}"
    return link


def build_corpus_newsroom(
    newsroom: Newsroom, corpus: dict[str, str], *, feeds: Iterable[str] = ("rss", "atom", "rdf")
) -> CorpusSite:
    texts = {**corpus, **OFFTOPIC_TEXTS}
    metas = {key: page_meta(key, page_parts(text), TEMPLATES[key]) for key, text in texts.items()}
    paths = {key: article_path(key, meta.title) for key, meta in metas.items()}
    urls = {key: newsroom.url(path) for key, path in paths.items()}
    for key, text in texts.items():
        newsroom.put(paths[key], corpus_page(key, text, TEMPLATES[key], urls[key]))

    tracked_link = f"{urls[TRACKED_SEED]}?{TRACKING_QUERY}"
    links = {key: tracked_link if key == TRACKED_SEED else url for key, url in urls.items()}
    plan = feed_plan(feeds)
    for kind, keys in plan.items():
        entries = [
            FeedEntry(
                title=metas[key].title,
                link=links[key],
                guid=guid_for(kind, key, urls[key], links[key]),
                summary=metas[key].description,
                published=datetime.fromisoformat(metas[key].published),
                author=", ".join(metas[key].authors),
            )
            for key in keys
        ]
        newsroom.put_feed(FEED_PATHS[kind], kind, FEED_TITLES[kind], entries)

    listed = [key for keys in plan.values() for key in keys]
    return CorpusSite(
        article_paths={k: paths[k] for k in corpus},
        article_urls={k: urls[k] for k in corpus},
        titles={k: m.title for k, m in metas.items()},
        templates={k: TEMPLATES[k] for k in texts},
        feed_paths={kind: FEED_PATHS[kind] for kind in plan},
        feed_urls={kind: newsroom.url(FEED_PATHS[kind]) for kind in plan},
        feed_links={kind: tuple(links[k] for k in keys) for kind, keys in plan.items()},
        offtopic_urls={k: urls[k] for k in OFFTOPIC_TEXTS},
        duplicate_seeds=tuple(sorted(k for k in corpus if listed.count(k) > 1)),
        tracked_seed=TRACKED_SEED,
        tracked_link=tracked_link,
    )
