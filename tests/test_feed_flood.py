"""A feed cannot flood the daemon: one poll takes at most `poll.max_items_per_poll` items (the
newest), says so once in the log and in the feed's status, and a feed that renames every item
at each poll adds at most that many articles per poll."""

from __future__ import annotations

import logging
import random
from datetime import UTC, datetime, timedelta

from harness import make_pipeline
from yaml_writer import write_configs

from monitor.ingest.limits import newest_items
from monitor.ingest.model import FeedItem
from monitor.views.status import gather, render_text
from workers.demo.newsroom import FeedEntry

START = datetime(2026, 1, 1, tzinfo=UTC)


def publish_flood(newsroom, n: int, generation: str) -> None:
    entries = [FeedEntry(title=f"Item {i}", link=f"/flood/{generation}/{i}",
                         guid=f"{generation}-{i}", summary="", published=START
                         + timedelta(minutes=i)) for i in range(n)]
    random.Random(7).shuffle(entries)  # the newest are not simply the first listed
    newsroom.put_feed("/flood.rss", "rss", "Flood", entries)


def queued_items(pipeline) -> list[dict]:
    items = [args[2] for name, args in pipeline.jobs.queue if name.startswith("process_item")]
    pipeline.jobs.queue.clear()
    return items


def test_a_5000_item_feed_gives_the_500_newest_and_one_warning(tmp_path, redis_client, newsroom,
                                                               caplog):
    publish_flood(newsroom, 5000, "a")
    config = write_configs(tmp_path, feeds=[{"id": "flood", "url": newsroom.url("/flood.rss")}],
                           watches=[], extra={"log_level": "INFO"})
    pipeline = make_pipeline(redis_client, config)
    caplog.set_level(logging.INFO)

    assert pipeline.run("poll_feed", "flood") == 500
    items = queued_items(pipeline)
    assert sorted(int(i["title"].split()[1]) for i in items) == list(range(4500, 5000))
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert warnings == [f"feed flood ({newsroom.url('/flood.rss')}): 4,500 of 5,000 items left "
                        "out of this poll (it takes the 500 newest: poll.max_items_per_poll)"]
    status = gather(redis_client, pipeline.ctx.watches.current().watchlist)
    assert "4,500 of 5,000 items left out" in status["feeds"][0]["problem"]
    assert "4,500 of 5,000 items left out" in render_text(status)

    # Every GUID renamed at the next poll: again 500 new items, not 5,000.
    publish_flood(newsroom, 5000, "b")
    assert pipeline.run("poll_feed", "flood") == 500
    assert all(i["guid"].startswith("b-") for i in queued_items(pipeline))


def test_undated_items_are_taken_in_feed_order():
    items = [FeedItem(key=f"k{i}", link=None, title=str(i)) for i in range(5)]
    assert newest_items(items, 3) == (items[:3], 2)
    assert newest_items(items, 5) == (items, 0)
