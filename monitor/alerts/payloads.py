"""Alert payloads: the JSON body every sink receives, built by pure functions.

Two event types, `article.new` and `article.claims_changed`. The body follows the Standard
Webhooks convention `{"type", "timestamp", "data"}`; docs/webhooks.md documents every field and
monitor/schemas/alert.schema.json is generated from these models (`python -m monitor.alerts.payloads`
rewrites it; a test keeps the committed file equal to the generated one).

The caller (the alert actor) constructs the parts and hands them to a builder:

    WatchRef(id, title, query)                       -- or WatchRef.of(watch_settings)
    ArticleInfo(id, url, canonical_url, title, source, feed_id, published, updated, authors,
                language, summary, version, copies=[CopyInfo(url, source, seen_at)])
    StoryInfo(watch_id, piece_number, pieces, sources, source_names, first_seen, last_seen)
    MatchInfo(terms=[MatchTerm(term, field, count, snippet)], explanation)
    ClaimChangeInfo(type, before, after, word_diff, detail)              -- claims_changed only
    ClaimContextInfo(relation, sentence, earlier_sentence, earlier_source, detail) -- new only

    build_new_alert(watch=, article=, story=, match=, claims_context=(), now=)
    build_claims_changed_alert(watch=, article=, story=, changes=, summary=, from_version=,
                               to_version=, from_fetched_at=, to_fetched_at=, now=)

Parts may also be plain dicts of the same shape (unknown keys are ignored).
`lead_summary(text)` makes `ArticleInfo.summary`. `AlertPayload.model_validate_json(text)` reads
a stored payload back as the right subclass; `payload.to_json()` is what gets signed and sent.

Every datetime must be timezone-aware; it is stored and serialized in UTC ("...Z"). The same
alert always gets the same `alert_id` (a hash of event type, watch, article and version), so a
rebuilt or re-sent alert is recognisably the same one and receivers can dedupe.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, Literal

import pysbd
from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    model_validator,
)

from monitor.settings import WatchSettings

ARTICLE_NEW = "article.new"
ARTICLE_CLAIMS_CHANGED = "article.claims_changed"
EventType = Literal["article.new", "article.claims_changed"]

SCHEMA_PATH = Path(__file__).resolve().parent / "alert.schema.json"

# 130 bits of the hash: collisions are out of reach and the id stays short in headers and logs.
_ID_CHARS = 26


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


ClaimChangeType = Literal[
    "number_changed",
    "qualifier_changed",
    "quote_added",
    "quote_removed",
    "quote_edited",
    "speaker_changed",
    "polarity_flipped",
    "modality_changed",
    "entity_changed",
    "date_changed",
    "claim_added",
    "claim_removed",
]


class ClaimChangeInfo(_Part):
    type: ClaimChangeType = Field(description="Kind of change.")
    before: str | None = Field(description="The sentence in the earlier version (None: added).")
    after: str | None = Field(description="The sentence in the later version (None: removed).")
    word_diff: str = Field(
        "", description="The sentence with removed words as [-...-] and added words as {+...+}."
    )
    detail: str = Field(description="The change in a few words, e.g. `35,000 -> 36,000`.")


class ClaimContextInfo(_Part):
    relation: Literal["new", "update", "contradiction"] = Field(
        description="How the claim relates to earlier pieces of the story."
    )
    sentence: str = Field(description="The claim sentence in this article.")
    earlier_sentence: str | None = Field(
        None, description="The earlier claim it updates or contradicts."
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
            return _ANY_ALERT.validate_json(json_data, **kwargs)
        return super().model_validate_json(json_data, **kwargs)

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Any:
        if cls is AlertPayload:
            return _ANY_ALERT.validate_python(obj, **kwargs)
        return super().model_validate(obj, **kwargs)


class NewArticleAlert(AlertPayload):
    type: Literal["article.new"] = Field(description="Event type.")
    data: NewArticleData = Field(description="The alert's content.")


class ClaimsChangedAlert(AlertPayload):
    type: Literal["article.claims_changed"] = Field(description="Event type.")
    data: ClaimsChangedData = Field(description="The alert's content.")


_ANY_ALERT: TypeAdapter[NewArticleAlert | ClaimsChangedAlert] = TypeAdapter(
    Annotated[NewArticleAlert | ClaimsChangedAlert, Field(discriminator="type")]
)


# --- ids ------------------------------------------------------------------------------------


def _hash_id(*parts: str) -> str:
    # A separator that cannot occur in ids keeps ("a.b", "c") and ("a", "b.c") apart.
    digest = hashlib.sha256("\x1f".join(parts).encode()).digest()
    return "msg_" + base64.b32encode(digest).decode().lower()[:_ID_CHARS]


def alert_id(event_type: str, watch_id: str, article_id: str, version: int) -> str:
    """Deterministic alert id: the same event on the same article version is the same alert."""
    return _hash_id("alert", event_type, watch_id, article_id, str(version))


def webhook_message_id(alert_id: str, sink_name: str) -> str:
    """The `webhook-id` header of one alert sent to one sink: stable across retries and
    replays, so a receiver that dedupes on it never processes an alert twice."""
    return _hash_id("webhook", alert_id, sink_name)


# --- builders -------------------------------------------------------------------------------


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


# --- lead summary ---------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")


def _segmenter_language(language: str | None) -> str:
    code = (language or "en").split("-")[0].lower()
    return code if code in pysbd.languages.LANGUAGE_CODES else "en"


def _cut_at_word(text: str, max_chars: int) -> str:
    cut = text[: max_chars - 1]  # room for the ellipsis
    if text[max_chars - 1 : max_chars] != " ":  # the cut fell inside a word: drop it
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "…"


def lead_summary(
    text: str, *, language: str | None = None, max_sentences: int = 2, max_chars: int = 300
) -> str:
    """The first `max_sentences` sentences of `text`, within `max_chars` (whitespace collapsed).

    Sentences come from pysbd (rule-based: "U.S." does not end a sentence). Whole sentences are
    kept while they fit; a first sentence longer than `max_chars` is cut at a word with "…".
    """
    # Only the head is segmented: the lead is at the start and segmenting is the costly part.
    head = text.strip()[: max_chars * 4]
    # A new Segmenter per call: pysbd keeps per-call state on the instance (not thread-safe).
    segmenter = pysbd.Segmenter(language=_segmenter_language(language), clean=False)
    sentences = [_SPACES.sub(" ", s).strip() for s in segmenter.segment(head)]
    summary = ""
    for sentence in [s for s in sentences if s][:max_sentences]:
        candidate = f"{summary} {sentence}".strip()
        if len(candidate) > max_chars:
            break
        summary = candidate
    if not summary and sentences:
        summary = _cut_at_word(sentences[0], max_chars)
    return summary


# --- human text -----------------------------------------------------------------------------

_RELATION_LABEL = {"new": "new", "update": "updates", "contradiction": "contradicts"}


def _when(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC")


def _story_line(story: StoryInfo) -> str:
    names = f": {', '.join(story.source_names)}" if story.source_names else ""
    plural = "" if story.sources == 1 else "s"
    return (
        f"Piece {story.piece_number} of {story.pieces} on this story, "
        f"{story.sources} source{plural}{names}; first seen {_when(story.first_seen)}"
    )


def _context_line(context: ClaimContextInfo) -> str:
    line = f"  - {_RELATION_LABEL[context.relation]}: {context.sentence}"
    if context.earlier_sentence:
        line += f"\n      earlier ({context.earlier_source or 'unknown source'}): "
        line += context.earlier_sentence
    if context.detail:
        line += f"\n      {context.detail}"
    return line


def _change_line(change: ClaimChangeInfo) -> str:
    label = change.type.replace("_", " ")
    line = f"  - {label}: {change.detail}"
    if change.word_diff:
        line += f"\n      {change.word_diff}"
    elif change.after or change.before:
        line += f"\n      {change.after or change.before}"
    return line


def _render_new(payload: NewArticleAlert) -> tuple[str, str]:
    data = payload.data
    title = f"New piece on {data.watch.title}: {data.article.title} — {data.article.source}"
    lines = [data.article.summary, ""] if data.article.summary else []
    lines += [data.article.url, _story_line(data.story), f"Why: {data.match.explanation}"]
    if data.claims_context:
        lines.append("Claims against the story so far:")
        lines.extend(_context_line(c) for c in data.claims_context)
    return title, "\n".join(lines)


def _render_claims_changed(payload: ClaimsChangedAlert) -> tuple[str, str]:
    data = payload.data
    title = f"Claims changed in {data.article.title}: {data.summary}"
    lines = [
        (
            f"{data.article.source}, version {data.from_version} → {data.to_version} "
            f"({_when(data.from_fetched_at)} → {_when(data.to_fetched_at)})"
        ),
        data.article.url,
        f"Story: {data.watch.title}",
        "Changes:",
        *(_change_line(c) for c in data.changes),
    ]
    return title, "\n".join(lines)


def render_text(payload: AlertPayload) -> tuple[str, str]:
    """(title, body) in plain text, for chat/e-mail sinks and the console."""
    if isinstance(payload, NewArticleAlert):
        return _render_new(payload)
    if isinstance(payload, ClaimsChangedAlert):
        return _render_claims_changed(payload)
    raise TypeError(f"not an alert payload: {type(payload).__name__}")


# --- JSON Schema ----------------------------------------------------------------------------


def alert_json_schema() -> dict:
    # Serialization mode: the schema describes the JSON receivers get, not what we accept.
    schema = _ANY_ALERT.json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "newsmon alert",
        "description": "Body of every newsmon alert (Standard Webhooks style). "
        "See docs/webhooks.md.",
        **schema,
    }


def schema_text() -> str:
    return json.dumps(alert_json_schema(), indent=2, ensure_ascii=False) + "\n"


def write_schema(path: Path = SCHEMA_PATH) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(schema_text(), encoding="utf-8")


if __name__ == "__main__":
    write_schema()
    print(f"wrote {SCHEMA_PATH}")
