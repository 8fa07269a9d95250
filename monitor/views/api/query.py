"""Query strings and path parameters of the read API, checked before anything is read, and
the story a path names (`story_title`).

Every problem is a `RequestError(400, ...)` naming the parameter and what is expected; an
unknown or repeated parameter is one too (a typo must not silently widen a query). An empty
value (`?watch=`) is the same as no value.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl

import redis
from pydantic import BaseModel, ValidationError

from monitor.errors import RequestError
from monitor.settings import WatchList
from monitor.views.storypage import known_story

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


def story_title(client: redis.Redis, watchlist: WatchList | None, watch_id: str) -> str:
    """The title of the story `watch_id` names, as the story page decides it (a watch in force,
    or one removed from the list that keeps its story), or RequestError(404)."""
    title = known_story(client, watchlist, watch_id)
    if title is None:
        raise RequestError(404, f"no such watch: {_shown(watch_id)}")
    return title
