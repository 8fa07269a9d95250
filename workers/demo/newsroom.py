"""A controllable newsroom on 127.0.0.1: feeds and article pages over real HTTP, for tests and
for `newsmon demo`.

Content is put in by path; conditional GET (ETag / Last-Modified) answers 304 like a real CDN;
faults make a path misbehave on demand (error status, slow trickle, hang, redirects, a huge or
gzip-bomb body, malformed raw bytes). Every request is recorded.

    with Newsroom() as site:
        site.put_feed("/feed.rss", "rss", "World", [FeedEntry(...)])
        site.fault("/feed.rss", "status", code=503, headers={"Retry-After": "2"}, times=1)
        ... poll site.url("/feed.rss") ...
        assert site.conditional_hits("/feed.rss") == 1

The feed renderers and the conditional-GET decision are pure functions (bytes and values in,
values out); the server around them is the thin I/O edge.
"""

from __future__ import annotations

import hashlib
import socket
import threading
import time
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal, Self
from urllib.parse import urljoin, urlsplit

FeedKind = Literal["rss", "atom", "rdf"]

# ---------------------------------------------------------------------------------------------
# Values


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


@dataclass(frozen=True)
class RecordedRequest:
    """One request as it arrived. `path` excludes the query string, `target` is the raw
    request target; `headers` has lower-cased names."""

    method: str
    path: str
    target: str
    headers: Mapping[str, str]
    time: float

    @property
    def conditional(self) -> bool:
        return "if-none-match" in self.headers or "if-modified-since" in self.headers


@dataclass(frozen=True)
class Resource:
    body: bytes
    content_type: str
    etag: str | None
    last_modified: datetime | None
    headers: Mapping[str, str] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# Pure core: conditional GET


def make_etag(body: bytes) -> str:
    """A strong validator derived from the body, so identical content keeps its ETag."""
    return '"' + hashlib.sha256(body).hexdigest()[:20] + '"'


def _opaque_tag(tag: str) -> str:
    # If-None-Match uses weak comparison (RFC 9110 13.1.2): W/"x" matches "x".
    return tag.strip().removeprefix("W/")


def etag_matches(if_none_match: str, etag: str) -> bool:
    candidates = [t for t in if_none_match.split(",") if t.strip()]
    return any(t.strip() == "*" or _opaque_tag(t) == _opaque_tag(etag) for t in candidates)


