"""The story page's read model: one story read from the state stores, as frozen values with
`to_dict()` (plain JSON-able data). The story page (monitor.views.storypage), `newsmon report`
and the read API (`/api/v1/stories/{watch}`) all serve these.

    read_story(client, watch_id, title="", limits=Limits()) -> StoryView
    list_stories(client, watchlist) -> list[StorySummary]

Modules: model (the values), read (the stores' records -> values), relations (how each claim
met the story, worked out again on read), subjects (what a claim is about, for grouping).
"""

from monitor.views.storyview.model import (
    RELATIONS,
    ChangeView,
    ClaimRef,
    CopyView,
    Disagreement,
    LedgerClaim,
    Limits,
    PieceView,
    StorySummary,
    StoryView,
    SubjectGroup,
    VersionChanges,
    VersionView,
    diff_parts,
)
from monitor.views.storyview.read import list_stories, read_story

__all__ = [
    "RELATIONS", "ChangeView", "ClaimRef", "CopyView", "Disagreement", "LedgerClaim", "Limits",
    "PieceView", "StorySummary", "StoryView", "SubjectGroup", "VersionChanges", "VersionView",
    "diff_parts", "list_stories", "read_story",
]
