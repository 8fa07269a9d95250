"""The item job: one feed entry in, one stored piece (or a copy folded into one) out.

In order, each check cheaper than the next: the item key, the link's canonical URL, then the
page is fetched and extracted, its own canonical URL, then — under the admission lock — the
content hash and the near-duplicate index decide "copy of a stored piece, or a new piece".
A new piece is then matched, alerted and scheduled (monitor.jobs.pieces). Every step is safe to
repeat: jobs are delivered at least once, so the item's "seen" mark is written last, after the
article and its alerts exist.
"""

from __future__ import annotations

import logging
import time
from typing import NamedTuple

from monitor import logcontext, metrics
from monitor.dedup.keys import article_id, canonical_url, content_hash
from monitor.dedup.minhash import signature
from monitor.edits import page_digest
from monitor.errors import ExtractionError, FetchError
from monitor.ingest.model import Extracted, FeedItem
from monitor.jobs.context import Context
from monitor.jobs.pieces import handle_new_piece
from monitor.state import locks
from monitor.state.articles import Article

log = logging.getLogger(__name__)

# A page that cannot be fetched is retried this many times (with growing delays) before the
# feed's own summary is taken as the text and matched, so no item is ever dropped silently.
PAGE_RETRY_DELAYS = (60.0, 300.0, 900.0, 3600.0, 6 * 3600.0)
# The URL key of an item without a link: it names the item, there is nothing to fetch there.
NO_LINK_PREFIX = "item:"


class FetchedPage(NamedTuple):
    """An extracted page with what the next look at it needs: its validators and the digest
    of its raw bytes."""

    page: Extracted
    final_url: str
    etag: str | None
    last_modified: str | None
    page_hash: str

    def keep_on(self, article: Article) -> None:
        article.etag, article.last_modified = self.etag, self.last_modified
        article.page_hash = self.page_hash


def process_item(ctx: Context, feed_id: str, source: str, item_data: dict,
                 backlog: bool = False, now: float | None = None) -> str:
    """Store the item's article (or fold it into the one it duplicates). Returns the article id.

    `backlog`: the feed listed the item at its first poll (monitor.jobs.polls); the article
    keeps the flag, and the watches decide whether it is alerted (monitor.stories.backlog)."""
    now = now or time.time()
    logcontext.bind(feed=feed_id)
    item = FeedItem.from_dict(item_data)
    known = ctx.dedup.article_for_item(item.key)
    if known:
        return known
    link_url = canonical_url(item.link) if item.link else f"{NO_LINK_PREFIX}{item.key}"
    known = ctx.dedup.article_for_url(link_url)
    if known:
        _note_alias(ctx, known, item, link_url)
        return known
    if not item.link:
        return _store_feed_only(ctx, feed_id, source, item, link_url, now, backlog)
    try:
        fetched = fetch_page(ctx, item.link)
    except (FetchError, ExtractionError) as exc:
        return _store_summary_only(ctx, feed_id, source, item, link_url, now, str(exc), backlog)
    page = fetched.page
    canonical = canonical_url(page.canonical_url or fetched.final_url)
    known = ctx.dedup.article_for_url(canonical)
    if known:
        _note_alias(ctx, known, item, link_url)
        return known
    copy_of, piece = _admit(ctx, feed_id, source, item, fetched, canonical, link_url, now,
                            backlog)
    if piece is None:
        return copy_of
    logcontext.bind(article=piece.id)
    metrics.ARTICLES.labels("page").inc()
    with locks.article(ctx.redis, piece.id):
        handle_new_piece(ctx, piece, page.text, now)
    # Last: from here on the item counts as seen. A crash before this line repeats the work
    # above, which is idempotent (alerts are recorded once, by id).
    ctx.dedup.remember(piece.id, item_key=item.key, urls=(canonical, link_url))
    return piece.id


def fetch_page(ctx: Context, url: str) -> FetchedPage:
    """Fetch and extract an article page, keeping its validators for the first re-check."""
    with metrics.timed(metrics.FETCH, kind="page"):
        result = ctx.fetcher.fetch(url)
    final_url = result.final_url or url
    with metrics.timed(metrics.EXTRACTION):
        page = ctx.extract(result.body, final_url)
    return FetchedPage(page, final_url, result.etag, result.last_modified,
                       page_digest(result.body))


