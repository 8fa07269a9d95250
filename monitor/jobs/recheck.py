"""The re-check job: fetch a watched article again and alert when its claims changed.

Feeds rarely announce edits, so every article matched to a watch is fetched again at
`edits.recheck_schedule` delays after it was first seen (conditional GET with the validators of
the first fetch on: an unchanged page costs a 304; from a server that ignores them, the same
bytes again cost a download but no extraction: outcome "unchanged"). The new text is judged (monitor.edits: unchanged, a partial page, or a version),
a version is stored, its claims are compared with the previous version's (monitor.claims), and
only a non-empty claim diff alerts.
"""

from __future__ import annotations

import logging
import time

from monitor import logcontext, metrics
from monitor.alerts import WatchRef, build_claims_changed_alert, story_info
from monitor.claims import ClaimDiff, compare_versions
from monitor.edits import judge_new_text, next_check_due, page_digest
from monitor.errors import ExtractionError, FetchError
from monitor.fetch import FetchResult
from monitor.jobs.context import Context
from monitor.jobs.pieces import emit, piece_info, utc
from monitor.state import locks
from monitor.state.articles import Article, Version

log = logging.getLogger(__name__)


def recheck_article(ctx: Context, article_id: str, now: float | None = None) -> str:
    """Fetch a watched article again. Returns what happened, for logs and tests:
    "gone", "not_modified", "unchanged", "failed", "rejected", "style_only" or "claims_changed"."""
    logcontext.bind(article=article_id)
    with locks.article(ctx.redis, article_id):
        return _recheck(ctx, article_id, now or time.time())


def _recheck(ctx: Context, article_id: str, now: float) -> str:
    article = ctx.articles.get(article_id)
    if article is None:
        return "gone"
    next_index = article.recheck_index + 1
    try:
        with metrics.timed(metrics.FETCH, kind="recheck"):
            result = ctx.fetcher.fetch(article.url, etag=article.etag,
                                       last_modified=article.last_modified)
        if result.not_modified:
            _schedule(ctx, article, next_index, now)
            return "not_modified"
        digest = page_digest(result.body)
        if digest == article.page_hash:
            # The page hash is saved last (below), so equal bytes mean the last check finished.
            _keep_validators(ctx, article, result, digest)
            _schedule(ctx, article, next_index, now)
            return "unchanged"
        with metrics.timed(metrics.EXTRACTION):
            text = ctx.extract(result.body, result.final_url or article.url).text
    except (FetchError, ExtractionError) as exc:
        _record_problem(ctx, article, f"re-fetch failed: {exc}")
        _schedule(ctx, article, next_index, now)
        return "failed"
    # Read (and decompressed) only now: most re-checks end above, at a 304 or the same bytes.
    latest = ctx.articles.latest(article_id)
    if latest is None:
        return "gone"
    verdict = judge_new_text(latest.text, latest.hash, text, ctx.settings.edits.min_length_ratio)
    if verdict.outcome == "rejected":
        # A partial page is not a version: keep the old text, look again soon.
        _record_problem(ctx, article, f"new text rejected: {verdict.reason}")
        ctx.edit_checks.schedule(article.id, now + ctx.settings.edits.recheck_schedule[0])
        return "rejected"
    if verdict.outcome == "changed":
        new = ctx.articles.add_version(article, text, verdict.digest, now)
        outcome = _compare(ctx, article, latest, new, now)
    elif article.compared_version < article.version:
        # A version was stored, but the job died before its claims were compared and alerted.
        outcome = _compare(ctx, article, *ctx.articles.last_two(article.id), now)
    else:
        outcome = "unchanged"
    # Validators last: a job that dies before this point fetches the full page again when it
    # is redelivered, instead of a 304 that would hide the version it did not finish.
    _keep_validators(ctx, article, result, digest)
    _schedule(ctx, article, next_index, now)
    return outcome


def _keep_validators(ctx: Context, article: Article, result: FetchResult, digest: str) -> None:
    article.etag, article.last_modified = result.etag, result.last_modified
    article.page_hash = digest
    ctx.articles.save(article, "etag", "last_modified", "page_hash")


def _compare(ctx: Context, article: Article, old: Version, new: Version, now: float) -> str:
    """Compare two versions and alert on claim changes (once per version)."""
    with metrics.timed(metrics.CLAIM_COMPARISON):
        diff = compare_versions(old.text, new.text)
    # Recorded before the alert: the story page shows every compared version, style-only
    # edits too, and a redelivered job records nothing twice.
    ctx.claim_changes.record(article.id, {
        "from_version": old.n, "to_version": new.n, "from_fetched_at": old.fetched_at,
        "to_fetched_at": new.fetched_at, **diff.to_dict()})
    if diff:
        log.info("article %s v%d: %s", article.id, new.n, diff.summary)
        _alert_claims_changed(ctx, article, old, new, diff, now)
    else:
        log.info("article %s v%d: style-only edit, no alert", article.id, new.n)
    article.compared_version = new.n
    ctx.articles.save(article, "compared_version")
    return "claims_changed" if diff else "style_only"


def _alert_claims_changed(ctx: Context, article: Article, old: Version, new: Version,
                          diff: ClaimDiff, now: float) -> None:
    """`article.claims_changed` to every watch the article matched that wants it."""
    compiled = ctx.watches.current()
    if compiled is None:
        return
    info = piece_info(ctx, article, new.text)
    for watch in compiled.watchlist.watches:
        if watch.id not in article.watches or "claims_changed" not in watch.events:
            continue
        story = ctx.stories.info(watch.id, ctx.stories.piece_number(watch.id, article.id))
        emit(ctx, build_claims_changed_alert(
            watch=WatchRef.of(watch), article=info, story=story_info(story),
            changes=[c.to_dict() for c in diff.changes], summary=diff.summary,
            from_version=old.n, to_version=new.n, from_fetched_at=utc(old.fetched_at),
            to_fetched_at=utc(new.fetched_at), now=utc(now)), watch.sinks)


def _schedule(ctx: Context, article: Article, index: int, now: float) -> None:
    article.recheck_index = index
    due = next_check_due(article.first_seen, ctx.settings.edits.recheck_schedule, index, now)
    with ctx.redis.pipeline(transaction=False) as pipe:  # one round trip: every re-check ends here
        ctx.articles.save(article, "recheck_index", pipe=pipe)
        if due is None:
            ctx.edit_checks.remove(article.id, pipe)
        else:
            ctx.edit_checks.schedule(article.id, due, pipe=pipe)
        pipe.execute()


def _record_problem(ctx: Context, article: Article, message: str) -> None:
    article.last_error = message
    ctx.articles.save(article, "last_error")
    ctx.counters.incr("edit_checks_failed")
    log.warning("article %s (%s): %s", article.id, article.url, message)
