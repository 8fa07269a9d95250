"""Broken and hostile input gives a clear, positioned error in bounded time, and the daemon keeps
its last good watch list: a 5,000-deep YAML structure, an empty (truncated) watches.yaml, a
query word of a million characters, a phrase whose words also join into compounds."""

from __future__ import annotations

import logging

import pytest
from harness import make_pipeline
from own_newsroom import FLOOD_WATCH, build_own_newsroom
from yaml_writer import write_configs

from monitor.config.loading import check_files
from monitor.errors import QuerySyntaxError
from monitor.query import match, parse_query, prepare
from monitor.query.matcher import _compound_positions
from monitor.query.nodes import QueryWord
from monitor.query.text import stem
from workers.cli import main
from workers.scheduler import WatchFile

SERVICE = "sinks:\n  - type: console\n    name: console\n"
DEEP = "feeds: []\nwatches: " + "[" * 5000 + "]" * 5000 + "\n"
# "Billion laughs": nine levels of nine aliases to the level before, 9**9 strings expanded.
BOMB = "feeds: []\nl0: &l0 [" + ",".join(['"lol"'] * 9) + "]\n" + "".join(
    f"l{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * 9) + "]\n" for i in range(1, 9)) + "watches: []\n"


def write(tmp_path, watches: str):
    (tmp_path / "newsmon.yaml").write_text(SERVICE)
    (tmp_path / "watches.yaml").write_text(watches)
    return tmp_path / "newsmon.yaml"


@pytest.mark.parametrize(("watches", "problem"), [
    (DEEP, "watches.yaml:2:73: invalid YAML: nested more than 64 levels deep"),
    (BOMB, "watches.yaml:7:10: invalid YAML: its aliases expand to more than 100,000 values "
           "(an alias bomb?)"),
    ("", "watches.yaml:1:1: the watch list is empty (cut off while saving?)"),
    ("# only a comment\n", "watches.yaml:2:1: the watch list is empty"),
    ("feeds:\n  - url: https://a.example/feed\n",
     "watches.yaml:3:1: the watch list has no `watches:` after its feeds"),
    ("feeds: []\nwatches:\n  - id: w\n    title: T\n    query: " + "x" * 1_000_000 + "\n",
     "watches.yaml:5:12: query of watch 'w': a word may have at most 100 characters "
     "(this one has 1,000,000)"),
])
def test_check_gives_one_positioned_problem(tmp_path, capsys, watches, problem):
    config = write(tmp_path, watches)
    [found] = check_files(config)
    assert found.startswith(str(tmp_path / problem.split(":")[0])) and problem in found, found
    assert main(["-c", str(config), "check"]) == 1
    assert problem in capsys.readouterr().err


def test_an_alias_bomb_in_the_service_file_is_refused_where_it_is(tmp_path):
    (tmp_path / "newsmon.yaml").write_text(SERVICE + BOMB.replace("feeds: []\n", "").replace(
        "watches: []\n", "").replace("l", "x-l"))
    (tmp_path / "watches.yaml").write_text("feeds: []\nwatches: []\n")
    [found] = check_files(tmp_path / "newsmon.yaml")
    assert found.startswith(f"{tmp_path / 'newsmon.yaml'}:9:") and "alias bomb" in found, found


def test_ordinary_aliases_are_still_accepted(tmp_path):
    watches = ("feeds: []\nwatches:\n  - id: a\n    title: A\n    query: flood\n"
               "    sinks: &sinks [console]\n  - id: b\n    title: B\n    query: barrier\n"
               "    sinks: *sinks\n")
    assert check_files(write(tmp_path, watches)) == []


def test_explicit_empty_lists_are_a_valid_watch_list(tmp_path):
    assert check_files(write(tmp_path, "feeds: []\nwatches: []\n")) == []
    assert check_files(write(tmp_path, "watches: []\n")) == []  # feeds come with `feeds add`


@pytest.mark.parametrize("broken", [DEEP, BOMB, "", "feeds: []\n"])
def test_live_reload_of_a_broken_file_keeps_the_last_good_list(tmp_path, redis_client, newsroom,
                                                                caplog, broken):
    site = build_own_newsroom(newsroom)
    config = write_configs(tmp_path, feeds=site.feeds, watches=[dict(FLOOD_WATCH, sinks=["console"])])
    pipeline = make_pipeline(redis_client, config)
    watch_file = WatchFile(pipeline.ctx.settings.watches_file, pipeline.ctx)
    assert watch_file.reload_if_changed()
    watch_file.path.write_text(broken)
    caplog.set_level(logging.INFO)
    assert not watch_file.reload_if_changed()  # no exception, no traceback
    logged = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert logged and str(watch_file.path) in logged[0].getMessage()
    assert not any(r.exc_info for r in caplog.records)
    assert len(pipeline.ctx.watches.current().watchlist.feeds) == 3  # still in force


def test_a_long_query_word_is_refused_where_it_is():
    with pytest.raises(QuerySyntaxError) as error:
        parse_query("ceasefire AND " + "x" * 101)
    assert error.value.column == 15 and "at most 100 characters" in str(error.value)
    parse_query("ceasefire AND " + "x" * 100)  # the limit itself is fine


@pytest.mark.timeout(20)
def test_compound_search_grows_with_the_text_not_the_square_of_the_word():
    # 170 s before: every cut of the word was sliced and looked up (1,000,000 cuts).
    word = "x" * 1_000_000
    article = prepare("t", "xx xxx a few words " * 1000)
    assert _compound_positions(article.text, QueryWord(word, stem(word), "stem")) == []


@pytest.mark.timeout(20)
def test_a_200k_character_article_and_the_longest_term_match_quickly():
    text = "x" * 100_000 + " " + "x" * 99 + " end " + "ab " * 30_000
    result = match(parse_query("x" * 100 + " OR " + "x" * 99), prepare("title", text))
    assert result.matched


@pytest.mark.timeout(20)
def test_a_phrase_whose_words_join_into_compounds_does_not_backtrack_exponentially():
    # "ab ab" may also be read as the compound "abab": 32 words have millions of readings,
    # which each failing start tried in turn before.
    phrase = '"' + " ".join(["ab"] * 31) + ' zz"'
    assert not match(parse_query(phrase), prepare("t", "ab " * 300)).matched
