"""`newsmon feeds add | import | export`: the I/O edge of feed discovery and OPML.

The decisions are pure and live below: which URLs may be a site's feed
(monitor.ingest.discover), OPML in and out (monitor.ingest.opml), the watches.yaml edit that
keeps comments (monitor.config.feedlist). Here: fetch through the daemon's own Fetcher (SSRF
guard, size caps and timeouts of `http:` in newsmon.yaml apply), read and write files. The new
watch list is validated like a hand edit before it replaces the old one, so the running daemon
only ever reloads a valid file.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from monitor.config.feedlist import append_feeds, new_feed_id, url_key
from monitor.config.loading import load_watchlist
from monitor.errors import ConfigError, FeedNotFound, FetchError
from monitor.fetch import Fetcher
from monitor.ingest.discover import COMMON_PATHS, feed_candidates, is_feed
from monitor.ingest.feeds import parse_feed
from monitor.ingest.opml import OpmlFeed, clean_title, parse_opml, render_opml
from monitor.settings import ServiceSettings, WatchList

MAX_OPML_BYTES = 10_000_000


@dataclass(frozen=True)
class Found:
    url: str
    title: str
    how: str


@dataclass
class Added:
    """What `feeds add` / `feeds import` wrote (entries) and left out (skipped, with why)."""

    entries: list[dict] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def discover_feed(fetcher: Fetcher, url: str) -> Found:
    """The feed `url` is, or the first one its page leads to. Raises FeedNotFound."""
    result = fetcher.fetch(url)
    page_url = result.final_url or url
    parsed = parse_feed(page_url, result.body, result.headers)
    if is_feed(parsed):
        return Found(result.permanent_redirect or url, parsed.title, "the URL is a feed")
    for candidate in feed_candidates(page_url, result.body):
        try:
            found = fetcher.fetch(candidate.url)
        except FetchError:
            continue  # a missing /rss is the usual answer, not a problem
        feed = parse_feed(found.final_url or candidate.url, found.body, found.headers)
        if is_feed(feed):
            return Found(found.permanent_redirect or candidate.url, feed.title, candidate.how)
    site = urlsplit(page_url)
    raise FeedNotFound(
        f"no feed found for {url}: {parsed.problem}; it announces no feed "
        '(<link rel="alternate" type="application/rss+xml" or atom+xml>) and none of '
        f"{', '.join(COMMON_PATHS)} on {site.scheme}://{site.netloc} is one. "
        "Give the feed's own URL if you know it.")


def add_feed(service: ServiceSettings, url: str, *, name: str | None = None,
             feed_id: str | None = None) -> tuple[dict, Found]:
    """Find the feed of `url` and append it to the watch list. Returns (entry, how found)."""
    watchlist = load_watchlist(service.watches_file, service).watchlist
    _refuse_listed(watchlist, url)
    with Fetcher(service.http) as client:
        found = discover_feed(client, url)
    _refuse_listed(watchlist, found.url)
    taken = {f.feed_id for f in watchlist.feeds}
    if feed_id and feed_id in taken:
        raise FeedNotFound(f"a feed with id {feed_id!r} is already listed; choose another --id")
    entry = {"id": feed_id or new_feed_id(found.url, taken)}
    title = clean_title(name) or clean_title(found.title)
    if title:
        entry["name"] = title
    entry["url"] = found.url
    write_feeds(service, [entry])
    return entry, found


def import_opml(service: ServiceSettings, opml_path: Path) -> Added:
    """Append the OPML file's feeds that are not listed yet. Feeds are not fetched here: the
    daemon's polls report any that fail (`newsmon status`)."""
    body = _read_bounded(opml_path)
    opml = parse_opml(body)
    if opml.problem and not opml.feeds:
        raise FeedNotFound(f"{opml_path}: {opml.problem}")
    watchlist = load_watchlist(service.watches_file, service).watchlist
    listed = {url_key(str(f.url)): f.feed_id for f in watchlist.feeds}
    taken = set(listed.values())
    added = Added()
    for feed in opml.feeds:
        key = url_key(feed.url)
        if key in listed:
            added.skipped.append((feed.url, f"already listed as {listed[key]}"))
            continue
        entry = {"id": new_feed_id(feed.url, taken)}
        if feed.title:
            entry["name"] = feed.title
        entry["url"] = feed.url
        listed[key] = entry["id"]
        taken.add(entry["id"])
        added.entries.append(entry)
    if added.entries:
        write_feeds(service, added.entries)
    return added


def export_opml(service: ServiceSettings) -> bytes:
    watchlist = load_watchlist(service.watches_file, service).watchlist
    feeds = [OpmlFeed(str(f.url), f.name or f.feed_id) for f in watchlist.feeds]
    return render_opml("newsmon feeds", feeds)


def write_feeds(service: ServiceSettings, entries: list[dict]) -> None:
    """Append `entries` to watches.yaml: written beside it, validated, then moved over it (one
    rename, so the daemon's reloader never reads half a file)."""
    path = Path(service.watches_file)
    try:
        text = append_feeds(path.read_text(encoding="utf-8"), entries)
    except ValueError as exc:
        raise ConfigError([f"{path}: {exc}"]) from exc
    draft = path.with_name(f".{path.name}.newsmon-draft")
    draft.write_text(text, encoding="utf-8")
    try:
        load_watchlist(draft, service)
        shutil.copymode(path, draft)
        os.replace(draft, path)
    except ConfigError as exc:  # name the user's file, not the draft
        raise ConfigError([p.replace(str(draft), str(path)) for p in exc.problems]) from exc
    finally:
        draft.unlink(missing_ok=True)


def _refuse_listed(watchlist: WatchList, url: str) -> None:
    key = url_key(url)
    for feed in watchlist.feeds:
        if url_key(str(feed.url)) == key:
            raise FeedNotFound(f"{url} is already listed as feed {feed.feed_id!r}")


def _read_bounded(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            body = handle.read(MAX_OPML_BYTES + 1)
    except OSError as exc:
        raise FeedNotFound(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if len(body) > MAX_OPML_BYTES:
        raise FeedNotFound(f"{path}: larger than {MAX_OPML_BYTES} bytes; not an OPML list")
    return body
