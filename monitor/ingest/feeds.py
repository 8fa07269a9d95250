"""Feed parsing: RSS 0.9x, RSS 1.0 (RDF), RSS 2.0 and Atom bytes -> ParsedFeed. Pure.

    parse_feed(base_url, body, headers) -> ParsedFeed
    item_key(guid, link, title, published) -> str      # the dedup key of a feed item

feedparser gets the bytes wrapped in a stream and the response headers (Content-Type carries
the charset), never a URL: handed a bare string or bytes, feedparser would fetch it if it looks
like a URL and open it if it names a local file.

Relative links are resolved here against the document base (Content-Location, else the URL
the feed was fetched from); feedparser only applies in-document `xml:base`. Keeping the fetch
URL away from feedparser matters for dedup: it also "resolves" non-URL Atom ids against the
base, and a feed that moved (301) would then give every item a new GUID and alert again.

A malformed feed is parsed as far as feedparser's lenient parser gets, and what was wrong goes
into `ParsedFeed.problem` instead of raising: a broken feed still yields its readable items.
"""

from __future__ import annotations

import hashlib
import io
import re
import xml.sax
from collections.abc import Mapping
from datetime import UTC, datetime
from time import struct_time
from urllib.parse import urljoin, urlsplit

import feedparser
import lxml.html
from feedparser.exceptions import CharacterEncodingUnknown
from lxml import etree

from monitor.ingest.model import FeedItem, ParsedFeed

_BLOCK_TAGS = (
    *("p", "div", "br", "hr", "pre", "blockquote", "section", "article"),
    *("ul", "ol", "li", "table", "tr", "td", "th", "figure", "figcaption"),
    *("h1", "h2", "h3", "h4", "h5", "h6"),
)
_WHITESPACE = re.compile(r"\s+")
_MARKUP = re.compile(r"</?[A-Za-z][^>]*>")
# RSS 2.0 <author> is "email (Name)"; feedparser mangles the name when the TLD is long
# ("jonas@insanity.industries (Jonas)" -> "stries (Jonas").
_EMAIL_THEN_NAME = re.compile(r"^[^@\s()]+@[^\s()]+\s*\((?P<name>[^()]+)\)$")
_NAME_THEN_EMAIL = re.compile(r"^(?P<name>[^()]+?)\s*\(\s*[^@\s()]+@[^\s()]+\s*\)$")
_AUTHOR_SEPARATORS = re.compile(r"\s*;\s*|\s+and\s+|\s+&\s+")


# --- the dedup key ---------------------------------------------------------------------------


def item_key(
    guid: str | None, link: str | None, title: str | None, published: datetime | None
) -> str:
    """The stable identity of a feed item. The first rule that applies wins:

    1. the GUID (RSS `<guid>`, Atom `<id>`), trimmed: `guid:<guid>`. Publishers promise it is
       unique and stable, even when they edit the title or the link.
    2. the link, trimmed, as resolved from the feed: `link:<url>`. Not canonicalised here
       (tracking parameters and rel=canonical are the article dedup's business).
    3. title and publication date: `title:<32 hex of sha256>` over the whitespace-collapsed,
       case-folded title and the ISO date (empty when the feed gives none). Hashed so the key
       stays short; case and spacing are folded so a re-rendered title is the same item.

    Raises ValueError when the item has neither GUID, link nor title: nothing to key on.
    """
    if guid and guid.strip():
        return f"guid:{guid.strip()}"
    if link and link.strip():
        return f"link:{link.strip()}"
    if title and title.strip():
        normal_title = _WHITESPACE.sub(" ", title).strip().casefold()
        date = published.isoformat() if published else ""
        digest = hashlib.sha256(f"{normal_title}\n{date}".encode()).hexdigest()[:32]
        return f"title:{digest}"
    raise ValueError("a feed item needs a GUID, a link or a title to be keyed")


# --- parsing -----------------------------------------------------------------------------------


def parse_feed(base_url: str, body: bytes, headers: Mapping[str, str] | None = None) -> ParsedFeed:
    """Parse feed bytes fetched from `base_url` (with that response's `headers`)."""
    headers = {k.lower(): v for k, v in (headers or {}).items()}
    base = urljoin(base_url, headers.pop("content-location", "").strip())
    if not body or not body.strip():
        return ParsedFeed(title="", link=None, items=(), problem="empty body: not a feed")
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    items = tuple(item for entry in parsed.entries if (item := feed_item(entry, base)))
    return ParsedFeed(
        title=_text_of(parsed.feed, "title"),
        link=link_of(parsed.feed, base),
        items=items,
        problem=describe_problem(parsed, body),
    )


