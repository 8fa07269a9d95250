"""The whole-fetch deadline, enforced at the socket.

httpx's timeouts are per operation: `read` restarts with every byte received, so a server that
sends its response headers one byte every 2 s never trips a 20 s read timeout, and the body
loop's own deadline check (monitor.fetch.client) is never reached while the headers trickle.
`DeadlineBackend` wraps httpcore's network backend: every connect, read and write of a stream
it made waits at most what is left of the deadline of the fetch running in this thread (set
with `bounded_by`), and one that starts after the deadline fails at once with a timeout. httpx
turns that into its own timeout exception, which the Fetcher reports as `total_timeout`.
The sync client does its I/O in the caller's thread, so a thread-local is the fetch's scope;
pooled connections reused by a later fetch obey that fetch's deadline.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpcore

Remaining = Callable[[], float]  # seconds left of the current fetch

_scope = threading.local()


@contextmanager
def bounded_by(remaining: Remaining) -> Iterator[None]:
    """Every socket wait in this thread, inside the block, ends by the deadline."""
    outer = getattr(_scope, "remaining", None)
    _scope.remaining = remaining
    try:
        yield
    finally:
        _scope.remaining = outer


def capped(timeout: float | None, error: type[Exception]) -> float | None:
    """`timeout` shortened to what is left of the current fetch; `error` when nothing is."""
    remaining = getattr(_scope, "remaining", None)
    if remaining is None:
        return timeout
    left = remaining()
    if left <= 0:
        raise error("the whole request ran out of time (total_timeout)")
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream):
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, capped(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, capped(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):
        return DeadlineStream(self._inner.start_tls(
            ssl_context, server_hostname, capped(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend | None = None):
        self._inner = inner or httpcore.SyncBackend()

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        return DeadlineStream(self._inner.connect_tcp(
            host, port, timeout=capped(timeout, httpcore.ConnectTimeout),
            local_address=local_address, socket_options=socket_options))

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        return DeadlineStream(self._inner.connect_unix_socket(
            path, timeout=capped(timeout, httpcore.ConnectTimeout),
            socket_options=socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)
