"""Stories: which watches a new piece belongs to, and how its claims relate to the story's.

Pure decisions, no I/O: the item job (monitor.jobs.pieces) reads the story state from Redis
(monitor.state.stories), asks these functions, and writes and alerts what they return.

    matching_watches(watchlist, feed_id, document) -> [WatchMatch]   rule order in its docstring
    relate_piece(article_id, source, claims, ledger, seen_at) -> LedgerStep
"""

from monitor.stories.ledger import LedgerStep, relate_piece
from monitor.stories.matching import WatchMatch, matching_watches

__all__ = ["LedgerStep", "WatchMatch", "matching_watches", "relate_piece"]
