"""`newsmon init [DIR]`: a commented starter service file and watch list, and their schemas.

The starter files pass `newsmon check` as written (a test keeps them so) and run as they are:
two public world-news feeds, one example watch, alerts printed on the console. Existing files
are never overwritten.
"""

from __future__ import annotations

from pathlib import Path

from monitor.config.schemas import CONFIG_SCHEMAS, render
from monitor.errors import NewsmonError

STARTER_SERVICE = """\
# yaml-language-server: $schema=schema/newsmon.schema.json
# newsmon service configuration, written by `newsmon init`. Every key is documented in
# docs/configuration.md; `newsmon check` validates this file and the watch list.
# ${ENV_VAR} and ${ENV_VAR:-default} are replaced from the environment: use them for secrets.

data_dir: data               # the embedded Redis keeps its data here (relative to this file)
watches_file: watches.yaml   # feeds and watches; edit it while the daemon runs
log_level: INFO

redis:
  url: ${NEWSMON_REDIS_URL:-}   # empty: an embedded Redis in data_dir, nothing to install

poll:
  default_interval: 10m   # how often a feed is polled unless it sets its own interval
  min_interval: 1m        # never more often than this, to stay polite to publishers

status:
  host: 127.0.0.1   # `newsmon status`, http://127.0.0.1:8787/status, /stories/, /api/v1/
  port: 8787
  # token: ${NEWSMON_STATUS_TOKEN}   # required beyond loopback (host 0.0.0.0): docs/api.md

sinks:
  - type: console   # alerts printed in the daemon's output
    name: console
  # A signed webhook (Standard Webhooks). Uncomment, export the two variables, then add
  # `my-webhook` to a watch's sinks.
  # - type: webhook
  #   name: my-webhook
  #   url: ${NEWSMON_WEBHOOK_URL}
  #   secret: ${NEWSMON_WEBHOOK_SECRET}
"""

STARTER_WATCHES = """\
# yaml-language-server: $schema=schema/watches.schema.json
# What newsmon watches, written by `newsmon init`. The running daemon reloads this file when it
# changes; an invalid edit is reported (file:line:column) and the last good version stays in
# force. Query language: docs/queries.md. Try a watch on one article first:
#   newsmon test-watch example-story --url https://...

feeds:
  - id: bbc-world             # short id, used in logs, `newsmon status` and watch `feeds:`
    name: BBC News World      # the source name alerts show
    url: https://feeds.bbci.co.uk/news/world/rss.xml
  - id: npr-world
    name: NPR World
    url: https://feeds.npr.org/1004/rss.xml
    interval: 15m             # this feed's own poll interval

watches:
  - id: example-story         # stable: alerts and the story's state are keyed by it
    title: Ceasefire talks    # shown in alerts
    # words, "phrases", AND / OR / NOT, parentheses, word* prefixes, title: and text: scopes
    query: >-
      (ceasefire OR truce OR "peace talks")
      AND (talks OR negotiat* OR deal OR proposal)
    events: [new, claims_changed]   # a new piece on the story; a piece that changes its claims
    sinks: [console]                # sink names from newsmon.yaml
"""


def starter_files(folder: Path) -> dict[Path, str]:
    """Every file `init` writes into `folder`, with its text."""
    files = {folder / "newsmon.yaml": STARTER_SERVICE, folder / "watches.yaml": STARTER_WATCHES}
    files.update({folder / "schema" / name: render(model)
                  for name, model in CONFIG_SCHEMAS.items()})
    return files


def write_starter(folder: Path) -> list[Path]:
    """Write the starter files into `folder`; none when any of them exists already."""
    files = starter_files(folder)
    existing = [str(path) for path in files if path.exists()]
    if existing:
        raise NewsmonError(f"not overwriting {', '.join(existing)}: remove them, or give "
                           "`newsmon init` another folder")
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(files)
