"""`newsmon check` lists every mistake of both files in one run, each at the offending value:
a newcomer fixes them all at once instead of running check again and again."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config.loading import check_files
from workers.cli import main

SERVICE = """\
data_dir: data
log_levle: INFO
sinks:
  - type: console
    name: console
  - type: webhook
    name: ops
    url: https://hooks.example.org/newsmon
"""

WATCHES = """\
feeds:
  - id: wire
    url: https://news.example.org/rss
    interval: soon
  - id: wire
    url: https://other.example.org/rss
  - url: not a url
watches:
  - id: gaza
    title: Gaza ceasefire talks
    query: >-
      (ceasefire OR truce)
      AND (gaza OR
      hamas
    sinks: [console, slack]
  - id: gaza
    title: Gaza again
    query: "ceasefire AND"
    feeds: [wire, nowhere]
  - id: ukraine
    query: ukraine
    events: [new, changed]
    colour: blue
"""

EXPECTED = [
    ("newsmon.yaml:2:1", "unknown key 'log_levle'"),
    ("watches.yaml:4:15", "'soon' is not a duration"),
    ("watches.yaml:5:9", "feed id 'wire' is used twice (first at line 2)"),
    ("watches.yaml:7:10", "feeds.2.url: Input should be a valid URL"),
    # inside the folded block: the line and column of the parenthesis never closed
    ("watches.yaml:13:11", "query of watch 'gaza': unclosed parenthesis"),
    ("watches.yaml:15:22", "watch 'gaza' sends to unknown sink 'slack'"),
    ("watches.yaml:16:9", "watch id 'gaza' is used twice (first at line 9)"),
    ("watches.yaml:18:23", "query of watch 'gaza': AND needs a term after it"),
    ("watches.yaml:19:19", "watch 'gaza' names unknown feed id 'nowhere'"),
    ("watches.yaml:20:5", "missing required key 'title'"),
    ("watches.yaml:22:19", "watches.2.events.1: Input should be 'new' or 'claims_changed'"),
    ("watches.yaml:23:5", "unknown key 'colour'"),
]


def write(folder: Path, service: str = SERVICE, watches: str = WATCHES) -> Path:
    (folder / "newsmon.yaml").write_text(service)
    (folder / "watches.yaml").write_text(watches)
    return folder / "newsmon.yaml"


def test_check_reports_every_mistake_of_both_files_in_one_run(tmp_path, capsys):
    config = write(tmp_path)
    assert main(["-c", str(config), "check"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines[-1] == f"{len(EXPECTED)} problem(s) found"
    assert len(lines) - 1 == len(EXPECTED), lines
    for line, (where, what) in zip(lines, EXPECTED, strict=False):
        assert line.startswith(f"{tmp_path}/{where}: "), (line, where)
        assert what in line, (line, what)


@pytest.mark.parametrize("query, where", [
    # a literal block keeps its lines
    ("|\n      ceasefire AND\n        (gaza OR\n      hamas", "watches.yaml:5:9"),
    # a plain scalar wrapped over two lines
    ("ceasefire AND gaza AND\n      (hamas OR", "watches.yaml:4:14"),
    # on one line, quoted
    ("'ceasefire AND (gaza'", "watches.yaml:3:27"),
])
def test_a_query_error_is_reported_where_it_is_in_the_file(tmp_path, query, where):
    watches = f"watches:\n  - id: w\n    query: {query}\n    title: T\n"
    [problem] = check_files(write(tmp_path, SERVICE.replace("log_levle", "log_level"), watches))
    assert problem.startswith(f"{tmp_path}/{where}: query of watch 'w'"), problem
