"""Loading the two config files: YAML with positions -> env interpolation -> pydantic models.

Every problem is reported as `file:line:column: what is wrong (what is expected)`, at the
offending value, and all at once, so `newsmon check` lists every mistake of both files in one
run: a broken service file does not stop the watch list from being checked, and one broken feed
or watch does not hide the others' problems (each is validated on its own). The watch list is
also checked against the service file (watch sinks must exist, watch feed ids must be listed),
ids must be unique, and every query is parsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ValidationError
from ruamel.yaml.comments import CommentedMap

from monitor.alerts.sinks.webhook import secret_problem
from monitor.config.documents import Document, plain, read_yaml, validation_problems
from monitor.errors import ConfigError, QuerySyntaxError
from monitor.query import CompiledWatchList, parse_query
from monitor.settings import FeedSettings, ServiceSettings, WatchList, WatchSettings

_POSITION = re.compile(r"^(.*?):(\d+):(\d+): ")


def load_service(path: Path, *, sending: bool = True) -> ServiceSettings:
    """Parse and validate `newsmon.yaml`. Relative paths are resolved against its folder.

    `sending=False` is for commands that only read state (status, story, alerts): they never
    send, so a sink whose settings need an unset ${VAR} (a secret the operator's shell does not
    have) stands in by its name only, and secrets are not checked."""
    settings, problems = _service_from(read_yaml(path), sending)
    if problems:
        raise ConfigError(sorted(problems, key=_position_key))
    return settings


def _service_from(doc: Document, sending: bool) -> tuple[ServiceSettings | None, list[str]]:
    if not sending:
        _sinks_by_name_only(doc)
    try:
        settings = ServiceSettings.model_validate(plain(doc.root))
    except ValidationError as exc:
        return None, doc.env_problems() + validation_problems(doc, exc)
    problems = doc.env_problems() + (_sink_problems(doc, settings) if sending else [])
    base = doc.path.resolve().parent
    return settings.model_copy(update={"data_dir": base / settings.data_dir,
                                       "watches_file": base / settings.watches_file}), problems


def _sinks_by_name_only(doc: Document) -> None:
    """Replace each sink that refers to an unset variable by a console sink of the same name."""
    sinks = doc.root.get("sinks")
    unset_sinks = {loc[1] for loc, _ in doc.unset if loc[:1] == ("sinks",) and len(loc) > 1}
    for index in unset_sinks:
        if isinstance(sinks[index], CommentedMap):
            name = sinks[index].get("name", "console")
            sinks[index] = CommentedMap(type="console", name=name)
    doc.unset = [(loc, p) for loc, p in doc.unset if loc[:1] != ("sinks",)]


def _sink_problems(doc: Document, settings: ServiceSettings) -> list[str]:
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
    compiled, problems = _watchlist_from(read_yaml(path), {s.name for s in service.sinks})
    if problems:
        raise ConfigError(problems)
    return compiled


def _watchlist_from(doc: Document, sink_names: set[str] | None
                    ) -> tuple[CompiledWatchList | None, list[str]]:
    """The compiled watch list, or every problem of the file. `sink_names` None: the service
    file is broken, so watch sinks are not checked against it."""
    problems = doc.env_problems() + _unstated_lists(doc)
    # The top level alone (unknown keys, lists that are not lists), then each entry on its own.
    top = {k: [] if k in ("feeds", "watches") and isinstance(v, list) else v
           for k, v in plain(doc.root).items()}
    try:
        WatchList.model_validate(top)
    except ValidationError as exc:
        problems += validation_problems(doc, exc)
    feeds = _entries(doc, "feeds", FeedSettings, problems)
    watches = _entries(doc, "watches", WatchSettings, problems)
    problems += _duplicate_ids(doc, feeds, watches)
    problems += _cross_check(doc, feeds, sink_names)
    queries, query_problems = _parse_queries(doc)
    problems += query_problems
    if problems:
        return None, sorted(problems, key=_position_key)
    return CompiledWatchList.from_parsed(WatchList.model_validate(plain(doc.root)), queries), []


def _unstated_lists(doc: Document) -> list[str]:
    """An empty or cut-off file (an editor's truncated save) must not read as "watch nothing",
    which would stop polling or alerting without a word. A save cuts the end of the file and
    `watches:` comes after `feeds:` (the starter file, `newsmon feeds add`), so the watch list
    must be written, `watches: []` when there is truly nothing to watch. A file of watches
    alone stays valid (`newsmon feeds add` fills in the feeds)."""
    where = f"{doc.path}:{len(doc.lines) + 1 if doc.lines else 1}:1"
    if "feeds" not in doc.root and "watches" not in doc.root:
        return [f"{where}: the watch list is empty (cut off while saving?); list feeds and "
                "watches, or write `feeds: []` and `watches: []` to watch nothing"]
    if "watches" not in doc.root:
        return [f"{where}: the watch list has no `watches:` after its feeds (cut off while "
                "saving?); list the watches, or write `watches: []` to have none"]
    return []


def _entries(doc: Document, key: str, model: type[BaseModel], problems: list[str]) -> list:
    """Each entry of the list at `key` validated alone: the model, or None (problems noted)."""
    entries = doc.root.get(key)
    if not isinstance(entries, list):
        return []
    validated = []
    for i, entry in enumerate(entries):
        try:
            validated.append(model.model_validate(plain(entry)))
        except ValidationError as exc:
            problems += validation_problems(doc, exc, (key, i))
            validated.append(None)
    return validated


def _raw(doc: Document, key: str) -> list:
    """The entries of a list as written (mappings only; others were reported already)."""
    entries = doc.root.get(key)
    return [(i, e) for i, e in enumerate(entries) if isinstance(e, CommentedMap)] \
        if isinstance(entries, list) else []


def _duplicate_ids(doc: Document, feeds: list, watches: list) -> list[str]:
    """A repeated id, at the second one. Ids count as written, also in entries with other
    problems; a valid feed without `id` is known by the id derived from its URL."""
    problems, feed_seen, watch_seen = [], {}, {}
    for i, feed in _raw(doc, "feeds"):
        written = feed.get("id") if isinstance(feed.get("id"), str) else None
        ident = written or (feeds[i].feed_id if feeds[i] is not None else None)
        if ident:
            loc = ("feeds", i, "id" if written else "url")
            problems += _repeat(doc, feed_seen, ident, loc, "feed id")
    for i, watch in _raw(doc, "watches"):
        if isinstance(watch.get("id"), str):
            problems += _repeat(doc, watch_seen, watch["id"], ("watches", i, "id"), "watch id")
    return problems


def _repeat(doc: Document, seen: dict, ident: str, loc: tuple, what: str) -> list[str]:
    where = doc.value_position(loc)
    if ident not in seen:
        seen[ident] = where
        return []
    return [f"{where}: {what} '{ident}' is used twice (first at line {seen[ident].line}); "
            "ids must be unique"]


def _cross_check(doc: Document, feeds: list, sink_names: set[str] | None) -> list[str]:
    # Feeds that failed validation still count by their written id: no knock-on errors.
    feed_ids = {f.feed_id for f in feeds if f is not None} | {
        f["id"] for _, f in _raw(doc, "feeds") if isinstance(f.get("id"), str)}
    problems = []
    for i, watch in _raw(doc, "watches"):
        name = watch.get("id", f"#{i + 1}")
        for j, sink in _strings(watch.get("sinks")) if sink_names is not None else []:
            if sink not in sink_names:
                known = ", ".join(sorted(sink_names)) or "none defined"
                problems.append(
                    f"{doc.value_position(('watches', i, 'sinks', j))}: watch '{name}' sends to "
                    f"unknown sink '{sink}' (sinks in the service file: {known})")
        for j, feed in _strings(watch.get("feeds")):
            if feed not in feed_ids:
                problems.append(
                    f"{doc.value_position(('watches', i, 'feeds', j))}: watch '{name}' names "
                    f"unknown feed id '{feed}' (feed ids: {', '.join(sorted(feed_ids)) or 'none'})")
    return problems


def _strings(items) -> list[tuple[int, str]]:
    return [(j, s) for j, s in enumerate(items) if isinstance(s, str)] \
        if isinstance(items, list) else []


def _parse_queries(doc: Document) -> tuple[dict, list[str]]:
    """Every written query parsed, also those of watches with other problems."""
    queries, problems = {}, []
    for i, watch in _raw(doc, "watches"):
        query = watch.get("query")
        if not isinstance(query, str):
            continue
        try:
            queries[watch.get("id")] = parse_query(str(query))
        except QuerySyntaxError as exc:
            where = doc.string_position(("watches", i, "query"), exc.column - 1)
            problems.append(f"{where}: query of watch '{watch.get('id', f'#{i + 1}')}': "
                            f"{exc.message}")
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
    """Every problem in the two files (empty list: both are valid). A broken service file does
    not stop the watch list from being checked."""
    try:
        doc = read_yaml(service_path)
    except ConfigError as exc:
        problems, settings, doc = exc.problems, None, None
    else:
        settings, problems = _service_from(doc, sending=True)
    if watches_path is None:
        watches_path = settings.watches_file if settings else _written_watches_file(doc,
                                                                                    service_path)
    try:
        watches_doc = read_yaml(watches_path)
    except ConfigError as exc:
        return problems + exc.problems
    sink_names = {s.name for s in settings.sinks} if settings else _written_sink_names(doc)
    return sorted(problems, key=_position_key) + _watchlist_from(watches_doc, sink_names)[1]


def _position_key(problem: str) -> tuple:
    """Problems in the order of the file (`file:line:column: ...`)."""
    match = _POSITION.match(problem)
    return (match[1], int(match[2]), int(match[3])) if match else (problem, 0, 0)


def _written_watches_file(doc: Document | None, service_path: Path) -> Path:
    written = doc.root.get("watches_file") if doc else None
    return service_path.resolve().parent / (written if isinstance(written, str) else
                                            ServiceSettings().watches_file)


def _written_sink_names(doc: Document | None) -> set[str] | None:
    """Sink names as written in a service file that did not validate (None: unreadable)."""
    if doc is None or not isinstance(doc.root.get("sinks", []), list):
        return None
    if "sinks" not in doc.root:
        return {s.name for s in ServiceSettings().sinks}
    return {s.get("name", s.get("type")) for s in doc.root["sinks"] if isinstance(s, CommentedMap)}
