"""The backlog policy: what a feed already lists when newsmon first polls it joins the story
without `article.new` alerts (unless a watch says `backlog: alert`); `max_age` silences old
pieces, never undated ones. Real Redis, loopback newsroom, webhook receiver; jobs inline."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from harness import GAZA_WATCH, hook_sink, make_pipeline
from pages import corpus_page
from yaml_writer import write_configs

from monitor.config.loading import load_watchlist
from monitor.settings import WatchSettings
from monitor.stories import new_piece_verdict, published_timestamp
from workers.demo.newsroom import FeedEntry

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC).timestamp()
DAY = 86400.0


def watch(**extra) -> WatchSettings:
    return WatchSettings(id="w", title="W", query="x", **extra)


@pytest.mark.parametrize(("settings", "backlog", "published", "alert", "reason"), [
    ({}, False, NOW - DAY, True, "alert"),
    ({}, True, NOW - DAY, False, "backlog"),
    ({"backlog": "alert"}, True, NOW - DAY, True, "alert"),
    ({"events": ["claims_changed"]}, False, NOW, False, "events"),
    ({"events": ["claims_changed"], "backlog": "alert"}, True, NOW, False, "events"),
    ({"max_age": "2d"}, False, NOW - 3 * DAY, False, "max_age"),
    ({"max_age": "2d"}, False, NOW - 1 * DAY, True, "alert"),
    ({"max_age": "2d"}, False, None, True, "alert"),  # no date never silences
    ({"max_age": "2d"}, False, datetime(1970, 1, 2, tzinfo=UTC).timestamp(), True, "alert"),
    ({"max_age": "2d"}, False, datetime(1989, 12, 31, tzinfo=UTC).timestamp(), True, "alert"),
    ({"max_age": "2d"}, False, NOW + 2 * DAY, True, "alert"),  # more than a day ahead
    ({"max_age": "2d", "backlog": "alert"}, True, NOW - 3 * DAY, False, "max_age"),
    ({"max_age": "2d"}, True, None, False, "backlog"),
])
def test_new_piece_verdict_rules(settings, backlog, published, alert, reason):
    verdict = new_piece_verdict(watch(**settings), backlog=backlog, published=published, now=NOW)
    assert (verdict.alert, verdict.reason) == (alert, reason)


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-07-25", datetime(2025, 7, 25, tzinfo=UTC).timestamp()),
    ("2025-07-25T10:00:00+02:00", datetime(2025, 7, 25, 8, tzinfo=UTC).timestamp()),
    ("2025-07-25T10:00:00Z", datetime(2025, 7, 25, 10, tzinfo=UTC).timestamp()),
    (None, None), ("", None), ("last Tuesday", None),
])
def test_published_timestamp(value, expected):
    assert published_timestamp(value) == expected


FEED = "/desk/feed.rss"
UNDATED = datetime(2000, 1, 1, tzinfo=UTC)  # rendered, then removed from the feed


class Desk:
    """One outlet's feed on the loopback newsroom, built up item by item."""

    def __init__(self, newsroom, corpus, path: str = FEED):
        self.newsroom, self.corpus, self.path = newsroom, corpus, path
        self.entries: list[FeedEntry] = []
        self.publish()

    def add(self, seed: str, *, age: timedelta | None = timedelta(hours=1)) -> str:
        """List corpus piece `seed`; `age=None`: neither the feed nor the page gives a date."""
        page = f"{self.path.rsplit('/', 1)[0]}/{seed}.html"
        url = self.newsroom.url(page)
        html = corpus_page(seed, self.corpus[seed], "outlet_a", url)
        if age is None:
            html = re.sub(r'<meta property="article:published_time"[^>]*>', "", html)
            html = re.sub(r"<time[^>]*>.*?</time>", "", html, flags=re.S)
        self.newsroom.put(page, html)
        published = datetime.now(UTC) - age if age is not None else UNDATED
        self.entries.append(FeedEntry(title=f"Piece {seed}", link=url, guid=url, summary="",
                                      published=published))
        self.publish()
        return url

    def publish(self) -> None:
        body = self.newsroom.put_feed(self.path, "rss", "The Desk", self.entries)
        # The renderer dates every item; an undated one loses its <pubDate> here.
        body = re.sub(rb"<pubDate>Sat, 01 Jan 2000[^<]*</pubDate>", b"", body)
        self.newsroom.put(self.path, body, "application/rss+xml")


def feed(newsroom, path: str = FEED, feed_id: str = "desk") -> dict:
    return {"id": feed_id, "name": f"Outlet {feed_id}", "url": newsroom.url(path)}


def new_alert_urls(receiver) -> list[str]:
    return [a.json["data"]["article"]["url"] for a in receiver.received
            if a.json["type"] == "article.new"]


@pytest.fixture
def start(tmp_path, redis_client, receiver):
    """start(feeds, **watch settings): a pipeline on a fresh Redis that has never polled."""
    def started(feeds: list[dict], **settings):
        config = write_configs(tmp_path, feeds=feeds, watches=[{**GAZA_WATCH, **settings}],
                               sinks=[hook_sink(receiver)])
        return make_pipeline(redis_client, config, feeds_known=False)
    return started


