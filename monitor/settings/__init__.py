"""Typed settings: the service file (`newsmon.yaml`) and the watch list (`watches.yaml`).

Pydantic models validated at start-up, before anything runs. Every field carries a description:
docs/configuration.md is checked against them by a test, and `newsmon schema` emits the JSON
Schema editors use. Loading YAML (with line/column positions) lives in `monitor.config.loading`.
"""

from monitor.settings.service import (
    AppriseSinkSettings,
    BrokerSettings,
    ConsoleSinkSettings,
    DedupSettings,
    EditSettings,
    HttpSettings,
    LogSettings,
    PollSettings,
    RedisSettings,
    RetentionSettings,
    ServiceSettings,
    SinkSettings,
    StatusSettings,
    WebhookSinkSettings,
    WorkerSettings,
    is_loopback,
)
from monitor.settings.types import Duration, Strict, parse_duration
from monitor.settings.watches import (
    EventName,
    FeedSettings,
    WatchList,
    WatchSettings,
)

__all__ = [
    "AppriseSinkSettings",
    "BrokerSettings",
    "ConsoleSinkSettings",
    "DedupSettings",
    "Duration",
    "EditSettings",
    "EventName",
    "FeedSettings",
    "HttpSettings",
    "LogSettings",
    "PollSettings",
    "RedisSettings",
    "RetentionSettings",
    "ServiceSettings",
    "SinkSettings",
    "StatusSettings",
    "Strict",
    "WatchList",
    "WatchSettings",
    "WebhookSinkSettings",
    "WorkerSettings",
    "is_loopback",
    "parse_duration",
]
