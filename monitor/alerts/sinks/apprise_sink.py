"""Apprise sink: the alert as plain text to chat, push and e-mail services (slack://, tgram://,
mailto://, json://, ... — every URL form Apprise knows).

Apprise only says whether every service accepted the message, so any failure is a retry (the
retry schedule of monitor.alerts.sinks.retry applies). With several URLs in one sink, a partial
failure re-sends to all of them on retry: delivery is at-least-once. Give each service its own
sink if duplicates matter.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import apprise

from monitor.alerts.payloads import ARTICLE_CLAIMS_CHANGED, AlertPayload
from monitor.alerts.render import render_text
from monitor.alerts.sinks.outcome import DeliveryOutcome
from monitor.errors import ConfigError
from monitor.settings import AppriseSinkSettings

_NOTIFY_TYPE = {ARTICLE_CLAIMS_CHANGED: apprise.NotifyType.WARNING}


def _scheme(url: str) -> str:
    # Apprise URLs carry tokens and passwords: only the scheme may appear in messages.
    return (urlsplit(url).scheme or "?") + "://…"


def _failure_detail(result: object) -> str:
    # Apprise 2.x returns an AppriseResult with per-call logs; 1.x returns a bare bool.
    logs = getattr(result, "logs", None)
    messages = [entry.message for entry in logs()] if callable(logs) else []
    status = getattr(getattr(result, "status", None), "name", "FAILURE")
    said = f": {'; '.join(messages[-3:])}" if messages else ""
    return f"apprise notification failed ({status}){said}"


class AppriseSink:
    def __init__(self, settings: AppriseSinkSettings):
        self.name = settings.name
        self._apprise = apprise.Apprise()
        problems = [
            f"sink {settings.name!r}: urls[{i}] ({_scheme(url)}) is not a URL Apprise understands"
            for i, url in enumerate(settings.urls)
            if not self._apprise.add(url)
        ]
        if problems:
            raise ConfigError(problems)
        self._count = len(settings.urls)

    def send(self, alert_json: str, message_id: str) -> DeliveryOutcome:
        payload = AlertPayload.model_validate_json(alert_json)
        title, body = render_text(payload)
        notify_type = _NOTIFY_TYPE.get(payload.type, apprise.NotifyType.INFO)
        result = self._apprise.notify(body=body, title=title, notify_type=notify_type)
        try:
            if result:
                return DeliveryOutcome("delivered", f"apprise notified {self._count} service(s)")
            return DeliveryOutcome("retry", _failure_detail(result))
        finally:
            # Apprise 2.x may keep a result's logs on disk until it is closed.
            close = getattr(result, "close", None)
            if callable(close):
                close()
