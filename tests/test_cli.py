"""The CLI as a user types it: test-watch, schema, the status server, the offline demo."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request

import pytest
from faulty_newsroom import FaultyNewsroom
from harness import make_pipeline
from newsroom_corpus import build_corpus_newsroom
from pages import corpus_page
from yaml_writer import write_configs

from workers.cli import main
from workers.demo.newsroom import Newsroom
from workers.status_server import StatusServer

WATCH = {"id": "gaza", "title": "Gaza ceasefire talks",
         "query": "(ceasefire OR truce) AND (gaza OR hamas)"}


@pytest.fixture
def config(tmp_path):
    return write_configs(tmp_path, feeds=[], watches=[WATCH])


def test_test_watch_on_a_text_file_explains_the_match(config, tmp_path, corpus, capsys):
    article = tmp_path / "piece.txt"
    article.write_text("Talks resume\n" + corpus["001"])
    assert main(["-c", str(config), "test-watch", "gaza", "--file", str(article)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("MATCH: watch 'gaza'")
    assert "ceasefire" in out and "text" in out


def test_test_watch_on_an_off_topic_page_says_which_clause_failed(config, tmp_path, capsys):
    page = tmp_path / "page.html"
    paragraphs = "".join(
        f"<p>In the {n}th minute the striker scored again as the home side pressed on towards "
        f"victory in the cup final, watched by {n * 1000} fans in a full stadium.</p>"
        for n in range(10, 20))
    page.write_text(f"<html><body><article><h1>Cup final</h1>{paragraphs}</article></body>"
                    "</html>")
    assert main(["-c", str(config), "test-watch", "gaza", "--file", str(page)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("NO MATCH")
    assert "ceasefire" in out  # names the clause that found nothing


def test_test_watch_fetches_a_url(config, corpus, capsys):
    with Newsroom() as newsroom:
        url = newsroom.url("/a")
        newsroom.put("/a", corpus_page("004", corpus["004"], "outlet_a", url))
        assert main(["-c", str(config), "test-watch", "gaza", "--url", url]) == 0
    assert "MATCH" in capsys.readouterr().out


def test_test_watch_names_unknown_watches(config, tmp_path, capsys):
    (tmp_path / "x.txt").write_text("title\ntext")
    assert main(["-c", str(config), "test-watch", "nope", "--file", str(tmp_path / "x.txt")]) == 1
    err = capsys.readouterr().err
    assert "no watch 'nope'" in err and "(watches: gaza)" in err


def test_schema_command_writes_both_schemas(tmp_path, capsys):
    assert main(["schema", "--out", str(tmp_path)]) == 0
    schema = json.loads((tmp_path / "watches.schema.json").read_text())
    assert "WatchSettings" in schema["$defs"]


def test_status_server_reports_feeds_alerts_and_metrics(tmp_path, redis_client, corpus):
    with FaultyNewsroom() as newsroom:
        site = build_corpus_newsroom(newsroom, corpus)
        feeds = [{"id": k, "url": u} for k, u in site.feed_urls.items()]
        pipeline = make_pipeline(redis_client, write_configs(tmp_path, feeds=feeds,
                                                             watches=[dict(WATCH,
                                                                           sinks=["console"])]))
        newsroom.fault(site.feed_paths["rdf"], "status", code=503, headers={"Retry-After": "90"})
        pipeline.poll_all()
    server = StatusServer("127.0.0.1", 0, lambda: (redis_client,
                                                   pipeline.ctx.watches.current().watchlist))
    server.start()
    try:
        status = json.load(urllib.request.urlopen(server.url + "/status", timeout=5))
        metrics = urllib.request.urlopen(server.url + "/metrics", timeout=5).read().decode()
        health = urllib.request.urlopen(server.url + "/healthz", timeout=5).read()
    finally:
        server.stop()
    rdf = next(f for f in status["feeds"] if f["id"] == "rdf")
    assert rdf["last_status"] == 503 and "503" in rdf["last_error"]
    assert rdf["backoff_until"] - rdf["last_poll"] >= 90  # Retry-After honoured
    assert status["deliveries"]["sent"] >= 3
    assert 'newsmon_feed_consecutive_failures{feed="rdf"} 1.0' in metrics
    assert json.loads(health) == {"status": "ok", "checks": {}}  # no checks registered here


@pytest.mark.timeout(150)
def test_offline_demo_shows_new_pieces_and_a_claim_change():
    result = subprocess.run([sys.executable, "-m", "workers.cli", "demo", "--duration", "100"],
                            capture_output=True, text=True, timeout=140)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.count(">>> webhook article.new") == 5, out
    assert out.count(">>> webhook article.claims_changed") == 1, out
    assert "SIGNATURE INVALID" not in out
    assert "number_changed" in out and "quote_added" in out
    assert "--- done" in out


@pytest.mark.requires_corpus
def test_the_shipped_watch_matches_every_corpus_piece(capsys):
    from pathlib import Path

    from conftest import CORPUS_SEEDS

    shipped = str(Path(__file__).resolve().parent.parent / "configs" / "newsmon.yaml")
    for seed in sorted(CORPUS_SEEDS.glob("*.txt")):
        assert main(["-c", shipped, "test-watch", "gaza-ceasefire", "--file", str(seed)]) == 0
        assert capsys.readouterr().out.startswith("MATCH"), seed.name
