"""The Fetcher (monitor.fetch.client): its pure parts (redirects, deadline), then the edge on
in-memory responses (httpx.MockTransport) and against a real threaded HTTP server on 127.0.0.1.

The request, response, guard and backoff helpers have their own tests/test_fetch_*.py."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler
from typing import ClassVar

import httpx
import pytest
from loopback import serving

from monitor.errors import BlockedAddress, HTTPStatusError, TooLarge, TransportError
from monitor.fetch.client import Deadline, Fetcher, RedirectChain
from monitor.settings import HttpSettings

LIMIT = 100_000
FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback News</title>
<item><title>Talks resume</title><link>http://127.0.0.1/a</link></item></channel></rss>"""
BOMB = gzip.compress(b"\0" * 20_000_000)  # ~20 KB on the wire, 20 MB inflated


# --- pure parts ----------------------------------------------------------------------------------


START = "https://a.example.com/feed"


@pytest.mark.parametrize(
    ("hops", "permanent", "final"),
    [
        (
            [(301, "https://b.example.com/feed")],
            "https://b.example.com/feed",
            "https://b.example.com/feed",
        ),
        ([(308, "/new")], "https://a.example.com/new", "https://a.example.com/new"),
        ([(302, "/tmp")], None, "https://a.example.com/tmp"),
        ([(307, "/tmp"), (301, "/perm")], None, "https://a.example.com/perm"),
        ([(301, "/one"), (301, "/two")], "https://a.example.com/two", "https://a.example.com/two"),
        ([(301, "/one"), (302, "/two")], "https://a.example.com/one", "https://a.example.com/two"),
        ([(303, "other")], None, "https://a.example.com/other"),
    ],
)
def test_redirect_chain_tracks_the_permanent_target(hops, permanent, final):
    chain = RedirectChain(START, max_redirects=5)
    for status, location in hops:
        current = chain.follow(status, location)
    assert (chain.permanent_target, current) == (permanent, final)


@pytest.mark.parametrize(
    ("hops", "message"),
    [
        ([(302, "/b"), (302, "/feed")], "redirect loop"),
        ([(301, "https://a.example.com/feed")], "redirect loop"),
        ([(302, f"/{i}") for i in range(4)], "more than 3 redirects"),
        ([(302, None)], "without a Location"),
        ([(302, "  ")], "without a Location"),
    ],
)
def test_redirect_chain_rejects_loops_excess_and_missing_location(hops, message):
    chain = RedirectChain(START, max_redirects=3)
    with pytest.raises(TransportError, match=message):
        for status, location in hops:
            chain.follow(status, location)


def test_deadline_reports_the_total_timeout():
    now = [100.0]
    deadline = Deadline(20.0, clock=lambda: now[0])
    assert not deadline.expired() and deadline.remaining() == 20.0
    now[0] = 120.5
    assert deadline.expired() and deadline.remaining() == 0.0
    assert "timed out after 20 s" in str(deadline.error("https://x.example.com/"))


# --- response handling on in-memory responses (httpx.MockTransport) -----------------------------

PUBLIC = "http://93.184.215.14"  # an IP literal: the SSRF guard needs no DNS for it


def _mock_fetcher(handler, **settings) -> Fetcher:
    options = {"allow_private_addresses": False, "max_body_bytes": LIMIT, **settings}
    return Fetcher(HttpSettings(**options), httpx.Client(transport=httpx.MockTransport(handler)))


def test_304_without_validators_keeps_the_ones_sent():
    fetcher = _mock_fetcher(lambda request: httpx.Response(304))
    result = fetcher.fetch(
        f"{PUBLIC}/feed", etag='"v7"', last_modified="Fri, 25 Jul 2025 09:00:00 GMT"
    )
    assert result.not_modified and result.body == b""
    assert (result.etag, result.last_modified) == ('"v7"', "Fri, 25 Jul 2025 09:00:00 GMT")


def test_decoded_body_comes_without_encoding_headers():
    def handler(request):
        return httpx.Response(
            200,
            headers={
                "Content-Encoding": "gzip",
                "Content-Type": "application/rss+xml",
                "ETag": '"e"',
            },
            content=iter([gzip.compress(FEED)]),  # streamed, as from a socket
        )

    result = _mock_fetcher(handler).fetch(f"{PUBLIC}/feed")
    assert result.body == FEED
    assert result.headers["content-type"] == "application/rss+xml"
    assert "content-encoding" not in result.headers and "content-length" not in result.headers
    assert result.etag == '"e"' and result.final_url == f"{PUBLIC}/feed"


def test_each_redirect_hop_passes_the_ssrf_guard():
    seen = []

    def handler(request):
        seen.append(str(request.url))
        return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})

    with pytest.raises(BlockedAddress, match="169.254.169.254"):
        _mock_fetcher(handler).fetch(f"{PUBLIC}/article")
    assert seen == [f"{PUBLIC}/article"]  # the metadata endpoint was never requested


