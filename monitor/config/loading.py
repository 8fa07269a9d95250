"""Loading the two config files: YAML with positions -> env interpolation -> pydantic models.

Every problem is reported as `file:line:column: what is wrong (what is expected)`, all at once,
so `newsmon check` can list them together. The watch list is also checked against the service
file (watch sinks must exist, watch feed ids must be listed) and every query is parsed.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from monitor.alerts.sinks.webhook import secret_problem
from monitor.errors import ConfigError, QuerySyntaxError
from monitor.query import CompiledWatchList, parse_query
from monitor.settings import ServiceSettings, WatchList

_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


@dataclass(frozen=True)
class Position:
    file: Path
    line: int  # 1-based
    column: int  # 1-based

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass
class _Document:
    """A parsed YAML file: plain data plus a way to find where each path came from."""

    path: Path
    root: Any
    unset: list[tuple[tuple, str]] = field(default_factory=list)  # (where, problem) per ${VAR}

    def env_problems(self) -> list[str]:
        return [problem for _, problem in self.unset]

    def position(self, loc: tuple) -> Position:
        """Position of the deepest node of `loc` that exists in the file."""
        node, line, col = self.root, 0, 0
        for part in loc:
            if isinstance(node, CommentedMap) and part in node:
                line, col = node.lc.key(part)
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
                line, col = node.lc.item(part)
                node = node[part]
            else:
                break
        return Position(self.path, line + 1, col + 1)

    def value_position(self, loc: tuple) -> Position:
        """Position of the value at `loc` (for a mapping key: where its value starts)."""
        parent = self.root
        for part in loc[:-1]:
            parent = parent[part]
        last = loc[-1]
        if isinstance(parent, CommentedMap):
            line, col = parent.lc.value(last)
        else:
            line, col = parent.lc.item(last)
        return Position(self.path, line + 1, col + 1)


def _read_yaml(path: Path) -> _Document:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError([f"{path}: cannot read file: {exc.strerror or exc}"]) from exc
    try:
        yaml = YAML(typ="rt")
        yaml.preserve_quotes = True  # so query error columns can account for the quote
        root = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise ConfigError([f"{where}: invalid YAML: {exc.problem or exc.context}"]) from exc
    if root is None:
        root = CommentedMap()
    doc = _Document(path, root)
    if not isinstance(root, CommentedMap):
        raise ConfigError([f"{path}:1:1: expected a mapping of settings at the top of the file"])
    _interpolate_env(doc, root, ())
    return doc


def _interpolate_env(doc: _Document, node: Any, loc: tuple) -> None:
    """Replace ${VAR} and ${VAR:-default} in string values, in place, noting unset variables."""
    items = node.items() if isinstance(node, CommentedMap) else enumerate(node)
    for key, value in list(items):
        if isinstance(value, (CommentedMap, CommentedSeq)):
            _interpolate_env(doc, value, loc + (key,))
        elif isinstance(value, str) and "${" in value:
            where = loc + (key,)
            node[key] = _ENV_REF.sub(lambda m, where=where: _env_value(doc, where, m), value)


def _env_value(doc: _Document, loc: tuple, match: re.Match) -> str:
    name, default = match.group(1), match.group(2)
    if name in os.environ:
        return os.environ[name]
    if default is not None:
        return default
    doc.unset.append((loc, f"{doc.value_position(loc)}: environment variable {name} is not set "
                           f"(export it, or write ${{{name}:-default}})"))
    return ""


def _plain(node: Any) -> Any:
    """ruamel's commented containers -> plain dicts and lists, for pydantic."""
    return json.loads(json.dumps(node, default=str))


def _describe(error: dict, path: tuple) -> str:
    loc = ".".join(str(p) for p in path)
    kind = error["type"]
    if kind == "extra_forbidden":
        return f"unknown key '{error['loc'][-1]}' (check the spelling; see docs/configuration.md)"
    if kind == "missing":
        return f"missing required key '{error['loc'][-1]}'"
    message = error["msg"].removeprefix("Value error, ")
    got = error.get("input")
    shown = f" (got {got!r})" if isinstance(got, (str, int, float, bool)) else ""
    return f"{loc}: {message}{shown}" if loc else message


def _validation_problems(doc: _Document, exc: ValidationError) -> list[str]:
    problems = []
    for error in exc.errors():
        # Union members show up in the loc ("webhook", "url"); keep only real YAML keys.
        loc = tuple(p for p in error["loc"] if isinstance(p, int) or _is_yaml_key(doc, p))
        problems.append(f"{doc.position(loc)}: {_describe(error, loc)}")
    return problems


def _is_yaml_key(doc: _Document, part: str) -> bool:
    return part not in ("webhook", "apprise", "console") and not part.startswith("function-")


