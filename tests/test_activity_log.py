"""The daemon's log shows it working: one INFO summary line from the scheduler when something
happened (at most a minute apart), and one at least every ten minutes when nothing did — never a
line per poll or per item."""

from __future__ import annotations

import logging
import time

import pytest
from harness import feeds_of, make_pipeline
from own_newsroom import FLOOD_WATCH, build_own_newsroom
from yaml_writer import write_configs

from workers.scheduler import Scheduler

WATCH = {"id": "gaza", "title": "Gaza ceasefire talks", "sinks": ["console"],
         "query": "(ceasefire OR truce) AND (gaza OR hamas)"}


@pytest.fixture
def scheduler(tmp_path, redis_client, site):
    config = write_configs(tmp_path, feeds=feeds_of(site), watches=[WATCH])
    pipeline = make_pipeline(redis_client, config)
    return pipeline, Scheduler(pipeline.ctx, config.parent / "watches.yaml")


def summaries(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.name == "workers.scheduler" and r.levelno == logging.INFO
            and r.getMessage().startswith("last ")]


def test_a_summary_line_says_what_the_workers_did(scheduler, caplog):
    pipeline, sched = scheduler
    t0 = time.time() + 1  # the feeds are due now
    with caplog.at_level(logging.INFO):
        sched.tick(now=t0)  # the baseline
        pipeline.run_jobs()  # the polls the tick enqueued, and every item job after them
        sched.tick(now=t0 + 30)  # within the minute: nothing logged yet
        assert summaries(caplog) == []
        sched.tick(now=t0 + 61)
        # 8 entries in the three feeds (one page is listed twice), 5 of them on the story
        assert summaries(caplog) == ["last 61 s: 3 polls (0 not modified, 0 failed), "
                                     "8 new feed entries, 5 alerts created"]
        # the polls the last tick enqueued, and every feed once more: all 304, nothing new
        pipeline.poll_all()
        sched.tick(now=t0 + 122)
        assert len(summaries(caplog)) == 1  # nothing worth a line yet
        sched.tick(now=t0 + 61 + 600)
    assert summaries(caplog)[1:] == [
        "last 10 min: 6 polls (6 not modified, 0 failed), 0 new feed entries, 0 alerts created"]
    # one line per interval, not one per poll or per item
    assert not [r for r in caplog.records
                if r.levelno == logging.INFO and "poll" in r.getMessage()
                and not r.getMessage().startswith("last ")]


def test_a_quiet_daemon_still_says_so_every_ten_minutes(scheduler, caplog):
    pipeline, sched = scheduler
    pipeline.ctx.jobs.send = lambda *args, **kwargs: None  # no worker: nothing is polled
    with caplog.at_level(logging.INFO):
        for minute in range(0, 21):
            sched.tick(now=2_000_000.0 + 60 * minute + 1)
    assert summaries(caplog) == ["last 10 min: no polls finished, no alerts"] * 2


def test_pages_not_available_are_summed_in_the_line_not_logged_one_by_one(tmp_path, redis_client,
                                                                          newsroom, caplog):
    site = build_own_newsroom(newsroom)
    for path in site.paths.values():
        newsroom.remove(path)  # every page answers 404: each item keeps its feed summary
    config = write_configs(tmp_path, feeds=site.feeds,
                           watches=[dict(FLOOD_WATCH, sinks=["console"])])
    pipeline = make_pipeline(redis_client, config)
    sched = Scheduler(pipeline.ctx, config.parent / "watches.yaml")
    t0 = time.time() + 1
    with caplog.at_level(logging.INFO):
        sched.tick(now=t0)
        pipeline.run_jobs()
        sched.tick(now=t0 + 61)
    assert summaries(caplog) == [
        "last 61 s: 3 polls (0 not modified, 0 failed), 5 new feed entries, 5 pages not "
        "available (feed summary kept, tried again later), 0 alerts created"]
    assert not [r.getMessage() for r in caplog.records
                if r.levelno >= logging.INFO and "not available" in r.getMessage()
                and not r.getMessage().startswith("last ")]
