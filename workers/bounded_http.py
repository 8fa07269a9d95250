"""A threading HTTP server with a cap on the connections it serves at once.

`ThreadingHTTPServer` starts a thread for every connection and never refuses one: a client
that opens thousands of idle connections (each held for up to the handler's timeout) costs a
thread and a socket each, without limit. Past `max_connections`, this server answers at once
with a short 503 and closes, so the daemon's threads stay bounded and the status of a busy
server is still clear to the client.
"""

from __future__ import annotations

import socket
import threading
from http.server import ThreadingHTTPServer

BUSY = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nRetry-After: 1\r\n"
        b"Connection: close\r\nContent-Length: 37\r\n\r\ntoo many connections; try again soon\n")


class BoundedThreadingHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, handler, max_connections: int):
        self._slots = threading.BoundedSemaphore(max_connections)
        super().__init__(address, handler)

    def process_request(self, request, client_address):
        if not self._slots.acquire(blocking=False):
            self._refuse(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()  # no thread started: it will not release the slot
            raise

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def _refuse(self, request: socket.socket) -> None:
        try:
            request.settimeout(1.0)
            request.sendall(BUSY)
        except OSError:
            pass  # the client is gone already: nothing to tell it
        finally:
            self.shutdown_request(request)
