"""The loopback newsroom, the bundled demo site and the corpus newsroom, all over real HTTP on
127.0.0.1. The test newsroom's faults are in test_faulty_newsroom.py, the webhook receiver in
test_receiver.py."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from html import escape

import feedparser
import httpx
import pytest
from faulty_newsroom import FaultyNewsroom
from newsroom_corpus import build_corpus_newsroom, feed_plan

from workers.demo.newsroom import FeedEntry, Newsroom, rfc822
from workers.demo.site import load_demo_site, publish, versions_at

LAST_MODIFIED = datetime(2025, 7, 25, 9, 30, tzinfo=UTC)


@pytest.fixture
def demo_newsroom() -> Iterator[Newsroom]:
    """The newsroom `newsmon demo` ships, without the tests' recording and faults."""
    with Newsroom() as site:
        yield site


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    # One client for the module: building its TLS context costs ~50 ms a time.
    with httpx.Client(timeout=5) as http:
        yield http


# --- conditional GET ---------------------------------------------------------------------------

Validators = Callable[[str, str], dict[str, str]]


@pytest.mark.parametrize(
    ("conditional_headers", "expected_status"),
    [
        (lambda etag, lm: {}, 200),
        (lambda etag, lm: {"If-None-Match": etag}, 304),
        (lambda etag, lm: {"If-None-Match": f"W/{etag}"}, 304),
        (lambda etag, lm: {"If-None-Match": f'"stale", {etag}'}, 304),
        (lambda etag, lm: {"If-None-Match": "*"}, 304),
        (lambda etag, lm: {"If-None-Match": '"stale"'}, 200),
        (lambda etag, lm: {"If-Modified-Since": lm}, 304),
        (lambda etag, lm: {"If-Modified-Since": rfc822(LAST_MODIFIED + timedelta(days=1))}, 304),
        (lambda etag, lm: {"If-Modified-Since": rfc822(LAST_MODIFIED - timedelta(seconds=1))}, 200),
        (lambda etag, lm: {"If-Modified-Since": "not a date"}, 200),
        # If-None-Match decides when present, even if If-Modified-Since alone would say 304.
        (lambda etag, lm: {"If-None-Match": '"stale"', "If-Modified-Since": lm}, 200),
    ],
    ids=[
        "unconditional",
        "etag",
        "weak-etag",
        "etag-in-list",
        "etag-star",
        "stale-etag",
        "ims-equal",
        "ims-later",
        "ims-earlier",
        "ims-garbage",
        "inm-wins-over-ims",
    ],
)
def test_conditional_get(
    newsroom: FaultyNewsroom,
    client: httpx.Client,
    conditional_headers: Validators,
    expected_status: int,
) -> None:
    newsroom.put("/feed.xml", b"<rss/>", "application/rss+xml", last_modified=LAST_MODIFIED)
    first = client.get(newsroom.url("/feed.xml"))
    assert first.status_code == 200
    assert first.headers["last-modified"] == "Fri, 25 Jul 2025 09:30:00 GMT"

    headers = conditional_headers(first.headers["etag"], first.headers["last-modified"])
    second = client.get(newsroom.url("/feed.xml"), headers=headers)

    assert second.status_code == expected_status
    assert second.content == (b"" if expected_status == 304 else b"<rss/>")
    assert second.headers["etag"] == first.headers["etag"]
    assert newsroom.hits("/feed.xml") == 2
    assert newsroom.conditional_hits("/feed.xml") == (1 if headers else 0)


