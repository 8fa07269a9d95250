"""Stories: which watches a new piece belongs to, and how its claims relate to the story's.

Pure decisions, no I/O: the item job (monitor.jobs.pieces) reads the story state from Redis
(monitor.state.stories), asks these functions, and writes and alerts what they return.

    matching_watches(watchlist, feed_id, document) -> [WatchMatch]   rule order in its docstring
    relate_piece(article_id, source, claims, ledger, seen_at, published) -> LedgerStep
                                          (in publication order: an older piece seen late
                                          makes an `earlier_report`, not a contradiction)
    relate_slice(article_id, source, claims, part, seen_at, when) -> LedgerStep  (as
                                          relate_piece, given the candidates only)
    new_piece_verdict(watch, backlog=, published=, now=) -> NewAlertVerdict  rule order in its
                                                                            docstring
"""

from monitor.stories.backlog import (
    NewAlertVerdict,
    new_piece_verdict,
    plausible_time,
    published_timestamp,
)
from monitor.stories.ledger import (
    LedgerSlice,
    LedgerStep,
    piece_time,
    relate_piece,
    relate_slice,
)
from monitor.stories.matching import WatchMatch, matching_watches

__all__ = ["LedgerSlice", "LedgerStep", "piece_time", "relate_slice", "NewAlertVerdict", "WatchMatch", "matching_watches",
           "new_piece_verdict", "plausible_time", "published_timestamp", "relate_piece"]
