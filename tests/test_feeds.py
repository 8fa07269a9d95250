"""parse_feed on the 14 real corpus feeds (expected output in tests/data/feeds/expected.json),
on broken and non-feed bodies, and the pure helpers (item keys, authors, HTML to text)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import CORPUS_FEEDS

from monitor.ingest.feeds import entry_authors, html_to_text, item_key, parse_feed

EXPECTED_FILE = Path(__file__).parent / "data" / "feeds" / "expected.json"
EXPECTED = json.loads(EXPECTED_FILE.read_text(encoding="utf-8"))
BASE = "https://feeds.example.com/corpus/"
XML_HEADERS = {"Content-Type": "application/xml"}


def _as_expected(feed) -> dict:
    return {
        "title": feed.title,
        "link": feed.link,
        "problem": feed.problem,
        "items": [
            {
                "key": item.key,
                "guid": item.guid,
                "link": item.link,
                "title": item.title,
                "published": item.published.isoformat() if item.published else None,
                "updated": item.updated.isoformat() if item.updated else None,
                "authors": list(item.authors),
                "summary": item.summary,
            }
            for item in feed.items
        ],
    }


def _corpus(name: str) -> bytes:
    return (CORPUS_FEEDS / name).read_bytes()


@pytest.mark.requires_corpus
def test_every_corpus_feed_has_an_expectation():
    assert sorted(EXPECTED) == sorted(p.name for p in CORPUS_FEEDS.glob("*.xml"))
    assert len(EXPECTED) == 14


@pytest.mark.requires_corpus
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_feed_parses_as_expected(name):
    feed = parse_feed(BASE + name, _corpus(name), XML_HEADERS)
    assert _as_expected(feed) == EXPECTED[name]


@pytest.mark.requires_corpus
@pytest.mark.parametrize(
    "name", ["rss_0.91_encoding_1.xml", "rss_1.0_iso8859.xml", "rss_2.0_encoding_1.xml"]
)
@pytest.mark.parametrize(
    "content_type",
    [None, "application/xml", "text/xml", "application/rss+xml; charset=ISO-8859-1"],
)
def test_iso_8859_1_feeds_decode_whatever_the_server_says(name, content_type):
    headers = {"Content-Type": content_type} if content_type else None
    feed = parse_feed(BASE + name, _corpus(name), headers)
    assert feed.title == EXPECTED[name]["title"]
    assert [i.title for i in feed.items] == [i["title"] for i in EXPECTED[name]["items"]]
    assert feed.problem is None
    assert "\ufffd" not in feed.title  # no replacement characters: decoded, not guessed


@pytest.mark.requires_corpus
def test_relative_links_resolve_against_content_location():
    headers = {
        "Content-Type": "application/atom+xml",
        "Content-Location": "https://mirror.example.org/x/feed",
    }
    feed = parse_feed(BASE + "atom_relative.xml", _corpus("atom_relative.xml"), headers)
    assert feed.link == "https://mirror.example.org/blog/"
    assert feed.items[0].link == "https://mirror.example.org/blog/2003/12/13/atom03"


@pytest.mark.requires_corpus
def test_xml_base_wins_over_the_fetch_url():
    feed = parse_feed("https://elsewhere.example.net/feed", _corpus("rss_2.0_relurl_1.xml"))
    assert [i.link for i in feed.items] == [
        "https://insanity.industries/post/pareto-optimal-compression/",
        "https://insanity.industries/post/pacman-tracking-leftover-packages/",
    ]


@pytest.mark.requires_corpus
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_item_keys_do_not_depend_on_the_feed_url(name):
    # A feed that moves (301) must not give its items new keys, or every item alerts again.
    body = _corpus(name)
    before = [i.key for i in parse_feed("https://old.example.com/feed.xml", body).items]
    after = [i.key for i in parse_feed("https://new.example.org/rss/feed", body).items]
    assert before == after


def test_malformed_feed_yields_its_readable_items_and_says_what_is_wrong():
    body = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbor Wire &mdash; World</title>
<link>https://news.harborwire.example.org/</link>
<item><title>Talks resume in Doha</title><link>/world/talks-resume</link>
<description>Negotiators <b>returned</b> on Monday.</description>
<pubDate>Mon, 28 Jul 2025 08:00:00 +0200</pubDate></item>
<item><title>Aid trucks wait at the border</title><link>/world/aid-trucks</link></itemm>
</channel></rss>"""
    feed = parse_feed("https://news.harborwire.example.org/feed.xml", body)
    assert feed.problem.startswith("not well-formed XML at line 2, column ")
    assert [(i.title, i.link) for i in feed.items] == [
        ("Talks resume in Doha", "https://news.harborwire.example.org/world/talks-resume"),
        ("Aid trucks wait at the border", "https://news.harborwire.example.org/world/aid-trucks"),
    ]
    assert feed.items[0].summary == "Negotiators returned on Monday."
    assert feed.items[0].published == datetime(2025, 7, 28, 6, 0, tzinfo=UTC)


