"""The passes measured on one all-in-one daemon (`newsmon run`, embedded Redis): first pass,
Redis memory, edit pass, idle pass, 304 polls, new item → webhook latency. Each returns its
table row(s) with the baseline measured in the same run (benchmarks/suite/bare.py)."""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass

from benchmarks.suite.corpus import Page, edit_numbers, extra_page
from benchmarks.suite.processes import REPOSITORY, Role, wait_until
from benchmarks.suite.world import World, alert_path
from monitor.state.articles import ArticleStore
from monitor.state.jobqueues import queue_depths
from monitor.state.keys import QUEUE_FEEDS
from monitor.state.queues import edit_checks
from monitor.state.stats import Counters

PER = 180  # the targets are per 180 pages
EDITS = 20


@dataclass
class Row:
    name: str
    measured: str
    baseline: str
    ratio: str
    target: str
    verdict: str  # PASS, MISS, SKIP, or "—" (no target)
    note: str = ""


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def run_bare(task: dict) -> dict:
    result = subprocess.run([sys.executable, "-m", "benchmarks.suite.bare"],
                            input=json.dumps(task), capture_output=True, text=True,
                            cwd=REPOSITORY, check=False, timeout=600)
    if result.returncode:
        raise RuntimeError(f"baseline {task['task']} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout)


def drained(client) -> bool:
    """No job waiting, running or delayed on the article, re-check and alert queues (a
    Redis-broker message stays in its queue's hash until acknowledged). The feed queue is left
    out: with ten feeds polled every second it is seldom empty, and the callers know by the
    counters when the polls they wait for are done."""
    return all(d["pending"] == 0 and d["delayed"] == 0
               for queue, d in queue_depths(client).items() if queue != QUEUE_FEEDS)


def wait_settled(client, daemons: list[Role], check, timeout: float, what: str) -> None:
    """Until `check()` holds and the queues are drained, twice in a row 50 ms apart."""
    def done():
        for daemon in daemons:
            daemon.alive()
        return check() and drained(client) and (time.sleep(0.05) or drained(client))

    wait_until(done, timeout, what, interval=0.05)


def cpu(daemons: list[Role]) -> float:
    return sum(d.cpu() for d in daemons)


# --- first pass and memory ---------------------------------------------------------------------


def bare_extraction(world: World, pages: list[Page]) -> dict:
    folder = world.folder / "pages"
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for number, page in enumerate(pages):
        path = folder / f"{number:04d}.html"
        path.write_bytes(page.html)
        files.append(str(path))
    return run_bare({"task": "extract", "files": files})


def first_pass(world: World, daemons: list[Role], client, pages: list[Page], bare: dict,
               timeout: float) -> tuple[list[Row], dict]:
    counters = Counters(client)
    memory_before = client.info("memory")["used_memory"]
    items_before = counters.all().get("items_new", 0)
    start_cpu, start = cpu(daemons), time.monotonic()
    world.publish_all(pages)
    wait_settled(client, daemons,
                 lambda: counters.all().get("items_new", 0) - items_before >= len(pages),
                 timeout, f"the first pass over {len(pages)} pages")
    spent, wall = cpu(daemons) - start_cpu, time.monotonic() - start
    articles = ArticleStore(client).count()
    memory = client.info("memory")["used_memory"] - memory_before
    alerts = len(world.alerts(kind="article.new"))
    copies = sum(1 for p in pages if p.copy_of)
    ratio = spent / bare["cpu"]
    originals = [size for size, page in zip(bare["compressed"], pages, strict=True)
                 if not page.copy_of]
    text = statistics.mean(originals)
    per_article = memory / max(articles, 1)
    rows = [
        Row("first pass: CPU of the daemon's process tree (fetch, extract, dedup, match, "
            "claims, ledger, alerts)", f"{spent:.1f} s", f"{bare['cpu']:.1f} s bare trafilatura",
            f"{ratio:.2f}×", "≤ 1.3×", verdict(ratio <= 1.3),
            f"{len(pages)} pages, {articles} stored, {copies} syndicated copies in the corpus, "
            f"{alerts} `article.new` alerts (one watch), {wall:.0f} s wall"),
        Row("Redis memory per stored article", f"{per_article / 1000:.1f} kB",
            f"{text / 1000:.1f} kB zlib-compressed text", f"{per_article / text:.1f}×", "—", "—",
            f"{memory / 1e6:.1f} MB for {articles} articles (used_memory before/after)"),
    ]
    return rows, {"first_pass_cpu": spent, "bare_cpu": bare["cpu"], "wall": wall,
                  "articles": articles, "alerts": alerts, "memory_per_article": per_article}


# --- edit and idle passes ----------------------------------------------------------------------


def make_all_due(client) -> list[str]:
    """Every article the daemon re-checks, made due now (as if its next check had come)."""
    queue = edit_checks(client)
    ids = queue.claim_due(time.time() + 365 * 86400, limit=1_000_000)
    now = time.time()
    for article_id in ids:
        queue.schedule(article_id, now)
    return ids


def _recheck_pass(world: World, daemons: list[Role], client, timeout: float,
                  what: str) -> tuple[float, list[str], float]:
    mark, start_cpu = time.time(), cpu(daemons)  # before: the first re-checks start at once
    ids = make_all_due(client)
    store = ArticleStore(client)
    paths = {store.get(i).url.removeprefix(world.base_url) for i in ids}
    wait_settled(client, daemons, lambda: paths <= world.page_requests(mark), timeout, what)
    return cpu(daemons) - start_cpu, sorted(paths), mark


def edit_pass(world: World, daemons: list[Role], client, pages: list[Page],
              timeout: float) -> tuple[Row, dict]:
    edited = []
    for page in pages:
        if page.paragraphs and not page.copy_of and not any(p.copy_of == page.path
                                                            for p in pages):
            changed = edit_numbers(page)
            if changed is not None:
                edited.append(changed)
        if len(edited) == EDITS:
            break
    world.serve_pages(edited)
    spent, paths, mark = _recheck_pass(world, daemons, client, timeout, "the edit pass")
    found = {alert_path(a, world.base_url) for a in world.alerts(mark, "article.claims_changed")}
    wanted = {p.path for p in edited}
    unchanged = [(world.room.url(p), world.room.resource(p, p).etag) for p in paths
                 if p not in wanted]
    bare = run_bare({"task": "recheck", "unchanged": unchanged,
                     "changed": [world.url(p) for p in edited]})
    per, bare_per = spent * PER / len(paths), bare["cpu"] * PER / len(paths)
    row = Row("edit pass: CPU per 180 re-checked pages, ~20 of them with a number changed",
              f"{per:.2f} s", f"{bare_per:.2f} s bare (conditional GETs, 20 GETs + "
              "extractions)", f"{per / bare_per:.1f}×", "≤ 0.5 s", verdict(per <= 0.5),
              f"{len(paths)} re-checked; edits found {len(found & wanted)}/{len(wanted)}, "
              f"false alerts {len(found - wanted)}")
    return row, {"edit_cpu": spent, "rechecked": len(paths), "found": len(found & wanted),
                 "edited": len(wanted), "false": len(found - wanted)}


def idle_pass(world: World, daemons: list[Role], client, timeout: float) -> tuple[Row, dict]:
    spent, paths, _ = _recheck_pass(world, daemons, client, timeout, "the idle pass")
    pairs = [(world.room.url(p), world.room.resource(p, p).etag) for p in paths]
    bare = run_bare({"task": "recheck", "unchanged": pairs, "changed": []})
    per, bare_per = spent * PER / len(paths), bare["cpu"] * PER / len(paths)
    row = Row("idle pass: CPU per 180 re-checked pages, all unchanged (304)", f"{per:.2f} s",
              f"{bare_per:.3f} s bare conditional GETs", f"{per / bare_per:.0f}×", "≤ 0.3 s",
              verdict(per <= 0.3), f"{len(paths)} re-checked")
    return row, {"idle_cpu": spent, "rechecked": len(paths)}


# --- 304 polls ---------------------------------------------------------------------------------


def poll_rate(world: World, daemons: list[Role], client, quiet: int, seconds: float,
              timeout: float) -> tuple[Row, dict]:
    counters = Counters(client)
    start = time.time()
    world.set_quiet_feeds(quiet)
    wait_until(lambda: sum(1 for path, n in world.feed_polls(start).items()
                           if "/quiet/" in path and n >= 2) >= quiet,
               timeout, f"{quiet} quiet feeds to be polled twice")
    before, start_cpu = counters.all().get("polls_not_modified", 0), cpu(daemons)
    time.sleep(seconds)
    polls = counters.all().get("polls_not_modified", 0) - before
    spent = cpu(daemons) - start_cpu
    world.set_quiet_feeds(0)
    urls = [(f["url"], world.room.resource(p, p).etag) for f in world.feeds(quiet)
            for p in [f["url"].removeprefix(world.base_url)]]
    bare = run_bare({"task": "get", "urls": urls, "seconds": 3})
    rate, bare_rate = polls / spent, bare["count"] / bare["cpu"]
    ratio = bare_rate / rate
    row = Row("304 polls per CPU second", f"{rate:,.0f}", f"{bare_rate:,.0f} bare httpx",
              f"{ratio:.1f}× slower", "≥ 1,000 and ≤ 3× slower",
              verdict(rate >= 1000 and ratio <= 3),
              f"{polls} polls of {quiet + 10} feeds (1 s interval) in {seconds:.0f} s, "
              f"{spent:.2f} CPU s")
    return row, {"polls": polls, "cpu": spent, "rate": rate, "bare_rate": bare_rate}


# --- latency -----------------------------------------------------------------------------------


def latency(world: World, daemons: list[Role], items: int, timeout: float) -> tuple[Row, dict]:
    rng = random.Random(7)
    delays, missed = [], []
    feed = 0
    page = None
    for number in range(items):
        page = extra_page(world.corpus, number, feed)
        world.serve_page(page)
        online = world.publish(feed, [*world.listed.get(feed, []), page])

        def arrived(page=page, online=online):
            for daemon in daemons:
                daemon.alive()
            return next((a for a in world.alerts(online, "article.new")
                         if alert_path(a, world.base_url) == page.path), None)

        try:
            alert = wait_until(arrived, timeout, f"the alert on latency item {number}", 0.01)
            delays.append(alert.time - online)
        except TimeoutError:  # folded as a copy, or lost: said in the row, not fatal
            missed.append(page.path)
        time.sleep(rng.uniform(0.0, 1.0))  # items arrive out of step with the polls
    bare = run_bare({"task": "path", "feed": world.room.url(f"{world.prefix}/feeds/00.rss"),
                     "page": world.url(page), "post": world.room.url("/sink"), "rounds": 5})
    work = statistics.median(bare["walls"])
    if not delays:  # a FAIL row (the suite's _guarded), not a crash of the whole suite
        raise RuntimeError(f"none of the {items} latency items alerted within {timeout:.0f} s")
    p50, p95 = _quantile(delays, 0.5), _quantile(delays, 0.95)
    b50, b95 = 0.5 + work, 0.95 + work
    row = Row("new item → webhook latency, 1 s poll", f"p50 {p50:.2f} s, p95 {p95:.2f} s",
              f"p50 {b50:.2f} s, p95 {b95:.2f} s ideal 1 s poller",
              f"{p95 / b95:.1f}× (p95)", "p95 ≤ 1.5 s", verdict(p95 <= 1.5),
              f"{items} items published one at a time ({len(missed)} without an alert within "
              f"{timeout:.0f} s); baseline: a uniform wait for the next "
              f"poll plus the bare work (GET feed, parse, GET page, extract, POST: "
              f"{work * 1000:.0f} ms)")
    return row, {"delays": delays, "missed": missed, "p50": p50, "p95": p95, "bare_work": work}


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


__all__ = ["Row", "bare_extraction", "edit_pass", "first_pass", "idle_pass",
           "latency", "poll_rate", "run_bare"]
