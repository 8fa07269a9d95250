"""Depth of the job queues, read from the Dramatiq Redis broker's own keys (for status).

With a RabbitMQ broker these keys do not exist and every depth reads 0; RabbitMQ's management
interface is the place to look then (docs/operations.md).
"""

from __future__ import annotations

import json

import redis

from monitor.state import keys


def queue_depths(client: redis.Redis) -> dict[str, dict[str, int]]:
    with client.pipeline(transaction=False) as pipe:
        for queue in keys.JOB_QUEUES:
            pipe.hlen(keys.job_queue_messages(queue))
            pipe.hlen(keys.job_delay_queue_messages(queue))
            pipe.zcard(keys.job_dead_letters(queue))
        counts = pipe.execute()
    return {queue: dict(zip(("pending", "delayed", "failed"), counts[i * 3:i * 3 + 3], strict=True))
            for i, queue in enumerate(keys.JOB_QUEUES)}


def oldest_job_ages(client: redis.Redis, now: float) -> dict[str, float]:
    """Seconds the oldest job waiting on each queue has waited (0: none waiting). Read from the
    head of the broker's list and the message's own `message_timestamp` (ms)."""
    with client.pipeline(transaction=False) as pipe:
        for queue in keys.JOB_QUEUES:
            pipe.lindex(keys.job_queue_ids(queue), 0)
        heads = pipe.execute()
    ages = {}
    for queue, head in zip(keys.JOB_QUEUES, heads, strict=True):
        raw = client.hget(keys.job_queue_messages(queue), head) if head else None
        ages[queue] = _age(raw, now)
    return ages


def _age(raw: bytes | None, now: float) -> float:
    try:
        enqueued = json.loads(raw)["message_timestamp"] / 1000 if raw else now
    except (ValueError, KeyError, TypeError):  # not a message we can read: say nothing
        return 0.0
    return max(0.0, now - enqueued)
