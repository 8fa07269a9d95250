"""Exact dedup keys (pure) and the article store's versions (real Redis)."""

from __future__ import annotations

import pytest

from monitor.dedup.keys import article_id, canonical_url, content_hash
from monitor.state.articles import Article, ArticleStore
from monitor.state.dedup import DedupStore


@pytest.mark.parametrize("url, expected", [
    ("https://example.com/a?utm_source=rss&utm_medium=feed", "https://example.com/a"),
    ("HTTPS://Example.COM:443/a/b?id=3&fbclid=xyz#comments", "https://example.com/a/b?id=3"),
    ("http://example.com:8080/x?b=2&a=1&gclid=1", "http://example.com:8080/x?a=1&b=2"),
    ("https://example.com", "https://example.com/"),
    ("https://example.com/p?ref=homepage&page=2", "https://example.com/p?page=2"),
    ("https://example.com/story?id=42&mc_cid=a&mc_eid=b&_ga=c", "https://example.com/story?id=42"),
])
def test_canonical_url_strips_tracking_and_noise(url, expected):
    assert canonical_url(url) == expected


@pytest.mark.parametrize("a, b", [
    ("US negotiators cut short Gaza ‘talks’", "US negotiators cut short Gaza 'talks'"),
    ("over 35,000 dead —  officials", "over 35,000 dead - officials"),
    ("Line one\n\nLine   two", "Line one Line two"),
    ("Ceasefire TALKS", "ceasefire talks"),
])
def test_content_hash_ignores_what_a_reader_does_not_see(a, b):
    assert content_hash(a) == content_hash(b)


def test_content_hash_sees_a_changed_number():
    assert content_hash("over 35,000 dead") != content_hash("over 36,000 dead")


def test_article_ids_follow_the_canonical_url():
    assert article_id("https://example.com/a") == article_id("https://example.com/a")
    assert article_id("https://example.com/a") != article_id("https://example.com/b")


def test_first_writer_wins(redis_client):
    store = DedupStore(redis_client)
    store.remember("a1", item_key="guid:1", urls=("https://x/1", "https://x/1?amp"), digest="h")
    store.remember("a2", item_key="guid:1", urls=("https://x/1",), digest="h")
    assert store.article_for_item("guid:1") == "a1"
    assert store.article_for_url("https://x/1?amp") == "a1"
    assert store.article_for_hash("h") == "a1"
    assert store.articles_for_items(["guid:1", "guid:2"]) == ["a1", None]


def test_versions_are_kept_compressed_with_retention(redis_client):
    store = ArticleStore(redis_client, max_versions=3)
    article = Article(id="a1", url="https://x/1", canonical_url="https://x/1", title="T")
    assert store.create(article, "version one " * 200, "h1", fetched_at=100.0)
    assert not store.create(article, "again", "h0", fetched_at=101.0)  # ids are claimed once
    for n in range(2, 6):
        store.add_version(article, f"version {n} " * 200, f"h{n}", fetched_at=100.0 + n)
    versions = store.versions("a1")
    assert [v.n for v in versions] == [3, 4, 5]  # the oldest are dropped, numbers go on
    assert [v.hash for v in versions] == ["h3", "h4", "h5"]
    assert [v.n for v in store.last_two("a1")] == [4, 5]
    assert store.latest("a1").text.startswith("version 5")
    assert store.get("a1").version == 5
    raw = redis_client.lindex("newsmon:article:a1:versions", -1)
    assert len(raw) < len("version 5 " * 200) / 10  # stored compressed


def test_copies_are_recorded_once_per_url(redis_client):
    store = ArticleStore(redis_client)
    assert store.add_copy("a1", "https://wire/1", "Wire", 10.0)
    assert not store.add_copy("a1", "https://wire/1", "Wire", 11.0)
    assert store.add_copy("a1", "https://agg/1", "Aggregator", 12.0)
    assert [c["source"] for c in store.copies("a1")] == ["Wire", "Aggregator"]
