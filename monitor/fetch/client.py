"""HTTP fetching with the manners and the caution a crawler of third-party links needs.

    Fetcher(settings, client=None).fetch(url, etag=None, last_modified=None) -> FetchResult

Laid out like miniflux's fetcher: building the request and reading the response are pure
functions tested on in-memory values (`conditional_headers`, `is_modified`, `parse_retry_after`,
`status_error`, `RedirectChain`, `BodyReader`, `is_blocked_address`, `backoff_delay`);
`Fetcher` is the thin edge that does the I/O and translates httpx's exceptions, once, into the
`FetchError` tree of monitor.errors.

What a fetch guarantees:
- conditional GET: If-None-Match / If-Modified-Since when known; a 304 costs no body.
- size cap on the bytes on the wire (Content-Length checked first) and on the decoded bytes,
  enforced while streaming: a gzip bomb stops at the cap, never inflated in memory.
- connect and read timeouts, plus a deadline on the whole fetch (redirects included), so a
  server trickling one byte a second is cut off at `total_timeout`.
- redirects followed by hand, each hop through the SSRF guard; loops detected; a chain that
  starts with 301/308 reports where the stored URL should now point.
- at most `per_host_concurrency` requests in flight per host, across the threads of a process.
- 4xx/5xx raise HTTPStatusError; on 429/503 with the server's Retry-After.
"""

from __future__ import annotations

import ipaddress
import random
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Self
from urllib.parse import urljoin

import httpx

from monitor.errors import BlockedAddress, FetchError, HTTPStatusError, TooLarge, TransportError
from monitor.fetch.result import FetchResult
from monitor.settings import HttpSettings

ALLOWED_SCHEMES = ("http", "https")
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECT_STATUSES = frozenset({301, 308})
RETRY_AFTER_STATUSES = frozenset({429, 503})
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5"
)
# Only what BodyReader can decode under the size cap; never br/zstd.
ACCEPT_ENCODING = "gzip, deflate"
# Response headers that describe the encoded body; FetchResult.body is decoded.
_ENCODING_HEADERS = ("content-encoding", "content-length", "transfer-encoding")


# --- building the request ----------------------------------------------------------------------


def conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """Validators from the previous response, as conditional request headers."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def request_headers(
    user_agent: str, etag: str | None = None, last_modified: str | None = None
) -> dict[str, str]:
    return {
        "User-Agent": user_agent,
        "Accept": ACCEPT,
        "Accept-Encoding": ACCEPT_ENCODING,
        **conditional_headers(etag, last_modified),
    }


# --- reading the response ----------------------------------------------------------------------


def is_modified(status: int) -> bool:
    """False only for 304 Not Modified: the stored copy is still current."""
    return status != 304


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP-date.

    None when absent or unreadable; a date in the past gives 0.
    """
    if value is None or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # an HTTP-date is always GMT, but parsers of "-0000" return naive
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def status_error(
    url: str, status: int, headers: Mapping[str, str], now: datetime
) -> HTTPStatusError | None:
    """The error for a status we cannot use (4xx, 5xx, odd 1xx/3xx), or None."""
    usable = 200 <= status < 300 or status == 304 or status in REDIRECT_STATUSES
    if usable:
        return None
    retry_after = (
        parse_retry_after(headers.get("retry-after"), now)
        if status in RETRY_AFTER_STATUSES
        else None
    )
    return HTTPStatusError(url, status, retry_after=retry_after)


def declared_length_error(url: str, content_length: str | None, limit: int) -> TooLarge | None:
    """TooLarge when the server announces more bytes than `limit`, before reading any."""
    if content_length and content_length.strip().isdigit() and int(content_length) > limit:
        return TooLarge(url, f"Content-Length {int(content_length)} exceeds {limit} bytes")
    return None


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


