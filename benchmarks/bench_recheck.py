"""Cost of a re-check pass over unchanged pages: bytes downloaded and CPU per re-check.

    .venv/bin/python benchmarks/bench_recheck.py [--rounds 20] [--site own|corpus]

Serves the project's own newsroom (tests/data/own_story: five pages behind three feeds) or,
with `--site corpus`, the corpus newsroom (the five seed articles of ../shared/corpus in outlet
templates) on loopback, runs the real item jobs inline on an embedded Redis, then re-checks every stored
article `--rounds` times, the pages unchanged, three ways:

- `etag`: the server sends ETags; the first fetch's validators are kept (a 304 from the first
  re-check on);
- `no validators`: the server ignores validators (full download); equal page bytes skip
  extraction;
- `before`: what a re-check cost before both (validators and page digest cleared before each
  re-check: full download and extraction every time).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY / "tests"))
from faulty_newsroom import FaultyNewsroom  # noqa: E402
from harness import GAZA_WATCH, feeds_of, hook_sink, make_pipeline  # noqa: E402
from newsroom_corpus import build_corpus_newsroom  # noqa: E402
from own_newsroom import FLOOD_WATCH, build_own_newsroom  # noqa: E402
from yaml_writer import write_configs  # noqa: E402

from monitor.jobs.recheck import recheck_article  # noqa: E402
from monitor.state.connection import EmbeddedRedis, connect  # noqa: E402
from workers.demo.receiver import WebhookReceiver  # noqa: E402


def _pass(pipeline, room, rounds: int, forget: bool) -> tuple[list[float], int, dict]:
    """Re-check every article `rounds` times: (CPU per re-check, page bytes sent, outcomes).
    A 304 sends no page bytes; any other answer the whole page."""
    store = pipeline.ctx.articles
    ids = list(store.ids())
    cpu, sent, outcomes = [], 0, {}
    for _ in range(rounds):
        for article_id in ids:
            article = store.get(article_id)
            if forget:
                article.etag = article.last_modified = article.page_hash = None
                store.save(article, "etag", "last_modified", "page_hash")
            start = time.process_time()
            outcome = recheck_article(pipeline.ctx, article_id)
            cpu.append(time.process_time() - start)
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
            if outcome != "not_modified":
                target = article.url.removeprefix(room.base_url)
                sent += len(room.resource(target, urlsplit(target).path).body)
    return cpu, sent, outcomes


def _site(room, which: str) -> tuple[list[str], list[dict], dict]:
    """(article page paths, watch-list feeds, the watch) of the site served in `room`."""
    if which == "own":
        site = build_own_newsroom(room)
        return list(site.paths.values()), site.feeds, FLOOD_WATCH
    seeds = REPOSITORY.parent / "shared" / "corpus" / "seeds"
    corpus = {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))}
    site = build_corpus_newsroom(room, corpus)
    offtopic = [urlsplit(url).path for url in site.offtopic_urls.values()]
    return [*site.article_paths.values(), *offtopic], feeds_of(site), GAZA_WATCH


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--site", choices=("own", "corpus"), default="own")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, \
            WebhookReceiver(secret="whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") as hook:
        server = EmbeddedRedis(Path(tmp) / "redis")
        client = connect(server.url)
        try:
            for label, validators, forget in (("etag", True, False),
                                              ("no validators", False, False),
                                              ("before", True, True)):
                client.flushall()
                with FaultyNewsroom() as room:
                    paths, feeds, watch = _site(room, args.site)
                    if not validators:
                        for path in paths:
                            served = room.resource(path, path)
                            room.put(path, served.body, served.content_type, etag=False)
                    pipeline = make_pipeline(client, write_configs(
                        Path(tmp), feeds=feeds, watches=[watch],
                        sinks=[hook_sink(hook)]))
                    pipeline.poll_all()
                    cpu, page_bytes, outcomes = _pass(pipeline, room, args.rounds, forget)
                    print(f"{label:>14}: {len(cpu)} re-checks, CPU per re-check median "
                          f"{statistics.median(cpu) * 1000:.2f} ms, page bytes downloaded "
                          f"{page_bytes / len(cpu) / 1000:.1f} kB per re-check, outcomes "
                          f"{outcomes}")
        finally:
            client.close()
            server.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
