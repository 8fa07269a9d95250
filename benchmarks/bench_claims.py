"""How long does a claim comparison take, next to the extraction that precedes it?

    .venv/bin/python benchmarks/bench_claims.py [--runs 300] [--template outlet_a]

Builds a ~1,500-word article from the corpus (../shared/corpus/seeds: the body of 000, then
002's first paragraphs, page junk included) and a second version with a handful of edits (a
number, a qualifier, a speaker, a date, an entity, a quote added, a sentence removed).
Times `compare_versions(old, new)`:

- cold: every cache of monitor.claims cleared before every run (`clear_caches()`: lines,
  sentence splits and keys, frames - a fresh worker process; module import and regex
  compilation are one-time costs and not counted);
- warm: caches kept (the same worker compared the article's previous version before);
- every sentence edited, cold: the worst case, nothing can be set aside unchanged.

The baseline of the same run is the extraction every re-fetch pays anyway, on a realistic page
carrying the new version: the project's own test page builder (`tests/pages.py::corpus_page`,
a real outlet template: head metadata, nav, byline row, ad slots, comment form, related-posts
aside with teasers, footer). Both `trafilatura.extract` and the pipeline's own extraction
(`monitor.ingest.extract.extract_article`: trafilatura with metadata and ad pruning) are timed.
Runs are interleaved, so all sides see the same machine load. Prints median and p95 of each,
and the ratios of the medians.

Then the real pages (`--real-runs`, 0 to skip): the 33 pages of ../shared/corpus/pages as
served (`source.html`, 55 KB to 1.3 MB). For each, `extract_article` on the page's HTML, and
the cold comparison of the text it extracts with that text carrying a handful of edits drawn by
the labelled pages suite's generator (benchmarks/real_pages.py), runs interleaved. Prints per
page both medians and their ratio, and the median of the per-page ratios. A page the generator
has no edit for (or that extraction refuses) is listed as left out.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from monitor.claims import clear_caches, compare_versions
from monitor.ingest.extract import extract_article

try:  # run as a script (benchmarks/ on sys.path) and imported as benchmarks.bench_claims
    import real_pages
except ImportError:  # pragma: no cover
    from benchmarks import real_pages

REPOSITORY = Path(__file__).resolve().parent.parent
SEEDS = REPOSITORY.parent / "shared" / "corpus" / "seeds"
sys.path.insert(0, str(REPOSITORY / "tests"))  # the page builder of the tests
from pages import TEMPLATES, corpus_page, default_url  # noqa: E402

TARGET_WORDS = 1500
PAGE_SEED = "000"  # the article's body and furniture are 000's: its page metadata fits

EDITS = (
    ("over 35,000 Palestinians", "over 36,000 Palestinians"),
    ("more than 70% of Gaza", "at least 70% of Gaza"),
    ("a senior US diplomat told reporters", "a senior Israeli diplomat told reporters"),
    ("announced late Wednesday", "announced late Thursday"),
    ("Egypt and Qatar, the two main", "Egypt and Jordan, the two main"),
    ("hit another stumbling block.",
     "hit another stumbling block. \u201cWe are not walking away from the hostages,\u201d a "
     "White House spokesperson said."),
    ("Despite international mediation efforts led by Egypt and Qatar, the negotiations have "
     "repeatedly failed to produce tangible results. ", ""),
)


def load_seeds() -> dict[str, str]:
    if not SEEDS.is_dir():
        sys.exit(f"bench_claims: the shared corpus is not beside the repository "
                 f"(expected {SEEDS}); clone it to ../shared first.")
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def build_versions(seeds: dict[str, str]) -> tuple[str, str]:
    """000's body, then 002's paragraphs up to ~1,500 words, then 000's teaser tail ("More
    From Author", "You May Also Like", ...) at the end, where a page has it."""
    body_000, tail_000 = seeds["000"].split("More From Author", 1)
    lines = [body_000.strip()]
    for paragraph in seeds["002"].strip().split("\n"):
        if len(" ".join(lines).split()) >= TARGET_WORDS:
            break
        lines.append(paragraph)
    text = "\n\n".join(lines) + "\n\nMore From Author" + tail_000
    edited = text
    for old, new in EDITS:
        if old not in edited:
            sys.exit(f"bench_claims: corpus text changed, edit anchor not found: {old!r}")
        edited = edited.replace(old, new, 1)
    return text, edited


def every_sentence_edited(text: str) -> str:
    """The worst case: (nearly) every sentence differs, nothing can be set aside."""
    return re.sub(r"\bthe\b", "this", text)


