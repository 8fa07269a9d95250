"""Liveness and readiness of one process, for /healthz and /readyz.

- Liveness (/healthz): this process's own loops are turning: the scheduler ticked within three
  ticks, the Dramatiq worker's consumer and worker threads are alive and its heartbeat loop
  ran lately. It does not look at Redis: a dead Redis is a readiness problem, and an
  orchestrator restarting every newsmon process because Redis is away helps nobody.
- Readiness (/readyz): what this process needs to do work: Redis answers, the job broker
  answers, a watch list is in force.

Each check returns None when fine, else a short reason; the status server turns the lot into
200/503 with a JSON body naming what is wrong. Probes use their own connections with short
timeouts, so a hung Redis makes /readyz answer 503 in seconds instead of hanging with it.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import dramatiq
import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from monitor.state import keys
from monitor.state.watchlist import WatchStore

PROBE_TIMEOUT = 2.0  # seconds a readiness probe waits for Redis or the broker

Check = Callable[[], str | None]


def probe_client(client: redis.Redis) -> redis.Redis:
    """A client to the same server as `client`, with short timeouts and its own pool."""
    pool = client.connection_pool
    kwargs = {**pool.connection_kwargs, "socket_timeout": PROBE_TIMEOUT,
              "socket_connect_timeout": PROBE_TIMEOUT, "retry_on_timeout": False,
              "retry": Retry(NoBackoff(), 0)}  # a probe answers now; no reconnect loop
    return redis.Redis(connection_pool=redis.ConnectionPool(
        connection_class=pool.connection_class, **kwargs))


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:200]


def redis_check(client: redis.Redis, what: str = "Redis") -> Check:
    def check() -> str | None:
        try:
            client.ping()
        except Exception as exc:  # any failure is the answer, not an error of ours
            return f"{what} unreachable ({_reason(exc)})"
        return None
    return check


def amqp_check(url: str) -> Check:
    """RabbitMQ reachable: a TCP connection to its port (no AMQP session per probe)."""
    parts = urlsplit(url)
    address = (parts.hostname or "localhost",
               parts.port or (5671 if parts.scheme == "amqps" else 5672))

    def check() -> str | None:
        try:
            socket.create_connection(address, timeout=PROBE_TIMEOUT).close()
        except OSError as exc:
            return f"broker unreachable at {address[0]}:{address[1]} ({_reason(exc)})"
        return None
    return check


def broker_check(broker: dramatiq.Broker, broker_url: str | None, state: redis.Redis) -> Check:
    if broker_url and broker_url.startswith(("amqp://", "amqps://")):
        return amqp_check(broker_url)
    client = getattr(broker, "client", None)
    if client is None or client is state:
        return redis_check(state, "the job broker (Redis)")
    return redis_check(probe_client(client), "the job broker (Redis)")


def watchlist_check(store: WatchStore) -> Check:
    def check() -> str | None:
        try:
            loaded = store.current() is not None
        except Exception as exc:
            return f"unknown: cannot read it ({_reason(exc)})"
        return None if loaded else "no watch list in force yet (a scheduler publishes it)"
    return check


@dataclass
class Loop:
    """A loop that says it turned (`turned()`); stale when it has not for `max_age` seconds."""

    name: str
    max_age: float
    last: float = field(default_factory=time.monotonic)

    def turned(self) -> None:
        self.last = time.monotonic()

    def check(self) -> str | None:
        age = time.monotonic() - self.last
        return f"{self.name} has not run for {age:.0f} s" if age > self.max_age else None


def dramatiq_check(worker: dramatiq.Worker) -> Check:
    def check() -> str | None:
        dead = [name for name, t in worker.consumers.items() if not t.is_alive()]
        dead += ["worker thread"] * sum(not t.is_alive() for t in worker.workers)
        return f"dead Dramatiq threads: {', '.join(dead)}" if dead else None
    return check


@dataclass
class Health:
    """The checks of one process, by name; filled in as its roles start."""

    liveness: dict[str, Check] = field(default_factory=dict)
    readiness: dict[str, Check] = field(default_factory=dict)

    @staticmethod
    def _run(checks: dict[str, Check]) -> tuple[bool, dict]:
        results = {name: check() for name, check in checks.items()}
        problems = {name: why for name, why in results.items() if why}
        body = {"status": "ok" if not problems else "failing",
                "checks": {name: why or "ok" for name, why in results.items()}}
        if problems:
            body["problems"] = [f"{name}: {why}" for name, why in problems.items()]
        return not problems, body

    def live(self) -> tuple[bool, dict]:
        return self._run(self.liveness)

    def ready(self) -> tuple[bool, dict]:
        return self._run(self.readiness)


def scheduler_loop(tick: float) -> Loop:
    # As long as the heartbeat's judgement: three ticks missed, never less than its TTL.
    return Loop("the scheduler tick", max(keys.HEARTBEAT_TTL, 3 * tick))


def worker_loop() -> Loop:
    return Loop("the worker heartbeat", keys.HEARTBEAT_TTL)
