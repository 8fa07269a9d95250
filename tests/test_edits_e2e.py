"""Edits end to end: a watched corpus article is edited on the loopback server; the edit check
re-fetches it and exactly one correct `article.claims_changed` webhook goes out — or none, for
style-only edits and partial pages. Jobs run inline; Redis and HTTP are real."""

from __future__ import annotations

from datetime import UTC

import pytest
from harness import GAZA_WATCH, WorkerKilled, die_on_call, feeds_of, hook_sink, make_pipeline
from newsroom_corpus import TEMPLATES, build_corpus_newsroom
from pages import corpus_page
from yaml_writer import write_configs

from monitor.state import keys

WATCH = GAZA_WATCH
QUOTE = ('\n\n"We are ready to return to the table within days," a spokesperson for Qatar\'s '
         "foreign ministry told reporters in Doha.")


@pytest.fixture
def world(tmp_path, redis_client, newsroom, receiver, corpus):
    site = build_corpus_newsroom(newsroom, corpus)
    pipeline = make_pipeline(redis_client, write_configs(
        tmp_path,
        feeds=feeds_of(site),
        watches=[WATCH],
        sinks=[hook_sink(receiver)]))
    pipeline.poll_all()
    assert len(receiver.received) == 5
    return pipeline, site


def edit_and_recheck(world, newsroom, corpus, seed, edit) -> str:
    """Serve an edited version of `seed`'s page, run its edit check, return what happened."""
    pipeline, site = world
    text = edit(corpus[seed])
    assert text != corpus[seed], "the edit did not apply"
    url = site.article_urls[seed]
    newsroom.put(site.article_paths[seed], corpus_page(seed, text, TEMPLATES[seed], url))
    article_id = pipeline.ctx.dedup.article_for_url(url)
    from monitor.jobs.recheck import recheck_article

    return recheck_article(pipeline.ctx, article_id)


def claims_alerts(receiver) -> list[dict]:
    return [a.json for a in receiver.received if a.event_type == "article.claims_changed"]


def test_watched_articles_get_edit_checks_scheduled(world):
    pipeline, _ = world
    due = pipeline.ctx.redis.zrange(keys.REFETCH_DUE, 0, -1, withscores=True)
    assert len(due) == 5  # the five matched pieces; off-topic pieces are not watched
    first = pipeline.ctx.settings.edits.recheck_schedule[0]
    for article_id, when in due:
        article = pipeline.ctx.articles.get(article_id.decode())
        assert when == pytest.approx(article.first_seen + first)


def test_death_toll_change_and_added_quote_give_one_correct_alert(world, newsroom, corpus,
                                                                  receiver):
    outcome = edit_and_recheck(world, newsroom, corpus, "000", lambda t: t.replace(
        "over 35,000 Palestinians", "over 36,000 Palestinians").replace(
        "and displaced hundreds of thousands more.",
        "and displaced hundreds of thousands more." + QUOTE, 1))
    pipeline, _ = world
    pipeline.run_jobs()  # deliveries
    assert outcome == "claims_changed"
    [alert] = claims_alerts(receiver)
    data = alert["data"]
    assert (data["from_version"], data["to_version"]) == (1, 2)
    types = {c["type"] for c in data["changes"]}
    assert "number_changed" in types and "quote_added" in types, data["changes"]
    number = next(c for c in data["changes"] if c["type"] == "number_changed")
    assert "35,000" in number["before"] and "36,000" in number["after"]
    assert "[-35,000-]" in number["word_diff"] and "{+36,000+}" in number["word_diff"]
    assert "35,000" in data["summary"] and "36,000" in data["summary"]
    assert receiver.received[-1].verified
    # one version, one alert: checking again finds nothing new
    assert edit_and_recheck(world, newsroom, corpus, "000", lambda t: t.replace(
        "over 35,000 Palestinians", "over 36,000 Palestinians").replace(
        "and displaced hundreds of thousands more.",
        "and displaced hundreds of thousands more." + QUOTE, 1)) == "not_modified"  # same bytes
    pipeline.run_jobs()
    assert len(claims_alerts(receiver)) == 1


@pytest.mark.parametrize("seed, edit, expected", [
    ("001", lambda t: t.replace("talks in Gaza have collapsed", "talks in Gaza have resumed"),
     "polarity_flipped"),
    ("003", lambda t: t.replace("Over 6,000 aid trucks", "Over 7,500 aid trucks"),
     "number_changed"),
    ("002", lambda t: t.replace("more than 70% of Gaza", "nearly 70% of Gaza"),
     "qualifier_changed"),
])
def test_other_claim_changes_alert(world, newsroom, corpus, receiver, seed, edit, expected):
    assert edit_and_recheck(world, newsroom, corpus, seed, edit) == "claims_changed"
    world[0].run_jobs()
    [alert] = claims_alerts(receiver)
    assert expected in {c["type"] for c in alert["data"]["changes"]}


