"""What does one story page cost as the story grows?

    .venv/bin/python benchmarks/bench_story_page.py [--sizes 5 60 300] [--runs 5]

Builds stories of 5, 60 and 300 pieces from the corpus texts (../shared/corpus: the 5 seeds
and the 33 pages' expected texts, in variants whose numbers and names differ, as
benchmarks/bench_ledger.py does): each piece stored as an article, added to the story and
its claims to the ledger as the pieces job does (monitor.jobs.pieces.ledger_step); every
fifth piece has a second version whose claim changes the re-check recorded. Then the page is
read (monitor.views.storyview.read_story) and rendered (monitor.views.storypage.render_story)
`--runs` times; prints the median wall and CPU time of this process per page, and the page's
size. The page shows at most Limits.pieces (60) pieces, so 300 should cost about what 60 does.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_ledger import START, corpus_texts, variant

from monitor.claims import compare_versions, extract_claims
from monitor.jobs.pieces import ledger_step
from monitor.state.articles import Article, ArticleStore
from monitor.state.claim_changes import ClaimChangeLog
from monitor.state.connection import EmbeddedRedis, connect
from monitor.state.stories import Stories
from monitor.views.storypage import render_story
from monitor.views.storyview import read_story


def build(client, watch: str, texts: list[str], pieces: int) -> None:
    stories, articles, log = Stories(client), ArticleStore(client), ClaimChangeLog(client)
    for n in range(pieces):
        text = variant(texts[n % len(texts)], n // len(texts))
        seen = START + 600 * n
        article = Article(id=f"{watch}-{n}", url=f"https://outlet{n % 9}.example/{watch}/{n}",
                          canonical_url=f"https://outlet{n % 9}.example/{watch}/{n}",
                          title=text.strip().split("\n", 1)[0][:120], source=f"Outlet {n % 9}")
        articles.create(article, text, f"h{n}", seen)
        stories.add_piece(watch, article.id, article.source, seen)
        ledger_step(stories.claims, watch, article.id, article.source, extract_claims(text),
                    seen, seen)
        if n % 5 == 0:
            edited = variant(text, 1)
            old, new = articles.latest(article.id), articles.add_version(
                article, edited, f"h{n}b", seen + 300)
            log.record(article.id, {"from_version": 1, "to_version": 2,
                                    "from_fetched_at": old.fetched_at,
                                    "to_fetched_at": new.fetched_at,
                                    **compare_versions(old.text, new.text).to_dict()})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 60, 300])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    texts = corpus_texts()
    server = EmbeddedRedis(Path(tempfile.mkdtemp()))
    client = connect(server.url)
    for size in args.sizes:
        watch = f"story{size}"
        build(client, watch, texts, size)
        walls, cpus = [], []
        for _ in range(args.runs):
            began, began_cpu = time.perf_counter(), time.process_time()
            view = read_story(client, watch)
            page = render_story(view)
            walls.append(time.perf_counter() - began)
            cpus.append(time.process_time() - began_cpu)
        claims = sum(len(g.claims) for g in view.subjects)
        print(f"{size:>4} pieces: {1000 * statistics.median(walls):7.1f} ms wall, "
              f"{1000 * statistics.median(cpus):7.1f} ms CPU per page (median of {args.runs}); "
              f"{len(view.pieces)} pieces, {claims} claims, {len(view.disagreements)} "
              f"disagreements shown; {len(page) // 1024} KiB; left out {view.omitted}")
    server.close()


if __name__ == "__main__":
    sys.exit(main())
