"""Scheduling: due feeds are claimed once per slot, however many schedulers tick."""

from __future__ import annotations

import threading

import pytest
from harness import InlineJobs
from waiting import wait_until
from yaml_writer import write_configs

from monitor.config.loading import load_service, load_watchlist
from monitor.jobs.context import build_context
from monitor.settings import PollSettings, WatchList
from monitor.state.connection import connect
from monitor.state.feeds import Schedule
from monitor.state.queues import DueQueue
from workers.scheduler import Scheduler

FEEDS = [
    {"id": f"feed-{i}", "url": f"http://127.0.0.1:9/{i}.xml", "interval": "1m"} for i in range(20)
]


def test_two_schedulers_racing_claim_each_due_feed_once(redis_url):
    watchlist = WatchList.model_validate({"feeds": FEEDS})
    poll = PollSettings(min_interval=1)
    Schedule(connect(redis_url), poll).sync_feeds(watchlist, now=1000.0)
    claimed: list[list[str]] = [[], []]
    start = threading.Barrier(2)

    def scheduler(n):
        schedule = Schedule(connect(redis_url), poll)  # its own connection, like another host
        start.wait()
        for _ in range(50):  # many ticks within the same slot
            claimed[n] += schedule.claim_due_feeds(watchlist, now=1000.5)

    threads = [threading.Thread(target=scheduler, args=(n,)) for n in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = claimed[0] + claimed[1]
    assert sorted(everything) == sorted(f["id"] for f in FEEDS)  # each once, none lost


def test_claimed_feed_is_due_again_after_its_interval(redis_client):
    watchlist = WatchList.model_validate({"feeds": FEEDS[:1]})
    schedule = Schedule(redis_client, PollSettings(min_interval=1))
    schedule.sync_feeds(watchlist, now=1000.0)
    assert schedule.claim_due_feeds(watchlist, now=1000.0) == ["feed-0"]
    assert schedule.claim_due_feeds(watchlist, now=1059.0) == []
    assert schedule.claim_due_feeds(watchlist, now=1060.0) == ["feed-0"]


def test_a_feed_due_within_half_a_tick_keeps_its_interval(redis_client):
    """Ticks come late by a few ms, each by another amount: a feed polled every second with a
    one-second tick is claimed at every tick (not every other one), on its own grid."""
    watchlist = WatchList.model_validate(
        {"feeds": [{"id": "fast", "url": "http://127.0.0.1:9/f.xml", "interval": "1s"}]})
    schedule = Schedule(redis_client, PollSettings(min_interval=1))
    schedule.sync_feeds(watchlist, now=1000.0)
    lateness = [0.004, 0.001, 0.009, 0.002, 0.007, 0.003, 0.008, 0.0]
    polled = [n for n, late in enumerate(lateness)
              if schedule.claim_due_feeds(watchlist, now=1000.0 + n + late, early=0.5)]
    assert polled == list(range(len(lateness)))
    # on a 1 s grid: late ticks move it by the largest lateness, they do not add up
    assert schedule.next_due("fast") == pytest.approx(1000.0 + max(lateness) + len(lateness))
    # without the half tick, the same ticks miss it every time a tick is less late than the last
    schedule.sync_feeds(WatchList.model_validate({"feeds": []}))
    schedule.sync_feeds(watchlist, now=2000.0)
    late_polls = [n for n, late in enumerate(lateness)
                  if schedule.claim_due_feeds(watchlist, now=2000.0 + n + late)]
    assert len(late_polls) < len(lateness)
    # and a feed never comes round sooner than its interval minus the half tick
    assert schedule.claim_due_feeds(watchlist, now=3000.0, early=0.5) == ["fast"]
    assert schedule.claim_due_feeds(watchlist, now=3000.4, early=0.5) == []


def test_failure_backoff_grows_and_is_capped(redis_client):
    schedule = Schedule(redis_client, PollSettings(backoff_base=60, backoff_max=3600))
    delays = [schedule.failure_delay(n, None) for n in range(1, 12)]
    assert all(0 < d <= 3600 for d in delays)
    assert max(delays[6:]) > max(delays[:2])  # grows with consecutive failures
    assert schedule.failure_delay(1, retry_after=7200) == 7200  # Retry-After wins when longer


def test_removed_feed_stops_being_polled(redis_client):
    schedule = Schedule(redis_client, PollSettings(min_interval=1))
    schedule.sync_feeds(WatchList.model_validate({"feeds": FEEDS[:3]}), now=1000.0)
    smaller = WatchList.model_validate({"feeds": FEEDS[:1]})
    schedule.sync_feeds(smaller, now=1001.0)
    assert schedule.claim_due_feeds(smaller, now=2000.0) == ["feed-0"]


def test_due_members_are_claimed_by_one_caller(redis_url):
    queue = DueQueue(connect(redis_url), "newsmon:test:due")
    for i in range(100):
        queue.schedule(f"a{i}", i)
    results: list[list[str]] = [[], []]

    def take(n):
        results[n] = DueQueue(connect(redis_url), "newsmon:test:due").claim_due(now=1000)

    threads = [threading.Thread(target=take, args=(n,)) for n in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results[0] + results[1]) == sorted(f"a{i}" for i in range(100))


@pytest.mark.timeout(60)
def test_two_apscheduler_processes_poll_each_feed_once_per_slot(tmp_path, redis_url):
    """Two full schedulers (APScheduler ticking every 0.2 s) on one Redis, ten ticks each
    within one 1-minute slot."""
    path = write_configs(tmp_path, feeds=FEEDS[:5], watches=[])
    schedulers, jobs = [], []
    ticks = [0, 0]

    def counting(n: int, tick):
        def counted_tick(now=None):
            result = tick(now)
            ticks[n] += 1  # APScheduler runs one tick of a scheduler at a time
            return result

        return counted_tick

    for n in range(2):
        settings = load_service(path)
        job_log = InlineJobs()
        ctx = build_context(connect(redis_url), settings, job_log)
        scheduler = Scheduler(ctx, settings.watches_file)
        scheduler.tick = counting(n, scheduler.tick)
        schedulers.append(scheduler)
        jobs.append(job_log)
    for s in schedulers:
        s.start()
    wait_until(lambda: min(ticks) >= 10, 30, "both schedulers to tick ten times")
    for s in schedulers:
        s.stop()
    polled = [args[0] for j in jobs for name, args in j.queue if name == "poll_feed"]
    assert sorted(polled) == sorted(f["id"] for f in FEEDS[:5])


def test_invalid_watch_edit_keeps_the_last_good_list(tmp_path, redis_client, caplog):
    path = write_configs(
        tmp_path,
        feeds=FEEDS[:2],
        watches=[{"id": "gaza", "title": "Gaza", "query": "ceasefire AND gaza"}],
    )
    settings = load_service(path)
    ctx = build_context(redis_client, settings, InlineJobs())
    scheduler = Scheduler(ctx, settings.watches_file)
    assert scheduler.watch_file.reload_if_changed()
    good = ctx.watches.current().version
    settings.watches_file.write_text(
        settings.watches_file.read_text().replace("ceasefire AND gaza", "ceasefire AND (gaza")
    )
    assert not scheduler.watch_file.reload_if_changed()
    assert ctx.watches.current().version == good
    assert any(
        "watches.yaml:" in r.getMessage() and "query of watch 'gaza'" in r.getMessage()
        for r in caplog.records
    )
    # a fixed edit is picked up
    settings.watches_file.write_text(
        settings.watches_file.read_text().replace("(gaza", "gaza OR hamas")
    )
    assert scheduler.watch_file.reload_if_changed()
    assert ctx.watches.current().version != good
    assert load_watchlist(settings.watches_file, settings).version == ctx.watches.current().version


def test_a_feed_has_one_poll_in_flight_however_long_it_runs(redis_client):
    """A poll that hangs on a slow host is not joined by another each interval: the feed is
    held for the poll's longest run, and due again one interval after the poll finishes."""
    watchlist = WatchList.model_validate({"feeds": [{**FEEDS[0], "interval": "1s"}]})
    schedule = Schedule(redis_client, PollSettings(min_interval=1))
    schedule.sync_feeds(watchlist, now=1000.0)
    assert schedule.claim_due_feeds(watchlist, now=1000.0, hold=120) == ["feed-0"]
    assert all(schedule.claim_due_feeds(watchlist, now=1000.0 + t, hold=120) == []
               for t in (1, 5, 60, 119))
    schedule.poll_finished(watchlist, "feed-0", started=1000.0)
    assert schedule.claim_due_feeds(watchlist, now=1001.0, hold=120) == ["feed-0"]


def test_a_poll_that_never_reports_back_is_claimed_again_after_the_hold(redis_client):
    watchlist = WatchList.model_validate({"feeds": [{**FEEDS[0], "interval": "1s"}]})
    schedule = Schedule(redis_client, PollSettings(min_interval=1))
    schedule.sync_feeds(watchlist, now=1000.0)
    assert schedule.claim_due_feeds(watchlist, now=1000.0, hold=120) == ["feed-0"]
    assert schedule.claim_due_feeds(watchlist, now=1120.0, hold=120) == ["feed-0"]


def test_a_feed_claimed_early_and_polled_at_once_is_claimed_again_within_the_same_second(
        redis_client):
    """Claimed half a tick early and polled before its due time, a 1 s feed is due again less
    than a second after its last due time: the next claim must not take it for the same one."""
    watchlist = WatchList.model_validate({"feeds": [{**FEEDS[0], "interval": "1s"}]})
    schedule = Schedule(redis_client, PollSettings(min_interval=1))
    schedule.sync_feeds(watchlist, now=1000.0)
    assert schedule.claim_due_feeds(watchlist, now=999.6, hold=120, early=0.5) == ["feed-0"]
    schedule.poll_finished(watchlist, "feed-0", started=999.7)  # due again at 1000.7
    assert schedule.claim_due_feeds(watchlist, now=1000.3, hold=120, early=0.5) == ["feed-0"]
