"""The story read model (monitor.views.storyview): one story read from the state stores after
the real pipeline ran on loopback fixtures (jobs inline, Redis embedded), as the story page and
the read API serve it."""

from __future__ import annotations

import json

import pytest
from harness import GAZA_WATCH, feeds_of, hook_sink, make_pipeline
from newsroom_corpus import TEMPLATES, build_corpus_newsroom
from own_newsroom import COPY, FLOOD_WATCH, PIECES, build_own_newsroom
from pages import corpus_page
from yaml_writer import write_configs

from monitor.claims import Claim, make_claim
from monitor.jobs.recheck import recheck_article
from monitor.state import keys
from monitor.views.storyview import Limits, diff_parts, list_stories, read_story
from monitor.views.storyview.subjects import subject_of

# --- the project's own story (runs on every clone) -------------------------------------------


@pytest.fixture
def own(tmp_path, redis_client, newsroom, receiver):
    site = build_own_newsroom(newsroom)
    pipeline = make_pipeline(redis_client, write_configs(
        tmp_path, feeds=site.feeds, watches=[FLOOD_WATCH], sinks=[hook_sink(receiver)]))
    pipeline.poll_all()
    return pipeline, site


def edit(pipeline, site, key: str, version: str) -> str:
    site.publish(key, site.text(version))
    article_id = pipeline.ctx.dedup.article_for_url(site.url(key))
    assert recheck_article(pipeline.ctx, article_id) in ("claims_changed", "style_only")
    return article_id


def test_pieces_in_time_order_with_sources_copies_and_versions(own):
    pipeline, site = own
    view = read_story(pipeline.ctx.redis, FLOOD_WATCH["id"], title=FLOOD_WATCH["title"])
    assert view.title == "Tallis flood barrier"
    assert view.piece_count == 3 and len(view.pieces) == 3
    assert {p.url for p in view.pieces} == {site.url(k) for k in PIECES}
    assert [p.title for p in view.pieces] == [site.titles[k] for k in PIECES]  # published order
    assert set(view.sources) == {"Riverside Courier", "Northgate Post"}
    first = view.pieces[0]
    assert first.source == "Riverside Courier"
    [copy] = first.copies  # the wire copy, folded into its original
    assert copy.source == "The Aggregator" and copy.url == site.url(COPY)
    assert [v.n for v in first.versions] == [1] and first.changes == ()
    assert view.omitted == {}


def test_a_claim_change_shows_before_after_and_word_diff(own):
    pipeline, site = own
    edit(pipeline, site, "barrier-fails", "barrier-fails.v2-number")
    view = read_story(pipeline.ctx.redis, FLOOD_WATCH["id"])
    piece = next(p for p in view.pieces if p.url == site.url("barrier-fails"))
    assert [v.n for v in piece.versions] == [1, 2] and piece.version_count == 2
    [step] = piece.changes
    assert (step.from_version, step.to_version, step.computed_on_read) == (1, 2, False)
    change = next(c for c in step.changes if c.type == "number_changed")
    assert "1,200" in change.before and "1,450" in change.after
    assert ("del", "1,200") in change.parts and ("ins", "1,450") in change.parts
    assert "1,450" in step.summary


def test_a_style_only_edit_is_a_version_without_changes(own):
    pipeline, site = own
    edit(pipeline, site, "barrier-fails", "barrier-fails.v2-style")
    piece = next(p for p in read_story(pipeline.ctx.redis, FLOOD_WATCH["id"]).pieces
                 if p.url == site.url("barrier-fails"))
    [step] = piece.changes
    assert step.to_version == 2 and step.changes == () and piece.claim_changes == 0


