"""Reading the response (monitor.fetch.response): statuses, headers and raw bodies, in memory."""

from __future__ import annotations

import gzip
import time
import zlib
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from monitor.errors import HTTPStatusError, TooLarge, TransportError
from monitor.fetch.response import (
    MAX_DELTA_SECONDS,
    BodyReader,
    declared_length_error,
    is_modified,
    parse_retry_after,
    result_headers,
    status_error,
)

NOW = datetime(2025, 7, 25, 12, 0, 0, tzinfo=UTC)
LIMIT = 100_000
BOMB = gzip.compress(b"\0" * 20_000_000)  # ~20 KB on the wire, 20 MB inflated


@pytest.mark.parametrize(("status", "modified"), [(200, True), (304, False), (203, True)])
def test_is_modified(status, modified):
    assert is_modified(status) is modified


RETRY_AFTER = [
    # delta-seconds
    ("120", 120.0),
    ("0", 0.0),
    (" 7 ", 7.0),
    ("2147483647", 2147483647.0),
    # HTTP-date, in its three forms (RFC 9110 5.6.7); a numeric zone is honoured too
    (format_datetime(NOW + timedelta(seconds=90), usegmt=True), 90.0),
    ("Fri, 25 Jul 2025 12:05:00 GMT", 300.0),
    ("Friday, 25-Jul-25 12:01:00 GMT", 60.0),  # obsolete RFC 850 form
    ("Fri Jul 25 12:01:00 2025", 60.0),  # obsolete asctime form: GMT, though it names no zone
    ("Fri, 25 Jul 2025 14:05:00 +0200", 300.0),
    # a date without a zone is GMT, never local time
    ("Fri, 25 Jul 2025 12:01:00", 60.0),
    ("Fri, 25 Jul 2025 12:01:00 -0000", 60.0),
    # a date in the past: retry now
    ("Fri, 25 Jul 2025 11:00:00 GMT", 0.0),
    ("Thu, 01 Jan 1970 00:00:00 GMT", 0.0),
    # negative: not delta-seconds, not a date
    ("-5", None),
    ("-0", None),
    # huge: capped, and always a finite number
    ("99999999999", MAX_DELTA_SECONDS),
    ("9" * 400, MAX_DELTA_SECONDS),  # float() of it is inf
    ("Fri, 31 Dec 9999 23:59:59 GMT", MAX_DELTA_SECONDS),
    # garbage
    ("soon", None),
    ("tomorrow", None),
    ("1.5", None),  # delta-seconds is an integer by RFC 9110
    ("1e3", None),
    ("²", None),  # a Unicode digit, not an ASCII DIGIT
    ("25 Jul 2025", None),
    ("Fri, 32 Jul 2025 12:00:00 GMT", None),
    ("Fri, 25 Jul 99999 12:00:00 GMT", None),
    ("Fri, 25 Jul 2025 12:00:00 +99999999999999999999", None),  # overflows inside the parser
    ("   ", None),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize(("value", "expected"), RETRY_AFTER)
def test_parse_retry_after(value, expected):
    assert parse_retry_after(value, NOW) == expected


@pytest.fixture
def local_zone_far_from_utc(monkeypatch):
    monkeypatch.setenv("TZ", "XYZ-14")  # POSIX for UTC+14; needs no tz database
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("local_zone_far_from_utc")
@pytest.mark.parametrize("value", ["Fri, 25 Jul 2025 12:01:00", "Fri Jul 25 12:01:00 2025"])
def test_parse_retry_after_never_reads_a_date_as_local_time(value):
    assert time.timezone == -14 * 3600  # the local zone did change
    assert parse_retry_after(value, NOW) == 60.0


@pytest.mark.parametrize(
    ("value", "expected"),
    [("120", 120.0), ("Fri, 25 Jul 2025 12:05:00 GMT", None), ("soon", None), (None, None)],
)
def test_parse_retry_after_without_now_reads_only_seconds(value, expected):
    assert parse_retry_after(value) == expected


@pytest.mark.parametrize(
    ("status", "headers", "expected"),
    [
        (200, {}, None),
        (204, {}, None),
        (304, {}, None),
        (301, {"location": "/x"}, None),
        (404, {}, (404, None)),
        (410, {}, (410, None)),
        (500, {"retry-after": "30"}, (500, None)),  # only 429/503 carry Retry-After
        (429, {"retry-after": "30"}, (429, 30.0)),
        (429, {}, (429, None)),
        (503, {"retry-after": "Fri, 25 Jul 2025 12:10:00 GMT"}, (503, 600.0)),
        (503, {"retry-after": "Fri, 25 Jul 2025 12:10:00"}, (503, 600.0)),
        (300, {}, (300, None)),
    ],
)
def test_status_error(status, headers, expected):
    error = status_error("https://news.example.com/f", status, headers, NOW)
    if expected is None:
        assert error is None
    else:
        assert isinstance(error, HTTPStatusError)
        assert (error.status, error.retry_after) == expected


@pytest.mark.parametrize(
    ("content_length", "too_large"),
    [(None, False), ("", False), ("100000", False), ("100001", True), ("junk", False)],
)
def test_declared_length_error(content_length, too_large):
    error = declared_length_error("https://x.example.com/", content_length, LIMIT)
    assert isinstance(error, TooLarge) if too_large else error is None


def test_result_headers_are_lower_case_and_describe_the_decoded_body():
    headers = {
        "Content-Type": "application/rss+xml",
        "ETag": '"e"',
        "Content-Encoding": "gzip",
        "Content-Length": "123",
        "Transfer-Encoding": "chunked",
    }
    assert result_headers(headers) == {"content-type": "application/rss+xml", "etag": '"e"'}


def _deflate(data: bytes, raw: bool) -> bytes:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS if raw else zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


def _read_body(encoding: str | None, encoded: bytes, chunk: int = 4096) -> bytes:
    reader = BodyReader("https://x.example.com/", encoding, LIMIT)
    for i in range(0, len(encoded), chunk):
        reader.feed(encoded[i : i + chunk])
    return reader.finish()


TEXT = ("<p>Negotiators left Doha on Thursday.</p>" * 400).encode()


@pytest.mark.parametrize(
    ("encoding", "encoded"),
    [
        (None, TEXT),
        ("identity", TEXT),
        ("gzip", gzip.compress(TEXT)),
        ("x-gzip", gzip.compress(TEXT)),
        ("GZIP", gzip.compress(TEXT)),
        ("deflate", _deflate(TEXT, raw=False)),
        ("deflate", _deflate(TEXT, raw=True)),  # the non-standard raw deflate some servers send
    ],
)
def test_body_reader_decodes(encoding, encoded):
    assert _read_body(encoding, encoded) == TEXT


@pytest.mark.parametrize(
    ("encoding", "encoded", "message"),
    [
        (None, b"x" * (LIMIT + 1), "body exceeds"),
        ("gzip", BOMB, "decoded body exceeds"),
        ("deflate", _deflate(b"\0" * 5_000_000, raw=False), "decoded body exceeds"),
        ("gzip", gzip.compress(b"a" * (LIMIT + 1)), "decoded body exceeds"),
    ],
)
def test_body_reader_stops_at_the_cap(encoding, encoded, message):
    with pytest.raises(TooLarge, match=message):
        _read_body(encoding, encoded)


def test_body_reader_never_holds_more_than_the_cap_of_a_bomb():
    reader = BodyReader("https://x.example.com/", "gzip", LIMIT)
    with pytest.raises(TooLarge):
        reader.feed(BOMB)  # one 20 KB chunk that would inflate to 20 MB
    assert sum(len(p) for p in reader._parts) <= LIMIT


@pytest.mark.parametrize(
    ("encoding", "encoded", "message"),
    [
        ("gzip", b"this is not gzip at all", "corrupt gzip"),
        ("br", b"\x0b\x02\x80hello\x03", "unsupported Content-Encoding"),
        ("gzip, gzip", gzip.compress(gzip.compress(b"x")), "unsupported Content-Encoding"),
    ],
)
def test_body_reader_rejects_bad_encodings(encoding, encoded, message):
    with pytest.raises(TransportError, match=message):
        _read_body(encoding, encoded)
