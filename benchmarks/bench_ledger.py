"""Does a matched piece cost more as its story grows?

    .venv/bin/python benchmarks/bench_ledger.py [--sizes 10 100 1000] [--runs 20] [--old]

Builds stories of 10, 100 and 1,000 pieces from the corpus texts (../shared/corpus: the 5
seeds and the 33 pages' expected texts), each text in a few variants whose numbers and names
differ, so their claims differ (updates, contradictions, new claims, repeats). The story's
ledger is filled directly (the pieces' entries added as the job adds them; the ledger keeps
the newest 5,000 entries), and its pieces joined to the story. Then `--runs` further pieces
join stories of each size, and for each two figures, in CPU time of this process
(time.process_time) and of Redis, which is embedded (monitor.state.connection.EmbeddedRedis),
a separate process (INFO cpu before and after, so the work moved into Redis is counted too):

- a matched piece: what the daemon does for a stored piece because it matched a watch, run
  by the job's own function (monitor.jobs.pieces.handle_new_piece: match it, extract its
  claims, join the story, the ledger step, the alert into the outbox), a watch matching every
  piece; the claim model's memos are emptied first (clear_caches): its text was never seen;
- its ledger step alone (monitor.jobs.pieces.ledger_step: read the candidates, relate, add),
  timed on its own on an identical story. `--old` also times the step as it was before the
  ledger was indexed: read the whole ledger, relate to it (monitor.stories.relate_piece).

A worker keeps the ledger entries it has decoded (monitor.state.ledger_cache), so both are
timed twice: `cold`, the worker's decoded entries forgotten first (a worker just started:
every candidate is decoded), and `warm`, a worker that has related the story's latest
WARM_PIECES pieces (forgotten, then those pieces' candidate reads done again, untimed). Only
the entries those pieces read are kept: the new piece decodes the rest (the share found
decoded is printed).

Runs are paired: each run times one new piece at every story size in turn, so a drift of the
machine's speed falls on every size alike. Prints, per story size, the median CPU time per
piece, and the ratios of each story's to the smallest's: of a matched piece (the target, at
1,000 pieces: at most 1.5) and of its ledger step (this process and Redis; this process
alone); each as the ratio of the medians, and as the median of the runs' own ratios (a run
times the same text at every size, so each of its ratios is one piece's).
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
from datetime import UTC, datetime
from pathlib import Path

import redis

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY / "tests"))  # the pipeline the tests build
from harness import Pipeline, make_pipeline  # noqa: E402
from yaml_writer import write_configs  # noqa: E402

from monitor.claims import Claim, clear_caches, extract_claims, topic_terms  # noqa: E402
from monitor.jobs.pieces import handle_new_piece, ledger_step  # noqa: E402
from monitor.state import keys  # noqa: E402
from monitor.state.articles import Article  # noqa: E402
from monitor.state.connection import EmbeddedRedis, connect  # noqa: E402
from monitor.state.keys import LEDGER_MAX_ENTRIES  # noqa: E402
from monitor.state.stories import Stories  # noqa: E402
from monitor.stories import LedgerSlice, relate_piece, relate_slice  # noqa: E402

CORPUS = REPOSITORY.parent / "shared" / "corpus"
FILL_VARIANTS = 4  # variants of each text the stories are filled with
NAMES = ("Hamas", "Qatar", "Egypt", "Israel", "Witkoff", "Guterres")
START = 1_750_000_000.0
WARM_PIECES = 10  # a warm worker has related this many of the story's latest pieces
WATCH = "story"  # the watch of the pipeline: its query matches any text of the corpus
MATCH_ANY = {"id": WATCH, "title": "Every piece", "query": "the OR of OR de OR der OR und",
             "sinks": ["console"]}
STEP = "step"  # the story the ledger step is timed on


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


def fill(client: redis.Redis, stories: Stories, watch: str, claims: list[list[Claim]],
         pieces: int) -> None:
    """A story of `pieces` pieces, its ledger as the job leaves it: whatever it held goes
    first. Every piece joins the story; only the newest pieces whose entries fit in the
    ledger are added to it (older ones would be evicted anyway)."""
    for stale in client.scan_iter(keys.story(watch) + "*"):
        client.delete(stale)
    first, kept = pieces, 0
    while first > 0 and kept + len(claims[(first - 1) % len(claims)]) <= LEDGER_MAX_ENTRIES:
        first -= 1
        kept += len(claims[first % len(claims)])
    for n in range(pieces):
        seen = START + 60 * n
        stories.add_piece(watch, f"fill{n}", f"source{n % 9}", seen)
        if n >= first:
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
        found = stories.claims.candidate_claims(
            watch, [topic_terms(c) for c in claims if c.frame.anchored], seen, outline.own_ids,
            (outline.before > 0, outline.after > 0))
        relate_slice(f"fill{n}", "source", claims,
                     LedgerSlice([e for e, _ in found.read], outline.before, outline.after, True,
                                 [c for _, c in found.read], (found.before, found.after)),
                     seen, seen)


@dataclass
class Timings:
    """CPU seconds per new piece, one value per run."""

    matched: list[float] = field(default_factory=list)  # a matched piece, this process + Redis
    step: list[float] = field(default_factory=list)  # its ledger step, this process
    redis: list[float] = field(default_factory=list)  # its ledger step, Redis
    entries: int = 0  # in the ledger the step read
    kept: int = 0  # candidates found decoded ...
    read: int = 0  # ... of those read
    relations: Counter = field(default_factory=Counter)  # how the alerts' context claims met
    # the story (the same in every mode)

    def step_total(self) -> list[float]:
        return [a + b for a, b in zip(self.step, self.redis, strict=True)]


@dataclass
class Bench:
    client: redis.Redis
    pipeline: Pipeline  # the daemon's jobs on the embedded Redis, run inline
    fill_claims: list[list[Claim]]
    texts: list[str]

    def prepare(self, watch: str, size: int, mode: str) -> Stories:
        """A story of `size` pieces, and the worker's decoded entries as `mode` says."""
        stories = self.pipeline.ctx.stories
        fill(self.client, stories, watch, self.fill_claims, size)
        if mode == "warm":
            warm_up(stories, watch, self.fill_claims, size)
        else:
            stories.claims.decoded.clear()
        return stories

    def matched_piece(self, size: int, n: int, mode: str) -> float:
        """CPU of handle_new_piece for the n-th new piece joining a story of `size` pieces."""
        self.prepare(WATCH, size, mode)
        seen = START + 60 * size
        text = variant(self.texts[n % len(self.texts)], FILL_VARIANTS)
        article = Article(id=f"new-{mode}-{size}-{n}", url=f"https://example.org/{size}/{n}",
                          canonical_url=f"https://example.org/{size}/{n}",
                          title=text.strip().splitlines()[0][:200], source=f"source{n % 9}",
                          feed_id="wire", published=_iso(seen), first_seen=seen,
                          last_fetched=seen, version=1)
        self.pipeline.ctx.articles.save(article)
        clear_caches()
        began, began_redis = time.process_time(), server_cpu(self.client)
        matched = handle_new_piece(self.pipeline.ctx, article, text, seen)
        spent = time.process_time() - began + server_cpu(self.client) - began_redis
        if matched != [WATCH]:
            raise SystemExit(f"the piece {article.id} did not match the watch: {matched}")
        return spent

    def step(self, size: int, n: int, mode: str, timings: Timings) -> None:
        """The ledger step alone (or the whole-ledger path, mode old) of the n-th new piece
        joining a story of `size` pieces; its claims extracted first, untimed."""
        stories = self.prepare(STEP, size, "cold" if mode == "old" else mode)
        seen = START + 60 * size
        clear_caches()
        piece = extract_claims(variant(self.texts[n % len(self.texts)], FILL_VARIANTS))
        article, source = f"new{n}", f"source{n % 9}"
        decoded = stories.claims.decoded
        hits, misses = decoded.hits, decoded.misses
        began, began_redis = time.process_time(), server_cpu(self.client)
        if mode == "old":
            step = relate_piece(article, source, piece, stories.ledger(STEP), seen, seen)
            stories.add_to_ledger(STEP, step.new_entries)
        else:
            step = ledger_step(stories.claims, STEP, article, source, piece, seen, seen)
        timings.step.append(time.process_time() - began)
        timings.redis.append(server_cpu(self.client) - began_redis)
        timings.relations.update(c["relation"] for c in step.context)
        timings.entries = self.client.hlen(keys.ledger_entries(STEP))
        timings.kept += decoded.hits - hits
        timings.read += decoded.hits + decoded.misses - hits - misses


