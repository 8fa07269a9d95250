"""Re-checks of unchanged pages cost nothing they need not: the first re-check already asks
conditionally (the validators of the first fetch are kept on the article), and a server that
ignores validators costs a download but no extraction when the bytes are the same. Own
fixtures (tests/data/own_story), real Redis and loopback HTTP; jobs run inline."""

from __future__ import annotations

import pytest
from harness import hook_sink, make_pipeline
from own_newsroom import FLOOD_WATCH, PIECES, build_own_newsroom, read_text
from yaml_writer import write_configs

from monitor.jobs.recheck import recheck_article

KEY = PIECES[0]


@pytest.fixture
def site(newsroom):
    return build_own_newsroom(newsroom)


@pytest.fixture
def pipeline(tmp_path, redis_client, site, receiver):
    return make_pipeline(redis_client, write_configs(
        tmp_path, feeds=site.feeds, watches=[FLOOD_WATCH], sinks=[hook_sink(receiver)]))


@pytest.fixture
def extractions(pipeline):
    """Counts the pipeline's page extractions after the first poll: the re-check job's."""
    calls = []
    real = pipeline.ctx.extract

    def counting(body, url):
        calls.append(url)
        return real(body, url)

    pipeline.ctx.extract = counting
    real_poll_all = pipeline.poll_all

    def poll_all():
        ran = real_poll_all()
        calls.clear()  # the item jobs' own extractions
        return ran

    pipeline.poll_all = poll_all
    return calls


def _serve_without_validators(newsroom, path: str) -> None:
    served = newsroom.resource(path, path)
    newsroom.put(path, served.body, served.content_type, etag=False)


def _article(pipeline, site):
    return pipeline.ctx.articles.get(pipeline.ctx.dedup.article_for_url(site.url(KEY)))


def test_the_first_recheck_of_an_unchanged_page_is_a_304(pipeline, site, newsroom,
                                                          extractions):
    pipeline.poll_all()
    article = _article(pipeline, site)
    assert article.etag and article.page_hash  # kept from the item job's fetch
    path = site.paths[KEY]
    assert newsroom.conditional_hits(path) == 0
    assert recheck_article(pipeline.ctx, article.id) == "not_modified"
    assert newsroom.conditional_hits(path) == 1
    assert extractions == []


def test_without_validators_unchanged_bytes_are_not_extracted(pipeline, site, newsroom,
                                                              extractions):
    for key in site.paths:
        _serve_without_validators(newsroom, site.paths[key])
    pipeline.poll_all()
    article = _article(pipeline, site)
    assert article.etag is None and article.page_hash
    assert recheck_article(pipeline.ctx, article.id) == "unchanged"
    assert recheck_article(pipeline.ctx, article.id) == "unchanged"
    assert extractions == []
    assert newsroom.hits(site.paths[KEY]) == 3  # downloaded each time: the server gives no 304
    assert pipeline.ctx.articles.get(article.id).version == 1


def test_without_validators_changed_bytes_are_still_read(pipeline, site, newsroom, receiver,
                                                         extractions):
    for key in site.paths:
        _serve_without_validators(newsroom, site.paths[key])
    pipeline.poll_all()
    article = _article(pipeline, site)
    site.publish(KEY, read_text(f"{KEY}.v2-number"))
    _serve_without_validators(newsroom, site.paths[KEY])
    assert recheck_article(pipeline.ctx, article.id) == "claims_changed"
    assert len(extractions) == 1
    assert recheck_article(pipeline.ctx, article.id) == "unchanged"  # the new bytes, kept
    assert len(extractions) == 1
    pipeline.run_jobs()  # the deliveries
    assert [a.event_type for a in receiver.received].count("article.claims_changed") == 1
