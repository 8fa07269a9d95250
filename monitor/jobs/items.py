"""Ingest: poll a feed, turn its new items into stored articles.

`poll_feed` runs per feed and hands each unseen item to `process_item` (a separate job, so one
slow page never holds up a feed). `process_item` applies the dedup checks in order — item key,
canonical URL, content hash, near-duplicate — and only a genuinely new piece goes on to
matching (monitor.jobs.notify). Every step is safe to repeat: jobs are delivered at least once, so
the item's "seen" mark is written last, after the article and its alerts exist.
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import asdict
from datetime import datetime

from monitor.dedup.keys import article_id, canonical_url, content_hash
from monitor.errors import ExtractionError, FetchError
from monitor.ingest.extract import extract_article
from monitor.ingest.feeds import parse_feed
from monitor.ingest.model import Extracted, FeedItem
from monitor.jobs.context import Context
from monitor.jobs.notify import on_new_article
from monitor.state import keys, locks
from monitor.state.articles import Article

log = logging.getLogger(__name__)

# A page that cannot be fetched is retried this many times (with growing delays) before the
# feed's own summary is taken as the text and matched, so no item is ever dropped silently.
PAGE_RETRY_DELAYS = (60.0, 300.0, 900.0, 3600.0, 6 * 3600.0)


# --- feeds -------------------------------------------------------------------------------------


def poll_feed(ctx: Context, feed_id: str, now: float | None = None) -> int:
    """Fetch one feed and enqueue its unseen items. Returns how many were enqueued."""
    now = now or time.time()
    compiled = ctx.watches.current()
    feed = compiled.watchlist.feed(feed_id) if compiled else None
    if feed is None:
        log.info("feed %s is no longer in the watch list; skipping", feed_id)
        return 0
    states = ctx.schedule.states
    state = states.get(feed_id)
    url = state.fetch_url or str(feed.url)
    try:
        result = ctx.fetcher.fetch(url, etag=state.etag, last_modified=state.last_modified)
    except FetchError as exc:
        _record_feed_failure(ctx, feed_id, exc, now)
        return 0
    if result.permanent_redirect:
        log.warning("feed %s moved permanently to %s; polling the new URL from now on",
                    feed_id, result.permanent_redirect)
        states.update(feed_id, moved_to=result.permanent_redirect)
    if result.not_modified:
        states.update(feed_id, last_poll=now, last_status=304, consecutive_failures=0,
                      last_error="")
        return 0
    parsed = parse_feed(result.final_url or url, result.body, result.headers)
    if parsed.problem:
        log.warning("feed %s (%s): %s", feed_id, url, parsed.problem)
    states.update(feed_id, last_poll=now, last_status=result.status, consecutive_failures=0,
                  last_error="", problem=parsed.problem or "", backoff_until=None)
    states.incr(feed_id, "items_seen", len(parsed.items))
    source = feed.name or parsed.title or feed_id
    items = list(parsed.items)
    known = ctx.dedup.articles_for_items([item.key for item in items])
    _notice_announced_updates(ctx, items, known, now)
    enqueued = 0
    for item, article_id_ in zip(items, known, strict=True):
        if article_id_ is None and not _queued(ctx, item.key):
            ctx.jobs.process_item(feed_id, source, item_to_dict(item))
            _mark_queued(ctx, item.key)
            enqueued += 1
    # Validators last: a poll that dies half-way is redelivered and must get the full feed
    # again, not a 304 that would hide the items it had not enqueued yet.
    states.update(feed_id, etag=result.etag, last_modified=result.last_modified)
    return enqueued


def _record_feed_failure(ctx: Context, feed_id: str, exc: FetchError, now: float) -> None:
    states = ctx.schedule.states
    failures = states.incr(feed_id, "consecutive_failures")
    states.incr(feed_id, "errors")
    delay = ctx.schedule.failure_delay(failures, exc.retry_after)
    states.update(feed_id, last_poll=now, last_error=str(exc), backoff_until=now + delay,
                  last_status=getattr(exc, "status", None))
    ctx.schedule.postpone(feed_id, now + delay)
    log.warning("feed %s failed (%d in a row): %s; next try in %.0f s", feed_id, failures, exc,
                delay)


# An item handed to a worker is not enqueued again by the next polls while its job is pending.
# The mark is set after the job is sent: a poll that dies in between sends it once more on
# redelivery (harmless, process_item is idempotent) rather than holding the item back.


def _queued_key(item_key: str) -> str:
    return keys.item_queued(hashlib.sha256(item_key.encode()).hexdigest()[:24])


def _queued(ctx: Context, item_key: str) -> bool:
    return bool(ctx.redis.exists(_queued_key(item_key)))


def _mark_queued(ctx: Context, item_key: str) -> None:
    ctx.redis.set(_queued_key(item_key), "1", ex=keys.ITEM_QUEUED_TTL)


def item_digest(item: FeedItem) -> str:
    """What a feed says about an entry; when it changes, the publisher is announcing an edit."""
    said = "\x1f".join((item.title, item.summary, item.updated.isoformat() if item.updated else ""))
    return hashlib.sha256(said.encode()).hexdigest()[:16]


def _notice_announced_updates(ctx: Context, items: list[FeedItem], known: list[str | None],
                              now: float) -> None:
    """Known entries whose title, summary or updated date changed: check their pages now
    (if they are watched), rather than waiting for the next scheduled edit check."""
    digests = {item.key: item_digest(item) for item in items}
    if not digests:
        return
    before = dict(zip(digests, ctx.redis.hmget(keys.ITEM_DIGESTS, list(digests)), strict=True))
    ctx.redis.hset(keys.ITEM_DIGESTS, mapping=digests)
    for item, article_id_ in zip(items, known, strict=True):
        stored = before[item.key]
        if article_id_ is None or stored is None or stored.decode() == digests[item.key]:
            continue
        article = ctx.articles.get(article_id_)
        if article is not None and article.watches:
            log.info("feed announces a change to %s; checking it now", article.url)
            ctx.redis.zadd(keys.REFETCH_DUE, {article_id_: now})


def item_to_dict(item: FeedItem) -> dict:
    data = asdict(item)
    for name in ("published", "updated"):
        data[name] = data[name].isoformat() if data[name] else None
    data["authors"] = list(item.authors)
    return data


def item_from_dict(data: dict) -> FeedItem:
    values = dict(data)
    for name in ("published", "updated"):
        values[name] = datetime.fromisoformat(values[name]) if values.get(name) else None
    values["authors"] = tuple(values.get("authors") or ())
    return FeedItem(**values)


# --- items ------------------------------------------------------------------------------------


def process_item(ctx: Context, feed_id: str, source: str, item: FeedItem,
                 now: float | None = None) -> str:
    """Store the item's article (or fold it into the one it duplicates). Returns the article id."""
    now = now or time.time()
    known = ctx.dedup.article_for_item(item.key)
    if known:
        return known
    link_url = canonical_url(item.link) if item.link else f"item:{item.key}"
    known = ctx.dedup.article_for_url(link_url)
    if known:
        _note_alias(ctx, known, item, link_url)
        return known
    if not item.link:
        return _store_summary_only(ctx, feed_id, source, item, link_url, now, "item has no link")
    try:
        result = ctx.fetcher.fetch(item.link)
        page = extract_article(result.body, result.final_url or item.link)
    except (FetchError, ExtractionError) as exc:
        return _store_summary_only(ctx, feed_id, source, item, link_url, now, str(exc))
    canonical = canonical_url(page.canonical_url or result.final_url or item.link)
    known = ctx.dedup.article_for_url(canonical)
    if known:
        _note_alias(ctx, known, item, link_url)
        return known
    return _store_or_fold(ctx, feed_id, source, item, page, canonical, link_url, now)


