"""news-monitor: a streaming news-monitor daemon.

The pipeline, one module per stage, each a pure core with a thin I/O edge:

    fetch      -> HTTP hygiene (httpx): size caps, conditional GET, Retry-After, SSRF guard
    feeds      -> parse_feed(base_url, body, headers): feedparser on bytes
    extract    -> extract_article(html, url): trafilatura text + metadata
    dedup      -> item keys, canonical URLs, content hashes (pure) + "seen?" store calls
    neardup    -> MinHash LSH in Redis: syndicated copies fold into the original
    store      -> articles and their compressed versions in Redis
    query      -> the watch query language: parse + match + explain (pure)
    claims     -> claim frames, sentence alignment, typed claim changes (pure)
    story      -> per-watch story state and claim ledger
    alerts     -> alert payloads (pure) ; sinks -> webhook / apprise / console delivery
"""

__version__ = "0.1.0"
