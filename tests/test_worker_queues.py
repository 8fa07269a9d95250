"""Polls and alert deliveries never wait behind article jobs: they have queues, and worker
threads, of their own (workers/pools.py). Real Dramatiq workers on the Redis broker (embedded
Redis); the jobs are stand-ins that block, so the article threads are surely all busy."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest
from waiting import wait_until

from monitor.jobs.table import JOBS, PROMPT_QUEUES, QUEUES
from monitor.settings import WorkerSettings
from monitor.state.keys import JOB_QUEUES, QUEUE_ALERTS, QUEUE_FEEDS, QUEUE_RECHECKS
from workers import actors
from workers.broker import make_broker
from workers.pools import start_workers, stop_workers

pytestmark = pytest.mark.timeout(60)
ARTICLE_JOBS = ("process_item", "process_item_bulk", "recheck_article", "retry_page")


def test_every_queue_is_known_to_status_and_rechecks_have_their_own():
    assert set(JOB_QUEUES) == QUEUES
    assert {JOBS[name].queue for name in ("recheck_article", "retry_page")} == {QUEUE_RECHECKS}
    assert JOBS["process_item"].queue not in PROMPT_QUEUES | {QUEUE_RECHECKS}
    assert JOBS["process_item_bulk"].queue not in PROMPT_QUEUES | {JOBS["process_item"].queue}
    assert JOBS["process_item_bulk"].priority > JOBS["process_item"].priority
    assert PROMPT_QUEUES == {QUEUE_FEEDS, QUEUE_ALERTS}
    assert {JOBS["poll_feed"].queue, JOBS["deliver"].queue} == PROMPT_QUEUES


@pytest.fixture
def world(redis_client, monkeypatch):
    """Real actors of the job table, with job functions that record and (articles) block."""
    release = threading.Event()
    started: list[tuple] = []
    done = {"poll_feed": threading.Event(), "deliver": threading.Event()}

    def slow_article(ctx, *args):
        started.append(args)
        release.wait(30)

    for name in ARTICLE_JOBS:
        monkeypatch.setitem(JOBS, name, replace(JOBS[name], run=slow_article))
    for name, event in done.items():
        monkeypatch.setitem(JOBS, name, replace(JOBS[name], run=lambda ctx, *a, e=event: e.set()))
    monkeypatch.setattr(actors, "_context", object())  # the stand-ins need no context
    broker = make_broker(redis_client)
    jobs = actors.declare(broker)
    workers: list = []
    yield jobs, broker, workers, started, done
    release.set()
    stop_workers(workers, timeout=10)
    broker.close()


def test_a_poll_and_a_delivery_run_at_once_behind_200_slow_article_jobs(world):
    jobs, broker, workers, started, done = world
    for n in range(200):
        jobs.send("process_item", "feed", "source", {"n": n})
    for n in range(20):
        jobs.send("recheck_article", f"article-{n}")
    workers += start_workers(broker, WorkerSettings(threads=2, poll_threads=1))
    wait_until(lambda: len(started) >= 2, 10, "article jobs on both article threads")
    sent = time.monotonic()
    jobs.send("poll_feed", "harbor-wire")
    jobs.send("deliver", "alert-1", "hook")
    assert done["poll_feed"].wait(2.0), "the poll waited behind the article jobs"
    assert done["deliver"].wait(2.0), "the delivery waited behind the article jobs"
    assert time.monotonic() - sent < 2.0
    assert len(started) == 2  # the article threads are still busy: the budgets are apart


def test_a_new_item_runs_before_a_burst_of_bulk_items_queued_ahead_of_it(redis_client,
                                                                          monkeypatch):
    """One feed's 300 items wait in the bulk queue; another feed's new item, queued after
    them, is among the next jobs the article thread runs, not the 301st."""
    ran: list[str] = []
    for name in ("process_item", "process_item_bulk"):
        monkeypatch.setitem(JOBS, name, replace(
            JOBS[name], run=lambda ctx, feed, *a: (ran.append(feed), time.sleep(0.01))))
    monkeypatch.setattr(actors, "_context", object())
    broker = make_broker(redis_client)
    jobs = actors.declare(broker)
    for n in range(300):
        jobs.send("process_item_bulk", "flood", "source", {"n": n})
    workers = start_workers(broker, WorkerSettings(threads=1, poll_threads=1))
    try:
        wait_until(lambda: len(ran) >= 5, 10, "the burst under way")
        jobs.send("process_item", "healthy", "source", {"n": 0})
        wait_until(lambda: "healthy" in ran, 10, "the new item")
        position = ran.index("healthy")
        # behind at most what the thread had already taken from the bulk queue (its prefetch)
        assert position < 40, position
        assert ran.count("flood") < 300
    finally:
        stop_workers(workers, timeout=10)
        broker.close()