def test_etag_follows_the_body(newsroom: FaultyNewsroom, client: httpx.Client) -> None:
    newsroom.put("/a", "first version")
    etag_first = client.get(newsroom.url("/a")).headers["etag"]
    newsroom.put("/a", "first version")  # same bytes again: same validator
    assert client.get(newsroom.url("/a")).headers["etag"] == etag_first

    newsroom.put("/a", "second version")
    changed = client.get(newsroom.url("/a"), headers={"If-None-Match": etag_first})
    assert changed.status_code == 200
    assert changed.text == "second version"
    assert changed.headers["etag"] != etag_first


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/story", "plain"),
        ("/story?utm_source=rss&utm_medium=feed", "plain"),  # any query: the path's content
        ("/story?page=2", "page two"),  # an exact target put on its own wins
    ],
)
def test_query_strings(
    newsroom: FaultyNewsroom, client: httpx.Client, target: str, expected: str
) -> None:
    newsroom.put("/story", "plain")
    newsroom.put("/story?page=2", "page two")
    assert client.get(newsroom.url(target)).text == expected


def test_remove_then_404(newsroom: FaultyNewsroom, client: httpx.Client) -> None:
    newsroom.put("/a", "body")
    newsroom.remove("/a")
    assert client.get(newsroom.url("/a")).status_code == 404
    assert client.get(newsroom.url("/never-put")).status_code == 404


# --- feeds -------------------------------------------------------------------------------------

ENTRIES = [
    FeedEntry(
        title='Talks "stall" <again> & resume — ‘quoted’',
        link="/world/talks-stall",  # relative: put_feed makes it absolute
        guid="urn:test:talks-stall",
        summary="Negotiators & mediators <met> in Doha.",
        published=datetime(2025, 7, 24, 21, 40, tzinfo=UTC),
        updated=datetime(2025, 7, 25, 8, 0, tzinfo=UTC),
        author="Lena Hartmann",
    ),
    FeedEntry(
        title="Second item",
        link="https://other.example.org/2",
        guid="https://other.example.org/2",
        summary="Plain.",
        published=datetime(2025, 7, 23, 6, 0, tzinfo=UTC),
    ),
]


@pytest.mark.parametrize(
    ("kind", "version", "content_type", "date_field"),
    [
        ("rss", "rss20", "application/rss+xml", "published_parsed"),
        ("atom", "atom10", "application/atom+xml", "published_parsed"),
        ("rdf", "rss10", "application/rdf+xml", "updated_parsed"),  # dc:date
    ],
)
def test_feeds_parse_with_feedparser(
    newsroom: FaultyNewsroom,
    client: httpx.Client,
    kind: str,
    version: str,
    content_type: str,
    date_field: str,
) -> None:
    newsroom.put_feed(f"/feed.{kind}", kind, "World & more", ENTRIES)  # type: ignore[arg-type]
    response = client.get(newsroom.url(f"/feed.{kind}"))
    parsed = feedparser.parse(response.content)

    assert response.headers["content-type"].startswith(content_type)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == version
    assert parsed.feed.title == "World & more"
    assert [e.title for e in parsed.entries] == [e.title for e in ENTRIES]
    assert [e.link for e in parsed.entries] == [
        newsroom.url("/world/talks-stall"),
        "https://other.example.org/2",
    ]
    assert [e.id for e in parsed.entries] == [e.guid for e in ENTRIES]
    assert parsed.entries[0].author == "Lena Hartmann"
    assert parsed.entries[0][date_field][:5] == (2025, 7, 24, 21, 40)
    assert "Negotiators & mediators" in parsed.entries[0].summary


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_carry_edit_times(newsroom: FaultyNewsroom, kind: str) -> None:
    body = newsroom.put_feed("/f", kind, "World", ENTRIES)  # type: ignore[arg-type]
    parsed = feedparser.parse(body)
    assert parsed.entries[0].updated_parsed[:4] == (2025, 7, 25, 8)


def test_unknown_feed_kind(newsroom: FaultyNewsroom) -> None:
    with pytest.raises(ValueError, match="unknown feed kind"):
        newsroom.put_feed("/f", "json", "World", ENTRIES)  # type: ignore[arg-type]


# --- the bundled demo site ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_site():
    return load_demo_site(now=datetime(2031, 3, 14, 12, 0, tzinfo=UTC))