def test_versions_compared_before_the_log_existed_are_compared_on_read(own):
    pipeline, site = own
    article_id = edit(pipeline, site, "barrier-fails", "barrier-fails.v2-number")
    pipeline.ctx.redis.delete(keys.article_changes(article_id))  # as stored by an older newsmon
    view = read_story(pipeline.ctx.redis, FLOOD_WATCH["id"])
    [step] = next(p for p in view.pieces if p.article_id == article_id).changes
    assert step.computed_on_read and "number_changed" in {c.type for c in step.changes}
    none_left = read_story(pipeline.ctx.redis, FLOOD_WATCH["id"],
                           limits=Limits(computed_comparisons=0))
    assert next(p for p in none_left.pieces if p.article_id == article_id).changes == ()
    assert none_left.omitted == {"comparisons": 1}


def test_recorded_changes_go_with_the_article(own):
    pipeline, site = own
    article_id = edit(pipeline, site, "barrier-fails", "barrier-fails.v2-number")
    assert pipeline.ctx.redis.exists(keys.article_changes(article_id))
    pipeline.ctx.articles.forget(article_id)
    assert not pipeline.ctx.redis.exists(keys.article_changes(article_id))
    view = read_story(pipeline.ctx.redis, FLOOD_WATCH["id"])
    assert article_id not in {p.article_id for p in view.pieces}
    assert view.omitted == {"pieces": 1}  # listed by the story, forgotten by retention


def test_the_page_is_bounded_and_says_what_it_left_out(own):
    pipeline, _ = own
    view = read_story(pipeline.ctx.redis, FLOOD_WATCH["id"],
                      limits=Limits(pieces=2, claims_per_subject=1, subjects=2))
    assert [p.number for p in sorted(view.pieces, key=lambda p: p.number)] == [2, 3]
    assert view.piece_count == 3 and view.omitted["pieces"] == 1
    assert len(view.subjects) == 2 and all(len(g.claims) == 1 for g in view.subjects)
    assert view.omitted["subjects"] > 0 and view.omitted["claims"] > 0


def test_to_dict_is_plain_json(own):
    pipeline, site = own
    edit(pipeline, site, "barrier-fails", "barrier-fails.v2-number")
    data = read_story(pipeline.ctx.redis, FLOOD_WATCH["id"]).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["watch_id"] == "tallis-flood" and data["piece_count"] == 3
    piece = next(p for p in data["pieces"] if p["changes"])
    assert piece["first_seen"].endswith("Z") and piece["changes"][0]["to_version"] == 2
    assert {c["relation"] for g in data["subjects"] for c in g["claims"]} <= {
        "new", "update", "contradiction", "earlier_report", "repeat"}


def test_story_list_counts_and_last_activity(own, redis_client):
    pipeline, _ = own
    watchlist = pipeline.ctx.watches.current().watchlist
    [summary] = list_stories(redis_client, watchlist)
    assert (summary.watch_id, summary.title, summary.pieces) == (
        "tallis-flood", "Tallis flood barrier", 3)
    assert set(summary.sources) == {"Riverside Courier", "Northgate Post"}
    assert summary.last_activity >= summary.first_seen > 0
    assert list_stories(redis_client, None) == []


def test_an_unknown_story_reads_empty(redis_client):
    view = read_story(redis_client, "no-such-watch")
    assert view.pieces == () and view.piece_count == 0 and view.subjects == ()


# --- pure parts -----------------------------------------------------------------------------


@pytest.mark.parametrize("diff, parts", [
    ("over [-35,000-] {+36,000+} dead", [("same", "over "), ("del", "35,000"), ("same", " "),
                                         ("ins", "36,000"), ("same", " dead")]),
    ("{+A whole sentence added.+}", [("ins", "A whole sentence added.")]),
    ("[-gone-]", [("del", "gone")]),
    ("a [- b", [("same", "a [- b")]),  # only looks like a marker
    ("", []),
])
def test_word_diff_parts(diff, parts):
    assert diff_parts(diff) == parts


