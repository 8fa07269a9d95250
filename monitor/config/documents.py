"""A YAML file read with the position of every node kept, so each problem can be reported as
`file:line:column` at the offending value: `${VAR}` interpolation, pydantic errors, and
offsets inside a string (a query's syntax error, also inside `>-` and `|` block scalars).
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
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    NodeEvent,
)

from monitor.errors import ConfigError

# Deeper nesting than this is no config anyone writes; without a limit a hostile or broken file
# (`[[[[…` 5,000 deep) exhausts Python's recursion while it is parsed.
MAX_DEPTH = 64
# Values of the file once every alias (`*name`) is replaced by what its anchor (`&name`) holds.
# A few aliases can stand for billions of values ("billion laughs": nine lists of nine aliases
# to the list before), which the checks and the conversion for pydantic would expand; a watch
# list of a thousand feeds has a few thousand. Only aliases are counted against it: a long file
# written out costs what its size says.
MAX_EXPANDED_VALUES = 100_000

_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


@dataclass(frozen=True)
class Position:
    file: Path
    line: int  # 1-based
    column: int  # 1-based

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass
class Document:
    """A parsed YAML file: plain data plus a way to find where each path came from."""

    path: Path
    root: Any
    lines: list[str] = field(default_factory=list)
    unset: list[tuple[tuple, str]] = field(default_factory=list)  # (where, problem) per ${VAR}

    def env_problems(self) -> list[str]:
        return [problem for _, problem in self.unset]

    def position(self, loc: tuple) -> Position:
        """Position of the deepest node of `loc` that exists in the file: the value itself when
        `loc` reaches a scalar, else the key (or list item) of the deepest container."""
        node, line, col = self.root, 0, 0
        for part in loc:
            if isinstance(node, CommentedMap) and part in node:
                line, col = node.lc.value(part) if _is_leaf(node[part]) else node.lc.key(part)
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
                line, col = node.lc.item(part)
                node = node[part]
            else:
                break
        return Position(self.path, line + 1, col + 1)

    def value_position(self, loc: tuple) -> Position:
        """Position of the value at `loc` (for a mapping key: where its value starts)."""
        parent = self.node(loc[:-1])
        last = loc[-1]
        if isinstance(parent, CommentedMap):
            line, col = parent.lc.value(last)
        else:
            line, col = parent.lc.item(last)
        return Position(self.path, line + 1, col + 1)

    def node(self, loc: tuple) -> Any:
        node = self.root
        for part in loc:
            node = node[part]
        return node

    def string_position(self, loc: tuple, offset: int) -> Position:
        """Where character `offset` (0-based) of the string value at `loc` is in the file, also
        when the string spans lines (a folded `>-` or literal `|` block, a wrapped scalar)."""
        start = self.value_position(loc)
        value = self.node(loc)
        style = getattr(value, "style", None)
        quoted = 1 if style in ("'", '"') else 0
        fallback = Position(self.path, start.line, start.column + quoted + offset)
        anchors = _line_anchors(str(value), self._segments(start, style in ("|", ">"), quoted))
        before = [a for a in anchors if a[0] <= offset]
        if not before:
            return fallback
        at, line, column = before[-1]
        return Position(self.path, line, column + offset - at)

    def _segments(self, start: Position, block: bool, quoted: int):
        """(line, column, text) of the source lines a string value may come from."""
        if not block:  # the value starts on the key's line, after the quote if any
            first = start.column - 1 + quoted
            yield start.line, first + 1, self.lines[start.line - 1][first:]
        for index in range(start.line, len(self.lines)):  # 0-based index = the next line
            text = self.lines[index]
            yield index + 1, 1, text


def _line_anchors(value: str, segments) -> list[tuple[int, int, int]]:
    """(offset in `value`, line, column) where each source line's text starts in `value`.
    Folding joins lines with a space or a newline (a literal block keeps extra indentation),
    so each line's text follows its predecessor's after whitespace only; the first line that
    does not is past the end of the value."""
    anchors, cursor = [], 0
    for line, column, text in segments:
        stripped = text.strip()
        if not stripped:
            continue
        stripped = stripped.rstrip("'\"") or stripped
        at = value.find(stripped, cursor)
        if at < 0 or value[cursor:at].strip():
            break
        anchors.append((at, line, column + len(text) - len(text.lstrip())))
        cursor = at + len(stripped)
    return anchors


def _is_leaf(node: Any) -> bool:
    return not isinstance(node, (CommentedMap, CommentedSeq))


def read_yaml(path: Path) -> Document:
    """The file parsed with positions, `${VAR}` references replaced (unset ones noted)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError([f"{path}: cannot read file: {exc.strerror or exc}"]) from exc
    try:
        yaml = YAML(typ="rt")
        yaml.preserve_quotes = True  # so query error columns can account for the quote
        yaml.max_depth = MAX_DEPTH
        _check_expansion(yaml, text, path)
        root = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        problem = exc.problem or exc.context
        if "maximum depth" in str(problem):
            problem = f"nested more than {MAX_DEPTH} levels deep (a config is a few levels)"
        raise ConfigError([f"{where}: invalid YAML: {problem}"]) from exc
    except RecursionError as exc:  # a YAML library without max_depth: no position to give
        raise ConfigError([f"{path}: invalid YAML: nested too deeply"]) from exc
    if root is None:
        root = CommentedMap()
    doc = Document(path, root, text.splitlines())
    if not isinstance(root, CommentedMap):
        raise ConfigError([f"{path}:1:1: expected a mapping of settings at the top of the file"])
    _interpolate_env(doc, root, ())
    return doc


