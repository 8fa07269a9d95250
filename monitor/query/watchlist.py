"""A validated watch list with its queries parsed, as workers share it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from monitor.query import parse_query
from monitor.settings import WatchList


@dataclass(frozen=True)
class CompiledWatchList:
    """A validated watch list with its queries parsed, and a version hash of its content."""

    watchlist: WatchList
    queries: dict[str, Any]  # watch id -> monitor.query.Query
    version: str

    @classmethod
    def from_json(cls, text: str) -> CompiledWatchList:
        watchlist = WatchList.model_validate_json(text)
        queries = {w.id: parse_query(w.query) for w in watchlist.watches}
        return cls(watchlist, queries, watchlist_version(text))

    def to_json(self) -> str:
        return self.watchlist.model_dump_json()


def watchlist_version(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]