def load_service(path: Path, *, sending: bool = True) -> ServiceSettings:
    """Parse and validate `newsmon.yaml`. Relative paths are resolved against its folder.

    `sending=False` is for commands that only read state (status, story, alerts): they never
    send, so a sink whose settings need an unset ${VAR} (a secret the operator's shell does not
    have) stands in by its name only, and secrets are not checked."""
    doc = _read_yaml(path)
    if not sending:
        _sinks_by_name_only(doc)
    try:
        settings = ServiceSettings.model_validate(_plain(doc.root))
    except ValidationError as exc:
        raise ConfigError(doc.env_problems() + _validation_problems(doc, exc)) from exc
    problems = doc.env_problems() + (_sink_problems(doc, settings) if sending else [])
    if problems:
        raise ConfigError(problems)
    base = path.resolve().parent
    return settings.model_copy(
        update={
            "data_dir": base / settings.data_dir,
            "watches_file": base / settings.watches_file,
        }
    )


def _sinks_by_name_only(doc: _Document) -> None:
    """Replace each sink that refers to an unset variable by a console sink of the same name."""
    sinks = doc.root.get("sinks")
    unset_sinks = {loc[1] for loc, _ in doc.unset if loc[:1] == ("sinks",) and len(loc) > 1}
    for index in unset_sinks:
        if isinstance(sinks[index], CommentedMap):
            name = sinks[index].get("name", "console")
            sinks[index] = CommentedMap(type="console", name=name)
    doc.unset = [(loc, p) for loc, p in doc.unset if loc[:1] != ("sinks",)]


def _sink_problems(doc: _Document, settings: ServiceSettings) -> list[str]:
    """Webhook secrets are checked here, at start-up, not at the first delivery."""
    problems = []
    for i, sink in enumerate(settings.sinks):
        problem = secret_problem(sink.secret) if getattr(sink, "secret", None) else None
        if problem:
            where = doc.value_position(("sinks", i, "secret"))
            problems.append(f"{where}: sink '{sink.name}': secret {problem}")
    return problems


def load_watchlist(path: Path, service: ServiceSettings) -> CompiledWatchList:
    """Parse and validate `watches.yaml` against the service settings."""
    doc = _read_yaml(path)
    try:
        watchlist = WatchList.model_validate(_plain(doc.root))
    except ValidationError as exc:
        raise ConfigError(doc.env_problems() + _validation_problems(doc, exc)) from exc
    problems = doc.env_problems() + _cross_check(doc, watchlist, service)
    queries, query_problems = _parse_queries(doc, watchlist)
    problems += query_problems
    if problems:
        raise ConfigError(problems)
    return CompiledWatchList.from_parsed(watchlist, queries)


def _cross_check(doc: _Document, watchlist: WatchList, service: ServiceSettings) -> list[str]:
    sink_names = {s.name for s in service.sinks}
    feed_ids = {f.feed_id for f in watchlist.feeds}
    problems = []
    for i, watch in enumerate(watchlist.watches):
        for j, sink in enumerate(watch.sinks):
            if sink not in sink_names:
                where = doc.value_position(("watches", i, "sinks", j))
                known = ", ".join(sorted(sink_names)) or "none defined"
                problems.append(
                    f"{where}: watch '{watch.id}' sends to unknown sink '{sink}' "
                    f"(sinks in the service file: {known})"
                )
        for j, feed in enumerate(watch.feeds or []):
            if feed not in feed_ids:
                where = doc.value_position(("watches", i, "feeds", j))
                problems.append(
                    f"{where}: watch '{watch.id}' names unknown feed id '{feed}' "
                    f"(feed ids: {', '.join(sorted(feed_ids)) or 'none'})"
                )
    return problems


def _parse_queries(doc: _Document, watchlist: WatchList) -> tuple[dict, list[str]]:
    queries, problems = {}, []
    for i, watch in enumerate(watchlist.watches):
        try:
            queries[watch.id] = parse_query(watch.query)
        except QuerySyntaxError as exc:
            start = doc.value_position(("watches", i, "query"))
            raw = doc.root["watches"][i]["query"]
            quoted = 1 if getattr(raw, "style", None) in ("'", '"') else 0
            # Point into the query itself when it sits on one line.
            column = start.column + quoted + exc.column - 1
            problems.append(
                f"{Position(doc.path, start.line, column)}: query of watch '{watch.id}': "
                f"{exc.message}"
            )
    return queries, problems


@dataclass(frozen=True)
class LoadedConfig:
    service_path: Path
    service: ServiceSettings
    watches: CompiledWatchList


def load_all(service_path: Path) -> LoadedConfig:
    """Both files, or ConfigError listing the problems of both."""
    service = load_service(service_path)
    return LoadedConfig(service_path, service, load_watchlist(service.watches_file, service))


def check_files(service_path: Path, watches_path: Path | None = None) -> list[str]:
    """Every problem in the two files (empty list: both are valid)."""
    try:
        service = load_service(service_path)
    except ConfigError as exc:
        return exc.problems
    try:
        load_watchlist(watches_path or service.watches_file, service)
    except ConfigError as exc:
        return exc.problems
    return []
