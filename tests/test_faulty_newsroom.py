"""The test newsroom's own additions to the demo newsroom, over real HTTP on 127.0.0.1: sites
without validators or with extra headers, request recording, and fault injection
(tests/faulty_newsroom.py)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import httpx
import pytest
from faulty_newsroom import FaultyNewsroom


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    # One client for the module: building its TLS context costs ~50 ms a time.
    with httpx.Client(timeout=5) as http:
        yield http


def test_put_without_etag_never_answers_304(newsroom: FaultyNewsroom, client: httpx.Client) -> None:
    newsroom.put("/a", "body", etag=False)
    response = client.get(newsroom.url("/a"), headers={"If-None-Match": "*"})
    assert response.status_code == 200
    assert "etag" not in response.headers


def test_put_serves_extra_headers_and_head(newsroom: FaultyNewsroom, client: httpx.Client) -> None:
    newsroom.put("/a", "body", headers={"Cache-Control": "max-age=60"})
    head = client.head(newsroom.url("/a"))
    assert head.status_code == 200
    assert head.headers["cache-control"] == "max-age=60"
    assert head.headers["content-length"] == "4"
    assert head.content == b""


def test_requests_are_recorded(newsroom: FaultyNewsroom, client: httpx.Client) -> None:
    newsroom.put("/a", "body")
    client.get(newsroom.url("/a?x=1"), headers={"User-Agent": "newsmon-test/1"})
    client.head(newsroom.url("/a"))

    first, second = newsroom.requests
    assert (first.method, first.path, first.target) == ("GET", "/a", "/a?x=1")
    assert first.headers["user-agent"] == "newsmon-test/1"
    assert (second.method, second.path) == ("HEAD", "/a")
    assert newsroom.hits("/a") == 2
    newsroom.clear_requests()
    assert newsroom.requests == []


def test_wait_for_requests_returns_once_the_awaited_request_is_in(
    newsroom: FaultyNewsroom,
) -> None:
    newsroom.put("/a", "body")
    threading.Thread(target=httpx.get, args=(newsroom.url("/a?from=thread"),), daemon=True).start()
    requests = newsroom.wait_for_requests(
        lambda requests: any(r.target == "/a?from=thread" for r in requests), 5, "the request"
    )
    assert [r.target for r in requests] == ["/a?from=thread"]


def test_wait_for_requests_times_out_naming_what_it_waited_for(
    newsroom: FaultyNewsroom, client: httpx.Client
) -> None:
    client.get(newsroom.url("/a"))
    with pytest.raises(TimeoutError, match=r"a second hit: not within 0.1s; .*\('GET', '/a'\)"):
        newsroom.wait_for_requests(lambda requests: len(requests) > 1, 0.1, "a second hit")


# --- faults ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "headers"),
    [
        (429, {"Retry-After": "3"}),
        (503, {"Retry-After": "Fri, 25 Jul 2025 10:00:00 GMT"}),
        (500, {}),
        (410, {}),
    ],
)
def test_status_fault(
    newsroom: FaultyNewsroom, client: httpx.Client, code: int, headers: dict[str, str]
) -> None:
    newsroom.put("/feed", "fine")
    newsroom.fault("/feed", "status", code=code, headers=headers)
    response = client.get(newsroom.url("/feed"))
    assert response.status_code == code
    assert response.headers.get("retry-after") == headers.get("Retry-After")


def test_fault_for_a_number_of_requests_then_recovers(
    newsroom: FaultyNewsroom, client: httpx.Client
) -> None:
    newsroom.put("/feed", "fine")
    newsroom.fault("/feed", "status", code=503, times=2)
    statuses = [client.get(newsroom.url("/feed")).status_code for _ in range(3)]
    assert statuses == [503, 503, 200]


def test_clear_fault_restores_the_content(newsroom: FaultyNewsroom, client: httpx.Client) -> None:
    newsroom.put("/feed", "fine")
    newsroom.fault("/feed", "status", code=500)
    assert client.get(newsroom.url("/feed")).status_code == 500
    newsroom.clear_fault("/feed")
    assert client.get(newsroom.url("/feed")).text == "fine"


def test_slow_fault_trickles_the_whole_body(newsroom: FaultyNewsroom) -> None:
    newsroom.put("/slow", b"0123456789" * 4)
    newsroom.fault("/slow", "slow", delay=0.02, chunk=10)
    with httpx.Client(timeout=2) as patient:
        assert patient.get(newsroom.url("/slow")).content == b"0123456789" * 4


def test_slow_fault_trips_a_read_timeout(newsroom: FaultyNewsroom, client: httpx.Client) -> None:
    newsroom.fault("/slow", "slow", body=b"x" * 10, delay=1.0, chunk=1)
    with pytest.raises(httpx.ReadTimeout):
        client.get(newsroom.url("/slow"), timeout=httpx.Timeout(2, read=0.1))


def test_hang_fault_times_out_the_client(newsroom: FaultyNewsroom, client: httpx.Client) -> None:
    newsroom.fault("/hang", "hang")
    with pytest.raises(httpx.ReadTimeout):
        client.get(newsroom.url("/hang"), timeout=httpx.Timeout(2, read=0.1))


def test_stop_releases_a_hanging_request() -> None:
    newsroom = FaultyNewsroom().start()
    newsroom.fault("/hang", "hang")
    outcome: list[BaseException] = []

    def request_that_hangs() -> None:
        try:
            httpx.get(newsroom.url("/hang"), timeout=30)
        except httpx.HTTPError as exc:
            outcome.append(exc)

    client_thread = threading.Thread(target=request_that_hangs, daemon=True)
    client_thread.start()
    newsroom.wait_for_hits("/hang", 1, timeout=5)

    stopper = threading.Thread(target=newsroom.stop, daemon=True)
    stopper.start()
    stopper.join(timeout=5)
    client_thread.join(timeout=5)

    assert not stopper.is_alive(), "stop() hung on an open hanging request"
    assert not client_thread.is_alive(), "the hanging request was not released by stop()"
    assert isinstance(outcome[0], httpx.RemoteProtocolError)


@pytest.mark.parametrize("code", [301, 302, 307, 308])
def test_redirect_fault(newsroom: FaultyNewsroom, client: httpx.Client, code: int) -> None:
    newsroom.put("/new-home", "moved here")
    newsroom.fault("/old-home", "redirect", to="/new-home", code=code)
    response = client.get(newsroom.url("/old-home"), follow_redirects=True)
    assert response.text == "moved here"
    assert str(response.url) == newsroom.url("/new-home")
    assert [r.status_code for r in response.history] == [code]


def test_redirect_loop_exhausts_the_redirect_limit(newsroom: FaultyNewsroom) -> None:
    newsroom.fault("/loop", "redirect_loop")
    with (
        httpx.Client(timeout=5, follow_redirects=True, max_redirects=5) as http,
        pytest.raises(httpx.TooManyRedirects),
    ):
        http.get(newsroom.url("/loop"))
    assert newsroom.hits("/loop") == 6


N_HUGE = 2_000_000


@pytest.mark.parametrize(
    ("content_length", "gzip", "expected_length_header"),
    [
        (True, False, str(N_HUGE)),
        (False, False, None),
        (True, True, "compressed size"),
        (False, True, None),
    ],
    ids=["sized", "unsized", "gzip-bomb-sized", "gzip-bomb-unsized"],
)
def test_huge_fault(
    newsroom: FaultyNewsroom,
    client: httpx.Client,
    content_length: bool,
    gzip: bool,
    expected_length_header: str | None,
) -> None:
    newsroom.fault("/huge", "huge", n=N_HUGE, content_length=content_length, gzip=gzip)
    with client.stream("GET", newsroom.url("/huge")) as response:
        body = response.read()
        on_the_wire = response.num_bytes_downloaded

    assert len(body) == N_HUGE
    assert body.count(0) == N_HUGE
    assert response.headers.get("content-encoding") == ("gzip" if gzip else None)
    if expected_length_header == "compressed size":
        assert response.headers["content-length"] == str(on_the_wire)
    else:
        assert response.headers.get("content-length") == expected_length_header
    # A bomb is small on the wire and huge once decoded; that ratio is what a cap must catch.
    assert (on_the_wire < N_HUGE / 100) if gzip else (on_the_wire == N_HUGE)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"HTTP/1.1 200 OK\r\nContent-Length: nope\r\n\r\n", "Content-Length"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort", "complete message body"),
        (b"SSH-2.0-OpenSSH_9.6\r\n", "without sending a response"),
        (b"", "without sending a response"),
    ],
    ids=["bad-content-length", "truncated-body", "not-http", "nothing"],
)
def test_malformed_fault(
    newsroom: FaultyNewsroom, client: httpx.Client, raw: bytes, message: str
) -> None:
    newsroom.fault("/broken", "malformed", raw=raw)
    with pytest.raises(httpx.RemoteProtocolError, match=message):
        client.get(newsroom.url("/broken"))


@pytest.mark.parametrize(
    ("kind", "params", "error"),
    [
        ("explode", {}, ValueError),
        ("status", {}, TypeError),  # code is required
        ("redirect", {"code": 301}, TypeError),  # to is required
        ("hang", {"seconds": 3}, TypeError),
    ],
)
def test_bad_fault_requests_fail_at_once(
    newsroom: FaultyNewsroom, kind: str, params: dict[str, object], error: type[Exception]
) -> None:
    with pytest.raises(error):
        newsroom.fault("/a", kind, **params)
