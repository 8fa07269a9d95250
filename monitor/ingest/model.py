"""What the ingest stage returns: feed items, parsed feeds and extracted pages.

Plain frozen dataclasses: stages take and return these, never Redis or HTTP objects.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from datetime import datetime


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed, as the publisher described it."""

    key: str  # dedup key: GUID, else link, else title+date (see feeds.item_key)
    link: str | None
    title: str
    summary: str = ""
    guid: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    authors: tuple[str, ...] = ()

    def announcement_digest(self) -> str:
        """What the feed says about the entry; when it changes, the publisher announces an
        edit."""
        said = "\x1f".join((self.title, self.summary,
                            self.updated.isoformat() if self.updated else ""))
        return hashlib.sha256(said.encode()).hexdigest()[:16]

    def to_dict(self) -> dict:
        """JSON-safe, for a job's arguments."""
        data = asdict(self)
        for name in ("published", "updated"):
            data[name] = data[name].isoformat() if data[name] else None
        data["authors"] = list(self.authors)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> FeedItem:
        values = dict(data)
        for name in ("published", "updated"):
            values[name] = datetime.fromisoformat(values[name]) if values.get(name) else None
        values["authors"] = tuple(values.get("authors") or ())
        return cls(**values)


@dataclass(frozen=True)
class ParsedFeed:
    """A feed parsed as far as possible. `problem` says what was malformed, if anything."""

    title: str
    link: str | None
    items: tuple[FeedItem, ...]
    problem: str | None = None
    left_out: int = 0  # items the document listed beyond `items` (cut before parsing: trim.py)


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
