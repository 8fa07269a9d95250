"""The delivery job: one attempt of one alert to one sink (monitor.alerts.delivery decides)."""

from __future__ import annotations

import logging

from monitor import logcontext, metrics
from monitor.jobs.context import Context

log = logging.getLogger(__name__)

# Deliverer outcomes as the metrics name them.
_OUTCOMES = {"dead": "dead_lettered"}


def deliver(ctx: Context, alert_id: str, sink: str, attempt: int = 1) -> str:
    logcontext.bind(alert=alert_id, sink=sink)
    with metrics.timed(metrics.DELIVERY, outcome="error") as observed:
        outcome = ctx.deliverer.deliver(alert_id, sink, attempt)
        observed["outcome"] = _OUTCOMES.get(outcome, outcome)
    metrics.DELIVERIES.labels(_OUTCOMES.get(outcome, outcome)).inc()
    if outcome == "retry":
        metrics.RETRIES.labels("delivery").inc()
    elif outcome == "dead":
        metrics.DEAD_LETTERS.labels("delivery").inc()
    if outcome == "delivered":
        log.info("alert %s delivered to %s (attempt %d)", alert_id, sink, attempt)
    return outcome
