"""`newsmon demo`: the whole daemon against a bundled fictional newsroom, offline.

Serves three fictional outlets on 127.0.0.1, runs newsmon on them with a watch on the story,
receives its signed webhooks on a local receiver and prints each alert as it arrives. Then the
newsroom changes twice: a new piece appears (a second `article.new`), and a piece is edited so
a figure changes and a quote is added (an `article.claims_changed`). Ends by itself, or on
Ctrl-C. Nothing leaves the machine.
"""

from __future__ import annotations

import base64
import json
import logging
import secrets
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path

from monitor.config.loading import load_all
from workers.demo.newsroom import Newsroom
from workers.demo.receiver import ReceivedAlert, WebhookReceiver
from workers.demo.site import load_demo_site, publish
from workers.runner import Roles, configure_logging, started

STEP_TIMEOUT = 45.0


def _secret() -> str:
    return "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()


def _config(folder: Path, newsroom: Newsroom, site, receiver: WebhookReceiver,
            secret: str) -> Path:
    service = {
        "data_dir": str(folder / "data"),
        "log_level": "WARNING",
        "http": {"allow_private_addresses": True},  # the demo newsroom is on loopback
        "poll": {"default_interval": "2s", "min_interval": "1s", "tick": 0.5},
        "edits": {"recheck_schedule": ["3s", "6s", "10s", "15s", "20s", "30s", "45s", "60s"]},
        "workers": {"threads": 4},
        "status": {"port": 0},
        "sinks": [{"type": "webhook", "name": "demo-webhook", "url": receiver.url,
                   "secret": secret}],
    }
    watches = {
        "feeds": [{"id": o.slug, "name": o.name, "url": newsroom.url(o.feed.path)}
                  for o in site.outlets],
        # The first pieces are online before the demo's daemon starts: a real watch would
        # keep such a backlog silent (the default), the demo wants to show them.
        "watches": [{"id": site.watch.id, "title": site.watch.title, "query": site.watch.query,
                     "sinks": ["demo-webhook"], "backlog": "alert"}],
    }
    (folder / "newsmon.yaml").write_text(json.dumps(service, indent=2))
    (folder / "watches.yaml").write_text(json.dumps(watches, indent=2))
    return folder / "newsmon.yaml"


def describe(alert: ReceivedAlert) -> str:
    """One received webhook, as the demo prints it."""
    payload = alert.json or {}
    data = payload.get("data", {})
    article = data.get("article", {})
    signed = "signature verified" if alert.verified else f"SIGNATURE INVALID ({alert.error})"
    lines = [f"\n>>> webhook {payload.get('type')}  [{signed}, webhook-id {alert.webhook_id}]",
             f"    {article.get('title')} — {article.get('source')}", f"    {article.get('url')}"]
    if payload.get("type") == "article.new":
        story = data.get("story", {})
        lines.append(f"    piece {story.get('piece_number')} on \"{data['watch']['title']}\", "
                     f"{story.get('sources')} source(s) so far")
        for term in data.get("match", {}).get("terms", [])[:3]:
            lines.append(f"    matched {term['term']!r} in {term['field']} ×{term['count']}")
    else:
        lines.append(f"    {data.get('summary')}")
        for change in data.get("changes", []):
            lines.append(f"    - {change['type']}: {change['word_diff'] or change['detail']}")
    return "\n".join(lines)


def _wait(receiver: WebhookReceiver, count: int, deadline: float,
          interrupted: threading.Event) -> bool:
    """Wait for `count` webhooks in all; False on time-out or Ctrl-C."""
    step_deadline = min(deadline, time.time() + STEP_TIMEOUT)
    while not interrupted.is_set() and time.time() < step_deadline:
        try:
            receiver.wait_for(count, timeout=0.25)
            return True
        except TimeoutError:
            continue
    return False


def _on_ctrl_c(interrupted: threading.Event) -> None:
    """Ctrl-C ends the demo cleanly (the daemon and its embedded Redis are stopped)."""

    def handle(_signum, _frame):
        if not interrupted.is_set():
            print("\n(stopping the demo ...)", flush=True)
        interrupted.set()

    signal.signal(signal.SIGINT, handle)
    signal.signal(signal.SIGTERM, handle)


def run_demo(duration: float = 90.0) -> int:
    configure_logging("WARNING")
    logging.getLogger("monitor").setLevel(logging.ERROR)
    deadline = time.time() + duration
    interrupted = threading.Event()
    _on_ctrl_c(interrupted)
    site = load_demo_site()
    secret = _secret()
    with tempfile.TemporaryDirectory(prefix="newsmon-demo-") as tmp, Newsroom() as newsroom, \
            WebhookReceiver(secret=secret) as receiver:
        publish(newsroom, site, 0)
        config = load_all(_config(Path(tmp), newsroom, site, receiver, secret))
        on_story = [a for a in site.articles if a.on_story and a.stage == 0]
        print(f"newsmon demo: a fictional newsroom of {len(site.outlets)} outlets is online at "
              f"{newsroom.base_url}\nwatching \"{site.watch.title}\" with the query "
              f"{site.watch.query!r}; webhooks go to {receiver.url}\n"
              f"(Ctrl-C to stop; the demo ends by itself within {duration:.0f} s)", flush=True)
        with started(config, Roles(status=False)):
            steps = [
                (None, len(on_story), f"\n--- {len(on_story)} pieces on the story are online; "
                 "waiting for their alerts (off-topic pieces must stay silent) ..."),
                (1, len(on_story) + 1, "\n--- a new piece appears in one outlet's feed ..."),
                (2, len(on_story) + 2, "\n--- an earlier piece is edited: a figure changes and "
                 "a quote is added ..."),
            ]
            printed = 0
            for stage, expected, banner in steps:
                print(banner, flush=True)
                if stage is not None:
                    publish(newsroom, site, stage)
                arrived = _wait(receiver, expected, deadline, interrupted)
                for alert in receiver.received[printed:]:
                    print(describe(alert), flush=True)
                printed = len(receiver.received)
                if interrupted.is_set():
                    break
                if not arrived:
                    print("\n(the demo ran out of time before this step's alert arrived)")
                    break
            else:
                print(f"\n--- done: {len(receiver.received)} signed webhooks received. In real "
                      "use, put your feeds and watches in configs/ and run `newsmon run`.")
    return 0


if __name__ == "__main__":
    sys.exit(run_demo())
