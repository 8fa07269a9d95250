"""The failure backoff (monitor.fetch.backoff): capped exponential steps with equal jitter."""

from __future__ import annotations

import random

import pytest

from monitor.fetch.backoff import backoff_delay


@pytest.mark.parametrize("failures", [1, 2, 3, 5, 8, 12, 40, 10_000])
def test_backoff_delay_is_capped_exponential_with_equal_jitter(failures):
    base, cap = 60.0, 6 * 3600.0
    step = min(cap, base * 2 ** min(failures - 1, 64))
    delays = [backoff_delay(failures, base, cap, random.Random(seed)) for seed in range(50)]
    assert all(step / 2 <= d <= step for d in delays)
    assert len(set(delays)) > 40  # jittered, not a constant


@pytest.mark.parametrize("failures", [0, -1])
def test_backoff_delay_without_failures_is_zero(failures):
    assert backoff_delay(failures, 60.0, 3600.0, random.Random(1)) == 0.0


def test_backoff_delay_is_reproducible_with_a_seeded_random():
    assert backoff_delay(4, 60, 3600, random.Random(7)) == backoff_delay(
        4, 60, 3600, random.Random(7)
    )
