"""Ids bound to the log lines of the job in hand: feed, article, alert, job.

A job binds what it works on (`bind(feed="rss")`); every line it logs afterwards, from any
module, carries those ids (the log filter in workers/logs.py reads `current()`). Context
variables keep threads apart: each Dramatiq worker thread has its own job. The job's enqueue
time rides along so the item-to-alert latency includes the time it waited in the queue.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

FIELDS = ("job", "job_id", "feed", "article", "alert", "sink")

_bound: ContextVar[dict[str, str] | None] = ContextVar("newsmon_log_ids", default=None)
_enqueued_at: ContextVar[float | None] = ContextVar("newsmon_job_enqueued_at", default=None)


def bind(**ids: object) -> None:
    """Add ids to the current job's lines (None values are left out)."""
    _bound.set({**current(), **{k: str(v) for k, v in ids.items() if v is not None}})


def current() -> dict[str, str]:
    """The ids bound now (a fresh dict each bind: never changed in place)."""
    return _bound.get() or {}


def job_enqueued_at() -> float | None:
    """Unix time the running job was enqueued (None outside a job)."""
    return _enqueued_at.get()


@contextmanager
def job(name: str, message_id: str | None = None,
        enqueued_at: float | None = None) -> Iterator[None]:
    """The ids of one job run; cleared when it ends, so the thread's next job starts clean."""
    ids = _bound.set({k: v for k, v in (("job", name), ("job_id", message_id)) if v})
    when = _enqueued_at.set(enqueued_at)
    try:
        yield
    finally:
        _bound.reset(ids)
        _enqueued_at.reset(when)


@contextmanager
def bound(**ids: object) -> Iterator[None]:
    """Ids for the lines of one block only (an alert among several of one job)."""
    token = _bound.set({**current(), **{k: str(v) for k, v in ids.items() if v is not None}})
    try:
        yield
    finally:
        _bound.reset(token)
