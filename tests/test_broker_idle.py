"""A job that arrives on a queue idle for a while is taken within a fraction of a second: a new
item crosses three queues (poll, article, delivery) on its way to a webhook, and Dramatiq's own
idle back-off (up to the worker timeout, 1 s) would add up to a second at each."""

from __future__ import annotations

import time

import dramatiq
import pytest
from waiting import wait_until

from monitor.jobs.table import JOBS, QUEUES
from workers.broker import IDLE_POLL_MS, IDLE_POLL_SLOW_MS, idle_poll_ms, make_broker

QUEUE = JOBS["process_item"].queue  # the embedded Redis of the tests: nothing else reads it



def test_the_queues_a_new_item_crosses_are_looked_at_often_the_others_less():
    crossed = {JOBS[name].queue for name in ("poll_feed", "process_item", "deliver")}
    assert {idle_poll_ms(q) for q in crossed} == {IDLE_POLL_MS}
    others = QUEUES - crossed
    assert others and {idle_poll_ms(q) for q in others} == {IDLE_POLL_SLOW_MS}
    assert {idle_poll_ms(f"{q}.DQ") for q in QUEUES} == {IDLE_POLL_SLOW_MS}  # delay queues


@pytest.mark.slow  # six jobs, each after 2.5 s of idle queue


def test_a_job_on_an_idle_queue_starts_within_the_idle_poll(redis_client):
    broker = make_broker(redis_client)
    waited: list[float] = []

    @dramatiq.actor(broker=broker, queue_name=QUEUE, max_retries=0)
    def note(sent_at: float) -> None:
        waited.append(time.time() - sent_at)

    worker = dramatiq.Worker(broker, queues={QUEUE}, worker_threads=1)
    worker.start()
    try:
        for n in range(1, 7):
            time.sleep(2.5)  # long enough for the consumer to back off as far as it goes
            note.send(time.time())
            wait_until(lambda n=n: len(waited) >= n, 10, f"job {n} to run", interval=0.01)
    finally:
        worker.stop()
        broker.close()
    # Dramatiq's own back-off waits up to 0.5-1 s here (0.375 s on average); ours at most
    # IDLE_POLL_MS, plus the hop.
    assert max(waited) < IDLE_POLL_MS / 1000 + 0.4, waited
    assert sum(waited) / len(waited) < 0.25, waited