@pytest.mark.requires_corpus
def test_truncated_corpus_feed_reports_where_it_broke():
    feed = parse_feed(BASE + "rss_2.0_invalid_1.xml", _corpus("rss_2.0_invalid_1.xml"))
    assert feed.title == "Reuters: Most Read Articles"
    assert "not well-formed XML at line 19" in feed.problem and "no element found" in feed.problem
    assert feed.items == ()


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"", "empty body"),
        (b"  \n\t", "empty body"),
        (
            (
                b"<!DOCTYPE html><html><head><title>Harbor Wire</title></head>"
                b"<body><h1>Welcome</h1><p>Read our latest stories.</p></body></html>"
            ),
            "the body is an HTML page",
        ),
        (b'{"items": [{"title": "not a feed"}]}', "no feed elements found"),
        (b"Service temporarily unavailable", "no feed elements found"),
    ],
)
def test_bodies_that_are_not_feeds(body, problem):
    feed = parse_feed("https://news.example.com/feed", body, {"Content-Type": "text/html"})
    assert feed.items == ()
    assert problem in feed.problem


def test_a_body_naming_a_file_or_url_is_never_opened_or_fetched():
    # Given bare bytes, feedparser would open a local path or fetch a URL; we hand it a stream.
    path = str(CORPUS_FEEDS / "rss_2.0_bbc.xml").encode()
    for body in (path, b"http://127.0.0.1:9/feed.xml", b"file:///etc/hostname"):
        feed = parse_feed("https://news.example.com/feed", body)
        assert feed.items == () and feed.title == ""


@pytest.mark.requires_corpus
def test_summary_is_plain_text_and_dates_are_aware_utc():
    for name in EXPECTED:
        for item in parse_feed(BASE + name, _corpus(name)).items:
            assert "<" not in item.summary and "&amp;" not in item.summary
            for when in (item.published, item.updated):
                assert when is None or when.utcoffset().total_seconds() == 0


# --- the dedup key ---------------------------------------------------------------------------

WHEN = datetime(2025, 7, 25, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("guid", "link", "title", "published", "expected"),
    [
        ("urn:uuid:1225c695", "https://a.example.com/1", "T", WHEN, "guid:urn:uuid:1225c695"),
        ("  4956764 \n", None, None, None, "guid:4956764"),
        (None, "https://a.example.com/1", "T", WHEN, "link:https://a.example.com/1"),
        ("", " https://a.example.com/1 ", "T", None, "link:https://a.example.com/1"),
        ("   ", "", "Talks resume", WHEN, "title:"),
    ],
)
def test_item_key_rule_order(guid, link, title, published, expected):
    key = item_key(guid, link, title, published)
    assert key == expected if not expected.endswith(":") else key.startswith(expected)


def test_title_keys_are_stable_hashes_of_title_and_date():
    key = item_key(None, None, "Talks resume in Doha", WHEN)
    assert key == item_key(None, None, "  talks RESUME   in\nDoha ", WHEN)  # spacing, case
    assert key != item_key(None, None, "Talks resume in Doha", None)
    assert key != item_key(None, None, "Talks collapse in Doha", WHEN)
    assert len(key) == len("title:") + 32
    # Fixed value: the key is stored in Redis, so it must not change between releases.
    assert (
        key
        == "title:"
        + __import__("hashlib")
        .sha256(b"talks resume in doha\n2025-07-25T09:30:00+00:00")
        .hexdigest()[:32]
    )


def test_item_key_needs_something_to_key_on():
    with pytest.raises(ValueError, match="GUID, a link or a title"):
        item_key(None, " ", "", None)


def test_items_without_guid_link_or_title_are_skipped():
    body = b"""<rss version="2.0"><channel><title>T</title>
<item><description>Only a description.</description></item>
<item><title>Kept</title></item></channel></rss>"""
    assert [i.title for i in parse_feed("https://a.example.com/f", body).items] == ["Kept"]


