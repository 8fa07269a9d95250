"""Delivering one alert to one sink, with retries over hours and a dead-letter list.

Decision table (the sink classifies each attempt; monitor.sinks.next_step decides):
  already delivered to this sink        -> nothing (a redelivered job must not send twice)
  sink disabled (410 Gone earlier)      -> dead letter
  sink no longer configured             -> dead letter
  delivered                             -> mark delivered
  retry (5xx, 408, 429, network error)  -> try again after the retry schedule / Retry-After,
                                           dead letter once the schedule is exhausted
  give up (other 4xx, 3xx)              -> dead letter
  disable (410 Gone)                    -> disable the sink, dead letter
"""

from __future__ import annotations

import logging

from monitor.alerts import AlertPayload, webhook_message_id
from monitor.outbox import Outbox
from monitor.settings import ServiceSettings
from monitor.sinks import make_sink, next_step

log = logging.getLogger(__name__)


class Deliverer:
    def __init__(self, outbox: Outbox, settings: ServiceSettings, reschedule):
        """`reschedule(alert_id, sink, attempt, delay)` enqueues the next attempt."""
        self._outbox = outbox
        self._settings = settings
        self._reschedule = reschedule
        self._sinks: dict = {}

    def _sink(self, name: str):
        if name not in self._sinks:
            config = self._settings.sink(name)
            self._sinks[name] = make_sink(config) if config else None
        return self._sinks[name]

    def deliver(self, alert_id: str, sink_name: str, attempt: int = 1) -> str:
        """One attempt. Returns the outcome kind (or "skipped"/"dead") for logs and tests."""
        if self._outbox.is_delivered(alert_id, sink_name):
            return "skipped"
        record = self._outbox.load(alert_id)
        if record is None:
            log.error("alert %s has no record (expired?); nothing to deliver", alert_id)
            return "skipped"
        disabled = self._outbox.sink_disabled(sink_name)
        sink = self._sink(sink_name)
        if disabled or sink is None:
            reason = f"sink disabled: {disabled}" if disabled else "sink is not configured"
            self._outbox.dead_letter(alert_id, sink_name, reason, attempt - 1)
            return "dead"
        payload = AlertPayload.model_validate_json(record["payload"])
        outcome = sink.send(payload, webhook_message_id(alert_id, sink_name))
        return self._settle(alert_id, sink_name, attempt, outcome)

    def _settle(self, alert_id: str, sink_name: str, attempt: int, outcome) -> str:
        step = next_step(outcome, attempt)
        if step.action == "done":
            self._outbox.mark_delivered(alert_id, sink_name)
            return "delivered"
        if step.action == "retry":
            log.warning("alert %s to %s failed (attempt %d: %s); retrying in %.0f s",
                        alert_id, sink_name, attempt, step.reason, step.delay)
            self._reschedule(alert_id, sink_name, attempt + 1, step.delay)
            return "retry"
        if step.action == "disable_sink":
            self._outbox.disable_sink(sink_name, step.reason)
        self._outbox.dead_letter(alert_id, sink_name, step.reason, attempt)
        return "dead"
