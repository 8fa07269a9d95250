"""Building the request (monitor.fetch.request): headers from values, no HTTP involved."""

from __future__ import annotations

import pytest

from monitor.fetch.request import ACCEPT, conditional_headers, request_headers


@pytest.mark.parametrize(
    ("etag", "last_modified", "expected"),
    [
        (None, None, {}),
        ('"v1"', None, {"If-None-Match": '"v1"'}),
        ('W/"abc"', None, {"If-None-Match": 'W/"abc"'}),
        (
            None,
            "Fri, 25 Jul 2025 09:30:00 GMT",
            {"If-Modified-Since": "Fri, 25 Jul 2025 09:30:00 GMT"},
        ),
        (
            '"v2"',
            "Fri, 25 Jul 2025 09:30:00 GMT",
            {"If-None-Match": '"v2"', "If-Modified-Since": "Fri, 25 Jul 2025 09:30:00 GMT"},
        ),
        ("", "", {}),
    ],
)
def test_conditional_headers(etag, last_modified, expected):
    assert conditional_headers(etag, last_modified) == expected


def test_request_headers_name_us_and_accept_only_decodable_encodings():
    assert request_headers("newsmon-test/1.0", '"v1"') == {
        "User-Agent": "newsmon-test/1.0",
        "Accept": ACCEPT,
        "Accept-Encoding": "gzip, deflate",
        "If-None-Match": '"v1"',
    }
