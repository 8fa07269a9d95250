"""A validated watch list with its queries parsed, as loaded from `watches.yaml` or from Redis."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from monitor.query.nodes import Query
from monitor.query.parser import parse_query
from monitor.settings import WatchList


@dataclass(frozen=True)
class CompiledWatchList:
    """A validated watch list with its queries parsed, and a version hash of its content."""

    watchlist: WatchList
    queries: dict[str, Query]  # watch id -> its parsed query
    version: str

    @classmethod
    def from_parsed(cls, watchlist: WatchList, queries: dict[str, Query]) -> CompiledWatchList:
        """A watch list whose queries the caller has parsed (to report every error at once)."""
        return cls(watchlist, queries, _version(watchlist.model_dump_json()))

    @classmethod
    def from_json(cls, text: str) -> CompiledWatchList:
        """The watch list `to_json` wrote; its queries were valid then, so they parse again."""
        watchlist = WatchList.model_validate_json(text)
        queries = {w.id: parse_query(w.query) for w in watchlist.watches}
        return cls(watchlist, queries, _version(text))

    def to_json(self) -> str:
        return self.watchlist.model_dump_json()


def _version(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]
