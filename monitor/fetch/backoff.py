"""How long a failing feed waits before its next poll (the scheduler's retry policy)."""

from __future__ import annotations

import random

_SHARED_RANDOM = random.Random()


def backoff_delay(
    failures: int, base: float, cap: float, rand: random.Random | None = None
) -> float:
    """Seconds to wait after `failures` consecutive failures.

    Exponential (base, 2*base, 4*base ...) capped at `cap`, with "equal jitter": half the step
    is fixed and half random, so the feeds of one failing host spread out, yet none is retried
    sooner than half its step. 0 failures: no wait. `rand` makes it deterministic in tests;
    None uses a process-wide generator.
    """
    if failures <= 0:
        return 0.0
    step = min(cap, base * 2.0 ** min(failures - 1, 64))
    rng = rand if rand is not None else _SHARED_RANDOM
    return step / 2 + rng.uniform(0, step / 2)