def test_requests_carry_user_agent_and_accepted_encodings():
    captured = {}

    def handler(request):
        captured.update(request.headers)
        return httpx.Response(200, content=iter([FEED]))

    _mock_fetcher(handler, user_agent="newsmon-test/1.0 (+https://example.com)").fetch(f"{PUBLIC}/")
    assert captured["user-agent"] == "newsmon-test/1.0 (+https://example.com)"
    assert captured["accept-encoding"] == "gzip, deflate"


@pytest.mark.parametrize(
    ("raised", "message"),
    [
        (httpx.ReadTimeout("slow"), r"no data for 3 s \(read_timeout\)"),
        (httpx.ConnectError("refused"), "cannot connect: refused"),
        (httpx.RemoteProtocolError("garbled"), "RemoteProtocolError: garbled"),
    ],
)
def test_httpx_errors_become_transport_errors_keeping_the_cause(raised, message):
    def handler(request):
        raise raised

    with pytest.raises(TransportError, match=message) as caught:
        _mock_fetcher(handler, read_timeout=3.0).fetch(f"{PUBLIC}/feed")
    assert caught.value.__cause__ is raised


# --- the edge against a real server on 127.0.0.1 ------------------------------------------------


class _Newsroom(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    requests: ClassVar[list[tuple[str, dict[str, str]]]] = []
    peers: ClassVar[list[int]] = []  # the client's port of each request: which connection
    in_flight = 0
    max_in_flight = 0
    lock = threading.Lock()

    def log_message(self, *args):  # keep test output quiet
        pass

    def do_GET(self):
        type(self).requests.append((self.path, dict(self.headers)))
        type(self).peers.append(self.client_address[1])
        route = getattr(self, "route_" + self.path.strip("/").split("/")[0].replace("-", "_"), None)
        try:
            route() if route else self._send(404, b"not found")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up on purpose (size cap, timeout)

    def _send(self, status, body=b"", headers=None):
        self.send_response(status)
        for name, value in {"Content-Length": str(len(body)), **(headers or {})}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def route_feed(self):
        validators = {"ETag": '"v1"', "Last-Modified": "Fri, 25 Jul 2025 09:30:00 GMT"}
        if self.headers.get("If-None-Match") == '"v1"':
            self._send(304, headers=validators)
        else:
            self._send(200, FEED, {"Content-Type": "application/rss+xml", **validators})

    def route_big_length(self):
        self.send_response(200)
        self.send_header("Content-Length", str(LIMIT * 50))
        self.end_headers()
        self.wfile.write(b"x" * 1000)

    def route_big_chunked(self):
        self.send_response(200)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for _ in range(200):  # 3.2 MB in 16 KB chunks, no length announced
            self.wfile.write(b"4000\r\n" + b"y" * 0x4000 + b"\r\n")
        self.wfile.write(b"0\r\n\r\n")

    def route_bomb(self):
        self._send(200, BOMB, {"Content-Encoding": "gzip", "Content-Type": "text/html"})

    def route_trickle(self):
        self.send_response(200)
        self.send_header("Content-Length", "1000")
        self.end_headers()
        for _ in range(1000):  # one byte every 50 ms: never idle long enough for read_timeout
            self.wfile.write(b"z")
            self.wfile.flush()
            time.sleep(0.05)

    def route_stall(self):
        self.send_response(200)
        self.send_header("Content-Length", "10")
        self.end_headers()
        self.wfile.flush()
        time.sleep(2)

    def _redirect(self, status, location):
        self._send(status, headers={"Location": location})

    def route_loop_a(self):
        self._redirect(302, "/loop-b")

    def route_loop_b(self):
        self._redirect(302, "/loop-a")

    def route_moved(self):
        self._redirect(301, "/moved-again")

    def route_moved_again(self):
        self._redirect(308, "/feed")

    def route_elsewhere(self):
        self._redirect(302, "/feed")

    def route_ratelimited(self):
        self._send(429, b"slow down", {"Retry-After": "120"})

    def route_unavailable(self):
        when = format_datetime(datetime.now(UTC) + timedelta(seconds=600), usegmt=True)
        self._send(503, b"maintenance", {"Retry-After": when})

    def route_broken(self):
        self._send(500, b"oops")

    def route_slow(self):
        cls = type(self)
        with cls.lock:
            cls.in_flight += 1
            cls.max_in_flight = max(cls.max_in_flight, cls.in_flight)
        time.sleep(0.2)
        with cls.lock:
            cls.in_flight -= 1
        self._send(200, b"done")


@pytest.fixture(scope="module")
def server():
    with serving(_Newsroom) as httpd:  # quiet about clients hanging up (size caps, timeouts)
        yield httpd.base_url


def _settings(**overrides) -> HttpSettings:
    options = {
        "allow_private_addresses": True,
        "connect_timeout": 1.0,
        "read_timeout": 0.5,
        "total_timeout": 1.0,
        "max_body_bytes": LIMIT,
        "max_redirects": 5,
        **overrides,
    }
    return HttpSettings(**options)


@pytest.fixture
def fetcher():
    with Fetcher(_settings()) as instance:
        yield instance


def test_304s_and_redirects_leave_their_connection_open_for_the_next_poll(server, fetcher):
    """A feed polled every minute answers 304 nearly every time: each poll must not pay a new
    TCP (and, on the open web, TLS) handshake."""
    _Newsroom.peers.clear()
    assert fetcher.fetch(f"{server}/feed").status == 200
    for _ in range(3):
        assert fetcher.fetch(f"{server}/feed", etag='"v1"').not_modified
    moved = fetcher.fetch(f"{server}/moved", etag='"v1"')  # 301, 308, then a 304
    assert moved.not_modified and moved.permanent_redirect
    assert len(_Newsroom.peers) == 7 and len(set(_Newsroom.peers)) == 1, _Newsroom.peers


def test_conditional_get_round_trip(server, fetcher):
    first = fetcher.fetch(f"{server}/feed")
    assert (first.status, first.body) == (200, FEED)
    assert first.etag == '"v1"' and first.last_modified == "Fri, 25 Jul 2025 09:30:00 GMT"

    second = fetcher.fetch(f"{server}/feed", etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.body == b"" and second.etag == '"v1"'
    _, headers = _Newsroom.requests[-1]
    assert headers["If-None-Match"] == '"v1"'
    assert headers["If-Modified-Since"] == "Fri, 25 Jul 2025 09:30:00 GMT"
    assert headers["User-Agent"] == HttpSettings().user_agent


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/big-length", "Content-Length 5000000 exceeds 100000 bytes"),
        ("/big-chunked", "body exceeds 100000 bytes"),
        ("/bomb", "decoded body exceeds 100000 bytes"),
    ],
)
def test_oversized_bodies_are_refused(server, fetcher, path, message):
    with pytest.raises(TooLarge, match=message):
        fetcher.fetch(f"{server}{path}")


