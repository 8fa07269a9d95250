"""The read API, the Atom feeds and the token, over real HTTP, on a real Redis filled by the
pipeline running on the project's own newsroom (three pieces of a story, a wire copy, a
style-only edit and an edit that changes a number): what a client of /api/v1/ and a feed reader
see, including the errors, and that nothing served writes or fetches."""

from __future__ import annotations

import json
import logging

import feedparser
import httpx
import jsonschema
import pytest
from faulty_newsroom import FaultyNewsroom
from harness import SECRET, hook_sink, make_pipeline
from openapi_spec_validator import validate as validate_spec
from own_newsroom import FLOOD_WATCH, PIECES, build_own_newsroom, read_text
from yaml_writer import write_configs

from monitor import redact
from monitor.jobs.recheck import recheck_article
from monitor.state import keys
from monitor.state.alertlog import AlertStream
from monitor.state.connection import EmbeddedRedis, connect
from monitor.views.api import AlertsQuery, alerts_page
from monitor.views.storyview import list_stories, read_story
from workers.demo.receiver import WebhookReceiver
from workers.status_server import StatusServer

TOKEN = "TokenCanary-4f9c2a7d1e8b"
OTHER_WATCH = {"id": "chess", "title": "County chess", "query": "chess", "sinks": ["hook"]}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """The pipeline run once for the module, on a Redis of its own: 3 `new` alerts on
    tallis-flood, 1 on chess, then two edits of the first piece (style only: no alert; a
    number: one `claims_changed`). Tests read it; the one that adds alerts removes them."""
    folder = tmp_path_factory.mktemp("api")
    server = EmbeddedRedis(folder / "redis")
    client = connect(server.url)
    with FaultyNewsroom() as newsroom, WebhookReceiver(secret=SECRET) as receiver:
        site = build_own_newsroom(newsroom)
        pipeline = make_pipeline(client, write_configs(
            folder, feeds=site.feeds, watches=[FLOOD_WATCH, OTHER_WATCH],
            sinks=[hook_sink(receiver)]))
        pipeline.poll_all()
        edited = pipeline.ctx.dedup.article_for_url(site.url(PIECES[0]))
        site.publish(PIECES[0], read_text(f"{PIECES[0]}.v2-style"))
        assert recheck_article(pipeline.ctx, edited) == "style_only"
        site.publish(PIECES[0], read_text(f"{PIECES[0]}.v2-number"))
        assert recheck_article(pipeline.ctx, edited) == "claims_changed"
        pipeline.run_jobs()
        yield pipeline, newsroom, edited
    client.close()
    server.close()


def serve(client, watchlist=None, token=None) -> StatusServer:
    server = StatusServer("127.0.0.1", 0, lambda: (client, watchlist, []), token=token)
    server.start()
    return server


@pytest.fixture(scope="module")
def api(world):
    pipeline, _, edited = world
    server = serve(pipeline.ctx.redis, pipeline.ctx.watches.current().watchlist)
    with httpx.Client(base_url=server.url, timeout=10) as client:
        yield client, pipeline, edited
    server.stop()


def test_alerts_newest_first_with_filters_and_pages(api):
    client, pipeline, _ = api
    everything = client.get("/api/v1/alerts").json()
    stream = [e["stream_id"] for e in AlertStream(pipeline.ctx.redis).older(None, 100)]
    assert [a["cursor"] for a in everything["alerts"]] == stream  # newest first
    assert len(stream) == 5 and everything["next"] is None and everything["next_cursor"] is None
    types = [a["alert"]["type"] for a in everything["alerts"]]
    assert types[0] == "article.claims_changed" and types.count("article.new") == 4

    flood = client.get("/api/v1/alerts", params={"watch": "tallis-flood"}).json()["alerts"]
    assert len(flood) == 4
    assert {a["alert"]["data"]["watch"]["id"] for a in flood} == {"tallis-flood"}
    changed = client.get("/api/v1/alerts", params={"type": "article.claims_changed"}).json()
    [only] = changed["alerts"]
    assert only["alert"]["data"]["changes"][0]["type"] == "number_changed"
    chess_changes = client.get("/api/v1/alerts", params={
        "watch": "chess", "type": "article.claims_changed"}).json()
    assert chess_changes["alerts"] == [] and chess_changes["next"] is None

    # Two at a time, following `next`: the same alerts in the same order, filter kept.
    seen, url = [], "/api/v1/alerts?watch=tallis-flood&limit=2"
    while url:
        page = client.get(url).json()
        assert len(page["alerts"]) <= 2
        seen += [a["cursor"] for a in page["alerts"]]
        url = page["next"]
        assert url is None or "watch=tallis-flood" in url
    assert seen == [a["cursor"] for a in flood]