def _check_expansion(yaml: YAML, text: str, path: Path) -> None:
    """Refuse a file whose aliases make it more than MAX_EXPANDED_VALUES values, at the alias
    that crosses the limit. Counted on the parser's events, before anything is built."""
    sizes: dict[str, int] = {}  # anchor -> values it stands for
    open_: list[list] = [[None, 0]]  # per open collection: [its anchor, values so far]
    for event in yaml.parse(text):
        if isinstance(event, CollectionStartEvent):
            if len(open_) > MAX_DEPTH:
                return  # too deep: the load that follows says so, at its position
            open_.append([event.anchor, 1])
            continue
        if isinstance(event, CollectionEndEvent):
            anchor, count = open_.pop()
        elif isinstance(event, AliasEvent):
            anchor, count = None, sizes.get(event.anchor, 1)
        elif isinstance(event, NodeEvent):  # a scalar
            anchor, count = event.anchor, 1
        else:
            continue
        if anchor:
            sizes[anchor] = count
        open_[-1][1] += count
        if isinstance(event, AliasEvent) and sum(c for _, c in open_) > MAX_EXPANDED_VALUES:
            mark = event.start_mark
            raise ConfigError([
                f"{path}:{mark.line + 1}:{mark.column + 1}: invalid YAML: its aliases expand to "
                f"more than {MAX_EXPANDED_VALUES:,} values (an alias bomb?); write the values "
                "out, or use fewer nested aliases"])


def _interpolate_env(doc: Document, node: Any, loc: tuple) -> None:
    """Replace ${VAR} and ${VAR:-default} in string values, in place, noting unset variables."""
    items = node.items() if isinstance(node, CommentedMap) else enumerate(node)
    for key, value in list(items):
        if isinstance(value, (CommentedMap, CommentedSeq)):
            _interpolate_env(doc, value, loc + (key,))
        elif isinstance(value, str) and "${" in value:
            where = loc + (key,)
            node[key] = _ENV_REF.sub(lambda m, where=where: _env_value(doc, where, m), value)


def _env_value(doc: Document, loc: tuple, match: re.Match) -> str:
    name, default = match.group(1), match.group(2)
    if name in os.environ:
        return os.environ[name]
    if default is not None:
        return default
    doc.unset.append((loc, f"{doc.value_position(loc)}: environment variable {name} is not set "
                           f"(export it, or write ${{{name}:-default}})"))
    return ""


def plain(node: Any) -> Any:
    """ruamel's commented containers -> plain dicts and lists, for pydantic."""
    return json.loads(json.dumps(node, default=str))


def validation_problems(doc: Document, exc: ValidationError, prefix: tuple = ()) -> list[str]:
    """pydantic's errors as `file:line:column: message`; `prefix` is where the validated part
    sits in the file (a feed validated alone is at ("feeds", i))."""
    problems = []
    for error in exc.errors():
        # Union members show up in the loc ("webhook", "url"); keep only real YAML keys.
        loc = prefix + tuple(p for p in error["loc"] if isinstance(p, int) or _is_yaml_key(p))
        where = _key_position(doc, loc) if error["type"] == "extra_forbidden" and loc else \
            doc.position(loc)
        problems.append(f"{where}: {_describe(error, loc)}")
    return problems


def _key_position(doc: Document, loc: tuple) -> Position:
    """An unknown key is reported at the key, not at its value."""
    try:
        line, col = doc.node(loc[:-1]).lc.key(loc[-1])
    except (KeyError, IndexError, TypeError, AttributeError):
        return doc.position(loc)
    return Position(doc.path, line + 1, col + 1)


def _is_yaml_key(part: str) -> bool:
    return part not in ("webhook", "apprise", "console") and not part.startswith("function-")


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
