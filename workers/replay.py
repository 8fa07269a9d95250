"""`newsmon replay`: put dead-lettered deliveries back on the queue.

Disabled sinks are re-enabled first (the operator is telling us the receiver is fixed). Each
delivery keeps its webhook-id, so a receiver that did get an earlier attempt can dedupe.
"""

from __future__ import annotations

import redis

from monitor.settings import ServiceSettings
from monitor.state.outbox import Outbox
from workers import actors
from workers.broker import make_broker


def replay(client: redis.Redis, settings: ServiceSettings, enqueue=None) -> int:
    """Re-queue every dead letter. `enqueue(alert_id, sink)` defaults to the Dramatiq broker."""
    outbox = Outbox(client)
    if enqueue is None:
        enqueue = _dramatiq_enqueue(client, settings)
    letters = outbox.take_dead_letters()
    for sink in {letter["sink"] for letter in letters}:
        outbox.enable_sink(sink)
    for letter in letters:
        enqueue(letter["alert_id"], letter["sink"])
    return len(letters)


def _dramatiq_enqueue(client: redis.Redis, settings: ServiceSettings):
    jobs = actors.declare(make_broker(client, settings.broker.url, settings.workers))
    return lambda alert_id, sink: jobs.send("deliver", alert_id, sink)
