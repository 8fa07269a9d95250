"""The story page's read model: frozen values, each with `to_dict()` giving plain JSON-able
data (times as ISO 8601 UTC strings). The HTML page (monitor.views.storypage) and the read
API (`/api/v1/stories/{watch}`) both serve these, so they say the same thing.

Every string in here comes from third-party feeds and pages: whoever renders it escapes it.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

RELATIONS = ("new", "update", "contradiction", "earlier_report", "repeat")


def iso(seconds: float | None) -> str | None:
    """Unix seconds as ISO 8601 UTC ("2025-07-25T14:02:11Z"); None stays None."""
    if not seconds:
        return None
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Limits:
    """What one page shows at most, so a page costs the same however large the story grows.
    What is left out is counted (StoryView.omitted) and the page says so."""

    pieces: int = 40  # the latest pieces (by number)
    claims_per_piece: int = 30  # anchored claims read from each piece's ledger entries
    claims_per_subject: int = 12
    subjects: int = 30
    disagreements: int = 40
    computed_comparisons: int = 10  # versions compared on read (recorded before the log)
    versions_per_piece: int = 20


LIMITS = Limits()


@dataclass(frozen=True)
class CopyView:
    url: str
    source: str
    seen_at: float

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "source": self.source, "seen_at": iso(self.seen_at)}


@dataclass(frozen=True)
class VersionView:
    n: int
    fetched_at: float

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.n, "fetched_at": iso(self.fetched_at)}


_DIFF_MARK = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.S)


def diff_parts(word_diff: str) -> list[tuple[str, str]]:
    """A `[-old-] {+new+}` word diff as (kind, text) runs, kind "same", "del" or "ins", for
    <del>/<ins> markup. Text that only looks like a marker is shown as it stands."""
    parts: list[tuple[str, str]] = []
    at = 0
    for match in _DIFF_MARK.finditer(word_diff):
        if match.start() > at:
            parts.append(("same", word_diff[at:match.start()]))
        removed, added = match.group(1), match.group(2)
        parts.append(("del", removed) if removed is not None else ("ins", added or ""))
        at = match.end()
    if at < len(word_diff):
        parts.append(("same", word_diff[at:]))
    return parts


@dataclass(frozen=True)
class ChangeView:
    """One typed claim change (monitor.claims.ClaimChange)."""

    type: str
    before: str | None
    after: str | None
    word_diff: str
    detail: str

    @property
    def parts(self) -> list[tuple[str, str]]:
        return diff_parts(self.word_diff)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class VersionChanges:
    """How one version's claims differ from the version before it."""

    from_version: int
    to_version: int
    from_fetched_at: float
    to_fetched_at: float
    summary: str
    changes: tuple[ChangeView, ...]
    computed_on_read: bool = False  # not recorded by the re-check (a version stored before)

    def to_dict(self) -> dict[str, Any]:
        return {"from_version": self.from_version, "to_version": self.to_version,
                "from_fetched_at": iso(self.from_fetched_at),
                "to_fetched_at": iso(self.to_fetched_at), "summary": self.summary,
                "changes": [c.to_dict() for c in self.changes],
                "computed_on_read": self.computed_on_read}


@dataclass(frozen=True)
class PieceView:
    number: int
    article_id: str
    title: str
    url: str  # as the feed linked it
    canonical_url: str  # rel=canonical, tracking parameters stripped
    source: str
    feed_id: str
    first_seen: float
    published: float | None  # the publication time the ledger used (None: unknown)
    authors: tuple[str, ...]
    status: str  # "ok", "summary_only", "feed_only" (monitor.state.articles.Article)
    version_count: int  # versions ever stored (numbers keep counting when old ones go)
    versions: tuple[VersionView, ...]  # the versions still kept, oldest first
    copies: tuple[CopyView, ...]
    changes: tuple[VersionChanges, ...]  # oldest first; style-only edits have no changes

    @property
    def anchor(self) -> str:
        return f"piece-{self.number}"

    @property
    def claim_changes(self) -> int:
        return sum(len(v.changes) for v in self.changes)

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "article_id": self.article_id, "title": self.title,
                "url": self.url, "canonical_url": self.canonical_url, "source": self.source, "feed_id": self.feed_id,
                "first_seen": iso(self.first_seen), "published": iso(self.published),
                "authors": list(self.authors), "status": self.status,
                "version_count": self.version_count,
                "versions": [v.to_dict() for v in self.versions],
                "copies": [c.to_dict() for c in self.copies],
                "changes": [c.to_dict() for c in self.changes]}


