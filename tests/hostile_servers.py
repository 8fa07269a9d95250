"""Hostile servers on 127.0.0.1 for fault tests: what a slow or malicious host does on the wire."""

from __future__ import annotations

import socket
import threading

HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n" + b"X-Pad: " + b"a" * 500


class TricklingHeaders(threading.Thread):
    """Accepts connections and sends HEAD one byte every `pace` seconds, never finishing the
    headers; stops (and closes every connection) when `close()` is called."""

    def __init__(self, pace: float, host: str = "127.0.0.1"):
        """`host`: any 127.x.y.z address (all are loopback on Linux), so that a test can put
        hostile hosts apart from the others the way different host names are."""
        super().__init__(daemon=True)
        self.pace = pace
        self.listener = socket.create_server((host, 0))
        self.url = f"http://{host}:{self.listener.getsockname()[1]}/feed"
        self.done = threading.Event()
        self.bytes_sent = 0

    def run(self) -> None:
        self.listener.settimeout(0.1)
        while not self.done.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._trickle, args=(conn,), daemon=True).start()

    def _trickle(self, conn: socket.socket) -> None:
        with conn:
            conn.recv(65536)  # the request
            for byte in HEAD:
                if self.done.wait(self.pace):  # the server's pace; released at close()
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    return  # the client hung up: what the test wants
                self.bytes_sent += 1

    def close(self) -> None:
        self.done.set()
        self.join(5)
        self.listener.close()
