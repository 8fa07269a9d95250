"""Edit detection: re-fetch watched articles on a decaying schedule and compare claims.

Feeds rarely announce edits, so every article matched to a watch is fetched again at
`edits.recheck_schedule` delays after it was first seen (conditional GET: an unchanged page
costs a 304). A changed text passes a sanity check (a sudden length drop, a consent or paywall
page, an error page is not a version), is stored as a new version, and its claims are compared
with the previous version's; only a non-empty claim diff alerts.
"""

from __future__ import annotations

import logging
import time

from monitor.claims import check_version_sanity, compare_versions
from monitor.dedup.keys import content_hash
from monitor.errors import ExtractionError, FetchError
from monitor.ingest.extract import extract_article
from monitor.jobs.context import Context
from monitor.jobs.notify import on_new_version
from monitor.state import keys, locks
from monitor.state.articles import Article

log = logging.getLogger(__name__)


def schedule_first_check(ctx: Context, article: Article, now: float) -> None:
    if article.recheck_index == 0:
        _schedule(ctx, article, 0, now)


def _schedule(ctx: Context, article: Article, index: int, now: float) -> None:
    """Due at first_seen + schedule[index]; past the end of the schedule, no more checks."""
    delays = ctx.settings.edits.recheck_schedule
    article.recheck_index = index
    ctx.articles.save(article, "recheck_index")
    if index >= len(delays):
        ctx.redis.zrem(keys.REFETCH_DUE, article.id)
        return
    due = max(article.first_seen + delays[index], now)
    ctx.redis.zadd(keys.REFETCH_DUE, {article.id: due})


def recheck_article(ctx: Context, article_id: str, now: float | None = None) -> str:
    """Fetch a watched article again. Returns what happened, for logs and tests:
    "gone", "not_modified", "unchanged", "failed", "rejected", "style_only" or "claims_changed"."""
    with locks.article(ctx.redis, article_id):
        return _recheck(ctx, article_id, now or time.time())


def _recheck(ctx: Context, article_id: str, now: float) -> str:
    article = ctx.articles.get(article_id)
    latest = ctx.articles.latest(article_id)
    if article is None or latest is None:
        return "gone"
    next_index = article.recheck_index + 1
    try:
        result = ctx.fetcher.fetch(article.url, etag=article.etag,
                                   last_modified=article.last_modified)
        if result.not_modified:
            _schedule(ctx, article, next_index, now)
            return "not_modified"
        text = extract_article(result.body, result.final_url or article.url).text
    except (FetchError, ExtractionError) as exc:
        _record_problem(ctx, article, f"re-fetch failed: {exc}")
        _schedule(ctx, article, next_index, now)
        return "failed"
    if content_hash(text) == latest.hash:
        outcome = _compare_latest(ctx, article, now) if _comparison_pending(article) \
            else "unchanged"
    else:
        plausible, reason = check_version_sanity(latest.text, text,
                                                 ctx.settings.edits.min_length_ratio)
        if not plausible:
            # A partial page is not a version: keep the old text, look again soon.
            _record_problem(ctx, article, f"new text rejected: {reason}")
            ctx.redis.zadd(keys.REFETCH_DUE, {article.id: now + _retry_delay(ctx)})
            return "rejected"
        ctx.articles.add_version(article, text, now)
        outcome = _compare_latest(ctx, article, now)
    # Validators last: a job that dies before this point fetches the full page again when it
    # is redelivered, instead of a 304 that would hide the version it did not finish.
    article.etag, article.last_modified = result.etag, result.last_modified
    ctx.articles.save(article, "etag", "last_modified")
    _schedule(ctx, article, next_index, now)
    return outcome


def _comparison_pending(article: Article) -> bool:
    """A version was stored but the job died before its claims were compared and alerted."""
    return article.compared_version < article.version


def _compare_latest(ctx: Context, article: Article, now: float) -> str:
    """Compare the two latest versions and alert on claim changes (once per version)."""
    *_, old, new = ctx.articles.versions(article.id)
    diff = compare_versions(old.text, new.text)
    if diff:
        log.info("article %s v%d: %s", article.id, new.n, diff.summary)
        on_new_version(ctx, article, old, new, diff, now)
    else:
        log.info("article %s v%d: style-only edit, no alert", article.id, new.n)
    article.compared_version = new.n
    ctx.articles.save(article, "compared_version")
    return "claims_changed" if diff else "style_only"


def _retry_delay(ctx: Context) -> float:
    return ctx.settings.edits.recheck_schedule[0]


def _record_problem(ctx: Context, article: Article, message: str) -> None:
    article.last_error = message
    ctx.articles.save(article, "last_error")
    ctx.redis.hincrby(keys.STATS, "edit_checks_failed", 1)
    log.warning("article %s (%s): %s", article.id, article.url, message)