@dataclass(frozen=True)
class ClaimRef:
    """A claim of a piece of the story: which piece, its source, when it was published."""

    piece: int
    source: str
    sentence: str
    published: float  # the piece's time in the ledger (publication, else first seen)

    def to_dict(self) -> dict[str, Any]:
        return {"piece": self.piece, "source": self.source, "sentence": self.sentence,
                "published": iso(self.published)}


@dataclass(frozen=True)
class LedgerClaim:
    """A claim in the ledger and how it met the story when its piece arrived: `new`,
    `update` or `contradiction` of an earlier claim, `earlier_report` (it differs from a claim
    published after it: older news seen late), or `repeat` of a claim already there."""

    claim: ClaimRef
    relation: str  # one of RELATIONS
    detail: str = ""
    other: ClaimRef | None = None  # the claim it updates, contradicts or predates
    kind: str = ""  # how it differs from `other`: "update" or "contradiction"

    def to_dict(self) -> dict[str, Any]:
        return {**self.claim.to_dict(), "relation": self.relation, "detail": self.detail,
                "kind": self.kind, "other": self.other.to_dict() if self.other else None}


@dataclass(frozen=True)
class SubjectGroup:
    """The claims about one thing: a figure ("death toll"), a speaker's quotes, the status of
    an event (talks going on or stopped, a party at the table or gone), or a named party."""

    key: str  # "figure:death toll", "speaker:hamas", "status:continuity", "about:qatar"
    kind: str  # "figure", "speaker", "status", "about"
    label: str
    claims: tuple[LedgerClaim, ...]
    more: int = 0  # claims about it left off the page (Limits.claims_per_subject)

    @property
    def sources(self) -> list[str]:
        return sorted({c.claim.source for c in self.claims})

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "kind": self.kind, "label": self.label,
                "sources": self.sources, "claims": [c.to_dict() for c in self.claims],
                "more": self.more}


@dataclass(frozen=True)
class Disagreement:
    """Two claims of the story that differ, the earlier-published one first. `kind`:
    "contradiction" (opposite statements) or "update" (another figure for the same count).
    `earlier_report`: the earlier claim's piece arrived after the later one, so the story
    reads it as older news, not as a reversal."""

    kind: str
    detail: str
    earlier: ClaimRef
    later: ClaimRef
    earlier_report: bool

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "detail": self.detail, "earlier": self.earlier.to_dict(),
                "later": self.later.to_dict(), "earlier_report": self.earlier_report}


@dataclass(frozen=True)
class StoryView:
    watch_id: str
    title: str
    pieces: tuple[PieceView, ...]  # in time order (publication, else first seen)
    sources: tuple[str, ...]
    first_seen: float
    last_seen: float
    last_activity: float  # last piece or version seen
    subjects: tuple[SubjectGroup, ...]
    disagreements: tuple[Disagreement, ...]
    piece_count: int  # all pieces of the story, shown or not
    omitted: dict[str, int] = field(default_factory=dict)  # what the Limits left out
    limits: Limits = field(default_factory=Limits)

    @property
    def numbers(self) -> frozenset[int]:
        """The numbers of the pieces on the page (a claim may point at an older one)."""
        return frozenset(p.number for p in self.pieces)

    def to_dict(self) -> dict[str, Any]:
        return {"watch_id": self.watch_id, "title": self.title,
                "piece_count": self.piece_count, "sources": list(self.sources),
                "first_seen": iso(self.first_seen), "last_seen": iso(self.last_seen),
                "last_activity": iso(self.last_activity),
                "pieces": [p.to_dict() for p in self.pieces],
                "subjects": [s.to_dict() for s in self.subjects],
                "disagreements": [d.to_dict() for d in self.disagreements],
                "omitted": dict(self.omitted), "limits": asdict(self.limits)}


@dataclass(frozen=True)
class StorySummary:
    """One line of the story list: a watch of the watch list and its story so far."""

    watch_id: str
    title: str
    pieces: int
    sources: tuple[str, ...]
    first_seen: float
    last_activity: float  # when its latest piece was first seen (0: no piece yet)

    @property
    def numbers(self) -> frozenset[int]:
        """The numbers of the pieces on the page (a claim may point at an older one)."""
        return frozenset(p.number for p in self.pieces)

    def to_dict(self) -> dict[str, Any]:
        return {"watch_id": self.watch_id, "title": self.title, "pieces": self.pieces,
                "sources": list(self.sources),
                "first_seen": iso(self.first_seen), "last_activity": iso(self.last_activity)}
