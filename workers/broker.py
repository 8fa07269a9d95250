"""The Dramatiq broker: Redis by default (the same server as the state), RabbitMQ on request.

Actor code does not change between the two; only this function looks at the URL.
"""

from __future__ import annotations

import dramatiq
import redis
from dramatiq.brokers.redis import RedisBroker
from dramatiq.middleware import (
    AgeLimit,
    Callbacks,
    CurrentMessage,
    Middleware,
    Pipelines,
    Retries,
    ShutdownNotifications,
    TimeLimit,
)

from monitor.errors import NewsmonError
from monitor.metrics import DEAD_LETTERS, RETRIES
from monitor.settings import WorkerSettings
from monitor.state.keys import JOBS_NAMESPACE as NAMESPACE
from monitor.state.keys import QUEUE_ALERTS, QUEUE_ARTICLES, QUEUE_FEEDS


class JobOutcomes(Middleware):
    """Counts failed jobs: retried, or (after Retries gave up: message failed) dead-lettered.
    Placed after Retries, which decides."""

    def after_process_message(self, broker, message, *, result=None, exception=None):
        if exception is not None:
            (DEAD_LETTERS if message.failed else RETRIES).labels("job").inc()


# How long, at most, a worker's consumer waits before looking again at a queue it found empty
# (Redis broker). Dramatiq backs off up to the worker's timeout, 1 s: a job that arrives on
# an idle queue waited up to a second before a worker took it, and a new item crosses three
# queues (poll, article, delivery) on its way to a webhook. 200 ms caps that at 0.6 s on those
# three queues. Every look is a Lua call: an idle daemon's ten consumers (five queues, each
# with its delay queue) looking five times a second were most of its idle CPU (0.073 CPU s/s,
# docs/benchmarks.md), so the queues where a second does not matter (the backlog, the
# re-checks, and every delay queue: retries and delayed deliveries wait seconds to hours
# anyway) keep Dramatiq's own 1 s.
IDLE_POLL_MS = 200
IDLE_POLL_SLOW_MS = 1000
PROMPT_CONSUMERS = frozenset({QUEUE_FEEDS, QUEUE_ARTICLES, QUEUE_ALERTS})


def idle_poll_ms(queue_name: str) -> int:
    return IDLE_POLL_MS if queue_name in PROMPT_CONSUMERS else IDLE_POLL_SLOW_MS


class _RedisBroker(RedisBroker):
    """Dramatiq's Redis broker, whose consumers look at an empty queue at least every
    `idle_poll_ms(queue)`."""

    def consume(self, queue_name: str, prefetch: int = 1, timeout: int = 5000):
        return super().consume(queue_name, prefetch, min(timeout, idle_poll_ms(queue_name)))


def _middleware(max_retries: int) -> list:
    # Dramatiq's defaults, with our retry budget. Retries back off exponentially (15 s .. 1 h)
    # and exhausted messages land in Dramatiq's own dead-letter queue. CurrentMessage lets a
    # job log its message id (workers/actors.py).
    return [AgeLimit(), TimeLimit(), ShutdownNotifications(), Callbacks(), Pipelines(),
            Retries(max_retries=max_retries, min_backoff=15_000, max_backoff=3_600_000),
            JobOutcomes(), CurrentMessage()]


def _is_amqp(url: str | None) -> bool:
    return bool(url) and url.startswith(("amqp://", "amqps://"))


def missing_extra(broker_url: str | None) -> str | None:
    """Why this broker URL cannot be used in this installation, or None. An amqp:// URL needs
    pika, which comes with the `rabbitmq` extra; said in one line, before anything starts."""
    if not _is_amqp(broker_url):
        return None
    try:
        import pika  # noqa: F401  (only asking whether it is there)
    except ImportError:
        return ('broker.url is a RabbitMQ (amqp://) URL, but its client library (pika) is not '
                'installed: pip install "news-monitor[rabbitmq]"')
    return None


def make_broker(redis_client: redis.Redis, broker_url: str | None = None,
                workers: WorkerSettings | None = None) -> dramatiq.Broker:
    workers = workers or WorkerSettings()
    middleware = _middleware(workers.max_retries)
    if _is_amqp(broker_url):
        if problem := missing_extra(broker_url):
            raise NewsmonError(problem)
        from dramatiq.brokers.rabbitmq import RabbitmqBroker  # needs pika: the rabbitmq extra

        return RabbitmqBroker(url=broker_url, middleware=middleware)
    client = redis.Redis.from_url(broker_url) if broker_url else redis_client
    return _RedisBroker(client=client, namespace=NAMESPACE, middleware=middleware,
                        heartbeat_timeout=int(workers.heartbeat_timeout * 1000),
                        maintenance_chance=int(workers.requeue_check_chance * 1_000_000))
