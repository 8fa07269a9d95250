"""Ingest, pure: bytes from the network in, values out (no I/O here; monitor.fetch fetched).

    feeds    parse_feed(base_url, body, headers, now) -> ParsedFeed: feedparser on bytes, item keys
    jsonfeed JSON Feed 1.0/1.1 mapped onto feedparser's entry shape (parse_feed calls it)
    extract  extract_article(html, url) -> Extracted: trafilatura text and page metadata
    model    FeedItem, ParsedFeed, Extracted: the values the jobs pass on
    limits   newest_items(items, limit): the items one poll takes (poll.max_items_per_poll)
    discover feed_candidates(page_url, html): the URLs that may be a site's feed (feeds add)
    opml     parse_opml(body) / render_opml(title, feeds): subscription lists in and out
"""
