"""Forgetting old articles, so a daemon that runs for months keeps a bounded Redis.

Run from the scheduler tick in small batches. What goes: an article's record, its versions,
copies, pending checks and near-duplicate signature. What stays: the item/URL/content-hash
entries pointing at its id (tens of bytes each), so a feed that still lists an old item does not
make it new again, and the story's list of pieces.
"""

from __future__ import annotations

import logging
import time

from monitor.jobs.context import Context

log = logging.getLogger(__name__)

BATCH = 200


def forget_expired(ctx: Context, now: float | None = None) -> int:
    """Forget up to BATCH articles older than `retention.articles`. Returns how many."""
    keep_for = ctx.settings.retention.articles
    if not keep_for:
        return 0
    now = now or time.time()
    expired = ctx.articles.expired(now - keep_for, limit=BATCH)
    for article_id in expired:
        ctx.neardup.remove(article_id)
        ctx.articles.forget(article_id)
    if expired:
        log.info("forgot %d article(s) first seen more than %g days ago", len(expired),
                 keep_for / 86400)
    return len(expired)
