"""The Atom feed of a watch's alerts is well-formed whatever third parties write: headlines with
markup, CDATA terminators, control characters and odd links come out as text, and the project's
own feed parser reads every entry back."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import feedparser
import pytest

from monitor.alerts.build import build_claims_changed_alert, build_new_alert
from monitor.views.atom import ATOM_NS, alerts_feed

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
HOSTILE = "<script>alert(1)</script> ]]> &amp; \x00\x08\x1b\ufffe bell\x07 \"quoted\" 'single'"
SHOWN = "<script>alert(1)</script> ]]> &amp;  bell \"quoted\" 'single'"
WATCH = {"id": "w.1", "title": "A <b>watch</b>", "query": "x"}
STORY = {"watch_id": "w.1", "piece_number": 1, "pieces": 1, "sources": 1,
         "first_seen": NOW, "last_seen": NOW}


def article(url: str, version: int = 1, title: str = HOSTILE) -> dict:
    return {"id": "0123456789abcdef", "url": url, "title": title, "source": f"Src {HOSTILE}",
            "summary": f"Lead {HOSTILE}", "version": version}


def new_alert(url: str = "https://news.example/a?x=1&y=<2>", title: str = HOSTILE):
    return build_new_alert(watch=WATCH, article=article(url, title=title), story=STORY,
                           match={"explanation": HOSTILE}, now=NOW)


def changed_alert():
    return build_claims_changed_alert(
        watch=WATCH, article=article("https://news.example/a", 2), story=STORY,
        changes=[{"type": "number_changed", "before": f"Toll 1 {HOSTILE}", "after": "Toll 2",
                  "word_diff": "Toll [-1-] {+2+} ]]>", "detail": "1 -> 2"}],
        summary=f"number changed {HOSTILE}", from_version=1, to_version=2,
        from_fetched_at=NOW, to_fetched_at=NOW, now=NOW)


def test_hostile_text_stays_text_and_the_xml_well_formed():
    body = alerts_feed(watch_id="w.1", title=HOSTILE, alerts=[changed_alert(), new_alert()],
                       self_path="/feeds/w.1.atom", now=NOW)
    root = ET.fromstring(body)  # well-formed, or this raises
    assert root.tag == f"{{{ATOM_NS}}}feed"
    assert b"<script>" not in body and b"\x00" not in body and b"\x1b" not in body
    feed = feedparser.parse(body)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == f"{SHOWN} (newsmon)"
    changed, new = feed.entries
    assert new.title == f"New piece: {SHOWN} (Src {SHOWN})"
    assert new.summary == f"Lead {SHOWN}"
    assert new.link == "https://news.example/a?x=1&y=<2>"
    assert changed.title == f"Claims changed: {SHOWN}"
    assert "Toll [-1-] {+2+} ]]>" in changed.content[0].value
    assert changed.id.startswith("urn:newsmon:alert:msg_")
    assert [t.term for t in (changed.tags[0], new.tags[0])] == [
        "article.claims_changed", "article.new"]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<b>x</b>", "",
                                 "//evil.example/x"])
def test_only_web_links_are_kept(url):
    body = alerts_feed(watch_id="w", title="t", alerts=[new_alert(url)], self_path="/f",
                       now=NOW)
    [entry] = feedparser.parse(body).entries
    assert all(link.rel != "alternate" for link in entry.get("links", []))
    assert b'href="javascript:' not in body and b'href="data:' not in body


def test_an_empty_feed_is_valid_and_dated_now():
    feed = feedparser.parse(alerts_feed(watch_id="w", title="t", alerts=[], self_path="/f",
                                        now=NOW))
    assert not feed.bozo and feed.entries == []
    assert feed.feed.updated == "2026-11-30T12:00:00Z"
