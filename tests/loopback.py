"""One loopback HTTP server for the tests' own request handlers.

The demo's `LoopbackHTTPServer` (127.0.0.1, ephemeral port, daemon threads, a stop() that never
waits on a client), quiet about clients that hang up: several tests hang up on purpose (size
caps, timeouts), and a broken pipe there is the expected outcome, not an error to print.

    with serving(MyHandler, owner=state) as server:
        httpx.get(f"{server.base_url}/path")    # handlers reach `state` as self.server.owner
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from typing import Any

from workers.demo.newsroom import LoopbackHTTPServer


class QuietLoopbackServer(LoopbackHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a client that hung up
            super().handle_error(request, client_address)


@contextmanager
def serving(
    handler: type[BaseHTTPRequestHandler], owner: object = None
) -> Iterator[QuietLoopbackServer]:
    """Serve `handler` on 127.0.0.1 for the duration of the block."""
    server = QuietLoopbackServer(handler, owner)
    server.start()
    try:
        yield server
    finally:
        server.stop()
