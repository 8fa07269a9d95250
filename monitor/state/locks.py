"""Short Redis locks for the few steps that two workers must not take at the same time.

Jobs are idempotent when they are repeated one after another, which is what a redelivered job
does. Two workers working at the *same moment* on one piece is another matter: a page listed
in two feeds, or a page and its syndicated copy, can reach two workers together, and each
would decide "this is new" before the other had written anything down. So:

- `admission`: one lock for the whole deployment around "is this text a copy of something
  stored? if not, store it and index it". It covers only a few Redis round trips (the fetch
  and extraction happen before it), so it does not limit throughput in practice.
- `article`: one lock per article around matching, alerting and edit checks on it, so its
  story entry, claim ledger and alerts are written by one worker at a time.
- `sending`: one lock per (alert, sink) around a webhook attempt, so two delivery jobs for
  the same alert (a message redelivered while its first run is still sending, a replay) never
  both send.

Every lock expires (`timeout`), so a worker killed while holding one delays the others at
most that long and loses nothing: the killed job is redelivered and redone. Waiting longer
than `blocking_timeout` raises `redis.exceptions.LockError`, which fails the job; Dramatiq
retries it later.
"""

from __future__ import annotations

import redis
from redis.lock import Lock

from monitor.state import keys

ADMISSION_TIMEOUT = 60.0  # s; far above the few milliseconds the step takes
ARTICLE_TIMEOUT = 300.0  # s; above the longest job on an article (its time limit is 180 s)
SEND_TIMEOUT = 150.0  # s; above the delivery job's time limit (120 s)


def admission(client: redis.Redis) -> Lock:
    return client.lock(keys.ADMISSION_LOCK, timeout=ADMISSION_TIMEOUT,
                       blocking_timeout=2 * ADMISSION_TIMEOUT)


def article(client: redis.Redis, article_id: str) -> Lock:
    return client.lock(keys.article_lock(article_id), timeout=ARTICLE_TIMEOUT,
                       blocking_timeout=ARTICLE_TIMEOUT)


def send_lease(sink_timeout: float | None) -> float:
    """How long a send may hold its lock. A webhook POST is bounded by its sink's timeout for
    each of connect, write and read; other sinks by the delivery job's time limit. Short
    matters: it is how long a send cut off by a killed worker delays the redelivered job."""
    if sink_timeout is None:
        return SEND_TIMEOUT
    return 3 * sink_timeout + 5.0


def sending(client: redis.Redis, alert_id: str, sink: str, lease: float) -> Lock:
    """Taken with `acquire(blocking=False)`: a delivery job that finds it held looks again
    when it expires rather than waiting in a worker thread."""
    return client.lock(keys.alert_sending(alert_id, sink), timeout=lease)