def _http_date(value: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def is_not_modified(resource: Resource, headers: Mapping[str, str]) -> bool:
    """RFC 9110 13.2.2 order: If-None-Match decides when present (If-Modified-Since is then
    ignored); otherwise If-Modified-Since at or after Last-Modified means unchanged."""
    if_none_match = headers.get("if-none-match")
    if if_none_match is not None:
        return resource.etag is not None and etag_matches(if_none_match, resource.etag)
    since = _http_date(headers.get("if-modified-since", ""))
    if since is None or resource.last_modified is None:
        return False
    # HTTP dates have whole-second precision; compare at that precision.
    return _as_utc(resource.last_modified).replace(microsecond=0) <= since


# ---------------------------------------------------------------------------------------------
# Pure core: feed rendering

ATOM_NS = "http://www.w3.org/2005/Atom"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RSS1_NS = "http://purl.org/rss/1.0/"
DC_NS = "http://purl.org/dc/elements/1.1/"
ET.register_namespace("atom", ATOM_NS)  # rdf and dc prefixes are registered by ElementTree


def _as_utc(moment: datetime) -> datetime:
    # Naive datetimes in fixtures mean UTC; feeds must carry an explicit zone.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def rfc822(moment: datetime) -> str:
    return format_datetime(_as_utc(moment), usegmt=True)


def rfc3339(moment: datetime) -> str:
    return _as_utc(moment).strftime("%Y-%m-%dT%H:%M:%SZ")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = text
    return element


def _latest(items: Iterable[FeedEntry]) -> datetime:
    moments = [_as_utc(i.updated or i.published) for i in items]
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


# ---------------------------------------------------------------------------------------------
# Faults: each kind is a small value that knows how to misbehave on a handler's socket.

_CHUNK = 64 * 1024


@dataclass
class StatusFault:
    """Answer `code` with `headers` (e.g. Retry-After) and a short body."""

    code: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    def respond(self, handler: _Handler) -> None:
        handler.send_whole(self.code, self.body, "text/plain; charset=utf-8", self.headers)


@dataclass
class SlowFault:
    """Trickle `body` (default: the resource's body) `chunk` bytes at a time, `delay` s apart."""

    delay: float = 0.2
    chunk: int = 16
    body: bytes | None = None

    def respond(self, handler: _Handler) -> None:
        resource = handler.newsroom.resource(handler.target, handler.path_only)
        body = self.body if self.body is not None else (resource.body if resource else b"")
        content_type = resource.content_type if resource else "text/plain; charset=utf-8"
        handler.send_head(200, content_type, {"Content-Length": str(len(body))})
        for start in range(0, len(body), self.chunk):
            if handler.newsroom.stopping.wait(self.delay):
                return
            handler.write(body[start : start + self.chunk])


@dataclass
class HangFault:
    """Accept the connection and read the request, then never answer (until stop)."""

    def respond(self, handler: _Handler) -> None:
        handler.newsroom.stopping.wait()
        handler.close_connection = True


@dataclass
class RedirectFault:
    to: str
    code: int = 302

    def respond(self, handler: _Handler) -> None:
        handler.send_whole(self.code, b"", "text/plain; charset=utf-8", {"Location": self.to})


@dataclass
class RedirectLoopFault:
    """Redirect to the same path with a fresh `hop` query each time: every URL differs, so
    only a redirect limit (not a seen-URL check) stops the client."""

    code: int = 302

    def respond(self, handler: _Handler) -> None:
        hop = sum(1 for r in handler.newsroom.requests if r.path == handler.path_only)
        location = f"{handler.path_only}?hop={hop}"
        handler.send_whole(self.code, b"", "text/plain; charset=utf-8", {"Location": location})


@dataclass
class HugeFault:
    """`n` bytes of zeros. Without Content-Length the end is marked by closing the
    connection. `gzip=True` sends them gzip-compressed (Content-Encoding: gzip): a bomb whose
    wire size is about a thousandth of `n`."""

    n: int
    content_length: bool = True
    gzip: bool = False
    content_type: str = "application/octet-stream"
    _wire: bytes | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.gzip:
            self._wire = b"".join(_gzip_zeros(self.n))

    def respond(self, handler: _Handler) -> None:
        headers = {"Content-Encoding": "gzip"} if self.gzip else {}
        size = len(self._wire) if self._wire is not None else self.n
        if self.content_length:
            headers["Content-Length"] = str(size)
        else:
            headers["Connection"] = "close"
            handler.close_connection = True
        handler.send_head(200, self.content_type, headers)
        chunks = _slices(self._wire) if self._wire is not None else _zeros(self.n)
        for chunk in chunks:
            if handler.newsroom.stopping.is_set():
                return
            handler.write(chunk)


@dataclass
class MalformedFault:
    """Write `raw` to the socket as-is (no status line added) and close. For a broken *body*
    behind a valid HTTP envelope, `put()` the broken bytes instead."""

    raw: bytes

    def respond(self, handler: _Handler) -> None:
        handler.write(self.raw)
        handler.close_connection = True


Fault = (
    StatusFault
    | SlowFault
    | HangFault
    | RedirectFault
    | RedirectLoopFault
    | HugeFault
    | MalformedFault
)
FAULT_KINDS: dict[str, type] = {
    "status": StatusFault,
    "slow": SlowFault,
    "hang": HangFault,
    "redirect": RedirectFault,
    "redirect_loop": RedirectLoopFault,
    "huge": HugeFault,
    "malformed": MalformedFault,
}


def _zeros(n: int) -> Iterator[bytes]:
    block = bytes(_CHUNK)
    for start in range(0, n, _CHUNK):
        yield block[: min(_CHUNK, n - start)]


def _slices(data: bytes) -> Iterator[bytes]:
    for start in range(0, len(data), _CHUNK):
        yield data[start : start + _CHUNK]


def _gzip_zeros(n: int) -> Iterator[bytes]:
    # Compress block by block so a multi-gigabyte bomb never exists uncompressed in memory.
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31 = gzip container
    for block in _zeros(n):
        yield compressor.compress(block)
    yield compressor.flush()


@dataclass
class _ActiveFault:
    fault: Fault
    remaining: int | None  # None: until cleared


# ---------------------------------------------------------------------------------------------
# I/O edge: the server


class LoopbackHTTPServer(ThreadingHTTPServer):
    """A threaded HTTP server on 127.0.0.1 (ephemeral port) serving in a daemon thread, whose
    stop() never waits on a client: it also drops open connections, so a keep-alive client
    cannot go on being answered by a stopped server."""

    daemon_threads = True
    # socketserver would otherwise join every handler thread in server_close(), and a
    # handler stuck on a dead client would make stop() hang.
    block_on_close = False

    def __init__(self, handler: type[BaseHTTPRequestHandler], owner: object) -> None:
        super().__init__(("127.0.0.1", 0), handler)
        self.owner = owner
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        self._thread = threading.Thread(
            target=self.serve_forever,
            kwargs={"poll_interval": 0.02},  # shutdown() waits up to one poll interval
            name=f"{type(owner).__name__}:{self.server_port}",
            daemon=True,
        )

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_port}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.shutdown()
        with self._open_lock:
            connections = list(self._open)
        for connection in connections:
            # Wakes handler threads blocked reading the next request of a keep-alive client.
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self.server_close()
        self._thread.join(timeout=5)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like a real site
    disable_nagle_algorithm = True  # headers, then body: no 40 ms delayed-ACK stall
    server_version = "newsroom/1.0"
    server: LoopbackHTTPServer

    @property
    def newsroom(self) -> Newsroom:
        return self.server.owner  # type: ignore[return-value]

    @property
    def target(self) -> str:
        return self.path

    @property
    def path_only(self) -> str:
        return urlsplit(self.path).path or "/"

    def log_message(self, format: str, *args: object) -> None:
        pass  # tests read `Newsroom.requests`; stderr noise helps nobody

    def do_GET(self) -> None:
        self._serve(with_body=True)

    def do_HEAD(self) -> None:
        self._serve(with_body=False)

    def _serve(self, *, with_body: bool) -> None:
        headers = _lowercase_headers(self.headers.items())
        self.newsroom._record(
            RecordedRequest(self.command, self.path_only, self.path, headers, time.time())
        )
        try:
            fault = self.newsroom._take_fault(self.path_only)
            if fault is not None:
                fault.respond(self)
                return
            resource = self.newsroom.resource(self.target, self.path_only)
            if resource is None:
                self.send_whole(404, b"not found\n", "text/plain; charset=utf-8", {})
            elif is_not_modified(resource, headers):
                self.send_head(304, None, _validators(resource))
            else:
                extra = {**_validators(resource), **resource.headers}
                body = resource.body if with_body else b""
                self.send_whole(200, body, resource.content_type, extra, length=len(resource.body))
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up; nothing left to say

    def send_head(self, status: int, content_type: str | None, headers: Mapping[str, str]) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()

    def send_whole(
        self,
        status: int,
        body: bytes,
        content_type: str,
        headers: Mapping[str, str],
        *,
        length: int | None = None,
    ) -> None:
        length = len(body) if length is None else length
        self.send_head(status, content_type, {**headers, "Content-Length": str(length)})
        self.write(body)

    def write(self, data: bytes) -> None:
        if data:
            self.wfile.write(data)
            self.wfile.flush()


