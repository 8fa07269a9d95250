"""Write the alert body's JSON Schema that ships in the package.

`python -m tools.alert_schema` rewrites monitor/alerts/alert.schema.json from the payload models
(monitor.alerts.schema); a test fails when the shipped file falls behind.
"""

from __future__ import annotations

from monitor.alerts.schema import SCHEMA_PATH, schema_text

if __name__ == "__main__":
    SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
