"""`newsmon feeds add | import | export` as a user types them: a site page, a page without a
feed link, an HTML page with no feed, a duplicate, comments kept in watches.yaml, OPML in and
out. Real loopback HTTP (the newsroom fixture); the daemon's own fetcher and SSRF guard."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from monitor.config.feedlist import append_feeds, new_feed_id, url_key
from monitor.ingest.discover import announced_feeds, feed_candidates
from monitor.ingest.opml import OpmlFeed, parse_opml, render_opml
from workers.cli import main
from workers.demo.newsroom import FeedEntry

WATCHES = """\
# My watch list. Keep this comment!
feeds:
  - id: known
    name: Known outlet   # the one I trust
    url: {known}

# --- stories ---
watches:
  - id: gaza
    title: Gaza ceasefire talks
    query: ceasefire AND gaza   # keep me too
"""


@pytest.fixture
def config(tmp_path, newsroom):
    newsroom.put_feed("/known.rss", "rss", "Known", [])
    (tmp_path / "watches.yaml").write_text(WATCHES.format(known=newsroom.url("/known.rss")))
    service = {"watches_file": "watches.yaml", "data_dir": str(tmp_path / "data"),
               "http": {"allow_private_addresses": True, "total_timeout": 5}}
    (tmp_path / "newsmon.yaml").write_text(json.dumps(service))
    return tmp_path / "newsmon.yaml"


def feeds(newsroom, path: str, title: str = "The Site", kind: str = "rss") -> None:
    newsroom.put_feed(path, kind, title, [FeedEntry(
        title="A piece", link=newsroom.url("/news/a-piece"), guid="p1", summary="",
        published=datetime.now(UTC))])


def cli(config, *args) -> int:
    return main(["-c", str(config), "feeds", *args])


def watches(config) -> str:
    return (config.parent / "watches.yaml").read_text()


def test_add_a_site_page_finds_its_announced_feed_and_keeps_comments(config, newsroom, capsys):
    newsroom.put("/", '<html><head><title>Site</title>'
                 '<link rel="alternate" type="application/atom+xml" title="Site &amp; Co" '
                 'href="/feeds/all.atom"></head><body>Hello</body></html>')
    feeds(newsroom, "/feeds/all.atom", 'Site & Co: "News"', kind="atom")
    assert cli(config, "add", newsroom.url("/")) == 0
    out = capsys.readouterr().out
    assert "found: announced by the page (rel=alternate)" in out
    text = watches(config)
    before = WATCHES.format(known=newsroom.url("/known.rss")).splitlines()
    # Everything the user wrote is still there, in place; the new feed follows the last one.
    assert text.splitlines()[:5] == before[:5]
    assert text.splitlines()[-6:] == before[-6:]
    added = text.splitlines()[5:8]
    assert added == ["  - id: 127-0-0-1", """    name: 'Site & Co: "News"'""",
                     f"    url: {newsroom.url('/feeds/all.atom')}"]
    assert cli(config, "export") == 0  # the file is a valid watch list
    capsys.readouterr()


def test_add_a_site_announcing_a_json_feed(config, newsroom, capsys):
    newsroom.put("/", '<html><head><link rel="alternate" type="application/feed+json" '
                 'href="/feed.json"></head><body>Hello</body></html>')
    body = (Path(__file__).parent / "data" / "feeds" / "jsonfeed_1_1.json").read_bytes()
    newsroom.put("/feed.json", body, content_type="application/feed+json")
    assert cli(config, "add", newsroom.url("/"), "--id", "wire") == 0
    assert "found: announced by the page (rel=alternate)" in capsys.readouterr().out
    assert f"  - id: wire\n    name: Harbor Wire\n    url: {newsroom.url('/feed.json')}\n" \
        in watches(config)


def test_add_a_page_without_a_feed_link_tries_common_paths(config, newsroom, capsys):
    newsroom.put("/news/some-article", "<html><body><p>An article.</p></body></html>")
    feeds(newsroom, "/feed")
    assert cli(config, "add", newsroom.url("/news/some-article"), "--name", "Mine",
               "--id", "mine") == 0
    assert "found: common path /feed" in capsys.readouterr().out
    assert f"  - id: mine\n    name: Mine\n    url: {newsroom.url('/feed')}\n" in watches(config)


def test_add_a_feed_url_lists_it_with_its_title(config, newsroom, capsys):
    feeds(newsroom, "/news.xml", "The Daily  Example\n")
    assert cli(config, "add", newsroom.url("/news.xml")) == 0
    out = capsys.readouterr().out
    assert "added feed '127-0-0-1' (The Daily Example)" in out and "found: the URL is a feed" in out
    assert cli(config, "add", newsroom.url("/news.xml")) == 1  # twice: refused
    assert "already listed as feed '127-0-0-1'" in capsys.readouterr().err


def test_add_an_html_page_with_no_feed_says_so_and_changes_nothing(config, newsroom, capsys):
    newsroom.put("/", "<html><body><p>No feeds here.</p></body></html>")
    before = watches(config)
    assert cli(config, "add", newsroom.url("/")) == 1
    err = capsys.readouterr().err
    assert "no feed found" in err and "the body is an HTML page" in err
    assert "/feed, /rss, /rss.xml, /atom.xml, /feed.xml, /index.xml" in err
    assert watches(config) == before


def test_add_a_listed_feed_is_refused(config, newsroom, capsys):
    before = watches(config)
    assert cli(config, "add", newsroom.url("/known.rss")) == 1
    assert "already listed as feed 'known'" in capsys.readouterr().err
    newsroom.put("/", '<html><head><link rel="alternate" type="application/rss+xml" '
                 'href="/known.rss"></head></html>')
    assert cli(config, "add", newsroom.url("/")) == 1  # found through the page: same feed
    assert "already listed" in capsys.readouterr().err
    assert watches(config) == before


def test_add_refuses_private_addresses_unless_the_config_allows_them(config, newsroom, capsys):
    service = json.loads(config.read_text())
    service["http"]["allow_private_addresses"] = False
    config.write_text(json.dumps(service))
    feeds(newsroom, "/feed")
    assert cli(config, "add", newsroom.url("/feed")) == 1
    assert "127.0.0.1" in capsys.readouterr().err


def opml(*outlines: tuple[str, str]) -> str:
    body = "".join(f'<outline text="{t}" title="{t}" type="rss" xmlUrl="{u}"/>'
                   for t, u in outlines)
    return (f'<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head>'
            f'<body><outline text="News">{body}</outline></body></opml>')


def test_import_adds_new_feeds_and_skips_listed_ones(config, newsroom, tmp_path, capsys):
    file = tmp_path / "subs.opml"
    file.write_text(opml(("Known again", newsroom.url("/known.rss")),
                         ("One &amp; Only", "https://one.example/feed.xml"),
                         ("Two", "https://www.two.example/rss")))
    assert cli(config, "import", str(file)) == 0
    out = capsys.readouterr().out
    assert "added one-example: https://one.example/feed.xml" in out
    assert "added two-example: https://www.two.example/rss" in out
    assert f"skipped {newsroom.url('/known.rss')}: already listed as known" in out
    assert "2 feed(s) added" in out and "1 skipped" in out
    text = watches(config)
    assert "# My watch list. Keep this comment!" in text and "# keep me too" in text
    assert "name: One & Only" in text
    assert cli(config, "import", str(file)) == 0  # again: nothing new
    assert "0 feed(s) added" in capsys.readouterr().out


def test_export_then_import_round_trips(config, tmp_path, capsys):
    file = tmp_path / "subs.opml"
    file.write_text(opml(("A &lt;b&gt;&amp;&lt;/b&gt; &quot;quoted&quot;", "https://a.example/feed?x=1&amp;y=2"),
                         ("B", "https://b.example/rss")))
    assert cli(config, "import", str(file)) == 0
    out = tmp_path / "export.opml"
    assert cli(config, "export", "--out", str(out)) == 0
    root = ET.parse(out).getroot()  # well-formed, whatever the titles carried
    assert root.get("version") == "2.0"
    exported = {o.get("xmlUrl"): o.get("title") for o in root.iter("outline")}
    assert exported["https://a.example/feed?x=1&y=2"] == 'A <b>&</b> "quoted"'
    assert len(exported) == 3

    other = tmp_path / "other"
    other.mkdir()
    (other / "watches.yaml").write_text("watches: []\n")
    (other / "newsmon.yaml").write_text(json.dumps({"watches_file": "watches.yaml"}))
    capsys.readouterr()
    assert main(["-c", str(other / "newsmon.yaml"), "feeds", "import", str(out)]) == 0
    assert "3 feed(s) added" in capsys.readouterr().out
    again = other / "again.opml"
    assert main(["-c", str(other / "newsmon.yaml"), "feeds", "export", "--out", str(again)]) == 0
    assert {o.get("xmlUrl"): o.get("title") for o in ET.parse(again).getroot().iter("outline")
            } == exported


# --- the pure parts ----------------------------------------------------------------------------


@pytest.mark.parametrize(("html", "expected"), [
    (b'<link rel="alternate" type="application/rss+xml" href="/rss">', ["https://s.example/rss"]),
    (b'<link rel="Alternate nofollow" type="application/atom+xml; charset=utf-8" href="a.xml">',
     ["https://s.example/news/a.xml"]),
    (b'<base href="https://cdn.example/x/"><link rel="alternate" '
     b'type="application/rss+xml" href="f.rss">', ["https://cdn.example/x/f.rss"]),
    (b'<link rel="alternate" type="application/feed+json" href="/feed.json">',
     ["https://s.example/feed.json"]),
    (b'<link rel="alternate" type="text/html" href="/fr/">', []),
    (b'<link rel="stylesheet" type="application/rss+xml" href="/x">', []),
    (b'<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">', []),
    (b"", []),
    (b"\x00\xff not html", []),
])
def test_announced_feeds(html, expected):
    assert announced_feeds("https://s.example/news/page.html", html) == expected


def test_candidates_come_announced_first_then_common_paths_each_once():
    html = b'<link rel="alternate" type="application/rss+xml" href="/feed">'
    urls = [c.url for c in feed_candidates("https://s.example/a/b", html)]
    assert urls == ["https://s.example/feed", "https://s.example/rss", "https://s.example/rss.xml",
                    "https://s.example/atom.xml", "https://s.example/feed.xml",
                    "https://s.example/index.xml"]


def test_render_opml_escapes_third_party_titles():
    body = render_opml("t", [OpmlFeed("https://a.example/?a=1&b=2", 'x</outline><y a="\x01">')])
    root = ET.fromstring(body)
    [outline] = root.iter("outline")
    assert outline.get("title") == 'x</outline><y a="">'
    assert [f.title for f in parse_opml(body).feeds] == ['x</outline><y a="">']


def test_parse_opml_of_something_else_is_a_problem():
    assert parse_opml(b"<html><body>hi</body></html>").problem == "not an OPML document"


@pytest.mark.parametrize(("url", "taken", "expected"), [
    ("https://www.Example.com/feed", set(), "example-com"),
    ("https://example.com/feed", {"example-com"}, "example-com-2"),
    ("https://example.com/feed", {"example-com", "example-com-2"}, "example-com-3"),
])
def test_new_feed_id(url, taken, expected):
    assert new_feed_id(url, taken) == expected


def test_url_key_treats_spellings_of_one_url_alike():
    assert url_key("https://Example.com") == url_key("https://example.com/")


def test_append_feeds_to_a_list_without_feeds_and_a_json_style_file():
    text = append_feeds("# hi\nwatches: []\n", [{"url": "https://a.example/f"}])
    assert text.startswith("# hi\nfeeds:\n- url: https://a.example/f\nwatches: []\n")
    text = append_feeds('{"feeds": [], "watches": []}', [{"url": "https://a.example/f"}])
    assert "https://a.example/f" in text
