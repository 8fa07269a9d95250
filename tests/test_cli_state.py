"""The read-only commands as an operator types them: `newsmon status`, `story`, `alerts`, run
through main() against a real Redis."""

from __future__ import annotations

import json
import logging
import re
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from harness import feeds_of, make_pipeline
from waiting import wait_until
from yaml_writer import write_configs

from monitor.config.loading import load_all
from monitor.state.heartbeat import Heartbeats
from monitor.state.stats import Counters
from workers.cli import main
from workers.runner import Roles, started
from workers.scheduler import Scheduler

REPO = Path(__file__).resolve().parent.parent

WATCH = {"id": "gaza", "title": "Gaza ceasefire talks",
         "query": "(ceasefire OR truce) AND (gaza OR hamas)", "sinks": ["ops"]}
SIGNED_SINK = {"type": "webhook", "name": "ops", "url": "${NEWSMON_TEST_HOOK_URL}",
               "secret": "${NEWSMON_TEST_HOOK_SECRET}"}


@pytest.fixture
def config(tmp_path, redis_url, monkeypatch):
    """A service file whose webhook sink takes its URL and secret from the environment, which
    the operator's shell does not have."""
    for name in ("NEWSMON_TEST_HOOK_URL", "NEWSMON_TEST_HOOK_SECRET", "NEWSMON_REDIS_URL"):
        monkeypatch.delenv(name, raising=False)
    return write_configs(tmp_path, feeds=[], watches=[WATCH], sinks=[SIGNED_SINK],
                         extra={"redis": {"url": redis_url}})


@pytest.mark.parametrize("command", [["status"], ["status", "--json"], ["story", "gaza"],
                                     ["alerts"]])
def test_read_only_commands_run_without_the_sinks_secrets(config, command, capsys):
    assert main(["-c", str(config), *command]) == 0
    assert "is not set" not in capsys.readouterr().err


@pytest.mark.parametrize("command", [["check"], ["replay"]])
def test_commands_that_send_still_need_the_secrets(config, command, capsys):
    assert main(["-c", str(config), *command]) == 1
    assert "environment variable NEWSMON_TEST_HOOK_SECRET is not set" in capsys.readouterr().err


# --- status: what it shows ----------------------------------------------------------------------


@pytest.fixture
def world(tmp_path, redis_url, redis_client, site, monkeypatch):
    """The corpus newsroom polled once by a pipeline on the test Redis; the CLI reads that
    Redis. Feeds are polled every 10 minutes; the watch sends to two sinks."""
    monkeypatch.delenv("NEWSMON_REDIS_URL", raising=False)
    feeds = [dict(feed, interval="10m") for feed in feeds_of(site)]
    sinks = [{"type": "console", "name": "console"}, {"type": "console", "name": "terminal"}]
    config = write_configs(tmp_path, feeds=feeds, sinks=sinks,
                           watches=[dict(WATCH, sinks=["console", "terminal"])],
                           extra={"redis": {"url": redis_url}})
    pipeline = make_pipeline(redis_client, config)
    pipeline.poll_all()
    return config, pipeline


def status_text(config, capsys) -> str:
    assert main(["-c", str(config), "status"]) == 0
    return capsys.readouterr().out


def test_status_shows_the_watch_list_in_force_and_warns_when_the_file_is_invalid(world,
                                                                                  capsys):
    config, _ = world
    watches = config.parent / "watches.yaml"
    watches.write_text(watches.read_text().replace('"watches": [', '"watchez": ['))
    out = status_text(config, capsys)
    first = out.splitlines()[0]
    assert first.startswith(f"WARNING {watches} is invalid, the daemon keeps the last good")
    assert "unknown key 'watchez'" in first
    assert {"rss", "atom", "rdf"} <= {line.split()[0] for line in out.splitlines()
                                      if line.startswith("  ")}
    assert "gaza" in out.split("STORIES")[1]


def test_status_says_whether_the_daemon_runs(world, redis_client, capsys):
    config, pipeline = world
    assert "DAEMON  not running (never seen" in status_text(config, capsys)
    Scheduler(pipeline.ctx, config.parent / "watches.yaml").tick()  # the scheduler's beat
    Heartbeats(redis_client).beat("worker")
    assert "DAEMON  running" in status_text(config, capsys)
    # the daemon stops: its beats expire
    for role in ("scheduler", "worker"):
        Heartbeats(redis_client).beat(role, ttl=0.05)
    wait_until(lambda: not any(r.alive for r in Heartbeats(redis_client).roles()), 5,
               "the heartbeats to expire")
    assert "DAEMON  not running (last seen 0s ago)" in status_text(config, capsys)