def server_cpu(client: redis.Redis) -> float:
    info = client.info("cpu")
    return float(info["used_cpu_user"]) + float(info["used_cpu_sys"])


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=UTC).isoformat()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--old", action="store_true", help="also time the whole-ledger step")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"needs the shared corpus at {CORPUS}", file=sys.stderr)
        return 2
    texts = corpus_texts()
    fill_claims = [extract_claims(variant(t, k)) for k in range(FILL_VARIANTS) for t in texts]
    print(f"{len(fill_claims)} texts to fill stories with, "
          f"{statistics.mean(map(len, fill_claims)):.0f} claims each on average")
    with tempfile.TemporaryDirectory() as tmp:
        server = EmbeddedRedis(Path(tmp) / "redis")
        try:
            client = connect(server.url)
            pipeline = make_pipeline(client, write_configs(
                Path(tmp), feeds=[{"id": "wire", "url": "http://127.0.0.1:9/feed.xml"}],
                watches=[MATCH_ANY], extra={"log_level": "WARNING"}))
            bench = Bench(client, pipeline, fill_claims, texts)
            for mode in ("cold", "warm") + (("old",) if args.old else ()):
                found = {size: Timings() for size in args.sizes}
                for n in range(args.runs):
                    for size in args.sizes:
                        if mode != "old":
                            found[size].matched.append(bench.matched_piece(size, n, mode))
                        bench.step(size, n, mode, found[size])
                report("whole ledger" if mode == "old" else mode, found)
        finally:
            server.close()
    return 0


