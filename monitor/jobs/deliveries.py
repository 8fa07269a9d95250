"""The delivery job: one attempt of one alert to one sink (monitor.alerts.delivery decides)."""

from __future__ import annotations

from monitor.jobs.context import Context


def deliver(ctx: Context, alert_id: str, sink: str, attempt: int = 1) -> str:
    return ctx.deliverer.deliver(alert_id, sink, attempt)
