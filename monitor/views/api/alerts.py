"""/api/v1/alerts: the alert stream, newest first, filtered, a page at a time; and the same
walk for a watch's Atom feed (/feeds/{watch}.atom).

The cursor is a stream id. A page reads back from `before` (exclusive) and ends at the last
alert it *looked at*, returned or filtered out, so the next page starts right after it: an
alert added meanwhile is newer than the walk's start and never shifts a page (no alert is
skipped or repeated), and a filter matching rarely cannot make one request read the whole
stream: a page looks at most SCAN_LIMIT alerts and may come back short with a `next_cursor`.
"""

from __future__ import annotations

import json
from datetime import datetime
from urllib.parse import urlencode

import redis

from monitor.alerts.payloads import AlertPayload
from monitor.settings import WatchList
from monitor.state.alertlog import AlertStream
from monitor.views.api.models import AlertEntry, AlertPage, AlertsQuery
from monitor.views.api.query import story_title
from monitor.views.atom import alerts_feed

SCAN_LIMIT = 2000  # alerts one request looks at, at most (the stream holds ~10,000)
FEED_ENTRIES = 50  # alerts in a watch's Atom feed
_BATCH = 200


def alerts_page(client: redis.Redis, query: AlertsQuery, path: str = "/api/v1/alerts") -> dict:
    """The page `query` asks for, as the JSON-ready dict of an AlertPage."""
    entries, cursor = _walk(AlertStream(client), query)
    next_query = {k: v for k, v in query.model_dump(exclude_none=True).items()
                  if k != "before"} | {"before": cursor}
    page = AlertPage(alerts=entries, next_cursor=cursor,
                     next=f"{path}?{urlencode(next_query)}" if cursor else None)
    return page.model_dump(mode="json")


def watch_feed(client: redis.Redis, watchlist: WatchList | None, watch_id: str,
               self_path: str, now: datetime) -> bytes:
    """/feeds/{watch}.atom: the watch's newest FEED_ENTRIES alerts as an Atom document, or
    RequestError(404) for a watch that neither is listed nor has a story."""
    title = story_title(client, watchlist, watch_id)
    entries, _ = _walk(AlertStream(client), AlertsQuery(watch=watch_id, limit=FEED_ENTRIES))
    return alerts_feed(watch_id=watch_id, title=title,
                       alerts=[entry.alert for entry in entries], self_path=self_path, now=now)


def _walk(stream: AlertStream, query: AlertsQuery) -> tuple[list[AlertEntry], str | None]:
    """Matching entries (newest first) and the cursor to read on from (None: stream ended)."""
    found: list[AlertEntry] = []
    cursor, looked = query.before, 0
    # Unfiltered, a page reads what it returns (+1: whether the stream ends right there).
    batch_size = _BATCH if query.watch or query.type else query.limit + 1
    while looked < SCAN_LIMIT:
        want = min(batch_size, SCAN_LIMIT - looked)
        batch = stream.older(cursor, want)
        for i, entry in enumerate(batch, 1):
            cursor, looked = entry["stream_id"], looked + 1
            if _matches(entry, query):
                found.append(AlertEntry(cursor=cursor,
                                        alert=AlertPayload.model_validate_json(entry["payload"])))
                if len(found) == query.limit:
                    ended = i == len(batch) < want  # this was the stream's oldest alert
                    return found, None if ended else cursor
        if len(batch) < want:
            return found, None  # the oldest alert was read
    return found, cursor


def _matches(entry: dict, query: AlertsQuery) -> bool:
    if query.type and entry.get("type") != query.type:
        return False
    if query.watch:
        watch = entry.get("watch")  # noted beside the payload (alerts from before: decoded)
        if watch is None:
            try:
                watch = json.loads(entry["payload"])["data"]["watch"]["id"]
            except (ValueError, KeyError, TypeError):
                return False
        return watch == query.watch
    return True
