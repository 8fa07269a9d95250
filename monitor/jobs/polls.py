"""The poll job: fetch one feed and enqueue an item job for each entry not seen before.

One job per item, so one slow page never holds up a feed. Validators (ETag, Last-Modified) are
stored last: a poll that dies half-way is redelivered and must get the full feed again, not a
304 that would hide the items it had not enqueued yet.
"""

from __future__ import annotations

import logging
import time

from monitor import logcontext, metrics
from monitor.errors import FetchError
from monitor.ingest.feeds import parse_feed
from monitor.ingest.limits import newest_items
from monitor.ingest.model import FeedItem
from monitor.jobs.context import Context

log = logging.getLogger(__name__)

PROMPT_ITEMS = 20  # of one poll's new items, those that go ahead of other feeds' bursts


def poll_feed(ctx: Context, feed_id: str, now: float | None = None) -> int:
    """Fetch one feed and enqueue its unseen items. Returns how many were enqueued."""
    now = now or time.time()
    logcontext.bind(feed=feed_id)
    compiled = ctx.watches.current()
    feed = compiled.watchlist.feed(feed_id) if compiled else None
    if feed is None:
        log.info("feed %s is no longer in the watch list; skipping", feed_id)
        return 0
    states = ctx.schedule.states
    state = states.get(feed_id)
    backlog = state.in_backlog
    if backlog and state.first_poll_started is None:
        states.update(feed_id, first_poll_started=now)
    url = state.fetch_url or str(feed.url)
    started = time.monotonic()
    try:
        with metrics.timed(metrics.FETCH, kind="feed"):
            result = ctx.fetcher.fetch(url, etag=state.etag, last_modified=state.last_modified)
    except FetchError as exc:
        # the backoff counts from when the failure was known, not from when the poll began
        _record_feed_failure(ctx, feed_id, exc, now, now + time.monotonic() - started)
        return 0
    if result.permanent_redirect:
        log.warning("feed %s moved permanently to %s; polling the new URL from now on",
                    feed_id, result.permanent_redirect)
        states.update(feed_id, moved_to=result.permanent_redirect)
    if result.not_modified:
        # Most polls end here: their writes go in one round trip.
        with ctx.redis.pipeline(transaction=False) as pipe:
            states.update(feed_id, pipe, last_poll=now, last_status=304,
                          consecutive_failures=0, last_error="")
            ctx.counters.incr("polls_not_modified", pipe=pipe)
            ctx.schedule.poll_finished(compiled.watchlist, feed_id, now, pipe)
            pipe.execute()
        metrics.POLLS.labels("not_modified").inc()
        return 0
    limit = ctx.settings.poll.max_items_per_poll
    parsed = parse_feed(result.final_url or url, result.body, result.headers, max_items=limit)
    items, dropped = newest_items(parsed.items, limit)
    dropped, listed = dropped + parsed.left_out, len(parsed.items) + parsed.left_out
    # One line per poll, whatever the feed holds: what was malformed, and what was left out.
    problem = "; ".join(filter(None, [parsed.problem, dropped and (
        f"{dropped:,} of {listed:,} items left out of this poll (it takes the "
        f"{limit:,} newest: poll.max_items_per_poll)")]))
    if problem:
        log.warning("feed %s (%s): %s", feed_id, url, problem)
    states.update(feed_id, last_poll=now, last_status=result.status, consecutive_failures=0,
                  last_error="", problem=problem, backoff_until=None)
    states.incr(feed_id, "items_seen", len(items))
    known = ctx.dedup.articles_for_items([item.key for item in items])
    _notice_announced_updates(ctx, items, known, now)
    # The first poll's items are the feed's backlog. A poll that dies before the line below is
    # redelivered and still counts as the first, so its items keep the flag.
    enqueued = _enqueue_unseen(ctx, feed_id, feed.name or parsed.title or feed_id, items, known,
                               backlog)
    done = {"first_polled": now} if backlog and (items or not parsed.problem) else {}
    with ctx.redis.pipeline(transaction=False) as pipe:
        states.update(feed_id, pipe, etag=result.etag, last_modified=result.last_modified,
                      **done)
        # due again only now that the validators are stored: the next poll of a big feed is
        # a 304 (one pipeline, sent in order: a poll that dies before it stores neither)
        ctx.schedule.poll_finished(compiled.watchlist, feed_id, now, pipe)
        ctx.counters.incr("polls_ok", pipe=pipe)
        ctx.counters.incr("items_new", enqueued, pipe=pipe)
        pipe.execute()
    metrics.POLLS.labels("ok").inc()
    metrics.FEED_ITEMS.inc(enqueued)
    return enqueued


def _enqueue_unseen(ctx: Context, feed_id: str, source: str, items: list[FeedItem],
                    known: list[str | None], backlog: bool) -> int:
    """An item job for each unseen item, in feed order (the newest first, as feeds list them):
    the first PROMPT_ITEMS at once, the rest of a big poll (and a first poll's backlog, silent
    by default) behind every other feed's new items (monitor.jobs.table)."""
    enqueued = 0
    for item, article_id in zip(items, known, strict=True):
        if article_id is None and not ctx.item_marks.queued(item.key):
            job = "process_item_bulk" if backlog or enqueued >= PROMPT_ITEMS else "process_item"
            ctx.jobs.send(job, feed_id, source, item.to_dict(), backlog)
            ctx.item_marks.mark_queued(item.key)
            enqueued += 1
    return enqueued


def _record_feed_failure(ctx: Context, feed_id: str, exc: FetchError, now: float,
                         failed_at: float) -> None:
    states = ctx.schedule.states
    failures = states.incr(feed_id, "consecutive_failures")
    states.incr(feed_id, "errors")
    delay = ctx.schedule.failure_delay(failures, exc.retry_after)
    states.update(feed_id, last_poll=now, last_error=str(exc), backoff_until=failed_at + delay,
                  last_status=getattr(exc, "status", None))
    ctx.schedule.retry_at(feed_id, failed_at + delay)
    ctx.counters.incr("polls_failed")
    metrics.POLLS.labels("failed").inc()
    log.warning("feed %s failed (%d in a row): %s; next try in %.0f s", feed_id, failures, exc,
                delay)


def _notice_announced_updates(ctx: Context, items: list[FeedItem], known: list[str | None],
                              now: float) -> None:
    """Known entries whose title, summary or updated date changed: check their pages now
    (if they are watched), rather than waiting for the next scheduled edit check."""
    digests = {item.key: item.announcement_digest() for item in items}
    before = ctx.item_marks.swap_digests(digests)
    for item, article_id in zip(items, known, strict=True):
        stored = before.get(item.key)
        if article_id is None or stored is None or stored == digests[item.key]:
            continue
        article = ctx.articles.get(article_id)
        if article is not None and article.watches:
            log.info("feed announces a change to %s; checking it now", article.url)
            ctx.edit_checks.schedule(article_id, now)
