"""Re-checks of unchanged pages cost nothing they need not: the first re-check already asks
conditionally (the validators of the first fetch are kept on the article), and a server that
ignores validators costs a download but no extraction when the bytes are the same. Own
fixtures (tests/data/own_story), real Redis and loopback HTTP; jobs run inline."""

from __future__ import annotations

import pytest
from own_newsroom import PIECES, read_text

from monitor.jobs.recheck import recheck_article

KEY = PIECES[0]


@pytest.fixture
def extractions(own_pipeline):
    """Counts the pipeline's page extractions after the first poll: the re-check job's."""
    calls = []
    real = own_pipeline.ctx.extract

    def counting(body, url):
        calls.append(url)
        return real(body, url)

    own_pipeline.ctx.extract = counting
    real_poll_all = own_pipeline.poll_all

    def poll_all():
        ran = real_poll_all()
        calls.clear()  # the item jobs' own extractions
        return ran

    own_pipeline.poll_all = poll_all
    return calls


def _serve_without_validators(newsroom, path: str) -> None:
    served = newsroom.resource(path, path)
    newsroom.put(path, served.body, served.content_type, etag=False)


def _article(own_pipeline, own_site):
    return own_pipeline.ctx.articles.get(own_pipeline.ctx.dedup.article_for_url(own_site.url(KEY)))


def test_the_first_recheck_of_an_unchanged_page_is_a_304(own_pipeline, own_site, newsroom,
                                                          extractions):
    own_pipeline.poll_all()
    article = _article(own_pipeline, own_site)
    assert article.etag and article.page_hash  # kept from the item job's fetch
    path = own_site.paths[KEY]
    assert newsroom.conditional_hits(path) == 0
    assert recheck_article(own_pipeline.ctx, article.id) == "not_modified"
    assert newsroom.conditional_hits(path) == 1
    assert extractions == []


def test_without_validators_unchanged_bytes_are_not_extracted(own_pipeline, own_site, newsroom,
                                                              extractions):
    for key in own_site.paths:
        _serve_without_validators(newsroom, own_site.paths[key])
    own_pipeline.poll_all()
    article = _article(own_pipeline, own_site)
    assert article.etag is None and article.page_hash
    assert recheck_article(own_pipeline.ctx, article.id) == "unchanged"
    assert recheck_article(own_pipeline.ctx, article.id) == "unchanged"
    assert extractions == []
    assert newsroom.hits(own_site.paths[KEY]) == 3  # downloaded each time: the server gives no 304
    assert own_pipeline.ctx.articles.get(article.id).version == 1


def test_without_validators_changed_bytes_are_still_read(own_pipeline, own_site, newsroom, receiver,
                                                         extractions):
    for key in own_site.paths:
        _serve_without_validators(newsroom, own_site.paths[key])
    own_pipeline.poll_all()
    article = _article(own_pipeline, own_site)
    own_site.publish(KEY, read_text(f"{KEY}.v2-number"))
    _serve_without_validators(newsroom, own_site.paths[KEY])
    assert recheck_article(own_pipeline.ctx, article.id) == "claims_changed"
    assert len(extractions) == 1
    assert recheck_article(own_pipeline.ctx, article.id) == "unchanged"  # the new bytes, kept
    assert len(extractions) == 1
    own_pipeline.run_jobs()  # the deliveries
    assert [a.event_type for a in receiver.received].count("article.claims_changed") == 1
