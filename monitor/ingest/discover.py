"""Feed discovery, pure: which URLs may be a site's feed, given the page a user pointed at.

    is_feed(parsed) -> bool                          a ParsedFeed a poll could use
    feed_candidates(page_url, html) -> [Candidate]   in the order to try them

The order follows what feed readers do: first the feeds the page announces
(`<link rel="alternate" type="application/rss+xml | atom+xml | rdf+xml | feed+json">`, in page order,
resolved against `<base href>` and the page URL), then the paths where sites usually keep one
(/feed, /rss, /rss.xml, /atom.xml, /feed.xml, /index.xml at the site's root). The I/O edge
(workers/feeds.py) fetches each through the daemon's own fetcher and keeps the first that
parses as a feed.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from monitor.ingest.model import ParsedFeed

FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml",
                        "application/feed+json"})
COMMON_PATHS = ("/feed", "/rss", "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml")
# A page announcing more feeds than this is not read further: each one costs a fetch.
MAX_ANNOUNCED = 5


@dataclass(frozen=True)
class Candidate:
    url: str
    how: str  # for the user: "announced by the page" or "common path /feed"


def is_feed(parsed: ParsedFeed) -> bool:
    """A document a poll can use: no problem, or a malformed feed whose items still read."""
    return not parsed.problem or bool(parsed.items)


def feed_candidates(page_url: str, html: bytes) -> list[Candidate]:
    """The URLs to try, announced feeds first, each once, never `page_url` itself."""
    found = [Candidate(url, "announced by the page (rel=alternate)")
             for url in announced_feeds(page_url, html)[:MAX_ANNOUNCED]]
    found += [Candidate(urljoin(page_url, path), f"common path {path}") for path in COMMON_PATHS]
    seen = {page_url}
    unique = []
    for candidate in found:
        if candidate.url not in seen:
            seen.add(candidate.url)
            unique.append(candidate)
    return unique


def announced_feeds(page_url: str, html: bytes) -> list[str]:
    """Absolute http(s) URLs of the feeds `html` announces with rel=alternate, in page order."""
    root = _parse_html(html)
    if root is None:
        return []
    base = page_url
    for href in root.xpath("//base/@href")[:1]:
        base = urljoin(page_url, href.strip())
    urls = []
    for link in root.xpath("//link[@href]"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").split(";")[0].strip().lower()
        if "alternate" in rel and kind in FEED_TYPES:
            url = urljoin(base, link.get("href").strip())
            if urlsplit(url).scheme in ("http", "https") and url not in urls:
                urls.append(url)
    return urls


def _parse_html(html: bytes):
    if not html or not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
