"""Every job newsmon runs, declared once: the actors (workers/actors.py), the context's
`jobs.send` and the test harness all read this table.

Our own stages record their failures (feed errors, summary-only articles, dead letters), so
Dramatiq's retries are for the unexpected: a Redis blip, a bug. Time limits keep a stuck job
from holding a worker thread forever.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from monitor.jobs import deliveries, items, pages, polls, recheck
from monitor.state.keys import QUEUE_ALERTS, QUEUE_ARTICLES, QUEUE_FEEDS


@dataclass(frozen=True)
class JobSpec:
    name: str
    run: Callable[..., object]  # run(ctx, *args); args are JSON-safe
    queue: str
    time_limit: float  # seconds


JOBS: dict[str, JobSpec] = {spec.name: spec for spec in (
    JobSpec("poll_feed", polls.poll_feed, QUEUE_FEEDS, 120),
    JobSpec("process_item", items.process_item, QUEUE_ARTICLES, 180),
    JobSpec("recheck_article", recheck.recheck_article, QUEUE_ARTICLES, 180),
    JobSpec("retry_page", pages.retry_page, QUEUE_ARTICLES, 180),
    JobSpec("deliver", deliveries.deliver, QUEUE_ALERTS, 120),
)}

QUEUES = frozenset(spec.queue for spec in JOBS.values())