def test_pages_neither_skip_nor_repeat_alerts_that_arrive_meanwhile(api):
    client, pipeline, _ = api
    stream = AlertStream(pipeline.ctx.redis)
    template = json.loads(stream.older(None, 1)[0]["payload"])

    def add(n: int) -> None:
        payload = dict(template, data={**template["data"], "alert_id": f"msg_added{n}"})
        stream.append(f"msg_added{n}", template["type"], json.dumps(payload))

    start = stream.older(None, 1)[0]["stream_id"]
    try:
        _walk_while_adding(client, stream, add)
    finally:  # the other tests read the world as it was
        added = [e["stream_id"] for e in stream.older(None, 1000)
                 if _order(e["stream_id"]) > _order(start)]
        pipeline.ctx.redis.xdel(keys.ALERT_STREAM, *added)


def _order(stream_id: str) -> tuple[int, int]:
    ms, seq = stream_id.split("-")
    return int(ms), int(seq)


def _walk_while_adding(client, stream, add) -> None:
    for n in range(20):
        add(n)
    before_walk = [e["stream_id"] for e in stream.older(None, 1000)]
    seen, cursor, added = [], None, 100
    while True:
        page = client.get("/api/v1/alerts", params={"limit": 3, **(
            {"before": cursor} if cursor else {})}).json()
        seen += [a["cursor"] for a in page["alerts"]]
        for _ in range(2):  # alerts keep arriving between two pages
            add(added)
            added += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == before_walk  # every alert there at the start, once, newest first
    assert len(seen) == len(set(seen)) == 25


@pytest.mark.parametrize(("query", "says"), [
    ("limit=0", "parameter limit"),
    ("limit=abc", "parameter limit"),
    ("limit=100000", "parameter limit"),
    ("before=yesterday", "parameter before"),
    ("type=article.deleted", "parameter type"),
    ("watch=../etc", "parameter watch"),
    ("wacth=tallis-flood", "unknown parameter 'wacth'"),
    ("limit=1&limit=2", "parameter 'limit' is given twice"),
])
def test_bad_parameters_are_a_400_naming_them(api, query, says):
    client, _, _ = api
    reply = client.get(f"/api/v1/alerts?{query}")
    assert reply.status_code == 400 and reply.headers["content-type"] == "application/json"
    assert says in reply.json()["error"]


def test_article_versions_and_the_changes_between_them(api):
    client, pipeline, edited = api
    body = client.get(f"/api/v1/articles/{edited}").json()
    article = body["article"]
    assert article["id"] == edited and article["watches"] == ["tallis-flood"]
    assert article["version"] == 3 and article["copies"], "the wire copy is listed"
    assert [v["n"] for v in body["versions"]] == [1, 2, 3]
    assert all(v["words"] > 100 for v in body["versions"])
    style, number = body["changes"]
    assert (style["from_version"], style["to_version"], style["changes"]) == (1, 2, [])
    assert (number["from_version"], number["to_version"]) == (2, 3)
    [change] = [c for c in number["changes"] if c["type"] == "number_changed"]
    assert "[-1,200-]" in change["word_diff"] and "{+1,450+}" in change["word_diff"]
    # The same change the claims_changed alert carried.
    alert = client.get("/api/v1/alerts?type=article.claims_changed").json()["alerts"][0]
    assert change in alert["alert"]["data"]["changes"]


@pytest.mark.parametrize("path", ["/api/v1/articles/0123456789abcdef",
                                  "/api/v1/articles/..%2F..%2Fetc",
                                  "/api/v1/articles/%3Cscript%3E",
                                  "/feeds/no-such-watch.atom",
                                  "/feeds/%00.atom",
                                  "/api/v1/nothing-here"])
def test_unknown_things_are_a_404_in_json(api, path):
    client, _, _ = api
    reply = client.get(path)
    assert reply.status_code == 404 and "error" in reply.json()
    assert "<script>" not in reply.text


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
def test_only_get_and_head_are_served(api, method):
    client, _, _ = api
    reply = client.request(method, "/api/v1/alerts")
    assert reply.status_code == 405 and reply.headers["allow"] == "GET, HEAD"
    assert "error" in reply.json()


def test_head_is_get_without_the_body(api):
    client, _, _ = api
    head, get = client.head("/api/v1/alerts"), client.get("/api/v1/alerts")
    assert head.status_code == 200 and head.content == b""
    assert int(head.headers["content-length"]) == len(get.content)


