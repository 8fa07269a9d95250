"""The SSRF guard: only http(s) URLs whose host resolves to public addresses are fetched.

`is_blocked_address` is pure; `check_url_allowed` resolves the host (DNS is its only I/O) and
translates resolver and URL-parsing errors into the FetchError tree itself.
"""

from __future__ import annotations

import ipaddress
import socket

import httpx

from monitor.errors import BlockedAddress, FetchError, TransportError

ALLOWED_SCHEMES = ("http", "https")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def is_blocked_address(ip: str | ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True for any address that is not a public unicast one: private, loopback, link-local,
    multicast, reserved, unspecified, shared (CGNAT), documentation ... IPv6 forms that embed an
    IPv4 address (mapped, 6to4, NAT64) are judged by that address too."""
    address = ipaddress.ip_address(ip)
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return is_blocked_address(address.ipv4_mapped)
        embedded = address.sixtofour or (
            ipaddress.IPv4Address(int(address) & 0xFFFFFFFF) if address in _NAT64 else None
        )
        if embedded is not None and is_blocked_address(embedded):
            return True
    return (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    )


def check_url_allowed(url: str, allow_private: bool) -> None:
    """Raise unless `url` is http(s) and (when private addresses are not allowed) every address
    its host resolves to is public.

    DNS rebinding: the name is resolved again when httpx connects, so a hostile resolver could
    answer differently the second time; `connect_guard.GuardedBackend` checks the address each
    connection actually reached, before anything is sent.
    """
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise FetchError(url, f"invalid URL: {exc}") from exc
    if parsed.scheme not in ALLOWED_SCHEMES:
        scheme = f"{parsed.scheme}:" if parsed.scheme else "a relative"
        raise BlockedAddress(url, f"only http and https URLs are fetched, not {scheme} URL")
    if not parsed.host:
        raise FetchError(url, "URL has no host")
    if allow_private:
        return
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    for address in resolve_host(url, parsed.host, port):
        if is_blocked_address(address):
            raise BlockedAddress(
                url, f"{parsed.host} resolves to {address}, which is not a public address"
            )


def resolve_host(url: str, host: str, port: int) -> list[str]:
    """Every address `host` resolves to; TransportError (about `url`) when it does not."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise TransportError(url, f"cannot resolve {host}: {exc}") from exc
    return [info[4][0] for info in infos]
