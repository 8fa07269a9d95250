"""Page extraction in child processes: the HTML parse and trafilatura run outside the daemon.

Why (docs/decisions.md, "Extraction in child processes"): libxml2 and trafilatura's module-level
lxml parser are not safe to share between threads (two worker threads inside
`lxml.html.document_fromstring` ended in "double free or corruption" and a segfault in
`xmlXPathNextDescendant`), a page's parse can take hundreds of MB that CPython and glibc then keep,
and threads under the GIL use one core. Each child here parses one page at a time with a parser
of its own, on a core of its own, under a memory limit, and is replaced when it dies or when it
has grown.

    pool = ParserPool(size=2, memory_mb=512, timeout=120)
    page = pool.extract(html_bytes, url)    # monitor.ingest.extract.extract_article, in a child
    pool.close()

A job thread takes an idle child (waiting while all are busy), sends it the page and waits
with a deadline. What the job sees:

- the page's `Extracted`, or the `ExtractionError` that `extract_article` raised, as inline;
- `ParserFailed` (an `ExtractionError`, so the jobs record it and retry the page like any other
  extraction failure, monitor.jobs.items.PAGE_RETRY_DELAYS) naming the URL when the child died
  (segfault, abort, OOM-kill), ran out of its memory limit ("page too large to parse") or went
  past the deadline. The dead or stopped child is replaced; the other children and their jobs
  go on.

Children are fresh interpreters (`python -m workers.parsechild`, never `fork` of a threaded
process; multiprocessing's spawn and forkserver would re-run the daemon's main module in each)
that import only the extractor, talk over a socket pair, ignore SIGINT and SIGTERM (Ctrl-C or a
supervisor signalling the whole group must not fail the pages a warm shutdown waits for: the
daemon stops them itself, in `close`), and exit on their own when the daemon's end of their
socket closes, so a daemon killed with SIGKILL leaves none behind once they finish the page in
hand.
"""

from __future__ import annotations

import logging
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from monitor.errors import ExtractionError, ParserFailed
from monitor.ingest.model import Extracted
from monitor.settings import WorkerSettings

log = logging.getLogger(__name__)

# A child is replaced after this many pages, or when it holds more than RECYCLE_RSS_MB after a
# page: the memory a big page took goes back to the system with the process.
MAX_PAGES_PER_CHILD = 200
RECYCLE_RSS_MB = 150
POLL_SECONDS = 0.2  # how often a waiting job thread looks at its child (and can be interrupted)
STOP_GRACE_SECONDS = 2.0


@dataclass(eq=False)
class _Child:
    process: subprocess.Popen
    conn: Connection
    pages: int = 0

    @classmethod
    def start(cls, memory_mb: int) -> _Child:
        ours, theirs = socket.socketpair()
        with ours, theirs:
            process = subprocess.Popen(
                [sys.executable, "-m", "workers.parsechild", str(theirs.fileno()),
                 str(memory_mb)], pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL)
            return cls(process, Connection(ours.detach()))

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self, grace: float = STOP_GRACE_SECONDS) -> None:
        """Close its socket (it exits by itself when idle); kill it when it does not."""
        self.conn.close()
        try:
            self.process.wait(grace)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)


def _death(process: subprocess.Popen) -> str:
    try:
        code = process.wait(1)
    except subprocess.TimeoutExpired:
        return "stopped answering"
    if code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    return f"exited with status {code}"


