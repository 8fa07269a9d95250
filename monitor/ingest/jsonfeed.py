"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): bytes -> feedparser-shaped values.
Pure.

    looks_like_json_feed(body, content_type) -> bool
    json_feed_entries(body) -> (feed, entries, skipped)     # raises JsonFeedError

The document is mapped onto the shape feedparser gives RSS and Atom (`title`, `link`, `id`,
`summary_detail`, `content`, `published_parsed`, `authors`), so `feeds.feed_item` turns both
into the same FeedItem: one place decides keys, links, dates and text.

The body is third-party input (already size-capped by the fetcher). A root that is not an
object, `items` that is not a list, or invalid JSON rejects the document with a sentence that
says which; an item that is not an object, or a field of the wrong type, is skipped or left out
and counted, so one broken item does not hide the readable ones.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime

_JSON_TYPES = ("application/feed+json", "application/json")
_VERSION_PREFIX = "https://jsonfeed.org/version/"
_SNIFF_BYTES = 4096  # the `version` key comes first in practice; a sniff, not a parse


class JsonFeedError(ValueError):
    """The body is not a usable JSON Feed; the message says why."""


def looks_like_json_feed(body: bytes, content_type: str) -> bool:
    """Served as JSON, or a body that opens with `{` and names the jsonfeed.org version."""
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type in _JSON_TYPES:
        return True
    head = body[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{") and b'"version"' in head and b"jsonfeed.org" in head


def json_feed_entries(body: bytes) -> tuple[dict, list[dict], int]:
    """The feed's own fields, its items as feedparser-shaped entries, and how many items were
    skipped because they were not objects."""
    try:
        document = json.loads(body.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise JsonFeedError(f"not UTF-8 at byte {exc.start}") from exc
    except RecursionError as exc:
        raise JsonFeedError("JSON nested too deeply") from exc
    except ValueError as exc:  # JSONDecodeError, and integers too long to convert
        raise JsonFeedError(f"not valid JSON: {exc}") from exc
    if not isinstance(document, dict):
        raise JsonFeedError(f"the root is a JSON {type(document).__name__}, not an object")
    version = document.get("version")
    if not isinstance(version, str) or not version.startswith(_VERSION_PREFIX):
        raise JsonFeedError(f'"version" is not a {_VERSION_PREFIX} address')
    items = document.get("items", [])
    if not isinstance(items, list):
        raise JsonFeedError('"items" is not a list')
    feed = {"title": _string(document, "title"), "link": _string(document, "home_page_url")}
    entries = [entry_of(item) for item in items if isinstance(item, dict)]
    return feed, entries, len(items) - len(entries)


def entry_of(item: Mapping) -> dict:
    """One JSON Feed item in feedparser's entry shape. Title and summary are plain text by the
    spec; content_html is HTML and wins over content_text as the summary's fallback."""
    entry: dict = {
        "id": _id_of(item.get("id")),
        "link": _string(item, "url"),
        "guidislink": False,  # a JSON Feed id is never copied into the link
        "title": _string(item, "title"),
        "title_detail": {"type": "text/plain"},
        "authors": _authors_of(item),
    }
    if summary := _string(item, "summary"):
        entry["summary_detail"] = {"value": summary, "type": "text/plain"}
    entry["content"] = [
        {"value": value, "type": kind}
        for field, kind in (("content_html", "text/html"), ("content_text", "text/plain"))
        if (value := _string(item, field))
    ]
    for field, target in (("date_published", "published_parsed"),
                          ("date_modified", "updated_parsed")):
        if when := _date(item.get(field)):
            entry[target] = when.utctimetuple()
    return entry


def _id_of(value: object) -> str:
    # The spec: an id given as a number (or another scalar) is coerced to a string.
    if isinstance(value, bool) or value is None or isinstance(value, (dict, list)):
        return ""
    return str(value).strip()


def _string(node: Mapping, field: str) -> str:
    value = node.get(field)
    return value if isinstance(value, str) else ""


def _authors_of(item: Mapping) -> list[dict]:
    # 1.1 has `authors` (a list); 1.0 had one `author` object.
    raw = item.get("authors")
    if not isinstance(raw, list):
        raw = [item.get("author")]
    return [{"name": name} for author in raw
            if isinstance(author, dict) and (name := _string(author, "name").strip())]


def _date(value: object) -> datetime | None:
    """An RFC 3339 date as aware UTC; None when absent, malformed or without a zone."""
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
        return when.astimezone(UTC) if when.tzinfo else None
    except (ValueError, OverflowError):  # OverflowError: year 1 or 9999 moved across UTC
        return None
