"""CPU per article of the item job (fetch, extract, dedup, store, match, claims, alert).

    .venv/bin/python benchmarks/bench_item_job.py [--rounds 15]

Serves the corpus newsroom (the five seed articles of ../shared/corpus plus two off-topic
pieces, behind RSS, Atom and RDF feeds) on loopback, and runs the real item job inline on an
embedded Redis, once per feed item, `--rounds` times over with Redis emptied in between. The
Gaza watch matches the five pieces, so every round exercises matching, the claim ledger and
alert creation. Prints the CPU time of this process per item job (median and p90 over all
rounds); the baseline of the same run is the bare extraction of the same pages
(`trafilatura.extract`), and the ratio of the medians is the figure to compare across versions.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx
import trafilatura

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY / "tests"))
from harness import GAZA_WATCH, feeds_of, hook_sink, make_pipeline  # noqa: E402
from newsroom_corpus import build_corpus_newsroom  # noqa: E402
from yaml_writer import write_configs  # noqa: E402

from monitor.state.connection import EmbeddedRedis, connect  # noqa: E402
from workers.demo.newsroom import Newsroom  # noqa: E402
from workers.demo.receiver import WebhookReceiver  # noqa: E402

SEEDS = REPOSITORY.parent / "shared" / "corpus" / "seeds"


def _item_jobs(pipeline) -> list[tuple]:
    """Poll every feed and return the item jobs it queued (not run yet)."""
    compiled = pipeline.ctx.watches.current()
    for feed in compiled.watchlist.feeds:
        pipeline.jobs.send("poll_feed", feed.feed_id)
    items = []
    while pipeline.jobs.queue:
        name, args = pipeline.jobs.queue.popleft()
        if name == "poll_feed":
            pipeline.run(name, *args)
        elif name == "process_item":
            items.append(args)
    return items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    if not SEEDS.is_dir():
        print(f"needs the shared corpus at {SEEDS}", file=sys.stderr)
        return 2
    corpus = {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    job_cpu, extract_cpu = [], []
    with tempfile.TemporaryDirectory() as tmp, Newsroom() as room, \
            WebhookReceiver(secret="whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") as hook:
        server = EmbeddedRedis(Path(tmp) / "redis")
        client = connect(server.url)
        site = build_corpus_newsroom(room, corpus)
        pages = [httpx.get(url).content for url in site.article_urls.values()]
        try:
            for _ in range(args.rounds):
                client.flushall()
                pipeline = make_pipeline(client, write_configs(
                    Path(tmp), feeds=feeds_of(site), watches=[GAZA_WATCH],
                    sinks=[hook_sink(hook)]))
                for job in _item_jobs(pipeline):
                    start = time.process_time()
                    pipeline.run("process_item", *job)
                    job_cpu.append(time.process_time() - start)
                pipeline.jobs.queue.clear()
                for page in pages:
                    start = time.process_time()
                    trafilatura.extract(page, with_metadata=True)
                    extract_cpu.append(time.process_time() - start)
        finally:
            client.close()
            server.close()
    job, floor = statistics.median(job_cpu), statistics.median(extract_cpu)
    p90 = statistics.quantiles(job_cpu, n=10)[-1]
    print(f"item jobs: {len(job_cpu)}  CPU per job: median {job * 1000:.1f} ms, "
          f"p90 {p90 * 1000:.1f} ms")
    print(f"bare trafilatura on the same pages: median {floor * 1000:.1f} ms")
    print(f"ratio (item job / bare extraction): {job / floor:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
