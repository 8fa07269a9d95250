"""Values that travel between pipeline stages.

Plain frozen dataclasses: stages take and return these, never Redis or HTTP objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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


@dataclass(frozen=True)
class FetchResult:
    """Outcome of one conditional GET.

    `not_modified` is True for a 304 (body empty). `final_url` is where redirects ended;
    `permanent_redirect` is set when a 301/308 means the stored URL should change.
    """

    url: str
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    final_url: str | None = None
    permanent_redirect: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304
