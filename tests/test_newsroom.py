"""The loopback newsroom, the webhook receiver, the bundled demo site and the corpus newsroom,
all over real HTTP on 127.0.0.1."""

from __future__ import annotations

import base64
import json
import re
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from html import escape

import feedparser
import httpx
import pytest
from newsroom_corpus import build_corpus_newsroom, feed_plan
from standardwebhooks import Webhook

from workers.demo.newsroom import FeedEntry, Newsroom, rfc822
from workers.demo.receiver import WebhookReceiver
from workers.demo.site import load_demo_site, publish, versions_at

LAST_MODIFIED = datetime(2025, 7, 25, 9, 30, tzinfo=UTC)


@pytest.fixture
def newsroom() -> Iterator[Newsroom]:
    with Newsroom() as site:
        yield site


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    # One client for the module: building its TLS context costs ~50 ms a time.
    with httpx.Client(timeout=5) as http:
        yield http


# --- conditional GET ---------------------------------------------------------------------------

Validators = Callable[[str, str], dict[str, str]]


@pytest.mark.parametrize(
    ("conditional_headers", "expected_status"),
    [
        (lambda etag, lm: {}, 200),
        (lambda etag, lm: {"If-None-Match": etag}, 304),
        (lambda etag, lm: {"If-None-Match": f"W/{etag}"}, 304),
        (lambda etag, lm: {"If-None-Match": f'"stale", {etag}'}, 304),
        (lambda etag, lm: {"If-None-Match": "*"}, 304),
        (lambda etag, lm: {"If-None-Match": '"stale"'}, 200),
        (lambda etag, lm: {"If-Modified-Since": lm}, 304),
        (lambda etag, lm: {"If-Modified-Since": rfc822(LAST_MODIFIED + timedelta(days=1))}, 304),
        (lambda etag, lm: {"If-Modified-Since": rfc822(LAST_MODIFIED - timedelta(seconds=1))}, 200),
        (lambda etag, lm: {"If-Modified-Since": "not a date"}, 200),
        # If-None-Match decides when present, even if If-Modified-Since alone would say 304.
        (lambda etag, lm: {"If-None-Match": '"stale"', "If-Modified-Since": lm}, 200),
    ],
    ids=[
        "unconditional",
        "etag",
        "weak-etag",
        "etag-in-list",
        "etag-star",
        "stale-etag",
        "ims-equal",
        "ims-later",
        "ims-earlier",
        "ims-garbage",
        "inm-wins-over-ims",
    ],
)
def test_conditional_get(
    newsroom: Newsroom, client: httpx.Client, conditional_headers: Validators, expected_status: int
) -> None:
    newsroom.put("/feed.xml", b"<rss/>", "application/rss+xml", last_modified=LAST_MODIFIED)
    first = client.get(newsroom.url("/feed.xml"))
    assert first.status_code == 200
    assert first.headers["last-modified"] == "Fri, 25 Jul 2025 09:30:00 GMT"

    headers = conditional_headers(first.headers["etag"], first.headers["last-modified"])
    second = client.get(newsroom.url("/feed.xml"), headers=headers)

    assert second.status_code == expected_status
    assert second.content == (b"" if expected_status == 304 else b"<rss/>")
    assert second.headers["etag"] == first.headers["etag"]
    assert newsroom.hits("/feed.xml") == 2
    assert newsroom.conditional_hits("/feed.xml") == (1 if headers else 0)


def test_etag_follows_the_body(newsroom: Newsroom, client: httpx.Client) -> None:
    newsroom.put("/a", "first version")
    etag_first = client.get(newsroom.url("/a")).headers["etag"]
    newsroom.put("/a", "first version")  # same bytes again: same validator
    assert client.get(newsroom.url("/a")).headers["etag"] == etag_first

    newsroom.put("/a", "second version")
    changed = client.get(newsroom.url("/a"), headers={"If-None-Match": etag_first})
    assert changed.status_code == 200
    assert changed.text == "second version"
    assert changed.headers["etag"] != etag_first


