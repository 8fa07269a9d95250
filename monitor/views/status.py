"""What `newsmon status` and the status server report: feeds, queues, alerts, stories.

`gather` reads Redis and returns plain data; `render_text` formats it for a terminal.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

import redis

from monitor.settings import WatchList
from monitor.state.articles import ArticleStore
from monitor.state.feeds import Schedule
from monitor.state.jobqueues import queue_depths
from monitor.state.outbox import Outbox
from monitor.state.queues import edit_checks, page_retries
from monitor.state.stats import Counters
from monitor.state.stories import Stories


def gather(client: redis.Redis, watchlist: WatchList | None) -> dict:
    schedule = Schedule(client)
    states = schedule.states
    feeds = []
    for feed in (watchlist.feeds if watchlist else []):
        state = states.get(feed.feed_id)
        feeds.append({
            "id": feed.feed_id, "name": feed.name or state.name, "url": state.fetch_url,
            "last_poll": state.last_poll, "next_due": schedule.next_due(feed.feed_id),
            "last_status": state.last_status, "errors": state.errors,
            "consecutive_failures": state.consecutive_failures, "last_error": state.last_error,
            "backoff_until": state.backoff_until, "problem": state.problem,
            "items_seen": state.items_seen, "moved_to": state.moved_to,
        })
    stats = Counters(client).all()
    outbox = Outbox(client)
    stories = Stories(client)
    return {
        "feeds": feeds,
        "queues": queue_depths(client),
        "alerts": {
            "sent": stats.get("alerts_sent", 0),
            "failed": stats.get("alerts_failed", 0),
            "created": sum(v for k, v in stats.items() if k.startswith("alerts_created:")),
            "dead_letters": outbox.dead_letter_count(),
            "disabled_sinks": outbox.disabled_sinks(),
        },
        "articles": ArticleStore(client).count(),
        "edit_checks_due": len(edit_checks(client)),
        "pages_pending": len(page_retries(client)),
        "stories": [dict(vars(stories.info(w.id)), title=w.title)
                    for w in (watchlist.watches if watchlist else [])],
    }


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


def render_text(status: dict, now: float | None = None) -> str:
    now = now or time.time()
    lines = ["FEEDS"]
    lines.append(f"  {'id':<22} {'last poll':<10} {'next due':<10} {'status':<6} {'errors':<6} note")
    for f in status["feeds"]:
        note = f["last_error"] or f["problem"] or ""
        if f["backoff_until"] and f["backoff_until"] > now:
            note = f"backoff {_ago(f['backoff_until'], now)}: {note}"
        lines.append(f"  {f['id']:<22} {_ago(f['last_poll'], now):<10} "
                     f"{_ago(f['next_due'], now):<10} {str(f['last_status'] or '-'):<6} "
                     f"{f['errors']:<6} {note[:70]}")
    lines.append("QUEUES")
    for name, q in status["queues"].items():
        lines.append(f"  {name:<17} pending {q['pending']:<5} delayed {q['delayed']:<5} "
                     f"failed {q['failed']}")
    a = status["alerts"]
    lines.append(f"ALERTS  created {a['created']}  sent {a['sent']}  failed {a['failed']}  "
                 f"dead letters {a['dead_letters']}")
    for sink, reason in a["disabled_sinks"].items():
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
