"""Prometheus metrics of this process: every family newsmon records, defined once.

Counters and histograms count what *this* process did (each role serves its own /metrics and
Prometheus sums over them); figures of the shared state (queue depths, disabled sinks, feeds in
backoff) are read from Redis at scrape time by the status server instead. Labels are small,
fixed sets (outcomes, kinds, alert types, job names), never URLs or ids: every label value is a
time series of its own.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from prometheus_client import Counter, Histogram, Info

# Latency buckets: fast Redis-bound steps up to slow remote pages and retried webhooks.
_SECONDS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
# From a feed entry's poll to its alert: queue waits included, so minutes are normal at load.
_LATENCY = (0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600)

POLLS = Counter("newsmon_polls", "Feed polls by outcome (ok, not_modified, failed)",
                ["outcome"])
FEED_ITEMS = Counter("newsmon_feed_items", "Feed entries not seen before, handed to item jobs")
ARTICLES = Counter("newsmon_articles_stored", "Pieces stored, by text (page, or the feed's "
                   "summary_only when the page could not be fetched)", ["kind"])
COPIES = Counter("newsmon_copies_folded", "Pages folded into an earlier piece as copies")
MATCHES = Counter("newsmon_matches", "Pieces matched to a watch (one per piece and watch)")
ALERTS = Counter("newsmon_alerts", "Alerts created, by type", ["type"])
DELIVERIES = Counter("newsmon_deliveries", "Delivery attempts by outcome (delivered, retry, "
                     "dead_lettered, skipped, busy)", ["outcome"])
RETRIES = Counter("newsmon_retries", "Retries scheduled: a delivery attempt to try again "
                  "(kind=delivery) or a failed job Dramatiq runs again (kind=job)", ["kind"])
DEAD_LETTERS = Counter("newsmon_dead_letters", "Given up: alert deliveries (kind=delivery) "
                       "or jobs after all their retries (kind=job)", ["kind"])
RELOAD_FAILURES = Counter("newsmon_watchlist_reload_failures",
                          "Edits of the watch list refused as invalid (the last good one stays)")

FETCH = Histogram("newsmon_fetch_seconds", "HTTP fetches (feed, page, recheck), whole body read",
                  ["kind"], buckets=_SECONDS)
EXTRACTION = Histogram("newsmon_extraction_seconds", "Article text extraction of one page",
                       buckets=_SECONDS)
CLAIM_COMPARISON = Histogram("newsmon_claim_comparison_seconds",
                             "Claim comparison of two versions of an article", buckets=_SECONDS)
ITEM_TO_ALERT = Histogram("newsmon_item_to_alert_seconds", "From the enqueueing of the job "
                          "that found it (the poll; the edit check; a page retry) to the alert "
                          "created",
                          ["type"], buckets=_LATENCY)
DELIVERY = Histogram("newsmon_delivery_seconds", "One delivery attempt, by outcome",
                     ["outcome"], buckets=_SECONDS)

BUILD = Info("newsmon_build", "The running newsmon")


@contextmanager
def timed(histogram, **labels: str) -> Iterator[dict[str, str]]:
    """Observe the duration of the block, whether it succeeds or raises. Yields the labels, for
    the block to settle one it only learns at the end (an outcome)."""
    start = time.perf_counter()
    try:
        yield labels
    finally:
        (histogram.labels(**labels) if labels else histogram).observe(
            time.perf_counter() - start)