def test_put_without_etag_never_answers_304(newsroom: Newsroom, client: httpx.Client) -> None:
    newsroom.put("/a", "body", etag=False)
    response = client.get(newsroom.url("/a"), headers={"If-None-Match": "*"})
    assert response.status_code == 200
    assert "etag" not in response.headers


def test_put_serves_extra_headers_and_head(newsroom: Newsroom, client: httpx.Client) -> None:
    newsroom.put("/a", "body", headers={"Cache-Control": "max-age=60"})
    head = client.head(newsroom.url("/a"))
    assert head.status_code == 200
    assert head.headers["cache-control"] == "max-age=60"
    assert head.headers["content-length"] == "4"
    assert head.content == b""


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/story", "plain"),
        ("/story?utm_source=rss&utm_medium=feed", "plain"),  # any query: the path's content
        ("/story?page=2", "page two"),  # an exact target put on its own wins
    ],
)
def test_query_strings(
    newsroom: Newsroom, client: httpx.Client, target: str, expected: str
) -> None:
    newsroom.put("/story", "plain")
    newsroom.put("/story?page=2", "page two")
    assert client.get(newsroom.url(target)).text == expected


def test_remove_then_404(newsroom: Newsroom, client: httpx.Client) -> None:
    newsroom.put("/a", "body")
    newsroom.remove("/a")
    assert client.get(newsroom.url("/a")).status_code == 404
    assert client.get(newsroom.url("/never-put")).status_code == 404


def test_requests_are_recorded(newsroom: Newsroom, client: httpx.Client) -> None:
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
    newsroom: Newsroom, client: httpx.Client, code: int, headers: dict[str, str]
) -> None:
    newsroom.put("/feed", "fine")
    newsroom.fault("/feed", "status", code=code, headers=headers)
    response = client.get(newsroom.url("/feed"))
    assert response.status_code == code
    assert response.headers.get("retry-after") == headers.get("Retry-After")


def test_fault_for_a_number_of_requests_then_recovers(
    newsroom: Newsroom, client: httpx.Client
) -> None:
    newsroom.put("/feed", "fine")
    newsroom.fault("/feed", "status", code=503, times=2)
    statuses = [client.get(newsroom.url("/feed")).status_code for _ in range(3)]
    assert statuses == [503, 503, 200]


def test_clear_fault_restores_the_content(newsroom: Newsroom, client: httpx.Client) -> None:
    newsroom.put("/feed", "fine")
    newsroom.fault("/feed", "status", code=500)
    assert client.get(newsroom.url("/feed")).status_code == 500
    newsroom.clear_fault("/feed")
    assert client.get(newsroom.url("/feed")).text == "fine"


def test_slow_fault_trickles_the_whole_body(newsroom: Newsroom) -> None:
    newsroom.put("/slow", b"0123456789" * 4)
    newsroom.fault("/slow", "slow", delay=0.02, chunk=10)
    with httpx.Client(timeout=2) as patient:
        assert patient.get(newsroom.url("/slow")).content == b"0123456789" * 4


def test_slow_fault_trips_a_read_timeout(newsroom: Newsroom, client: httpx.Client) -> None:
    newsroom.fault("/slow", "slow", body=b"x" * 10, delay=1.0, chunk=1)
    with pytest.raises(httpx.ReadTimeout):
        client.get(newsroom.url("/slow"), timeout=httpx.Timeout(2, read=0.1))


def test_hang_fault_times_out_the_client(newsroom: Newsroom, client: httpx.Client) -> None:
    newsroom.fault("/hang", "hang")
    with pytest.raises(httpx.ReadTimeout):
        client.get(newsroom.url("/hang"), timeout=httpx.Timeout(2, read=0.1))


def test_stop_releases_a_hanging_request() -> None:
    newsroom = Newsroom().start()
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
def test_redirect_fault(newsroom: Newsroom, client: httpx.Client, code: int) -> None:
    newsroom.put("/new-home", "moved here")
    newsroom.fault("/old-home", "redirect", to="/new-home", code=code)
    response = client.get(newsroom.url("/old-home"), follow_redirects=True)
    assert response.text == "moved here"
    assert str(response.url) == newsroom.url("/new-home")
    assert [r.status_code for r in response.history] == [code]


