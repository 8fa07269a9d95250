"""The SSRF guard at connect time: the address a connection actually reached must be public.

`guard.check_url_allowed` resolves the host before the request, but the connection resolves it
again; a hostile DNS server can answer a public address the first time and 127.0.0.1 the
second (DNS rebinding). `GuardedBackend` wraps httpcore's network backend and checks the peer
address of every new TCP connection before a byte is sent on it; `guarded_transport` is the
httpx transport built on it. Requests sent through a proxy (HTTP(S)_PROXY in the environment)
reach the proxy, which resolves the name itself: there only the first check applies.
"""

from __future__ import annotations

import httpcore
import httpx

from monitor.fetch.deadline_io import DeadlineBackend
from monitor.fetch.guard import is_blocked_address


class ConnectedToBlockedAddress(Exception):
    """Raised inside httpx (which passes on exceptions it does not know); Fetcher turns it
    into BlockedAddress about the URL."""

    def __init__(self, host: str, address: str):
        self.host, self.address = host, address
        super().__init__(f"{host} resolved to {address} when connecting, which is not a public "
                         "address (its DNS answers changed since the check: DNS rebinding?)")


class GuardedBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend | None = None):
        self._inner = inner or httpcore.SyncBackend()

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        stream = self._inner.connect_tcp(host, port, timeout=timeout,
                                         local_address=local_address,
                                         socket_options=socket_options)
        peer = stream.get_extra_info("server_addr")
        if not peer or is_blocked_address(peer[0]):
            stream.close()
            raise ConnectedToBlockedAddress(host, peer[0] if peer else "an unknown address")
        return stream

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise ConnectedToBlockedAddress(path, "a unix socket")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


# httpx's own defaults (httpx.DEFAULT_LIMITS), spelled out for the pool built below.
_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)


def guarded_transport(limits: httpx.Limits = _LIMITS, *,
                      check_addresses: bool = True) -> httpx.HTTPTransport:
    """An HTTP/1.1 transport whose every connection passes `GuardedBackend`'s check (unless
    `check_addresses` is off) and whose every socket wait obeys the fetch's deadline
    (monitor.fetch.deadline_io)."""
    backend = GuardedBackend() if check_addresses else httpcore.SyncBackend()
    transport = httpx.HTTPTransport(http1=True, http2=False, limits=limits)
    # httpx has no public way to hand its pool a network backend; the pool is httpcore's own,
    # built here with the same settings plus the backend.
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(),
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        http1=True,
        http2=False,
        network_backend=DeadlineBackend(backend),
    )
    return transport
