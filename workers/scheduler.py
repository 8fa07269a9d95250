"""The scheduler role: keep the watch list in force and enqueue what is due.

APScheduler ticks every `poll.tick` seconds on every replica. Each tick:
  1. reloads watches.yaml if it changed (an invalid edit is logged with file:line:column and the
     last good watch list stays in force),
  2. claims due feeds (atomic, see monitor.state.feeds) and enqueues `poll_feed`,
  3. claims due edit checks and page retries and enqueues them,
  4. forgets articles past `retention.articles` (a small batch per tick),
  5. logs a summary line at INFO when one is due (monitor.views.activity): a newcomer sees the
     daemon work without a line per poll.
"""

from __future__ import annotations

import hashlib
import logging
import time
from datetime import UTC, datetime
from pathlib import Path

from apscheduler.schedulers.background import BackgroundScheduler

from monitor.config.loading import load_watchlist
from monitor.errors import ConfigError
from monitor.jobs.context import Context
from monitor.jobs.retention import forget_expired
from monitor.jobs.table import JOBS
from monitor.metrics import RELOAD_FAILURES
from monitor.query import CompiledWatchList
from monitor.state import keys
from monitor.state.heartbeat import Heartbeats
from monitor.views.activity import ActivityLog
from workers.health import scheduler_loop

log = logging.getLogger(__name__)


class WatchFile:
    """Reloads the watch file when its content changes; remembers the last good version."""

    def __init__(self, path: Path, ctx: Context):
        self.path = path
        self._ctx = ctx
        self._digest: str | None = None
        self.last_good: CompiledWatchList | None = None
        self.last_problems: list[str] = []

    def reload_if_changed(self) -> bool:
        """True when a new valid watch list was put in force."""
        try:
            digest = hashlib.sha256(self.path.read_bytes()).hexdigest()
        except OSError as exc:
            if self._digest != "missing":
                log.error("%s: cannot read the watch list: %s; keeping the last good one",
                          self.path, exc.strerror or exc)
                self._digest = "missing"
            return False
        if digest == self._digest:
            return False
        self._digest = digest
        try:
            compiled = load_watchlist(self.path, self._ctx.settings)
        except ConfigError as exc:
            self.last_problems = exc.problems
            RELOAD_FAILURES.inc()
            for problem in exc.problems:
                log.error("%s", problem)
            log.error("watch list not reloaded: fix the errors above; the last good version "
                      "stays in force")
            return False
        self.last_problems = []
        self.last_good = compiled
        self._ctx.watches.publish(compiled)
        self._ctx.schedule.sync_feeds(compiled.watchlist)
        log.info("watch list in force: %d feeds, %d watches (version %s)",
                 len(compiled.watchlist.feeds), len(compiled.watchlist.watches), compiled.version)
        return True


class Scheduler:
    def __init__(self, ctx: Context, watch_file: Path):
        self._ctx = ctx
        self.watch_file = WatchFile(watch_file, ctx)
        self._aps: BackgroundScheduler | None = None
        self._heartbeats = Heartbeats(ctx.redis)
        self._activity = ActivityLog()
        self.loop = scheduler_loop(ctx.settings.poll.tick)  # /healthz: the ticks turn

    def tick(self, now: float | None = None) -> dict[str, int]:
        """One scheduling pass. Returns how many jobs of each kind were enqueued."""
        now = now or time.time()
        # Alive until three ticks are missed (never less than the usual heartbeat TTL).
        self._heartbeats.beat("scheduler", max(keys.HEARTBEAT_TTL, 3 * self._ctx.settings.poll.tick))
        self.watch_file.reload_if_changed()
        compiled = self._ctx.watches.current()
        if compiled is None:
            return {}
        ctx = self._ctx
        feeds = ctx.schedule.claim_due_feeds(compiled.watchlist, now,
                                             hold=JOBS["poll_feed"].time_limit)
        for feed_id in feeds:
            ctx.jobs.send("poll_feed", feed_id)
        rechecks = ctx.edit_checks.claim_due(now)
        for article_id in rechecks:
            ctx.jobs.send("recheck_article", article_id)
        retries = ctx.page_retries.claim_due(now)
        for article_id in retries:
            ctx.jobs.send("retry_page", article_id)
        forgotten = forget_expired(self._ctx, now)
        self._log_activity(now)
        return {"poll_feed": len(feeds), "recheck_article": len(rechecks),
                "retry_page": len(retries), "forgotten": forgotten}

    def _log_activity(self, now: float) -> None:
        """The daemon's sign of life in the log: what all workers did, once a minute at most
        (every scheduler replica says it; the counters are shared)."""
        line = self._activity.due_line(self._ctx.counters.all(), now)
        if line:
            log.info("%s", line)

    def _safe_tick(self) -> None:
        self.loop.turned()  # a tick that fails (Redis away) still turned: /readyz says why
        try:
            self.tick()
        except Exception:  # a failed tick must not stop the next one
            log.exception("scheduler tick failed; trying again next tick")

    def start(self) -> None:
        self._aps = BackgroundScheduler(timezone="UTC")
        self._aps.add_job(self._safe_tick, "interval", seconds=self._ctx.settings.poll.tick,
                          id="tick", max_instances=1, coalesce=True,
                          next_run_time=datetime.now(UTC))
        self._aps.start()
        log.info("scheduler started (tick every %g s)", self._ctx.settings.poll.tick)

    def tick_now(self) -> None:
        """Run the next tick now (SIGHUP): it reloads watches.yaml if it changed. The tick job
        never runs twice at once, so this cannot race a tick in progress."""
        if self._aps is not None:
            self._aps.modify_job("tick", next_run_time=datetime.now(UTC))

    def stop(self) -> None:
        if self._aps is not None:
            self._aps.shutdown(wait=True)
            self._aps = None

