"""Waiting in tests for something to happen, never for a fixed time.

`wait_until` polls a predicate until it holds and fails with what it was waiting for when it
does not within the timeout. Prefer an event the code under test signals (threading.Event, a
receiver's `wait_for`, the newsroom's `wait_for_requests`); poll only what no one signals
(another process, a Redis key, a thread blocked inside a library).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_until(
    condition: Callable[[], T], timeout: float, what: str, *, interval: float = 0.02
) -> T:
    """Call `condition` every `interval` seconds until it returns something truthy, and return
    that; raise TimeoutError naming `what` if `timeout` seconds pass first."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() >= deadline:
            raise TimeoutError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(interval)
