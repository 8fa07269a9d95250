"""What follows once a piece is stored: match it to the watches, add it to their stories,
alert, and schedule its edit checks. Shared by the item job and the page-retry job.

Every step is safe to repeat when a job is redelivered: the piece joins a story once, its
claims enter the ledger once, and an alert's deterministic id makes the outbox send it once.
None of them is skipped on a repeat, so none is lost.
"""

from __future__ import annotations

from datetime import UTC, datetime

from monitor.alerts.payloads import AlertPayload, build_new_alert, lead_summary
from monitor.claims import extract_claims
from monitor.edits import next_check_due
from monitor.jobs.context import Context
from monitor.query import prepare
from monitor.settings import WatchSettings
from monitor.state.articles import Article
from monitor.state.stories import StoryInfo
from monitor.stories import matching_watches, relate_piece


def handle_new_piece(ctx: Context, article: Article, text: str, now: float) -> list[str]:
    """Match a stored piece against every watch, alert, and schedule edit checks. Returns the
    ids of the watches it matched."""
    compiled = ctx.watches.current()
    if compiled is None:
        return []
    matches = matching_watches(compiled, article.feed_id, prepare(article.title, text))
    if not matches:
        return []
    claims = extract_claims(text)
    info = article_info(ctx, article, text)
    for watch_match in matches:
        watch = watch_match.watch
        story = ctx.stories.add_piece(watch.id, article.id, article.source, now)
        step = relate_piece(article.id, article.source, claims, ctx.stories.ledger(watch.id), now)
        ctx.stories.add_to_ledger(watch.id, step.new_entries)
        if "new" in watch.events:
            emit(ctx, build_new_alert(
                watch=watch_ref(watch), article=info, story=story_info(story),
                match=watch_match.result.to_dict(), claims_context=step.context,
                now=utc(now)), watch.sinks)
    matched = [m.watch.id for m in matches]
    _start_edit_checks(ctx, article, matched, now)
    return matched


def emit(ctx: Context, payload: AlertPayload, sinks: list[str]) -> bool:
    """Record the alert and enqueue its deliveries (once, whatever the repeats)."""
    return ctx.outbox.emit(payload.data.alert_id, payload.type, payload.to_json(), sinks,
                           ctx.send_delivery)


def _start_edit_checks(ctx: Context, article: Article, matched: list[str], now: float) -> None:
    article.watches = sorted(set(article.watches) | set(matched))
    ctx.articles.save(article, "watches")
    if article.recheck_index == 0:
        due = next_check_due(article.first_seen, ctx.settings.edits.recheck_schedule, 0, now)
        if due is not None:
            ctx.edit_checks.schedule(article.id, due)


def watch_ref(watch: WatchSettings) -> dict:
    return {"id": watch.id, "title": watch.title, "query": watch.query}


def article_info(ctx: Context, article: Article, text: str) -> dict:
    copies = [dict(c, seen_at=utc(c["seen_at"])) for c in ctx.articles.copies(article.id)]
    return {
        "id": article.id,
        "url": article.url,
        "canonical_url": article.canonical_url,
        "title": article.title,
        "source": article.source,
        "feed_id": article.feed_id,
        "published": _aware(article.published),
        "updated": _aware(article.updated),
        "authors": article.authors,
        "language": article.language,
        "summary": lead_summary(text, language=article.language),
        "version": article.version,
        "copies": copies,
    }


def _aware(value: str | None) -> datetime | None:
    """Feeds and pages state times loosely ("2025-05-11", naive times): read them as UTC."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def story_info(story: StoryInfo) -> dict:
    return {
        "watch_id": story.watch_id,
        "piece_number": story.piece_number,
        "pieces": story.pieces,
        "sources": len(story.sources),
        "source_names": story.sources,
        "first_seen": utc(story.first_seen),
        "last_seen": utc(story.last_seen),
    }


def utc(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, tz=UTC)
