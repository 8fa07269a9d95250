"""DNS rebinding: a name that resolves to a public address when the guard checks it and to
127.0.0.1 when the connection is made must not reach the loopback page."""

from __future__ import annotations

import socket

import pytest

from monitor.errors import BlockedAddress
from monitor.fetch.client import Fetcher
from monitor.settings import HttpSettings

PUBLIC = "93.184.216.34"  # a public address: what the hostile resolver says first
HOST = "rebind.example"


@pytest.fixture
def rebinding_resolver(monkeypatch):
    """getaddrinfo answers HOST with PUBLIC the first time and 127.0.0.1 from then on, for
    the guard and for the connection alike (both go through socket.getaddrinfo)."""
    real = socket.getaddrinfo
    answers = []

    def resolve(host, port, *args, **kwargs):
        if host != HOST:
            return real(host, port, *args, **kwargs)
        address = PUBLIC if not answers else "127.0.0.1"
        answers.append(address)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, int(port)))]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    for proxy in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                  "all_proxy"):
        monkeypatch.delenv(proxy, raising=False)
    return answers


def test_a_name_rebound_to_loopback_after_the_check_is_refused(newsroom, rebinding_resolver):
    newsroom.put("/internal", "<p>internal admin page</p>")
    url = newsroom.url("/internal").replace("127.0.0.1", HOST)
    with Fetcher(HttpSettings(allow_private_addresses=False)) as fetcher, \
            pytest.raises(BlockedAddress, match="127.0.0.1 when connecting") as refused:
        fetcher.fetch(url)
    assert rebinding_resolver == [PUBLIC, "127.0.0.1"]  # checked public, connected loopback
    assert str(refused.value).startswith(url)
    assert newsroom.hits("/internal") == 0  # nothing was sent to the internal server


def test_allowing_private_addresses_still_reaches_loopback(newsroom, rebinding_resolver):
    newsroom.put("/internal", "<p>internal admin page</p>")
    url = newsroom.url("/internal").replace("127.0.0.1", HOST)
    rebinding_resolver.append(PUBLIC)  # no check resolves first: the connection gets loopback
    with Fetcher(HttpSettings(allow_private_addresses=True)) as fetcher:
        assert b"internal admin page" in fetcher.fetch(url).body
