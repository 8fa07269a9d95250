"""Webhook sink: POSTs the alert JSON, signed per the Standard Webhooks spec.

Headers: `webhook-id` (deterministic per alert and sink: receivers dedupe on it),
`webhook-timestamp` (unix seconds of this attempt: every retry is signed afresh, because
receivers reject signatures older than five minutes), `webhook-signature` (`v1,<base64>`, only
when a secret is set), `content-type: application/json`, a User-Agent, and the sink's extra
headers (which may not replace the protocol headers above).

Redirects are not followed: a signed POST re-sent to wherever a 3xx points could leak alerts, and
an endpoint that moved should be fixed in the config. A 3xx is a give-up naming the Location.

The pure parts — `fixed_headers`, `request_headers`, `classify_response`, `signing_key`, and the
Retry-After parser shared with the fetcher (monitor.fetch's `parse_retry_after`) — are tested on
values; `WebhookSink.send` is the thin I/O edge around them. What a sink derives from its
settings (the decoded key, the fixed headers) is worked out once, when the sink is built; `send` signs and POSTs the stored JSON text exactly as it was stored.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from datetime import UTC, datetime
from math import floor

import httpx
from standardwebhooks import Webhook

from monitor import __version__
from monitor.alerts.sinks.outcome import DeliveryOutcome
from monitor.errors import ConfigError
from monitor.fetch import parse_retry_after
from monitor.redact import redact, sink_url
from monitor.settings import WebhookSinkSettings

USER_AGENT = f"newsmon/{__version__} (Standard Webhooks; +https://github.com/news-monitor/newsmon)"
SECRET_PREFIX = "whsec_"
MIN_SECRET_BYTES = 24  # the spec's lower bound for a signing key
SECRET_HOWTO = (
    'generate one with: python -c "import secrets,base64;'
    "print('whsec_'+base64.b64encode(secrets.token_bytes(32)).decode())\""
)
_PROTOCOL_HEADERS = {"webhook-id", "webhook-timestamp", "webhook-signature", "content-type"}
_EXCERPT_BYTES = 200  # of an error response's body, quoted in the outcome's detail


# --- pure -----------------------------------------------------------------------------------


def signing_key(secret: str) -> bytes:
    """The key of a `whsec_<base64>` secret. Raises ValueError saying what is wrong and how to
    make a good one.

    The standardwebhooks package decodes leniently (it silently drops characters that are not
    base64), so a typo would sign with a different key than the receiver uses. Decoded strictly.
    """
    if not secret.startswith(SECRET_PREFIX):
        raise ValueError(f"must start with {SECRET_PREFIX!r} followed by base64; {SECRET_HOWTO}")
    try:
        key = base64.b64decode(secret[len(SECRET_PREFIX) :], validate=True)
    except binascii.Error as exc:
        raise ValueError(
            f"the part after {SECRET_PREFIX!r} is not valid base64; {SECRET_HOWTO}"
        ) from exc
    if len(key) < MIN_SECRET_BYTES:
        raise ValueError(
            f"decodes to {len(key)} bytes, at least {MIN_SECRET_BYTES} needed; {SECRET_HOWTO}"
        )
    return key


def secret_problem(secret: str) -> str | None:
    """Why `secret` is not a usable signing secret, or None if it is (config checks)."""
    try:
        signing_key(secret)
    except ValueError as exc:
        return str(exc)
    return None


def fixed_headers(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The headers every request of a sink carries: User-Agent, the sink's `extra` headers,
    content-type."""
    headers = {"user-agent": USER_AGENT}
    # Extra headers go first and protocol headers overwrite them: a config entry must not be
    # able to break the signature or the dedupe id.
    headers.update(
        {k.lower(): v for k, v in (extra or {}).items() if k.lower() not in _PROTOCOL_HEADERS}
    )
    headers["content-type"] = "application/json"
    return headers


