"""Depth of the job queues, read from the Dramatiq Redis broker's own keys (for status).

With a RabbitMQ broker these keys do not exist and every depth reads 0; RabbitMQ's management
interface is the place to look then (docs/operations.md).
"""

from __future__ import annotations

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