def timed(function: Callable[[], object], before: Callable[[], None] | None = None) -> float:
    if before is not None:
        before()
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def describe(name: str, times: list[float]) -> float:
    median = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) >= 20 else max(times)
    print(f"{name:<48} median {median * 1000:7.2f} ms   p95 {p95 * 1000:7.2f} ms   "
          f"(n={len(times)})")
    return median


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--template", choices=TEMPLATES, default=TEMPLATES[0],
                        help="outlet template of the baseline page (tests/pages.py)")
    parser.add_argument("--real-runs", type=int, default=7,
                        help="runs per real corpus page (0: skip the real pages)")
    args = parser.parse_args(argv)
    synthetic_page(args)
    if args.real_runs > 0:
        real_corpus_pages(args.real_runs)
    return 0


def synthetic_page(args: argparse.Namespace) -> None:
    """The article of 000 + 002 and its edited version, against its outlet page."""
    old, new = build_versions(load_seeds())
    worst = every_sentence_edited(new)
    page_url = default_url(PAGE_SEED, args.template)
    page = corpus_page(PAGE_SEED, new, args.template, page_url)
    diff = compare_versions(old, new)
    print(f"versions: {len(old.split())} and {len(new.split())} words; "
          f"{len(diff.changes)} changes found:\n  {diff.summary}")
    extracted = trafilatura.extract(page) or ""
    print(f"baseline page ({args.template}): {len(page)} bytes of HTML, trafilatura keeps "
          f"{len(extracted.split())} words, extract_article "
          f"{len(extract_article(page, page_url).text.split())}\n")

    # Interleaved, so that both sides of the ratio see the same machine load.
    cold, warm, extract, pipeline = [], [], [], []
    for _ in range(args.runs):
        cold.append(timed(lambda: compare_versions(old, new), before=clear_caches))
        warm.append(timed(lambda: compare_versions(old, new)))
        extract.append(timed(lambda: trafilatura.extract(page)))
        pipeline.append(timed(lambda: extract_article(page, page_url)))
    worst_times = [timed(lambda: compare_versions(old, worst), before=clear_caches)
                   for _ in range(max(args.runs // 5, 20))]

    cold_median = describe("compare_versions, cold caches", cold)
    warm_median = describe("compare_versions, warm caches", warm)
    describe("compare_versions, every sentence edited, cold", worst_times)
    extract_median = describe("baseline: trafilatura.extract on the page", extract)
    pipeline_median = describe("monitor.ingest.extract.extract_article on the page", pipeline)
    print(f"\nratio compare (cold) / trafilatura.extract: {cold_median / extract_median:.2f}")
    print(f"ratio compare (cold) / extract_article:     {cold_median / pipeline_median:.2f}")
    print(f"ratio compare (warm) / extract_article:     {warm_median / pipeline_median:.2f}")


def real_corpus_pages(runs: int) -> None:
    """Per real page: extract_article on its HTML, and the cold comparison of the extracted
    text with its edited version; interleaved, medians of `runs`."""
    versions, left_out = real_pages.load()
    print(f"\nreal pages (../shared/corpus/pages, extract_article then a cold compare of the "
          f"extracted text with {real_pages.EDITS_PER_PAGE} or fewer generated edits; "
          f"medians of {runs} runs):")
    print(f"{'page':<18}{'lang':<5}{'HTML KB':>8}{'words':>7}{'edits':>6}{'found':>6}"
          f"{'extract ms':>12}{'compare ms':>12}{'ratio':>7}")
    ratios = []
    for page in versions:
        found = len(compare_versions(page.old, page.new).changes)
        extract, compare = [], []
        for _ in range(runs):
            extract.append(timed(lambda p=page: extract_article(p.html, p.url)))
            compare.append(timed(lambda p=page: compare_versions(p.old, p.new),
                                 before=clear_caches))
        e, c = statistics.median(extract), statistics.median(compare)
        ratios.append(c / e)
        print(f"{page.name:<18}{page.lang:<5}{len(page.html) / 1024:8.0f}"
              f"{len(page.old.split()):7d}{len(page.edits):6d}{found:6d}"
              f"{e * 1000:12.2f}{c * 1000:12.2f}{c / e:7.3f}")
    for reason in left_out:
        print(f"left out: {reason}")
    print(f"\nreal pages: median ratio compare (cold) / extract_article: "
          f"{statistics.median(ratios):.3f} over {len(ratios)} pages "
          f"(lowest {min(ratios):.3f}, highest {max(ratios):.3f})")


if __name__ == "__main__":
    sys.exit(main())