def test_demo_site_loads_from_package_data(demo_site) -> None:
    assert [o.name for o in demo_site.outlets] == [
        "Harbor Herald",
        "Meridian Wire",
        "Northgate Times",
    ]
    initial = [a for a in demo_site.articles if a.stage == 0]
    assert len(initial) == 6
    assert sum(a.on_story for a in initial) == 4
    assert demo_site.last_stage == 2
    texts = [a.text for a in demo_site.articles] + [e.text for e in demo_site.edits]
    assert all(150 <= len(t.split()) <= 300 for t in texts)
    assert all(a.published <= demo_site.epoch for a in demo_site.articles)
    story_terms = re.compile(r"Kessport")
    assert all(bool(story_terms.search(a.text)) == a.on_story for a in demo_site.articles)


def test_demo_edit_changes_a_number_and_adds_a_quote(demo_site) -> None:
    (edit,) = demo_site.edits
    before = demo_site.article(edit.article).text
    assert "At least 38 ships" in before and "At least 41 ships" in edit.text
    added = set(edit.text.split("\n\n")) - set(before.split("\n\n"))
    assert len(added) == 2  # the changed paragraph and the new quote
    assert any(p.startswith('"') and "said" in p for p in added)


def _feed_ids(client: httpx.Client, url: str) -> list[str]:
    parsed = feedparser.parse(client.get(url).content)
    assert not parsed.bozo
    return [e.id.rsplit(":", 1)[1] for e in parsed.entries]


@pytest.mark.parametrize(
    ("stage", "expected_feeds"),
    [
        (
            0,
            {
                "harbor-herald": ["herald-strike-day-twelve", "herald-rovers-derby"],
                "meridian-wire": ["wire-saltline-offer", "wire-mediator-truce"],
                "northgate-times": ["times-exporters-cost", "times-library-reopens"],
            },
        ),
        (
            1,
            {
                "harbor-herald": ["herald-strike-day-twelve", "herald-rovers-derby"],
                "meridian-wire": [
                    "wire-truce-agreed",
                    "wire-saltline-offer",
                    "wire-mediator-truce",
                ],
                "northgate-times": ["times-exporters-cost", "times-library-reopens"],
            },
        ),
    ],
)
def test_publish_stage_feeds(
    demo_newsroom: Newsroom, client: httpx.Client, demo_site, stage: int, expected_feeds
) -> None:
    published = publish(demo_newsroom, demo_site, stage)
    assert {slug: _feed_ids(client, url) for slug, url in published.feeds.items()} == expected_feeds
    for article_id, url in published.pages.items():
        page = client.get(url)
        assert page.status_code == 200
        assert f'<link rel="canonical" href="{url}">' in page.text
        assert escape(demo_site.article(article_id).title) in page.text
    later = client.get(demo_newsroom.url(demo_site.article("wire-truce-agreed").path))
    assert later.status_code == (200 if stage >= 1 else 404)
    assert "Meridian Wire" in client.get(demo_newsroom.url("/")).text


def test_publish_stages_change_only_what_they_change(
    demo_newsroom: Newsroom, client: httpx.Client, demo_site
) -> None:
    def etags(published) -> dict[str, str]:
        urls = {**published.feeds, **published.pages}
        return {key: client.get(url).headers["etag"] for key, url in urls.items()}

    stage0 = etags(publish(demo_newsroom, demo_site, 0))
    stage1 = etags(publish(demo_newsroom, demo_site, 1))
    stage2 = etags(publish(demo_newsroom, demo_site, 2))

    assert {k for k in stage1 if stage1[k] != stage0.get(k)} == {
        "meridian-wire",
        "wire-truce-agreed",
    }
    assert {k for k in stage2 if stage2[k] != stage1[k]} == {
        "harbor-herald",
        "herald-strike-day-twelve",
    }
    edited = client.get(demo_newsroom.url(demo_site.article("herald-strike-day-twelve").path)).text
    assert "At least 41 ships" in edited and "harbourmaster" in edited
    assert "Updated" in edited
    herald = feedparser.parse(client.get(demo_newsroom.url("/harbor-herald/rss.xml")).content)
    assert herald.entries[0].updated_parsed > herald.entries[0].published_parsed