def feed_item(entry: Mapping, base: str) -> FeedItem | None:
    """One feedparser entry as a FeedItem; None when it has nothing to be keyed on."""
    guid = (entry.get("id") or "").strip() or None
    link = link_of(entry, base)
    title = _text_of(entry, "title")
    published = as_utc(entry.get("published_parsed"))
    # dict.get: FeedParserDict would answer `updated_parsed` with the publication date when the
    # feed states no update (a deprecated fallback), and an item would look edited when it is not.
    updated = as_utc(dict.get(entry, "updated_parsed"))
    if not (guid or link or title):
        return None
    return FeedItem(
        key=item_key(guid, link, title, published or updated),
        link=link,
        title=title,
        summary=_summary_of(entry),
        guid=guid,
        published=published,
        updated=updated,
        authors=entry_authors(entry),
    )


def describe_problem(parsed: Mapping, body: bytes) -> str | None:
    """A human sentence on what is wrong with the document, or None when nothing is."""
    if not parsed.get("version") and not parsed.get("entries"):
        if _looks_like_html(body):
            return "not an RSS or Atom feed: the body is an HTML page"
        return "not an RSS or Atom feed: no feed elements found"
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    if isinstance(exc, xml.sax.SAXParseException):
        return (
            f"not well-formed XML at line {exc.getLineNumber()}, column "
            f"{exc.getColumnNumber()}: {exc.getMessage()} (parsed leniently)"
        )
    if isinstance(exc, CharacterEncodingUnknown):
        return f"character encoding problem: {exc}"
    # Harmless and common, so not reported: NonXMLContentType (a feed served as text/html) and
    # CharacterEncodingOverride (served as text/xml without charset, which RFC 3023 reads as
    # us-ascii; feedparser then decodes by the XML declaration and gets the text right).
    return None


def link_of(node: Mapping, base: str) -> str | None:
    """The node's link, absolute. feedparser copies a GUID/id into `link` when there is no
    link element; such a value counts only if it is already an absolute http(s) URL, because an
    Atom id like "example" or "75ffea6b" names the item and is no address to resolve."""
    link = (node.get("link") or "").strip()
    if link and link == (node.get("id") or "").strip() and not _is_http_url(link):
        return None
    return absolute_link(link, base)


def _is_http_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def absolute_link(link: str | None, base: str) -> str | None:
    """`link` made absolute against `base`; None unless it ends up http(s)."""
    link = (link or "").strip()
    if not link:
        return None
    absolute = urljoin(base, link)
    return absolute if _is_http_url(absolute) else None


def as_utc(parsed_time: struct_time | None) -> datetime | None:
    """feedparser's UTC struct_time as an aware datetime."""
    if not parsed_time:
        return None
    try:
        return datetime(*parsed_time[:6], tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def entry_authors(entry: Mapping) -> tuple[str, ...]:
    """Author names: each `<author>`/`<dc:creator>`, "email (Name)" reduced to the name, and
    one string naming several people ("A and B", "A; B") split."""
    details = entry.get("authors") or []
    raw = [entry["author"]] if len(details) <= 1 and entry.get("author") else []
    raw = raw or [d.get("name") or d.get("email") or "" for d in details]
    names: list[str] = []
    for value in raw:
        value = _WHITESPACE.sub(" ", value).strip()
        match = _EMAIL_THEN_NAME.match(value) or _NAME_THEN_EMAIL.match(value)
        value = match["name"].strip() if match else value
        names += [n for n in _AUTHOR_SEPARATORS.split(value) if n]
    return tuple(dict.fromkeys(names))


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed,
    block elements kept apart by a space."""
    if "<" not in markup and "&" not in markup:
        return _squash(markup)
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return _squash(markup)
    for element in root.iter(*_BLOCK_TAGS):
        element.text = " " + (element.text or "")
        element.tail = " " + (element.tail or "")
    return _squash(root.text_content())


def _text_of(node: Mapping, field: str) -> str:
    return _plain(node.get(field) or "", (node.get(f"{field}_detail") or {}).get("type", ""))


def _summary_of(entry: Mapping) -> str:
    # feedparser leaves summary_detail out when the summary came from <content>.
    candidates = [entry["summary_detail"]] if entry.get("summary_detail") else []
    candidates += entry.get("content") or []
    for candidate in candidates:
        text = _plain(candidate.get("value") or "", candidate.get("type") or "")
        if text:
            return text
    return ""


def _plain(value: str, content_type: str) -> str:
    # Publishers put markup in fields typed as plain text, so sniff as well as trust the type.
    if "html" in content_type or _MARKUP.search(value):
        return html_to_text(value)
    return _squash(value)


def _squash(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def _looks_like_html(body: bytes) -> bool:
    head = body[:2048].lower()
    return b"<html" in head or b"<!doctype html" in head
