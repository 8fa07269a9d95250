"""The fourteen real-world feed files of ../shared/corpus/feeds, served over HTTP on loopback and
polled by the pipeline: encodings, relative links, media elements and broken XML must all come
through as items (or a recorded problem), never as a crash. Items are only enqueued here: their
links point at real publishers, and tests never leave the machine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import CORPUS_FEEDS
from harness import make_pipeline
from yaml_writer import write_configs

from monitor.jobs.polls import poll_feed

pytestmark = pytest.mark.requires_corpus  # the feed files are ../shared/corpus/feeds

EXPECTED = json.loads((Path(__file__).parent / "data" / "feeds" / "expected.json").read_text())
CONTENT_TYPES = {"atom": "application/atom+xml", "rss": "application/rss+xml"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_feed_polled_over_http(name, tmp_path, redis_client, newsroom):
    body = (CORPUS_FEEDS / name).read_bytes()
    # No charset in the header: the XML declaration must decide (ISO-8859-1 feeds among them).
    newsroom.put(f"/{name}", body, content_type=CONTENT_TYPES[name.split("_")[0]])
    pipeline = make_pipeline(redis_client, write_configs(
        tmp_path, feeds=[{"id": "real", "url": newsroom.url(f"/{name}")}], watches=[]))
    enqueued = poll_feed(pipeline.ctx, "real")
    expected = EXPECTED[name]
    items = [args[2] for job, args in pipeline.jobs.queue if job.startswith("process_item")]
    assert enqueued == len(items) == len(expected["items"])
    assert [i["title"] for i in items] == [i["title"] for i in expected["items"]]
    assert all(i["link"] is None or i["link"].startswith("http") for i in items)
    state = pipeline.ctx.schedule.states.get("real")
    assert state.last_status == 200 and state.last_error == ""
    assert bool(state.problem) == bool(expected["problem"]), state.problem
    # polling again: the server answers 304 and nothing is enqueued twice
    pipeline.jobs.queue.clear()
    assert poll_feed(pipeline.ctx, "real") == 0
    assert pipeline.ctx.schedule.states.get("real").last_status == 304
