"""New-piece alerts end to end: loopback newsroom -> pipeline -> signed webhooks to a real
receiver that verifies every signature. Jobs run inline; Redis and HTTP are real."""

from __future__ import annotations

import json
import threading

import pytest
from harness import (
    GAZA_WATCH,
    SECRET,
    WorkerKilled,
    die_on_call,
    feeds_of,
    hook_sink,
    make_pipeline,
)
from waiting import wait_until
from yaml_writer import write_configs

from monitor.state import keys
from monitor.state.alertlog import AlertStream
from monitor.state.outbox import Outbox
from monitor.state.stats import Counters
from monitor.views.alerts import render
from workers.demo.receiver import WebhookReceiver
from workers.replay import replay

WATCH = GAZA_WATCH


def configs(tmp_path, site, receiver, watches=(WATCH,)):
    return write_configs(
        tmp_path,
        feeds=feeds_of(site),
        watches=list(watches),
        sinks=[hook_sink(receiver, timeout=2)],
    )


@pytest.fixture
def pipeline(tmp_path, redis_client, site, receiver):
    return make_pipeline(redis_client, configs(tmp_path, site, receiver))


def alerts_of(receiver) -> list[dict]:
    return [a.json for a in receiver.received if a.status == 200]


def test_five_corpus_pieces_give_five_signed_alerts_and_off_topic_none(pipeline, receiver, site):
    pipeline.poll_all()
    received = receiver.received
    assert len(received) == 5
    assert all(a.verified for a in received), [a.error for a in received]
    assert len(receiver.unique_ids()) == 5
    urls = {a.json["data"]["article"]["canonical_url"] for a in received}
    assert urls == set(site.article_urls.values())
    assert not urls & set(site.offtopic_urls.values())
    for alert in received:
        assert alert.event_type == "article.new"
        data = alert.json["data"]
        assert data["watch"]["id"] == "gaza-ceasefire"
        assert data["match"]["terms"], "the alert must say why it matched"
        assert data["article"]["summary"]
        assert data["article"]["title"] in site.titles.values()
    # the story so far: pieces numbered 1..5 across three sources
    numbers = sorted(a.json["data"]["story"]["piece_number"] for a in received)
    assert numbers == [1, 2, 3, 4, 5]
    last = max(received, key=lambda a: a.json["data"]["story"]["piece_number"])
    assert last.json["data"]["story"]["sources"] == 3


def test_repolling_and_reprocessing_send_nothing_more(pipeline, receiver, newsroom, site):
    pipeline.poll_all()
    assert len(receiver.received) == 5
    pipeline.poll_all()  # feeds answer 304
    # the feeds change (new ETag) but list the same items
    for path in site.feed_paths.values():
        body = newsroom.resource(path, path).body
        newsroom.put(
            path,
            body.replace(b"</channel>", b"<!-- touched --></channel>")
            .replace(b"</feed>", b"<!-- touched --></feed>")
            .replace(b"</rdf:RDF>", b"<!-- touched --></rdf:RDF>"),
        )
    pipeline.poll_all()
    assert len(receiver.received) == 5


def test_a_redelivered_job_does_not_alert_twice(pipeline, receiver):
    pipeline.poll_all()
    # Dramatiq delivers at least once: replay every process_item job as if redelivered.
    ran = [args for name, args in pipeline.poll_all() if name.startswith("process_item")]
    assert ran == []  # items already seen are not even enqueued again
    outbox = Outbox(pipeline.ctx.redis)
    first = receiver.received[0].json
    alert_id = first["data"]["alert_id"]
    assert (
        outbox.emit(alert_id, first["type"], json.dumps(first), ["hook"],
                    pipeline.ctx.send_delivery)
        is False
    )
    pipeline.run_jobs()
    assert len(receiver.received) == 5


def test_a_restart_does_not_resend(tmp_path, redis_client, site, receiver):
    path = configs(tmp_path, site, receiver)
    make_pipeline(redis_client, path).poll_all()
    assert len(receiver.received) == 5
    restarted = make_pipeline(redis_client, path)  # same Redis, fresh process state
    restarted.ctx.redis.delete(*restarted.ctx.redis.keys(keys.PREFIX + "feed:*"))  # no ETags
    restarted.poll_all()
    assert len(receiver.received) == 5


def test_receiver_down_then_up_gets_the_alert_with_the_same_id(pipeline, receiver):
    receiver.respond_with(500, 500)
    pipeline.poll_all()
    ids = [a.webhook_id for a in receiver.received]
    assert len(ids) == 7  # two refused attempts, then five deliveries
    assert len(set(ids)) == 5
    for failed in [a for a in receiver.received if a.status == 500]:
        attempts = [a for a in receiver.received if a.webhook_id == failed.webhook_id]
        assert [a.status for a in attempts] == [500, 200]
        assert attempts[0].body == attempts[1].body  # the very same alert, re-sent
    delays = [d for _, d in pipeline.jobs.delays]
    assert delays and delays[0] >= 5  # the schedule starts at 5 s
    assert Counters(pipeline.ctx.redis).all()["alerts_sent"] == 5


def test_retry_after_is_honoured(pipeline, receiver):
    receiver.respond_with(429, headers={"Retry-After": "120"})
    pipeline.poll_all()
    assert any(d >= 120 for _, d in pipeline.jobs.delays)


