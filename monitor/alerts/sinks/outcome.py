"""What every sink is and returns: `Sink.send(alert_json, message_id) -> DeliveryOutcome`.

Sinks get the alert's JSON text as the outbox stored it: a webhook sends and signs exactly those
bytes, sinks that show text read it into a payload model first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

OutcomeKind = Literal["delivered", "retry", "give_up", "disable"]


@dataclass(frozen=True)
class DeliveryOutcome:
    """What one delivery attempt came to. `detail` is for humans (logs, status, dead letters)."""

    kind: OutcomeKind
    detail: str
    status: int | None = None  # HTTP status, when there was a response
    retry_after: float | None = None  # seconds the receiver asked us to wait


@runtime_checkable
class Sink(Protocol):
    name: str

    def send(self, alert_json: str, message_id: str) -> DeliveryOutcome: ...
