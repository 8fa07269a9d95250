"""Building alerts: pure functions from the pipeline's values to a payload.

    build_new_alert(watch=, article=, story=, match=, claims_context=(), now=)
    build_claims_changed_alert(watch=, article=, story=, changes=, summary=, from_version=,
                               to_version=, from_fetched_at=, to_fetched_at=, now=)

Parts are the models of monitor.alerts.payloads or plain dicts of the same shape (unknown keys
are ignored). The state's records become parts here, in one place: `article_info(article,
summary=, copies=)` and `story_info(story)`. The alert id is a hash of event type, watch,
article and version (monitor.alerts.ids), never of the time, so a rebuilt alert keeps it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from monitor.alerts.ids import alert_id
from monitor.alerts.payloads import (
    ARTICLE_CLAIMS_CHANGED,
    ARTICLE_NEW,
    ArticleInfo,
    ClaimChangeInfo,
    ClaimContextInfo,
    ClaimsChangedAlert,
    ClaimsChangedData,
    CopyInfo,
    MatchInfo,
    NewArticleAlert,
    NewArticleData,
    StoryInfo,
    WatchRef,
)
from monitor.redact import without_userinfo
from monitor.state import stories
from monitor.state.articles import Article

# --- from the state's records ---------------------------------------------------------------


def _from_epoch(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, tz=UTC)


def loose_time(value: str | None) -> datetime | None:
    """Feeds and pages state times loosely ("2025-05-11", naive times): read them as UTC."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def article_info(
    article: Article, *, summary: str, copies: Iterable[Mapping[str, Any]]
) -> ArticleInfo:
    """The payload's view of a stored article. `summary` is the lead summary of the version
    alerted on (lead_summary: the stored `article.summary` is the feed's); `copies` are
    ArticleStore.copies() entries {url, source, seen_at (unix seconds)}.
    URLs go out without userinfo: a link resolved against a feed URL with a password
    (`https://user:pass@host/feed`) inherits it, and an alert is read by other people."""
    return ArticleInfo(
        id=article.id,
        url=without_userinfo(article.url),
        canonical_url=without_userinfo(article.canonical_url),
        title=article.title,
        source=article.source,
        feed_id=article.feed_id,
        published=loose_time(article.published),
        updated=loose_time(article.updated),
        authors=article.authors,
        language=article.language,
        summary=summary,
        version=article.version,
        copies=[
            CopyInfo(url=without_userinfo(c["url"]), source=c["source"], seen_at=_from_epoch(c["seen_at"]))
            for c in copies
        ],
    )


def story_info(story: stories.StoryInfo) -> StoryInfo:
    """The payload's view of the story record: sources counted and named, times in UTC."""
    return StoryInfo(
        watch_id=story.watch_id,
        piece_number=story.piece_number,
        pieces=story.pieces,
        sources=len(story.sources),
        source_names=story.sources,
        first_seen=_from_epoch(story.first_seen),
        last_seen=_from_epoch(story.last_seen),
    )


# --- alerts ---------------------------------------------------------------------------------


def build_new_alert(
    *,
    watch: WatchRef | Mapping[str, Any],
    article: ArticleInfo | Mapping[str, Any],
    story: StoryInfo | Mapping[str, Any],
    match: MatchInfo | Mapping[str, Any],
    claims_context: Iterable[ClaimContextInfo | Mapping[str, Any]] = (),
    now: datetime,
) -> NewArticleAlert:
    """An `article.new` alert. Parts may be the models or plain dicts of the same shape."""
    watch, article = WatchRef.model_validate(watch), ArticleInfo.model_validate(article)
    data = NewArticleData(
        alert_id=alert_id(ARTICLE_NEW, watch.id, article.id, article.version),
        watch=watch,
        article=article,
        story=story,
        match=match,
        claims_context=list(claims_context),
    )
    return NewArticleAlert(type=ARTICLE_NEW, timestamp=now, data=data)


def build_claims_changed_alert(
    *,
    watch: WatchRef | Mapping[str, Any],
    article: ArticleInfo | Mapping[str, Any],
    story: StoryInfo | Mapping[str, Any],
    changes: Iterable[ClaimChangeInfo | Mapping[str, Any]],
    summary: str,
    from_version: int,
    to_version: int,
    from_fetched_at: datetime,
    to_fetched_at: datetime,
    now: datetime,
) -> ClaimsChangedAlert:
    """An `article.claims_changed` alert. Parts may be the models or plain dicts of the same
    shape; `to_version` must equal `article.version`."""
    watch, article = WatchRef.model_validate(watch), ArticleInfo.model_validate(article)
    data = ClaimsChangedData(
        alert_id=alert_id(ARTICLE_CLAIMS_CHANGED, watch.id, article.id, to_version),
        watch=watch,
        article=article,
        story=story,
        changes=list(changes),
        summary=summary,
        from_version=from_version,
        to_version=to_version,
        from_fetched_at=from_fetched_at,
        to_fetched_at=to_fetched_at,
    )
    return ClaimsChangedAlert(type=ARTICLE_CLAIMS_CHANGED, timestamp=now, data=data)