def test_every_response_conforms_to_the_served_openapi_document(api):
    client, _, edited = api
    document = client.get("/api/v1/openapi.json").json()
    validate_spec(document)  # a valid OpenAPI 3.1 document
    assert document["openapi"] == "3.1.0"
    cases = [("/api/v1/stories", "/api/v1/stories", 200),
             ("/api/v1/stories/tallis-flood", "/api/v1/stories/{watch}", 200),
             ("/api/v1/stories/chess", "/api/v1/stories/{watch}", 200),
             ("/api/v1/stories/nope", "/api/v1/stories/{watch}", 404),
             ("/api/v1/alerts", "/api/v1/alerts", 200),
             ("/api/v1/alerts?type=article.claims_changed&limit=1", "/api/v1/alerts", 200),
             ("/api/v1/alerts?watch=chess", "/api/v1/alerts", 200),
             ("/api/v1/alerts?limit=0", "/api/v1/alerts", 400),
             (f"/api/v1/articles/{edited}", "/api/v1/articles/{id}", 200),
             ("/api/v1/articles/0123456789abcdef", "/api/v1/articles/{id}", 404)]
    for url, path, status in cases:
        reply = client.get(url)
        assert reply.status_code == status, url
        schema = document["paths"][path]["get"]["responses"][str(status)]["content"][
            "application/json"]["schema"]
        # Closed: a key the response has and the document does not describe fails too.
        jsonschema.validate(reply.json(), closed({**schema, "components": document[
            "components"]}), cls=jsonschema.Draft202012Validator)
    # Every parameter of /alerts documented, with its bounds.
    params = {p["name"]: p for p in document["paths"]["/api/v1/alerts"]["get"]["parameters"]}
    assert set(params) == {"watch", "type", "limit", "before"}
    assert params["limit"]["schema"]["maximum"] == 200


