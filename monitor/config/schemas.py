"""JSON Schemas, generated from the pydantic models (never written by hand).

`newsmon schema` writes the two config-file schemas that the shipped YAML files reference
(`# yaml-language-server: $schema=...`), so editors autocomplete and lint them. The alert
payload schema is monitor/alerts/alert.schema.json (see monitor.alerts.payloads).
"""

from __future__ import annotations

import json
from pathlib import Path

from monitor.settings import ServiceSettings, WatchList

CONFIG_SCHEMAS = {
    "newsmon.schema.json": ServiceSettings,
    "watches.schema.json": WatchList,
}


def config_schema(model) -> dict:
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def render(model) -> str:
    return json.dumps(config_schema(model), indent=2, sort_keys=True) + "\n"


def write_config_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in CONFIG_SCHEMAS.items():
        path = folder / name
        path.write_text(render(model), encoding="utf-8")
        written.append(path)
    return written