def _lowercase_headers(items: Iterable[tuple[str, str]]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, value in items:
        key = name.lower()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return headers


def _validators(resource: Resource) -> dict[str, str]:
    validators = {}
    if resource.etag:
        validators["ETag"] = resource.etag
    if resource.last_modified:
        validators["Last-Modified"] = rfc822(resource.last_modified)
    return validators


def _as_bytes(body: bytes | str) -> bytes:
    return body.encode("utf-8") if isinstance(body, str) else body


class Newsroom:
    """A threaded HTTP server on 127.0.0.1 (ephemeral port) serving what you `put` on it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        self._resources: dict[str, Resource] = {}
        self._faults: dict[str, _ActiveFault] = {}
        self._requests: list[RecordedRequest] = []
        self._server: LoopbackHTTPServer | None = None
        self.stopping = threading.Event()

    # lifecycle -------------------------------------------------------------------------------

    def start(self) -> Self:
        if self._server is not None:
            raise RuntimeError("newsroom already started")
        self.stopping.clear()
        self._server = LoopbackHTTPServer(_Handler, self)
        self._server.start()
        return self

    def stop(self) -> None:
        """Release hanging and trickling handlers, stop serving, drop open connections."""
        server, self._server = self._server, None
        if server is None:
            return
        self.stopping.set()
        server.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("newsroom not started: use start() or `with Newsroom() as site:`")
        return self._server.base_url

    def url(self, path: str) -> str:
        return urljoin(self.base_url + "/", path.lstrip("/"))

    # content ---------------------------------------------------------------------------------

    def put(
        self,
        path: str,
        body: bytes | str,
        content_type: str = "text/html; charset=utf-8",
        *,
        etag: bool = True,
        last_modified: datetime | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Serve `body` at `path` (a path may carry a query string to serve that exact URL;
        otherwise any query on `path` gets the same content)."""
        data = _as_bytes(body)
        resource = Resource(
            data,
            content_type,
            make_etag(data) if etag else None,
            last_modified,
            dict(headers or {}),
        )
        with self._lock:
            self._resources[path] = resource

    def remove(self, path: str) -> None:
        with self._lock:
            self._resources.pop(path, None)

    def resource(self, target: str, path: str) -> Resource | None:
        with self._lock:
            return self._resources.get(target) or self._resources.get(path)

    def put_feed(
        self,
        path: str,
        kind: FeedKind,
        title: str,
        items: Iterable[FeedEntry],
        *,
        last_modified: datetime | None = None,
    ) -> bytes:
        """Render a valid feed of `items` and serve it at `path`; returns the bytes served."""
        absolute = [
            FeedEntry(**{**vars(i), "link": self.url(i.link)}) if i.link.startswith("/") else i
            for i in items
        ]
        body = render_feed(kind, title, self.base_url + "/", self.url(path), absolute)
        self.put(path, body, FEED_CONTENT_TYPES[kind], last_modified=last_modified)
        return body

    # faults ----------------------------------------------------------------------------------

    def fault(self, path: str, kind: str, *, times: int | None = None, **params: object) -> None:
        """Make `path` misbehave: the next `times` requests, or until `clear_fault`.

        kinds and params: status(code, headers, body) · slow(delay, chunk, body) · hang() ·
        redirect(to, code) · redirect_loop(code) · huge(n, content_length, gzip) ·
        malformed(raw)
        """
        try:
            fault_type = FAULT_KINDS[kind]
        except KeyError:
            raise ValueError(
                f"unknown fault {kind!r}; expected one of {sorted(FAULT_KINDS)}"
            ) from None
        active = _ActiveFault(fault_type(**params), times)
        with self._lock:
            self._faults[path] = active

    def clear_fault(self, path: str) -> None:
        with self._lock:
            self._faults.pop(path, None)

    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            active = self._faults.get(path)
            if active is None:
                return None
            if active.remaining is not None:
                active.remaining -= 1
                if active.remaining <= 0:
                    del self._faults[path]
            return active.fault

    # requests --------------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def hits(self, path: str) -> int:
        return sum(1 for r in self.requests if r.path == path)

    def conditional_hits(self, path: str) -> int:
        """Requests to `path` that carried If-None-Match or If-Modified-Since."""
        return sum(1 for r in self.requests if r.path == path and r.conditional)

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def wait_for_hits(self, path: str, n: int, timeout: float) -> None:
        """Block until `path` has been requested `n` times (e.g. a hanging request arrived)."""

        def arrived() -> bool:
            return sum(1 for r in self._requests if r.path == path) >= n

        with self._arrived:
            if not self._arrived.wait_for(arrived, timeout):
                seen = sum(1 for r in self._requests if r.path == path)
                raise TimeoutError(f"{path}: {seen} of {n} requests arrived within {timeout}s")

    def _record(self, request: RecordedRequest) -> None:
        with self._arrived:
            self._requests.append(request)
            self._arrived.notify_all()