def test_publish_back_to_an_earlier_stage_takes_pieces_offline(
    demo_newsroom: Newsroom, client: httpx.Client, demo_site
) -> None:
    publish(demo_newsroom, demo_site, 1)
    publish(demo_newsroom, demo_site, 0)
    later = demo_site.article("wire-truce-agreed")
    assert client.get(demo_newsroom.url(later.path)).status_code == 404
    assert [v.article.id for v in versions_at(demo_site, 0)].count(later.id) == 0


@pytest.mark.parametrize("stage", [-1, 3])
def test_publish_rejects_unknown_stages(demo_newsroom: Newsroom, demo_site, stage: int) -> None:
    with pytest.raises(ValueError, match="between 0 and 2"):
        publish(demo_newsroom, demo_site, stage)


# --- the corpus newsroom -----------------------------------------------------------------------


def _parsed_links(client: httpx.Client, url: str) -> list[str]:
    parsed = feedparser.parse(client.get(url).content)
    assert not parsed.bozo
    return [e.link for e in parsed.entries]


def test_corpus_newsroom_lists_every_article(
    newsroom: FaultyNewsroom, client: httpx.Client, corpus: dict[str, str]
) -> None:
    site = build_corpus_newsroom(newsroom, corpus)
    links = {kind: _parsed_links(client, url) for kind, url in site.feed_urls.items()}
    assert links == {kind: list(listed) for kind, listed in site.feed_links.items()}

    all_links = [link.split("?")[0] for listed in links.values() for link in listed]
    assert set(site.article_urls.values()) | set(site.offtopic_urls.values()) == set(all_links)
    assert site.duplicate_seeds == ("001",)
    assert sum(1 for listed in links.values() if site.article_urls["001"] in listed) == 2
    assert "utm_source=rss" in site.tracked_link
    assert site.tracked_link in links["rdf"]

    tracked_page = client.get(site.tracked_link).text
    canonical = site.article_urls[site.tracked_seed]
    assert f'<link rel="canonical" href="{canonical}">' in tracked_page


def test_corpus_pages_use_both_templates(
    newsroom: FaultyNewsroom, client: httpx.Client, corpus: dict[str, str]
) -> None:
    site = build_corpus_newsroom(newsroom, corpus)
    for key, url in {**site.article_urls, **site.offtopic_urls}.items():
        page = client.get(url)
        assert page.status_code == 200
        assert f"/{site.templates[key].replace('_', '-')}/" in url
        assert re.search(r"<h1[^>]*>", page.text)
    assert set(site.templates.values()) == {"outlet_a", "outlet_b"}
    assert site.titles["000"].startswith("US negotiators cut short Gaza")


@pytest.mark.parametrize(
    ("kinds", "expected_sizes"),
    [
        (("rss", "atom", "rdf"), {"rss": 3, "atom": 3, "rdf": 2}),
        (("atom",), {"atom": 7}),
        (("rdf", "rss"), {"rdf": 5, "rss": 3}),
    ],
)
def test_feed_plan_keeps_every_piece_listed(
    kinds: tuple[str, ...], expected_sizes: dict[str, int]
) -> None:
    plan = feed_plan(kinds)
    assert {kind: len(keys) for kind, keys in plan.items()} == expected_sizes
    listed = {key for keys in plan.values() for key in keys}
    assert listed == {"000", "001", "002", "003", "004", "football", "markets"}


def test_feed_plan_rejects_unknown_kinds() -> None:
    with pytest.raises(ValueError, match="non-empty subset"):
        feed_plan(("rss", "json"))
