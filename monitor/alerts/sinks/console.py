"""Console sink: each alert as a readable block on standard output (the default sink)."""

from __future__ import annotations

import sys
from typing import TextIO

from monitor.alerts.payloads import AlertPayload
from monitor.alerts.render import render_text
from monitor.alerts.sinks.outcome import DeliveryOutcome
from monitor.settings import ConsoleSinkSettings

_RULE = "─" * 72


def format_block(payload: AlertPayload, message_id: str) -> str:
    """One alert as a block of lines: a header rule, the title, the indented body."""
    title, body = render_text(payload)
    when = payload.timestamp.strftime("%Y-%m-%d %H:%M:%S UTC")
    header = f"── {payload.type} · {when} · {message_id} "
    indented = "\n".join(f"  {line}" if line else "" for line in body.splitlines())
    return f"{header}{_RULE[len(header) :]}\n{title}\n{indented}\n\n"


class ConsoleSink:
    def __init__(self, settings: ConsoleSinkSettings, stream: TextIO | None = None):
        self.name = settings.name
        # Resolved at send time when not given, so a redirected sys.stdout is honoured.
        self._stream = stream

    def send(self, alert_json: str, message_id: str) -> DeliveryOutcome:
        block = format_block(AlertPayload.model_validate_json(alert_json), message_id)
        stream = self._stream or sys.stdout
        # One write per alert so blocks from concurrent worker threads do not interleave.
        stream.write(block)
        stream.flush()
        return DeliveryOutcome("delivered", "printed to the console")