@dataclass
class ParserPool:
    """`size` child processes extracting pages for the job threads of one worker process."""

    size: int
    memory_mb: int = 512
    timeout: float = 120.0
    _idle: queue.Queue = field(init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _closed: bool = field(default=False, init=False)
    _busy: set = field(default_factory=set, init=False, repr=False)
    replaced: int = field(default=0, init=False)  # children that died or were stopped mid-page

    def __post_init__(self) -> None:
        self._idle = queue.Queue()
        for _ in range(self.size):
            self._idle.put(None)  # a free slot; its child starts when a page first needs it

    def extract(self, html: bytes | str, url: str) -> Extracted:
        """`extract_article(html, url)` in a child process; see the module docstring."""
        child = self._acquire()
        done = False
        try:
            child = child or self._start()
            status, value = self._ask(child, html, url)
            done = True  # the child answered: it goes back to the pool, whatever the answer
        except ParserFailed as exc:
            log.warning("%s; a new parser process takes its place", exc)
            raise
        finally:
            if not done and child is not None:
                # Died, timed out, or this thread was interrupted (a job time limit) while the
                # child worked: it is in an unknown state, never reused.
                with self._lock:
                    self.replaced += 1
                self._discard(child)
                child = None
            self._release(child)
        if status == "ok":
            return value
        if status == "error":  # the page's own ExtractionError (not an article, too short...)
            raise ExtractionError(value)
        raise ParserFailed(url, value)  # out of memory, or a bug in a parser

    def _ask(self, child: _Child, html: bytes | str, url: str) -> tuple[str, Any]:
        """Send the page, wait for the answer: (status, value). Raises ParserFailed when the
        child dies or passes the deadline."""
        deadline = time.monotonic() + self.timeout
        try:
            child.conn.send((html, url))
            while not child.conn.poll(POLL_SECONDS):
                if not child.alive() and not child.conn.poll(0):
                    raise ParserFailed(url, f"the parser process {_death(child.process)} while "
                                            "extracting this page")
                if time.monotonic() > deadline:
                    raise ParserFailed(url, f"extraction took longer than {self.timeout:g} s "
                                            "(workers.parse_timeout); the parser process was "
                                            "stopped")
            status, value, rss_mb = child.conn.recv()
        except (EOFError, OSError, BrokenPipeError) as exc:
            raise ParserFailed(url, f"the parser process {_death(child.process)} while "
                                    "extracting this page") from exc
        child.pages += 1
        if rss_mb > RECYCLE_RSS_MB or child.pages >= MAX_PAGES_PER_CHILD:
            child.pages = -1  # marks it for replacement on release
        return status, value

    def _start(self) -> _Child:
        child = _Child.start(self.memory_mb)
        with self._lock:
            self._busy.add(child)
        return child

    def _acquire(self) -> _Child | None:
        while True:
            if self._closed:
                raise ExtractionError("the parser processes are stopped (shutting down)")
            try:
                child = self._idle.get(timeout=POLL_SECONDS)
            except queue.Empty:
                continue
            if child is not None and (child.pages < 0 or not child.alive()):
                self._discard(child)
                child = None
            if child is not None:
                with self._lock:
                    self._busy.add(child)
            return child

    def _release(self, child: _Child | None) -> None:
        if child is not None:
            with self._lock:
                self._busy.discard(child)
            if child.pages < 0:
                self._discard(child)
                child = None
        if self._closed and child is not None:
            child.stop()
            child = None
        self._idle.put(child)

    def _discard(self, child: _Child) -> None:
        with self._lock:
            self._busy.discard(child)
        if child.alive():
            child.process.kill()
        child.stop(grace=0)

    def pids(self) -> list[int]:
        """The children alive now (busy or idle), for tests and `status`."""
        with self._lock:
            children = list(self._busy) + [c for c in list(self._idle.queue) if c is not None]
        return [c.process.pid for c in children if c.alive()]

    def close(self) -> None:
        """Stop every child: idle ones now, busy ones when their page is done (or killed after
        the grace period, for a cold stop)."""
        self._closed = True
        while True:
            try:
                child = self._idle.get_nowait()
            except queue.Empty:
                break
            if child is not None:
                child.stop()
        with self._lock:
            busy = list(self._busy)
        for child in busy:
            child.stop()


def parser_pool(settings: WorkerSettings) -> ParserPool:
    """The pool of one worker process, as `workers.parse_*` configure it."""
    return ParserPool(size=settings.parse_processes or os.cpu_count() or 1,
                      memory_mb=settings.parse_memory_mb, timeout=settings.parse_timeout)
