"""From stored articles to alerts: match watches, update the story, emit alerts.

Rule order for a new piece (for each watch in the watch list):
  1. the watch is restricted to feeds and the article's feed is not one of them -> skip
  2. the query does not match title + text -> skip
  3. the piece joins the watch's story (a piece already in it -> no second alert)
  4. its claims are set against the story's claim ledger (new / update / contradiction)
  5. if the watch wants `new` events, an `article.new` alert goes to the watch's sinks
For a new version of a watched article, `article.claims_changed` goes to every watch it
matched that wants `claims_changed`, when the claim diff is not empty.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from monitor.alerts import payloads as alerts
from monitor.claims import Claim, ClaimDiff, extract_claims, relate_to_story
from monitor.claims.ledger import MAX_NEW_IN_ALERT, context_for_alert
from monitor.jobs.context import Context
from monitor.query import match, prepare
from monitor.settings import WatchSettings
from monitor.state.articles import Article, Version
from monitor.state.outbox import Outbox
from monitor.state.stories import StoryInfo

log = logging.getLogger(__name__)


def on_new_article(ctx: Context, article: Article, text: str, now: float) -> list[str]:
    """Match a new piece against every watch and alert. Returns the ids of watches matched."""
    compiled = ctx.watches.current()
    if compiled is None:
        return []
    document = prepare(article.title, text)
    matched = []
    for watch in compiled.watchlist.watches:
        if watch.feeds and article.feed_id not in watch.feeds:
            continue
        result = match(compiled.queries[watch.id], document)
        if not result.matched:
            continue
        matched.append(watch.id)
        # Every step below is safe to repeat when a job is redelivered: the piece joins the
        # story once, its claims enter the ledger once, and the alert's deterministic id makes
        # the outbox send it once. None of them is skipped on a repeat, so none is lost.
        story = ctx.stories.add_piece(watch.id, article.id, article.source, now)
        context = _relate_claims(ctx, watch.id, article, text, now)
        if "new" in watch.events:
            payload = alerts.build_new_alert(
                watch=_watch_ref(watch), article=_article_info(ctx, article, text),
                story=_story_info(story), match=result.to_dict(), claims_context=context,
                now=_utc(now))
            _emit(ctx, payload, watch.sinks)
    if matched:
        _start_edit_checks(ctx, article, matched, now)
    return matched


def on_new_version(ctx: Context, article: Article, old: Version, new: Version,
                   diff: ClaimDiff, now: float) -> int:
    """Alert the watches of `article` that its claims changed. Returns alerts emitted."""
    compiled = ctx.watches.current()
    if compiled is None or not diff:
        return 0
    emitted = 0
    for watch in compiled.watchlist.watches:
        if watch.id not in article.watches or "claims_changed" not in watch.events:
            continue
        story = ctx.stories.info(watch.id, ctx.stories.piece_number(watch.id, article.id))
        payload = alerts.build_claims_changed_alert(
            watch=_watch_ref(watch), article=_article_info(ctx, article, new.text),
            story=_story_info(story), changes=[c.to_dict() for c in diff.changes],
            summary=diff.summary, from_version=old.n, to_version=new.n,
            from_fetched_at=_utc(old.fetched_at), to_fetched_at=_utc(new.fetched_at),
            now=_utc(now))
        emitted += _emit(ctx, payload, watch.sinks)
    return emitted


def _emit(ctx: Context, payload, sinks: list[str]) -> int:
    outbox = Outbox(ctx.redis)
    sent = outbox.emit(payload.data.alert_id, payload.type, payload.to_json(), sinks,
                       lambda alert_id, sink: ctx.jobs.deliver(alert_id, sink))
    return int(sent)


def _relate_claims(ctx: Context, watch_id: str, article: Article, text: str,
                   now: float) -> list[dict]:
    """Set this piece's claims against the story's earlier ones, then add them to the ledger
    (unless a previous run of this job already did)."""
    claims = extract_claims(text)
    entries = ctx.stories.ledger(watch_id)
    ledger = [(e["source"], Claim.from_dict(e["claim"])) for e in entries
              if e["article_id"] != article.id]
    relations = relate_to_story(claims, ledger) if ledger else []
    if len(ledger) == len(entries):
        ctx.stories.add_to_ledger(watch_id, [
            {"article_id": article.id, "source": article.source, "seen_at": now,
             "claim": c.to_dict()} for c in claims])
    return [r.to_dict() for r in context_for_alert(relations, MAX_NEW_IN_ALERT)]


def _start_edit_checks(ctx: Context, article: Article, matched: list[str], now: float) -> None:
    from monitor.jobs.recheck import schedule_first_check

    article.watches = sorted(set(article.watches) | set(matched))
    ctx.articles.save(article, "watches")
    schedule_first_check(ctx, article, now)


def _watch_ref(watch: WatchSettings) -> dict:
    return {"id": watch.id, "title": watch.title, "query": watch.query}


def _article_info(ctx: Context, article: Article, text: str) -> dict:
    copies = [dict(c, seen_at=_utc(c["seen_at"])) for c in ctx.articles.copies(article.id)]
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
        "summary": alerts.lead_summary(text, language=article.language),
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


def _story_info(story: StoryInfo) -> dict:
    return {
        "watch_id": story.watch_id,
        "piece_number": story.piece_number,
        "pieces": story.pieces,
        "sources": len(story.sources),
        "source_names": story.sources,
        "first_seen": _utc(story.first_seen),
        "last_seen": _utc(story.last_seen),
    }


def _utc(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, tz=UTC)
