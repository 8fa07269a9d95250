"""The benchmark suite (`python -m benchmarks.suite`) runs end to end in --quick mode and
produces every row, so it does not rot. Its figures are not asserted (a shared machine makes
them noisy); what a user of the suite relies on is: every row, a baseline for each, the edits
of the edit pass found and no false alert, a report file.

The throughput row needs a Redis server: it runs on `NEWSMON_TEST_REDIS_URL` when that is set
(the suite flushes that database, as the scale-out tests do), and is skipped with its reason
otherwise."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import REPO

pytestmark = [pytest.mark.slow, pytest.mark.requires_corpus, pytest.mark.timeout(240)]

ROWS = ("first pass", "edit pass", "idle pass", "304 polls", "new item", "throughput",
        "Redis memory")


def test_the_quick_suite_produces_every_row_and_the_report(tmp_path):
    external = os.environ.get("NEWSMON_TEST_REDIS_URL")
    redis_url = external or "redis://127.0.0.1:1/12"  # nothing listens on port 1
    out, raw = tmp_path / "benchmarks.md", tmp_path / "figures.json"
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.suite", "--quick", "--out", str(out), "--json",
         str(raw), "--redis", redis_url, "--workdir", str(tmp_path / "work")],
        cwd=REPO, capture_output=True, text=True, timeout=230)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = json.loads(raw.read_text())
    rows = {next(name for name in ROWS if r["name"].startswith(name)): r for r in report["rows"]}
    assert sorted(rows) == sorted(ROWS) and len(report["rows"]) == len(ROWS)
    measured = [r for name, r in rows.items() if name not in ("throughput",)]
    assert all(r["verdict"] in ("PASS", "MISS", "—") and r["baseline"] != "—" for r in measured)
    if external:
        assert rows["throughput"]["verdict"] in ("PASS", "MISS")
    else:
        assert rows["throughput"]["verdict"] == "SKIP"
        assert "no Redis answers at redis://127.0.0.1:1/12" in rows["throughput"]["note"]
    figures = report["figures"]
    assert figures["first_pass"]["articles"] >= 8  # 10 pages, a syndicated copy or so folded
    edits = figures["edit_pass"]
    assert edits["edited"] > 0 and edits["found"] == edits["edited"] and edits["false"] == 0
    assert figures["idle_pass"]["rechecked"] == figures["edit_pass"]["rechecked"] > 0
    assert len(figures["latency"]["delays"]) == 3 and all(d > 0 for d in
                                                           figures["latency"]["delays"])
    assert figures["daemon_exit"] == 0
    text = out.read_text()
    assert "python -m benchmarks.suite --quick" in text and "**Machine**" in text
    for row in report["rows"]:
        assert row["name"] in text
