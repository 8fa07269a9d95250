"""The baselines: the same work done bare, in a process of its own (so neither the loopback
servers of the suite nor the daemon count in its CPU time).

    python -m benchmarks.suite.bare < task.json > result.json

Tasks (JSON on stdin, JSON result on stdout):
- `extract`: `trafilatura.extract(page, with_metadata=True)` on each page file;
- `get`: conditional GETs (If-None-Match) with one keep-alive httpx client, looped for
  `seconds`;
- `recheck`: a conditional GET of each unchanged page, a GET and an extraction of each changed
  one (what an edit pass must at least do);
- `path`: GET a feed, parse it (feedparser), GET a page, extract it, POST the text somewhere:
  what a new item costs at the least, in wall time.
"""

from __future__ import annotations

import json
import sys
import time
import zlib
from pathlib import Path

import feedparser
import httpx
import trafilatura


def _extract(task: dict) -> dict:
    cpu, compressed = [], []
    # Warm up (trafilatura loads its tables on first use): a running daemon is warm.
    trafilatura.extract(Path(task["files"][0]).read_bytes(), with_metadata=True)
    for name in task["files"]:
        page = Path(name).read_bytes()
        start = time.process_time()
        text = trafilatura.extract(page, with_metadata=True) or ""
        cpu.append(time.process_time() - start)
        compressed.append(len(zlib.compress(text.encode("utf-8"))))
    return {"cpu": sum(cpu), "per_page": cpu, "compressed": compressed}


def _get(task: dict) -> dict:
    pairs = task["urls"]
    count, statuses = 0, {}
    with httpx.Client(timeout=10) as client:
        client.get(pairs[0][0])  # connect outside the clock
        start_cpu, start = time.process_time(), time.monotonic()
        while count == 0 or time.monotonic() - start < task.get("seconds", 0):
            for url, etag in pairs:
                response = client.get(url, headers={"If-None-Match": etag} if etag else {})
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
                count += 1
        cpu = time.process_time() - start_cpu
    return {"count": count, "cpu": cpu, "statuses": statuses}


def _recheck(task: dict) -> dict:
    with httpx.Client(timeout=10) as client:
        client.get(task["unchanged"][0][0] if task["unchanged"] else task["changed"][0])
        start = time.process_time()
        for url, etag in task["unchanged"]:
            client.get(url, headers={"If-None-Match": etag})
        for url in task["changed"]:
            trafilatura.extract(client.get(url).content, with_metadata=True)
        cpu = time.process_time() - start
    return {"cpu": cpu, "pages": len(task["unchanged"]) + len(task["changed"])}


def _path(task: dict) -> dict:
    walls = []
    with httpx.Client(timeout=10) as client:
        for _ in range(task["rounds"]):
            start = time.monotonic()
            feed = feedparser.parse(client.get(task["feed"]).content)
            link = feed.entries[0].link if feed.entries else task["page"]
            text = trafilatura.extract(client.get(link).content, with_metadata=True) or ""
            client.post(task["post"], content=json.dumps({"text": text[:500]}))
            walls.append(time.monotonic() - start)
    return {"walls": walls}


TASKS = {"extract": _extract, "get": _get, "recheck": _recheck, "path": _path}


def main() -> int:
    task = json.load(sys.stdin)
    json.dump(TASKS[task["task"]](task), sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
