"""The core behaviour end to end on the project's own fixtures (tests/data/own_story, served by
tests/own_newsroom.py), so it is tested on every clone, with or without ../shared beside it:
feeds -> fetch -> extract -> dedup -> match -> signed webhooks; a wire copy folded into its
original; an edit that changes a number alerts once, a style-only edit stays silent.
Jobs run inline; Redis (embedded) and HTTP (loopback) are real."""

from __future__ import annotations

import pytest
from harness import hook_sink, make_pipeline
from own_newsroom import COPY, FLOOD_WATCH, OFFTOPIC, PIECES, build_own_newsroom, read_text
from yaml_writer import write_configs

from monitor.jobs.recheck import recheck_article
from monitor.state.neardup import NearDupIndex


@pytest.fixture
def site(newsroom):
    return build_own_newsroom(newsroom)


@pytest.fixture
def pipeline(tmp_path, redis_client, site, receiver):
    return make_pipeline(redis_client, write_configs(
        tmp_path, feeds=site.feeds, watches=[FLOOD_WATCH], sinks=[hook_sink(receiver)]))


def alerts(receiver, event: str) -> list[dict]:
    return [a.json for a in receiver.received if a.event_type == event]


def article_id(pipeline, site, key: str) -> str:
    found = pipeline.ctx.dedup.article_for_url(site.url(key))
    assert found, f"{key} was not stored"
    return found


def test_each_piece_gives_one_signed_new_alert_and_off_topic_none(pipeline, receiver, site):
    pipeline.poll_all()
    received = receiver.received
    assert len(received) == len(PIECES) == 3
    assert all(a.verified for a in received), [a.error for a in received]
    assert {a.event_type for a in received} == {"article.new"}
    assert len(receiver.unique_ids()) == 3
    urls = {a.json["data"]["article"]["canonical_url"] for a in received}
    assert urls == {site.url(key) for key in PIECES}
    for alert in received:
        data = alert.json["data"]
        assert data["watch"]["id"] == FLOOD_WATCH["id"]
        assert data["match"]["terms"], "the alert must say why it matched"
        assert data["article"]["title"] == site.titles[next(
            k for k in PIECES if site.url(k) == data["article"]["canonical_url"])]
    numbers = sorted(a.json["data"]["story"]["piece_number"] for a in received)
    assert numbers == [1, 2, 3]


def test_the_wire_copy_is_folded_into_its_original_without_an_alert(pipeline, receiver, site):
    pipeline.poll_all()
    assert len(alerts(receiver, "article.new")) == 3  # three pieces, not four
    store = pipeline.ctx.articles
    assert store.count() == len(PIECES) + len(OFFTOPIC)  # the copy is not an article
    original = article_id(pipeline, site, PIECES[0])
    listed = [c["url"] for c in store.copies(original)]
    assert any(site.paths[COPY] in url for url in listed), listed


def test_polling_again_sends_nothing_more(pipeline, receiver):
    pipeline.poll_all()
    pipeline.poll_all()  # the feeds answer 304
    pipeline.ctx.redis.delete(*pipeline.ctx.redis.keys("*feed:*"))  # no ETags: full bodies
    pipeline.poll_all()  # the same items again: recognised, nothing fetched or alerted
    assert len(receiver.received) == 3


def test_an_edit_changing_a_number_gives_one_claims_changed_alert(pipeline, receiver, site):
    pipeline.poll_all()
    key = PIECES[0]
    site.publish(key, read_text(f"{key}.v2-number"))
    assert recheck_article(pipeline.ctx, article_id(pipeline, site, key)) == "claims_changed"
    pipeline.run_jobs()  # deliveries
    [alert] = alerts(receiver, "article.claims_changed")
    assert receiver.received[-1].verified
    data = alert["data"]
    assert (data["from_version"], data["to_version"]) == (1, 2)
    number = [c for c in data["changes"] if c["type"] == "number_changed"]
    assert len(number) == 1, data["changes"]
    assert "1,200" in number[0]["before"] and "1,450" in number[0]["after"]
    assert "[-1,200-]" in number[0]["word_diff"] and "{+1,450+}" in number[0]["word_diff"]
    # checking again: the page answers 304, nothing new, still one alert
    assert recheck_article(pipeline.ctx, article_id(pipeline, site, key)) == "not_modified"
    pipeline.run_jobs()
    assert len(alerts(receiver, "article.claims_changed")) == 1


def test_a_style_only_edit_is_a_version_without_an_alert(pipeline, receiver, site):
    pipeline.poll_all()
    key = PIECES[0]
    site.publish(key, read_text(f"{key}.v2-style"))
    found = article_id(pipeline, site, key)
    assert recheck_article(pipeline.ctx, found) == "style_only"
    pipeline.run_jobs()
    article = pipeline.ctx.articles.get(found)
    assert (article.version, article.compared_version) == (2, 2)
    assert alerts(receiver, "article.claims_changed") == []
    assert len(receiver.received) == 3


def test_the_fixtures_edit_what_they_say():
    original = read_text("barrier-fails")
    assert read_text("barrier-fails.v2-number") == original.replace("1,200", "1,450")
    style = read_text("barrier-fails.v2-style")
    assert style != original and "begining" not in style and "1,200" in style


# --- dedup on the same fixtures, without the pipeline around it -------------------------------


def test_near_duplicates_fold_the_copy_and_keep_distinct_pieces_apart(redis_client):
    index = NearDupIndex(redis_client)
    for key in (*PIECES, *OFFTOPIC):
        assert index.find_original(read_text(key)) is None, f"{key} taken for a copy"
        index.add(key, read_text(key))
    assert index.find_original(read_text(COPY)) == PIECES[0]
    assert index.find_original(read_text(f"{PIECES[0]}.v2-number")) == PIECES[0]
