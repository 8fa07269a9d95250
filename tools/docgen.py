"""The configuration reference tables, generated from the settings models.

docs/configuration.md holds hand-written prose around a generated block; `python -m
tools.docgen` rewrites the block, and tests/test_config.py fails when the docs fall behind
the models (every key must be documented).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pydantic import BaseModel

from monitor.settings import (
    AppriseSinkSettings,
    ConsoleSinkSettings,
    FeedSettings,
    ServiceSettings,
    WatchList,
    WatchSettings,
    WebhookSinkSettings,
)

BEGIN, END = "<!-- BEGIN GENERATED: settings -->", "<!-- END GENERATED: settings -->"
DOC = Path(__file__).resolve().parent.parent / "docs" / "configuration.md"

SECTIONS = [
    ("newsmon.yaml", "", ServiceSettings),
    ("newsmon.yaml: a `webhook` sink", "sinks[]", WebhookSinkSettings),
    ("newsmon.yaml: an `apprise` sink", "sinks[]", AppriseSinkSettings),
    ("newsmon.yaml: the `console` sink", "sinks[]", ConsoleSinkSettings),
    ("watches.yaml", "", WatchList),
    ("watches.yaml: a feed", "feeds[]", FeedSettings),
    ("watches.yaml: a watch", "watches[]", WatchSettings),
]


def _nested_model(annotation) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _default(field) -> str:
    if field.is_required():
        return "required"
    value = field.default
    if isinstance(value, BaseModel):
        return "(section)"
    if isinstance(value, list) and value and isinstance(value[0], BaseModel):
        return "console sink"
    return f"`{value}`" if value not in (None, "", [], {}) else "empty"


def rows(model: type[BaseModel], prefix: str) -> list[tuple[str, str, str]]:
    out = []
    for name, field in model.model_fields.items():
        path = f"{prefix}.{name}" if prefix else name
        out.append((path, _default(field), (field.description or "").replace("\n", " ")))
        nested = _nested_model(field.annotation)
        if nested is not None:
            out.extend(rows(nested, path))
    return out


def all_paths() -> list[str]:
    return [path for _, prefix, model in SECTIONS for path, _, _ in rows(model, prefix)]


def render() -> str:
    parts = [BEGIN]
    for title, prefix, model in SECTIONS:
        parts.append(f"\n### {title}\n\n| key | default | meaning |\n|---|---|---|")
        for path, default, text in rows(model, prefix):
            parts.append(f"| `{path}` | {default} | {text} |")
    parts.append("\n" + END)
    return "\n".join(parts)


def update(doc: Path = DOC) -> bool:
    text = doc.read_text(encoding="utf-8")
    new = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: render(), text, flags=re.S)
    if new != text:
        doc.write_text(new, encoding="utf-8")
    return new != text


if __name__ == "__main__":
    changed = update()
    print("docs/configuration.md " + ("updated" if changed else "already up to date"))
    sys.exit(0)
