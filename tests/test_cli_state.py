"""The read-only commands as an operator types them: `newsmon status`, `story`, `alerts`, run
through main() against a real Redis."""

from __future__ import annotations

import pytest
from yaml_writer import write_configs

from workers.cli import main

WATCH = {"id": "gaza", "title": "Gaza ceasefire talks",
         "query": "(ceasefire OR truce) AND (gaza OR hamas)", "sinks": ["ops"]}
SIGNED_SINK = {"type": "webhook", "name": "ops", "url": "${NEWSMON_TEST_HOOK_URL}",
               "secret": "${NEWSMON_TEST_HOOK_SECRET}"}


@pytest.fixture
def config(tmp_path, redis_url, monkeypatch):
    """A service file whose webhook sink takes its URL and secret from the environment, which
    the operator's shell does not have."""
    for name in ("NEWSMON_TEST_HOOK_URL", "NEWSMON_TEST_HOOK_SECRET", "NEWSMON_REDIS_URL"):
        monkeypatch.delenv(name, raising=False)
    return write_configs(tmp_path, feeds=[], watches=[WATCH], sinks=[SIGNED_SINK],
                         extra={"redis": {"url": redis_url}})


@pytest.mark.parametrize("command", [["status"], ["status", "--json"], ["story", "gaza"],
                                     ["alerts"]])
def test_read_only_commands_run_without_the_sinks_secrets(config, command, capsys):
    assert main(["-c", str(config), *command]) == 0
    assert "is not set" not in capsys.readouterr().err


@pytest.mark.parametrize("command", [["check"], ["replay"]])
def test_commands_that_send_still_need_the_secrets(config, command, capsys):
    assert main(["-c", str(config), *command]) == 1
    assert "environment variable NEWSMON_TEST_HOOK_SECRET is not set" in capsys.readouterr().err
