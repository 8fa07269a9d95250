"""The SSRF guard (monitor.fetch.guard): which addresses and URLs may be fetched."""

from __future__ import annotations

import pytest

from monitor.errors import BlockedAddress, FetchError
from monitor.fetch.guard import check_url_allowed, is_blocked_address


@pytest.mark.parametrize(
    ("address", "blocked"),
    [
        ("8.8.8.8", False),
        ("93.184.215.14", False),
        ("2606:4700:4700::1111", False),
        ("::ffff:8.8.8.8", False),  # IPv4-mapped public address
        ("127.0.0.1", True),
        ("127.3.2.1", True),
        ("10.1.2.3", True),
        ("172.16.0.1", True),
        ("172.31.255.255", True),
        ("192.168.1.1", True),
        ("169.254.169.254", True),  # cloud metadata endpoint
        ("100.64.0.1", True),  # carrier-grade NAT
        ("0.0.0.0", True),
        ("224.0.0.1", True),  # multicast
        ("240.0.0.1", True),  # reserved
        ("255.255.255.255", True),
        ("192.0.2.1", True),  # documentation
        ("::1", True),
        ("::", True),
        ("fe80::1", True),
        ("fc00::1", True),  # unique local
        ("ff02::1", True),  # multicast
        ("::ffff:127.0.0.1", True),  # IPv4-mapped loopback
        ("::ffff:169.254.169.254", True),
        ("2002:7f00:1::", True),  # 6to4 wrapping 127.0.0.1
        ("64:ff9b::a00:1", True),  # NAT64 wrapping 10.0.0.1
    ],
)
def test_is_blocked_address(address, blocked):
    assert is_blocked_address(address) is blocked


@pytest.mark.parametrize(
    ("url", "allow_private", "error"),
    [
        ("http://93.184.215.14/feed.xml", False, None),
        ("https://93.184.215.14:8443/feed.xml", False, None),
        ("http://127.0.0.1:8080/feed", False, BlockedAddress),
        ("http://localhost/feed", False, BlockedAddress),
        ("http://[::1]/feed", False, BlockedAddress),
        ("http://169.254.169.254/latest/meta-data/", False, BlockedAddress),
        ("http://10.0.0.7/admin", False, BlockedAddress),
        ("http://127.0.0.1:8080/feed", True, None),
        ("http://localhost/feed", True, None),
        ("file:///etc/passwd", True, BlockedAddress),
        ("ftp://93.184.215.14/feed", False, BlockedAddress),
        ("gopher://127.0.0.1/", True, BlockedAddress),
        ("http:///no-host", True, FetchError),
    ],
)
def test_check_url_allowed(url, allow_private, error):
    if error is None:
        check_url_allowed(url, allow_private)
    else:
        with pytest.raises(error):
            check_url_allowed(url, allow_private)
