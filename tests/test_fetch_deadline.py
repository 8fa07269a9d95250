"""The whole-request deadline (`http.total_timeout`) holds over connect, headers and body.

A raw socket server on 127.0.0.1 that answers with its status line and headers one byte at a
time: every byte comes well within `read_timeout` (which restarts with each byte), and no body
chunk ever arrives for the Fetcher's body loop to check its deadline. Only the socket-level
deadline (monitor.fetch.deadline_io) can cut it. Also: the wait for a per-host slot ends at
the deadline, with its own message."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from hostile_servers import TricklingHeaders

from monitor.errors import TransportError
from monitor.fetch.client import Deadline, Fetcher
from monitor.settings import HttpSettings

pytestmark = pytest.mark.timeout(30)

@pytest.fixture
def trickler() -> Iterator[TricklingHeaders]:
    server = TricklingHeaders(pace=0.2)
    server.start()
    yield server
    server.close()


def settings(**overrides) -> HttpSettings:
    return HttpSettings(**{"allow_private_addresses": True, "connect_timeout": 1.0,
                           "read_timeout": 1.0, "total_timeout": 2.0, **overrides})


def test_headers_trickling_in_are_cut_at_the_total_timeout(trickler):
    started = time.monotonic()
    with Fetcher(settings()) as fetcher, \
            pytest.raises(TransportError, match=r"timed out after 2 s \(total_timeout\)"):
        fetcher.fetch(trickler.url)
    took = time.monotonic() - started
    assert 2.0 <= took < 2.0 + 1.0, took
    assert trickler.bytes_sent >= 5  # the server did trickle: read_timeout never expired


def test_the_deadline_also_holds_through_the_ssrf_guarded_transport(trickler, monkeypatch):
    # The guarded transport (the default for public hosts) is wrapped the same way; loopback
    # is let through the guard here so the trickling server can be reached.
    monkeypatch.setattr("monitor.fetch.connect_guard.is_blocked_address", lambda _a: False)
    monkeypatch.setattr("monitor.fetch.client.check_url_allowed", lambda _u, _a: None)
    started = time.monotonic()
    with Fetcher(settings(allow_private_addresses=False)) as fetcher, \
            pytest.raises(TransportError, match=r"\(total_timeout\)"):
        fetcher.fetch(trickler.url)
    assert time.monotonic() - started < 2.0 + 1.0


def test_the_wait_for_a_host_slot_ends_at_the_deadline(trickler):
    with Fetcher(settings(per_host_concurrency=1)) as fetcher:
        # Another fetch holding the only slot to this host for longer than our whole deadline.
        with fetcher._host_slot(trickler.url, Deadline(10)):
            started = time.monotonic()
            with pytest.raises(TransportError, match=r"timed out after 2 s waiting for a "
                               r"free slot to 127.0.0.1"):
                fetcher.fetch(trickler.url)
            assert 2.0 <= time.monotonic() - started < 2.0 + 1.0
    assert trickler.bytes_sent == 0  # nothing was sent: it never got a slot
