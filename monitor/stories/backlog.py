"""Whether a new piece of a story is alerted (`article.new`) or joins the story silently.

A feed's first poll lists what it already had: Google Alerts and changedetection.io do not
alert on that, and neither does newsmon by default. The piece is stored, deduplicated and joins
its story either way; only the `new` alert is at stake here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from monitor.settings import WatchSettings

# Publication dates outside [1990, now + 1 day] are publisher mistakes (epoch zero, a year
# typed wrong, a future embargo time): they say nothing about age, so they never silence.
EARLIEST_PLAUSIBLE = datetime(1990, 1, 1, tzinfo=UTC).timestamp()
FUTURE_SLACK = 86400.0


@dataclass(frozen=True)
class NewAlertVerdict:
    alert: bool
    reason: str  # why, for logs: "events", "backlog", "max_age" or "alert"


def new_piece_verdict(watch: WatchSettings, *, backlog: bool, published: float | None,
                      now: float) -> NewAlertVerdict:
    """Alert on a new piece of `watch`'s story, or keep quiet. Rule order:

      1. the watch does not send `new` alerts -> silent ("events")
      2. the piece was in its feed's backlog (listed at the feed's first poll) and the watch
         says `backlog: silent` -> silent ("backlog")
      3. the watch has a `max_age`, the piece's published time is plausible (see
         `plausible_time`) and older than `now - max_age` -> silent ("max_age")
      4. otherwise -> alert; a missing or implausible date never silences
    """
    if "new" not in watch.events:
        return NewAlertVerdict(False, "events")
    if backlog and watch.backlog == "silent":
        return NewAlertVerdict(False, "backlog")
    published = plausible_time(published, now)
    if watch.max_age is not None and published is not None and published < now - watch.max_age:
        return NewAlertVerdict(False, "max_age")
    return NewAlertVerdict(True, "alert")


def plausible_time(ts: float | None, now: float) -> float | None:
    """`ts` if it could be a real publication time seen at `now`, else None."""
    if ts is None or ts < EARLIEST_PLAUSIBLE or ts > now + FUTURE_SLACK:
        return None
    return ts


def published_timestamp(value: str | None) -> float | None:
    """An article's `published` (ISO 8601 as stored; a bare date counts as UTC midnight) as a
    POSIX time, or None when absent or unreadable."""
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp()
