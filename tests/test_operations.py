"""Running newsmon as an operator does: the split roles (`newsmon scheduler`, `newsmon worker`)
as processes on a Redis of their own, each with its status server: /healthz, /readyz and
/metrics over real HTTP, JSON logs, and what happens when Redis dies.

Everything runs on the project's own newsroom (tests/data/own_story): no shared corpus needed.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from harness import hook_sink
from own_newsroom import FLOOD_WATCH, build_own_newsroom
from prometheus_client.parser import text_string_to_metric_families
from waiting import wait_until
from yaml_writer import write_configs

from monitor.state.connection import EmbeddedRedis

pytestmark = pytest.mark.timeout(180)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as reply:
            return reply.status, reply.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except OSError:
        return 0, b""  # not listening yet


def start(config: Path, role: str, log: Path) -> subprocess.Popen:
    # Output to a file: a pipe nobody reads would fill up and block the daemon.
    out = log.open("w")
    return subprocess.Popen([sys.executable, "-m", "workers.cli", "-c", str(config), role],
                            stdout=out, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "NEWSMON_LOG_FORMAT": "json"})


def metric_samples(text: str) -> dict[tuple[str, tuple], float]:
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


@pytest.fixture
def own_redis(tmp_path):
    server = EmbeddedRedis(tmp_path / "redis")
    yield server
    server.close()


@pytest.fixture
def split(tmp_path, newsroom, receiver, own_redis):
    """A scheduler and a worker on the own newsroom (plus a feed that answers 404)."""
    site = build_own_newsroom(newsroom)
    feeds = [dict(feed, interval="1s") for feed in site.feeds]
    feeds.append({"id": "gone", "url": newsroom.url("/no/such/feed.rss")})
    ports = {"scheduler": free_port(), "worker": free_port()}
    config = write_configs(
        tmp_path, feeds=feeds, watches=[dict(FLOOD_WATCH, backlog="alert")],
        sinks=[hook_sink(receiver)],
        extra={"log_level": "INFO", "redis": {"url": own_redis.url},
               "status": {"port": ports["scheduler"], "worker_port": ports["worker"]}})
    logs = {role: tmp_path / f"{role}.log" for role in ports}
    processes = {role: start(config, role, logs[role]) for role in ports}
    urls = {role: f"http://127.0.0.1:{port}" for role, port in ports.items()}
    try:
        yield urls, logs, processes
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in processes.values():
            try:
                process.wait(40)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_every_role_is_live_ready_and_says_at_once_when_redis_dies(split, receiver, own_redis):
    urls, logs, _ = split
    for role, url in urls.items():
        status, body = wait_until(lambda u=url: (r := get(u + "/readyz"))[0] == 200 and r, 60,
                                  f"the {role} to be ready")
        assert json.loads(body) == {"status": "ok", "checks": {
            "redis": "ok", "broker": "ok", "watchlist": "ok"}}
        status, body = get(url + "/healthz")
        assert status == 200, body
        assert set(json.loads(body)["checks"]) == (
            {"scheduler"} if role == "scheduler"
            else {"article_worker", "poll_worker", "worker_heartbeat"})
    receiver.wait_for(3, timeout=60)  # the three pieces of the story: the daemon works

    os.kill(own_redis.pid, signal.SIGKILL)
    for role, url in urls.items():
        status, body = get(url + "/readyz")  # the first answer after the kill, no waiting
        assert status == 503, (role, body)
        answer = json.loads(body)
        assert answer["status"] == "failing"
        assert answer["checks"]["redis"].startswith("Redis unreachable"), answer
        assert any(p.startswith("redis: Redis unreachable") for p in answer["problems"])
        # Liveness is about this process's loops, which still turn: no restart for a Redis
        # outage (that would not bring Redis back).
        status, body = get(url + "/healthz")
        assert status == 200, (role, body)


def test_metrics_of_a_running_worker_and_scheduler(split, receiver):
    urls, logs, _ = split
    receiver.wait_for(3, timeout=60)
    # The off-topic page and the wire copy may still be in a job when the third webhook
    # arrives: wait for every count this test reads to be reached, not only the deliveries.
    settled = {("newsmon_deliveries_total", (("outcome", "delivered"),)): 3,
               ("newsmon_articles_stored_total", (("kind", "page"),)): 4,
               ("newsmon_copies_folded_total", ()): 1}

    def metrics_settled():
        samples = metric_samples(get(urls["worker"] + "/metrics")[1].decode())
        return all(samples.get(name, 0) >= n for name, n in settled.items()) and samples

    worker = wait_until(metrics_settled, 30, "the worker's metrics to count every piece")
    assert worker[("newsmon_polls_total", (("outcome", "ok"),))] >= 3
    assert worker[("newsmon_polls_total", (("outcome", "failed"),))] >= 1  # the 404 feed
    assert worker[("newsmon_feed_items_total", ())] >= 5  # five entries, on three feeds
    assert worker[("newsmon_articles_stored_total", (("kind", "page"),))] >= 4
    assert worker[("newsmon_copies_folded_total", ())] >= 1  # the wire copy
    assert worker[("newsmon_matches_total", ())] >= 3
    assert worker[("newsmon_alerts_total", (("type", "article.new"),))] == 3
    assert worker[("newsmon_item_to_alert_seconds_count", (("type", "article.new"),))] == 3
    assert worker[("newsmon_fetch_seconds_count", (("kind", "page"),))] >= 4
    assert worker[("newsmon_extraction_seconds_count", ())] >= 4
    assert worker[("newsmon_delivery_seconds_count", (("outcome", "delivered"),))] >= 3
    assert worker[("newsmon_feeds_in_backoff", ())] == 1
    assert worker[("newsmon_state_up", ())] == 1
    assert ("newsmon_queue_oldest_job_age_seconds", (("queue", "newsmon-alerts"),)) in worker
    assert ("newsmon_queue_jobs", (("queue", "newsmon-feeds"), ("state", "pending"))) in worker
    assert ("newsmon_sinks_disabled", ()) in worker
    assert any(name == "newsmon_build_info" for name, _ in worker)
    # The scheduler polls nothing itself: its counters are its own (zero), its state gauges
    # the same as everyone's.
    scheduler = metric_samples(get(urls["scheduler"] + "/metrics")[1].decode())
    assert scheduler.get(("newsmon_polls_total", (("outcome", "ok"),)), 0) == 0
    assert scheduler[("newsmon_watchlist_reload_failures_total", ())] == 0
    assert scheduler[("newsmon_feeds_in_backoff", ())] == 1
    # No URL or id as a label: every label is from a small fixed set (or a watch list's feed id).
    labels = {k for name, pairs in worker if name.startswith("newsmon_") for k, _ in pairs}
    assert labels <= {"outcome", "kind", "type", "queue", "state", "feed", "le", "version",
                      "python"}, labels


def test_json_logs_carry_the_ids_of_each_job(split, receiver):
    urls, logs, processes = split
    receiver.wait_for(3, timeout=60)
    lines = wait_until(
        lambda: (ls := _json_lines(logs["worker"])) and any(
            line.get("job") == "deliver" and "delivered" in line["msg"] for line in ls) and ls,
        30, "the worker to log a delivery")
    failed_poll = next(line for line in lines if "feed gone failed" in line["msg"])
    assert failed_poll["job"] == "poll_feed" and failed_poll["feed"] == "gone"
    assert failed_poll["level"] == "warning" and failed_poll["logger"] == "monitor.jobs.polls"
    assert failed_poll["ts"].endswith("+00:00") and "T" in failed_poll["ts"]
    assert failed_poll["job_id"]
    alert = next(line for line in lines if str(line.get("job")).startswith("process_item")
                 and "alert" in line)
    assert alert["feed"] in ("courier", "northgate", "aggregator") and alert["article"]
    assert alert["msg"].startswith(f"alert {alert['alert']}")
    delivered = next(line for line in lines if line.get("job") == "deliver"
                     and "delivered" in line["msg"])
    assert delivered["level"] == "info" and delivered["sink"] == "hook" and delivered["alert"]
    reloads = [line for line in _json_lines(logs["scheduler"]) if "watch list in force" in
               line["msg"]]
    assert reloads and reloads[0]["level"] == "info"


def _json_lines(path: Path) -> list[dict]:
    """Every line of the log, each of which must be a JSON object."""
    text = path.read_text()
    complete = text[:text.rfind("\n") + 1]  # the last line may be half-written
    return [json.loads(line) for line in complete.splitlines() if line.strip()]


def test_the_environment_sets_log_level_and_format_and_where_the_status_server_listens(
        monkeypatch):
    from monitor.settings import ServiceSettings

    defaults = ServiceSettings()
    assert (defaults.log_level, defaults.log.format) == ("INFO", "text")
    assert defaults.status.port != defaults.status.worker_port  # both roles on one machine
    monkeypatch.setenv("NEWSMON_LOG_LEVEL", "debug")
    monkeypatch.setenv("NEWSMON_LOG_FORMAT", "json")
    monkeypatch.setenv("NEWSMON_STATUS_HOST", "0.0.0.0")
    monkeypatch.setenv("NEWSMON_STATUS_WORKER_PORT", "9100")
    monkeypatch.setenv("NEWSMON_STATUS_TOKEN", "t" * 32)  # required beyond loopback
    settings = ServiceSettings.model_validate({"log_level": "WARNING", "status": {"port": 1}})
    assert (settings.log_level, settings.log.format) == ("DEBUG", "json")
    assert (settings.status.host, settings.status.port, settings.status.worker_port) == (
        "0.0.0.0", 1, 9100)
    assert settings.status.token == "t" * 32


@pytest.fixture
def without_pika(monkeypatch):
    """This interpreter as if the `rabbitmq` extra were not installed: `import pika` fails."""
    monkeypatch.setitem(sys.modules, "pika", None)


def test_rabbitmq_without_its_extra_is_one_clear_line_at_start_and_in_check(
        tmp_path, without_pika, capsys):
    from workers.cli import main

    config = write_configs(tmp_path, feeds=[], watches=[], extra={
        "redis": {"url": "redis://127.0.0.1:1/0"},  # never reached: the check comes first
        "broker": {"url": "amqp://guest:guest@127.0.0.1:5672/newsmon"}})
    for command in ("run", "worker", "check"):
        assert main(["-c", str(config), command]) == 1, command
        err = capsys.readouterr().err
        assert err.count("\n") == 1, err
        assert 'pip install "news-monitor[rabbitmq]"' in err and "pika" in err
        assert "Traceback" not in err and "ModuleNotFoundError" not in err
