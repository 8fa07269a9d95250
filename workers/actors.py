"""Dramatiq actors: thin wrappers that hand each job to its pipeline stage.

Actors are declared on a broker by `declare(broker)`, and the stage context (Redis, HTTP
client, settings) is bound once per process with `bind(context)`. `DramatiqJobs` is the
`monitor.jobs.context.Jobs` edge that enqueues them.
"""

from __future__ import annotations

from dataclasses import dataclass

import dramatiq

from monitor.alerts.delivery import Deliverer
from monitor.jobs import items as ingest
from monitor.jobs import recheck as edits
from monitor.jobs.context import Context
from monitor.state.keys import QUEUE_ALERTS, QUEUE_ARTICLES, QUEUE_FEEDS
from monitor.state.outbox import Outbox

_context: Context | None = None
_deliverer: Deliverer | None = None


def bind(context: Context) -> None:
    global _context, _deliverer
    _context = context
    _deliverer = Deliverer(Outbox(context.redis), context.settings, context.jobs.deliver)


def _ctx() -> Context:
    if _context is None:
        raise RuntimeError("workers.actors.bind(context) was not called in this process")
    return _context


def poll_feed(feed_id: str) -> None:
    ingest.poll_feed(_ctx(), feed_id)


def process_item(feed_id: str, source: str, item: dict) -> None:
    ingest.process_item(_ctx(), feed_id, source, ingest.item_from_dict(item))


def recheck_article(article_id: str) -> None:
    edits.recheck_article(_ctx(), article_id)


def retry_page(article_id: str) -> None:
    ingest.retry_page(_ctx(), article_id)


def deliver(alert_id: str, sink: str, attempt: int = 1) -> None:
    assert _deliverer is not None
    _deliverer.deliver(alert_id, sink, attempt)


@dataclass
class DramatiqJobs:
    """Enqueues jobs on the broker the actors were declared on."""

    actors: dict[str, dramatiq.Actor]

    def poll_feed(self, feed_id: str) -> None:
        self.actors["poll_feed"].send(feed_id)

    def process_item(self, feed_id: str, source: str, item: dict) -> None:
        self.actors["process_item"].send(feed_id, source, item)

    def recheck_article(self, article_id: str) -> None:
        self.actors["recheck_article"].send(article_id)

    def retry_page(self, article_id: str) -> None:
        self.actors["retry_page"].send(article_id)

    def deliver(self, alert_id: str, sink: str, attempt: int = 1, delay: float = 0.0) -> None:
        self.actors["deliver"].send_with_options(args=(alert_id, sink, attempt),
                                                 delay=int(delay * 1000) or None)


# Our own stages record their failures (feed errors, summary-only articles, dead letters), so
# Dramatiq retries are for the unexpected: a Redis blip, a bug. Time limits keep a stuck job
# from holding a worker thread forever.
_ACTORS = {
    "poll_feed": (poll_feed, QUEUE_FEEDS, 120_000),
    "process_item": (process_item, QUEUE_ARTICLES, 180_000),
    "recheck_article": (recheck_article, QUEUE_ARTICLES, 180_000),
    "retry_page": (retry_page, QUEUE_ARTICLES, 180_000),
    "deliver": (deliver, QUEUE_ALERTS, 120_000),
}


def declare(broker: dramatiq.Broker) -> DramatiqJobs:
    actors = {
        name: dramatiq.actor(fn, broker=broker, actor_name=name, queue_name=queue,
                             time_limit=time_limit)
        for name, (fn, queue, time_limit) in _ACTORS.items()
    }
    return DramatiqJobs(actors)
