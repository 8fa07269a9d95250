"""Stories: which watches a new piece belongs to, and how its claims relate to the story's.

Pure decisions, no I/O: the item job (monitor.jobs.pieces) reads the story state from Redis
(monitor.state.stories), asks these functions, and writes and alerts what they return.

    matching_watches(watchlist, feed_id, document) -> [WatchMatch]   rule order in its docstring
    relate_piece(article_id, source, claims, ledger, seen_at, published) -> LedgerStep
                                          (in publication order: an older piece seen late
                                          makes an `earlier_report`, not a contradiction)
    new_piece_verdict(watch, backlog=, published=, now=) -> NewAlertVerdict  rule order in its
                                                                            docstring
"""

from monitor.stories.backlog import (
    NewAlertVerdict,
    new_piece_verdict,
    plausible_time,
    published_timestamp,
)
from monitor.stories.ledger import LedgerStep, relate_piece
from monitor.stories.matching import WatchMatch, matching_watches

__all__ = ["LedgerStep", "NewAlertVerdict", "WatchMatch", "matching_watches",
           "new_piece_verdict", "plausible_time", "published_timestamp", "relate_piece"]
