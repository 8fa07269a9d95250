"""How many of a feed's items one poll takes. Pure.

    newest_items(items, limit) -> (kept, dropped)

A feed may list 100,000 entries, or give every entry a new GUID at every poll; each new entry
costs a page fetch, an extraction and Redis space. One poll takes at most `limit` of them: the
newest by publication (else update) date when every entry is dated, else the first `limit` in
feed order (feeds list their newest first). What is dropped now is listed again, still
unseen, at the next poll if the feed still carries it.
"""

from __future__ import annotations

from monitor.ingest.model import FeedItem


def newest_items(items: tuple[FeedItem, ...] | list[FeedItem], limit: int
                 ) -> tuple[list[FeedItem], int]:
    """The items one poll takes, in feed order, and how many were left out."""
    items = list(items)
    if len(items) <= limit:
        return items, 0
    dates = [item.published or item.updated for item in items]
    if all(dates):
        newest = sorted(range(len(items)), key=lambda i: dates[i], reverse=True)[:limit]
        kept = [items[i] for i in sorted(newest)]  # back in feed order
    else:
        kept = items[:limit]
    return kept, len(items) - limit
