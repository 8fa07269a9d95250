"""The core behaviour end to end on the project's own fixtures (tests/data/own_story, served by
tests/own_newsroom.py), so it is tested on every clone, with or without ../shared beside it:
feeds -> fetch -> extract -> dedup -> match -> signed webhooks; a wire copy folded into its
original; an edit that changes a number alerts once, a style-only edit stays silent.
Jobs run inline; Redis (embedded) and HTTP (loopback) are real."""

from __future__ import annotations

from own_newsroom import COPY, FLOOD_WATCH, OFFTOPIC, PIECES, read_text

from monitor.jobs.recheck import recheck_article
from monitor.state.neardup import NearDupIndex


def alerts(receiver, event: str) -> list[dict]:
    return [a.json for a in receiver.received if a.event_type == event]


def article_id(own_pipeline, own_site, key: str) -> str:
    found = own_pipeline.ctx.dedup.article_for_url(own_site.url(key))
    assert found, f"{key} was not stored"
    return found


def test_each_piece_gives_one_signed_new_alert_and_off_topic_none(own_pipeline, receiver, own_site):
    own_pipeline.poll_all()
    received = receiver.received
    assert len(received) == len(PIECES) == 3
    assert all(a.verified for a in received), [a.error for a in received]
    assert {a.event_type for a in received} == {"article.new"}
    assert len(receiver.unique_ids()) == 3
    urls = {a.json["data"]["article"]["canonical_url"] for a in received}
    assert urls == {own_site.url(key) for key in PIECES}
    for alert in received:
        data = alert.json["data"]
        assert data["watch"]["id"] == FLOOD_WATCH["id"]
        assert data["match"]["terms"], "the alert must say why it matched"
        assert data["article"]["title"] == own_site.titles[next(
            k for k in PIECES if own_site.url(k) == data["article"]["canonical_url"])]
    numbers = sorted(a.json["data"]["story"]["piece_number"] for a in received)
    assert numbers == [1, 2, 3]


def test_the_wire_copy_is_folded_into_its_original_without_an_alert(own_pipeline, receiver,
                                                                    own_site):
    own_pipeline.poll_all()
    assert len(alerts(receiver, "article.new")) == 3  # three pieces, not four
    store = own_pipeline.ctx.articles
    assert store.count() == len(PIECES) + len(OFFTOPIC)  # the copy is not an article
    original = article_id(own_pipeline, own_site, PIECES[0])
    listed = [c["url"] for c in store.copies(original)]
    assert any(own_site.paths[COPY] in url for url in listed), listed


def test_polling_again_sends_nothing_more(own_pipeline, receiver):
    own_pipeline.poll_all()
    own_pipeline.poll_all()  # the feeds answer 304
    own_pipeline.ctx.redis.delete(*own_pipeline.ctx.redis.keys("*feed:*"))  # no ETags: full bodies
    own_pipeline.poll_all()  # the same items again: recognised, nothing fetched or alerted
    assert len(receiver.received) == 3


def test_an_edit_changing_a_number_gives_one_claims_changed_alert(own_pipeline, receiver, own_site):
    own_pipeline.poll_all()
    key = PIECES[0]
    own_site.publish(key, read_text(f"{key}.v2-number"))
    found = article_id(own_pipeline, own_site, key)
    assert recheck_article(own_pipeline.ctx, found) == "claims_changed"
    own_pipeline.run_jobs()  # deliveries
    [alert] = alerts(receiver, "article.claims_changed")
    assert receiver.received[-1].verified
    data = alert["data"]
    assert (data["from_version"], data["to_version"]) == (1, 2)
    number = [c for c in data["changes"] if c["type"] == "number_changed"]
    assert len(number) == 1, data["changes"]
    assert "1,200" in number[0]["before"] and "1,450" in number[0]["after"]
    assert "[-1,200-]" in number[0]["word_diff"] and "{+1,450+}" in number[0]["word_diff"]
    # checking again: the page answers 304, nothing new, still one alert
    assert recheck_article(own_pipeline.ctx, found) == "not_modified"
    own_pipeline.run_jobs()
    assert len(alerts(receiver, "article.claims_changed")) == 1


def test_a_style_only_edit_is_a_version_without_an_alert(own_pipeline, receiver, own_site):
    own_pipeline.poll_all()
    key = PIECES[0]
    own_site.publish(key, read_text(f"{key}.v2-style"))
    found = article_id(own_pipeline, own_site, key)
    assert recheck_article(own_pipeline.ctx, found) == "style_only"
    own_pipeline.run_jobs()
    article = own_pipeline.ctx.articles.get(found)
    assert (article.version, article.compared_version) == (2, 2)
    assert alerts(receiver, "article.claims_changed") == []
    assert len(receiver.received) == 3


def test_the_fixtures_edit_what_they_say():
    original = read_text("barrier-fails")
    assert read_text("barrier-fails.v2-number") == original.replace("1,200", "1,450")
    style = read_text("barrier-fails.v2-style")
    assert style != original and "begining" not in style and "1,200" in style


# --- dedup on the same fixtures, without the pipeline around it ---------------------------


def test_near_duplicates_fold_the_copy_and_keep_distinct_pieces_apart(redis_client):
    index = NearDupIndex(redis_client)
    for key in (*PIECES, *OFFTOPIC):
        assert index.find_original(read_text(key)) is None, f"{key} taken for a copy"
        index.add(key, read_text(key))
    assert index.find_original(read_text(COPY)) == PIECES[0]
    assert index.find_original(read_text(f"{PIECES[0]}.v2-number")) == PIECES[0]
