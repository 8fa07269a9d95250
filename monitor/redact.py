"""Secrets out of what people read: log lines, `status` (text, JSON, /status), error messages.

Pure text in, text out. What is masked (replaced by `***`):

1. the password of any URL's userinfo: `scheme://user:PASSWORD@host` (Redis, broker, feeds);
2. query-string values under a secret-looking key (`?token=…`, `api_key=…`, `sig=…`, ...);
3. known secret values registered at start-up (`register`): webhook signing secrets, Redis and
   broker passwords, and the token-like parts of sink URLs (Slack and Discord hooks carry their
   token in the path, Telegram in the host), which no rule could tell from an article slug.

`sink_url` masks the token-like parts of one sink URL without a registry, for the messages
formatted where the URL is at hand (a failed delivery). Over-masking a sink URL costs nothing;
article URLs are left alone except for rules 1 and 2.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from urllib.parse import urlsplit

MASK = "***"

# A secret shorter than this would mask common words everywhere; none of ours is that short.
_MIN_SECRET = 6
_SECRET_WORDS = frozenset({
    "token", "key", "secret", "password", "passwd", "pwd", "pass", "sig", "signature", "auth",
    "apikey", "credential", "credentials", "session", "sessionid", "jwt", "bearer",
    "authorization", "cookie",
})
_SECRET_SUFFIXES = ("token", "key", "secret", "password", "signature")

# scheme://user:password@ — the password stops at the first '@' that ends the userinfo.
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://[^/\s:@'\"<>]*:)([^@\s/'\"<>]+)(@)")
# ?key=value / &key=value / ;key=value (and the same inside a JSON-escaped URL).
_QUERY = re.compile(r"([?&;]([A-Za-z0-9_.\-\[\]]+)=)([^&;#\s'\"<>]+)")
_WHOLE_USERINFO = re.compile(r"(?i)^([a-z][a-z0-9+.\-]*://)[^/?#@\s]*@")
_TOKEN_CHARS = re.compile(r"[A-Za-z0-9_\-.~=+:]+")


def secret_name(key: str) -> bool:
    """A query key or header name whose value is a credential (`token`, `api_key`, `sig`,
    `Authorization`, `X-Auth-Token`, ...)."""
    key = key.lower()
    return bool(_SECRET_WORDS & set(re.split(r"[^a-z0-9]", key))) or key.endswith(
        _SECRET_SUFFIXES)


def looks_like_token(part: str) -> bool:
    """A URL part that is a credential rather than a name: long, digits mixed with letters, or
    capitals (Slack's `T0123ABCD/B0123/XXXXSECRET…`, Discord's 68-character token); a
    lowercase word such as `hooks` or `newsmon` stays."""
    if len(part) < 8 or not _TOKEN_CHARS.fullmatch(part):
        return False
    has_digit = any(c.isdigit() for c in part)
    has_alpha = any(c.isalpha() for c in part)
    has_upper = any(c.isupper() for c in part)
    return len(part) >= 16 or (has_digit and has_alpha) or has_upper


def url_secrets(url: str) -> list[str]:
    """The secret parts of a sink or service URL: its password and its token-like host label
    and path segments. What `register` is given at start-up."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return []
    found = [password] if password else []
    host = parts.hostname or ""
    # Apprise puts tokens where a host would be (tgram://123456:ABC-DEF/...); a host name of
    # letters and dots stays readable.
    found += [p for p in re.split(r"[.@:]", parts.netloc) if looks_like_token(p)
              and not (host.replace(".", "").replace("-", "").isalpha())]
    found += [seg for seg in parts.path.split("/") if looks_like_token(seg)]
    return found


def without_userinfo(url: str | None) -> str | None:
    """`url` with its `user:password@` removed (alert payloads: a link people click, so no
    mask in it)."""
    if not url or "@" not in url:
        return url
    return _WHOLE_USERINFO.sub(r"\1", url, count=1)


class Secrets:
    """The known secret values of this process, registered at start-up."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: tuple[str, ...] = ()

    def register(self, values: Iterable[str | None]) -> None:
        fresh = {v for v in values if v and len(v) >= _MIN_SECRET}
        with self._lock:
            # Longest first: a secret that contains another is masked whole.
            self._values = tuple(sorted(set(self._values) | fresh, key=len, reverse=True))

    def clear(self) -> None:
        with self._lock:
            self._values = ()

    def mask(self, text: str) -> str:
        for value in self._values:
            if value in text:
                text = text.replace(value, MASK)
        return text


SECRETS = Secrets()


def register(values: Iterable[str | None]) -> None:
    """Remember secret values (and what they look like inside a URL) for every later `redact`."""
    values = [v for v in values if v]
    SECRETS.register(values)


def redact(text: str) -> str:
    """`text` with every secret it carries masked (the three rules of the module docstring)."""
    if not text:
        return text
    text = SECRETS.mask(text)
    text = _USERINFO.sub(lambda m: m.group(1) + MASK + m.group(3), text)
    return _QUERY.sub(lambda m: m.group(1) + MASK if secret_name(m.group(2)) else m.group(0),
                      text)


def sink_url(url: str) -> str:
    """A sink URL fit to show: password, secret query values and token-like parts masked."""
    text = redact(url)
    for part in url_secrets(url):
        text = text.replace(part, MASK)
    return text


class RedactingFilter(logging.Filter):
    """Redacts every record's rendered message (args merged in) and traceback text before any
    handler formats it. Installed on the root handlers by `install`."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed call: leave it to the formatter to report
            return True
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def install(logger: logging.Logger | None = None) -> None:
    """Add the redacting filter to every handler of `logger` (the root logger by default)."""
    logger = logger or logging.getLogger()
    for handler in logger.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
