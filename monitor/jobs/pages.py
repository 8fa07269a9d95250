"""The page-retry job: a summary-only article tries its page again.

On success the page's text replaces the feed summary and the piece goes on to matching; after
the last try (monitor.jobs.items.PAGE_RETRY_DELAYS) it is matched on the feed's summary. Items
without a link never come here (they are "feed_only"), except those queued by an older newsmon:
they are matched at once instead of fetched.
"""

from __future__ import annotations

import logging
import time

from monitor import logcontext
from monitor.dedup.keys import content_hash
from monitor.dedup.minhash import signature
from monitor.errors import ExtractionError, FetchError
from monitor.jobs.context import Context
from monitor.jobs.items import NO_LINK_PREFIX, PAGE_RETRY_DELAYS, fetch_page
from monitor.jobs.pieces import handle_new_piece
from monitor.state import locks
from monitor.state.articles import Article

log = logging.getLogger(__name__)


def retry_page(ctx: Context, article_id: str, now: float | None = None) -> bool:
    """Try again to fetch a summary-only article's page. True once it has its full text."""
    logcontext.bind(article=article_id)
    with locks.article(ctx.redis, article_id):
        return _retry_page(ctx, article_id, now or time.time())


def _retry_page(ctx: Context, article_id: str, now: float) -> bool:
    article = ctx.articles.get(article_id)
    if article is None or article.status != "summary_only":
        return False
    if article.url.startswith(NO_LINK_PREFIX):
        # Queued by a newsmon from before feed-only items: no page will ever come.
        return _match_feed_only(ctx, article, now)
    try:
        fetched = fetch_page(ctx, article.url)
    except (FetchError, ExtractionError) as exc:
        _record_failure(ctx, article, exc, now)
        return False
    page = fetched.page
    fetched.keep_on(article)
    article.title = page.title or article.title
    article.language = page.language or article.language
    article.authors = list(page.authors) or article.authors
    article.last_error = ""
    digest = content_hash(page.text)
    ctx.articles.replace_latest_version(article, page.text, digest, now)
    ctx.articles.save(article, "title", "language", "authors", "last_error", "etag",
                      "last_modified", "page_hash")
    ctx.dedup.remember(article.id, digest=digest)
    ctx.neardup.add_signature(article.id, signature(page.text))
    handle_new_piece(ctx, article, page.text, now)
    # Last, like the "seen" mark of a new item: a job that dies before this line is redone.
    article.status = "ok"
    ctx.articles.save(article, "status")
    return True


def _match_feed_only(ctx: Context, article: Article, now: float) -> bool:
    article.status, article.last_error = "feed_only", ""
    ctx.articles.save(article, "status", "last_error")
    latest = ctx.articles.latest(article.id)
    handle_new_piece(ctx, article, latest.text if latest else article.title, now)
    return False


def _record_failure(ctx: Context, article: Article, exc: Exception, now: float) -> None:
    article.fetch_failures += 1
    article.last_error = str(exc)
    ctx.articles.save(article, "fetch_failures", "last_error")
    if article.fetch_failures < len(PAGE_RETRY_DELAYS):
        ctx.page_retries.schedule(article.id, now + PAGE_RETRY_DELAYS[article.fetch_failures])
        return
    log.warning("article %s: page still unavailable after %d tries (%s); matching on the feed "
                "summary", article.url, article.fetch_failures, exc)
    latest = ctx.articles.latest(article.id)
    handle_new_piece(ctx, article, latest.text if latest else article.title, now)
