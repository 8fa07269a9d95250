"""A huge feed is cut to the items one poll takes before feedparser reads it (trim.py): the
same items as parsing it whole would keep, at a fraction of the cost."""

from __future__ import annotations

import random
import re
import time
from datetime import UTC, datetime, timedelta

from monitor.ingest.feeds import parse_feed
from monitor.ingest.limits import newest_items
from monitor.ingest.trim import trim_feed
from workers.demo.newsroom import FeedEntry, render_feed

START = datetime(2026, 1, 1, tzinfo=UTC)
BASE = "http://127.0.0.1:1/"


def feed(kind: str, n: int, *, dated: bool = True, seed: int = 3) -> bytes:
    entries = [FeedEntry(title=f"Item {i}", link=f"{BASE}flood/{i}", guid=f"flood-{i}",
                         summary="", published=START + timedelta(minutes=i)) for i in range(n)]
    random.Random(seed).shuffle(entries)  # the newest are not simply the first listed
    body = render_feed(kind, "Flood", BASE, BASE + "feed", entries)
    return body if dated else re.sub(rb"<pubDate>[^<]*</pubDate>", b"", body)


def numbers(parsed) -> set[int]:
    return {int(item.title.split()[1]) for item in parsed.items}


def test_a_big_rss_feed_keeps_its_newest_items_as_parsing_it_whole_would():
    body = feed("rss", 3000)
    whole = parse_feed(BASE + "feed", body)
    expected, _ = newest_items(whole.items, 500)
    cut = parse_feed(BASE + "feed", body, max_items=500)
    assert [i.key for i in cut.items] == [i.key for i in expected]
    assert numbers(cut) == set(range(2500, 3000))
    assert cut.left_out == 2500 and whole.left_out == 0
    assert cut.title == "Flood" and cut.problem is None


def test_a_big_atom_feed_is_cut_the_same_way():
    cut = parse_feed(BASE + "feed", feed("atom", 1200), max_items=100)
    assert numbers(cut) == set(range(1100, 1200))
    assert cut.left_out == 1100


def test_undated_items_keep_the_first_ones_in_feed_order():
    body = feed("rss", 800, dated=False)
    whole = parse_feed(BASE + "feed", body)
    cut = parse_feed(BASE + "feed", body, max_items=300)
    assert [i.key for i in cut.items] == [i.key for i in whole.items[:300]]


def test_small_feeds_and_what_lxml_cannot_read_go_to_feedparser_whole():
    assert trim_feed(feed("rss", 500), 500) is None
    assert trim_feed(b"not xml at all <item> " * 600, 500) is None
    broken = feed("rss", 900).replace(b"</channel>", b"")  # not well-formed: feedparser says so
    cut = parse_feed(BASE + "feed", broken, max_items=300)
    assert len(cut.items) == 300


def test_a_20000_item_feed_costs_a_small_part_of_parsing_it_whole():
    """Parsing whole is measured on a tenth of the feed and scaled (feedparser is linear)."""
    big, tenth = feed("rss", 20_000), feed("rss", 2_000)
    started = time.process_time()
    cut = parse_feed(BASE + "feed", big, max_items=500)
    trimmed_cpu = time.process_time() - started
    started = time.process_time()
    parse_feed(BASE + "feed", tenth)
    whole_cpu = 10 * (time.process_time() - started)
    print(f"20,000 items: {trimmed_cpu:.1f} CPU s cut first, ~{whole_cpu:.0f} CPU s whole "
          f"({whole_cpu / trimmed_cpu:.0f}x)")
    assert numbers(cut) == set(range(19_500, 20_000))
    assert trimmed_cpu * 5 < whole_cpu