# --- helpers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        ({"author": "jonas@insanity.industries (Jonas Große Sundrup)"}, ("Jonas Große Sundrup",)),
        ({"author": "Angela Leucci (redazione@ilgiornale-web.it)"}, ("Angela Leucci",)),
        ({"author": "Gaby Acevedo and Jessica Cunnington"}, ("Gaby Acevedo", "Jessica Cunnington")),
        ({"author": "A. Writer; B. Editor"}, ("A. Writer", "B. Editor")),
        ({"author": "desk@example.com"}, ("desk@example.com",)),
        ({"authors": [{"name": "Ann"}, {"name": "Bo"}], "author": "Ann"}, ("Ann", "Bo")),
        ({"authors": [{"email": "x@example.com"}]}, ("x@example.com",)),
        ({"author": "Tom & Jerry"}, ("Tom", "Jerry")),
        ({"author": "Smith, J., Doe, K."}, ("Smith, J., Doe, K.",)),  # commas are ambiguous
        ({}, ()),
    ],
)
def test_entry_authors(entry, authors):
    assert entry_authors(entry) == authors


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("plain words", "plain words"),
        ("<p>One</p><p>Two</p>", "One Two"),
        ("line<br>break", "line break"),
        ("exactly <em>is</em> good", "exactly is good"),
        ("Fish &amp; chips &ndash; &#169; 2020", "Fish & chips – © 2020"),
        ('<figure><img src="x.jpg"></figure>\n  Caption-less   text ', "Caption-less text"),
        ("<ul><li>a</li><li>b</li></ul>", "a b"),
        ("", ""),
    ],
)
def test_html_to_text(markup, text):
    assert html_to_text(markup) == text


# --- small feeds of our own (tests/data/feeds): the quirks users met on real feeds -----------

OWN_FEEDS = Path(__file__).parent / "data" / "feeds"
SITE = "https://site.example.com/feed/index.xml"
NOW = datetime(2025, 8, 10, tzinfo=UTC)


def _own(name: str, content_type: str | None = None, now: datetime = NOW):
    headers = {"Content-Type": content_type} if content_type else None
    return parse_feed(SITE, (OWN_FEEDS / name).read_bytes(), headers, now=now)


@pytest.mark.parametrize(
    ("name", "content_type", "expected_items", "problem"),
    [
        (  # Hugo: relative <link> equal to <guid>; a guid is a link only as a permalink address
            "hugo_relative_links.xml", "application/rss+xml",
            [
                ("Harbour dredging resumes", "https://site.example.com/posts/harbour-dredging/"),
                ("Guid before link", "https://site.example.com/posts/guid-first/"),
                ("Permalink guid only", "https://site.example.com/posts/permalink-only/"),
                ("Number guid only", None),
                ("Not a permalink", None),
            ],
            None,
        ),
        (  # declares utf-16, written in UTF-8: read as UTF-8 and say so
            "utf16_declared_written_utf8.xml", "application/rss+xml",
            [
                ("Grüße aus Köln", "https://tageblatt.example.de/a"),
                ("Straßenbahn fährt wieder", "https://tageblatt.example.de/b"),
            ],
            "declared as utf-16 but written in UTF-8: read as UTF-8",
        ),
        (  # plain-text titles keep their angle brackets; only real HTML becomes text
            "plain_text_titles.xml", None,
            [
                ("#include </etc/shadow>", "https://c.example.com/1"),
                ("if a <b and c> d", "https://c.example.com/2"),
                ("Real bold markup", "https://c.example.com/3"),
                ("Fish & chips", "https://c.example.com/4"),
            ],
            None,
        ),
        (
            "plain_text_titles_atom.xml", "application/atom+xml",
            [
                ("#include </etc/shadow>", "https://c.example.com/1"),
                ("Escaped HTML", "https://c.example.com/2"),
                ("Markup in a text field", "https://c.example.com/3"),
            ],
            None,
        ),
        (  # JSON Feed 1.1 by content type; items that are not objects are skipped and counted
            "jsonfeed_1_1.json", "application/feed+json",
            [
                ("Talks resume in Doha", "https://harborwire.example.org/world/talks-resume"),
                ("Aid trucks wait at the border", "https://site.example.com/world/aid-trucks"),
                ("", None),
            ],
            "1 JSON Feed item(s) skipped: not objects",
        ),
        (  # the same body served with a wrong type: recognised by its version key
            "jsonfeed_1_1.json", "text/plain",
            [
                ("Talks resume in Doha", "https://harborwire.example.org/world/talks-resume"),
                ("Aid trucks wait at the border", "https://site.example.com/world/aid-trucks"),
                ("", None),
            ],
            "1 JSON Feed item(s) skipped: not objects",
        ),
        (
            "jsonfeed_1_0.json", "application/json",
            [("First", "https://old.example.net/1")],
            None,
        ),
    ],
)
def test_own_feed_items(name, content_type, expected_items, problem):
    feed = _own(name, content_type)
    assert [(i.title, i.link) for i in feed.items] == expected_items
    assert feed.problem == problem


