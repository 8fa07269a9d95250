"""The story read model, under the name the read API imports (`monitor.views.story_model`):
the package monitor.views.storyview holds it."""

from monitor.views.storyview import (
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
    list_stories,
    read_story,
)

__all__ = [
    "RELATIONS", "ChangeView", "ClaimRef", "CopyView", "Disagreement", "LedgerClaim", "Limits",
    "PieceView", "StorySummary", "StoryView", "SubjectGroup", "VersionChanges", "VersionView",
    "diff_parts", "list_stories", "read_story",
]