def test_redirect_loop_exhausts_the_redirect_limit(newsroom: Newsroom) -> None:
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
    newsroom: Newsroom,
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
    newsroom: Newsroom, client: httpx.Client, raw: bytes, message: str
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
    newsroom: Newsroom, kind: str, params: dict[str, object], error: type[Exception]
) -> None:
    with pytest.raises(error):
        newsroom.fault("/a", kind, **params)


# --- feeds -------------------------------------------------------------------------------------

ENTRIES = [
    FeedEntry(
        title='Talks "stall" <again> & resume — ‘quoted’',
        link="/world/talks-stall",  # relative: put_feed makes it absolute
        guid="urn:test:talks-stall",
        summary="Negotiators & mediators <met> in Doha.",
        published=datetime(2025, 7, 24, 21, 40, tzinfo=UTC),
        updated=datetime(2025, 7, 25, 8, 0, tzinfo=UTC),
        author="Lena Hartmann",
    ),
    FeedEntry(
        title="Second item",
        link="https://other.example.org/2",
        guid="https://other.example.org/2",
        summary="Plain.",
        published=datetime(2025, 7, 23, 6, 0, tzinfo=UTC),
    ),
]


@pytest.mark.parametrize(
    ("kind", "version", "content_type", "date_field"),
    [
        ("rss", "rss20", "application/rss+xml", "published_parsed"),
        ("atom", "atom10", "application/atom+xml", "published_parsed"),
        ("rdf", "rss10", "application/rdf+xml", "updated_parsed"),  # dc:date
    ],
)
def test_feeds_parse_with_feedparser(
    newsroom: Newsroom,
    client: httpx.Client,
    kind: str,
    version: str,
    content_type: str,
    date_field: str,
) -> None:
    newsroom.put_feed(f"/feed.{kind}", kind, "World & more", ENTRIES)  # type: ignore[arg-type]
    response = client.get(newsroom.url(f"/feed.{kind}"))
    parsed = feedparser.parse(response.content)

    assert response.headers["content-type"].startswith(content_type)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == version
    assert parsed.feed.title == "World & more"
    assert [e.title for e in parsed.entries] == [e.title for e in ENTRIES]
    assert [e.link for e in parsed.entries] == [
        newsroom.url("/world/talks-stall"),
        "https://other.example.org/2",
    ]
    assert [e.id for e in parsed.entries] == [e.guid for e in ENTRIES]
    assert parsed.entries[0].author == "Lena Hartmann"
    assert parsed.entries[0][date_field][:5] == (2025, 7, 24, 21, 40)
    assert "Negotiators & mediators" in parsed.entries[0].summary


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_carry_edit_times(newsroom: Newsroom, kind: str) -> None:
    body = newsroom.put_feed("/f", kind, "World", ENTRIES)  # type: ignore[arg-type]
    parsed = feedparser.parse(body)
    assert parsed.entries[0].updated_parsed[:4] == (2025, 7, 25, 8)


def test_unknown_feed_kind(newsroom: Newsroom) -> None:
    with pytest.raises(ValueError, match="unknown feed kind"):
        newsroom.put_feed("/f", "json", "World", ENTRIES)  # type: ignore[arg-type]


# --- webhook receiver --------------------------------------------------------------------------

SECRET = "whsec_" + base64.b64encode(b"newsroom-test-secret-32-bytes!!!").decode()
OTHER_SECRET = "whsec_" + base64.b64encode(b"someone-else-secret-32-bytes!!!!").decode()
ALERT = {"type": "article.new", "timestamp": "2025-07-25T10:00:00Z", "data": {"watch": "gaza"}}


def signed_headers(
    body: str, *, secret: str = SECRET, msg_id: str = "msg_1", sent: datetime | None = None
) -> dict[str, str]:
    sent = sent or datetime.now(UTC)
    return {
        "content-type": "application/json",
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(sent.timestamp())),
        "webhook-signature": Webhook(secret).sign(msg_id, sent, body),
    }


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver(secret=SECRET) as hook:
        yield hook


