"""The JSON Schema of the alert body, generated from the payload models.

The package ships it as monitor/alerts/alert.schema.json for receivers and editors;
`python -m tools.alert_schema` rewrites that file and a test keeps it equal to `schema_text()`.
"""

from __future__ import annotations

import json
from pathlib import Path

from monitor.alerts.payloads import ALERT_ADAPTER

SCHEMA_PATH = Path(__file__).resolve().parent / "alert.schema.json"


def alert_json_schema() -> dict:
    # Serialization mode: the schema describes the JSON receivers get, not what we accept.
    schema = ALERT_ADAPTER.json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "newsmon alert",
        "description": "Body of every newsmon alert (Standard Webhooks style). "
        "See docs/webhooks.md.",
        **schema,
    }


def schema_text() -> str:
    """The schema file's exact text."""
    return json.dumps(alert_json_schema(), indent=2, ensure_ascii=False) + "\n"
