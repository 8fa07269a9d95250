"""The story page in a real browser: headless Chromium (tests/browser.py) renders
`/stories/WATCH` of a running daemon and of the status server, at desktop and phone width, and
the test reads the rendered DOM's text. Skipped with the reason when no Chromium is found.

NEWSMON_SCREENSHOT_DIR=docs/images makes the tests also write their screenshots there."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time

import pytest
from browser import chromium_or_skip, dump_dom, screenshot
from harness import GAZA_WATCH, feeds_of, hook_sink, make_pipeline
from lxml import html
from newsroom_corpus import TEMPLATES, build_corpus_newsroom
from own_newsroom import FLOOD_WATCH, PIECES, add_valley_radio, build_own_newsroom
from pages import corpus_page
from yaml_writer import write_configs

from monitor.jobs.recheck import recheck_article
from workers.status_server import StatusServer

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]

WATCH = {**GAZA_WATCH, "backlog": "alert"}  # the daemon's first poll is the story so far


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def text_of(dom: str, xpath: str) -> list[str]:
    """The text of each element `xpath` selects, whitespace collapsed."""
    return [" ".join(e.text_content().split()) for e in html.fromstring(dom).xpath(xpath)]


@pytest.fixture
def chromium():
    return chromium_or_skip()


def test_the_corpus_story_in_a_browser(tmp_path, chromium, newsroom, receiver, corpus):
    site = build_corpus_newsroom(newsroom, corpus)
    port = free_port()
    config = write_configs(
        tmp_path, feeds=[dict(f, interval="1s") for f in feeds_of(site)], watches=[WATCH],
        sinks=[hook_sink(receiver)],
        extra={"log_level": "INFO", "status": {"port": port, "worker_port": 0},
               # looked at again every 2 s: the edit below is found within seconds
               "edits": {"recheck_schedule": [f"{n}s" for n in range(2, 240, 2)]}})
    daemon = subprocess.Popen([sys.executable, "-m", "workers.cli", "-c", str(config), "run"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    started = time.monotonic()
    try:
        receiver.wait_for(5, timeout=90)
        print(f"5 alerts after {time.monotonic() - started:.1f} s")
        edited = corpus["000"].replace("over 35,000 Palestinians", "over 36,000 Palestinians")
        newsroom.put(site.article_paths["000"],
                     corpus_page("000", edited, TEMPLATES["000"], site.article_urls["000"]))
        receiver.wait_for(6, timeout=60)  # the article.claims_changed alert
        print(f"the claim change after {time.monotonic() - started:.1f} s")
        url = f"http://127.0.0.1:{port}/stories/{WATCH['id']}"
        dom = dump_dom(chromium, url, tmp_path)
        screenshot(chromium, url, tmp_path / "story-page-corpus.png", 1280)
        screenshot(chromium, url, tmp_path / "story-page-corpus-phone.png", 390)
        index = dump_dom(chromium, f"http://127.0.0.1:{port}/stories/", tmp_path)
        print(f"pages rendered after {time.monotonic() - started:.1f} s")
    finally:
        daemon.terminate()
        output, _ = daemon.communicate(timeout=60)
    assert daemon.returncode == 0, output[-3000:]

    # every piece, with its source
    pieces = text_of(dom, "//ol[@class='timeline']/li")
    assert len(pieces) == 5, pieces
    for seed, title in ((s, site.titles[s]) for s in corpus):
        assert any(" ".join(title.split()) in p for p in pieces), (seed, title)
    assert {"Outlet rss", "Outlet atom", "Outlet rdf"} <= {
        source for p in pieces for source in ("Outlet rss", "Outlet atom", "Outlet rdf")
        if source in p}
    # a disagreement between the May piece and the later ones: the May claim on the left, as
    # "Earlier report" when the May piece reached the daemon after them (workers run in
    # parallel, so the order they arrive in varies)
    may = next(i for i, p in enumerate(pieces) if "2025-05-11" in p)
    assert may == 0, pieces  # published first
    disagreements = text_of(dom, "//section[@id='disagreements']//article")
    against_may = [d for d in disagreements
                   if re.search(r"Earlier( report)?: Outlet rdf, 2025-05-11", d)
                   and re.search(r"Later: Outlet (rss|atom), 2025-07-2\d", d)]
    assert against_may, disagreements
    # the claim change, with its word diff
    changes = html.fromstring(dom).xpath("//section[@id='changes']//div[@class='change']")
    assert changes, "no claim change on the page"
    assert [e.text_content() for e in changes[0].xpath(".//del")] == ["35,000"]
    assert [e.text_content() for e in changes[0].xpath(".//ins")] == ["36,000"]
    assert "number changed" in " ".join(text_of(dom, "//section[@id='changes']"))
    # the story list
    assert "Gaza ceasefire talks" in " ".join(text_of(index, "//main"))
    assert "5" in text_of(index, "//td[@class='num']")


def test_the_own_story_in_a_browser(tmp_path, chromium, newsroom, redis_client, receiver):
    """The project's own story (no third-party text: its screenshot is the README's, made with
    NEWSMON_SCREENSHOT_DIR=docs/images): five pieces from three outlets, an edit, an update
    and an earlier report."""
    site = build_own_newsroom(newsroom)
    add_valley_radio(site)
    pipeline = make_pipeline(redis_client, write_configs(
        tmp_path, feeds=site.feeds, watches=[FLOOD_WATCH], sinks=[hook_sink(receiver)]))
    pipeline.poll_all()
    site.publish("barrier-fails", site.text("barrier-fails.v2-number"))
    edited = pipeline.ctx.dedup.article_for_url(site.url("barrier-fails"))
    assert recheck_article(pipeline.ctx, edited) == "claims_changed"
    server = StatusServer("127.0.0.1", 0, lambda: (redis_client,
                                                   pipeline.ctx.watches.current().watchlist))
    server.start()
    try:
        url = f"{server.url}/stories/{FLOOD_WATCH['id']}"
        dom = dump_dom(chromium, url, tmp_path)
        screenshot(chromium, url, tmp_path / "story-page.png", 1280, 1500)
        screenshot(chromium, url, tmp_path / "story-page-phone.png", 390, 1500)
    finally:
        server.stop()
    pieces = text_of(dom, "//ol[@class='timeline']/li")
    keys = ["barrier-holding", *PIECES, "homes-count-rises"]  # in publication order
    assert [site.titles[k] in p for k, p in zip(keys, pieces, strict=True)] == [True] * 5
    disagreements = text_of(dom, "//section[@id='disagreements']//article")
    assert any("Earlier report: Valley Radio, 2025-11-03 19:00 UTC" in d and "had not failed" in d
               and "contradiction" in d and "Tallis barrier failed" in d
               for d in disagreements), disagreements
    assert any("update" in d and "1,200 homes" in d and "1,600 homes" in d
               for d in disagreements), disagreements
    changes = html.fromstring(dom).xpath("//section[@id='changes']//div[@class='change']")
    assert [e.text_content() for e in changes[0].xpath(".//del")] == ["1,200"]
    assert [e.text_content() for e in changes[0].xpath(".//ins")] == ["1,450"]


HOSTILE_TITLES = {
    "barrier-fails": "<script>alert(1)</script> Tallis flood barrier fails",
    "shelters-fill": '"><img src=x onerror=alert(1)> Wrenmouth shelters fill up',
}
HOSTILE_SOURCE = "<svg onload=alert(2)>Courier"


def test_hostile_titles_are_shown_as_text_and_never_run(tmp_path, chromium, newsroom,
                                                        redis_client, receiver):
    """Headlines carrying markup go through the whole pipeline (pages, extraction, story) to
    the page: the browser shows them as text, creates no element from them, runs nothing."""
    site = build_own_newsroom(newsroom)
    for key, headline in HOSTILE_TITLES.items():
        body = site.text(key).split("\n", 1)[1]
        site.publish(key, f"{headline}\n{body}")
    feeds = [dict(f, name=HOSTILE_SOURCE) if f["id"] == "courier" else f for f in site.feeds]
    pipeline = make_pipeline(redis_client, write_configs(
        tmp_path, feeds=feeds, watches=[FLOOD_WATCH], sinks=[hook_sink(receiver)]))
    pipeline.poll_all()
    server = StatusServer("127.0.0.1", 0, lambda: (redis_client,
                                                   pipeline.ctx.watches.current().watchlist))
    server.start()
    try:
        url = f"{server.url}/stories/{FLOOD_WATCH['id']}"
        dom = dump_dom(chromium, url, tmp_path)
        screenshot(chromium, url, tmp_path / "story-page-hostile.png", 390)
    finally:
        server.stop()
    tree = html.fromstring(dom)
    assert tree.xpath("//script") == [] and tree.xpath("//img") == [] and tree.xpath("//svg") == []
    assert tree.xpath("//@*[starts-with(name(), 'on')]") == []
    pieces = text_of(dom, "//ol[@class='timeline']/li")
    assert len(pieces) == 3, pieces  # the page is whole: every piece after the hostile ones
    titles = text_of(dom, "//ol[@class='timeline']/li//h3")
    for headline in HOSTILE_TITLES.values():
        assert headline in titles, titles
    assert any(HOSTILE_SOURCE in p for p in pieces), pieces
    assert text_of(dom, "//title") == [f"{FLOOD_WATCH['title']} · newsmon"]