def test_receiver_accepts_a_signed_delivery(
    receiver: WebhookReceiver, client: httpx.Client
) -> None:
    body = json.dumps(ALERT)
    response = client.post(receiver.url, content=body, headers=signed_headers(body))

    assert response.status_code == 200
    (alert,) = receiver.received
    assert alert.verified and alert.error is None
    assert alert.json == ALERT
    assert alert.body == body.encode()
    assert (alert.webhook_id, alert.event_type, alert.status) == ("msg_1", "article.new", 200)


def _forge(kind: str, body: str) -> tuple[str, dict[str, str]]:
    """A delivery that must not verify: (body sent, headers sent)."""
    if kind == "wrong-secret":
        return body, signed_headers(body, secret=OTHER_SECRET)
    if kind == "tampered-body":
        return body.replace("gaza", "ukraine"), signed_headers(body)
    if kind == "no-signature":
        headers = signed_headers(body)
        del headers["webhook-signature"]
        return body, headers
    if kind == "garbage-signature":
        return body, {**signed_headers(body), "webhook-signature": "not-a-signature"}
    if kind == "replayed-too-late":
        return body, signed_headers(body, sent=datetime.now(UTC) - timedelta(minutes=10))
    raise AssertionError(kind)


@pytest.mark.parametrize(
    "forgery",
    ["wrong-secret", "tampered-body", "no-signature", "garbage-signature", "replayed-too-late"],
)
def test_receiver_rejects_a_forged_delivery(
    receiver: WebhookReceiver, client: httpx.Client, forgery: str
) -> None:
    body, headers = _forge(forgery, json.dumps(ALERT))
    response = client.post(receiver.url, content=body, headers=headers)

    assert response.status_code == 401
    (alert,) = receiver.received
    assert not alert.verified
    assert alert.status == 401
    assert alert.error


def test_receiver_without_secret_records_unverified(client: httpx.Client) -> None:
    with WebhookReceiver() as hook:
        response = client.post(hook.url, json=ALERT, headers={"webhook-id": "msg_9"})
        assert response.status_code == 200
        (alert,) = hook.received
    assert not alert.verified
    assert alert.json == ALERT


def test_respond_with_scripts_the_next_responses(
    receiver: WebhookReceiver, client: httpx.Client
) -> None:
    receiver.respond_with(500, 429, headers={"Retry-After": "1"})
    body = json.dumps(ALERT)
    responses = [
        client.post(receiver.url, content=body, headers=signed_headers(body)) for _ in range(3)
    ]

    assert [r.status_code for r in responses] == [500, 429, 200]
    assert [r.headers.get("retry-after") for r in responses] == ["1", "1", None]
    assert [a.status for a in receiver.received] == [500, 429, 200]
    assert receiver.unique_ids() == {"msg_1"}


def test_a_forged_delivery_does_not_consume_the_script(
    receiver: WebhookReceiver, client: httpx.Client
) -> None:
    receiver.respond_with(500)
    body = json.dumps(ALERT)
    forged = client.post(
        receiver.url, content=body, headers=signed_headers(body, secret=OTHER_SECRET)
    )
    genuine = client.post(receiver.url, content=body, headers=signed_headers(body))
    assert (forged.status_code, genuine.status_code) == (401, 500)


def test_wait_for_returns_deliveries_from_another_thread(receiver: WebhookReceiver) -> None:
    def deliver() -> None:
        for n in range(2):
            body = json.dumps({**ALERT, "n": n})
            httpx.post(receiver.url, content=body, headers=signed_headers(body, msg_id=f"msg_{n}"))

    threading.Thread(target=deliver, daemon=True).start()
    alerts = receiver.wait_for(2, timeout=5)
    assert [a.json["n"] for a in alerts] == [0, 1]
    assert receiver.unique_ids() == {"msg_0", "msg_1"}


def test_wait_for_times_out_with_a_clear_message(
    receiver: WebhookReceiver, client: httpx.Client
) -> None:
    body = json.dumps(ALERT)
    client.post(receiver.url, content=body, headers=signed_headers(body))
    with pytest.raises(TimeoutError, match=r"expected 2 deliveries within 0.2s, got 1"):
        receiver.wait_for(2, timeout=0.2)


