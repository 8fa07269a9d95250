"""What `newsmon status` and the status server report: feeds, queues, alerts, stories.

`gather` reads Redis and returns plain data; `render_text` formats it for a terminal.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

import redis

from monitor.redact import redact
from monitor.settings import WatchList
from monitor.state.articles import ArticleStore
from monitor.state.feeds import Schedule
from monitor.state.heartbeat import Heartbeats
from monitor.state.jobqueues import queue_depths
from monitor.state.outbox import Outbox
from monitor.state.queues import edit_checks, page_retries
from monitor.state.stats import Counters
from monitor.state.stories import Stories


def gather(client: redis.Redis, watchlist: WatchList | None,
           warnings: list[str] | None = None) -> dict:
    """Everything status shows. `watchlist` is the one in force; `warnings` are shown first."""
    schedule = Schedule(client)
    states = schedule.states
    feeds = []
    for feed in (watchlist.feeds if watchlist else []):
        state = states.get(feed.feed_id)
        feeds.append({
            "id": feed.feed_id, "name": feed.name or state.name, "url": redact(state.fetch_url),
            "last_poll": state.last_poll, "next_due": schedule.next_due(feed.feed_id),
            "last_status": state.last_status, "errors": state.errors,
            "consecutive_failures": state.consecutive_failures,
            "last_error": redact(state.last_error), "backoff_until": state.backoff_until,
            "problem": redact(state.problem), "items_seen": state.items_seen,
            "moved_to": redact(state.moved_to),
        })
    stats = Counters(client).all()
    outbox = Outbox(client)
    stories = Stories(client)
    return {
        # What people read, so secrets masked here (text, --json and /status all come here).
        "warnings": [redact(w) for w in warnings or []],
        "daemon": {life.role: {"running": life.alive, "last_seen": life.last_seen}
                   for life in Heartbeats(client).roles()},
        "feeds": feeds,
        "queues": queue_depths(client),
        # An alert is created once and delivered once per sink of its watch: two counts.
        "alerts": {
            "created": sum(v for k, v in stats.items() if k.startswith("alerts_created:")),
        },
        "deliveries": {
            "sent": stats.get("alerts_sent", 0),
            "failed_attempts": stats.get("delivery_attempts_failed", 0),
            "dead_lettered": stats.get("alerts_failed", 0),
            "awaiting_replay": outbox.dead_letter_count(),
            "disabled_sinks": {k: redact(v) for k, v in outbox.disabled_sinks().items()},
        },
        "articles": ArticleStore(client).count(),
        "edit_checks_due": len(edit_checks(client)),
        "pages_pending": len(page_retries(client)),
        "stories": [dict(vars(stories.info(w.id)), title=w.title)
                    for w in (watchlist.watches if watchlist else [])],
    }


def invalid_file_warnings(path, problems: list[str]) -> list[str]:
    """The warning status shows while the watch list on disk is invalid."""
    if not problems:
        return []
    more = len(problems) - 1
    return [f"{path} is invalid, the daemon keeps the last good watch list: {problems[0]}"
            + (f" (and {more} more: `newsmon check` lists them)" if more else "")]


def _ago(ts: float | None, now: float) -> str:
    if not ts:
        return "never"
    delta = now - ts
    if delta < 0:
        return "in " + _span(-delta)
    return _span(delta) + " ago"


def _span(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds / size:.0f}{unit}"
    return f"{seconds:.0f}s"


def _daemon_line(daemon: dict, now: float) -> str:
    """"daemon: running", or which role is not and when it was last seen."""
    if all(role["running"] for role in daemon.values()):
        return "DAEMON  running"
    if not any(role["running"] or role["last_seen"] for role in daemon.values()):
        return "DAEMON  not running (never seen on this Redis: start it with `newsmon run`)"
    if not any(role["running"] for role in daemon.values()):
        last = max(role["last_seen"] or 0 for role in daemon.values())
        return f"DAEMON  not running (last seen {_ago(last, now)})"
    parts = [f"{name} running" if role["running"] else
             f"{name} not running (last seen {_ago(role['last_seen'], now)})"
             for name, role in daemon.items()]
    return "DAEMON  " + ", ".join(parts)


def _feed_note(feed: dict, now: float) -> str:
    note = feed["last_error"] or feed["problem"] or ""
    if feed["backoff_until"] and feed["backoff_until"] > now:
        note = f"retry {_ago(feed['backoff_until'], now)}: {note}"
    if feed["moved_to"]:
        note = f"moved to {feed['moved_to']}" + (f"; {note}" if note else "")
    return note


def render_text(status: dict, now: float | None = None) -> str:
    now = now or time.time()
    lines = [f"WARNING {w}" for w in status["warnings"]]
    lines.append(_daemon_line(status["daemon"], now))
    lines.append("FEEDS")
    lines.append(f"  {'id':<22} {'last poll':<10} {'next due':<10} {'status':<6} {'errors':<6} note")
    for f in status["feeds"]:
        lines.append(f"  {f['id']:<22} {_ago(f['last_poll'], now):<10} "
                     f"{_ago(f['next_due'], now):<10} {str(f['last_status'] or '-'):<6} "
                     f"{f['errors']:<6} {_feed_note(f, now)[:120]}")
    lines.append("QUEUES")
    for name, q in status["queues"].items():
        lines.append(f"  {name:<17} pending {q['pending']:<5} delayed {q['delayed']:<5} "
                     f"failed {q['failed']}")
    d = status["deliveries"]
    lines.append(f"ALERTS  created {status['alerts']['created']}")
    lines.append(f"DELIVERIES (one per alert and sink)  sent {d['sent']}  "
                 f"failed attempts {d['failed_attempts']} (retried)  dead-lettered "
                 f"{d['dead_lettered']}  awaiting `newsmon replay` {d['awaiting_replay']}")
    for sink, reason in d["disabled_sinks"].items():
        lines.append(f"  sink {sink} DISABLED: {reason}")
    lines.append(f"ARTICLES {status['articles']}  edit checks scheduled "
                 f"{status['edit_checks_due']}  pages awaiting retry {status['pages_pending']}")
    lines.append("STORIES")
    for s in status["stories"]:
        first = datetime.fromtimestamp(s["first_seen"], UTC).strftime("%Y-%m-%d %H:%M") \
            if s["first_seen"] else "-"
        lines.append(f"  {s['watch_id']:<22} {s['pieces']} pieces, {len(s['sources'])} sources, "
                     f"first seen {first}  ({s['title']})")
    return "\n".join(lines)
