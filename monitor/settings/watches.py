"""The watch list, `watches.yaml`: feeds and watches."""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import (
    Field,
    HttpUrl,
    model_validator,
)

from monitor.settings.types import Duration, Strict

_ID = r"^[a-z0-9][a-z0-9_.-]*$"


class FeedSettings(Strict):
    url: HttpUrl = Field(description="The RSS, Atom or RDF feed URL.")
    id: str | None = Field(
        None,
        pattern=_ID,
        description="Short id used in logs, status and watch `feeds:` lists. Default: derived "
        "from the URL.",
    )
    name: str | None = Field(None, description="Human name of the source, shown in alerts.")
    interval: Duration | None = Field(
        None, description="Poll interval (e.g. 5m). Default: poll.default_interval."
    )

    @property
    def feed_id(self) -> str:
        return self.id or "f-" + hashlib.sha256(str(self.url).encode()).hexdigest()[:12]


EventName = Literal["new", "claims_changed"]


class WatchSettings(Strict):
    id: str = Field(pattern=_ID, description="Stable id; alerts and story state are keyed by it.")
    title: str = Field(description="Human title of the story, shown in alerts.")
    query: str = Field(
        description="Boolean query over title and text: words, \"phrases\", AND/OR/NOT, "
        "parentheses, title:/text: scopes. See docs/queries.md."
    )
    feeds: list[str] | None = Field(
        None, description="Only articles from these feed ids. Default: all feeds."
    )
    events: list[EventName] = Field(
        ["new", "claims_changed"], min_length=1, description="Which alerts this watch sends."
    )
    sinks: list[str] = Field(
        ["console"], min_length=1, description="Names of sinks (from newsmon.yaml) to alert."
    )
    backlog: Literal["silent", "alert"] = Field(
        "silent",
        description="What to do with the items a feed already lists when newsmon first polls "
        "it (at first start, or when the feed is added later): `silent` stores them, joins them "
        "to the story and sends no `new` alert; `alert` alerts on them like on later items.",
    )
    max_age: Duration | None = Field(
        None,
        description="No `new` alert for a piece published longer ago than this (e.g. 2d). A "
        "piece with no published date, or an implausible one (before 1990, more than a day "
        "ahead), is never silenced by it. Empty: no age limit.",
    )


class WatchList(Strict):
    """The watch list, `watches.yaml`."""

    feeds: list[FeedSettings] = Field([], description="Feeds to poll.")
    watches: list[WatchSettings] = Field([], description="Stories to watch.")

    @model_validator(mode="after")
    def _references_resolve(self) -> WatchList:
        feed_ids = [f.feed_id for f in self.feeds]
        dupes = sorted({f for f in feed_ids if feed_ids.count(f) > 1})
        if dupes:
            raise ValueError(f"feed ids must be unique; repeated: {', '.join(dupes)}")
        watch_ids = [w.id for w in self.watches]
        dupes = sorted({w for w in watch_ids if watch_ids.count(w) > 1})
        if dupes:
            raise ValueError(f"watch ids must be unique; repeated: {', '.join(dupes)}")
        return self

    def feed(self, feed_id: str) -> FeedSettings | None:
        return next((f for f in self.feeds if f.feed_id == feed_id), None)
