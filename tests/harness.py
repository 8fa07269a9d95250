"""Running the pipeline in-process for tests: real Redis, real loopback HTTP, jobs run inline.

`InlineJobs` is the `monitor.jobs.context.Jobs` edge with a local queue instead of Dramatiq, so a
test can say "poll everything, then run every job that follows" and look at the results.
Tests of the Dramatiq wiring itself use real workers (tests/test_daemon.py).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from monitor.alerts.delivery import Deliverer
from monitor.config.loading import load_service, load_watchlist
from monitor.jobs import items as ingest
from monitor.jobs import recheck as edits
from monitor.jobs.context import Context, build_context
from monitor.state.outbox import Outbox
from workers.demo.receiver import WebhookReceiver


@dataclass
class InlineJobs:
    queue: deque = field(default_factory=deque)
    delays: list[tuple[str, float]] = field(default_factory=list)  # (job, delay) of deliveries

    def poll_feed(self, feed_id):
        self.queue.append(("poll_feed", (feed_id,)))

    def process_item(self, feed_id, source, item):
        self.queue.append(("process_item", (feed_id, source, item)))

    def recheck_article(self, article_id):
        self.queue.append(("recheck_article", (article_id,)))

    def retry_page(self, article_id):
        self.queue.append(("retry_page", (article_id,)))

    def deliver(self, alert_id, sink, attempt=1, delay=0.0):
        if delay:
            self.delays.append((f"{alert_id}:{sink}:{attempt}", delay))
        self.queue.append(("deliver", (alert_id, sink, attempt)))


@dataclass
class Pipeline:
    """A Context plus the inline job runner."""

    ctx: Context
    jobs: InlineJobs
    deliverer: Deliverer

    def run_jobs(self, limit: int = 1000) -> list[tuple[str, tuple]]:
        """Run queued jobs (and the jobs they queue) until none are left. Returns what ran."""
        ran = []
        while self.jobs.queue and len(ran) < limit:
            name, args = self.jobs.queue.popleft()
            ran.append((name, args))
            try:
                self._run(name, args)
            except BaseException:
                # Like Dramatiq: a job that dies is not acknowledged, so it is delivered again.
                self.jobs.queue.appendleft((name, args))
                raise
        return ran

    def _run(self, name: str, args: tuple) -> None:
        if name == "poll_feed":
            ingest.poll_feed(self.ctx, *args)
        elif name == "process_item":
            feed_id, source, item = args
            ingest.process_item(self.ctx, feed_id, source, ingest.item_from_dict(item))
        elif name == "recheck_article":
            edits.recheck_article(self.ctx, *args)
        elif name == "retry_page":
            ingest.retry_page(self.ctx, *args)
        elif name == "deliver":
            self.deliverer.deliver(*args)

    def poll_all(self) -> list[tuple[str, tuple]]:
        """Poll every feed of the watch list now and run everything that follows."""
        compiled = self.ctx.watches.current()
        for feed in compiled.watchlist.feeds:
            self.jobs.poll_feed(feed.feed_id)
        return self.run_jobs()


def make_pipeline(redis_client, service_path: Path) -> Pipeline:
    settings = load_service(service_path)
    jobs = InlineJobs()
    ctx = build_context(redis_client, settings, jobs)
    compiled = load_watchlist(settings.watches_file, settings)
    ctx.watches.publish(compiled)
    ctx.schedule.sync_feeds(compiled.watchlist)
    deliverer = Deliverer(Outbox(redis_client), settings, jobs.deliver)
    return Pipeline(ctx, jobs, deliverer)


# --- shared test world -----------------------------------------------------------------------

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"  # 24 random bytes, Standard Webhooks shape
GAZA_WATCH = {"id": "gaza-ceasefire", "title": "Gaza ceasefire talks",
              "query": "(ceasefire OR truce) AND (gaza OR hamas)", "sinks": ["hook"]}


def feeds_of(site) -> list[dict]:
    """The corpus newsroom's feeds as watch-list entries (ids rss/atom/rdf)."""
    return [{"id": kind, "name": f"Outlet {kind}", "url": url}
            for kind, url in site.feed_urls.items()]


def hook_sink(receiver: WebhookReceiver, **extra) -> dict:
    """A signed webhook sink named `hook` pointing at `receiver`."""
    return {"type": "webhook", "name": "hook", "url": receiver.url, "secret": SECRET, **extra}


class WorkerKilled(ConnectionError):
    """Raised by `die_on_call` in place of the worker process dying."""


def die_on_call(monkeypatch, owner, name: str, call: int = 1) -> None:
    """Make `owner.name` fail on its `call`-th call (as if the worker died there) and behave
    normally on every other call. Works for methods of a class and attributes of an object."""
    real = getattr(owner, name)
    calls = {"n": 0}

    def dying(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == call:
            raise WorkerKilled(f"worker killed in {name}")
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, dying)
