"""Workers racing on one piece: two workers handle the same page (listed in two feeds) or a page
and its syndicated copy at the same moment. Each worker thread has its own Context on the same
real Redis, as separate worker processes would. The user must still get one article, one
`article.new` and one webhook, never two.

Races are timing-dependent, so each scenario is run for several rounds, and each round releases
both workers together from a barrier to make them overlap.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from functools import partial

import pytest
from harness import GAZA_WATCH, SECRET, hook_sink, make_pipeline
from pages import corpus_page
from yaml_writer import write_configs

from monitor.ingest.model import FeedItem
from monitor.jobs.items import process_item
from monitor.state.outbox import Outbox
from workers.demo.receiver import WebhookReceiver

ROUNDS = 6


def item(key: str, link: str, title: str) -> dict:
    """A feed item as the item job receives it."""
    return FeedItem(key=key, link=link, title=title, published=datetime.now(UTC)).to_dict()


def two_workers(tmp_path, redis_client, receiver, feeds):
    """Two pipelines (two workers) sharing one Redis and one config."""
    tmp_path.mkdir()
    config = write_configs(tmp_path, feeds=feeds, watches=[GAZA_WATCH],
                           sinks=[hook_sink(receiver)])
    return make_pipeline(redis_client, config), make_pipeline(redis_client, config)


def race(*calls):
    """Run the calls at the same moment, one thread each; re-raise the first failure."""
    barrier = threading.Barrier(len(calls))

    def start(call):
        barrier.wait()
        return call()

    with ThreadPoolExecutor(len(calls)) as pool:
        return [f.result() for f in [pool.submit(start, c) for c in calls]]


def rounds(redis_client):
    """(round number, a fresh webhook receiver) for each round, on an emptied Redis."""
    for round_ in range(ROUNDS):
        redis_client.flushdb()
        with WebhookReceiver(secret=SECRET) as receiver:
            yield round_, receiver


def deliver_all_at_once(*pipelines):
    """Each worker runs the delivery jobs it queued, all at the same moment."""
    race(*[p.run_jobs for p in pipelines])


@pytest.fixture
def page(newsroom, corpus):
    def put(path: str, seed: str, text: str | None = None) -> str:
        url = newsroom.url(path)
        newsroom.put(path, corpus_page(seed, text or corpus[seed], "outlet_a", url))
        return url
    return put


def test_the_same_page_from_two_feeds_at_once_is_one_article_and_one_webhook(
        tmp_path, redis_client, page):
    feeds = [{"id": "a", "name": "Outlet A", "url": "http://127.0.0.1:9/a.rss"},
             {"id": "b", "name": "Outlet B", "url": "http://127.0.0.1:9/b.rss"}]
    for round_, receiver in rounds(redis_client):
        one, two = two_workers(tmp_path / str(round_), redis_client, receiver, feeds)
        url = page(f"/r{round_}/talks", "001")
        race(partial(process_item, one.ctx, "a", "Outlet A", item("guid-a", url, "Talks")),
             partial(process_item, two.ctx, "b", "Outlet B", item("guid-b", url, "Talks")))
        deliver_all_at_once(one, two)

        assert one.ctx.articles.count() == 1
        assert len(one.ctx.stories.pieces(GAZA_WATCH["id"])) == 1
        claims = [e["claim"]["sentence"] for e in one.ctx.stories.ledger(GAZA_WATCH["id"])]
        assert claims and len(claims) == len(set(claims)), "claims entered the ledger twice"
        assert len(receiver.received) == 1, f"round {round_}: sent {len(receiver.received)}×"


def test_a_page_and_its_copy_at_once_are_one_piece_with_a_copy(
        tmp_path, redis_client, page, corpus):
    feeds = [{"id": "a", "name": "Outlet A", "url": "http://127.0.0.1:9/a.rss"},
             {"id": "wire", "name": "Wire", "url": "http://127.0.0.1:9/wire.rss"}]
    copy_text = corpus["002"] + "\n\nDistributed by the Wire Syndicate."
    for round_, receiver in rounds(redis_client):
        one, two = two_workers(tmp_path / str(round_), redis_client, receiver, feeds)
        original = page(f"/r{round_}/us-quits", "002")
        copy = page(f"/r{round_}/wire/us-quits", "002", copy_text)
        race(partial(process_item, one.ctx, "a", "Outlet A", item("o", original, "US")),
             partial(process_item, two.ctx, "wire", "Wire", item("c", copy, "US")))
        deliver_all_at_once(one, two)

        assert one.ctx.articles.count() == 1, f"round {round_}: the copy became a second piece"
        (piece,) = one.ctx.stories.pieces(GAZA_WATCH["id"])
        assert len(one.ctx.articles.copies(piece.article_id)) == 1  # whichever came first
        assert len(receiver.received) == 1


def test_two_delivery_jobs_for_one_alert_send_it_once(tmp_path, redis_client, page):
    """However a second job for the same alert and sink comes about (a redelivered message, a
    replay), the two never both send."""
    feeds = [{"id": "a", "name": "Outlet A", "url": "http://127.0.0.1:9/a.rss"}]
    for round_, receiver in rounds(redis_client):
        one, two = two_workers(tmp_path / str(round_), redis_client, receiver, feeds)
        url = page(f"/r{round_}/talks", "001")
        process_item(one.ctx, "a", "Outlet A", item("guid", url, "Talks"))
        (job, (alert_id, sink, attempt)), = one.jobs.queue
        one.jobs.queue.clear()
        assert job == "deliver"
        race(partial(one.ctx.deliverer.deliver, alert_id, sink, attempt),
             partial(two.ctx.deliverer.deliver, alert_id, sink, attempt))
        deliver_all_at_once(one, two)  # whatever either rescheduled

        assert len(receiver.received) == 1
        assert Outbox(redis_client).is_delivered(alert_id, sink)
