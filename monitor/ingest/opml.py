"""OPML subscription lists, pure: bytes in, feeds out; feeds in, OPML 2.0 bytes out.

    parse_opml(body) -> OpmlList          listparser on bytes (never a URL or a file name)
    render_opml(title, feeds) -> bytes    OPML 2.0, every value escaped by the XML writer

Titles come from third parties (the feeds themselves, other readers' exports): they are
flattened to one line, stripped of characters XML 1.0 cannot carry, and bounded in length.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from urllib.parse import urlsplit

import listparser

# Characters XML 1.0 does not allow (a title carrying one would make the export unreadable).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_WHITESPACE = re.compile(r"\s+")
MAX_TITLE = 200


@dataclass(frozen=True)
class OpmlFeed:
    url: str
    title: str = ""
    html_url: str = ""


@dataclass(frozen=True)
class OpmlList:
    feeds: tuple[OpmlFeed, ...]
    problem: str | None = None  # what was malformed, if anything


def clean_title(value: str | None) -> str:
    """Third-party text made safe to keep: one line, XML-safe characters, bounded."""
    return _WHITESPACE.sub(" ", _NOT_XML.sub("", value or "")).strip()[:MAX_TITLE]


def parse_opml(body: bytes) -> OpmlList:
    """The http(s) feeds an OPML document lists (nested folders included), each URL once."""
    parsed = listparser.parse(body)
    problem = str(parsed.bozo_exception) if parsed.bozo else None
    feeds, seen = [], set()
    for entry in parsed.feeds:
        url = (entry.get("url") or "").strip()
        if urlsplit(url).scheme not in ("http", "https") or url in seen:
            continue
        seen.add(url)
        feeds.append(OpmlFeed(url, clean_title(entry.get("title"))))
    if not feeds and not problem and not parsed.get("version"):
        problem = "not an OPML document"
    return OpmlList(tuple(feeds), problem)


def render_opml(title: str, feeds: list[OpmlFeed], now: datetime | None = None) -> bytes:
    """An OPML 2.0 document listing `feeds` as `type="rss"` outlines."""
    opml = ET.Element("opml", {"version": "2.0"})
    head = ET.SubElement(opml, "head")
    ET.SubElement(head, "title").text = clean_title(title)
    ET.SubElement(head, "dateCreated").text = format_datetime(now or datetime.now(UTC))
    body = ET.SubElement(opml, "body")
    for feed in feeds:
        name = clean_title(feed.title) or feed.url
        attrs = {"type": "rss", "text": name, "title": name, "xmlUrl": _NOT_XML.sub("", feed.url)}
        if feed.html_url:
            attrs["htmlUrl"] = _NOT_XML.sub("", feed.html_url)
        ET.SubElement(body, "outline", attrs)
    ET.indent(opml)
    return ET.tostring(opml, encoding="utf-8", xml_declaration=True) + b"\n"