def test_json_feed_fields_map_to_the_same_feed_item_values():
    feed = _own("jsonfeed_1_1.json", "application/feed+json")
    assert (feed.title, feed.link) == ("Harbor Wire", "https://harborwire.example.org/")
    first, second, third = feed.items
    assert first.key == "guid:https://harborwire.example.org/world/talks-resume"
    assert first.summary == "Negotiators are back."  # summary first, then the content
    assert first.published == datetime(2025, 7, 28, 6, 0, tzinfo=UTC)
    assert first.updated == datetime(2025, 7, 28, 10, 30, tzinfo=UTC)
    assert first.authors == ("Ann Reporter", "Bo Editor")  # an author without a name is left out
    assert second.key == "guid:4711"  # a numeric id is coerced to a string, as the spec says
    assert second.summary == "Dozens of trucks <queued> overnight."  # content_text stays text
    assert second.published is None  # year 1
    assert second.authors == ("Old Style Author",)  # JSON Feed 1.0 `author`
    assert third.summary == "A micro-post without title or URL."
    old = _own("jsonfeed_1_0.json", "application/json").items[0]
    assert old.published == datetime(2025, 7, 1, 17, 0, tzinfo=UTC) and old.authors == ("Cy",)


@pytest.mark.parametrize(
    ("body", "content_type", "problem"),
    [
        (b"[1, 2]", "application/feed+json", "not a JSON Feed: the root is a JSON list, not an object"),
        (b'"x"', "application/json", "not a JSON Feed: the root is a JSON str, not an object"),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": {"a": 1}}',
         "application/feed+json", 'not a JSON Feed: "items" is not a list'),
        (b'{"items": []}', "application/json", 'not a JSON Feed: "version" is not a'),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": [', None,
         "not a JSON Feed: not valid JSON"),
        (b"[" * 100_000, "application/json", "not a JSON Feed: "),
        (b'{"version": 1' + b"9" * 5000 + b"}", "application/json", "not a JSON Feed: "),
        (b'\xff\xfe{"x": 1}', "application/json", "not a JSON Feed: not UTF-8"),
    ],
)
def test_hostile_json_is_rejected_clearly(body, content_type, problem):
    headers = {"Content-Type": content_type} if content_type else None
    feed = parse_feed(SITE, body, headers, now=NOW)
    assert feed.items == ()
    assert feed.problem.startswith(problem), feed.problem


def test_implausible_dates_are_absent():
    items = {i.title: (i.published, i.updated) for i in _own("placeholder_dates.xml").items}
    assert items == {
        "Year one": (None, None),
        "Unix epoch": (None, None),
        "Far future": (None, None),
        "Plausible": (datetime(2025, 8, 4, 9, 0, tzinfo=UTC), datetime(2025, 8, 5, 8, 0, tzinfo=UTC)),
    }
    # "more than a day in the future" is measured from the poll, not from today's clock
    late = _own("placeholder_dates.xml", now=datetime(2100, 1, 1, tzinfo=UTC)).items
    assert late[2].published == datetime(2099, 12, 31, tzinfo=UTC)
    early = _own("placeholder_dates.xml", now=datetime(2025, 8, 3, 10, tzinfo=UTC)).items
    assert early[3].published is not None and early[3].updated is None  # 22 h ahead: kept; 2 days: not


def test_a_genuine_utf16_feed_is_not_reread():
    body = (OWN_FEEDS / "utf16_declared_written_utf8.xml").read_text("utf-8").encode("utf-16")
    feed = parse_feed(SITE, body, {"Content-Type": "application/rss+xml"}, now=NOW)
    assert [i.title for i in feed.items] == ["Grüße aus Köln", "Straßenbahn fährt wieder"]
    assert feed.problem is None


@pytest.mark.parametrize("when", [
    "0001-01-01T00:00:00+05:00", "9999-12-31T23:00:00-05:00", "2025-07-01", "yesterday", 20250701,
    "2025-07-01T10:00:00",  # no zone: not RFC 3339
])
def test_json_feed_dates_that_cannot_be_read_are_absent(when):
    body = json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": [
        {"id": "1", "title": "T", "date_published": when, "date_modified": when}]}).encode()
    [item] = parse_feed(SITE, body, {"Content-Type": "application/feed+json"}, now=NOW).items
    assert (item.published, item.updated) == (None, None)
