"""With 5,000 article jobs queued and every article thread busy, feeds are still polled on
time: the real scheduler (APScheduler ticks, the due set in Redis), real Dramatiq workers on
the Redis broker (embedded Redis) and the real poll job against feeds on loopback. Only the
article jobs are stand-ins, which block, so the backlog stays queued for the whole test."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import replace

import pytest
from yaml_writer import write_configs

from monitor.config.loading import load_service
from monitor.jobs.context import build_context
from monitor.jobs.table import JOBS
from monitor.settings import WorkerSettings
from workers import actors
from workers.broker import make_broker
from workers.pools import start_workers, stop_workers
from workers.scheduler import Scheduler

pytestmark = pytest.mark.timeout(120)
QUEUED = 5_000
FEEDS = 3
WATCHED = 6.0  # seconds of polling looked at
EMPTY_FEED = b"<rss version='2.0'><channel><title>quiet</title></channel></rss>"


@pytest.fixture
def backlogged(tmp_path, redis_client, newsroom, monkeypatch):
    """A daemon's scheduler and workers, 5,000 article jobs queued ahead of everything."""
    release = threading.Event()
    started = []

    def blocked_article(ctx, *args):
        started.append(args)
        release.wait(60)

    for name in ("process_item", "process_item_bulk", "recheck_article", "retry_page"):
        monkeypatch.setitem(JOBS, name, replace(JOBS[name], run=blocked_article))
    feeds = []
    for n in range(FEEDS):
        newsroom.put(f"/quiet-{n}.xml", EMPTY_FEED, "application/rss+xml")
        feeds.append({"id": f"quiet-{n}", "url": newsroom.url(f"/quiet-{n}.xml"), "interval": "1s"})
    settings = load_service(write_configs(
        tmp_path, feeds=feeds, watches=[{"id": "w", "title": "W", "query": "anything"}],
        extra={"poll": {"default_interval": "1s", "min_interval": "1s", "tick": 0.5}}))
    broker = make_broker(redis_client)
    jobs = actors.declare(broker)
    ctx = build_context(redis_client, settings, jobs)
    monkeypatch.setattr(actors, "_context", ctx)
    for n in range(QUEUED):
        jobs.send("process_item", "flood", "Flood", {"n": n})
    workers = start_workers(broker, WorkerSettings(threads=2, poll_threads=2))
    scheduler = Scheduler(ctx, settings.watches_file)
    try:
        yield scheduler, started
    finally:
        release.set()
        scheduler.stop()
        stop_workers(workers, timeout=10)
        broker.close()


def test_feeds_are_polled_every_interval_behind_5000_queued_article_jobs(backlogged, newsroom,
                                                                           caplog):
    scheduler, started = backlogged
    caplog.set_level(logging.WARNING, logger="apscheduler")
    scheduler.start()
    time.sleep(1.5)  # the first polls (the feeds are new: due at once)
    since = time.time()
    time.sleep(WATCHED)
    assert len(started) == 2  # both article threads blocked: the backlog is still there
    for n in range(FEEDS):
        polls = [r.time for r in newsroom.requests if r.path == f"/quiet-{n}.xml"
                 and r.time >= since]
        gaps = [b - a for a, b in zip(polls, polls[1:], strict=False)]
        # a 1 s feed with a 0.5 s tick: one poll a second, give or take a tick
        assert len(polls) >= WATCHED - 1, (n, polls)
        assert max(gaps) < 1.0 + 0.5 + 0.3, (n, gaps)
    skipped = [r.getMessage() for r in caplog.records if "skipped" in r.getMessage()]
    assert skipped == []  # APScheduler never skipped a tick ("maximum number of running ...")
