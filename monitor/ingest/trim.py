"""Cut a huge XML feed down to the items one poll takes, before feedparser reads it. Pure.

    trim_feed(body, keep) -> Trimmed | None

feedparser is pure Python: about half a millisecond per item, with the interpreter lock held
all along, so a 100,000-item feed costs a minute of CPU during which every other thread of the
process crawls. lxml reads the same document in C in a fraction of a second. So when a
document lists more than `keep` items, lxml finds them, keeps the `keep` newest (by their
date elements when every item has one, else the first `keep` in document order, as
monitor.ingest.limits does after parsing), removes the rest, and feedparser reads what is
left: the cost of a poll is bounded by `poll.max_items_per_poll`, not by the feed.

Anything lxml cannot read (not XML, no items found) returns None and the document goes to
feedparser whole, which is lenient and says what was wrong. The parser is made per call (lxml
parsers are not to be shared across threads), resolves no entities and fetches nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import mktime_tz, parsedate_tz

from lxml import etree

# A cheap upper bound on the number of items, read off the bytes before any parsing.
_ITEM_TAG = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s>/]")
# Where items are: RSS 2.0 (no namespace), RSS 1.0 and Atom (1.0 and 0.3).
_RSS1, _ATOM, _ATOM03 = ("http://purl.org/rss/1.0/", "http://www.w3.org/2005/Atom",
                         "http://purl.org/atom/ns#")
_DC = "http://purl.org/dc/elements/1.1/"
_ITEM_TAGS = ("item", f"{{{_RSS1}}}item", f"{{{_ATOM}}}entry", f"{{{_ATOM03}}}entry")
# RSS pubDate, Dublin Core date, Atom published/updated (0.3: issued/modified): the first one
# an item has counts.
_DATE_TAGS = ("pubDate", f"{{{_DC}}}date", *(f"{{{ns}}}{name}" for ns in (_ATOM, _ATOM03)
                                            for name in ("published", "updated", "issued",
                                                         "modified")))


@dataclass(frozen=True)
class Trimmed:
    body: bytes  # the document with only the kept items
    listed: int  # how many items it listed before


def trim_feed(body: bytes, keep: int) -> Trimmed | None:
    """The document with only its `keep` newest items, or None when it has no more than
    `keep` items (or lxml cannot read it): then it goes to feedparser as it is."""
    if len(_ITEM_TAG.findall(body)) <= keep:
        return None
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True,
                             remove_comments=True)
    try:
        root = etree.fromstring(body, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    items = list(root.iter(*_ITEM_TAGS))  # lxml's tag filter runs in C
    if len(items) <= keep:
        return None
    for item in _left_out(root, items, keep):
        item.getparent().remove(item)
    return Trimmed(etree.tostring(root, xml_declaration=True, encoding="utf-8"), len(items))


def _left_out(root, items: list, keep: int) -> list:
    dated: dict = {}
    for element in root.iter(*_DATE_TAGS):  # per item, its first date element counts
        dated.setdefault(element.getparent(), element.text)
    times = [_timestamp(text.strip()) if (text := dated.get(item)) else None for item in items]
    if None in times:  # some item is undated: feeds list their newest first
        newest = set(range(keep))
    else:
        newest = set(sorted(range(len(items)), key=times.__getitem__, reverse=True)[:keep])
    return [item for i, item in enumerate(items) if i not in newest]


def _timestamp(text: str) -> float | None:
    parts = parsedate_tz(text)  # RFC 822, as RSS has it
    if parts is not None:
        return mktime_tz(parts)
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))  # ISO 8601 (Atom, DC)
    except ValueError:
        return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()
