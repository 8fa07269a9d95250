"""The story page over HTTP and as a file: the status server's /stories/ and /stories/WATCH
(headers, 404, Redis away) and `newsmon report`, on the project's own story after the real
pipeline ran (jobs inline, Redis embedded, loopback HTTP). Browser tests:
tests/test_story_page_browser.py."""

from __future__ import annotations

import re
import urllib.error
import urllib.request

import pytest
from harness import hook_sink, make_pipeline
from own_newsroom import COPY, FLOOD_WATCH, PIECES, build_own_newsroom
from yaml_writer import write_configs

from monitor.jobs.recheck import recheck_article
from monitor.state.connection import connect
from monitor.views.storypage import CSP, render_story, safe_url
from monitor.views.storyview import read_story
from workers.cli import main
from workers.status_server import StatusServer

WATCH_ID = FLOOD_WATCH["id"]


@pytest.fixture
def world(tmp_path, redis_client, redis_url, newsroom, receiver, monkeypatch):
    monkeypatch.delenv("NEWSMON_REDIS_URL", raising=False)
    site = build_own_newsroom(newsroom)
    config = write_configs(tmp_path, feeds=site.feeds, watches=[FLOOD_WATCH],
                           sinks=[hook_sink(receiver)], extra={"redis": {"url": redis_url}})
    pipeline = make_pipeline(redis_client, config)
    pipeline.poll_all()
    site.publish("barrier-fails", site.text("barrier-fails.v2-number"))
    article_id = pipeline.ctx.dedup.article_for_url(site.url("barrier-fails"))
    assert recheck_article(pipeline.ctx, article_id) == "claims_changed"
    return pipeline, site, config


@pytest.fixture
def server(world, redis_client):
    pipeline, _, _ = world
    server = StatusServer("127.0.0.1", 0, lambda: (redis_client,
                                                   pipeline.ctx.watches.current().watchlist))
    server.start()
    yield server
    server.stop()


def get(url: str) -> tuple[int, dict[str, str], str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def test_the_story_page_shows_pieces_copies_and_the_change(server, world):
    _, site, _ = world
    code, headers, page = get(f"{server.url}/stories/{WATCH_ID}")
    assert code == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Content-Security-Policy"].startswith(CSP)
    assert headers["X-Content-Type-Options"] == "nosniff"
    for key in PIECES:
        assert site.titles[key] in page
    assert site.url(COPY) in page and "1 copy folded in" in page
    assert "<del>1,200</del>" in page and "<ins>1,450</ins>" in page
    assert 'href="#changes-piece-1"' in page  # the timeline links to the piece's changes
    assert "<script" not in page and " src=" not in page  # nothing runs, nothing is loaded


def test_the_story_list_links_each_watch(server):
    code, headers, page = get(f"{server.url}/stories/")
    assert code == 200 and headers["Content-Security-Policy"].startswith(CSP)
    assert f'href="/stories/{WATCH_ID}"' in page and "Tallis flood barrier" in page
    assert re.search(r'<td class="num" data-label="Pieces">3</td>', page)
    assert get(f"{server.url}/stories")[0] == 200


def test_an_unknown_story_is_a_404_page_with_the_id_escaped(server):
    code, headers, page = get(f"{server.url}/stories/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert code == 404 and headers["Content-Type"].startswith("text/html")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert f'href="/stories/{WATCH_ID}"' in page  # the stories that exist


def test_the_page_says_so_when_redis_is_away(tmp_path):
    gone = connect(f"unix://{tmp_path}/no-redis.sock")
    server = StatusServer("127.0.0.1", 0, lambda: (gone, None))
    server.start()
    try:
        code, _, page = get(f"{server.url}/stories/{WATCH_ID}")
    finally:
        server.stop()
    assert code == 503 and "could not read its state" in page


def test_report_writes_one_self_contained_page(world, tmp_path, capsys):
    _, site, config = world
    out = tmp_path / "story.html"
    assert main(["-c", str(config), "report", WATCH_ID, "--out", str(out)]) == 0
    assert f"wrote {out}: story {WATCH_ID}, 3 pieces from 2 sources" in capsys.readouterr().out
    page = out.read_text(encoding="utf-8")
    assert all(site.titles[key] in page for key in PIECES)
    assert f'content="{CSP}"' in page
    # self-contained: no script, stylesheet, image or frame to load, no link to the server
    assert not re.search(r"<(script|link|img|iframe|object)\b", page)
    assert 'href="/' not in page


def test_report_to_stdout(world, capsys):
    _, site, config = world
    assert main(["-c", str(config), "report", WATCH_ID, "-o", "-"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!doctype html>") and site.titles["barrier-fails"] in out


def test_report_of_an_unknown_watch_or_unreachable_redis_is_a_clear_error(world, tmp_path,
                                                                           capsys):
    _, _, config = world
    assert main(["-c", str(config), "report", "nope", "--out", str(tmp_path / "x.html")]) == 1
    err = capsys.readouterr().err
    assert "unknown watch 'nope'" in err and "(watches: tallis-flood)" in err
    assert not (tmp_path / "x.html").exists()
    text = config.read_text().replace('"url": "unix://', '"url": "unix:///nonexistent')
    config.write_text(text)
    assert main(["-c", str(config), "report", WATCH_ID, "--out", "-"]) == 1
    assert "cannot reach Redis" in capsys.readouterr().err


def test_hostile_strings_are_escaped_and_links_only_http(world, redis_client):
    """Titles, sources, URLs and sentences come from third parties: each is escaped, and a
    link is a link only when it is http(s)."""
    pipeline, site, _ = world
    article_id = pipeline.ctx.dedup.article_for_url(site.url("shelters-fill"))
    article = pipeline.ctx.articles.get(article_id)
    article.title = '"><img src=x onerror=alert(1)><script>alert(2)</script>'
    article.source = "<b onmouseover=alert(3)>Post</b>"
    article.url = "javascript:alert(4)"
    pipeline.ctx.articles.save(article, "title", "source", "url")
    page = render_story(read_story(redis_client, WATCH_ID))
    assert "<img" not in page and "<script" not in page and "<b " not in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page
    assert "&lt;b onmouseover=alert(3)&gt;Post&lt;/b&gt;" in page
    assert 'href="javascript:' not in page


@pytest.mark.parametrize("url, safe", [
    ("https://example.org/a?b=1", True), ("http://example.org/", True),
    ("javascript:alert(1)", False), ("JavaScript:alert(1)", False),
    ("data:text/html,<script>alert(1)</script>", False), ("", False), (None, False),
    ("http://[::1", False),
])
def test_only_http_links(url, safe):
    assert (safe_url(url) is not None) == safe