def report(name: str, found: dict[int, Timings]) -> None:
    for size, t in found.items():
        matched = (f"a matched piece {_ms(t.matched)} (p90 {_ms(t.matched, 90)}); "
                   if t.matched else "")
        print(f"{name:>12}: {size:>5} pieces ({t.entries:>4} entries): {matched}ledger step "
              f"{_ms(t.step)} + Redis {_ms(t.redis)} = {_ms(t.step_total())} "
              f"(p90 {_ms(t.step_total(), 90)}); "
              f"{100 * t.kept / max(1, t.read):3.0f}% of candidates found decoded; "
              "context: " + ", ".join(f"{k} {v}" for k, v in sorted(t.relations.items())))
    small = found[min(found)]
    for size in sorted(found)[1:]:
        large = found[size]
        matched = (f"a matched piece {_ratio(large.matched, small.matched)}"
                   f"{' (target: at most 1.5)' if size == max(found) else ''}; its "
                   if small.matched else "")
        print(f"{name:>12}: ratio {size}/{min(found)}: {matched}ledger step "
              f"{_ratio(large.step_total(), small.step_total())} (this process alone "
              f"{_ratio(large.step, small.step)})")


def _ms(values: list[float], percentile: int = 50) -> str:
    value = (statistics.median(values) if percentile == 50
             else statistics.quantiles(values, n=100)[percentile - 1])
    return f"{1000 * value:5.1f} ms"


def _ratio(large: list[float], small: list[float]) -> str:
    """The ratio of the medians, then the median of the runs' own ratios (run n times the same
    text at every size: the same piece, in a story of another size)."""
    paired = statistics.median(a / b for a, b in zip(large, small, strict=True))
    return f"{statistics.median(large) / statistics.median(small):.2f} (paired {paired:.2f})"


if __name__ == "__main__":
    sys.exit(main())