def closed(schema):
    """`schema` with every object that lists its properties refusing any other."""
    if isinstance(schema, list):
        return [closed(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: closed(v) for k, v in schema.items()}
    if "properties" in out and "additionalProperties" not in out:
        out["additionalProperties"] = False
    return out


def test_stories_are_the_story_read_models_own_dicts(api):
    client, pipeline, edited = api
    listed = client.get("/api/v1/stories").json()
    assert listed == {"stories": [s.to_dict() for s in list_stories(
        pipeline.ctx.redis, pipeline.ctx.watches.current().watchlist)]}
    assert [(s["watch_id"], s["pieces"]) for s in listed["stories"]] == [
        ("tallis-flood", 3), ("chess", 1)]
    story = client.get("/api/v1/stories/tallis-flood").json()
    assert story == read_story(pipeline.ctx.redis, "tallis-flood",
                               title=FLOOD_WATCH["title"]).to_dict()
    [piece] = [p for p in story["pieces"] if p["article_id"] == edited]
    assert [c["to_version"] for c in piece["changes"]] == [2, 3]
    assert client.get("/api/v1/stories/tallis-flood?x=1").status_code == 400


def test_the_atom_feed_parses_back_into_the_watchs_alerts(api):
    client, _, edited = api
    reply = client.get("/feeds/tallis-flood.atom")
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(reply.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10" and feed.feed.title == "Tallis flood barrier (newsmon)"
    alerts = client.get("/api/v1/alerts?watch=tallis-flood").json()["alerts"]
    assert [e.id for e in feed.entries] == [
        f"urn:newsmon:alert:{a['alert']['data']['alert_id']}" for a in alerts]
    first = feed.entries[0]  # the claim change, newest
    assert first.title.startswith("Claims changed: ") and "1,450" in first.content[0].value
    assert first.link == alerts[0]["alert"]["data"]["article"]["url"]
    assert all(e.title.startswith("New piece: ") for e in feed.entries[1:])
    assert all(e.summary for e in feed.entries)


def test_reading_writes_nothing_and_fetches_nothing(api, world):
    client, pipeline, edited = api
    newsroom = world[1]
    r = pipeline.ctx.redis
    before = {key: r.dump(key) for key in r.keys("*")}
    fetched = len(newsroom.requests)
    for url in ("/status", "/api/v1/openapi.json", "/api/v1/alerts?limit=1",
                f"/api/v1/articles/{edited}", "/feeds/tallis-flood.atom", "/metrics"):
        assert client.get(url).status_code == 200, url
    assert {key: r.dump(key) for key in r.keys("*")} == before
    assert len(newsroom.requests) == fetched


# --- the token ------------------------------------------------------------------------------

PROTECTED = ("/status", "/api/v1/openapi.json", "/api/v1/alerts", "/feeds/tallis-flood.atom",
             "/api/v1/articles/0123456789abcdef", "/api/v1/no-such-endpoint", "/stories/")


def test_on_loopback_without_a_token_everything_is_open(redis_client):
    server = serve(redis_client)
    try:
        assert httpx.get(server.url + "/api/v1/alerts").status_code == 200
    finally:
        server.stop()


def test_a_token_once_set_is_required_everywhere_but_the_probes(world, caplog):
    redact.register([TOKEN])  # what the runner does with settings.secrets()
    caplog.handler.addFilter(redact.RedactingFilter())
    caplog.set_level(logging.DEBUG)
    pipeline = world[0]
    server = serve(pipeline.ctx.redis, pipeline.ctx.watches.current().watchlist, token=TOKEN)
    bodies = []
    http = httpx.Client(base_url=server.url, timeout=10)
    try:
        for path in ("/healthz", "/readyz", "/metrics"):
            reply = http.get(path)
            assert reply.status_code == 200, path
            bodies.append(reply.text)
        for path in PROTECTED:
            for headers in ({}, {"Authorization": "Bearer wrong-token-of-some-length"},
                            {"Authorization": f"Basic {TOKEN}"},
                            {"Authorization": f"Bearer {TOKEN[:-1]}"}):
                reply = http.get(path, headers=headers)
                assert reply.status_code == 401, (path, headers)
                assert reply.headers["www-authenticate"].startswith('Bearer realm="newsmon"')
                bodies.append(reply.text)
            reply = http.get(path, headers={"Authorization": f"Bearer {TOKEN}"})
            assert reply.status_code != 401, path
            bodies.append(reply.text)
        assert 'error="invalid_token"' in http.get("/api/v1/alerts", headers={
            "Authorization": "Bearer nope"}).headers["www-authenticate"]
        # A browser or a feed reader: HTTP Basic, the token as the password.
        assert http.get("/feeds/tallis-flood.atom", auth=("reader", TOKEN)).status_code == 200
        assert http.get("/feeds/tallis-flood.atom", auth=(TOKEN, "x")).status_code == 401
    finally:
        http.close()
        server.stop()
        redact.SECRETS.clear()
    for text in [*bodies, caplog.text]:
        assert TOKEN not in text and SECRET not in text


def test_beyond_loopback_the_server_refuses_to_start_without_a_token(redis_client):
    from monitor.errors import NewsmonError

    for host in ("0.0.0.0", "::", "192.0.2.10", "example.org"):
        with pytest.raises(NewsmonError, match="status.token"):
            StatusServer(host, 0, lambda: (redis_client, None, []))  # refused before binding


@pytest.mark.parametrize("status", [{"host": "0.0.0.0", "port": 8787},
                                    {"host": "10.0.0.5", "worker_port": 8788, "port": 0}])
def test_check_refuses_a_bind_beyond_loopback_without_a_token(tmp_path, capsys, status):
    from workers.cli import main

    config = write_configs(tmp_path, feeds=[], watches=[], extra={"status": status})
    assert main(["-c", str(config), "check"]) == 1
    err = capsys.readouterr().err
    assert "newsmon.yaml:" in err and "set status.token" in err and "127.0.0.1" in err


def test_a_token_from_the_environment_lets_it_bind_beyond_loopback(tmp_path, monkeypatch):
    from monitor.config.loading import load_service

    config = write_configs(tmp_path, feeds=[], watches=[], extra={"status": {
        "host": "0.0.0.0", "port": 8787, "token": "${MY_STATUS_TOKEN}"}})
    monkeypatch.setenv("MY_STATUS_TOKEN", TOKEN)
    settings = load_service(config)
    assert settings.status.token == TOKEN and TOKEN in settings.secrets()
    monkeypatch.setenv("NEWSMON_STATUS_TOKEN", "x" * 20)  # the override wins
    assert load_service(config).status.token == "x" * 20
    monkeypatch.setenv("NEWSMON_STATUS_TOKEN", "short")
    with pytest.raises(Exception, match="at least 16 characters"):
        load_service(config)


def test_a_page_ending_on_the_oldest_alert_says_so_and_old_entries_filter_too(world,
                                                                              redis_client):
    """On a Redis of its own: the last page has no `next`, even when it is exactly full, and
    alerts written before the stream noted their watch are filtered by their payload."""
    template = json.loads(AlertStream(world[0].ctx.redis).older(None, 1)[0]["payload"])
    stream = AlertStream(redis_client)
    for n, watch in enumerate(["a", "b", "a", "b"]):
        payload = dict(template, data={**template["data"], "alert_id": f"msg_{n}",
                                       "watch": {**template["data"]["watch"], "id": watch}})
        stream.append(f"msg_{n}", template["type"], json.dumps(payload),
                      watch if n % 2 else "")  # 0 and 2: as written before

    def page(**query):
        return alerts_page(redis_client, AlertsQuery(**query))

    assert page(limit=4)["next"] is None and len(page(limit=4)["alerts"]) == 4
    first = page(limit=3)
    assert len(first["alerts"]) == 3 and first["next_cursor"]
    last = page(limit=3, before=first["next_cursor"])
    assert [a["alert"]["data"]["alert_id"] for a in last["alerts"]] == ["msg_0"]
    assert last["next"] is None
    for watch in ("a", "b"):
        found = page(watch=watch)["alerts"]
        assert {a["alert"]["data"]["watch"]["id"] for a in found} == {watch} and len(found) == 2
