"""What to do after each delivery attempt: the retry schedule and `next_step` (pure).

    outcome.kind   next_step(...).action
    delivered   -> done
    retry       -> retry after next_delay(attempt, retry_after) (+ up to 10 % jitter),
                   or dead_letter once the schedule is exhausted
    give_up     -> dead_letter at once (the receiver refused it; `newsmon replay` re-sends)
    disable     -> disable_sink (410 Gone) and dead-letter the alert

Retry schedule (Svix-like), the delay after failed attempt N: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h,
10 h — eight attempts over about 27.5 hours. A Retry-After from the receiver stretches a delay
(never shortens it), capped at the longest step (10 h) so a receiver cannot park an alert for
days. Jitter is added on top, never subtracted, so Retry-After is always honoured; it spreads the
retries of many alerts that failed together (receiver down) instead of hitting it at once.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from monitor.alerts.sinks.outcome import DeliveryOutcome

RETRY_SCHEDULE: tuple[float, ...] = (5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600)
MAX_RETRY_AFTER = max(RETRY_SCHEDULE)
JITTER = 0.1  # fraction of the delay added at most


def retry_delay(attempt: int) -> float | None:
    """Seconds to wait after failed attempt `attempt` (1 = the first delivery), None when the
    schedule is exhausted and the alert goes to the dead-letter list."""
    if attempt < 1:
        raise ValueError(f"attempts count from 1, got {attempt}")
    if attempt > len(RETRY_SCHEDULE):
        return None
    return float(RETRY_SCHEDULE[attempt - 1])


def next_delay(attempt: int, retry_after: float | None = None) -> float | None:
    """The schedule's delay, stretched to the receiver's Retry-After (capped at 10 h)."""
    delay = retry_delay(attempt)
    if delay is None or retry_after is None:
        return delay
    return max(delay, min(retry_after, MAX_RETRY_AFTER))


StepAction = Literal["done", "retry", "dead_letter", "disable_sink"]


@dataclass(frozen=True)
class NextStep:
    action: StepAction
    reason: str
    delay: float | None = None  # seconds, for "retry"


def next_step(
    outcome: DeliveryOutcome, attempt: int, *, rng: Callable[[], float] = random.random
) -> NextStep:
    """What the delivery actor does after attempt number `attempt` (1-based) came to `outcome`.

    `rng` returns a float in [0, 1) for the jitter; tests pass a constant.
    """
    if outcome.kind == "delivered":
        return NextStep("done", outcome.detail)
    if outcome.kind == "disable":
        return NextStep("disable_sink", outcome.detail)
    if outcome.kind == "give_up":
        return NextStep("dead_letter", f"gave up: {outcome.detail}")
    delay = next_delay(attempt, outcome.retry_after)
    if delay is None:
        return NextStep(
            "dead_letter", f"retries exhausted after {attempt} attempts: {outcome.detail}"
        )
    return NextStep("retry", outcome.detail, delay * (1 + JITTER * rng()))
