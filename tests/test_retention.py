"""Retention: old articles are forgotten, and forgetting never makes an old item new again."""

from __future__ import annotations

import time

from harness import GAZA_WATCH, feeds_of, hook_sink, make_pipeline
from yaml_writer import write_configs

from monitor.jobs.retention import forget_expired
from monitor.state import keys


def test_expired_articles_are_forgotten_without_realerting(tmp_path, redis_client, site,
                                                           receiver):
    pipeline = make_pipeline(redis_client, write_configs(
        tmp_path, feeds=feeds_of(site), watches=[GAZA_WATCH], sinks=[hook_sink(receiver)],
        extra={"retention": {"articles": "30d"}}))
    pipeline.poll_all()
    ids = pipeline.ctx.articles.ids()
    assert len(ids) == 7 and len(receiver.received) == 5
    assert forget_expired(pipeline.ctx) == 0  # nothing is 30 days old yet
    memory_before = redis_client.info("memory")["used_memory"]

    assert forget_expired(pipeline.ctx, now=time.time() + 31 * 86400) == 7
    assert pipeline.ctx.articles.count() == 0
    assert all(pipeline.ctx.articles.get(i) is None for i in ids)
    assert all(i not in pipeline.ctx.neardup for i in ids)
    assert redis_client.zcard(keys.REFETCH_DUE) == 0
    assert redis_client.info("memory")["used_memory"] < memory_before

    # the feeds still list the old items: they are recognised, nothing is fetched or alerted
    redis_client.delete(*redis_client.keys(keys.PREFIX + "feed:*"))  # no ETags: full bodies
    redis_client.delete(*redis_client.keys(keys.item_queued("*")))  # an hour later, say
    ran = pipeline.poll_all()
    assert "process_item" not in [name for name, _ in ran]
    assert len(receiver.received) == 5


def test_retention_can_be_switched_off(tmp_path, redis_client, site):
    pipeline = make_pipeline(redis_client, write_configs(
        tmp_path, feeds=feeds_of(site), watches=[], extra={"retention": {"articles": None}}))
    pipeline.poll_all()
    assert forget_expired(pipeline.ctx, now=time.time() + 10 * 365 * 86400) == 0
    assert pipeline.ctx.articles.count() == 7
