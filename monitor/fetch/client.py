"""The I/O edge: `Fetcher` GETs a URL with httpx and translates httpx's exceptions, once, into
the FetchError tree of monitor.errors.

Everything it decides is delegated to pure parts: the headers to send (request), what the
response means (response), whether an address may be fetched (guard), where redirects lead
(RedirectChain) and how long is left (Deadline). The guarantees are listed in monitor.fetch.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Self
from urllib.parse import urljoin

import httpx

from monitor.errors import BlockedAddress, FetchError, TransportError
from monitor.fetch.connect_guard import ConnectedToBlockedAddress, guarded_transport
from monitor.fetch.deadline_io import bounded_by
from monitor.fetch.guard import check_url_allowed
from monitor.fetch.request import request_headers
from monitor.fetch.response import (
    REDIRECT_STATUSES,
    BodyReader,
    declared_length_error,
    is_modified,
    result_headers,
    status_error,
)
from monitor.fetch.result import FetchResult
from monitor.settings import HttpSettings

PERMANENT_REDIRECT_STATUSES = frozenset({301, 308})
DRAIN_BYTES = 64 * 1024  # of a 304's or a redirect's body, read to keep its connection


@dataclass
class RedirectChain:
    """The hops of one fetch: detects loops, counts hops, and tracks the permanent target.

    `permanent_target` is the URL the stored one should become: the end of the run of 301/308
    hops the chain starts with (a later 302 is temporary and does not count).
    """

    start: str
    max_redirects: int
    visited: list[str] = field(default_factory=list)
    permanent_target: str | None = None
    _permanent_run: bool = True

    def __post_init__(self) -> None:
        self.visited = [self.start]

    def follow(self, status: int, location: str | None) -> str:
        current = self.visited[-1]
        if not location or not location.strip():
            raise TransportError(current, f"HTTP {status} redirect without a Location header")
        target = urljoin(current, location.strip())
        if target in self.visited:
            raise TransportError(
                self.start, "redirect loop: " + " -> ".join([*self.visited, target])
            )
        if len(self.visited) > self.max_redirects:
            raise TransportError(self.start, f"more than {self.max_redirects} redirects")
        self._permanent_run = self._permanent_run and status in PERMANENT_REDIRECT_STATUSES
        if self._permanent_run:
            self.permanent_target = target
        self.visited.append(target)
        return target


class Deadline:
    """A point in monotonic time the whole fetch must finish by."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic):
        self.seconds = seconds
        self._clock = clock
        self._end = clock() + seconds

    def remaining(self) -> float:
        return max(0.0, self._end - self._clock())

    def expired(self) -> bool:
        return self._clock() >= self._end

    def error(self, url: str) -> TransportError:
        return TransportError(url, f"timed out after {self.seconds:g} s (total_timeout)")


@dataclass(frozen=True)
class _Hop:
    status: int
    headers: dict[str, str]
    body: bytes = b""


def build_client(settings: HttpSettings) -> httpx.Client:
    """The default client: HTTP/1.1, redirects left to us, timeouts from settings, every socket
    wait bounded by the fetch's deadline; unless private addresses are allowed, every
    connection's peer address is checked again."""
    transport = guarded_transport(check_addresses=not settings.allow_private_addresses)
    return httpx.Client(
        transport=transport,
        http1=True,
        http2=False,
        follow_redirects=False,
        timeout=httpx.Timeout(
            connect=settings.connect_timeout,
            read=settings.read_timeout,
            write=settings.read_timeout,
            pool=settings.total_timeout,
        ),
        headers={"User-Agent": settings.user_agent},
    )


