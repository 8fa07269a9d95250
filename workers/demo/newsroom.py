"""A newsroom on 127.0.0.1 serving feeds and article pages over real HTTP, for `newsmon demo`
(and, extended with fault injection and request recording, for the tests:
tests/faulty_newsroom.py).

Content is put in by path; conditional GET (ETag / Last-Modified) answers 304 like a real CDN,
so the daemon polling the demo behaves as it does against real sites.

    with Newsroom() as site:
        site.put_feed("/feed.rss", "rss", "World", [FeedEntry(...)])
        site.put("/world/story.html", "<html>...</html>", last_modified=...)
        ... poll site.url("/feed.rss") ...

The conditional-GET decision here and the feed renderers (workers/demo/feeds.py) are pure
functions (bytes and values in, values out); the server around them is the thin I/O edge.
`LoopbackHTTPServer` is shared with the webhook receiver (workers/demo/receiver.py).
"""

from __future__ import annotations

import hashlib
import socket
import sys
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import urljoin, urlsplit

from workers.demo.feeds import (
    FEED_CONTENT_TYPES,
    FeedEntry,
    FeedKind,
    as_utc,
    render_feed,
    rfc822,
)

# The feed values and renderers live in workers/demo/feeds.py; importable from here too.
__all__ = [
    "FeedEntry",
    "FeedKind",
    "LoopbackHTTPServer",
    "Newsroom",
    "NewsroomHandler",
    "Resource",
    "render_feed",
    "rfc822",
]


@dataclass(frozen=True)
class Resource:
    """What is served at one path, with its validators."""

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
    return as_utc(resource.last_modified).replace(microsecond=0) <= since


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

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up (a fetcher giving up on a page it no longer wants) is
        normal traffic, not a traceback on stderr; anything else is still printed."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class LoopbackService:
    """One LoopbackHTTPServer answering with `handler`, started and stopped with its owner
    (usable as `with Service() as service:`). Subclasses set `handler`."""

    handler: type[BaseHTTPRequestHandler]

    def __init__(self) -> None:
        self._server: LoopbackHTTPServer | None = None

    def start(self) -> Self:
        if self._server is not None:
            raise RuntimeError(f"{type(self).__name__} already started")
        self._server = LoopbackHTTPServer(self.handler, self)
        self._server.start()
        return self

    def stop(self) -> None:
        """Stop serving and drop open connections."""
        server, self._server = self._server, None
        if server is not None:
            server.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError(f"{type(self).__name__} not started: use start() or `with`")
        return self._server.base_url


class NewsroomHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like a real site
    disable_nagle_algorithm = True  # headers, then body: no 40 ms delayed-ACK stall
    server_version = "newsroom/1.0"
    server: LoopbackHTTPServer

    @property
    def newsroom(self) -> Newsroom:
        return self.server.owner  # type: ignore[return-value]

    @property
    def path_only(self) -> str:
        """The request path without its query string."""
        return urlsplit(self.path).path or "/"

    @property
    def lowercase_headers(self) -> dict[str, str]:
        """Request headers by lower-cased name; repeated headers joined with ", "."""
        headers: dict[str, str] = {}
        for name, value in self.headers.items():
            key = name.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        return headers

    def log_message(self, format: str, *args: object) -> None:
        pass  # stderr noise helps nobody

    def do_GET(self) -> None:
        self._serve(with_body=True)

    def do_HEAD(self) -> None:
        self._serve(with_body=False)

    def _serve(self, *, with_body: bool) -> None:
        try:
            self.newsroom.serve(self, with_body=with_body)
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


def _validators(resource: Resource) -> dict[str, str]:
    validators = {}
    if resource.etag:
        validators["ETag"] = resource.etag
    if resource.last_modified:
        validators["Last-Modified"] = rfc822(resource.last_modified)
    return validators


class Newsroom(LoopbackService):
    """A threaded HTTP server on 127.0.0.1 (ephemeral port) serving what you `put` on it."""

    handler = NewsroomHandler

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._resources: dict[str, Resource] = {}

    def url(self, path: str) -> str:
        return urljoin(self.base_url + "/", path.lstrip("/"))

    # content ---------------------------------------------------------------------------------

    def put(
        self,
        path: str,
        body: bytes | str,
        content_type: str = "text/html; charset=utf-8",
        *,
        last_modified: datetime | None = None,
    ) -> None:
        """Serve `body` at `path` (a path may carry a query string to serve that exact URL;
        otherwise any query on `path` gets the same content), with an ETag of its bytes."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.put_resource(path, Resource(data, content_type, make_etag(data), last_modified))

    def put_resource(self, path: str, resource: Resource) -> None:
        """Serve `resource` at `path` as it is: its validators and extra headers included."""
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

    # serving ---------------------------------------------------------------------------------

    def serve(self, handler: NewsroomHandler, *, with_body: bool) -> None:
        """Answer one GET or HEAD from the content put here: 404, 304 or 200. Runs on the
        handler's thread; tests/faulty_newsroom.py wraps it to record and misbehave."""
        resource = self.resource(handler.path, handler.path_only)
        if resource is None:
            handler.send_whole(404, b"not found\n", "text/plain; charset=utf-8", {})
        elif is_not_modified(resource, handler.lowercase_headers):
            handler.send_head(304, None, _validators(resource))
        else:
            extra = {**_validators(resource), **resource.headers}
            body = resource.body if with_body else b""
            handler.send_whole(200, body, resource.content_type, extra, length=len(resource.body))
