"""Where alerts go, and what to do after each delivery attempt.

Every sink has a `name` and `send(alert_json, message_id) -> DeliveryOutcome` (outcome);
`make_sink` builds one from its settings, once per process, so whatever a sink derives from its
settings (a webhook's signing key, its fixed headers) is worked out there and not per alert.
Sinks never raise for a failed delivery: the outcome says what happened and `next_step` (pure,
retry) turns it into the next action of the delivery actor.

    webhook       POST the stored JSON, signed per Standard Webhooks (webhook)
    apprise       the alert as text to chat, push and e-mail services (apprise_sink)
    console       the alert as a readable block on standard output (console)
"""

from __future__ import annotations

import httpx

from monitor.alerts.sinks.apprise_sink import AppriseSink
from monitor.alerts.sinks.console import ConsoleSink
from monitor.alerts.sinks.outcome import DeliveryOutcome, Sink
from monitor.alerts.sinks.retry import NextStep, next_delay, next_step, retry_delay
from monitor.alerts.sinks.webhook import WebhookSink
from monitor.settings import AppriseSinkSettings, ConsoleSinkSettings, WebhookSinkSettings

__all__ = [
    "AppriseSink", "ConsoleSink", "DeliveryOutcome", "NextStep", "Sink", "WebhookSink",
    "make_sink", "next_delay", "next_step", "retry_delay",
]


def make_sink(
    settings: WebhookSinkSettings | AppriseSinkSettings | ConsoleSinkSettings,
    *,
    client: httpx.Client | None = None,
) -> Sink:
    """The sink for one `sinks:` entry. `client` is shared by webhook sinks when given.
    Raises ConfigError for settings a sink cannot work with (a malformed secret, a URL
    Apprise does not know)."""
    if isinstance(settings, WebhookSinkSettings):
        return WebhookSink(settings, client)
    if isinstance(settings, AppriseSinkSettings):
        return AppriseSink(settings)
    return ConsoleSink(settings)
