"""The I/O edges one worker process needs, built once at start-up and passed to every job.

Jobs take a Context rather than reaching for globals, so tests build one over a real Redis and
a loopback HTTP server; `extract` is the other edge a worker process replaces (its parser
processes, workers/parsepool.py); the `jobs` edge is the only place that knows how a job is enqueued
(Dramatiq in the daemon: workers/actors.py; a local queue in tests: tests/harness.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import redis

from monitor.alerts.delivery import Deliverer
from monitor.fetch import Fetcher
from monitor.ingest.extract import extract_article
from monitor.ingest.model import Extracted
from monitor.settings import ServiceSettings
from monitor.state.articles import ArticleStore
from monitor.state.claim_changes import ClaimChangeLog
from monitor.state.dedup import DedupStore
from monitor.state.feeds import Schedule
from monitor.state.items import FeedItemMarks
from monitor.state.neardup import NearDupIndex
from monitor.state.outbox import Outbox
from monitor.state.queues import DueQueue, edit_checks, page_retries
from monitor.state.stats import Counters
from monitor.state.stories import Stories
from monitor.state.watchlist import WatchStore


class JobQueue(Protocol):
    """Enqueues a job of monitor.jobs.table.JOBS by name, with JSON-safe arguments."""

    def send(self, job: str, *args: Any, delay: float = 0.0) -> None: ...


@dataclass
class Context:
    redis: redis.Redis
    settings: ServiceSettings
    fetcher: Fetcher
    jobs: JobQueue
    neardup: NearDupIndex
    # extract_article(html, url), or the same run in a child process: the daemon's workers set
    # workers.parsepool.ParserPool.extract here (the HTML parser is not safe across threads).
    extract: Callable[[bytes | str, str], Extracted] = extract_article
    articles: ArticleStore = field(init=False)
    claim_changes: ClaimChangeLog = field(init=False)
    dedup: DedupStore = field(init=False)
    item_marks: FeedItemMarks = field(init=False)
    schedule: Schedule = field(init=False)
    edit_checks: DueQueue = field(init=False)
    page_retries: DueQueue = field(init=False)
    watches: WatchStore = field(init=False)
    stories: Stories = field(init=False)
    outbox: Outbox = field(init=False)
    counters: Counters = field(init=False)
    deliverer: Deliverer = field(init=False)

    def __post_init__(self) -> None:
        self.articles = ArticleStore(self.redis, max_versions=self.settings.edits.max_versions)
        self.claim_changes = ClaimChangeLog(self.redis)
        self.dedup = DedupStore(self.redis)
        self.item_marks = FeedItemMarks(self.redis)
        self.schedule = Schedule(self.redis, self.settings.poll)
        self.edit_checks = edit_checks(self.redis)
        self.page_retries = page_retries(self.redis)
        self.watches = WatchStore(self.redis)
        self.stories = Stories(self.redis)
        self.outbox = Outbox(self.redis)
        self.counters = Counters(self.redis)
        self.deliverer = Deliverer(self.outbox, self.settings, self.send_delivery)

    def send_delivery(self, alert_id: str, sink: str, attempt: int = 1,
                      delay: float = 0.0) -> None:
        """Enqueue one delivery attempt of an alert to a sink (the outbox's and the
        deliverer's callback)."""
        self.jobs.send("deliver", alert_id, sink, attempt, delay=delay)


def build_context(client: redis.Redis, settings: ServiceSettings, jobs: JobQueue) -> Context:
    return Context(
        redis=client,
        settings=settings,
        fetcher=Fetcher(settings.http),
        jobs=jobs,
        neardup=NearDupIndex(client, threshold=settings.dedup.near_duplicate_threshold,
                             min_words=settings.dedup.min_words),
    )
