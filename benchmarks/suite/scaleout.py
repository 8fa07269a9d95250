"""Throughput with one and with two worker processes (`newsmon scheduler` + N × `newsmon
worker`) on an external Redis: a database of the suite's own (default 127.0.0.1:6379/12, flushed
before and after; database 0 is refused). Without a Redis answering there, the row is skipped
with the reason."""

from __future__ import annotations

import time
from pathlib import Path

import redis

from benchmarks.suite.corpus import FEEDS, Corpus, Page
from benchmarks.suite.passes import Row, cpu, verdict, wait_settled
from benchmarks.suite.processes import Role, wait_until
from benchmarks.suite.world import World, feed_path
from monitor.state.stats import Counters

DEFAULT_URL = "redis://127.0.0.1:6379/12"


def unusable(url: str) -> str | None:
    """Why the suite cannot use `url`, or None."""
    try:
        db = int(redis.connection.parse_url(url).get("db", 0))
    except ValueError as exc:
        return f"{url}: {exc}"
    if db == 0:
        return f"{url} names database 0: the suite flushes its database, give it its own (/12)"
    client = redis.Redis.from_url(url, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        return f"no Redis answers at {url} ({exc.__class__.__name__}: {exc})"
    finally:
        client.close()
    return None


def _one(world: World, url: str, pages: list[Page], workers: int, timeout: float) -> dict:
    client = redis.Redis.from_url(url)
    client.flushdb()
    world.empty_feeds()
    config = world.write_configs(extra={"log_level": "INFO", "redis": {"url": url}})
    roles = [Role(config, "scheduler")]
    roles += [Role(config, "worker", label=f"worker-{n}") for n in range(workers)]
    try:
        start = time.time()

        def ready():
            for role in roles:
                role.alive()
            polled = world.feed_polls(start)
            return (all(polled.get(feed_path(world.prefix, n), 0) for n in range(FEEDS))
                    and all("worker started" in role.log() for role in roles[1:]))

        wait_until(ready, 120, f"the scheduler and {workers} worker(s) to start")
        counters = Counters(client)
        start_cpu, start = cpu(roles), time.monotonic()
        world.publish_all(pages)
        wait_settled(client, roles, lambda: counters.all().get("items_new", 0) >= len(pages),
                     timeout, f"{len(pages)} pages with {workers} worker process(es)")
        wall, spent = time.monotonic() - start, cpu(roles) - start_cpu
    finally:
        for role in roles:
            role.stop()
        client.flushdb()
        client.close()
    return {"wall": wall, "cpu": spent, "rate": len(pages) / wall}


def throughput(corpus: Corpus, room, hook, folder: Path, url: str, pages: list[Page],
               timeout: float) -> tuple[Row, dict]:
    reason = unusable(url)
    if reason:
        print(f"throughput row skipped: {reason}", flush=True)
        return Row("throughput, 1 → 2 worker processes (external Redis)", "—", "—", "—",
                   "≥ 1.7×", "SKIP", reason), {"skipped": reason}
    runs = {}
    for workers in (1, 2):
        world = World(corpus, room, hook, folder / f"workers-{workers}", prefix=f"/w{workers}")
        runs[workers] = _one(world, url, pages, workers, timeout)
    ratio = runs[2]["rate"] / runs[1]["rate"]
    row = Row("throughput, 1 → 2 worker processes (external Redis)",
              f"{runs[2]['rate']:.1f} pages/s with 2", f"{runs[1]['rate']:.1f} pages/s with 1",
              f"{ratio:.2f}×", "≥ 1.7×", verdict(ratio >= 1.7),
              f"{len(pages)} pages each; scheduler + N `newsmon worker` processes, 4 article "
              f"threads each; wall {runs[1]['wall']:.0f} s vs {runs[2]['wall']:.0f} s, CPU "
              f"{runs[1]['cpu']:.0f} s vs {runs[2]['cpu']:.0f} s")
    return row, {"runs": runs, "ratio": ratio}
