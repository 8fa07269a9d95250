"""Every job newsmon runs, declared once: the actors (workers/actors.py), the context's
`jobs.send` and the test harness all read this table.

Our own stages record their failures (feed errors, summary-only articles, dead letters), so
Dramatiq's retries are for the unexpected: a Redis blip, a bug. Time limits keep a stuck job
from holding a worker thread forever.

Queues: new items on `newsmon-articles`, but for a big poll's items past the first
`PROMPT_ITEMS` and a feed's first-poll backlog, which go to `newsmon-articles-bulk` at a lower
priority: a worker runs any waiting prompt item first, so one feed's burst of hundreds of items
never holds up another feed's new piece. Re-checks and page retries on `newsmon-rechecks`, so a
burst of new items and the looks at watched articles take turns instead of queueing in one line;
polls and deliveries on queues of their own that a worker serves with threads of their own
(PROMPT_QUEUES, workers/pools.py), so no backlog of article jobs delays a poll or an alert.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from monitor.jobs import deliveries, items, pages, polls, recheck
from monitor.state.keys import (
    QUEUE_ALERTS,
    QUEUE_ARTICLES,
    QUEUE_BULK,
    QUEUE_FEEDS,
    QUEUE_RECHECKS,
)


@dataclass(frozen=True)
class JobSpec:
    name: str
    run: Callable[..., object]  # run(ctx, *args); args are JSON-safe
    queue: str
    time_limit: float  # seconds
    priority: int = 0  # Dramatiq's: of the jobs a worker has taken, the lowest number runs first


JOBS: dict[str, JobSpec] = {spec.name: spec for spec in (
    JobSpec("poll_feed", polls.poll_feed, QUEUE_FEEDS, 120),
    JobSpec("process_item", items.process_item, QUEUE_ARTICLES, 180),
    JobSpec("process_item_bulk", items.process_item, QUEUE_BULK, 180, priority=10),
    JobSpec("recheck_article", recheck.recheck_article, QUEUE_RECHECKS, 180),
    JobSpec("retry_page", pages.retry_page, QUEUE_RECHECKS, 180),
    JobSpec("deliver", deliveries.deliver, QUEUE_ALERTS, 120),
)}

QUEUES = frozenset(spec.queue for spec in JOBS.values())
# Short jobs that must not wait behind article jobs: served by threads of their own.
PROMPT_QUEUES = frozenset({QUEUE_FEEDS, QUEUE_ALERTS})