class BodyReader:
    """Collects a body from raw (still encoded) chunks, decoding gzip or deflate as it goes.

    Raises TooLarge as soon as the encoded or the decoded size passes `limit`: zlib is asked
    for at most the bytes still allowed, so a small bomb is never inflated past the cap.
    """

    def __init__(self, url: str, content_encoding: str | None, limit: int):
        self._url = url
        self._limit = limit
        self._encoding = _single_encoding(url, content_encoding)
        self._decoder = _decompressor(self._encoding)
        # Some servers send raw deflate without the zlib header the spec requires; like httpx,
        # retry the first chunk as raw deflate when the zlib header does not parse.
        self._may_be_raw_deflate = self._encoding == "deflate"
        self._encoded_size = 0
        self._size = 0
        self._parts: list[bytes] = []

    def feed(self, chunk: bytes) -> None:
        self._encoded_size += len(chunk)
        if self._encoded_size > self._limit:
            raise TooLarge(self._url, f"body exceeds {self._limit} bytes")
        if self._decoder is None:
            self._append(chunk)
            return
        data = chunk
        while data:
            data = self._inflate(data)

    def finish(self) -> bytes:
        if self._decoder is not None:
            self._append(self._decoder.flush())
        return b"".join(self._parts)

    def _inflate(self, data: bytes) -> bytes:
        """Decode what the cap still allows of `data`; return the part not yet consumed."""
        assert self._decoder is not None
        try:
            self._append(self._decoder.decompress(data, self._limit - self._size + 1))
        except zlib.error as exc:
            if self._may_be_raw_deflate:
                self._may_be_raw_deflate = False
                self._decoder = zlib.decompressobj(-zlib.MAX_WBITS)
                return data
            raise TransportError(self._url, f"corrupt {self._encoding} body: {exc}") from exc
        self._may_be_raw_deflate = False
        return self._decoder.unconsumed_tail

    def _append(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._limit:
            raise TooLarge(self._url, f"decoded body exceeds {self._limit} bytes")
        if data:
            self._parts.append(data)


def _single_encoding(url: str, content_encoding: str | None) -> str:
    codings = [c.strip().lower() for c in (content_encoding or "").split(",")]
    codings = [c for c in codings if c and c != "identity"]
    if not codings:
        return "identity"
    if len(codings) > 1 or codings[0] not in ("gzip", "x-gzip", "deflate"):
        raise TransportError(url, f"unsupported Content-Encoding {content_encoding!r}")
    return "gzip" if codings[0] == "x-gzip" else codings[0]


def _decompressor(encoding: str):  # -> zlib decompressobj | None
    if encoding == "gzip":
        return zlib.decompressobj(zlib.MAX_WBITS | 16)
    if encoding == "deflate":
        return zlib.decompressobj(zlib.MAX_WBITS)
    return None


def result_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Response headers with lower-case names, minus those describing the encoded body."""
    return {k.lower(): v for k, v in headers.items() if k.lower() not in _ENCODING_HEADERS}


# --- retry policy (used by the scheduler for failing feeds) --------------------------------------

_SHARED_RANDOM = random.Random()


def backoff_delay(
    failures: int, base: float, cap: float, rand: random.Random | None = None
) -> float:
    """Seconds to wait after `failures` consecutive failures.

    Exponential (base, 2*base, 4*base ...) capped at `cap`, with "equal jitter": half the step
    is fixed and half random, so the feeds of one failing host spread out, yet none is retried
    sooner than half its step. 0 failures: no wait. `rand` makes it deterministic in tests;
    None uses a process-wide generator.
    """
    if failures <= 0:
        return 0.0
    step = min(cap, base * 2.0 ** min(failures - 1, 64))
    rng = rand if rand is not None else _SHARED_RANDOM
    return step / 2 + rng.uniform(0, step / 2)


# --- SSRF guard ------------------------------------------------------------------------------------

_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def is_blocked_address(ip: str | ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True for any address that is not a public unicast one: private, loopback, link-local,
    multicast, reserved, unspecified, shared (CGNAT), documentation ... IPv6 forms that embed an
    IPv4 address (mapped, 6to4, NAT64) are judged by that address too."""
    address = ipaddress.ip_address(ip)
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return is_blocked_address(address.ipv4_mapped)
        embedded = address.sixtofour or (
            ipaddress.IPv4Address(int(address) & 0xFFFFFFFF) if address in _NAT64 else None
        )
        if embedded is not None and is_blocked_address(embedded):
            return True
    return (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    )


def check_url_allowed(url: str, allow_private: bool) -> None:
    """Raise unless `url` is http(s) and (when private addresses are not allowed) every address
    its host resolves to is public.

    DNS rebinding: the name is resolved again when httpx connects, so a hostile resolver could
    answer differently the second time. Pinning the checked address into the connection would
    close that gap; accepted for now, as the guard still stops every static internal link.
    """
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise FetchError(url, f"invalid URL: {exc}") from exc
    if parsed.scheme not in ALLOWED_SCHEMES:
        scheme = f"{parsed.scheme}:" if parsed.scheme else "a relative"
        raise BlockedAddress(url, f"only http and https URLs are fetched, not {scheme} URL")
    if not parsed.host:
        raise FetchError(url, "URL has no host")
    if allow_private:
        return
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    for address in resolve_host(url, parsed.host, port):
        if is_blocked_address(address):
            raise BlockedAddress(
                url, f"{parsed.host} resolves to {address}, which is not a public address"
            )


def resolve_host(url: str, host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise TransportError(url, f"cannot resolve {host}: {exc}") from exc
    return [info[4][0] for info in infos]


# --- the edge --------------------------------------------------------------------------------------


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
    """The default client: HTTP/1.1, redirects left to us, timeouts from settings."""
    return httpx.Client(
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
    """GETs URLs under the rules of `HttpSettings`. Thread-safe; share one per process."""

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
