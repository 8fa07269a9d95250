"""The daemon's lifeline to Redis: a daemon whose Redis is gone for good exits, loudly.

Without Redis a newsmon process can do nothing (no schedule, no jobs, no state), yet its loops
keep turning, so /healthz stays green: a zombie. Decided: after `redis.lost_grace` seconds in
which not one PING answered, the process logs one error naming the cause and exits with status
`EXIT_REDIS_LOST`; its supervisor (systemd `Restart=on-failure`, a compose restart policy)
starts it again, and the start-up check then says at once whether Redis is back. A blip shorter
than the grace period only costs the jobs' own retries. newsmon does not restart its embedded
Redis itself: a server that died once (disk full, OOM killer) is better restarted, with its data
file, by the same start-up that checks everything else.

`Outage` is the pure part (answers in, verdict out); `Lifeline` is the thread that pings.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from workers.health import Check

log = logging.getLogger("newsmon")

EXIT_REDIS_LOST = 3


@dataclass
class Outage:
    """Tracks how long Redis has not answered; `lost` once that exceeds `grace` seconds."""

    grace: float
    since: float | None = None  # monotonic time of the first failed PING in a row
    reason: str | None = None

    def observe(self, problem: str | None, now: float) -> bool:
        """Record one PING (`problem` None when it answered); True when Redis counts as lost."""
        if problem is None:
            self.since = self.reason = None
            return False
        if self.since is None:
            self.since = now
        self.reason = problem
        return now - self.since >= self.grace


class Lifeline(threading.Thread):
    """Pings Redis (through `check`, a /readyz probe with short timeouts) every `interval`
    seconds; calls `on_lost(message)` once when the outage passes the grace period."""

    def __init__(self, check: Check, grace: float, on_lost: Callable[[str], None],
                 stopped: threading.Event, interval: float = 1.0):
        super().__init__(name="redis-lifeline", daemon=True)
        self._check = check
        self._outage = Outage(grace)
        self._on_lost = on_lost
        self._stopped = stopped
        self._interval = min(interval, grace / 4)

    def run(self) -> None:
        while not self._stopped.wait(self._interval):
            problem = self._check()
            if self._outage.observe(problem, time.monotonic()):
                self._on_lost(f"{self._outage.reason} for {self._outage.grace:g} s "
                              "(redis.lost_grace): exiting so that the supervisor restarts "
                              "newsmon once Redis is back")
                return