def _store_or_fold(ctx: Context, feed_id: str, source: str, item: FeedItem, page: Extracted,
                   canonical: str, link_url: str, now: float) -> str:
    digest = content_hash(page.text)
    # One worker at a time decides "copy or new piece" and writes the answer down, so a page
    # and its copy reaching two workers together cannot both become pieces.
    with locks.admission(ctx.redis):
        original = ctx.dedup.article_for_hash(digest) or ctx.neardup.find_original(page.text)
        if original and original != article_id(canonical):
            ctx.articles.add_copy(original, item.link or canonical, source, now)
            ctx.dedup.remember(original, item_key=item.key, urls=(canonical, link_url))
            log.info("folded %s into %s as a copy", item.link, original)
            return original
        article = ctx.articles.get(article_id(canonical))
        if article is None:
            article = _new_article(feed_id, source, item, page, canonical, now)
            ctx.articles.create(article, page.text, now)
        ctx.neardup.add(article.id, page.text)
        ctx.dedup.remember(article.id, digest=digest)
    with locks.article(ctx.redis, article.id):
        on_new_article(ctx, article, page.text, now)
    # Last: from here on the item counts as seen. A crash before this line repeats the
    # work above, which is idempotent (alerts are recorded once, by id).
    ctx.dedup.remember(article.id, item_key=item.key, urls=(canonical, link_url))
    return article.id


