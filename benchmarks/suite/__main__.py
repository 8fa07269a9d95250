"""The benchmark suite: the real daemon on a loopback newsroom of a few hundred pages, every
figure against a baseline measured in the same run.

    .venv/bin/python -m benchmarks.suite                 # ~180 pages; writes docs/benchmarks.md
    .venv/bin/python -m benchmarks.suite --quick         # a handful of pages, writes nothing
    .venv/bin/python -m benchmarks.suite --out FILE --redis redis://127.0.0.1:6379/12

Rows: first pass vs bare extraction, edit pass and idle pass CPU, 304 polls per CPU second,
new item → webhook latency with a 1 s poll, throughput with 1 and 2 worker processes on an
external Redis, Redis memory per stored article. Exit status 0 when the suite ran (targets met
or not), 2 when the shared corpus is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.suite import passes, report
from benchmarks.suite.corpus import CORPUS, build_corpus
from benchmarks.suite.processes import REPOSITORY, Role, wait_until
from benchmarks.suite.scaleout import DEFAULT_URL, throughput
from benchmarks.suite.world import SECRET, World, feed_path
from monitor.state.connection import RUNNING_URL_FILE, connect

LIMITS = Path(__file__).with_name("limits.md")


def _options(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.suite",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="a handful of pages and latency items (the test of the suite)")
    parser.add_argument("--pages", type=int, help="pages in the corpus (default 180; quick 10)")
    parser.add_argument("--out", type=Path,
                        help="write the report here (default docs/benchmarks.md; quick: none)")
    parser.add_argument("--json", type=Path, help="also write the raw figures as JSON here")
    parser.add_argument("--redis", default=os.environ.get("NEWSMON_BENCH_REDIS_URL", DEFAULT_URL),
                        help="a Redis database of the suite's own for the throughput row "
                        "(flushed; env NEWSMON_BENCH_REDIS_URL)")
    parser.add_argument("--report-from", type=Path,
                        help="only write the report (--out) again from a run's --json file")
    parser.add_argument("--workdir", type=Path,
                        help="keep the configs, logs and pages here (default: a temporary folder)")
    options = parser.parse_args(argv)
    options.pages = options.pages or (10 if options.quick else 180)
    if options.out is None and not options.quick:
        options.out = REPOSITORY / "docs" / "benchmarks.md"
    options.latency_items = 3 if options.quick else 24
    options.quiet_feeds = 10 if options.quick else 100
    options.poll_seconds = 2.0 if options.quick else 10.0
    options.scale_pages = options.pages if options.quick else min(options.pages, 90)
    return options


ROW_NAMES = {"edit_pass": "edit pass", "idle_pass": "idle pass", "polls": "304 polls per CPU second",
             "latency": "new item → webhook latency", "throughput": "throughput, 1 → 2 worker "
             "processes (external Redis)"}


def _guarded(name: str, run) -> tuple:
    """Run one pass; a pass that fails (a daemon process that died, a time-out) is a FAIL row
    saying why, and the suite goes on to the next."""
    try:
        return run()
    except (RuntimeError, TimeoutError) as exc:
        print(f"... {name} failed: {exc}", flush=True)
        why = " ".join(str(exc).split())[:400]
        return passes.Row(ROW_NAMES[name], "—", "—", "—", "—", "FAIL", why), {"failed": why}


def _embedded_passes(world: World, options, pages) -> tuple[list, dict]:
    """Start `newsmon run`, run every pass on it, stop it."""
    rows, figures = [], {}
    world.empty_feeds()
    world.serve_pages(pages)
    bare = passes.bare_extraction(world, pages)
    config = world.write_configs(extra={"log_level": "INFO"})
    daemon = Role(config, "run")
    try:
        daemon.find_embedded_redis(world.folder / "data")
        client = connect((world.folder / "data" / RUNNING_URL_FILE).read_text().strip())
        start = time.time()
        wait_until(lambda: daemon.alive() or all(
            world.feed_polls(start).get(feed_path("", n)) for n in range(10)), 120,
            "the daemon's first polls")
        timeout = 60 + 3.0 * len(pages)
        began = time.monotonic()
        first, figures["first_pass"] = passes.first_pass(world, [daemon], client, pages, bare,
                                                         timeout)
        print(f"... first pass: {time.monotonic() - began:.0f} s", flush=True)
        rows += first
        for name, run in (
                ("edit_pass", lambda: passes.edit_pass(world, [daemon], client, pages, timeout)),
                ("idle_pass", lambda: passes.idle_pass(world, [daemon], client, timeout)),
                ("polls", lambda: passes.poll_rate(world, [daemon], client,
                                                   options.quiet_feeds, options.poll_seconds,
                                                   60)),
                ("latency", lambda: passes.latency(world, [daemon], options.latency_items, 30))):
            began = time.monotonic()
            row, figures[name] = _guarded(name, run)
            print(f"... {name}: {time.monotonic() - began:.0f} s", flush=True)
            rows.append(row)
        client.close()
    finally:
        status = daemon.stop()
        figures["daemon_exit"] = status
    return rows, figures


def main(argv: list[str] | None = None) -> int:
    done = _report_only(sys.argv[1:] if argv is None else argv)
    if done is not None:
        return done
    options = _options(argv)
    if not CORPUS.is_dir():
        print(f"needs the shared corpus at {CORPUS} (../shared/corpus beside the repository)",
              file=sys.stderr)
        return 2
    started, clock = datetime.now(UTC), time.monotonic()
    about = report.machine()
    print(f"newsmon benchmark suite: {options.pages} pages; {about}", flush=True)
    corpus = build_corpus(options.pages)
    sys.path.insert(0, str(REPOSITORY / "tests"))
    from faulty_newsroom import FaultyNewsroom

    from workers.demo.receiver import WebhookReceiver

    with tempfile.TemporaryDirectory(prefix="newsmon-bench-") as tmp_default, \
            FaultyNewsroom() as room, WebhookReceiver(secret=SECRET) as hook:
        tmp = options.workdir or tmp_default
        for leftover in ("run", "workers-1", "workers-2"):  # an earlier run's data dirs
            shutil.rmtree(Path(tmp) / leftover, ignore_errors=True)
        world = World(corpus, room, hook, Path(tmp) / "run")
        rows, figures = _embedded_passes(world, options, corpus.pages)
        print("... throughput", flush=True)
        row, figures["throughput"] = _guarded("throughput", lambda: throughput(
            corpus, room, hook, Path(tmp), options.redis, corpus.pages[:options.scale_pages],
            60 + 6.0 * options.scale_pages))
        rows.append(row)
    order = ["first pass", "edit pass", "idle pass", "304 polls", "new item", "throughput",
             "Redis memory"]
    rows.sort(key=lambda r: next(i for i, o in enumerate(order) if r.name.startswith(o)))
    seconds = time.monotonic() - clock
    print(f"\n{report.terminal(rows)}\n\n({seconds / 60:.1f} minutes)", flush=True)
    run = {"rows": [vars(r) for r in rows], "figures": figures, "machine": about,
           "seconds": seconds, "started": started.isoformat(),
           "command": report.COMMAND + (" --quick" if options.quick else "")}
    if options.json:
        report.write(options.json, json.dumps(run, indent=2, default=str))
    if options.out:
        _write_report(options.out, run)
    return 0


def _write_report(out: Path, run: dict) -> None:
    limits = LIMITS.read_text(encoding="utf-8") if LIMITS.is_file() else ""
    report.write(out, report.document(
        [passes.Row(**r) for r in run["rows"]], command=run["command"], about=run["machine"],
        started=datetime.fromisoformat(run["started"]), seconds=run["seconds"], limits=limits))
    print(f"wrote {out}")


def _report_only(argv: list[str]) -> int | None:
    """`--report-from RUN.json [--out FILE]`: write the report of an earlier run's figures
    again (after benchmarks/suite/limits.md changed), without running anything."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--report-from", type=Path)
    parser.add_argument("--out", type=Path, default=REPOSITORY / "docs" / "benchmarks.md")
    known, _ = parser.parse_known_args(argv)
    if known.report_from is None:
        return None
    _write_report(known.out, json.loads(known.report_from.read_text()))
    return 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
