"""Running the pipeline in-process for tests: real Redis, real loopback HTTP, jobs run inline.

`InlineJobs` is the Context's `jobs` edge with a local queue instead of Dramatiq, so a
test can say "poll everything, then run every job that follows" and look at the results.
Tests of the Dramatiq wiring itself use real workers (tests/test_daemon.py).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from monitor import logcontext
from monitor.config.loading import load_service, load_watchlist
from monitor.jobs.context import Context, build_context
from monitor.jobs.table import JOBS
from workers.demo.receiver import WebhookReceiver


@dataclass
class InlineJobs:
    """The `jobs` edge of the Context: a local queue of (job name, args) instead of Dramatiq."""

    queue: deque = field(default_factory=deque)
    delays: list[tuple[str, float]] = field(default_factory=list)  # (job, delay) of deliveries

    def send(self, job: str, *args, delay: float = 0.0) -> None:
        if job not in JOBS:
            raise KeyError(f"unknown job {job!r}")
        if delay:
            self.delays.append((":".join(map(str, args)), delay))
        self.queue.append((job, args))


@dataclass
class Pipeline:
    """A Context plus the inline job runner."""

    ctx: Context
    jobs: InlineJobs

    def run_jobs(self, limit: int = 1000) -> list[tuple[str, tuple]]:
        """Run queued jobs (and the jobs they queue) until none are left. Returns what ran."""
        ran = []
        while self.jobs.queue and len(ran) < limit:
            name, args = self.jobs.queue.popleft()
            ran.append((name, args))
            try:
                self.run(name, *args)
            except BaseException:
                # Like Dramatiq: a job that dies is not acknowledged, so it is delivered again.
                self.jobs.queue.appendleft((name, args))
                raise
        return ran

    def run(self, job: str, *args):
        """Run one job now, as a worker would (its ids bound to its log lines)."""
        with logcontext.job(job):
            return JOBS[job].run(self.ctx, *args)

    def poll_all(self) -> list[tuple[str, tuple]]:
        """Poll every feed of the watch list now and run everything that follows."""
        compiled = self.ctx.watches.current()
        for feed in compiled.watchlist.feeds:
            self.jobs.send("poll_feed", feed.feed_id)
        return self.run_jobs()


def make_pipeline(redis_client, service_path: Path, *, feeds_known: bool = True) -> Pipeline:
    """A pipeline on the service file's config. `feeds_known`: newsmon has polled every feed
    before (their state says so), so what a test's newsroom lists is news, not a backlog: the
    corpus tests are about pieces arriving while a story is watched. Backlog tests pass False.
    """
    settings = load_service(service_path)
    jobs = InlineJobs()
    ctx = build_context(redis_client, settings, jobs)
    compiled = load_watchlist(settings.watches_file, settings)
    ctx.watches.publish(compiled)
    ctx.schedule.sync_feeds(compiled.watchlist)
    if feeds_known:
        for feed in compiled.watchlist.feeds:
            ctx.schedule.states.update(feed.feed_id, first_polled=0.0)
    return Pipeline(ctx, jobs)


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


def die_on_job(monkeypatch, jobs: InlineJobs, job: str, call: int = 1) -> None:
    """Make the `call`-th enqueueing of `job` fail (as if the worker died handing it over)."""
    real = jobs.send
    calls = {"n": 0}

    def dying(name, *args, **kwargs):
        if name == job:
            calls["n"] += 1
            if calls["n"] == call:
                raise WorkerKilled(f"worker killed enqueueing {job}")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(jobs, "send", dying)
