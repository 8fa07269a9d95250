"""Alerts as plain text (title, body): what chat and e-mail sinks and the console show."""

from __future__ import annotations

from datetime import datetime

from monitor.alerts.payloads import (
    AlertPayload,
    ClaimChangeInfo,
    ClaimContextInfo,
    ClaimsChangedAlert,
    NewArticleAlert,
    StoryInfo,
)

# How a line names each of monitor.claims.RELATIONS (a test keeps the keys equal to it).
RELATION_LABELS = {"new": "new", "update": "updates", "contradiction": "contradicts",
                   "earlier_report": "reported earlier, differs from"}


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
    line = f"  - {RELATION_LABELS[context.relation]}: {context.sentence}"
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