def test_a_failed_poll_is_retried_when_the_log_says_and_status_says_retry(world, newsroom, site,
                                                                           caplog, capsys):
    config, pipeline = world
    pipeline.ctx.schedule.claim_due_feeds(pipeline.ctx.watches.current().watchlist)
    newsroom.fault(site.feed_paths["rss"], "status", code=500)
    with caplog.at_level(logging.WARNING):
        pipeline.run("poll_feed", "rss")
    [message] = [r.getMessage() for r in caplog.records if "next try in" in r.getMessage()]
    announced = float(re.search(r"next try in (\d+) s", message).group(1))
    state = pipeline.ctx.schedule.states.get("rss")
    next_due = pipeline.ctx.schedule.next_due("rss")
    assert next_due == state.backoff_until
    assert next_due - state.last_poll == pytest.approx(announced, abs=0.5)
    assert announced < 600  # sooner than the feed's 10-minute interval
    rss = next(line for line in status_text(config, capsys).splitlines()
               if line.startswith("  rss "))
    assert "retry in " in rss and "HTTP 500" in rss and "backoff" not in rss


def test_story_of_an_unknown_watch_is_an_error_naming_the_known_ones(world, capsys):
    config, _ = world
    assert main(["-c", str(config), "story", "nope"]) == 1
    err = capsys.readouterr().err
    assert "unknown watch 'nope'" in err and "(watches: gaza)" in err
    assert main(["-c", str(config), "story", "gaza"]) == 0
    assert "pieces from" in capsys.readouterr().out


def test_status_piped_into_head_exits_quietly(world):
    config, _ = world
    proc = subprocess.Popen([sys.executable, "-m", "workers.cli", "-c", str(config), "status",
                             "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=REPO)
    proc.stdout.close()  # the reader leaves before newsmon writes, as `| head -0` would
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141
    assert err == ""


def test_status_names_alerts_and_deliveries_apart(world, capsys):
    config, pipeline = world
    # 5 alerts created by the poll, each delivered to two sinks
    Counters(pipeline.ctx.redis).incr("delivery_attempts_failed", 2)
    out = status_text(config, capsys)
    assert "ALERTS  created 5\n" in out
    assert ("DELIVERIES (one per alert and sink)  sent 10  failed attempts 2 (retried)  "
            "dead-lettered 0  awaiting `newsmon replay` 0") in out


def test_status_shows_where_a_moved_feed_is_polled_now(world, newsroom, site, capsys):
    config, pipeline = world
    old, new = site.feed_paths["rdf"], "/feeds/moved-wire.rdf"
    room = newsroom
    room.put(new, room.resource(old, old).body, content_type="application/rdf+xml")
    room.fault(old, "redirect", to=room.url(new), code=301)
    pipeline.run("poll_feed", "rdf")
    rdf = next(line for line in status_text(config, capsys).splitlines()
               if line.startswith("  rdf "))
    assert f"moved to {room.url(new)}" in rdf


def test_a_running_daemon_shows_as_running(world, redis_client, capsys):
    config, _ = world
    with started(load_all(config), Roles()):
        wait_until(lambda: all(r.alive for r in Heartbeats(redis_client).roles()), 30,
                   "the scheduler and the worker to beat")
        assert "DAEMON  running" in status_text(config, capsys)


def test_the_status_server_warns_when_the_watch_file_turns_invalid(world, redis_client):
    config, _ = world
    service = json.loads(config.read_text())
    config.write_text(json.dumps(service | {"status": {"port": free_port()}}))
    loaded = load_all(config)
    watches = config.parent / "watches.yaml"
    with started(loaded, Roles(worker=False)):
        url = f"http://127.0.0.1:{loaded.service.status.port}/status"
        watches.write_text(watches.read_text().replace('"watches": [', '"watchez": ['))
        # write_text truncates first: the scheduler may see the empty file for a moment (and
        # warn about that) before the broken one, so wait for the warning about the typo.
        def typo_reported():
            status = json.load(urllib.request.urlopen(url, timeout=5))
            return any("unknown key 'watchez'" in w for w in status["warnings"]) and status

        status = wait_until(typo_reported, 30, "the scheduler to notice the typo")
    assert "unknown key 'watchez'" in status["warnings"][0]
    assert {f["id"] for f in status["feeds"]} == {"rss", "atom", "rdf"}  # still in force


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
