"""news-monitor: a streaming news-monitor daemon.

The folders are the pipeline (docs/architecture.md draws it). Each stage is a package with a
pure core and a thin I/O edge; imports point only downward (the import-linter contracts in
pyproject.toml):

    jobs     the job functions that orchestrate: poll a feed, take an item, retry a page,
             re-check an article, deliver an alert (one table of them: jobs/table.py)
    views    what `newsmon status`, `story`, `alerts` and `test-watch` show
    config   reading the two YAML files, with line and column in every error
    alerts   payloads (pure), delivery with retries, sinks (webhook, Apprise, console)
    stories  which watches a piece matches, how its claims meet the story's ledger (pure)
    edits    the re-check schedule, what a re-fetched text is (pure)
    state    Redis: every key, the stores and queues (one owner class per structure)
    fetch    HTTP with manners and caution: caps, conditional GET, Retry-After, SSRF guard
    ingest   feeds (feedparser on bytes) and article extraction (trafilatura)
    dedup    item keys, canonical URLs, content hashes, MinHash signatures (pure)
    query    the watch query language: parse, match, explain (pure)
    claims   claim frames, sentence alignment, typed claim changes (pure)
    settings typed settings, validated at start-up;  errors  the error tree
    redact, typography, metrics, logcontext   small shared modules at the bottom
"""

__version__ = "0.1.0"
