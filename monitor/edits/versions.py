"""Re-check decisions: the decaying schedule, and what a re-fetched text is."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from monitor.claims import check_version_sanity
from monitor.dedup.keys import content_hash


def next_check_due(first_seen: float, schedule: Sequence[float], index: int,
                   now: float) -> float | None:
    """Check `index` is due at first_seen + schedule[index] (never in the past); past the end
    of the schedule there are no more checks."""
    if index >= len(schedule):
        return None
    return max(first_seen + schedule[index], now)


def page_digest(body: bytes) -> str:
    """A digest of a page's raw bytes. For a server that ignores validators: the same bytes
    again need no extraction, the text cannot have changed."""
    return hashlib.sha256(body).hexdigest()


@dataclass(frozen=True)
class TextVerdict:
    """"unchanged" (same normalized text), "rejected" (a partial page: consent wall, paywall,
    sudden length drop — not a version; `reason` says which) or "changed" (a new version)."""

    outcome: str
    digest: str
    reason: str = ""


def judge_new_text(latest_text: str, latest_hash: str, text: str,
                   min_length_ratio: float) -> TextVerdict:
    digest = content_hash(text)
    if digest == latest_hash:
        return TextVerdict("unchanged", digest)
    plausible, reason = check_version_sanity(latest_text, text, min_length_ratio)
    if not plausible:
        return TextVerdict("rejected", digest, reason)
    return TextVerdict("changed", digest)
