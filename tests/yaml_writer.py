"""Writing test config files: a service file and a watch list pointing at loopback servers."""

from __future__ import annotations

import json
from pathlib import Path


def write_configs(
    folder: Path,
    *,
    feeds: list[dict],
    watches: list[dict],
    sinks: list[dict] | None = None,
    extra: dict | None = None,
) -> Path:
    """Write newsmon.yaml + watches.yaml (JSON is valid YAML) and return the service file path.

    Loopback is allowed (the SSRF guard would refuse the test servers), timeouts are short."""
    service = {
        "data_dir": str(folder / "data"),
        "watches_file": "watches.yaml",
        "log_level": "DEBUG",
        "http": {
            "allow_private_addresses": True,
            "connect_timeout": 2,
            "read_timeout": 2,
            "total_timeout": 5,
        },
        "poll": {"default_interval": "1m", "min_interval": "1s", "tick": 0.2, "backoff_base": "1m"},
        "status": {"port": 0, "worker_port": 0},
        "sinks": sinks if sinks is not None else [{"type": "console", "name": "console"}],
    }
    service.update(extra or {})
    (folder / "newsmon.yaml").write_text(json.dumps(service, indent=2))
    (folder / "watches.yaml").write_text(json.dumps({"feeds": feeds, "watches": watches}, indent=2))
    return folder / "newsmon.yaml"