@pytest.mark.parametrize("edit, expected, version", [
    # The extracted text is identical: the page changed outside the article text.
    pytest.param(lambda t: t.replace("Categories America", "Categories World"),
                 "unchanged", 1, id="page-furniture"),
    pytest.param(lambda t: t.replace("Trump fires back at reports", "Trump hits back at reports"),
                 "unchanged", 1, id="teaser"),
    pytest.param(lambda t: t.replace("In a dramatic turn of events, ",
                                     "In a dramatic turn of events,  "),
                 "unchanged", 1, id="double-space"),
    # The extracted text differs only where the content hash normalises (curly vs straight
    # quotes): the same content, so no new version and nothing to compare.
    pytest.param(lambda t: t.replace("’", "'").replace("“", '"').replace("”", '"'),
                 "unchanged", 1, id="quote-marks"),
    # The text really changed: a new version, compared, and no claim changed.
    pytest.param(lambda t: t.replace("In a dramatic turn of events, ",
                                     "In a surprising turn of events, "),
                 "style_only", 2, id="reworded-phrase"),
    pytest.param(lambda t: t.replace("Egyptian, Qatari, and Israeli",
                                     "Egyptian, Qatari and Israeli"),
                 "style_only", 2, id="serial-comma"),
])
def test_style_only_edits_stay_silent(world, newsroom, corpus, receiver, edit, expected, version):
    outcome = edit_and_recheck(world, newsroom, corpus, "000", edit)
    world[0].run_jobs()
    assert outcome == expected
    pipeline, site = world
    article = pipeline.ctx.articles.get(pipeline.ctx.dedup.article_for_url(site.article_urls["000"]))
    assert (article.version, article.compared_version) == (version, version)
    assert claims_alerts(receiver) == []


def test_paywall_page_is_not_a_version(world, newsroom, corpus, receiver):
    pipeline, site = world
    newsroom.put(site.article_paths["000"], "<html><body><article><h1>Subscribe</h1><p>This "
                 "article is for subscribers only. Subscribe to continue reading our "
                 "independent journalism on the Middle East and the world, from as little "
                 "as one dollar a week.</p></article></body></html>")
    article_id = pipeline.ctx.dedup.article_for_url(site.article_urls["000"])
    from monitor.jobs.recheck import recheck_article

    assert recheck_article(pipeline.ctx, article_id) == "rejected"
    pipeline.run_jobs()
    assert claims_alerts(receiver) == []
    assert pipeline.ctx.articles.get(article_id).version == 1
    assert "rejected" in pipeline.ctx.articles.get(article_id).last_error


@pytest.mark.parametrize("change", ["updated", "summary"])
def test_feed_announcing_a_change_triggers_a_check(world, newsroom, change):
    pipeline, site = world
    from datetime import datetime

    from workers.demo.newsroom import FeedEntry

    article_id = pipeline.ctx.dedup.article_for_url(site.article_urls["004"])
    pipeline.ctx.redis.zrem(keys.REFETCH_DUE, article_id)
    pipeline.poll_all()  # unchanged feeds: nothing is scheduled
    assert pipeline.ctx.redis.zscore(keys.REFETCH_DUE, article_id) is None
    feed = site.feed_paths["rdf"]
    body = newsroom.resource(feed, feed).body.decode()
    entry = FeedEntry(title=site.titles["004"], link=site.tracked_link, guid=site.tracked_link,
                      summary="Talks are said to be moving again.",
                      published=datetime(2025, 5, 11, tzinfo=UTC),
                      updated=datetime.now(UTC) if change == "updated" else None)
    assert site.tracked_link.replace("&", "&amp;") in body
    newsroom.put_feed(feed, "rdf", "Wire", [entry])
    ran = pipeline.poll_all()
    assert "process_item" not in [name for name, _ in ran]  # the same entry, known already
    assert pipeline.ctx.redis.zscore(keys.REFETCH_DUE, article_id) is not None


def test_an_edit_check_that_dies_before_its_alert_alerts_on_redelivery(world, newsroom, corpus,
                                                                       receiver, monkeypatch):
    """The new version was stored, then the worker died before the alert was recorded; the
    redelivered job sees the same page again and must still send the one alert."""
    from monitor.jobs.recheck import recheck_article
    from monitor.state.outbox import Outbox

    die_on_call(monkeypatch, Outbox, "emit")
    pipeline, site = world
    with pytest.raises(WorkerKilled):
        edit_and_recheck(world, newsroom, corpus, "003", lambda t: t.replace(
            "Over 6,000 aid trucks", "Over 7,500 aid trucks"))
    article_id = pipeline.ctx.dedup.article_for_url(site.article_urls["003"])
    assert pipeline.ctx.articles.get(article_id).version == 2  # stored before it died
    assert recheck_article(pipeline.ctx, article_id) == "claims_changed"  # redelivered
    pipeline.run_jobs()
    [alert] = claims_alerts(receiver)
    assert alert["data"]["to_version"] == 2
    assert recheck_article(pipeline.ctx, article_id) == "not_modified"  # validators were saved
    pipeline.run_jobs()
    assert len(claims_alerts(receiver)) == 1
