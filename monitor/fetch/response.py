"""Reading the response: pure functions of a status, headers and raw body chunks.

Each is tested on in-memory values; the Fetcher (monitor.fetch.client) only feeds them what
httpx received.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from monitor.errors import HTTPStatusError, TooLarge, TransportError

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_AFTER_STATUSES = frozenset({429, 503})
# The longest wait a Retry-After can ask for, like RFC 9111's ceiling on delta-seconds
# (section 1.2.2): it keeps the answer a finite number every caller can add to a timestamp.
# Callers still apply their own, far lower, caps.
MAX_DELTA_SECONDS = float(2**31)
# Response headers that describe the encoded body; FetchResult.body is decoded.
_ENCODING_HEADERS = ("content-encoding", "content-length", "transfer-encoding")


def is_modified(status: int) -> bool:
    """False only for 304 Not Modified: the stored copy is still current."""
    return status != 304


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After value: delta-seconds or an HTTP-date (RFC 9110 10.2.3).

    None when absent or unreadable, and for a date when there is no `now` (an aware datetime)
    to count from. A date in the past gives 0; no answer exceeds MAX_DELTA_SECONDS.
    An HTTP-date is always GMT (RFC 9110 5.6.7), so one that names no zone (the asctime form,
    or "-0000") is read as UTC, never as local time.
    """
    if value is None or not value.strip():
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # isdigit() alone also takes "²", which float() refuses
        return min(float(value), MAX_DELTA_SECONDS)
    when = _http_date(value)
    if when is None or now is None:
        return None
    return min(max(0.0, (when - now).total_seconds()), MAX_DELTA_SECONDS)


def _http_date(value: str) -> datetime | None:
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    # parsedate_to_datetime returns a naive datetime when the zone is absent or "-0000".
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


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


def result_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Response headers with lower-case names, minus those describing the encoded body."""
    return {k.lower(): v for k, v in headers.items() if k.lower() not in _ENCODING_HEADERS}


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
