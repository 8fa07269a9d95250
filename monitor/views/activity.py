"""The daemon's sign of life in its log: one INFO line summing what happened since the last
line (polls, 304s, failures, new items, pages not available, alerts), rather than a line per
poll or per item.

Pure: counters in (monitor.state.stats snapshots), a decision and a line out. The scheduler
calls `due_line` every tick and logs what it returns.
"""

from __future__ import annotations

from dataclasses import dataclass

SUMMARY_EVERY = 60.0  # seconds: at most one line a minute when something happens
QUIET_EVERY = 600.0  # seconds: a line at least every ten minutes, even when nothing does


def activity(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    """What the counters say happened between two snapshots."""
    def grew(name: str) -> int:
        return after.get(name, 0) - before.get(name, 0)

    alerts = sum(v for k, v in after.items() if k.startswith("alerts_created:")) - sum(
        v for k, v in before.items() if k.startswith("alerts_created:"))
    return {"polls": grew("polls_ok") + grew("polls_not_modified") + grew("polls_failed"),
            "not_modified": grew("polls_not_modified"), "failed": grew("polls_failed"),
            "items": grew("items_new"), "alerts": alerts,
            "unavailable": grew("pages_unavailable")}


def summary_line(seen: dict[str, int], seconds: float) -> str:
    span = f"{seconds / 60:.0f} min" if seconds >= 90 else f"{seconds:.0f} s"
    if not seen["polls"] and not seen["alerts"]:
        return f"last {span}: no polls finished, no alerts"
    unavailable = seen.get("unavailable", 0)
    pages = (f", {_n(unavailable, 'page')} not available (feed summary kept, tried again "
             "later)") if unavailable else ""
    return (f"last {span}: {_n(seen['polls'], 'poll')} ({seen['not_modified']} not modified, "
            f"{seen['failed']} failed), {_n(seen['items'], 'new feed entry', 'new feed entries')}"
            f"{pages}, {_n(seen['alerts'], 'alert')} created")


def _n(count: int, noun: str, plural: str = "") -> str:
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


@dataclass
class ActivityLog:
    """Decides when the next summary line is due, and what it says."""

    last_counters: dict[str, int] | None = None
    last_check: float = 0.0
    last_line: float = 0.0

    def due_line(self, counters: dict[str, int], now: float) -> str | None:
        """The line to log now, or None. Something new (items, alerts, failed polls) is told
        within a minute; a quiet daemon still says so every ten minutes."""
        if self.last_counters is None:
            self.last_counters, self.last_check, self.last_line = counters, now, now
            return None
        if now - self.last_check < SUMMARY_EVERY:
            return None
        self.last_check = now
        seen = activity(self.last_counters, counters)
        eventful = seen["items"] or seen["alerts"] or seen["failed"]
        if not eventful and now - self.last_line < QUIET_EVERY:
            return None
        line = summary_line(seen, now - self.last_line)
        self.last_counters, self.last_line = counters, now
        return line
