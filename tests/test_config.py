"""Config files: every problem reported as file:line:column with what is expected."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.config.loading import check_files, load_all, load_service
from monitor.config.schemas import CONFIG_SCHEMAS, render
from tools import docgen
from workers.cli import main

REPO = Path(__file__).resolve().parent.parent

SERVICE = """\
data_dir: data
sinks:
  - type: console
    name: console
  - type: webhook
    name: ops
    url: https://hooks.example.org/newsmon
    secret: ${NEWSMON_TEST_SECRET:-whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw}
"""

WATCHES = """\
feeds:
  - id: wire
    url: https://news.example.org/rss
    interval: 5m
watches:
  - id: gaza
    title: Gaza ceasefire talks
    query: (ceasefire OR truce) AND gaza
    sinks: [console, ops]
"""


def write(folder: Path, service: str = SERVICE, watches: str = WATCHES) -> Path:
    (folder / "newsmon.yaml").write_text(service)
    (folder / "watches.yaml").write_text(watches)
    return folder / "newsmon.yaml"


def test_valid_files_load(tmp_path):
    config = load_all(write(tmp_path))
    assert config.service.data_dir == tmp_path / "data"
    assert config.service.sink("ops").secret.startswith("whsec_")
    [feed] = config.watches.watchlist.feeds
    assert feed.interval == 300.0
    assert set(config.watches.queries) == {"gaza"}


@pytest.mark.parametrize(
    "service, watches, expected",
    [
        # a typo in a key: named, with its position
        (
            SERVICE.replace("data_dir", "datadir"),
            WATCHES,
            "newsmon.yaml:1:1: unknown key 'datadir'",
        ),
        # a bad duration inside a feed
        (
            SERVICE,
            WATCHES.replace("interval: 5m", "interval: soon"),
            "watches.yaml:4:15: feeds.0.interval: 'soon' is not a duration",
        ),
        # a missing required key
        (
            SERVICE,
            WATCHES.replace("    title: Gaza ceasefire talks\n", ""),
            "watches.yaml:6:5: missing required key 'title'",
        ),
        # a watch sending to a sink that does not exist
        (
            SERVICE,
            WATCHES.replace("[console, ops]", "[console, slack]"),
            "watches.yaml:9:22: watch 'gaza' sends to unknown sink 'slack' (sinks in the service "
            "file: console, ops)",
        ),
        # a query that does not parse: the column points into the query
        (
            SERVICE,
            WATCHES.replace("(ceasefire OR truce) AND gaza", "(ceasefire OR truce AND gaza"),
            "watches.yaml:8:12: query of watch 'gaza'",
        ),
        # broken YAML
        (SERVICE, WATCHES.replace("    interval: 5m", "   interval: [5m"), "watches.yaml:4:"),
        # an environment variable that is not set
        (
            SERVICE.replace(
                "${NEWSMON_TEST_SECRET:-whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw}",
                "${NEWSMON_TEST_UNSET_SECRET}",
            ),
            WATCHES,
            "newsmon.yaml:8:13: environment variable NEWSMON_TEST_UNSET_SECRET is not set",
        ),
        # a webhook secret that is not a Standard Webhooks secret
    (SERVICE.replace("${NEWSMON_TEST_SECRET:-whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw}",
                     "hunter2"), WATCHES,
     "newsmon.yaml:8:13: sink 'ops': secret must start with 'whsec_'"),
    # an unknown sink type
        (SERVICE.replace("type: webhook", "type: pager"), WATCHES, "newsmon.yaml:5:"),
        # a webhook sink with an invalid URL
        (
            SERVICE.replace("https://hooks.example.org/newsmon", "not a url"),
            WATCHES,
            "newsmon.yaml:7:10: sinks.1.url",
        ),
    ],
)
def test_problems_name_file_line_and_column(tmp_path, service, watches, expected):
    problems = check_files(write(tmp_path, service, watches))
    assert any(expected in p for p in problems), problems
    assert all(str(tmp_path) in p for p in problems), problems


def test_every_problem_is_reported_at_once(tmp_path):
    watches = WATCHES.replace("interval: 5m", "interval: soon").replace(
        "    title: Gaza ceasefire talks\n", ""
    )
    problems = check_files(write(tmp_path, SERVICE, watches))
    assert len(problems) == 2, problems


def test_environment_interpolation(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSMON_TEST_SECRET", "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0")
    settings = load_service(write(tmp_path))
    assert settings.sink("ops").secret == "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0"


def test_check_command_exit_status_and_messages(tmp_path, capsys):
    path = write(tmp_path)
    assert main(["-c", str(path), "check"]) == 0
    assert "ok:" in capsys.readouterr().out
    (tmp_path / "watches.yaml").write_text(WATCHES.replace("title:", "titel:"))
    assert main(["-c", str(path), "check"]) == 1
    err = capsys.readouterr().err
    assert "watches.yaml:7:5: unknown key 'titel'" in err
    assert "problem(s) found" in err


def test_check_accepts_files_on_the_command_line(tmp_path, capsys):
    path = write(tmp_path)
    other = tmp_path / "other-watches.yaml"
    other.write_text(WATCHES.replace("gaza", "Gaza Strip!"))
    assert main(["-c", str(path), "check", str(other)]) == 1
    assert "other-watches.yaml" in capsys.readouterr().err


def test_shipped_configs_are_valid(capsys):
    assert main(["-c", str(REPO / "configs" / "newsmon.yaml"), "check"]) == 0


def test_shipped_configs_reference_their_schema():
    for name in ("newsmon.yaml", "watches.yaml"):
        first = (REPO / "configs" / name).read_text().splitlines()[0]
        schema = first.split("$schema=")[1]
        assert (REPO / "configs" / schema).is_file(), schema


@pytest.mark.parametrize("name, model", CONFIG_SCHEMAS.items())
def test_committed_schemas_match_the_models(name, model):
    committed = (REPO / "configs" / "schema" / name).read_text()
    assert committed == render(model), f"run `newsmon schema` to refresh configs/schema/{name}"


def test_schema_describes_every_key():
    schema = json.loads(render(CONFIG_SCHEMAS["watches.schema.json"]))
    watch = schema["$defs"]["WatchSettings"]["properties"]
    assert all(prop.get("description") for prop in watch.values())


def test_every_setting_is_documented():
    text = (REPO / "docs" / "configuration.md").read_text()
    missing = [p for p in docgen.all_paths() if f"`{p}`" not in text]
    assert not missing, f"undocumented settings {missing}: run python -m tools.docgen"
    assert docgen.render() in text, "docs/configuration.md is stale: run python -m tools.docgen"