def test_first_poll_joins_the_backlog_to_the_story_without_alerts(start, newsroom, corpus,
                                                                   receiver):
    desk = Desk(newsroom, corpus)
    for seed in ("000", "002", "003"):
        desk.add(seed)
    pipeline = start([feed(newsroom)])
    pipeline.poll_all()
    assert receiver.received == []
    assert pipeline.ctx.stories.info(GAZA_WATCH["id"]).pieces == 3

    later = desk.add("004")
    pipeline.poll_all()
    assert new_alert_urls(receiver) == [later]
    story = receiver.received[0].json["data"]["story"]
    assert story["pieces"] == 4


def test_backlog_alert_alerts_on_the_first_poll(start, newsroom, corpus, receiver):
    desk = Desk(newsroom, corpus)
    urls = [desk.add(seed) for seed in ("000", "002", "003")]
    pipeline = start([feed(newsroom)], backlog="alert")
    pipeline.poll_all()
    assert sorted(new_alert_urls(receiver)) == sorted(urls)


def test_a_feed_added_later_keeps_its_existing_items_silent(start, newsroom, corpus, receiver,
                                                            tmp_path):
    first = Desk(newsroom, corpus)
    pipeline = start([feed(newsroom)])
    pipeline.poll_all()  # an empty feed: its first poll is done, later items are news
    second = Desk(newsroom, corpus, "/other/feed.rss")
    second.add("000")
    second.add("002")
    config = write_configs(tmp_path, feeds=[feed(newsroom), feed(newsroom, second.path, "other")],
                           watches=[GAZA_WATCH], sinks=[hook_sink(receiver)])
    compiled = load_watchlist(config.parent / "watches.yaml", pipeline.ctx.settings)
    pipeline.ctx.watches.publish(compiled)
    pipeline.ctx.schedule.sync_feeds(compiled.watchlist)
    pipeline.poll_all()
    assert receiver.received == []
    assert pipeline.ctx.stories.info(GAZA_WATCH["id"]).pieces == 2

    news = [first.add("003"), second.add("004")]
    pipeline.poll_all()
    assert sorted(new_alert_urls(receiver)) == sorted(news)


def test_max_age_silences_old_pieces_but_never_undated_ones(start, newsroom, corpus, receiver):
    desk = Desk(newsroom, corpus)
    pipeline = start([feed(newsroom)], max_age="2d")
    pipeline.poll_all()
    desk.add("000", age=timedelta(days=10))
    undated = desk.add("002", age=None)
    fresh = desk.add("003", age=timedelta(hours=3))
    pipeline.poll_all()
    assert sorted(new_alert_urls(receiver)) == sorted([undated, fresh])
    assert pipeline.ctx.stories.info(GAZA_WATCH["id"]).pieces == 3


def test_a_redelivered_first_poll_keeps_its_items_in_the_backlog(start, newsroom, corpus,
                                                                 receiver, monkeypatch):
    desk = Desk(newsroom, corpus)
    for seed in ("000", "002"):
        desk.add(seed)
    pipeline = start([feed(newsroom)])
    states = pipeline.ctx.schedule.states
    real_update = states.update

    def dies_before_validators(feed_id, pipe=None, **values):
        if "etag" in values:
            raise ConnectionError("worker killed before the validators were stored")
        return real_update(feed_id, pipe, **values)

    monkeypatch.setattr(states, "update", dies_before_validators)
    with pytest.raises(ConnectionError):
        pipeline.poll_all()
    monkeypatch.setattr(states, "update", real_update)
    pipeline.poll_all()  # the poll is delivered again, then its item jobs run
    assert receiver.received == []
    assert pipeline.ctx.stories.info(GAZA_WATCH["id"]).pieces == 2


def test_a_feed_polled_before_backlogs_were_kept_is_not_new(start, newsroom, corpus, receiver):
    """State written by a newsmon without the backlog policy: a `last_poll`, no first-poll
    fields. Upgrading must not silence the feed's next items."""
    desk = Desk(newsroom, corpus)
    pipeline = start([feed(newsroom)])
    pipeline.ctx.schedule.states.update("desk", last_poll=NOW, last_status=200)
    url = desk.add("000")
    pipeline.poll_all()
    assert new_alert_urls(receiver) == [url]


def test_a_first_poll_that_failed_leaves_the_backlog_for_the_next_one(start, newsroom, corpus,
                                                                      receiver):
    desk = Desk(newsroom, corpus)
    desk.add("000")
    pipeline = start([feed(newsroom)])
    newsroom.remove(FEED)
    pipeline.poll_all()  # 404: no feed yet
    assert pipeline.ctx.schedule.states.get("desk").last_error
    desk.publish()
    pipeline.poll_all()
    assert receiver.received == []
    assert pipeline.ctx.stories.info(GAZA_WATCH["id"]).pieces == 1
