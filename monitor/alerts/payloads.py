"""Alert payloads: the models of the JSON body every sink receives.

Two event types, `article.new` and `article.claims_changed`. The body follows the Standard
Webhooks convention `{"type", "timestamp", "data"}`; docs/webhooks.md documents every field and
monitor/alerts/alert.schema.json is generated from these models (monitor.alerts.schema).

    WatchRef(id, title, query)                       -- or WatchRef.of(watch_settings)
    ArticleInfo(id, url, canonical_url, title, source, feed_id, published, updated, authors,
                language, summary, version, copies=[CopyInfo(url, source, seen_at)])
    StoryInfo(watch_id, piece_number, pieces, sources, source_names, first_seen, last_seen)
    MatchInfo(terms=[MatchTerm(term, field, count, snippet)], explanation)
    ClaimChangeInfo(type, before, after, word_diff, detail)              -- claims_changed only
    ClaimContextInfo(relation, sentence, earlier_sentence, earlier_source, detail) -- new only

`AlertPayload.model_validate_json(text)` reads a stored payload back as the right subclass;
`payload.to_json()` is the text that is stored, signed and sent.

Every datetime must be timezone-aware; it is stored and serialized in UTC ("...Z"). The change
types and relations are monitor.claims' own (CHANGE_TYPES, RELATIONS), so the payload cannot
drift from what the claim comparison produces.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    model_validator,
)

from monitor.claims import CHANGE_TYPES, RELATIONS
from monitor.settings import WatchSettings

ARTICLE_NEW = "article.new"
ARTICLE_CLAIMS_CHANGED = "article.claims_changed"
EventType = Literal[ARTICLE_NEW, ARTICLE_CLAIMS_CHANGED]
ClaimChangeType = Literal[CHANGE_TYPES]
RelationType = Literal[RELATIONS]


def _as_utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


# Aware datetimes only: a naive one is ambiguous and would be a silent bug in a receiver.
UtcDatetime = Annotated[AwareDatetime, AfterValidator(_as_utc)]


class _Part(BaseModel):
    # Unknown keys are ignored rather than forbidden so that the generated JSON Schema does not
    # say `additionalProperties: false`: receivers validating against it must keep working when
    # a later version adds a field.
    # Every field is always present in the JSON we send, defaults included: the schema says so.
    model_config = ConfigDict(frozen=True, json_schema_serialization_defaults_required=True)


# --- parts ----------------------------------------------------------------------------------


class WatchRef(_Part):
    id: str = Field(description="The watch id from watches.yaml.")
    title: str = Field(description="Human title of the watched story.")
    query: str = Field(description="The watch's boolean query, as written.")

    @classmethod
    def of(cls, watch: WatchSettings) -> WatchRef:
        return cls(id=watch.id, title=watch.title, query=watch.query)


class CopyInfo(_Part):
    url: str = Field(description="Where the syndicated copy was found.")
    source: str = Field(description="Feed or site name of the copy.")
    seen_at: UtcDatetime = Field(description="When newsmon first saw the copy.")


class ArticleInfo(_Part):
    id: str = Field(description="newsmon's stable article id.")
    url: str = Field(description="The article link as the feed gave it.")
    canonical_url: str | None = Field(
        None, description="rel=canonical URL with tracking parameters stripped, when known."
    )
    title: str = Field(description="Headline.")
    source: str = Field(description="Feed or site name.")
    feed_id: str | None = Field(None, description="Id of the feed the article came from.")
    published: UtcDatetime | None = Field(None, description="Publication time, when stated.")
    updated: UtcDatetime | None = Field(None, description="Last update time, when stated.")
    authors: list[str] = Field([], description="Bylines.")
    language: str | None = Field(None, description="Language code (e.g. `en`), when detected.")
    summary: str = Field("", description="Lead summary: the first sentences of the text.")
    version: int = Field(ge=1, description="Version of the text this alert is about (1 = first).")
    copies: list[CopyInfo] = Field(
        [], description="Syndicated near-copies folded into this article instead of alerting."
    )


class StoryInfo(_Part):
    watch_id: str = Field(description="The watch the story belongs to.")
    piece_number: int = Field(ge=1, description="This article is piece N on the story.")
    pieces: int = Field(ge=1, description="Distinct pieces on the story so far.")
    sources: int = Field(ge=0, description="Distinct sources among those pieces.")
    source_names: list[str] = Field([], description="Names of those sources.")
    first_seen: UtcDatetime = Field(description="When the story's first piece was seen.")
    last_seen: UtcDatetime = Field(description="When its latest piece was seen.")

    @model_validator(mode="after")
    def _piece_within_story(self) -> StoryInfo:
        if self.piece_number > self.pieces:
            raise ValueError(f"piece_number {self.piece_number} > pieces {self.pieces}")
        return self


class MatchTerm(_Part):
    term: str = Field(description="Query word or phrase that matched.")
    field: Literal["title", "text"] = Field(description="Where it matched.")
    count: int = Field(ge=1, description="How many times it occurs there.")
    snippet: str = Field(description="A short excerpt around the first occurrence.")


class MatchInfo(_Part):
    terms: list[MatchTerm] = Field([], description="The query terms found in the article.")
    explanation: str = Field(description="Why the query matched, in one line.")


class ClaimChangeInfo(_Part):
    type: ClaimChangeType = Field(description="Kind of change.")
    before: str | None = Field(description="The sentence in the earlier version (None: added).")
    after: str | None = Field(description="The sentence in the later version (None: removed).")
    word_diff: str = Field(
        "", description="The sentence with removed words as [-...-] and added words as {+...+}."
    )
    detail: str = Field(description="The change in a few words, e.g. `35,000 -> 36,000`.")


class ClaimContextInfo(_Part):
    relation: RelationType = Field(
        description="How the claim relates to earlier pieces of the story."
    )
    sentence: str = Field(description="The claim sentence in this article.")
    earlier_sentence: str | None = Field(
        None, description="The earlier claim it updates, contradicts or differs from."
    )
    earlier_source: str | None = Field(None, description="Source of that earlier claim.")
    detail: str = Field("", description="What differs, in a few words.")


# --- payloads -------------------------------------------------------------------------------


class NewArticleData(_Part):
    alert_id: str = Field(description="Deterministic id of this alert.")
    watch: WatchRef = Field(description="The watch that matched.")
    article: ArticleInfo = Field(description="The new piece.")
    story: StoryInfo = Field(description="The story so far, this piece included.")
    match: MatchInfo = Field(description="Why the watch's query matched.")
    claims_context: list[ClaimContextInfo] = Field(
        [], description="How this piece's claims relate to earlier pieces of the story."
    )


class ClaimsChangedData(_Part):
    alert_id: str = Field(description="Deterministic id of this alert.")
    watch: WatchRef = Field(description="The watch the article belongs to.")
    article: ArticleInfo = Field(description="The article, as of the later version.")
    story: StoryInfo = Field(description="The story so far.")
    changes: list[ClaimChangeInfo] = Field(min_length=1, description="The typed claim changes.")
    summary: str = Field(description="The changes in one line.")
    from_version: int = Field(ge=1, description="Earlier version compared.")
    to_version: int = Field(ge=2, description="Later version compared (= article.version).")
    from_fetched_at: UtcDatetime = Field(description="When the earlier version was fetched.")
    to_fetched_at: UtcDatetime = Field(description="When the later version was fetched.")

    @model_validator(mode="after")
    def _versions_consistent(self) -> ClaimsChangedData:
        if self.from_version >= self.to_version:
            raise ValueError(f"from_version {self.from_version} must precede {self.to_version}")
        if self.to_version != self.article.version:
            raise ValueError(
                f"to_version {self.to_version} differs from article.version {self.article.version}"
            )
        return self


class AlertPayload(_Part):
    """Base of both alert types. `AlertPayload.model_validate_json(text)` (and `model_validate`)
    return the right subclass, chosen by `type`."""

    type: EventType = Field(description="Event type.")
    timestamp: UtcDatetime = Field(description="When the alert was created.")

    def to_json(self) -> str:
        """Compact JSON, keys in declaration order: the exact text that is signed and sent."""
        return self.model_dump_json()

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Any:
        if cls is AlertPayload:
            return ALERT_ADAPTER.validate_json(json_data, **kwargs)
        return super().model_validate_json(json_data, **kwargs)

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Any:
        if cls is AlertPayload:
            return ALERT_ADAPTER.validate_python(obj, **kwargs)
        return super().model_validate(obj, **kwargs)


class NewArticleAlert(AlertPayload):
    type: Literal[ARTICLE_NEW] = Field(description="Event type.")
    data: NewArticleData = Field(description="The alert's content.")


class ClaimsChangedAlert(AlertPayload):
    type: Literal[ARTICLE_CLAIMS_CHANGED] = Field(description="Event type.")
    data: ClaimsChangedData = Field(description="The alert's content.")


# Either alert type, told apart by `type`: reads any stored alert; the schema describes it.
ALERT_ADAPTER: TypeAdapter[NewArticleAlert | ClaimsChangedAlert] = TypeAdapter(
    Annotated[NewArticleAlert | ClaimsChangedAlert, Field(discriminator="type")]
)
