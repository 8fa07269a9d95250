"""Does relating a new piece to its story cost more as the story grows?

    .venv/bin/python benchmarks/bench_ledger.py [--sizes 10 100 1000] [--runs 20] [--old]

Builds stories of 10, 100 and 1,000 pieces from the corpus texts (../shared/corpus: the 5
seeds and the 33 pages' expected texts), each text in a few variants whose numbers and names
differ, so their claims differ (updates, contradictions, new claims, repeats). The story's
ledger is filled directly (the pieces' entries added as the job adds them; the ledger keeps
the newest 5,000 entries). Then `--runs` further pieces join the story one by one, and for
each, in CPU time: its claims extracted (`extract_claims`, the claim model's memos emptied
first: a text never seen), then the job's ledger step (`monitor.jobs.pieces.ledger_step`:
read the candidates, relate, add), in this process (time.process_time) and in Redis, which is
embedded (monitor.state.connection.EmbeddedRedis), a separate process: INFO cpu before and
after, so the work moved into Redis is counted too. `--old` also times the step as it was
before the ledger was indexed: read the whole ledger, relate to it (monitor.stories.relate_piece).

A worker keeps the ledger entries it has decoded (monitor.state.ledger_cache), so each step is
timed twice, on two identical stories: `cold`, the worker's decoded entries forgotten first (a
worker just started: every candidate is decoded), and `warm`, a worker that has related the
story's latest WARM_PIECES pieces (forgotten, then those pieces' candidate reads done again,
untimed). Only the entries those pieces read are kept: the new piece decodes the rest (the
share found decoded is printed).

Prints, per story size, the median CPU time per piece, and the ratios of the largest story's
to the smallest's (the target: at most 1.5), for each path: of the ledger step (this process
and Redis; this process alone) and of a matched piece's claim work (extraction and step).
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
from dataclasses import dataclass, field
from pathlib import Path

import redis

from monitor.claims import Claim, clear_caches, extract_claims, topic_terms
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
    """What a worker keeps after relating the story's latest WARM_PIECES pieces: the entries
    it decoded, and the profiles of their claims (kept on each claim). Their candidate reads
    and relating done again, oldest first (each piece's own entries left out, as when it was
    read; the entries of the pieces after it are there now, they were not then, so a few more
    entries are kept than the worker would have)."""
    stories.claims.decoded.clear()
    for n in range(max(0, size - WARM_PIECES), size):
        seen = START + 60 * n
        claims = fill_claims[n % len(fill_claims)]
        outline = stories.claims.outline(watch, f"fill{n}", seen)
        read = stories.claims.candidate_claims(
            watch, [topic_terms(c) for c in claims if c.frame.anchored], seen, outline.own_ids,
            (outline.before > 0, outline.after > 0))
        relate_slice(f"fill{n}", "source", claims,
                     LedgerSlice([e for e, _ in read], outline.before, outline.after, True,
                                 [c for _, c in read]), seen, seen)


@dataclass
class Timings:
    """CPU seconds per new piece, one value per run."""

    extraction: list[float] = field(default_factory=list)  # its claims (extract_claims)
    step: list[float] = field(default_factory=list)  # the ledger step, this process
    redis: list[float] = field(default_factory=list)  # the ledger step, Redis
    kept: int = 0  # candidates found decoded ...
    read: int = 0  # ... of those read
    relations: Counter = field(default_factory=Counter)  # how the alerts' context claims met
    # the story (the same in every mode)

    def step_total(self) -> list[float]:
        return [a + b for a, b in zip(self.step, self.redis, strict=True)]

    def piece_total(self) -> list[float]:
        return [a + b for a, b in zip(self.extraction, self.step_total(), strict=True)]


def timed_steps(client: redis.Redis, fill_claims: list[list[Claim]], texts: list[str],
                size: int, runs: int, mode: str) -> Timings:
    """The CPU time of `runs` new pieces, each joining a story of `size` pieces (its own: a
    piece added would make the next story one piece larger): its claims extracted, then the
    ledger step (in this process and in Redis). `mode`: cold, warm (the decoded entries kept:
    module docstring) or old (the whole ledger read). The claim model's memos are emptied
    before each piece (clear_caches): its extraction is cold, as for a text never seen."""
    stories = Stories(client)
    timings = Timings()
    for n in range(runs):
        watch = f"{mode}-{size}-{n}"
        fill(stories, watch, fill_claims, size)
        if mode == "warm":
            warm_up(stories, watch, fill_claims, size)
        else:
            stories.claims.decoded.clear()
        seen = START + 60 * size
        text = variant(texts[n % len(texts)], FILL_VARIANTS)
        clear_caches()
        began = time.process_time()
        piece = extract_claims(text)
        timings.extraction.append(time.process_time() - began)
        article, source = f"new{n}", f"source{n % 9}"
        hits, misses = stories.claims.decoded.hits, stories.claims.decoded.misses
        began, began_redis = time.process_time(), server_cpu(client)
        if mode == "old":
            step = relate_piece(article, source, piece, stories.ledger(watch), seen, seen)
            stories.add_to_ledger(watch, step.new_entries)
        else:
            step = ledger_step(stories.claims, watch, article, source, piece, seen, seen)
        timings.step.append(time.process_time() - began)
        timings.redis.append(server_cpu(client) - began_redis)
        timings.relations.update(c["relation"] for c in step.context)
        timings.kept += stories.claims.decoded.hits - hits
        timings.read += (stories.claims.decoded.hits + stories.claims.decoded.misses
                         - hits - misses)
    return timings


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
    print(f"{len(fill_claims)} texts to fill stories with, "
          f"{statistics.mean(map(len, fill_claims)):.0f} claims each on average")
    server = EmbeddedRedis(Path(tempfile.mkdtemp()))
    client = connect(server.url)
    stories = Stories(client)
    paths = [("cold", "cold"), ("warm", "warm")] + ([("whole ledger", "old")] if args.old else [])
    for name, mode in paths:
        found: dict[int, Timings] = {}
        for size in args.sizes:
            found[size] = t = timed_steps(client, fill_claims, texts, size, args.runs, mode)
            entries = len(stories.ledger(f"{mode}-{size}-0"))
            print(f"{name:>12}: {size:>5} pieces ({entries:>4} entries): ledger step "
                  f"{_ms(t.step)} + Redis {_ms(t.redis)} = {_ms(t.step_total())} "
                  f"(p90 {_ms(t.step_total(), 90)}); with the piece's claims extracted "
                  f"({_ms(t.extraction)}) {_ms(t.piece_total())}; "
                  f"{100 * t.kept / max(1, t.read):3.0f}% of candidates found decoded; "
                  "context: " + ", ".join(f"{k} {v}" for k, v in sorted(t.relations.items())))
        small, large = found[min(args.sizes)], found[max(args.sizes)]
        print(f"{name:>12}: ratio {max(args.sizes)}/{min(args.sizes)}: ledger step "
              f"{_ratio(large.step_total(), small.step_total())} (this process alone "
              f"{_ratio(large.step, small.step)}); a matched piece's claim work "
              f"{_ratio(large.piece_total(), small.piece_total())}")
    server.close()


def _ms(values: list[float], percentile: int = 50) -> str:
    value = (statistics.median(values) if percentile == 50
             else statistics.quantiles(values, n=100)[percentile - 1])
    return f"{1000 * value:5.1f} ms"


def _ratio(large: list[float], small: list[float]) -> str:
    return f"{statistics.median(large) / statistics.median(small):.2f}"


if __name__ == "__main__":
    sys.exit(main())
