"""Does relating a new piece to its story cost more as the story grows?

    .venv/bin/python benchmarks/bench_ledger.py [--sizes 10 100 1000] [--runs 20] [--old]

Builds stories of 10, 100 and 1,000 pieces from the corpus texts (../shared/corpus: the 5
seeds and the 33 pages' expected texts), each text in a few variants whose numbers and names
differ, so their claims differ (updates, contradictions, new claims, repeats). The story's
ledger is filled directly (the pieces' entries added as the job adds them; the ledger keeps
the newest 5,000 entries). Then `--runs` further pieces join the story one by one and the job's
ledger step is timed for each (`monitor.jobs.pieces.ledger_step`: read the candidates, relate,
add), in CPU time of this process (time.process_time). Redis is embedded
(monitor.state.connection.EmbeddedRedis), a separate process: its CPU time is printed apart
(INFO cpu), so the work moved into Redis is seen too. `--old` also times the step as it was
before the ledger was indexed: read the whole ledger, relate to it (monitor.stories.relate_piece).

A worker keeps the ledger entries it has decoded (monitor.state.ledger_cache), so each step is
timed twice, on two identical stories: `cold`, the worker's decoded entries forgotten first (a
worker just started: every candidate is decoded), and `warm`, a worker that has related the
story's latest WARM_PIECES pieces (forgotten, then those pieces' candidate reads done again,
untimed). Only the entries those pieces read are kept: the new piece decodes the rest (the
share found decoded is printed).

Prints, per story size, the median CPU time per piece and the ratio of the largest story's to
the smallest's (the target: at most 1.5), for each.
"""

from __future__ import annotations

import argparse
import html
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import redis

from monitor.claims import Claim, extract_claims, topic_terms
from monitor.jobs.pieces import ledger_step
from monitor.state.connection import EmbeddedRedis, connect
from monitor.state.keys import LEDGER_MAX_ENTRIES
from monitor.state.stories import Stories
from monitor.stories import LedgerSlice, relate_piece, relate_slice

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
FILL_VARIANTS = 4  # variants of each text the stories are filled with
NAMES = ("Hamas", "Qatar", "Egypt", "Israel", "Witkoff", "Guterres")
START = 1_750_000_000.0
WARM_PIECES = 10  # a warm worker has related this many of the story's latest pieces


def corpus_texts() -> list[str]:
    texts = [p.read_text() for p in sorted((CORPUS / "seeds").glob("*.txt"))]
    for page in sorted((CORPUS / "pages").iterdir()):
        if (page / "expected.html").exists():
            raw = re.sub(r"</(p|h\d|li|div|blockquote)>", "\n\n",
                         (page / "expected.html").read_text())
            texts.append(html.unescape(re.sub(r"<[^>]+>", " ", raw)))
    return texts


def variant(text: str, k: int) -> str:
    """The text with its numbers shifted by k and its names rotated by k."""
    if k == 0:
        return text
    text = re.sub(r"\d+", lambda m: str(int(m.group()) + k), text)
    return re.sub("|".join(NAMES), lambda m: NAMES[(NAMES.index(m.group()) + k) % len(NAMES)],
                  text)


def fill(stories: Stories, watch: str, claims: list[list[Claim]], pieces: int) -> None:
    """A story of `pieces` pieces, its ledger as the job leaves it. Only the newest pieces
    whose entries fit in the ledger are added: older ones would be evicted anyway."""
    first, kept = pieces, 0
    while first > 0 and kept + len(claims[(first - 1) % len(claims)]) <= LEDGER_MAX_ENTRIES:
        first -= 1
        kept += len(claims[first % len(claims)])
    for n in range(first, pieces):
        seen = START + 60 * n
        step = relate_slice(f"fill{n}", f"source{n % 9}", claims[n % len(claims)],
                            LedgerSlice([], 0, 0, False), seen, seen)
        stories.add_to_ledger(watch, step.new_entries)


