"""Extraction throughput of one worker process: job threads extracting in-process (before) and
through the parser processes (workers/parsepool.py, now).

    .venv/bin/python benchmarks/bench_parse_pool.py [--rounds 4] [--threads 4] [--inline-threads]

Extracts the real pages of ../shared/corpus/pages (33), `--rounds` times over, with
`--threads` job threads, and prints pages per second and the wall time:

- `pool`: the daemon's path now: the threads hand each page to a parser process (a pool of
  `workers.parse_processes`, default one per CPU);
- `inline, 1 thread`: extract_article in this process, one page at a time (the GIL's best case);
- `inline, N threads` (only with --inline-threads): the daemon's path before: N threads sharing
  trafilatura's module-level lxml parser. Not thread-safe: it may crash this process
  (issue 10), which is why it is opt-in.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from monitor.errors import ExtractionError
from monitor.ingest.extract import extract_article
from monitor.settings import WorkerSettings
from workers.parsepool import parser_pool

PAGES = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "pages"


def _run(extract, pages: list[tuple[str, bytes]], threads: int) -> float:
    def one(page: tuple[str, bytes]) -> None:
        try:
            extract(page[1], page[0])
        except ExtractionError:
            pass

    start = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(one, pages))
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--threads", type=int, default=WorkerSettings().threads)
    parser.add_argument("--inline-threads", action="store_true")
    args = parser.parse_args()
    if not PAGES.is_dir():
        print(f"needs the shared corpus at {PAGES}", file=sys.stderr)
        return 2
    pages = [(f"https://{p.parent.name}.example.com/a", p.read_bytes())
             for p in sorted(PAGES.glob("*/source.html"))] * args.rounds
    pool = parser_pool(WorkerSettings())
    try:
        _run(pool.extract, pages[:pool.size * 2], args.threads)  # start the parser processes
        runs = [(f"pool ({pool.size} parser processes, {args.threads} threads)",
                 _run(pool.extract, pages, args.threads))]
    finally:
        pool.close()
    runs.append(("inline, 1 thread", _run(extract_article, pages, 1)))
    if args.inline_threads:
        runs.append((f"inline, {args.threads} threads", _run(extract_article, pages,
                                                              args.threads)))
    print(f"{len(pages)} extractions of {len(pages) // args.rounds} real pages, "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    for name, seconds in runs:
        print(f"  {name:45s} {len(pages) / seconds:6.1f} pages/s  ({seconds:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
