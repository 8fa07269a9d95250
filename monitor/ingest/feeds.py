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
A JSON Feed (jsonfeed.py) is mapped onto feedparser's entry shape and goes the same way.

Dates outside 1990 .. now + 1 day are placeholders (year 1, the Unix epoch) or clock errors and
count as absent: an alert must not say a piece was published in year 1.
"""

from __future__ import annotations

import hashlib
import html.entities
import io
import re
import xml.sax
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from time import struct_time
from urllib.parse import urljoin, urlsplit

import feedparser
import lxml.html
import lxml.html.defs
from feedparser.exceptions import CharacterEncodingUnknown
from lxml import etree

from monitor.ingest.jsonfeed import JsonFeedError, json_feed_entries, looks_like_json_feed
from monitor.ingest.model import FeedItem, ParsedFeed
from monitor.ingest.trim import trim_feed

_BLOCK_TAGS = (
    *("p", "div", "br", "hr", "pre", "blockquote", "section", "article"),
    *("ul", "ol", "li", "table", "tr", "td", "th", "figure", "figcaption"),
    *("h1", "h2", "h3", "h4", "h5", "h6"),
)
_WHITESPACE = re.compile(r"\s+")
_EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)  # no news feed predates this; year 1 is a default
_FUTURE_SLACK = timedelta(days=1)  # time zones and skewed clocks, not "published next week"
_CLOSE_TAG_OR_ENTITY = re.compile(r"</\w+>|&#?\w+;")
_TAG_NAMES = re.compile(r"</?(\w+)")
_ENTITY_NAMES = re.compile(r"&(\w+);")
_UTF8_HEADERS = {"content-type": "application/xml; charset=utf-8"}  # overrides the declaration
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


def parse_feed(
    base_url: str,
    body: bytes,
    headers: Mapping[str, str] | None = None,
    now: datetime | None = None,
    max_items: int | None = None,
) -> ParsedFeed:
    """Parse feed bytes fetched from `base_url` (with that response's `headers`). `now` bounds
    plausible dates (default: the clock). With `max_items`, an XML document listing more
    items is cut to its newest `max_items` before parsing (trim.py); `left_out` says how many
    went."""
    headers = {k.lower(): v for k, v in (headers or {}).items()}
    base = urljoin(base_url, headers.pop("content-location", "").strip())
    now = now or datetime.now(UTC)
    if not body or not body.strip():
        return ParsedFeed(title="", link=None, items=(), problem="empty body: not a feed")
    if looks_like_json_feed(body, headers.get("content-type", "")):
        return _parse_json_feed(body, base, now)
    trimmed = trim_feed(body, max_items) if max_items is not None else None
    if trimmed is not None:  # lxml wrote it back as UTF-8, whatever the headers said
        body, headers = trimmed.body, {**headers, **_UTF8_HEADERS}
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    problem = describe_problem(parsed, body)
    if _wrong_declared_encoding(parsed, body):
        # Declared UTF-16 (say) but written in UTF-8: feedparser trusts the declaration and
        # reads nothing. The bytes decode as UTF-8, so that is what they are.
        retry = feedparser.parse(io.BytesIO(body), response_headers=_UTF8_HEADERS)
        if retry.entries:
            declared = parsed.get("encoding") or "another encoding"
            parsed, problem = retry, f"declared as {declared} but written in UTF-8: read as UTF-8"
    feed = _assemble(parsed.feed, parsed.entries, base, now, problem)
    return replace(feed, left_out=trimmed.listed - len(parsed.entries)) if trimmed else feed


def _parse_json_feed(body: bytes, base: str, now: datetime) -> ParsedFeed:
    try:
        feed, entries, skipped = json_feed_entries(body)
    except JsonFeedError as exc:
        return ParsedFeed(title="", link=None, items=(), problem=f"not a JSON Feed: {exc}")
    problem = f"{skipped} JSON Feed item(s) skipped: not objects" if skipped else None
    return _assemble(feed, entries, base, now, problem)


def _assemble(
    feed: Mapping, entries: list, base: str, now: datetime, problem: str | None
) -> ParsedFeed:
    items = tuple(item for entry in entries if (item := feed_item(entry, base, now)))
    return ParsedFeed(
        title=_text_of(feed, "title"), link=link_of(feed, base), items=items, problem=problem
    )


def _wrong_declared_encoding(parsed: Mapping, body: bytes) -> bool:
    encoding = (parsed.get("encoding") or "").lower().replace("_", "-")
    if not parsed.get("bozo") or parsed.get("entries") or encoding in ("utf-8", "utf8", ""):
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def feed_item(entry: Mapping, base: str, now: datetime | None = None) -> FeedItem | None:
    """One feedparser entry as a FeedItem; None when it has nothing to be keyed on."""
    now = now or datetime.now(UTC)
    guid = (entry.get("id") or "").strip() or None
    link = link_of(entry, base)
    title = _text_of(entry, "title")
    published = plausible(as_utc(entry.get("published_parsed")), now)
    # dict.get: FeedParserDict would answer `updated_parsed` with the publication date when the
    # feed states no update (a deprecated fallback), and an item would look edited when it is not.
    updated = plausible(as_utc(dict.get(entry, "updated_parsed")), now)
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
            return "not an RSS, Atom or JSON feed: the body is an HTML page"
        return "not an RSS, Atom or JSON feed: no feed elements found"
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
    """The node's link, absolute. feedparser copies an RSS guid (or an Atom id) into `link`
    when the item has no link element of its own and the guid may be a permalink (isPermaLink
    absent or "true"), and says so in `guidislink`. A copied value counts only when it reads as
    an address: an absolute http(s) URL or a root-relative path. An Atom id like "example", a
    "75ffea6b" or a "4956764" names the item and is no address to resolve. A real link element
    counts whatever it holds, also when it equals the guid (Hugo writes relative permalinks
    into both)."""
    link = (node.get("link") or "").strip()
    copied = node.get("guidislink") and not _has_link_element(node, link)
    if copied and not (_is_http_url(link) or _is_root_relative(link)):
        return None
    return absolute_link(link, base)


def _has_link_element(node: Mapping, link: str) -> bool:
    # A <link> after the <guid> still sets guidislink; its entry in `links` gives it away.
    return any((found.get("href") or "").strip() == link for found in node.get("links") or [])


def _is_root_relative(value: str) -> bool:
    return value.startswith("/") and not value.startswith("//")


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


def plausible(when: datetime | None, now: datetime) -> datetime | None:
    """`when`, unless it is before 1990 or more than a day after `now`: then None."""
    if when is None or when < _EARLIEST or when > now + _FUTURE_SLACK:
        return None
    return when


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
    """Text of a field: HTML converted, plain text kept as written ("#include </etc/shadow>"
    is a title, not a tag). feedparser already sniffs RSS fields typed as plain text and retypes
    them as HTML when they hold known tags or entities; `looks_like_html` repeats its test for
    Atom type="text" fields, where publishers put markup too."""
    if "html" in content_type or looks_like_html(value):
        return html_to_text(value)
    return _squash(value)


def looks_like_html(value: str) -> bool:
    """feedparser's conservative sniff (mixin.looks_like_html): a closing tag or an entity,
    every tag a known HTML element, every named entity a known one. Losing words to a false
    "tag" is worse than showing a stray `<b>`."""
    if not _CLOSE_TAG_OR_ENTITY.search(value):
        return False
    if any(tag.lower() not in lxml.html.defs.tags for tag in _TAG_NAMES.findall(value)):
        return False
    return all(name in html.entities.entitydefs for name in _ENTITY_NAMES.findall(value))


def _squash(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def _looks_like_html(body: bytes) -> bool:
    head = body[:2048].lower()
    return b"<html" in head or b"<!doctype html" in head