def _admit(ctx: Context, feed_id: str, source: str, item: FeedItem, fetched: FetchedPage,
           canonical: str, link_url: str, now: float, backlog: bool
           ) -> tuple[str, Article | None]:
    """Fold the page into the piece it copies: (that piece's id, None); or store it as a new
    piece: (its id, the article).

    One worker at a time decides and writes the answer down, so a page and its copy reaching
    two workers together cannot both become pieces. Hash and signature are computed before the
    lock: the lock covers only the few Redis calls."""
    page = fetched.page
    digest = content_hash(page.text)
    sig = signature(page.text)
    with locks.admission(ctx.redis):
        original = ctx.dedup.article_for_hash(digest) or ctx.neardup.find_original_of_signature(sig)
        if original and original != article_id(canonical):
            ctx.articles.add_copy(original, item.link or canonical, source, now)
            ctx.dedup.remember(original, item_key=item.key, urls=(canonical, link_url))
            log.info("folded %s into %s as a copy", item.link, original)
            metrics.COPIES.inc()
            return original, None
        article = ctx.articles.get(article_id(canonical))
        if article is None:
            article = new_article(feed_id, source, item, page, canonical, now, backlog)
            fetched.keep_on(article)
            ctx.articles.create(article, page.text, digest, now)
        ctx.neardup.add_signature(article.id, sig)
        ctx.dedup.remember(article.id, digest=digest)
    return article.id, article


def new_article(feed_id: str, source: str, item: FeedItem, page: Extracted | None,
                canonical: str, now: float, backlog: bool = False) -> Article:
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
        backlog=backlog,
    )


def _note_alias(ctx: Context, known: str, item: FeedItem, link_url: str) -> None:
    """The same page reached through another link or feed: one article, not two (and not a
    copy either: copies are other pages with the same text)."""
    ctx.dedup.remember(known, item_key=item.key, urls=(link_url,))


def _store_feed_only(ctx: Context, feed_id: str, source: str, item: FeedItem, link_url: str,
                     now: float, backlog: bool) -> str:
    """An item without a link has no page: the feed's title and summary are all its text, so
    it is matched on them at once, never fetched and never retried (status "feed_only")."""
    article = new_article(feed_id, source, item, None, link_url, now, backlog)
    article.status = "feed_only"
    text = feed_text(item)
    ctx.articles.create(article, text, content_hash(text), now)
    with locks.article(ctx.redis, article.id):
        # A redelivered job matches the stored article, with the watches it already joined.
        handle_new_piece(ctx, ctx.articles.get(article.id) or article, text, now)
    ctx.dedup.remember(article.id, item_key=item.key, urls=(link_url,))
    return article.id


def feed_text(item: FeedItem) -> str:
    return "\n".join(p for p in (item.title, item.summary) if p)


def _store_summary_only(ctx: Context, feed_id: str, source: str, item: FeedItem, link_url: str,
                        now: float, reason: str, backlog: bool) -> str:
    """Keep the feed's own text and retry the page later (monitor.jobs.pages)."""
    article = new_article(feed_id, source, item, None, link_url, now, backlog)
    article.status = "summary_only"
    article.last_error = reason
    text = feed_text(item)
    logcontext.bind(article=article.id)
    if ctx.articles.create(article, text, content_hash(text), now):
        metrics.ARTICLES.labels("summary_only").inc()
        # Counted, not warned one by one: a feed whose pages are all down would log a line per
        # item; the scheduler's activity line sums them (monitor.views.activity).
        ctx.counters.incr("pages_unavailable")
        log.debug("article %s: page not available (%s); kept the feed summary, will retry",
                  item.link, reason)
    ctx.page_retries.schedule(article.id, now + PAGE_RETRY_DELAYS[0], keep_earlier=True)
    ctx.dedup.remember(article.id, item_key=item.key, urls=(link_url,))
    return article.id