def test_client_error_dead_letters_and_replay_resends(pipeline, receiver):
    receiver.respond_with(400)
    pipeline.poll_all()
    outbox = Outbox(pipeline.ctx.redis)
    [letter] = outbox.dead_letters()
    assert "400" in letter["reason"]
    assert len(alerts_of(receiver)) == 4
    assert replay(pipeline.ctx.redis, pipeline.ctx.settings, enqueue=pipeline.ctx.send_delivery) == 1
    pipeline.run_jobs()
    assert len(alerts_of(receiver)) == 5
    assert outbox.dead_letters() == []
    attempts = [a for a in receiver.received if a.webhook_id == letter_id(receiver, 400)]
    assert [a.status for a in attempts] == [400, 200]


def letter_id(receiver, status):
    return next(a.webhook_id for a in receiver.received if a.status == status)


def test_gone_disables_the_sink_until_replay(pipeline, receiver):
    receiver.respond_with(410)
    pipeline.poll_all()
    outbox = Outbox(pipeline.ctx.redis)
    assert outbox.sink_disabled("hook")
    assert len(receiver.received) == 1  # nothing more was sent to a gone endpoint
    assert len(outbox.dead_letters()) == 5
    replay(pipeline.ctx.redis, pipeline.ctx.settings, enqueue=pipeline.ctx.send_delivery)
    pipeline.run_jobs()
    assert not outbox.sink_disabled("hook")
    assert len(alerts_of(receiver)) == 5


def test_unreachable_receiver_exhausts_the_schedule_then_replay_delivers(
    tmp_path, redis_client, site
):
    with WebhookReceiver(secret=SECRET) as receiver:
        path = configs(tmp_path, site, receiver)
    pipeline = make_pipeline(redis_client, path)  # the receiver is gone: connection refused
    pipeline.poll_all()
    outbox = Outbox(redis_client)
    letters = outbox.dead_letters()
    assert len(letters) == 5
    assert all("exhausted" in letter["reason"] for letter in letters)
    assert letters[0]["attempts"] == 8  # the whole schedule was tried
    assert len(pipeline.jobs.delays) == 5 * 7


def test_alert_stream_keeps_every_alert(pipeline, receiver):
    pipeline.poll_all()
    entries = AlertStream(pipeline.ctx.redis).recent(20)
    assert len(entries) == 5
    assert "article.new" in render(entries[0])
    assert json.loads(render(entries[0], as_json=True))["type"] == "article.new"


def test_watch_restricted_to_a_feed_sees_only_that_feed(tmp_path, redis_client, site, receiver):
    watch = dict(WATCH, feeds=["rdf"])
    make_pipeline(redis_client, configs(tmp_path, site, receiver, [watch])).poll_all()
    assert [a.json["data"]["article"]["feed_id"] for a in receiver.received] == ["rdf"]


def test_watch_without_new_events_sends_no_new_alerts(tmp_path, redis_client, site, receiver):
    watch = dict(WATCH, events=["claims_changed"])
    pipeline = make_pipeline(redis_client, configs(tmp_path, site, receiver, [watch]))
    pipeline.poll_all()
    assert receiver.received == []
    assert pipeline.ctx.stories.info("gaza-ceasefire").pieces == 5  # the story is still kept


def test_invalid_edit_of_the_watch_list_keeps_the_old_watches_alerting(pipeline, receiver,
                                                                        caplog):
    from workers.scheduler import WatchFile

    watch_file = WatchFile(pipeline.ctx.settings.watches_file, pipeline.ctx)
    assert watch_file.reload_if_changed()  # the daemon's first load
    path = pipeline.ctx.settings.watches_file
    path.write_text(path.read_text().replace('"sinks": [', '"sinkz": ['))
    assert not watch_file.reload_if_changed()
    assert any("unknown key 'sinkz'" in r.getMessage() for r in caplog.records)
    pipeline.poll_all()
    assert len(receiver.received) == 5  # the last good watch list is still in force


def test_alerts_follow_prints_alerts_as_they_arrive(pipeline, receiver):
    seen: list[dict] = []
    redis = pipeline.ctx.redis

    def reader():
        for entry in AlertStream(redis).follow(block_ms=30_000):
            seen.append(entry)
            if len(seen) == 5:
                return

    def blocked_clients() -> int:
        return redis.info("clients")["blocked_clients"]

    blocked_before = blocked_clients()
    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    wait_until(lambda: blocked_clients() > blocked_before, 10, "the reader to block on XREAD")
    pipeline.poll_all()
    thread.join(timeout=10)
    assert [e["type"] for e in seen] == ["article.new"] * 5


def test_a_job_that_dies_before_its_alert_is_sent_alerts_on_redelivery(pipeline, receiver,
                                                                        monkeypatch):
    """The worker dies after the piece joined the story but before the alert was recorded:
    Dramatiq redelivers the job, and the alert must still go out — once."""
    die_on_call(monkeypatch, Outbox, "emit")
    for feed in pipeline.ctx.watches.current().watchlist.feeds:
        pipeline.jobs.send("poll_feed", feed.feed_id)
    with pytest.raises(WorkerKilled):
        pipeline.run_jobs()
    assert pipeline.ctx.stories.info("gaza-ceasefire").pieces == 1  # it had joined the story
    assert receiver.received == []
    pipeline.run_jobs()  # the job that died is delivered again first, then the rest
    assert len(receiver.received) == 5
    assert len(receiver.unique_ids()) == 5