class Fetcher:
    """GETs URLs under the rules of `HttpSettings`. Thread-safe; share one per process.

    Pass `client` to reuse a pool or, in tests, an `httpx.MockTransport`; the default is
    `build_client(settings)`, closed with the Fetcher.
    """

    def __init__(self, settings: HttpSettings, client: httpx.Client | None = None):
        self._settings = settings
        self._client = client if client is not None else build_client(settings)
        self._owns_client = client is None
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._slots_lock = threading.Lock()

    def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """GET `url`, following redirects. Raises FetchError subclasses."""
        deadline = Deadline(self._settings.total_timeout)
        headers = request_headers(self._settings.user_agent, etag, last_modified)
        chain = RedirectChain(url, self._settings.max_redirects)
        current = url
        hop = self._get(current, headers, deadline)
        while hop.status in REDIRECT_STATUSES:
            current = chain.follow(hop.status, hop.headers.get("location"))
            hop = self._get(current, headers, deadline)
        not_modified = not is_modified(hop.status)
        return FetchResult(
            url=url,
            status=hop.status,
            body=hop.body,
            headers=hop.headers,
            final_url=current,
            permanent_redirect=chain.permanent_target,
            # A 304 may omit the validators; the ones we sent are then still current.
            etag=hop.headers.get("etag") or (etag if not_modified else None),
            last_modified=hop.headers.get("last-modified")
            or (last_modified if not_modified else None),
        )

    def close(self) -> None:
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _get(self, url: str, headers: dict[str, str], deadline: Deadline) -> _Hop:
        check_url_allowed(url, self._settings.allow_private_addresses)
        with (
            self._host_slot(url, deadline),
            self._translated_errors(url, deadline),
            # Headers that trickle in byte by byte are cut at the deadline too.
            bounded_by(deadline.remaining),
            # Entered in order: the timeouts count from after the wait for a host slot.
            self._client.stream(
                "GET", url, headers=headers, timeout=self._timeout(deadline), follow_redirects=False
            ) as response,
        ):
            return self._read(url, response, deadline)

    def _read(self, url: str, response: httpx.Response, deadline: Deadline) -> _Hop:
        headers = result_headers(response.headers)
        status = response.status_code
        if status in REDIRECT_STATUSES or status == 304:
            self._drain(response, deadline)
            return _Hop(status, headers)
        limit = self._settings.max_body_bytes
        error = status_error(url, status, headers, datetime.now(UTC))
        error = error or declared_length_error(url, response.headers.get("content-length"), limit)
        if error is not None:
            raise error
        reader = BodyReader(url, response.headers.get("content-encoding"), limit)
        for chunk in response.iter_raw():
            reader.feed(chunk)
            if deadline.expired():
                raise deadline.error(url)
        return _Hop(status, headers, reader.finish())

    @staticmethod
    def _drain(response: httpx.Response, deadline: Deadline) -> None:
        """Read what little a 304 or a redirect carries, so that its connection goes back to
        the pool for the next request to the host: a response closed unread closes its
        connection, and every poll of a feed would pay a new TCP (and TLS) handshake. A body
        larger than DRAIN_BYTES is not worth reading: the connection is dropped instead."""
        if response.is_stream_consumed:  # a response built in memory (httpx.MockTransport)
            return
        received = 0
        for chunk in response.iter_raw():
            received += len(chunk)
            if received > DRAIN_BYTES or deadline.expired():
                return

    def _timeout(self, deadline: Deadline) -> httpx.Timeout:
        # Each wait is also bounded by what is left of the whole fetch.
        left = max(deadline.remaining(), 0.001)
        read = min(self._settings.read_timeout, left)
        return httpx.Timeout(
            connect=min(self._settings.connect_timeout, left), read=read, write=read, pool=left
        )

    @contextmanager
    def _host_slot(self, url: str, deadline: Deadline) -> Iterator[None]:
        host = (httpx.URL(url).host or "").lower()
        with self._slots_lock:
            slot = self._slots.get(host)
            if slot is None:
                slot = self._slots[host] = threading.BoundedSemaphore(
                    self._settings.per_host_concurrency
                )
        if not slot.acquire(timeout=deadline.remaining()):
            raise TransportError(
                url, f"timed out after {deadline.seconds:g} s waiting for a free slot to {host}"
            )
        try:
            yield
        finally:
            slot.release()

    @contextmanager
    def _translated_errors(self, url: str, deadline: Deadline) -> Iterator[None]:
        """httpx's exceptions become TransportError here, and nowhere else."""
        try:
            yield
        except httpx.TimeoutException as exc:
            if deadline.expired():
                raise deadline.error(url) from exc
            raise TransportError(url, self._timeout_message(exc)) from exc
        except ConnectedToBlockedAddress as exc:
            raise BlockedAddress(url, str(exc)) from exc
        except httpx.ConnectError as exc:
            raise TransportError(url, f"cannot connect: {exc}") from exc
        except httpx.HTTPError as exc:
            raise TransportError(url, f"{type(exc).__name__}: {exc}") from exc
        except httpx.InvalidURL as exc:
            raise FetchError(url, f"invalid URL: {exc}") from exc

    def _timeout_message(self, exc: httpx.TimeoutException) -> str:
        settings = self._settings
        if isinstance(exc, httpx.ConnectTimeout):
            return f"timed out after {settings.connect_timeout:g} s connecting (connect_timeout)"
        if isinstance(exc, httpx.PoolTimeout):
            return "timed out waiting for a free connection"
        return f"no data for {settings.read_timeout:g} s (read_timeout)"
