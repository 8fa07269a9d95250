"""Page extraction in parser processes (workers/parsepool.py): no native crash under
concurrency, the same output as a single-threaded run, and a parser that dies costs one page
one try, never the daemon.

Issue 10: with four worker threads sharing trafilatura's module-level lxml parser, `newsmon
run` died natively (a segfault in libxml2's `xmlXPathNextDescendant`, a "double free or
corruption" abort with two threads in `lxml.html.document_fromstring`).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import psutil
import pytest
from conftest import CORPUS
from harness import make_pipeline
from waiting import wait_until
from yaml_writer import write_configs

from monitor.errors import ExtractionError, ParserFailed
from monitor.ingest.extract import extract_article
from monitor.settings import WorkerSettings
from workers.demo.newsroom import FeedEntry
from workers.parsepool import ParserPool, parser_pool

PAGES = CORPUS / "pages"
ROUNDS = 10  # 33 real pages x 10 = 330 extractions, 4 threads, the default pool


def _corpus_pages() -> list[tuple[str, bytes]]:
    return [(f"https://{p.parent.name}.example.com/article", p.read_bytes())
            for p in sorted(PAGES.glob("*/source.html"))]


def _outcome(extract, url: str, html: bytes) -> object:
    try:
        return extract(html, url)
    except ExtractionError as exc:
        return f"ExtractionError: {exc}"


@pytest.mark.slow
@pytest.mark.requires_corpus
@pytest.mark.timeout(300)  # ~20 s on an idle 2-core machine; generous for a busy one
def test_real_pages_extracted_concurrently_match_a_single_threaded_run():
    pages = _corpus_pages()
    assert len(pages) >= 30
    expected = {url: _outcome(extract_article, url, html) for url, html in pages}
    settings = WorkerSettings()  # the daemon's defaults: 4 job threads, a parser per CPU
    pool = parser_pool(settings)
    try:
        work = pages * ROUNDS
        with ThreadPoolExecutor(settings.threads) as threads:
            results = list(threads.map(lambda page: (page[0], _outcome(pool.extract, *page)),
                                       work))
        assert pool.size == (os.cpu_count() or 1)
        assert pool.replaced == 0  # no parser died
    finally:
        pool.close()
    assert len(results) == len(work)
    for url, got in results:
        assert got == expected[url], url
    # Pages that are articles came back as articles (the comparison is not of two failures).
    assert sum(not isinstance(v, str) for v in expected.values()) >= 30


def _page(words: int = 400) -> bytes:
    body = " ".join(f"The council said on Tuesday that {n} families would move." for n in
                    range(words // 10))
    return (f"<html lang='en'><head><title>Flood plan</title></head><body><article>"
            f"<h1>Flood plan</h1><p>{body}</p></article></body></html>").encode()


def _kill_child_when_busy(pool: ParserPool, sig: int) -> threading.Thread:
    """Start the pool's one parser (a small page), then return a thread that sends it `sig`
    once it has spent 0.05 s of CPU on the next page: surely mid-extraction (the slow pages
    below take 0.3 s and more on a fast machine, so a busy one still kills mid-way)."""
    pool.extract(_page(), "https://news.example.com/warm-up")
    (pid,) = pool.pids()
    parser = psutil.Process(pid)
    idle = sum(parser.cpu_times()[:2])

    def kill():
        wait_until(lambda: sum(parser.cpu_times()[:2]) > idle + 0.05, 30, "the parser to work")
        os.kill(pid, sig)

    killer = threading.Thread(target=kill)
    killer.start()
    return killer


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGSEGV], ids=["SIGKILL", "SIGSEGV"])
def test_a_parser_killed_mid_page_fails_that_page_clearly_and_the_next_try_works(sig):
    pool = ParserPool(size=1)
    slow_page = _page(words=600_000)  # 0.35-1.5 s of extraction: mid-way when the signal comes
    try:
        killer = _kill_child_when_busy(pool, sig)
        with pytest.raises(ParserFailed) as failure:
            pool.extract(slow_page, "https://news.example.com/flood")
        killer.join()
        name = signal.Signals(sig).name
        assert str(failure.value) == (f"https://news.example.com/flood: the parser process was "
                                      f"killed by {name} while extracting this page")
        assert pool.replaced == 1
        assert pool.extract(_page(), "https://news.example.com/flood").title == "Flood plan"
    finally:
        pool.close()
    assert pool.pids() == []


def test_a_page_over_the_memory_limit_fails_as_too_large_and_the_parser_goes_on():
    pool = ParserPool(size=1, memory_mb=200)
    try:
        huge = _page(words=1_500_000)  # ~9 MB of text in one paragraph: over 200 MB to parse
        with pytest.raises(ParserFailed, match="page too large to parse"):
            pool.extract(huge, "https://news.example.com/huge")
        assert pool.extract(_page(), "https://news.example.com/ok").title == "Flood plan"
    finally:
        pool.close()


def test_a_page_past_the_deadline_stops_its_parser():
    pool = ParserPool(size=1, timeout=0.2)
    try:
        with pytest.raises(ParserFailed, match=r"extraction took longer than 0.2 s"):
            pool.extract(_page(words=600_000), "https://news.example.com/slow")
        assert pool.replaced == 1
    finally:
        pool.close()


def test_the_item_job_records_a_dead_parser_and_the_page_retry_succeeds(redis_client, newsroom,
                                                                        tmp_path: Path):
    """Through the job: the page is kept as summary-only with the error naming its URL, and
    the page retry (monitor.jobs.pages) extracts it in a fresh parser."""
    newsroom.put("/flood", _page(words=600_000))  # 0.35-1.5 s of extraction
    newsroom.put_feed("/feed.rss", "rss", "Courier", [FeedEntry(
        title="Flood plan", link="/flood", guid="flood-1", summary="The flood plan.",
        published=datetime(2026, 1, 1, tzinfo=UTC))])
    config = write_configs(tmp_path, feeds=[{"id": "courier", "url": newsroom.url("/feed.rss")}],
                           watches=[{"id": "flood", "title": "Flood", "query": "flood",
                                     "sinks": ["console"]}])
    pipeline = make_pipeline(redis_client, config)
    pool = ParserPool(size=1)
    pipeline.ctx.extract = pool.extract
    try:
        killer = _kill_child_when_busy(pool, signal.SIGKILL)
        pipeline.poll_all()
        killer.join()
        (article_id,) = pipeline.ctx.articles.ids()
        article = pipeline.ctx.articles.get(article_id)
        assert article.status == "summary_only"
        assert article.last_error == (f"{newsroom.url('/flood')}: the parser process was killed "
                                      "by SIGKILL while extracting this page")
        assert pipeline.run("retry_page", article_id) is True
        assert pipeline.ctx.articles.get(article_id).status == "ok"
    finally:
        pool.close()


def test_parsers_of_a_daemon_killed_with_sigkill_exit_by_themselves(tmp_path):
    """No orphans: a parser's socket to its daemon closes when the daemon dies, and it exits."""
    script = tmp_path / "daemon.py"
    script.write_text(
        "import os, sys\n"
        "from workers.parsepool import ParserPool\n"
        "pool = ParserPool(size=2)\n"
        f"pool.extract({_page()!r}, 'https://news.example.com/a')\n"
        "print(*pool.pids(), flush=True)\n"
        "os.kill(os.getpid(), 9)\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == -signal.SIGKILL, done.stderr
    (pid,) = map(int, done.stdout.split())  # one parser started: one page came
    wait_until(lambda: not _alive(pid), 10, "the orphaned parser to exit")


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] != "Z"
    except OSError:
        return False


def test_a_page_that_is_not_an_article_fails_as_inline_and_keeps_its_parser():
    pool = ParserPool(size=1)
    try:
        with pytest.raises(ExtractionError) as failure:
            pool.extract(b"<html><body><p>Subscribe to read.</p></body></html>",
                         "https://news.example.com/wall")
        assert not isinstance(failure.value, ParserFailed)
        assert str(failure.value) == ("https://news.example.com/wall: only 3 words of article "
                                      "text (need 25)")
        pids = pool.pids()
        assert pool.extract(_page(), "https://news.example.com/ok").title == "Flood plan"
        assert pool.pids() == pids and pool.replaced == 0  # the same parser served both
    finally:
        pool.close()
