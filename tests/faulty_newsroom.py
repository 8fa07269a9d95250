"""The loopback newsroom of workers/demo/newsroom.py made to misbehave, for tests.

`FaultyNewsroom` serves what is put on it like the demo's `Newsroom`, and also records every
request and makes a path misbehave on demand: an error status, a slow trickle, a hang,
redirects (one, or a loop), a huge or gzip-bomb body, malformed raw bytes.

    with FaultyNewsroom() as site:
        site.put_feed("/feed.rss", "rss", "World", [FeedEntry(...)])
        site.fault("/feed.rss", "status", code=503, headers={"Retry-After": "2"}, times=1)
        ... poll site.url("/feed.rss") ...
        assert site.conditional_hits("/feed.rss") == 1
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Self

from workers.demo.newsroom import Newsroom, NewsroomHandler, Resource, make_etag

# ---------------------------------------------------------------------------------------------
# Requests as they arrived


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


# ---------------------------------------------------------------------------------------------
# Faults: each kind is a small value that knows how to misbehave on a handler's socket.

_CHUNK = 64 * 1024


@dataclass
class StatusFault:
    """Answer `code` with `headers` (e.g. Retry-After) and a short body."""

    code: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    def respond(self, handler: NewsroomHandler, room: FaultyNewsroom) -> None:
        handler.send_whole(self.code, self.body, "text/plain; charset=utf-8", self.headers)


@dataclass
class SlowFault:
    """Trickle `body` (default: the resource's body) `chunk` bytes at a time, `delay` s apart."""

    delay: float = 0.2
    chunk: int = 16
    body: bytes | None = None

    def respond(self, handler: NewsroomHandler, room: FaultyNewsroom) -> None:
        resource = room.resource(handler.path, handler.path_only)
        body = self.body if self.body is not None else (resource.body if resource else b"")
        content_type = resource.content_type if resource else "text/plain; charset=utf-8"
        handler.send_head(200, content_type, {"Content-Length": str(len(body))})
        for start in range(0, len(body), self.chunk):
            if room.stopping.wait(self.delay):
                return
            handler.write(body[start : start + self.chunk])


@dataclass
class HangFault:
    """Accept the connection and read the request, then never answer (until stop)."""

    def respond(self, handler: NewsroomHandler, room: FaultyNewsroom) -> None:
        room.stopping.wait()
        handler.close_connection = True


@dataclass
class RedirectFault:
    to: str
    code: int = 302

    def respond(self, handler: NewsroomHandler, room: FaultyNewsroom) -> None:
        handler.send_whole(self.code, b"", "text/plain; charset=utf-8", {"Location": self.to})


@dataclass
class RedirectLoopFault:
    """Redirect to the same path with a fresh `hop` query each time: every URL differs, so
    only a redirect limit (not a seen-URL check) stops the client."""

    code: int = 302

    def respond(self, handler: NewsroomHandler, room: FaultyNewsroom) -> None:
        hop = sum(1 for r in room.requests if r.path == handler.path_only)
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

    def respond(self, handler: NewsroomHandler, room: FaultyNewsroom) -> None:
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
            if room.stopping.is_set():
                return
            handler.write(chunk)


@dataclass
class MalformedFault:
    """Write `raw` to the socket as-is (no status line added) and close. For a broken *body*
    behind a valid HTTP envelope, `put()` the broken bytes instead."""

    raw: bytes

    def respond(self, handler: NewsroomHandler, room: FaultyNewsroom) -> None:
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
# The newsroom


class FaultyNewsroom(Newsroom):
    """A `Newsroom` that records every request and serves the faults set on its paths."""

    def __init__(self) -> None:
        super().__init__()
        self._arrived = threading.Condition()  # guards _faults and _requests
        self._faults: dict[str, _ActiveFault] = {}
        self._requests: list[RecordedRequest] = []
        self.stopping = threading.Event()  # releases hanging and trickling handlers

    def start(self) -> Self:
        self.stopping.clear()
        return super().start()

    def stop(self) -> None:
        """Release hanging and trickling handlers, stop serving, drop open connections."""
        self.stopping.set()
        super().stop()

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
        """`Newsroom.put`, and also: `etag=False` serves no ETag (a site without validators),
        `headers` are sent with every 200 answer."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        validator = make_etag(data) if etag else None
        resource = Resource(data, content_type, validator, last_modified, dict(headers or {}))
        self.put_resource(path, resource)

    def serve(self, handler: NewsroomHandler, *, with_body: bool) -> None:
        path = handler.path_only
        request = RecordedRequest(
            handler.command, path, handler.path, handler.lowercase_headers, time.time()
        )
        with self._arrived:
            self._requests.append(request)
            self._arrived.notify_all()
        fault = self._take_fault(path)
        if fault is None:
            super().serve(handler, with_body=with_body)
        else:
            fault.respond(handler, self)

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
        with self._arrived:
            self._faults[path] = active

    def clear_fault(self, path: str) -> None:
        with self._arrived:
            self._faults.pop(path, None)

    def _take_fault(self, path: str) -> Fault | None:
        with self._arrived:
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
        with self._arrived:
            return list(self._requests)

    def hits(self, path: str) -> int:
        return sum(1 for r in self.requests if r.path == path)

    def conditional_hits(self, path: str) -> int:
        """Requests to `path` that carried If-None-Match or If-Modified-Since."""
        return sum(1 for r in self.requests if r.path == path and r.conditional)

    def clear_requests(self) -> None:
        with self._arrived:
            self._requests.clear()

    def wait_for_requests(
        self, arrived: Callable[[list[RecordedRequest]], bool], timeout: float, what: str
    ) -> list[RecordedRequest]:
        """Block until `arrived(requests so far)` is true; returns the requests. Woken by each
        request, so it returns as soon as the awaited one is in."""
        with self._arrived:
            if not self._arrived.wait_for(lambda: arrived(self._requests), timeout):
                seen = [(r.method, r.target) for r in self._requests]
                raise TimeoutError(f"{what}: not within {timeout}s; requests so far: {seen}")
            return list(self._requests)

    def wait_for_hits(self, path: str, n: int, timeout: float) -> None:
        """Block until `path` has been requested `n` times (e.g. a hanging request arrived)."""
        self.wait_for_requests(
            lambda requests: sum(1 for r in requests if r.path == path) >= n,
            timeout,
            f"{n} requests to {path}",
        )
