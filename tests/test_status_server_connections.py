"""The status server serves a bounded number of connections at once: a client holding many
idle connections gets a 503 for the ones past the cap, and the server is whole again once
they close (a real server on 127.0.0.1, real sockets)."""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request

import pytest

from workers import status_server
from workers.status_server import StatusServer

pytestmark = pytest.mark.timeout(60)
CAP = 4


@pytest.fixture
def server(monkeypatch):
    monkeypatch.setattr(status_server, "MAX_CONNECTIONS", CAP)
    served = StatusServer("127.0.0.1", 0, lambda: (None, None))
    served.start()
    yield served
    served.stop()


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_connections_past_the_cap_get_a_503_and_the_server_recovers(server):
    host, port = server.url.removeprefix("http://").split(":")
    assert _get(f"{server.url}/healthz") == 200
    idle = [socket.create_connection((host, int(port)), timeout=5) for _ in range(CAP)]
    try:
        # each idle connection holds a handler thread, waiting for a request line
        extra = socket.create_connection((host, int(port)), timeout=5)
        answer = extra.recv(4096)
        extra.close()
        assert answer.startswith(b"HTTP/1.1 503"), answer
        assert _get(f"{server.url}/healthz") == 503
    finally:
        for connection in idle:
            connection.close()
    for _ in range(50):  # the handler threads notice the closed sockets at once
        if _get(f"{server.url}/healthz") == 200:
            break
        time.sleep(0.1)
    assert _get(f"{server.url}/healthz") == 200
