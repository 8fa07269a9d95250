"""The I/O edges one worker process needs, built once at start-up and passed to each stage.

Stages take a Context rather than reaching for globals, so tests build one over a real Redis
and a loopback HTTP server, and the `jobs` edge is the only place that knows about Dramatiq.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

import redis

from monitor.settings import ServiceSettings
from monitor.state.articles import ArticleStore
from monitor.state.dedup import DedupStore
from monitor.state.feeds import Schedule
from monitor.state.stories import Stories
from monitor.state.watchlist import WatchStore

if TYPE_CHECKING:
    from monitor.fetch import Fetcher
    from monitor.state.neardup import NearDupIndex


class Jobs(Protocol):
    """Enqueueing follow-up work (Dramatiq in the daemon; see workers/actors.py)."""

    def poll_feed(self, feed_id: str) -> None: ...
    def process_item(self, feed_id: str, source: str, item: dict) -> None: ...
    def recheck_article(self, article_id: str) -> None: ...
    def retry_page(self, article_id: str) -> None: ...
    def deliver(self, alert_id: str, sink: str, attempt: int = 1, delay: float = 0.0) -> None: ...


@dataclass
class Context:
    redis: redis.Redis
    settings: ServiceSettings
    fetcher: Fetcher
    jobs: Jobs
    neardup: NearDupIndex
    articles: ArticleStore = field(init=False)
    dedup: DedupStore = field(init=False)
    schedule: Schedule = field(init=False)
    watches: WatchStore = field(init=False)
    stories: Stories = field(init=False)

    def __post_init__(self) -> None:
        self.articles = ArticleStore(self.redis, max_versions=self.settings.edits.max_versions)
        self.dedup = DedupStore(self.redis)
        self.schedule = Schedule(self.redis, self.settings.poll)
        self.watches = WatchStore(self.redis)
        self.stories = Stories(self.redis)


def build_context(client: redis.Redis, settings: ServiceSettings, jobs: Jobs) -> Context:
    from monitor.fetch import Fetcher
    from monitor.state.neardup import NearDupIndex

    return Context(
        redis=client,
        settings=settings,
        fetcher=Fetcher(settings.http),
        jobs=jobs,
        neardup=NearDupIndex(client, threshold=settings.dedup.near_duplicate_threshold,
                             min_words=settings.dedup.min_words),
    )