def test_on_alert_sees_every_delivery_and_cannot_break_the_receiver(
    client: httpx.Client,
) -> None:
    seen: list[str | None] = []

    def callback(alert: object) -> None:
        seen.append(alert.webhook_id)  # type: ignore[attr-defined]
        raise RuntimeError("a buggy consumer")

    with WebhookReceiver(secret=SECRET, on_alert=callback) as hook:
        body = json.dumps(ALERT)
        statuses = [
            client.post(hook.url, content=body, headers=signed_headers(body, msg_id=m)).status_code
            for m in ("msg_a", "msg_b")
        ]
    assert statuses == [200, 200]
    assert seen == ["msg_a", "msg_b"]


# --- the bundled demo site ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_site():
    return load_demo_site(now=datetime(2031, 3, 14, 12, 0, tzinfo=UTC))


def test_demo_site_loads_from_package_data(demo_site) -> None:
    assert [o.name for o in demo_site.outlets] == [
        "Harbor Herald",
        "Meridian Wire",
        "Northgate Times",
    ]
    initial = [a for a in demo_site.articles if a.stage == 0]
    assert len(initial) == 6
    assert sum(a.on_story for a in initial) == 4
    assert demo_site.last_stage == 2
    texts = [a.text for a in demo_site.articles] + [e.text for e in demo_site.edits]
    assert all(150 <= len(t.split()) <= 300 for t in texts)
    assert all(a.published <= demo_site.epoch for a in demo_site.articles)
    story_terms = re.compile(r"Kessport")
    assert all(bool(story_terms.search(a.text)) == a.on_story for a in demo_site.articles)


def test_demo_edit_changes_a_number_and_adds_a_quote(demo_site) -> None:
    (edit,) = demo_site.edits
    before = demo_site.article(edit.article).text
    assert "At least 38 ships" in before and "At least 41 ships" in edit.text
    added = set(edit.text.split("\n\n")) - set(before.split("\n\n"))
    assert len(added) == 2  # the changed paragraph and the new quote
    assert any(p.startswith('"') and "said" in p for p in added)


def _feed_ids(client: httpx.Client, url: str) -> list[str]:
    parsed = feedparser.parse(client.get(url).content)
    assert not parsed.bozo
    return [e.id.rsplit(":", 1)[1] for e in parsed.entries]


@pytest.mark.parametrize(
    ("stage", "expected_feeds"),
    [
        (
            0,
            {
                "harbor-herald": ["herald-strike-day-twelve", "herald-rovers-derby"],
                "meridian-wire": ["wire-saltline-offer", "wire-mediator-truce"],
                "northgate-times": ["times-exporters-cost", "times-library-reopens"],
            },
        ),
        (
            1,
            {
                "harbor-herald": ["herald-strike-day-twelve", "herald-rovers-derby"],
                "meridian-wire": [
                    "wire-truce-agreed",
                    "wire-saltline-offer",
                    "wire-mediator-truce",
                ],
                "northgate-times": ["times-exporters-cost", "times-library-reopens"],
            },
        ),
    ],
)
def test_publish_stage_feeds(
    newsroom: Newsroom, client: httpx.Client, demo_site, stage: int, expected_feeds
) -> None:
    published = publish(newsroom, demo_site, stage)
    assert {slug: _feed_ids(client, url) for slug, url in published.feeds.items()} == expected_feeds
    for article_id, url in published.pages.items():
        page = client.get(url)
        assert page.status_code == 200
        assert f'<link rel="canonical" href="{url}">' in page.text
        assert escape(demo_site.article(article_id).title) in page.text
    later = client.get(newsroom.url(demo_site.article("wire-truce-agreed").path))
    assert later.status_code == (200 if stage >= 1 else 404)
    assert "Meridian Wire" in client.get(newsroom.url("/")).text


