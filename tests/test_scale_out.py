"""Scale-out: `newsmon scheduler` and several `newsmon worker` processes on an external Redis,
with jobs on Redis or on RabbitMQ. Needs the services on 127.0.0.1 (Redis 7 on 6379, RabbitMQ on
5672); skipped where they are not running, since nothing in newsmon needs them by default."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys

import pytest
from harness import GAZA_WATCH, SECRET, feeds_of, hook_sink
from newsroom_corpus import build_corpus_newsroom
from waiting import wait_until
from yaml_writer import write_configs

from monitor.state.keys import JOB_QUEUES, job_delay_queue_messages, job_queue_messages
from workers.demo.newsroom import Newsroom
from workers.demo.receiver import WebhookReceiver

REDIS_URL = "redis://127.0.0.1:6379/13"
AMQP_URL = "amqp://guest:guest@127.0.0.1:5672/%2F"
# The processes start on an empty Redis with the corpus already online: their first poll is the
# feeds' backlog, which these tests want alerted (tests/test_backlog.py covers the silent default).
WATCH = {**GAZA_WATCH, "backlog": "alert"}

pytestmark = [pytest.mark.external, pytest.mark.timeout(180)]


def reachable(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


@pytest.fixture
def external_redis():
    if not reachable(6379):
        pytest.skip("no Redis on 127.0.0.1:6379")
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    client.flushdb()
    yield REDIS_URL
    client.flushdb()


@pytest.fixture
def rabbitmq():
    if not reachable(5672):
        pytest.skip("no RabbitMQ on 127.0.0.1:5672")
    pika = pytest.importorskip("pika")
    connection = pika.BlockingConnection(pika.URLParameters(AMQP_URL))
    for queue in JOB_QUEUES:  # leftovers of an earlier run must not leak into this one
        for name in (queue, f"{queue}.DQ", f"{queue}.XQ"):
            channel = connection.channel()
            try:
                channel.queue_purge(name)
                channel.close()
            except pika.exceptions.ChannelClosedByBroker:
                pass  # not declared yet: nothing to purge
    connection.close()
    yield AMQP_URL


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


def run_split(tmp_path, corpus, env: dict) -> WebhookReceiver:
    with Newsroom() as newsroom, WebhookReceiver(secret=SECRET) as receiver:
        site = build_corpus_newsroom(newsroom, corpus)
        config = write_configs(
            tmp_path,
            feeds=feeds_of(site), watches=[WATCH],
            sinks=[hook_sink(receiver)],
            extra={"workers": {"threads": 2}})
        full_env = dict(os.environ, **env)
        roles = ["scheduler", "worker", "worker"]
        processes = [subprocess.Popen([sys.executable, "-m", "workers.cli", "-c", str(config),
                                       role], env=full_env, stdout=subprocess.PIPE,
                                      stderr=subprocess.STDOUT, text=True) for role in roles]
        try:
            receiver.wait_for(5, timeout=90)
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


def test_scheduler_and_two_workers_on_an_external_redis(tmp_path, corpus, external_redis):
    receiver = run_split(tmp_path, corpus, {"NEWSMON_REDIS_URL": external_redis})
    assert len(receiver.received) == 5
    assert len(receiver.unique_ids()) == 5
    assert all(a.verified for a in receiver.received)


def test_jobs_on_rabbitmq_state_on_redis(tmp_path, corpus, external_redis, rabbitmq):
    receiver = run_split(tmp_path, corpus, {"NEWSMON_REDIS_URL": external_redis,
                                            "NEWSMON_BROKER_URL": rabbitmq})
    assert len(receiver.received) == 5
    assert len(receiver.unique_ids()) == 5


def test_split_roles_refuse_the_embedded_redis(tmp_path):
    config = write_configs(tmp_path, feeds=[], watches=[])
    env = {k: v for k, v in os.environ.items() if k != "NEWSMON_REDIS_URL"}
    result = subprocess.run([sys.executable, "-m", "workers.cli", "-c", str(config), "worker"],
                            capture_output=True, text=True, timeout=30, env=env)
    assert result.returncode == 1
    assert "set redis.url" in result.stderr
