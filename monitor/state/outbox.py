"""Recording alerts before delivery, so none is lost or sent twice.

`emit` writes the alert under its deterministic id (SET NX: a repeated job finds it already
there), appends it to the alert stream, and enqueues one delivery job per sink. The record has
a `dispatched` flag set after the jobs are enqueued: a crash in between makes the repeated job
enqueue them again, and the per-sink "delivered" marker stops a second send.

Per (alert, sink) the outbox also keeps the attempt number of the live delivery job, so a job
left over from an earlier attempt (a redelivered message, a duplicate) knows it is stale, and
a lock around each send (monitor/state/locks.py) keeps two jobs from sending at the same moment.
"""

from __future__ import annotations

import json
import logging
import time

import redis

from monitor.state import keys, locks
from monitor.state.alertlog import AlertStream
from monitor.state.stats import Counters

log = logging.getLogger(__name__)


class Outbox:
    def __init__(self, client: redis.Redis):
        self._r = client
        self._stream = AlertStream(client)
        self._counters = Counters(client)

    def emit(self, alert_id: str, event_type: str, payload_json: str, sinks: list[str],
             enqueue, watch_id: str = "") -> bool:
        """Record and dispatch an alert (of watch `watch_id`, noted in the alert stream). False
        when it had already been dispatched."""
        record = json.dumps({"type": event_type, "sinks": sinks, "payload": payload_json,
                             "created_at": time.time()})
        created = self._r.set(keys.alert_record(alert_id), record, nx=True,
                              ex=keys.ALERT_RECORD_TTL)
        if created:
            self._stream.append(alert_id, event_type, payload_json, watch_id)
            self._counters.incr(f"alerts_created:{event_type}")
        elif self._r.exists(keys.alert_dispatched(alert_id)):
            return False
        for sink in sinks:
            enqueue(alert_id, sink)
        self._r.set(keys.alert_dispatched(alert_id), "1", ex=keys.ALERT_RECORD_TTL)
        log.info("alert %s (%s) -> %s", alert_id, event_type, ", ".join(sinks))
        return True

    def load(self, alert_id: str) -> dict | None:
        raw = self._r.get(keys.alert_record(alert_id))
        return json.loads(raw) if raw else None

    def is_delivered(self, alert_id: str, sink: str) -> bool:
        return bool(self._r.exists(keys.alert_delivered(alert_id, sink)))

    def mark_delivered(self, alert_id: str, sink: str) -> None:
        with self._r.pipeline() as pipe:
            pipe.set(keys.alert_delivered(alert_id, sink), time.time(), ex=keys.ALERT_RECORD_TTL)
            self._counters.incr("alerts_sent", pipe=pipe)
            self._counters.incr(f"alerts_sent:{sink}", pipe=pipe)
            pipe.execute()

    def note_failed_attempt(self, sink: str) -> None:
        """A delivery attempt failed and will be retried (counted for `newsmon status`)."""
        with self._r.pipeline() as pipe:
            self._counters.incr("delivery_attempts_failed", pipe=pipe)
            self._counters.incr(f"delivery_attempts_failed:{sink}", pipe=pipe)
            pipe.execute()

    def current_attempt(self, alert_id: str, sink: str) -> int:
        """The attempt the live delivery job carries: 1 at first, 0 once dead-lettered."""
        raw = self._r.get(keys.alert_attempt(alert_id, sink))
        return int(raw) if raw is not None else 1

    def set_attempt(self, alert_id: str, sink: str, attempt: int) -> None:
        self._r.set(keys.alert_attempt(alert_id, sink), attempt, ex=keys.ALERT_RECORD_TTL)

    def sending_lock(self, alert_id: str, sink: str, lease: float):
        return locks.sending(self._r, alert_id, sink, lease)

    def dead_letter(self, alert_id: str, sink: str, reason: str, attempts: int) -> None:
        entry = {"alert_id": alert_id, "sink": sink, "reason": reason, "attempts": attempts,
                 "at": time.time()}
        with self._r.pipeline() as pipe:
            pipe.set(keys.alert_attempt(alert_id, sink), 0, ex=keys.ALERT_RECORD_TTL)
            pipe.rpush(keys.DEAD_LETTERS, json.dumps(entry))
            self._counters.incr("alerts_failed", pipe=pipe)
            self._counters.incr(f"alerts_failed:{sink}", pipe=pipe)
            pipe.execute()
        log.error("alert %s to sink %s dead-lettered after %d attempt(s): %s "
                  "(re-send with `newsmon replay`)", alert_id, sink, attempts, reason)

    def dead_letter_count(self) -> int:
        return int(self._r.llen(keys.DEAD_LETTERS))

    def dead_letters(self) -> list[dict]:
        return [json.loads(raw) for raw in self._r.lrange(keys.DEAD_LETTERS, 0, -1)]

    def take_dead_letters(self) -> list[dict]:
        """Remove and return every dead letter, each reopened for a fresh first attempt (for
        replay)."""
        with self._r.pipeline() as pipe:
            pipe.lrange(keys.DEAD_LETTERS, 0, -1)
            pipe.delete(keys.DEAD_LETTERS)
            raw, _ = pipe.execute()
        letters = [json.loads(r) for r in raw]
        if letters:
            self._r.delete(*{keys.alert_attempt(x["alert_id"], x["sink"]) for x in letters})
        return letters

    def disable_sink(self, sink: str, reason: str) -> None:
        self._r.hset(keys.SINKS_DISABLED, sink, reason)
        log.error("sink %s disabled: %s (fix it, then `newsmon replay` re-enables it)", sink,
                  reason)

    def sink_disabled(self, sink: str) -> str | None:
        reason = self._r.hget(keys.SINKS_DISABLED, sink)
        return reason.decode() if reason else None

    def disabled_sinks(self) -> dict[str, str]:
        return {k.decode(): v.decode() for k, v in self._r.hgetall(keys.SINKS_DISABLED).items()}

    def enable_sink(self, sink: str) -> None:
        self._r.hdel(keys.SINKS_DISABLED, sink)
