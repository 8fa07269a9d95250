"""/api/v1/stories and /api/v1/stories/{watch}: the story read model (monitor.views.storyview,
the same values the story page shows), served as its `to_dict()` gives it.

The read model's values are dataclasses with hand-written `to_dict()`s (times as ISO strings,
a ledger claim flattened into its piece's fields), so their JSON is described here, once, by
pydantic models the OpenAPI document is generated from (STORY_MODELS). tests/test_api.py
validates real responses against that document with every object closed (no key left
undocumented), so the description cannot fall behind the read model unnoticed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import redis
from pydantic import Field

from monitor.alerts.payloads import ClaimChangeInfo
from monitor.settings import WatchList
from monitor.views.api.models import ApiModel
from monitor.views.api.query import story_title
from monitor.views.storyview import RELATIONS, list_stories, read_story

Time = datetime | None  # ISO 8601 UTC ("2025-07-25T14:02:11Z"); null: unknown


def stories_list(client: redis.Redis, watchlist: WatchList | None) -> dict:
    """Every watch of the watch list in force with its story so far, in list order."""
    return {"stories": [s.to_dict() for s in list_stories(client, watchlist)]}


def story_detail(client: redis.Redis, watchlist: WatchList | None, watch_id: str) -> dict:
    """One story as the story page shows it, or RequestError(404) for a watch that neither is
    listed nor has a story."""
    return read_story(client, watch_id, title=story_title(client, watchlist, watch_id)).to_dict()


# --- what the read model's to_dict() gives -------------------------------------------------


class StorySummary(ApiModel):
    watch_id: str = Field(description="The watch id.")
    title: str = Field(description="The watch's title.")
    pieces: int = Field(ge=0, description="Distinct pieces on the story so far.")
    sources: list[str] = Field(description="Their sources.")
    first_seen: Time = Field(description="When the first piece was seen.")
    last_activity: Time = Field(description="When the latest piece was first seen.")


class StoryList(ApiModel):
    stories: list[StorySummary] = Field(description="One per watch, in watch-list order.")


class PieceVersion(ApiModel):
    n: int = Field(ge=1, description="Version number.")
    fetched_at: Time = Field(description="When this text was fetched.")


class PieceCopy(ApiModel):
    url: str = Field(description="Where the syndicated copy was found.")
    source: str = Field(description="Its feed or site name.")
    seen_at: Time = Field(description="When newsmon first saw it.")


class StoryVersionChanges(ApiModel):
    from_version: int = Field(description="Earlier version compared.")
    to_version: int = Field(description="The version after it.")
    from_fetched_at: Time = Field(description="When the earlier version was fetched.")
    to_fetched_at: Time = Field(description="When the later one was fetched.")
    summary: str = Field(description="The changes in one line.")
    changes: list[ClaimChangeInfo] = Field(description="Typed claim changes; empty: style "
                                           "only.")
    computed_on_read: bool = Field(description="Compared when read (a version stored before "
                                   "comparisons were recorded), not by the re-check.")


class StoryPiece(ApiModel):
    number: int = Field(description="Piece number on the story (arrival order).")
    article_id: str = Field(description="newsmon's article id (/api/v1/articles/{id}).")
    title: str = Field(description="Headline.")
    url: str = Field(description="The link as the feed gave it.")
    canonical_url: str = Field(description="rel=canonical, tracking parameters stripped.")
    source: str = Field(description="Feed or site name.")
    feed_id: str = Field(description="The feed it came from.")
    first_seen: Time = Field(description="When newsmon first saw it.")
    published: Time = Field(description="Publication time the ledger used (null: unknown).")
    authors: list[str] = Field(description="Bylines.")
    status: str = Field(description="`ok`, `summary_only` or `feed_only`.")
    version_count: int = Field(description="Versions ever stored.")
    versions: list[PieceVersion] = Field(description="Versions still kept, oldest first.")
    copies: list[PieceCopy] = Field(description="Syndicated copies folded into it.")
    changes: list[StoryVersionChanges] = Field(description="Edits, oldest first.")


class ClaimRef(ApiModel):
    piece: int = Field(description="Number of the piece that makes the claim.")
    source: str = Field(description="Its source.")
    sentence: str = Field(description="The claim sentence.")
    published: Time = Field(description="The piece's time in the ledger.")


class LedgerClaim(ClaimRef):
    relation: Literal[RELATIONS] = Field(description="How the claim met the story when its "
                                         "piece arrived.")
    detail: str = Field(description="What differs, in a few words.")
    kind: str = Field(description="How it differs from `other`: `update` or `contradiction` "
                      "(empty when it does not).")
    other: ClaimRef | None = Field(description="The claim it updates, contradicts or "
                                   "predates.")


class SubjectGroup(ApiModel):
    key: str = Field(description="`figure:...`, `speaker:...`, `status:...` or `about:...`.")
    kind: str = Field(description="What the claims are about: `figure`, `status`, `speaker`, "
                      "`about` or `other`.")
    label: str = Field(description="Human label.")
    sources: list[str] = Field(description="Sources of these claims.")
    claims: list[LedgerClaim] = Field(description="The claims about it.")
    more: int = Field(description="Claims about it left off (page limits).")


class Disagreement(ApiModel):
    kind: Literal["contradiction", "update"] = Field(description="Opposite statements, or "
                                                     "another figure for the same count.")
    detail: str = Field(description="What differs.")
    earlier: ClaimRef = Field(description="The earlier-published claim.")
    later: ClaimRef = Field(description="The later one.")
    earlier_report: bool = Field(description="The earlier claim's piece arrived later: older "
                                 "news seen late, not a reversal.")


class PageLimits(ApiModel):
    pieces: int
    claims_per_piece: int
    claims_per_subject: int
    subjects: int
    disagreements: int
    computed_comparisons: int
    versions_per_piece: int


class StoryView(ApiModel):
    watch_id: str = Field(description="The watch id.")
    title: str = Field(description="The watch's title.")
    piece_count: int = Field(description="All pieces of the story, shown or not.")
    sources: list[str] = Field(description="Sources of the story's pieces.")
    first_seen: Time = Field(description="When the first piece was seen.")
    last_seen: Time = Field(description="When the latest piece was seen.")
    last_activity: Time = Field(description="Last piece or version seen.")
    pieces: list[StoryPiece] = Field(description="In time order (publication, else first "
                                     "seen); the latest `limits.pieces`.")
    subjects: list[SubjectGroup] = Field(description="The story's claims by subject.")
    disagreements: list[Disagreement] = Field(description="Claims of the story that differ.")
    omitted: dict[str, int] = Field(description="What the page limits left out, counted.")
    limits: PageLimits = Field(description="The limits one response keeps to.")


STORY_MODELS = (StoryList, StoryView)
