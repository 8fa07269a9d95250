"""Delivering one alert to one sink, with retries over hours and a dead-letter list.

Decision table (the sink classifies each attempt; monitor.alerts.sinks.retry.next_step decides):
  already delivered to this sink        -> nothing (a redelivered job must not send twice)
  dead-lettered, or a later attempt is  -> nothing (this job is stale)
    already scheduled
  another worker is sending it now      -> look again once that worker's send lock expires
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

from redis.exceptions import LockNotOwnedError

from monitor.alerts.ids import webhook_message_id
from monitor.alerts.sinks import Sink, make_sink, next_step
from monitor.settings import ServiceSettings
from monitor.state import locks
from monitor.state.outbox import Outbox

log = logging.getLogger(__name__)


class Deliverer:
    def __init__(self, outbox: Outbox, settings: ServiceSettings, reschedule):
        """`reschedule(alert_id, sink, attempt, delay)` enqueues the next attempt."""
        self._outbox = outbox
        self._settings = settings
        self._reschedule = reschedule
        self._sinks: dict[str, Sink | None] = {}  # built once per process, on first use

    def _sink(self, name: str) -> Sink | None:
        if name not in self._sinks:
            config = self._settings.sink(name)
            self._sinks[name] = make_sink(config) if config else None
        return self._sinks[name]

    def deliver(self, alert_id: str, sink_name: str, attempt: int = 1) -> str:
        """One attempt. Returns "delivered", "retry" or "dead", or why nothing was sent:
        "skipped" (settled or stale) or "busy" (another worker is sending it)."""
        if self._settled_or_stale(alert_id, sink_name, attempt):
            return "skipped"
        config = self._settings.sink(sink_name)
        lease = locks.send_lease(getattr(config, "timeout", None))
        lock = self._outbox.sending_lock(alert_id, sink_name, lease)
        if not lock.acquire(blocking=False):
            # If that worker dies mid-send, its lock expires and this job takes over; if it
            # succeeds or schedules its own retry, this job finds the pair settled or stale.
            self._reschedule(alert_id, sink_name, attempt, lease)
            return "busy"
        try:
            # Checked again under the lock: the other worker may have finished a moment ago.
            if self._settled_or_stale(alert_id, sink_name, attempt):
                return "skipped"
            return self._attempt(alert_id, sink_name, attempt)
        finally:
            try:
                lock.release()
            except LockNotOwnedError:
                log.warning("sending %s to %s outlasted its lock (%.0f s)", alert_id, sink_name,
                            lease)

    def _settled_or_stale(self, alert_id: str, sink_name: str, attempt: int) -> bool:
        if self._outbox.is_delivered(alert_id, sink_name):
            return True
        current = self._outbox.current_attempt(alert_id, sink_name)
        return current == 0 or attempt < current

    def _attempt(self, alert_id: str, sink_name: str, attempt: int) -> str:
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
        # The JSON as the outbox stored it, not re-serialised: what is signed is what was built.
        outcome = sink.send(record["payload"], webhook_message_id(alert_id, sink_name))
        return self._settle(alert_id, sink_name, attempt, outcome)

    def _settle(self, alert_id: str, sink_name: str, attempt: int, outcome) -> str:
        step = next_step(outcome, attempt)
        if step.action == "done":
            self._outbox.mark_delivered(alert_id, sink_name)
            return "delivered"
        if step.action == "retry":
            log.warning("alert %s to %s failed (attempt %d: %s); retrying in %.0f s",
                        alert_id, sink_name, attempt, step.reason, step.delay)
            # Enqueued before the attempt number moves on: a crash in between leaves this job
            # to be redelivered (one retry too many), never a delivery nobody will make.
            self._reschedule(alert_id, sink_name, attempt + 1, step.delay)
            self._outbox.set_attempt(alert_id, sink_name, attempt + 1)
            self._outbox.note_failed_attempt(sink_name)
            return "retry"
        if step.action == "disable_sink":
            self._outbox.disable_sink(sink_name, step.reason)
        self._outbox.dead_letter(alert_id, sink_name, step.reason, attempt)
        return "dead"
