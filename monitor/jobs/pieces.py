"""What follows once a piece is stored: match it to the watches, add it to their stories,
alert, and schedule its edit checks. Shared by the item job and the page-retry job.

Every step is safe to repeat when a job is redelivered: the piece joins a story once, its
claims enter the ledger once, and an alert's deterministic id makes the outbox send it once.
None of them is skipped on a repeat, so none is lost.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime

from monitor import logcontext, metrics
from monitor.alerts import (
    AlertPayload,
    ArticleInfo,
    WatchRef,
    article_info,
    build_new_alert,
    lead_summary,
    story_info,
)
from monitor.claims import Claim, extract_claims, topic_terms
from monitor.edits import next_check_due
from monitor.jobs.context import Context
from monitor.query import prepare
from monitor.state.articles import Article
from monitor.state.story_ledger import StoryLedger
from monitor.stories import (
    LedgerSlice,
    LedgerStep,
    matching_watches,
    new_piece_verdict,
    piece_time,
    published_timestamp,
    relate_slice,
)

log = logging.getLogger(__name__)


def handle_new_piece(ctx: Context, article: Article, text: str, now: float) -> list[str]:
    """Match a stored piece against every watch, alert, and schedule edit checks. Returns the
    ids of the watches it matched."""
    compiled = ctx.watches.current()
    if compiled is None:
        return []
    matches = matching_watches(compiled, article.feed_id, prepare(article.title, text))
    if not matches:
        return []
    metrics.MATCHES.inc(len(matches))
    claims = extract_claims(text)
    info = piece_info(ctx, article, text)
    published = published_timestamp(article.published)
    for watch_match in matches:
        watch = watch_match.watch
        story = ctx.stories.add_piece(watch.id, article.id, article.source, now)
        step = ledger_step(ctx.stories.claims, watch.id, article.id, article.source, claims,
                           now, published)
        verdict = new_piece_verdict(watch, backlog=article.backlog, published=published, now=now)
        if verdict.alert:
            emit(ctx, build_new_alert(
                watch=WatchRef.of(watch), article=info, story=story_info(story),
                match=watch_match.result.to_dict(), claims_context=step.context,
                now=utc(now)), watch.sinks)
        elif verdict.reason != "events":
            log.info("%s joins story %s without an alert (%s)", article.url, watch.id,
                     verdict.reason)
    matched = [m.watch.id for m in matches]
    _start_edit_checks(ctx, article, matched, now)
    return matched


def ledger_step(ledger: StoryLedger, watch_id: str, article_id: str, source: str,
                claims: list[Claim], seen_at: float, published: float | None) -> LedgerStep:
    """Relate a piece's claims to its story and add them to the ledger. Reads only the
    entries that may be candidates (those sharing topic terms with the piece's claims), so
    the cost per piece does not grow with the story (docs/claims.md, the ledger)."""
    when = piece_time(published, seen_at)
    outline = ledger.outline(watch_id, article_id, when)
    terms = [topic_terms(claim) for claim in claims if claim.frame.anchored]
    found = ledger.candidate_claims(watch_id, terms, when, outline.own_ids,
                                    (outline.before > 0, outline.after > 0))
    part = LedgerSlice([entry for entry, _ in found.read], outline.before, outline.after,
                       bool(outline.own_ids), [claim for _, claim in found.read],
                       (found.before, found.after))
    step = relate_slice(article_id, source, claims, part, seen_at, when)
    ledger.add(watch_id, step.new_entries)
    return step


def emit(ctx: Context, payload: AlertPayload, sinks: list[str]) -> bool:
    """Record the alert and enqueue its deliveries (once, whatever the repeats)."""
    with logcontext.bound(alert=payload.data.alert_id):
        sent = ctx.outbox.emit(payload.data.alert_id, payload.type, payload.to_json(), sinks,
                               ctx.send_delivery, payload.data.watch.id)
    if sent:
        metrics.ALERTS.labels(payload.type).inc()
        found = logcontext.job_enqueued_at()  # the poll or edit check that found it
        if found is not None:
            metrics.ITEM_TO_ALERT.labels(payload.type).observe(max(0.0, time.time() - found))
    return sent


def _start_edit_checks(ctx: Context, article: Article, matched: list[str], now: float) -> None:
    article.watches = sorted(set(article.watches) | set(matched))
    ctx.articles.save(article, "watches")
    # A feed-only article (no link) has no page to look at again.
    if article.recheck_index == 0 and article.status != "feed_only":
        due = next_check_due(article.first_seen, ctx.settings.edits.recheck_schedule, 0, now)
        if due is not None:
            ctx.edit_checks.schedule(article.id, due)


def piece_info(ctx: Context, article: Article, text: str) -> ArticleInfo:
    """The article as alerts show it: its lead summary of `text`, and the copies folded in."""
    return article_info(article, summary=lead_summary(text, language=article.language),
                        copies=ctx.articles.copies(article.id))


def utc(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, tz=UTC)