def test_a_trickling_server_is_cut_off_at_the_total_timeout(server, fetcher):
    started = time.monotonic()
    with pytest.raises(TransportError, match=r"timed out after 1 s \(total_timeout\)"):
        fetcher.fetch(f"{server}/trickle")
    assert time.monotonic() - started < 5  # cut off, not the 50 s the server would take


def test_a_stalled_body_hits_the_read_timeout(server):
    with (
        Fetcher(_settings(read_timeout=0.2, total_timeout=5.0)) as fetcher,
        pytest.raises(TransportError, match=r"no data for 0.2 s \(read_timeout\)"),
    ):
        fetcher.fetch(f"{server}/stall")


def test_permanent_redirects_are_reported(server, fetcher):
    result = fetcher.fetch(f"{server}/moved")
    assert result.status == 200 and result.body == FEED
    assert result.final_url == f"{server}/feed"
    assert result.permanent_redirect == f"{server}/feed"
    assert result.url == f"{server}/moved"


def test_temporary_redirects_are_followed_but_not_reported(server, fetcher):
    result = fetcher.fetch(f"{server}/elsewhere")
    assert (result.final_url, result.permanent_redirect) == (f"{server}/feed", None)


def test_redirect_loop(server, fetcher):
    with pytest.raises(TransportError, match="redirect loop: .*/loop-a -> .*/loop-b -> .*/loop-a"):
        fetcher.fetch(f"{server}/loop-a")


def test_redirect_limit(server):
    with (
        Fetcher(_settings(max_redirects=1)) as fetcher,
        pytest.raises(TransportError, match="more than 1 redirects"),
    ):
        fetcher.fetch(f"{server}/moved")


@pytest.mark.parametrize(
    ("path", "status", "retry_after"),
    [("/ratelimited", 429, (120, 120)), ("/unavailable", 503, (595, 600)), ("/broken", 500, None)],
)
def test_error_statuses(server, fetcher, path, status, retry_after):
    with pytest.raises(HTTPStatusError) as caught:
        fetcher.fetch(f"{server}{path}")
    assert caught.value.status == status
    if retry_after is None:
        assert caught.value.retry_after is None
    else:
        assert retry_after[0] <= caught.value.retry_after <= retry_after[1]


def test_connection_refused(fetcher):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(TransportError, match="cannot connect") as caught:
        fetcher.fetch(f"http://127.0.0.1:{port}/feed")
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_ssrf_guard_blocks_loopback_unless_allowed(server, host):
    url = f"{server}/feed".replace("127.0.0.1", host)
    with (
        Fetcher(_settings(allow_private_addresses=False)) as guarded,
        pytest.raises(BlockedAddress, match="not a public address"),
    ):
        guarded.fetch(url)
    with Fetcher(_settings(allow_private_addresses=True)) as open_fetcher:
        assert open_fetcher.fetch(url).body == FEED


def test_per_host_concurrency_is_limited(server):
    _Newsroom.max_in_flight = 0
    with Fetcher(_settings(per_host_concurrency=2, total_timeout=5.0)) as fetcher:
        threads = [
            threading.Thread(target=fetcher.fetch, args=(f"{server}/slow",)) for _ in range(6)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert _Newsroom.max_in_flight == 2
