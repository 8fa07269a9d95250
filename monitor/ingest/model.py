"""What the ingest stage returns: feed items, parsed feeds and extracted pages.

Plain frozen dataclasses: stages take and return these, never Redis or HTTP objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed, as the publisher described it."""

    key: str  # dedup key: GUID, else link, else title+date (see dedup.item_key)
    link: str | None
    title: str
    summary: str = ""
    guid: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    authors: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedFeed:
    """A feed parsed as far as possible. `problem` says what was malformed, if anything."""

    title: str
    link: str | None
    items: tuple[FeedItem, ...]
    problem: str | None = None


@dataclass(frozen=True)
class Extracted:
    """Clean text and metadata of one article page."""

    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None  # ISO date as the page states it
    sitename: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    description: str | None = None
