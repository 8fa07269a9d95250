"""The read API's shapes, defined once: every response is built through these models, and the
OpenAPI document (monitor.views.api.openapi) is generated from them, so the two cannot drift.

    ErrorBody(error)                                           every 400, 401, 404, 405, 503
    AlertsQuery(watch, type, limit, before)                    /api/v1/alerts parameters
    AlertPage(alerts=[AlertEntry(cursor, alert)], next, next_cursor)
    ArticleView(article=ArticleRecord, versions=[VersionInfo], changes=[VersionChange])

An alert is the webhook body itself (monitor.alerts.payloads), so a client that reads the API
and one that receives webhooks parse the same JSON. The story responses are the story read
model's `to_dict()` (monitor.views.storyview), described in the document by its own types.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from monitor.alerts.payloads import (
    ArticleInfo,
    ClaimChangeInfo,
    ClaimsChangedAlert,
    EventType,
    NewArticleAlert,
    UtcDatetime,
)

# Watch ids as watches.yaml allows them; article ids are newsmon's hex hashes; a cursor is a
# Redis stream id (milliseconds-sequence).
WATCH_ID = r"^[a-z0-9][a-z0-9_.-]{0,199}$"
ARTICLE_ID = r"^[0-9a-f]{16}$"
CURSOR = r"^[0-9]{1,20}-[0-9]{1,20}$"
MAX_LIMIT = 200


class ApiModel(BaseModel):
    # As in the alert payloads: every field always present in what we send (the document says
    # so), unknown keys tolerated by readers of a later version.
    model_config = ConfigDict(frozen=True, json_schema_serialization_defaults_required=True)


class ErrorBody(ApiModel):
    error: str = Field(description="What was wrong with the request, in one line.")


class NoQuery(BaseModel):
    """The query string of an endpoint that takes no parameter: any is a 400."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# --- /api/v1/alerts -----------------------------------------------------------------------


class AlertsQuery(BaseModel):
    """The query string of /api/v1/alerts; an unknown parameter is a 400."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    watch: str | None = Field(None, pattern=WATCH_ID,
                              description="Only alerts of this watch id.")
    type: EventType | None = Field(None, description="Only alerts of this event type.")
    limit: int = Field(50, ge=1, le=MAX_LIMIT, description="Most alerts in the page.")
    before: str | None = Field(
        None, pattern=CURSOR,
        description="Cursor: only alerts older than this one (a `cursor` or `next_cursor` of "
        "an earlier page). Absent: from the newest.")


Alert = Annotated[NewArticleAlert | ClaimsChangedAlert, Field(discriminator="type")]


class AlertEntry(ApiModel):
    cursor: str = Field(description="This alert's place in the stream (its Redis stream id); "
                        "pass it as `before` to read on from here.")
    alert: Alert = Field(description="The alert, exactly as webhooks receive it "
                         "(docs/webhooks.md).")


class AlertPage(ApiModel):
    alerts: list[AlertEntry] = Field(description="Newest first.")
    next_cursor: str | None = Field(
        description="`before` of the next page; null when the stream's oldest alert was read.")
    next: str | None = Field(
        description="The next page's path and query (this page's filters kept); null at the "
        "end.")


# --- /api/v1/articles/{id} ----------------------------------------------------------------


class ArticleRecord(ArticleInfo):
    first_seen: UtcDatetime = Field(description="When newsmon first saw the article.")
    last_fetched: UtcDatetime = Field(description="When its page was last fetched.")
    status: str = Field(description="`ok` (full text), `summary_only` (page not fetched yet: "
                        "the text is the feed's summary) or `feed_only` (no link).")
    watches: list[str] = Field(description="Ids of the watches the article matched.")


class VersionInfo(ApiModel):
    n: int = Field(ge=1, description="Version number (1 = first seen); numbers go on counting "
                   "when old versions are dropped (edits.max_versions).")
    fetched_at: UtcDatetime = Field(description="When this text was fetched.")
    words: int = Field(ge=0, description="Words in the extracted text.")
    hash: str = Field(description="Content hash of the normalized text.")


class VersionChange(ApiModel):
    from_version: int = Field(ge=1, description="Earlier version compared.")
    to_version: int = Field(ge=2, description="The version that follows it.")
    from_fetched_at: UtcDatetime = Field(description="When the earlier version was fetched.")
    to_fetched_at: UtcDatetime = Field(description="When the later version was fetched.")
    summary: str = Field(description="The changes in one line (`no claim changes` when only "
                         "the style changed).")
    changes: list[ClaimChangeInfo] = Field(
        description="Typed claim changes with before/after sentences and a word diff, as in "
        "`article.claims_changed` alerts; empty: a style-only edit (no alert was sent).")


class ArticleView(ApiModel):
    article: ArticleRecord = Field(description="The article as of its latest version.")
    versions: list[VersionInfo] = Field(description="The versions kept, oldest first.")
    changes: list[VersionChange] = Field(
        description="Each version compared with the one before it, oldest first (those the "
        "re-check recorded, also for versions whose text is no longer kept).")
