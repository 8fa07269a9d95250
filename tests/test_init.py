"""Starting from nothing: `newsmon init`, `schema` next to the config file, and a pointer to
both when there is no config file."""

from __future__ import annotations

import json

import pytest

from monitor.config.loading import check_files, load_all
from workers.cli import main


@pytest.fixture
def elsewhere(tmp_path, monkeypatch):
    """A working directory outside the repository (no configs/ folder)."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.delenv("NEWSMON_CONFIG", raising=False)
    return folder


def test_init_writes_starter_files_that_pass_check(elsewhere, capsys):
    assert main(["init"]) == 0
    out = capsys.readouterr().out
    written = ["configs/newsmon.yaml", "configs/watches.yaml",
               "configs/schema/newsmon.schema.json", "configs/schema/watches.schema.json"]
    assert [line.removeprefix("wrote ") for line in out.splitlines()[:4]] == written
    assert "  3. newsmon check\n  4. newsmon run" in out  # the default config: no -c needed
    # each file names its schema for editors, and the schema is there
    for name in ("newsmon", "watches"):
        first = (elsewhere / f"configs/{name}.yaml").read_text().splitlines()[0]
        assert first == f"# yaml-language-server: $schema=schema/{name}.schema.json"
        assert json.loads((elsewhere / f"configs/schema/{name}.schema.json").read_text())
    assert main(["check"]) == 0
    assert capsys.readouterr().out.startswith("ok: configs/newsmon.yaml")
    config = load_all(elsewhere / "configs/newsmon.yaml")
    assert [w.id for w in config.watches.watchlist.watches] == ["example-story"]


def test_init_into_a_folder_says_how_to_point_at_it(elsewhere, capsys):
    assert main(["init", "mine"]) == 0
    out = capsys.readouterr().out
    assert "newsmon -c mine/newsmon.yaml check" in out
    assert check_files(elsewhere / "mine/newsmon.yaml") == []


def test_init_never_overwrites(elsewhere, capsys):
    (elsewhere / "configs").mkdir()
    (elsewhere / "configs/watches.yaml").write_text("feeds: []\n")
    assert main(["init"]) == 1
    err = capsys.readouterr().err
    assert "not overwriting configs/watches.yaml" in err and "newsmon.yaml" not in err
    assert (elsewhere / "configs/watches.yaml").read_text() == "feeds: []\n"
    assert not (elsewhere / "configs/newsmon.yaml").exists()


@pytest.mark.parametrize("command", [["run"], ["status"]])
def test_without_a_config_file_the_error_says_how_to_start(elsewhere, command, capsys):
    assert main(command) == 1
    err = capsys.readouterr().err
    assert "configs/newsmon.yaml: cannot read file" in err
    assert "start one with `newsmon init [DIR]`, or name yours with `-c PATH`" in err


def test_schema_is_written_next_to_the_config_file(elsewhere, tmp_path, capsys):
    config = tmp_path / "site" / "newsmon.yaml"
    assert main(["-c", str(config), "schema"]) == 0
    assert sorted(p.name for p in (tmp_path / "site" / "schema").iterdir()) == [
        "newsmon.schema.json", "watches.schema.json"]
    assert not (elsewhere / "configs").exists()
    assert main(["-c", str(config), "schema", "--out", "here"]) == 0
    assert (elsewhere / "here" / "watches.schema.json").is_file()