def test_publish_stages_change_only_what_they_change(
    newsroom: Newsroom, client: httpx.Client, demo_site
) -> None:
    def etags(published) -> dict[str, str]:
        urls = {**published.feeds, **published.pages}
        return {key: client.get(url).headers["etag"] for key, url in urls.items()}

    stage0 = etags(publish(newsroom, demo_site, 0))
    stage1 = etags(publish(newsroom, demo_site, 1))
    stage2 = etags(publish(newsroom, demo_site, 2))

    assert {k for k in stage1 if stage1[k] != stage0.get(k)} == {
        "meridian-wire",
        "wire-truce-agreed",
    }
    assert {k for k in stage2 if stage2[k] != stage1[k]} == {
        "harbor-herald",
        "herald-strike-day-twelve",
    }
    edited = client.get(newsroom.url(demo_site.article("herald-strike-day-twelve").path)).text
    assert "At least 41 ships" in edited and "harbourmaster" in edited
    assert "Updated" in edited
    herald = feedparser.parse(client.get(newsroom.url("/harbor-herald/rss.xml")).content)
    assert herald.entries[0].updated_parsed > herald.entries[0].published_parsed


def test_publish_back_to_an_earlier_stage_takes_pieces_offline(
    newsroom: Newsroom, client: httpx.Client, demo_site
) -> None:
    publish(newsroom, demo_site, 1)
    publish(newsroom, demo_site, 0)
    later = demo_site.article("wire-truce-agreed")
    assert client.get(newsroom.url(later.path)).status_code == 404
    assert [v.article.id for v in versions_at(demo_site, 0)].count(later.id) == 0


@pytest.mark.parametrize("stage", [-1, 3])
def test_publish_rejects_unknown_stages(newsroom: Newsroom, demo_site, stage: int) -> None:
    with pytest.raises(ValueError, match="between 0 and 2"):
        publish(newsroom, demo_site, stage)


# --- the corpus newsroom -----------------------------------------------------------------------


def _parsed_links(client: httpx.Client, url: str) -> list[str]:
    parsed = feedparser.parse(client.get(url).content)
    assert not parsed.bozo
    return [e.link for e in parsed.entries]


def test_corpus_newsroom_lists_every_article(
    newsroom: Newsroom, client: httpx.Client, corpus: dict[str, str]
) -> None:
    site = build_corpus_newsroom(newsroom, corpus)
    links = {kind: _parsed_links(client, url) for kind, url in site.feed_urls.items()}
    assert links == {kind: list(listed) for kind, listed in site.feed_links.items()}

    all_links = [link.split("?")[0] for listed in links.values() for link in listed]
    assert set(site.article_urls.values()) | set(site.offtopic_urls.values()) == set(all_links)
    assert site.duplicate_seeds == ("001",)
    assert sum(1 for listed in links.values() if site.article_urls["001"] in listed) == 2
    assert "utm_source=rss" in site.tracked_link
    assert site.tracked_link in links["rdf"]

    tracked_page = client.get(site.tracked_link).text
    canonical = site.article_urls[site.tracked_seed]
    assert f'<link rel="canonical" href="{canonical}">' in tracked_page


def test_corpus_pages_use_both_templates(
    newsroom: Newsroom, client: httpx.Client, corpus: dict[str, str]
) -> None:
    site = build_corpus_newsroom(newsroom, corpus)
    for key, url in {**site.article_urls, **site.offtopic_urls}.items():
        page = client.get(url)
        assert page.status_code == 200
        assert f"/{site.templates[key].replace('_', '-')}/" in url
        assert re.search(r"<h1[^>]*>", page.text)
    assert set(site.templates.values()) == {"outlet_a", "outlet_b"}
    assert site.titles["000"].startswith("US negotiators cut short Gaza")


@pytest.mark.parametrize(
    ("kinds", "expected_sizes"),
    [
        (("rss", "atom", "rdf"), {"rss": 3, "atom": 3, "rdf": 2}),
        (("atom",), {"atom": 7}),
        (("rdf", "rss"), {"rdf": 5, "rss": 3}),
    ],
)
def test_feed_plan_keeps_every_piece_listed(
    kinds: tuple[str, ...], expected_sizes: dict[str, int]
) -> None:
    plan = feed_plan(kinds)
    assert {kind: len(keys) for kind, keys in plan.items()} == expected_sizes
    listed = {key for keys in plan.values() for key in keys}
    assert listed == {"000", "001", "002", "003", "004", "football", "markets"}


def test_feed_plan_rejects_unknown_kinds() -> None:
    with pytest.raises(ValueError, match="non-empty subset"):
        feed_plan(("rss", "json"))
