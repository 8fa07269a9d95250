"""Scale-out: `newsmon scheduler` and several `newsmon worker` processes on an external Redis,
with jobs on Redis or on RabbitMQ, on the project's own fixtures (tests/own_newsroom.py).

They run only when asked, on services the caller names and gives to the tests:

- `NEWSMON_TEST_REDIS_URL` (e.g. redis://127.0.0.1:6379/13): a Redis database of the tests' own.
  It is emptied (FLUSHDB) before and after each test, so database 0 is refused.
- `NEWSMON_TEST_AMQP_URL` (e.g. amqp://guest:guest@127.0.0.1:5672/newsmon-test): a RabbitMQ
  virtual host of the tests' own; newsmon's queues in it are purged before each test, so the
  default vhost "/" is refused. Needs the Redis variable too (state stays in Redis).

Unset, the tests skip with the reason; set, the service must answer (an error otherwise).
Nothing else on either server is touched. `.ci/run` sets both where it can.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from urllib.parse import unquote, urlsplit

import pytest
from harness import SECRET, hook_sink
from own_newsroom import FLOOD_WATCH, PIECES, build_own_newsroom
from waiting import wait_until
from yaml_writer import write_configs

from monitor.state.keys import JOB_QUEUES, job_delay_queue_messages, job_queue_messages
from workers.demo.newsroom import Newsroom
from workers.demo.receiver import WebhookReceiver

REDIS_VAR, AMQP_VAR = "NEWSMON_TEST_REDIS_URL", "NEWSMON_TEST_AMQP_URL"

pytestmark = pytest.mark.timeout(180)


def redis_db(url: str) -> int:
    import redis

    return int(redis.connection.parse_url(url).get("db", 0))


def amqp_vhost(url: str) -> str:
    path = urlsplit(url).path
    return unquote(path[1:]) if len(path) > 1 else "/"


@pytest.fixture
def external_redis():
    url = os.environ.get(REDIS_VAR)
    if not url:
        pytest.skip(f"set {REDIS_VAR} (e.g. redis://127.0.0.1:6379/13, a database of the "
                    f"tests' own: it is flushed) to run the scale-out tests on a Redis server")
    if redis_db(url) == 0:
        pytest.fail(f"{REDIS_VAR}={url} names database 0: the tests flush their database, "
                    f"give them one of their own (e.g. /13)")
    import redis

    client = redis.Redis.from_url(url)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.fail(f"{REDIS_VAR}={url} is set but the server does not answer: {exc}")
    client.flushdb()  # the tests' own database only
    yield url
    client.flushdb()
    client.close()


@pytest.fixture
def rabbitmq(external_redis):
    url = os.environ.get(AMQP_VAR)
    if not url:
        pytest.skip(f"set {AMQP_VAR} (e.g. amqp://guest:guest@127.0.0.1:5672/newsmon-test, a "
                    f"vhost of the tests' own) to run the scale-out test on RabbitMQ")
    if amqp_vhost(url) == "/":
        pytest.fail(f"{AMQP_VAR}={url} names the default vhost '/': the tests purge their "
                    f"queues, give them a vhost of their own (e.g. /newsmon-test)")
    pika = pytest.importorskip("pika")
    try:
        connection = pika.BlockingConnection(pika.URLParameters(url))
    except pika.exceptions.AMQPError as exc:
        pytest.fail(f"{AMQP_VAR}={url} is set but RabbitMQ refuses or does not answer: {exc!r}")
    for queue in JOB_QUEUES:  # leftovers of an earlier run must not leak into this one
        for name in (queue, f"{queue}.DQ", f"{queue}.XQ"):
            channel = connection.channel()
            try:
                channel.queue_purge(name)
                channel.close()
            except pika.exceptions.ChannelClosedByBroker:
                pass  # not declared yet: nothing to purge
    connection.close()
    yield url


def jobs_left(env: dict) -> int:
    """Jobs not yet done on the broker in `env`. Redis: waiting, in flight or delayed (a job
    leaves its queue's message hash only when acknowledged). RabbitMQ: ready messages only;
    those a worker has prefetched are counted again once the workers are gone (requeued)."""
    if "NEWSMON_BROKER_URL" not in env:
        import redis

        client = redis.Redis.from_url(env["NEWSMON_REDIS_URL"])
        try:
            return sum(client.hlen(job_queue_messages(q)) + client.hlen(job_delay_queue_messages(q))
                       for q in JOB_QUEUES)
        finally:
            client.close()
    import pika

    connection = pika.BlockingConnection(pika.URLParameters(env["NEWSMON_BROKER_URL"]))
    try:
        channel = connection.channel()
        left = 0
        for queue in JOB_QUEUES:
            for name in (queue, f"{queue}.DQ"):
                try:
                    left += channel.queue_declare(name, passive=True).method.message_count
                except pika.exceptions.ChannelClosedByBroker:  # never declared: empty
                    channel = connection.channel()
        return left
    finally:
        connection.close()


def run_split(tmp_path, env: dict) -> WebhookReceiver:
    with Newsroom() as newsroom, WebhookReceiver(secret=SECRET) as receiver:
        site = build_own_newsroom(newsroom)
        config = write_configs(
            tmp_path,
            # The processes start on an empty Redis with the pieces already online: their first
            # poll is the feeds' backlog, which these tests want alerted (tests/test_backlog.py
            # covers the silent default).
            feeds=site.feeds, watches=[{**FLOOD_WATCH, "backlog": "alert"}],
            sinks=[hook_sink(receiver)],
            extra={"workers": {"threads": 2}})
        full_env = dict(os.environ, **env)
        roles = ["scheduler", "worker", "worker"]
        processes = [subprocess.Popen([sys.executable, "-m", "workers.cli", "-c", str(config),
                                       role], env=full_env, stdout=subprocess.PIPE,
                                      stderr=subprocess.STDOUT, text=True) for role in roles]
        try:
            receiver.wait_for(len(PIECES), timeout=90)
            # Would a duplicate delivery still arrive? Only from a job not yet done: wait
            # until none is left, stop the workers warm, then check that none was left over.
            wait_until(lambda: jobs_left(env) == 0, 60, "the job queues to drain",
                       interval=0.1)
        finally:
            outputs = []
            for process in processes:
                process.send_signal(signal.SIGTERM)
            for process in processes:
                outputs.append(process.communicate(timeout=60)[0])
        assert all(p.returncode == 0 for p in processes), outputs
        assert jobs_left(env) == 0, "jobs were left that could still deliver"
        return receiver


@pytest.mark.external
def test_scheduler_and_two_workers_on_an_external_redis(tmp_path, external_redis):
    receiver = run_split(tmp_path, {"NEWSMON_REDIS_URL": external_redis})
    assert len(receiver.received) == len(PIECES)
    assert len(receiver.unique_ids()) == len(PIECES)
    assert all(a.verified for a in receiver.received)


@pytest.mark.external
def test_jobs_on_rabbitmq_state_on_redis(tmp_path, external_redis, rabbitmq):
    receiver = run_split(tmp_path, {"NEWSMON_REDIS_URL": external_redis,
                                    "NEWSMON_BROKER_URL": rabbitmq})
    assert len(receiver.received) == len(PIECES)
    assert len(receiver.unique_ids()) == len(PIECES)


@pytest.mark.parametrize(("url", "db"), [("redis://127.0.0.1:6379/13", 13),
                                         ("redis://127.0.0.1:6379", 0),
                                         ("redis://h:6379/0", 0)])
def test_the_redis_database_is_read_from_the_url(url, db):
    assert redis_db(url) == db


@pytest.mark.parametrize(("url", "vhost"), [
    ("amqp://guest:guest@127.0.0.1:5672/newsmon-test", "newsmon-test"),
    ("amqp://guest:guest@127.0.0.1:5672/%2F", "/"),
    ("amqp://guest:guest@127.0.0.1:5672/", "/"),
    ("amqp://guest:guest@127.0.0.1:5672", "/"),
])
def test_the_amqp_vhost_is_read_from_the_url(url, vhost):
    assert amqp_vhost(url) == vhost


def test_split_roles_refuse_the_embedded_redis(tmp_path):
    config = write_configs(tmp_path, feeds=[], watches=[])
    env = {k: v for k, v in os.environ.items() if k != "NEWSMON_REDIS_URL"}
    result = subprocess.run([sys.executable, "-m", "workers.cli", "-c", str(config), "worker"],
                            capture_output=True, text=True, timeout=30, env=env)
    assert result.returncode == 1
    assert "set redis.url" in result.stderr