@pytest.mark.parametrize("sentence, key", [
    ("The ongoing conflict has left over 35,000 Palestinians dead, officials said.",
     "figure:death toll"),
    ('"We will not stop until the job is done," said Defence Minister Yoav Gallant.',
     "speaker:defence minister yoav gallant"),
    ("The ceasefire talks collapsed on Friday after the delegations left Doha.",
     "status:continuity"),
])
def test_what_a_claim_is_about(sentence, key):
    assert subject_of(make_claim(sentence)).key == key


# --- the corpus story ------------------------------------------------------------------------


@pytest.fixture
def gaza(tmp_path, redis_client, newsroom, receiver, corpus):
    site = build_corpus_newsroom(newsroom, corpus)
    pipeline = make_pipeline(redis_client, write_configs(
        tmp_path, feeds=feeds_of(site), watches=[GAZA_WATCH], sinks=[hook_sink(receiver)]))
    pipeline.poll_all()
    return pipeline, site


def test_the_may_piece_seen_late_differs_as_an_earlier_report(gaza):
    pipeline, site = gaza
    view = read_story(pipeline.ctx.redis, "gaza-ceasefire")
    assert len(view.pieces) == 5
    may = view.pieces[0]  # published first, seen last
    assert may.canonical_url == site.article_urls["004"] and may.number == 5
    against_may = [d for d in view.disagreements if d.earlier.piece == may.number]
    assert against_may and all(d.earlier_report for d in against_may)
    assert any("progress has been made" in d.earlier.sentence for d in against_may)
    relations = {c.relation for g in view.subjects for c in g.claims if c.claim.piece == 5}
    assert "earlier_report" in relations and "contradiction" not in relations


def test_july_pieces_seen_after_the_may_one_contradict_it(tmp_path, redis_client, site,
                                                          receiver):
    rdf_first = sorted(feeds_of(site), key=lambda feed: feed["id"] != "rdf")
    pipeline = make_pipeline(redis_client, write_configs(
        tmp_path, feeds=rdf_first, watches=[GAZA_WATCH], sinks=[hook_sink(receiver)]))
    pipeline.poll_all()
    view = read_story(pipeline.ctx.redis, "gaza-ceasefire")
    may = view.pieces[0]
    assert may.number == 1
    against_may = [d for d in view.disagreements if d.earlier.piece == 1]
    assert against_may and not any(d.earlier_report for d in against_may)
    assert {d.kind for d in against_may} == {"contradiction"}


def test_corpus_edit_is_on_its_piece(gaza, newsroom, corpus):
    pipeline, site = gaza
    text = corpus["000"].replace("over 35,000 Palestinians", "over 36,000 Palestinians")
    newsroom.put(site.article_paths["000"],
                 corpus_page("000", text, TEMPLATES["000"], site.article_urls["000"]))
    article_id = pipeline.ctx.dedup.article_for_url(site.article_urls["000"])
    assert recheck_article(pipeline.ctx, article_id) == "claims_changed"
    piece = next(p for p in read_story(pipeline.ctx.redis, "gaza-ceasefire").pieces
                 if p.article_id == article_id)
    [change] = [c for step in piece.changes for c in step.changes]
    assert change.type == "number_changed" and "[-35,000-]" in change.word_diff


def test_a_ledger_kept_before_relations_were_is_related_on_read_alike(gaza):
    """Entries written by an older newsmon carry no `met`: the page relates them again, and
    says the same as from the kept relations."""
    pipeline, _ = gaza
    client = pipeline.ctx.redis
    kept = read_story(client, "gaza-ceasefire")
    key = keys.ledger_entries("gaza-ceasefire")
    for entry_id, raw in client.hgetall(key).items():
        entry = json.loads(raw)
        assert "met" in entry or not Claim.from_dict(entry["claim"]).frame.anchored
        entry.pop("met", None)
        client.hset(key, entry_id, json.dumps(entry))
    again = read_story(client, "gaza-ceasefire")
    assert again.disagreements == kept.disagreements
    assert again.subjects == kept.subjects
