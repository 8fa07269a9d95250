"""Giving freed memory back to the system after a big page.

CPython returns freed objects to glibc's malloc, which keeps the pages for reuse: after a 5 MB
page, a process that freed everything it allocated still held ~50 MB (a parser process) and
~40 MB per page (the daemon, four pages at once: +150 MB). `malloc_trim(0)` hands the free
pages back; it costs a few milliseconds, so it runs after each page (the parser processes) and
after each article job (the worker), not on every allocation. A no-op where glibc is absent.
"""

from __future__ import annotations

import ctypes
import ctypes.util


def _load_trim():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim
    except (OSError, AttributeError):
        return None


_malloc_trim = _load_trim()


def release_free_memory() -> None:
    """Return the free pages of malloc's heaps to the system (glibc `malloc_trim(0)`)."""
    if _malloc_trim is not None:
        _malloc_trim(0)
