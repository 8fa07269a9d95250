"""One parser process (workers/parsepool.py): `python -m workers.parsechild FD MEMORY_MB`.

Reads `(html, url)` from the connection on file descriptor FD, answers
`(status, value, rss_mb)` per page: ("ok", Extracted), ("error", the ExtractionError's text) or
("failed", why: out of memory, a bug). Exits when the daemon's end of the connection closes.
Imports only the extractor, so it starts in under a second. Logs nothing: trafilatura's and
lxml's log records are dropped here (they would reach stderr unformatted and unredacted), and
what matters of a page, its failure, goes back to the job, which records it.
"""

from __future__ import annotations

import logging
import os
import resource
import signal
import sys
from multiprocessing.connection import Connection
from typing import Any

from monitor.errors import ExtractionError
from monitor.ingest.extract import extract_article
from workers.memory import release_free_memory


def rss_mb() -> float:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def serve(conn: Connection, memory_mb: int) -> None:
    """Extract the pages sent on `conn`, one at a time, until it closes."""
    # Ctrl-C or a supervisor signalling the whole process group must not fail the pages a warm
    # shutdown is waiting for: the daemon stops its parsers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    logging.getLogger().addHandler(logging.NullHandler())
    logging.getLogger().setLevel(logging.CRITICAL)
    if memory_mb:
        limit = memory_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    while True:
        try:
            html, url = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply: tuple[str, Any] = ("ok", extract_article(html, url))
        except ExtractionError as exc:
            reply = ("error", str(exc))
        except MemoryError:
            reply = ("failed", f"page too large to parse (it needs more than the {memory_mb} MB "
                               "a parser process may use: workers.parse_memory_mb)")
        except Exception as exc:  # a bug in a parser: reported as this page's failure
            reply = ("failed", f"the parser failed: {type(exc).__name__}: {exc}")
        del html
        release_free_memory()
        try:
            conn.send((*reply, rss_mb()))
        except (OSError, ValueError):
            return


if __name__ == "__main__":
    serve(Connection(int(sys.argv[1])), int(sys.argv[2]))