def request_headers(
    payload_json: str,
    message_id: str,
    timestamp: datetime,
    *,
    signer: Webhook | None = None,
    fixed: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Every header of one delivery attempt: the `fixed` ones (default: `fixed_headers()`),
    then id, time, and the signature of `payload_json` when there is a `signer`."""
    headers = dict(fixed_headers() if fixed is None else fixed)
    headers["webhook-id"] = message_id
    headers["webhook-timestamp"] = str(floor(timestamp.timestamp()))
    if signer is not None:
        # sign() reads the datetime as UTC wall time, so it must be given one in UTC.
        headers["webhook-signature"] = signer.sign(
            message_id, timestamp.astimezone(UTC), payload_json
        )
    return headers


def _header(headers: Mapping[str, str], name: str) -> str | None:
    # httpx.Headers is case-insensitive already; plain dicts from tests or callers are not.
    return next((v for k, v in headers.items() if k.lower() == name), None)


def _retry(detail: str, status: int | None = None, retry_after: float | None = None):
    return DeliveryOutcome("retry", detail, status, retry_after)


def classify_response(
    status: int | None,
    headers: Mapping[str, str],
    error: str | None,
    *,
    body: str = "",
    now: datetime | None = None,
) -> DeliveryOutcome:
    """The outcome of one attempt, from the receiver's status (or the transport `error`).

    2xx delivered; 408, 429, 5xx and transport errors retry (honouring Retry-After);
    410 disables the sink; 3xx and every other 4xx give up.
    `body` is an excerpt of the response, quoted in the detail; `now` resolves date-form
    Retry-After values.
    """
    if error is not None or status is None:
        return _retry(f"no response: {error or 'unknown transport error'}")
    said = f": {body}" if body else ""
    if 200 <= status < 300:
        return DeliveryOutcome("delivered", f"HTTP {status}", status)
    if status in (408, 429) or status >= 500:
        wait = parse_retry_after(_header(headers, "retry-after"), now)
        asked = f", asked to wait {wait:g}s" if wait is not None else ""
        return _retry(f"HTTP {status}{asked}{said}", status, wait)
    if status == 410:
        return DeliveryOutcome(
            "disable",
            f"HTTP 410 Gone: the receiver says this endpoint no longer exists; "
            f"disable the sink{said}",
            status,
        )
    if 300 <= status < 400:
        location = _header(headers, "location") or "(no Location header)"
        return DeliveryOutcome(
            "give_up",
            f"HTTP {status} redirect to {location} not followed (webhooks never follow "
            f"redirects): set the sink's url to the final address",
            status,
        )
    return DeliveryOutcome("give_up", f"HTTP {status} (receiver refused the alert){said}", status)


def _excerpt(raw: bytes) -> str:
    text = raw[:_EXCERPT_BYTES].decode("utf-8", errors="replace")
    return " ".join(text.split())


# --- I/O edge -------------------------------------------------------------------------------


class WebhookSink:
    """POSTs alerts to one receiver. Reuses `client` when given (connection pooling)."""

    def __init__(self, settings: WebhookSinkSettings, client: httpx.Client | None = None):
        self.name = settings.name
        self._signer = _signer(settings)
        self._headers = fixed_headers(settings.headers)
        self._timeout = settings.timeout
        self._url = str(settings.url)
        self._client = client or httpx.Client(follow_redirects=False)
        self._owns_client = client is None

    def send(
        self, alert_json: str, message_id: str, *, now: datetime | None = None
    ) -> DeliveryOutcome:
        """Deliver the alert's stored JSON text as is: the body is its UTF-8 bytes, and sign()
        encodes the same text as UTF-8, so the signature covers exactly the bytes sent."""
        now = now or datetime.now(UTC)
        headers = request_headers(
            alert_json, message_id, now, signer=self._signer, fixed=self._headers
        )
        try:
            with self._client.stream(
                "POST",
                self._url,
                content=alert_json.encode("utf-8"),
                headers=headers,
                timeout=self._timeout,
                follow_redirects=False,
            ) as response:
                # Only a failure's body is read, and only its head: it is quoted in the detail.
                body = "" if response.is_success else _excerpt(_read_head(response))
                return classify_response(
                    response.status_code, response.headers, None, body=body, now=now
                )
        except httpx.TimeoutException as exc:
            error = (
                f"timed out after {self._timeout:g}s ({type(exc).__name__}) posting to "
                f"{sink_url(self._url)}"
            )
            return classify_response(None, {}, error)
        except httpx.HTTPError as exc:
            # The URL may carry the sink's token (Slack, Discord): shown masked, here and in the
            # exception text, which httpx sometimes builds from the URL.
            shown = sink_url(self._url)
            error = f"{type(exc).__name__} posting to {shown}: " + \
                redact(str(exc).replace(self._url, shown))
            return classify_response(None, {}, error)

    def close(self) -> None:
        if self._owns_client:
            self._client.close()


def _signer(settings: WebhookSinkSettings) -> Webhook | None:
    """The sink's signer, its key decoded once, or None without a secret. A malformed secret is
    a ConfigError now, when the sink is built, rather than at the first delivery."""
    if not settings.secret:
        return None
    try:
        return Webhook(signing_key(settings.secret))
    except ValueError as exc:
        raise ConfigError([f"sink {settings.name!r}: secret {exc}"]) from exc


def _read_head(response: httpx.Response) -> bytes:
    head = b""
    for chunk in response.iter_bytes():
        head += chunk
        if len(head) >= _EXCERPT_BYTES:
            break
    return head
