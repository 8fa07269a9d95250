"""Feeds for the demo newsroom, as pure functions: a list of entries in, RSS 2.0, Atom 1.0 or
RSS 1.0 (RDF) bytes out, each valid enough that feedparser reads it without complaint."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Literal

FeedKind = Literal["rss", "atom", "rdf"]


@dataclass(frozen=True)
class FeedEntry:
    """One item to render into a feed. A `link` starting with "/" is made absolute."""

    title: str
    link: str
    guid: str
    summary: str
    published: datetime
    updated: datetime | None = None
    author: str | None = None


ATOM_NS = "http://www.w3.org/2005/Atom"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RSS1_NS = "http://purl.org/rss/1.0/"
DC_NS = "http://purl.org/dc/elements/1.1/"
ET.register_namespace("atom", ATOM_NS)  # rdf and dc prefixes are registered by ElementTree


def as_utc(moment: datetime) -> datetime:
    # Naive datetimes in fixtures mean UTC; feeds must carry an explicit zone.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def rfc822(moment: datetime) -> str:
    return format_datetime(as_utc(moment), usegmt=True)


def rfc3339(moment: datetime) -> str:
    return as_utc(moment).strftime("%Y-%m-%dT%H:%M:%SZ")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = text
    return element


def _latest(items: Iterable[FeedEntry]) -> datetime:
    moments = [as_utc(i.updated or i.published) for i in items]
    return max(moments, default=datetime(2000, 1, 1, tzinfo=UTC))


def render_rss(title: str, site_url: str, feed_url: str, items: Iterable[FeedEntry]) -> bytes:
    """RSS 2.0; authors as dc:creator (RSS <author> must be an e-mail address), edits as
    atom:updated, which feedparser reads as the entry's updated time."""
    items = list(items)
    rss = ET.Element("rss", {"version": "2.0"})
    channel = _sub(rss, "channel")
    _sub(channel, "title", title)
    _sub(channel, "link", site_url)
    _sub(channel, "description", title)
    _sub(channel, f"{{{ATOM_NS}}}link", href=feed_url, rel="self", type="application/rss+xml")
    _sub(channel, "lastBuildDate", rfc822(_latest(items)))
    for entry in items:
        item = _sub(channel, "item")
        _sub(item, "title", entry.title)
        _sub(item, "link", entry.link)
        permalink = "true" if entry.guid == entry.link else "false"
        _sub(item, "guid", entry.guid, isPermaLink=permalink)
        _sub(item, "description", entry.summary)
        _sub(item, "pubDate", rfc822(entry.published))
        if entry.updated is not None:
            _sub(item, f"{{{ATOM_NS}}}updated", rfc3339(entry.updated))
        if entry.author:
            _sub(item, f"{{{DC_NS}}}creator", entry.author)
    return ET.tostring(rss, encoding="utf-8", xml_declaration=True)


def render_atom(title: str, site_url: str, feed_url: str, items: Iterable[FeedEntry]) -> bytes:
    items = list(items)
    # A literal xmlns attribute with bare tags: ElementTree's default_namespace option
    # rejects the unqualified attributes (rel, href) that Atom uses.
    feed = ET.Element("feed", {"xmlns": ATOM_NS})
    _sub(feed, "title", title)
    _sub(feed, "id", feed_url)
    _sub(feed, "updated", rfc3339(_latest(items)))
    _sub(feed, "link", rel="alternate", href=site_url, type="text/html")
    _sub(feed, "link", rel="self", href=feed_url, type="application/atom+xml")
    # Atom requires an author per entry; the feed-level one covers entries without their own.
    _sub(_sub(feed, "author"), "name", title)
    for entry in items:
        node = _sub(feed, "entry")
        _sub(node, "title", entry.title, type="text")
        _sub(node, "link", rel="alternate", href=entry.link, type="text/html")
        _sub(node, "id", entry.guid)
        _sub(node, "published", rfc3339(entry.published))
        _sub(node, "updated", rfc3339(entry.updated or entry.published))
        if entry.author:
            _sub(_sub(node, "author"), "name", entry.author)
        _sub(node, "summary", entry.summary, type="text")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def render_rdf(title: str, site_url: str, feed_url: str, items: Iterable[FeedEntry]) -> bytes:
    """RSS 1.0 (RDF). The item URI (rdf:about) is the GUID, which feedparser reports as the
    entry id; dc:date carries the publication time."""
    items = list(items)
    about = f"{{{RDF_NS}}}about"
    root = ET.Element(f"{{{RDF_NS}}}RDF", {"xmlns": RSS1_NS})  # bare tags are RSS 1.0
    channel = _sub(root, "channel", **{about: feed_url})
    _sub(channel, "title", title)
    _sub(channel, "link", site_url)
    _sub(channel, "description", title)
    sequence = _sub(_sub(channel, "items"), f"{{{RDF_NS}}}Seq")
    for entry in items:
        _sub(sequence, f"{{{RDF_NS}}}li", **{f"{{{RDF_NS}}}resource": entry.guid})
    for entry in items:
        item = _sub(root, "item", **{about: entry.guid})
        _sub(item, "title", entry.title)
        _sub(item, "link", entry.link)
        _sub(item, "description", entry.summary)
        _sub(item, f"{{{DC_NS}}}date", rfc3339(entry.published))
        if entry.author:
            _sub(item, f"{{{DC_NS}}}creator", entry.author)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


_RENDERERS = {"rss": render_rss, "atom": render_atom, "rdf": render_rdf}
FEED_CONTENT_TYPES = {
    "rss": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
    "rdf": "application/rdf+xml; charset=utf-8",
}


def render_feed(
    kind: FeedKind, title: str, site_url: str, feed_url: str, items: Iterable[FeedEntry]
) -> bytes:
    try:
        renderer = _RENDERERS[kind]
    except KeyError:
        raise ValueError(
            f"unknown feed kind {kind!r}; expected one of {sorted(_RENDERERS)}"
        ) from None
    return renderer(title, site_url, feed_url, items)
