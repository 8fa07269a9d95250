"""Syndicated copies and the story so far, end to end: one alert per distinct piece, copies
folded into their original and listed, and a later piece's claims set against the story."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from harness import GAZA_WATCH, feeds_of, hook_sink, make_pipeline
from newsroom_corpus import build_corpus_newsroom
from pages import corpus_page
from yaml_writer import write_configs

from monitor.views.story import render_story
from workers.demo.newsroom import FeedEntry

WATCH = GAZA_WATCH


def syndicate(text: str, headline: str) -> str:
    """A wire copy: new headline, last paragraph dropped, a line of boilerplate added."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    return "\n\n".join([headline] + paragraphs[1:-1] + ["Distributed by the Wire Syndicate."])


@pytest.fixture
def world(tmp_path, redis_client, newsroom, receiver, corpus):
    site = build_corpus_newsroom(newsroom, corpus)
    copies = {
        "/aggregator/us-quits-gaza-talks": ("002", "US quits Gaza truce talks, blaming both "
                                            "sides for the deadlock"),
        "/aggregator/witkoff-teams-withdrawn": ("003", "Negotiating teams pulled from Gaza "
                                                "ceasefire talks, envoy blames Hamas"),
    }
    entries = []
    for path, (seed, headline) in copies.items():
        url = newsroom.url(path)
        newsroom.put(path, corpus_page(seed, syndicate(corpus[seed], headline), "outlet_b", url))
        entries.append(FeedEntry(title=headline, link=url + "?utm_source=agg", guid=url,
                                 summary="", published=datetime.now(UTC)))
    newsroom.put_feed("/aggregator/feed.rss", "rss", "Aggregator", entries)
    feeds = feeds_of(site)
    feeds.append({"id": "aggregator", "name": "The Aggregator",
                  "url": newsroom.url("/aggregator/feed.rss")})
    pipeline = make_pipeline(redis_client, write_configs(
        tmp_path, feeds=feeds, watches=[WATCH],
        sinks=[hook_sink(receiver)]))
    pipeline.poll_all()
    return pipeline, site, copies


def test_one_alert_per_distinct_piece_with_copies_folded(world, receiver):
    pipeline, site, copies = world
    assert len(receiver.received) == 5  # five pieces, not seven articles
    store = pipeline.ctx.articles
    assert store.count() == 7  # 5 pieces + 2 off-topic; the copies are not articles
    for path, (seed, _) in copies.items():
        original = pipeline.ctx.dedup.article_for_url(site.article_urls[seed])
        listed = [c["url"] for c in store.copies(original)]
        assert any(path in url for url in listed), (seed, listed)
        assert {c["source"] for c in store.copies(original)} == {"The Aggregator"}


def test_story_table_lists_pieces_and_copies(world):
    pipeline, _, _ = world
    table = render_story(pipeline.ctx.redis, "gaza-ceasefire")
    assert "5 pieces from 3 sources" in table
    assert [line.split()[0] for line in table.splitlines()].count("copy") == 2
    assert "The Aggregator" in table


def test_story_so_far_is_carried_by_each_alert(world, receiver):
    alerts = sorted((a.json["data"] for a in receiver.received),
                    key=lambda d: d["story"]["piece_number"])
    assert [d["story"]["piece_number"] for d in alerts] == [1, 2, 3, 4, 5]
    first_seen = {d["story"]["first_seen"] for d in alerts}
    assert len(first_seen) == 1  # one story, one beginning


def test_an_older_piece_seen_late_is_an_earlier_report(world, receiver):
    """004 (May: Hamas confirms talks, "progress has been made toward a ceasefire") is seen
    after the July pieces saying the talks collapsed: it differs from them because it is older,
    so its alert lists an earlier report, not a contradiction."""
    pipeline, site, _ = world
    by_url = {a.json["data"]["article"]["canonical_url"]: a.json["data"] for a in
              receiver.received}
    late = by_url[site.article_urls["004"]]
    assert late["story"]["piece_number"] == 5
    relations = {c["relation"] for c in late["claims_context"]}
    assert "contradiction" not in relations, late["claims_context"]
    earlier = next(c for c in late["claims_context"] if c["relation"] == "earlier_report")
    assert earlier["earlier_source"] and earlier["earlier_sentence"]


def test_a_later_piece_contradicts_an_older_one_seen_first(tmp_path, redis_client, site,
                                                          receiver):
    """The May piece (004, in the RDF feed) seen first: the July pieces after it say the talks
    collapsed, which contradicts its "progress has been made toward a ceasefire"."""
    rdf_first = sorted(feeds_of(site), key=lambda feed: feed["id"] != "rdf")
    make_pipeline(redis_client, write_configs(tmp_path, feeds=rdf_first, watches=[WATCH],
                                              sinks=[hook_sink(receiver)])).poll_all()
    contexts = [c for a in receiver.received for c in a.json["data"]["claims_context"]]
    against_may = [c for c in contexts if "progress has been made" in (c["earlier_sentence"]
                                                                        or "")]
    assert against_may, contexts
    assert {c["relation"] for c in against_may} == {"contradiction"}


def test_a_piece_blaming_both_sides_differs_from_one_blaming_hamas(world, receiver):
    """002 (the US cites the "unwillingness of parties to compromise") after 000/001 (the US
    blames Hamas). 002 was published the evening before them, so it is an earlier report that
    differs from theirs (and says how)."""
    _, site, _ = world
    by_url = {a.json["data"]["article"]["canonical_url"]: a.json["data"] for a in
              receiver.received}
    context = by_url[site.article_urls["002"]]["claims_context"]
    blame = [c for c in context if c["relation"] == "earlier_report"
             and "blames both sides" in c["detail"]]
    assert blame, context
    assert "Hamas" in blame[0]["earlier_sentence"]


def test_a_repeated_sentence_contradicts_an_earlier_claim_once(tmp_path, redis_client, site,
                                                               receiver):
    """000 repeats its headline sentence ~10 times (SEO spam); when it arrives after 002 its
    alert must not list the same contradiction once per repetition."""
    atom_first = sorted(feeds_of(site), key=lambda feed: feed["id"] != "atom")
    make_pipeline(redis_client, write_configs(tmp_path, feeds=atom_first, watches=[WATCH],
                                              sinks=[hook_sink(receiver)])).poll_all()
    by_url = {a.json["data"]["article"]["canonical_url"]: a.json["data"] for a in
              receiver.received}
    context = by_url[site.article_urls["000"]]["claims_context"]
    pointed = [(c["relation"], c["earlier_sentence"], c["detail"]) for c in context
               if c["relation"] != "new"]
    assert pointed, context
    assert len(pointed) == len(set(pointed)), pointed