def warm_up(stories: Stories, watch: str, fill_claims: list[list[Claim]], size: int) -> None:
    """The decoded entries a worker keeps after relating the story's latest WARM_PIECES
    pieces: their candidate reads done again, oldest first (each piece's own entries left out,
    as when it was read; the entries of the pieces after it are there now, they were not
    then, so a few more entries are kept than the worker would have)."""
    stories.claims.decoded.clear()
    for n in range(max(0, size - WARM_PIECES), size):
        seen = START + 60 * n
        outline = stories.claims.outline(watch, f"fill{n}", seen)
        terms = [topic_terms(c) for c in fill_claims[n % len(fill_claims)] if c.frame.anchored]
        stories.claims.candidate_claims(watch, terms, seen, outline.own_ids)


def timed_steps(client: redis.Redis, fill_claims: list[list[Claim]], claims: list[list[Claim]],
                size: int, runs: int, mode: str
                ) -> tuple[list[float], list[float], float, Counter]:
    """CPU seconds (of this process, of Redis) of the ledger step of each of `runs` new
    pieces, each joining a story of `size` pieces (its own: a piece added would make the next
    story one piece larger). `mode`: cold, warm (the decoded entries kept: module docstring)
    or old (the whole ledger read). Also: the share of candidates found already decoded, and
    how many claims of the alerts' context met the story how (the same in every mode)."""
    stories = Stories(client)
    spent, redis_spent = [], []
    kept = read = 0
    relations: Counter = Counter()
    for n in range(runs):
        watch = f"{mode}-{size}-{n}"
        fill(stories, watch, fill_claims, size)
        if mode == "warm":
            warm_up(stories, watch, fill_claims, size)
        else:
            stories.claims.decoded.clear()
        seen = START + 60 * size
        article, source, piece = f"new{n}", f"source{n % 9}", claims[n % len(claims)]
        hits, misses = stories.claims.decoded.hits, stories.claims.decoded.misses
        began, began_redis = time.process_time(), server_cpu(client)
        if mode == "old":
            step = relate_piece(article, source, piece, stories.ledger(watch), seen, seen)
            stories.add_to_ledger(watch, step.new_entries)
        else:
            step = ledger_step(stories.claims, watch, article, source, piece, seen, seen)
        spent.append(time.process_time() - began)
        relations.update(c["relation"] for c in step.context)
        redis_spent.append(server_cpu(client) - began_redis)
        kept += stories.claims.decoded.hits - hits
        read += stories.claims.decoded.hits + stories.claims.decoded.misses - hits - misses
    return spent, redis_spent, kept / read if read else 0.0, relations


def server_cpu(client: redis.Redis) -> float:
    info = client.info("cpu")
    return float(info["used_cpu_user"]) + float(info["used_cpu_sys"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--old", action="store_true", help="also time the whole-ledger step")
    args = parser.parse_args()
    texts = corpus_texts()
    fill_claims = [extract_claims(variant(t, k)) for k in range(FILL_VARIANTS) for t in texts]
    new_claims = [extract_claims(variant(t, FILL_VARIANTS)) for t in texts]
    print(f"{len(fill_claims)} texts to fill stories with, "
          f"{statistics.mean(map(len, fill_claims)):.0f} claims each on average")
    server = EmbeddedRedis(Path(tempfile.mkdtemp()))
    client = connect(server.url)
    stories = Stories(client)
    paths = [("cold", "cold"), ("warm", "warm")] + ([("whole ledger", "old")] if args.old else [])
    for name, mode in paths:
        medians = {}
        for size in args.sizes:
            spent, redis_spent, kept, relations = timed_steps(client, fill_claims, new_claims,
                                                              size, args.runs, mode)
            medians[size] = statistics.median(spent)
            entries = len(stories.ledger(f"{mode}-{size}-0"))
            print(f"{name:>12}: {size:>5} pieces ({entries:>4} entries): "
                  f"{1000 * medians[size]:7.1f} ms CPU per piece (median of {args.runs}; "
                  f"p90 {1000 * statistics.quantiles(spent, n=10)[-1]:6.1f} ms), "
                  f"Redis {1000 * statistics.median(redis_spent):5.1f} ms; "
                  f"{100 * kept:3.0f}% of candidates found decoded; context: "
                  + ", ".join(f"{k} {v}" for k, v in sorted(relations.items())))
        smallest, largest = min(args.sizes), max(args.sizes)
        print(f"{name:>12}: ratio {largest}/{smallest} = "
              f"{medians[largest] / medians[smallest]:.2f}")
    server.close()


if __name__ == "__main__":
    sys.exit(main())
