"""The table on the terminal and docs/benchmarks.md: the machine, the command, the rows, what
limits each target that is missed."""

from __future__ import annotations

import os
import platform
from datetime import UTC, datetime
from pathlib import Path

import psutil

from benchmarks.suite.passes import Row
from benchmarks.suite.world import QUERY

COMMAND = ".venv/bin/python -m benchmarks.suite"


def machine() -> str:
    memory = psutil.virtual_memory().total / 2**30
    try:
        model = next(line.split(":", 1)[1].strip()
                     for line in Path("/proc/cpuinfo").read_text().splitlines()
                     if line.startswith("model name"))
    except (OSError, StopIteration):
        model = platform.processor() or platform.machine()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{platform.system()} {platform.release()} ({platform.machine()}), {model}, "
            f"{psutil.cpu_count(logical=True)} logical CPUs, {memory:.0f} GiB RAM; Python "
            f"{platform.python_version()}; load average at the start {load}")


def table(rows: list[Row]) -> str:
    head = "| figure | measured | baseline (same run) | ratio | target | |\n" \
           "|---|---|---|---|---|---|\n"
    return head + "".join(f"| {r.name} | {r.measured} | {r.baseline} | {r.ratio} | {r.target} "
                          f"| {r.verdict} |\n" for r in rows)


def terminal(rows: list[Row]) -> str:
    lines = []
    for r in rows:
        lines.append(f"[{r.verdict:>4}] {r.name}\n       measured {r.measured}; baseline "
                     f"{r.baseline}; ratio {r.ratio}; target {r.target}")
        if r.note:
            lines.append(f"       {r.note}")
    return "\n".join(lines)


def document(rows: list[Row], *, command: str, about: str, started: datetime,
             seconds: float, limits: str) -> str:
    notes = "".join(f"- **{r.name}**: {r.note}\n" for r in rows if r.note)
    return f"""# Benchmarks

Written by the benchmark suite (`benchmarks/suite/`) on {started.astimezone(UTC):%Y-%m-%d %H:%M}
UTC, in {seconds / 60:.1f} minutes. Run it again with

```sh
{command}
```

(`--quick` for a small corpus and no file written unless `--out` is given; `--redis URL`
names the database of its own the throughput row uses, default `redis://127.0.0.1:6379/12`,
flushed before and after; without a Redis there, that row is skipped with the reason.)

**Machine**: {about}. The machine may be shared: each figure is compared with a baseline
measured in the same run, and the ratios are what to compare across runs.

**What runs**: the suite builds its own newsroom from `../shared/corpus` (the 33 real pages of
`pages/` and the 5 seed articles, varied deterministically: real pages as served, and pages
that take one real page's markup with a new body of paragraphs drawn from all the English
corpus texts, each with a title and canonical URL of its own; one page in twelve is a
syndicated copy of an earlier one, which the daemon must fold), serves it on loopback behind
10 RSS feeds polled every second, with one watch that matches every English page
(`{QUERY}`), and runs the real daemon (`newsmon run`, embedded Redis) as a user does. CPU
is that of the daemon's whole process tree (the daemon, its children, the embedded
redis-server), read with psutil before and after each pass; background work (ticks, the
polls of the 10 feeds, heartbeats) is included, as in production.

## Results

{table(rows)}
{notes}
## What limits each target

{limits}
"""


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
