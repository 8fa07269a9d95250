"""The job table's time limits fire in newsmon's own worker processes.

Dramatiq's TimeLimit middleware only starts its timer thread on `process_boot`, an event that
Dramatiq's CLI emits and an in-process `dramatiq.Worker` does not: workers/pools.py emits it.
Real Dramatiq workers on the Redis broker (embedded Redis); the job is a stand-in that never
ends by itself, with a time limit of 0.3 s instead of minutes."""

from __future__ import annotations

import logging
import threading
from dataclasses import replace

import pytest
from waiting import wait_until

from monitor.jobs.table import JOBS
from monitor.metrics import RETRIES
from monitor.settings import WorkerSettings
from monitor.state.keys import JOBS_NAMESPACE, QUEUE_ARTICLES
from workers import actors
from workers.broker import make_broker
from workers.pools import start_workers, stop_workers

pytestmark = pytest.mark.timeout(60)


def test_a_job_over_its_time_limit_is_interrupted_logged_and_retried(
        redis_client, monkeypatch, caplog):
    release, started, interrupted = threading.Event(), threading.Event(), []

    def stuck(ctx, *args):
        started.set()
        try:
            # Python code between short waits: the interrupt is raised at the next bytecode.
            while not release.wait(0.05):
                pass
        except BaseException as exc:
            interrupted.append(type(exc).__name__)
            raise

    monkeypatch.setitem(JOBS, "process_item",
                        replace(JOBS["process_item"], run=stuck, time_limit=0.3))
    monkeypatch.setattr(actors, "_context", object())  # the stand-in needs no context
    retries_before = RETRIES.labels("job")._value.get()
    broker = make_broker(redis_client)
    jobs = actors.declare(broker)
    caplog.set_level(logging.INFO)
    workers = start_workers(broker, WorkerSettings(threads=1, poll_threads=1))
    try:
        jobs.send("process_item", "feed", "source", {"n": 1})
        assert started.wait(10), "the job never started"
        # TimeLimit checks once a second: 0.3 s limit + 1 s check + margin.
        wait_until(lambda: interrupted, 5, "the job to be interrupted")
        assert interrupted == ["TimeLimitExceeded"]
        wait_until(lambda: RETRIES.labels("job")._value.get() > retries_before, 5,
                   "the retry to be scheduled")
        # Retries put it on the delayed queue (backoff of at least 15 s), not lost.
        delayed = f"{JOBS_NAMESPACE}:{QUEUE_ARTICLES}.DQ"
        wait_until(lambda: redis_client.hlen(f"{delayed}.msgs"), 5, "the delayed retry")
    finally:
        release.set()
        stop_workers(workers, timeout=10)
        broker.close()
    text = caplog.text
    assert "Time limit exceeded" in text
    assert "TimeLimitExceeded" in text
    assert "Retrying message" in text


def test_process_boot_is_emitted_once_per_broker(redis_client):
    broker = make_broker(redis_client)
    workers = start_workers(broker, WorkerSettings(threads=1, poll_threads=1))
    try:
        again = start_workers(broker, WorkerSettings(threads=1, poll_threads=1))  # no error
        stop_workers(again, timeout=5)
    finally:
        stop_workers(workers, timeout=5)
        broker.close()
