"""The log format: key=value lines for people, or JSON lines for collectors; both with an ISO
time in UTC (with its zone) and the ids of the job in hand (monitor.logcontext).

    ts=2026-11-30T10:00:00.123+00:00 level=info logger=monitor.jobs.polls msg="feed rss failed (1 in a row): HTTP 500; next try in 38 s" job=poll_feed job_id=6f1c... feed=rss
    {"ts": "2026-11-30T10:00:00.123+00:00", "level": "info", "logger": "...", "msg": "...", "feed": "rss"}

The ids come from a filter on the handler, so they reach every line a job logs, whichever
module logs it (ours or a library's). A line may also pass ids itself: `extra={"alert": id}`.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime

from monitor.logcontext import FIELDS, current
from monitor.redact import RedactingFilter

NOISY = ("httpx", "httpcore", "apscheduler", "trafilatura", "pika")
_BARE = re.compile(r"^[A-Za-z0-9_.:/@+-]+$")  # values written without quotes


class BindIds(logging.Filter):
    """Copy the current job's ids onto the record (ids passed in `extra` win)."""

    def filter(self, record: logging.LogRecord) -> bool:
        for key, value in current().items():
            if getattr(record, key, None) is None:
                setattr(record, key, value)
        return True


def _fields(record: logging.LogRecord) -> dict[str, str]:
    fields = {
        "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
        "level": record.levelname.lower(),
        "logger": record.name,
        "msg": record.getMessage(),
    }
    fields.update({k: str(v) for k in FIELDS if (v := getattr(record, k, None)) is not None})
    return fields


class KeyValueFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        fields = _fields(record)
        line = " ".join(f"{k}={v if k != 'msg' and _BARE.match(v) else _quoted(v)}"
                        for k, v in fields.items())
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


def _quoted(value: str) -> str:
    # JSON string rules: quotes, backslashes and newlines escaped, so a line stays one line.
    return json.dumps(value, ensure_ascii=False)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        fields: dict[str, object] = dict(_fields(record))
        if record.exc_info:
            fields["exc"] = self.formatException(record.exc_info)
        return json.dumps(fields, ensure_ascii=False)


def configure_logging(level: str, fmt: str = "text") -> None:
    """One handler on stderr for the whole process (none when logging is set up already)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else KeyValueFormatter())
    handler.addFilter(BindIds())
    handler.addFilter(RedactingFilter())  # last: it sees the ids bound above, masks secrets
    logging.basicConfig(level=level.upper(), handlers=[handler])
    for noisy in NOISY:
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level.upper())))