def _new_article(feed_id: str, source: str, item: FeedItem, page: Extracted | None,
                 canonical: str, now: float) -> Article:
    published = item.published.isoformat() if item.published else (page and page.published)
    return Article(
        id=article_id(canonical),
        url=item.link or canonical,
        canonical_url=canonical,
        title=(page and page.title) or item.title,
        source=source or (page and page.sitename) or feed_id,
        feed_id=feed_id,
        item_key=item.key,
        published=published,
        updated=item.updated.isoformat() if item.updated else None,
        authors=list((page and page.authors) or item.authors),
        language=page.language if page else None,
        summary=(page and page.description) or item.summary,
        first_seen=now,
    )


def _note_alias(ctx: Context, known: str, item: FeedItem, link_url: str) -> None:
    """The same page reached through another link or feed: one article, not two (and not a
    copy either: copies are other pages with the same text)."""
    ctx.dedup.remember(known, item_key=item.key, urls=(link_url,))


def _store_summary_only(ctx: Context, feed_id: str, source: str, item: FeedItem, link_url: str,
                        now: float, reason: str) -> str:
    """Keep the feed's own text and retry the page later."""
    article = _new_article(feed_id, source, item, None, link_url, now)
    article.status = "summary_only"
    article.last_error = reason
    text = "\n".join(p for p in (item.title, item.summary) if p)
    if ctx.articles.create(article, text, now):
        log.warning("article %s: page not available (%s); kept the feed summary, will retry",
                    item.link, reason)
    # NX: a redelivered job must not push back a retry that is already scheduled.
    ctx.redis.zadd(keys.PENDING_FETCH, {article.id: now + PAGE_RETRY_DELAYS[0]}, nx=True)
    ctx.dedup.remember(article.id, item_key=item.key, urls=(link_url,))
    return article.id


def retry_page(ctx: Context, article_id_: str, now: float | None = None) -> bool:
    """Try again to fetch a summary-only article's page. True once it has its full text."""
    with locks.article(ctx.redis, article_id_):
        return _retry_page(ctx, article_id_, now or time.time())


def _retry_page(ctx: Context, article_id_: str, now: float) -> bool:
    article = ctx.articles.get(article_id_)
    if article is None or article.status != "summary_only":
        return False
    try:
        result = ctx.fetcher.fetch(article.url)
        page = extract_article(result.body, result.final_url or article.url)
    except (FetchError, ExtractionError) as exc:
        article.fetch_failures += 1
        article.last_error = str(exc)
        ctx.articles.save(article, "fetch_failures", "last_error")
        if article.fetch_failures < len(PAGE_RETRY_DELAYS):
            ctx.redis.zadd(keys.PENDING_FETCH,
                           {article.id: now + PAGE_RETRY_DELAYS[article.fetch_failures]})
        else:
            log.warning("article %s: page still unavailable after %d tries (%s); matching on "
                        "the feed summary", article.url, article.fetch_failures, exc)
            latest = ctx.articles.latest(article.id)
            on_new_article(ctx, article, latest.text if latest else article.title, now)
        return False
    article.title = page.title or article.title
    article.language = page.language or article.language
    article.authors = list(page.authors) or article.authors
    article.last_error = ""
    ctx.articles.replace_latest_version(article, page.text, now)
    ctx.articles.save(article, "title", "language", "authors", "last_error")
    ctx.dedup.remember(article.id, digest=content_hash(page.text))
    ctx.neardup.add(article.id, page.text)
    on_new_article(ctx, article, page.text, now)
    # Last, like the "seen" mark of a new item: a job that dies before this line is redone.
    article.status = "ok"
    ctx.articles.save(article, "status")
    return True
