"""Which watches a new piece matches: a pure yes/no per watch, in watch-list order."""

from __future__ import annotations

from dataclasses import dataclass

from monitor.query import CompiledWatchList, Document, MatchResult, match
from monitor.settings import WatchSettings


@dataclass(frozen=True)
class WatchMatch:
    watch: WatchSettings
    result: MatchResult  # why it matched, for the alert


def matching_watches(compiled: CompiledWatchList, feed_id: str,
                     document: Document) -> list[WatchMatch]:
    """The watches `document` (a new piece from `feed_id`) belongs to. Rule order per watch:

      1. the watch is restricted to feeds and `feed_id` is not one of them -> no
      2. the watch's query does not match the title and text -> no
      3. otherwise -> yes, with the match explanation
    """
    matches = []
    for watch in compiled.watchlist.watches:
        if watch.feeds and feed_id not in watch.feeds:
            continue
        result = match(compiled.queries[watch.id], document)
        if result.matched:
            matches.append(WatchMatch(watch, result))
    return matches
