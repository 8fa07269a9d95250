"""What the daemon runs against: the loopback newsroom serving the corpus behind ten RSS feeds,
a signing webhook receiver, and the two config files.

The feeds start empty, so the daemon's first poll of each sees no backlog; publishing the
items afterwards makes every page a new item (alerted, with `backlog: silent`, the default).
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.suite.corpus import FEEDS, Corpus, Page, feed_entry_args

REPOSITORY = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPOSITORY / "tests"))
from faulty_newsroom import FaultyNewsroom  # noqa: E402

from workers.demo.newsroom import FeedEntry  # noqa: E402
from workers.demo.receiver import WebhookReceiver  # noqa: E402

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
# Matches nearly every news article in English (a broad watch, as a newsroom's "all our
# coverage" watch would be); pages in other languages do not match it.
QUERY = "said OR says OR told OR according OR announced OR reported OR percent OR year"
POLL = "1s"


def feed_path(prefix: str, number: int) -> str:
    return f"{prefix}/feeds/{number:02d}.rss"


@dataclass
class World:
    corpus: Corpus
    room: FaultyNewsroom
    hook: WebhookReceiver
    folder: Path
    prefix: str = ""  # feed paths of this world: /feeds/NN.rss under the prefix
    listed: dict[int, list[Page]] = field(default_factory=dict)
    quiet_feeds: int = 0

    @property
    def base_url(self) -> str:
        return self.room.base_url

    def url(self, page: Page) -> str:
        return f"{self.base_url}{page.path}"

    def serve_pages(self, pages: list[Page]) -> None:
        for page in pages:
            page.html = self.corpus.render(page, self.base_url)
            self.room.put(page.path, page.html)

    def serve_page(self, page: Page) -> None:
        self.serve_pages([page])

    def publish(self, feed: int, pages: list[Page]) -> float:
        """Serve feed `feed` listing `pages` (newest first); returns the time it went online."""
        self.listed[feed] = pages
        entries = [FeedEntry(**feed_entry_args(p, self.base_url))
                   for p in sorted(pages, key=lambda p: p.published, reverse=True)]
        self.room.put_feed(feed_path(self.prefix, feed), "rss", f"Bench feed {feed}", entries)
        return time.time()

    def empty_feeds(self) -> None:
        for feed in range(FEEDS):
            self.publish(feed, [])

    def publish_all(self, pages: list[Page]) -> None:
        for feed in range(FEEDS):
            self.publish(feed, [p for p in pages if p.feed == feed])

    def feeds(self, quiet: int = 0) -> list[dict]:
        listed = [{"id": f"bench-{n:02d}", "name": f"Bench feed {n}", "interval": POLL,
                   "url": self.room.url(feed_path(self.prefix, n))} for n in range(FEEDS)]
        for n in range(quiet):
            path = f"{self.prefix}/quiet/{n:03d}.rss"
            if self.room.resource(path, path) is None:
                self.room.put_feed(path, "rss", f"Quiet feed {n}", [])
            listed.append({"id": f"quiet-{n:03d}", "name": f"Quiet feed {n}",
                           "interval": POLL, "url": self.room.url(path)})
        return listed

    def write_configs(self, *, tick: float = 1.0, extra: dict | None = None,
                      quiet: int = 0) -> Path:
        """newsmon.yaml and watches.yaml for this world (watches.yaml is rewritten in place
        when only the feeds change: the daemon reloads it)."""
        service = {
            "data_dir": str(self.folder / "data"),
            "watches_file": "watches.yaml",
            "log_level": "WARNING",
            "http": {"allow_private_addresses": True},  # the newsroom is on loopback
            "poll": {"default_interval": POLL, "min_interval": "1s", "tick": tick},
            # Re-checks only when the suite asks for them (it makes them due itself).
            "edits": {"recheck_schedule": ["1d", "2d"]},
            "status": {"port": 0, "worker_port": 0},
            "sinks": [{"type": "webhook", "name": "hook", "url": self.hook.url,
                       "secret": SECRET}],
            **(extra or {}),
        }
        watches = {"feeds": self.feeds(quiet),
                   "watches": [{"id": "bench", "title": "Everything said", "query": QUERY,
                                "sinks": ["hook"]}]}
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "newsmon.yaml").write_text(json.dumps(service, indent=2))
        (self.folder / "watches.yaml").write_text(json.dumps(watches, indent=2))
        return self.folder / "newsmon.yaml"

    def set_quiet_feeds(self, quiet: int) -> None:
        """Rewrite watches.yaml with `quiet` extra feeds (empty, polled every second)."""
        path = self.folder / "watches.yaml"
        watches = json.loads(path.read_text())
        watches["feeds"] = self.feeds(quiet)
        path.write_text(json.dumps(watches, indent=2))
        self.quiet_feeds = quiet

    def feed_polls(self, since: float = 0.0) -> dict[str, int]:
        """Requests per feed path since `since`."""
        counts: dict[str, int] = {}
        for request in self.room.requests:
            if request.time >= since and ("/feeds/" in request.path
                                          or "/quiet/" in request.path):
                counts[request.path] = counts.get(request.path, 0) + 1
        return counts

    def page_requests(self, since: float) -> set[str]:
        return {r.path for r in self.room.requests if r.time >= since
                and "/feeds/" not in r.path and "/quiet/" not in r.path}

    def alerts(self, since: float = 0.0, kind: str | None = None) -> list:
        return [a for a in self.hook.received if a.time >= since
                and (kind is None or a.event_type == kind)]


def alert_path(alert, base_url: str) -> str | None:
    """The newsroom path of the article an alert is about."""
    article = ((alert.json or {}).get("data") or {}).get("article") or {}
    for key in ("url", "canonical_url"):
        url = article.get(key) or ""
        if url.startswith(base_url):
            return url.removeprefix(base_url)
    return None
