"""Query strings and path parameters of the read API, checked before anything is read, and
the watch a path names (`find_watch`).

Every problem is a `RequestError(400, ...)` naming the parameter and what is expected; an
unknown or repeated parameter is one too (a typo must not silently widen a query). An empty
value (`?watch=`) is the same as no value.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl

from pydantic import BaseModel, ValidationError

from monitor.errors import RequestError
from monitor.settings import WatchList, WatchSettings

MAX_FIELDS = 20


def parse_query(model: type[BaseModel], raw: str) -> BaseModel:
    """`raw` (the part after `?`) as an instance of `model`, or RequestError(400)."""
    try:
        pairs = parse_qsl(raw, keep_blank_values=True, strict_parsing=False,
                          max_num_fields=MAX_FIELDS)
    except ValueError as exc:  # more than MAX_FIELDS fields
        raise RequestError(400, f"too many query parameters (at most {MAX_FIELDS})") from exc
    values: dict[str, str] = {}
    for name, value in pairs:
        if name in values:
            raise RequestError(400, f"parameter {_shown(name)} is given twice")
        values[name] = value
    unknown = sorted(set(values) - set(model.model_fields))
    if unknown:
        raise RequestError(400, f"unknown parameter {_shown(unknown[0])}; this endpoint takes "
                                f"{', '.join(model.model_fields)}")
    try:
        return model.model_validate({k: v for k, v in values.items() if v != ""})
    except ValidationError as exc:
        error = exc.errors()[0]
        name = ".".join(str(p) for p in error["loc"])
        raise RequestError(400, f"parameter {name}: {_message(error)}") from exc


def check_id(value: str, pattern: str, what: str) -> str:
    """A path parameter that cannot name anything stored is a 404, like an unknown one."""
    if not re.fullmatch(pattern, value):
        raise RequestError(404, f"no such {what}: {_shown(value)}")
    return value


def _message(error: dict) -> str:
    if error["type"] == "string_pattern_mismatch":
        return f"{_shown(str(error.get('input', '')))} is not valid here"
    return error["msg"]


def _shown(value: str) -> str:
    """A value of the request, quoted and cut short: it is echoed back in the error."""
    return repr(value[:60] + ("…" if len(value) > 60 else ""))


def find_watch(watchlist: WatchList | None, watch_id: str) -> WatchSettings:
    """The watch of the watch list in force named `watch_id`, or RequestError(404)."""
    for watch in watchlist.watches if watchlist else []:
        if watch.id == watch_id:
            return watch
    raise RequestError(404, f"no such watch: {_shown(watch_id)}")
