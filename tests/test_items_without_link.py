"""An item without a link has no page: it is matched on the feed's own title and summary at
once (article status "feed_only"), never fetched, never put on the page-retry queue and never
re-checked. Real Redis, real loopback HTTP, a real webhook receiver; jobs run inline."""

from __future__ import annotations

from harness import hook_sink, make_pipeline
from own_newsroom import FLOOD_WATCH
from yaml_writer import write_configs

from monitor.dedup.keys import content_hash
from monitor.ingest.model import FeedItem
from monitor.jobs.items import feed_text, new_article
from monitor.jobs.pages import retry_page
from monitor.state.articles import Article

NOW = 1_762_236_000.0  # 2025-11-04 06:00 UTC
FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wrenmouth Bulletin</title>
<link>https://bulletin.example.org/</link>
<item><title>Tallis flood barrier fails as the river rises</title>
  <guid isPermaLink="false">bulletin-0042</guid>
  <description>Water poured over the Tallis barrier into Wrenmouth overnight.</description>
  <pubDate>Tue, 04 Nov 2025 06:00:00 +0000</pubDate></item>
<item><title>County chess final ends in a draw</title>
  <guid isPermaLink="false">bulletin-0043</guid>
  <description>Both players agreed a draw after forty moves.</description></item>
</channel></rss>"""


def _pipeline(tmp_path, redis_client, newsroom, receiver):
    newsroom.put("/bulletin.rss", FEED, content_type="application/rss+xml")
    return make_pipeline(redis_client, write_configs(
        tmp_path, feeds=[{"id": "bulletin", "url": newsroom.url("/bulletin.rss")}],
        watches=[FLOOD_WATCH], sinks=[hook_sink(receiver)]))


def _articles(pipeline) -> list[Article]:
    store = pipeline.ctx.articles
    return [store.get(i) for i in store.ids()]


def test_an_item_without_a_link_alerts_on_the_first_pass(tmp_path, redis_client, newsroom,
                                                          receiver):
    pipeline = _pipeline(tmp_path, redis_client, newsroom, receiver)
    ran = pipeline.poll_all()
    assert [name for name, _ in ran].count("process_item") == 2
    [alert] = receiver.received
    assert alert.verified and alert.event_type == "article.new"
    article = alert.json["data"]["article"]
    assert article["title"] == "Tallis flood barrier fails as the river rises"
    assert alert.json["data"]["match"]["terms"]
    assert {a.status for a in _articles(pipeline)} == {"feed_only"}
    # nothing was fetched but the feed, and nothing waits for a page or a re-check
    assert {r.path for r in newsroom.requests} == {"/bulletin.rss"}
    for found in _articles(pipeline):
        assert not pipeline.ctx.page_retries.due_at(found.id)
        assert not pipeline.ctx.edit_checks.due_at(found.id)
    assert not any(name == "retry_page" for name, _ in ran)


def test_an_old_summary_only_item_without_a_link_is_matched_not_fetched(
        tmp_path, redis_client, newsroom, receiver):
    # Stored by a newsmon from before feed-only items: summary-only, on the page-retry queue.
    pipeline = _pipeline(tmp_path, redis_client, newsroom, receiver)
    item = FeedItem(key="guid:bulletin-0042", link=None, summary="Water poured over the "
                    "Tallis barrier into Wrenmouth overnight.",
                    title="Tallis flood barrier fails as the river rises")
    article = new_article("bulletin", "Wrenmouth Bulletin", item, None, f"item:{item.key}", NOW)
    article.status = "summary_only"
    pipeline.ctx.articles.create(article, feed_text(item), content_hash(feed_text(item)), NOW)
    pipeline.ctx.page_retries.schedule(article.id, NOW + 60)
    assert retry_page(pipeline.ctx, article.id, NOW + 60) is False
    pipeline.run_jobs()
    assert pipeline.ctx.articles.get(article.id).status == "feed_only"
    assert [a.event_type for a in receiver.received] == ["article.new"]
    assert newsroom.requests == []
