"""The `newsmon` command. Each subcommand is a small function; errors are translated here, once,
into a message and an exit status (0 ok, 1 a problem the user can fix, 2 usage)."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from monitor import redact
from monitor.config.loading import check_files, load_service, load_watchlist
from monitor.config.schemas import write_config_schemas
from monitor.config.starter import write_starter
from monitor.errors import ConfigError, NewsmonError
from monitor.settings import ServiceSettings, WatchList
from monitor.state.alertlog import AlertStream
from monitor.state.connection import connect, open_redis, reachable
from monitor.state.stories import Stories
from monitor.state.watchlist import WatchStore
from monitor.views.alerts import render
from monitor.views.status import gather, invalid_file_warnings, render_text
from monitor.views.story import render_story
from monitor.views.storypage import known_story
from monitor.views.storypage import render_story as render_story_page
from monitor.views.storyview import read_story
from monitor.views.testwatch import explain_watch
from workers.broker import missing_extra
from workers.demo import run_demo
from workers.feeds import add_feed, export_opml, import_opml
from workers.replay import replay
from workers.runner import Roles, run

DEFAULT_CONFIG = Path("configs/newsmon.yaml")


def _config_path(args) -> Path:
    return Path(args.config or os.environ.get("NEWSMON_CONFIG") or DEFAULT_CONFIG)


# --- daemon roles -----------------------------------------------------------------------------


def cmd_run(args) -> int:
    roles = {"run": Roles(), "scheduler": Roles(worker=False),
             "worker": Roles(scheduler=False)}[args.command]
    return run(_config_path(args), roles)


# --- configuration ------------------------------------------------------------------------------


def cmd_check(args) -> int:
    service_path = _config_path(args)
    watch_files = []
    for name in args.files:
        path = Path(name)
        if _looks_like_watchlist(path):
            watch_files.append(path)
        else:
            service_path = path
    problems = []
    for watches in watch_files or [None]:
        problems += [p for p in check_files(service_path, watches) if p not in problems]
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return 1
    service = load_service(service_path)
    if problem := missing_extra(service.broker.url):  # valid, but not usable as installed
        print(f"{service_path}: {problem}", file=sys.stderr)
        return 1
    checked = [str(service_path)] + [str(w) for w in watch_files or [service.watches_file]]
    print("ok: " + ", ".join(checked))
    return 0


def _looks_like_watchlist(path: Path) -> bool:
    try:
        head = path.read_text(encoding="utf-8")
    except OSError:
        return False
    if any(line.startswith(("feeds:", "watches:")) for line in head.splitlines()):
        return True
    # An empty watches.yaml (a truncated save) is checked as the watch list it was meant to be.
    blank = all(not line.strip() or line.lstrip().startswith("#") for line in head.splitlines())
    return blank and "watch" in path.name


def cmd_schema(args) -> int:
    # Next to the config file, where its `yaml-language-server` comment looks for them.
    out = Path(args.out) if args.out else _config_path(args).parent / "schema"
    for path in write_config_schemas(out):
        print(f"wrote {path}")
    return 0


def cmd_init(args) -> int:
    folder = Path(args.dir) if args.dir else _config_path(args).parent
    for path in write_starter(folder):
        print(f"wrote {path}")
    config = folder / "newsmon.yaml"
    newsmon = "newsmon" if config.resolve() == _config_path(args).resolve() \
        else f"newsmon -c {config}"
    print(f"""next:
  1. edit {folder / 'watches.yaml'}: your feeds and the stories to watch (docs/queries.md)
  2. {newsmon} test-watch example-story --url URL   (try a watch on one article)
  3. {newsmon} check
  4. {newsmon} run        (then, in another terminal: {newsmon} status)""")
    return 0


def cmd_test_watch(args) -> int:
    verdict, text = explain_watch(_config_path(args), args.watch, url=args.url, file=args.file)
    print(text)
    return 0 if verdict else 1


# --- reading state ------------------------------------------------------------------------------


@dataclass
class _ReadState:
    """What the read-only commands work from: Redis, the service settings, and the watch list
    on disk (None when invalid, with its problems)."""

    service: ServiceSettings
    file_watchlist: WatchList | None
    file_problems: list[str]

    @contextmanager
    def redis(self):
        with open_redis(self.service.redis.url, self.service.data_dir) as url:
            client = connect(reachable(url))
            try:
                yield client
            finally:
                client.close()

    def watchlist_in_force(self, client) -> WatchList | None:
        """The list the daemon uses (published in Redis: the last good one), else the file's."""
        compiled = WatchStore(client).current()
        return compiled.watchlist if compiled else self.file_watchlist

    def warnings(self) -> list[str]:
        return invalid_file_warnings(self.service.watches_file, self.file_problems)


def _open_state(args, *, sending: bool = False) -> _ReadState:
    """Commands that only read state load the service file without its sinks' secrets
    (`sending=False`): an operator's shell rarely has the daemon's secrets."""
    service = load_service(_config_path(args), sending=sending)
    redact.register(service.secrets())
    try:
        return _ReadState(service, load_watchlist(service.watches_file, service).watchlist, [])
    except ConfigError as exc:
        return _ReadState(service, None, exc.problems)


def cmd_status(args) -> int:
    state = _open_state(args)
    with state.redis() as client:
        status = gather(client, state.watchlist_in_force(client), state.warnings())
    print(json.dumps(status, indent=2) if args.json else render_text(status))
    return 0


def cmd_story(args) -> int:
    state = _open_state(args)
    with state.redis() as client:
        watchlist = state.watchlist_in_force(client)
        known = sorted(w.id for w in watchlist.watches) if watchlist else []
        if args.watch not in known and not Stories(client).info(args.watch).pieces:
            raise NewsmonError(f"unknown watch '{args.watch}' (watches: "
                               f"{', '.join(known) or 'none in force'})")
        print(render_story(client, args.watch))
    return 0


def cmd_report(args) -> int:
    """The story page as one self-contained HTML file (no external asset, no script)."""
    state = _open_state(args)
    with state.redis() as client:
        watchlist = state.watchlist_in_force(client)
        title = known_story(client, watchlist, args.watch)
        if title is None:
            known = sorted(w.id for w in watchlist.watches) if watchlist else []
            raise NewsmonError(f"unknown watch '{args.watch}' (watches: "
                               f"{', '.join(known) or 'none in force'})")
        view = read_story(client, args.watch, title=title)
    page = render_story_page(view, standalone=True)
    if args.out == "-":
        sys.stdout.write(page)
        return 0
    try:
        Path(args.out).write_text(page, encoding="utf-8")
    except OSError as exc:
        raise NewsmonError(f"cannot write {args.out}: {exc.strerror or exc}") from exc
    print(f"wrote {args.out}: story {args.watch}, {view.piece_count} pieces from "
          f"{len(view.sources)} sources")
    return 0


def cmd_alerts(args) -> int:
    with _open_state(args).redis() as client:
        stream = AlertStream(client)
        for entry in stream.recent(args.count):
            print(render(entry, as_json=args.json), flush=True)
        if args.follow:
            try:
                for entry in stream.follow():
                    print(render(entry, as_json=args.json), flush=True)
            except KeyboardInterrupt:
                pass
    return 0


def cmd_replay(args) -> int:
    state = _open_state(args, sending=True)
    with state.redis() as client:
        count = replay(client, state.service)
    print(f"re-queued {count} dead-lettered deliver{'y' if count == 1 else 'ies'}"
          + ("; the running daemon will send them" if count else ""))
    return 0


# --- feeds ------------------------------------------------------------------------------------


def cmd_feeds_add(args) -> int:
    service = load_service(_config_path(args))
    entry, found = add_feed(service, args.url, name=args.name, feed_id=args.id)
    print(f"added feed {entry['id']!r} ({entry.get('name') or 'no title'}): {entry['url']}\n"
          f"  found: {found.how}\n  written to {service.watches_file}; a running daemon reloads "
          "it. What the feed lists now is its backlog: it joins your stories without alerts "
          "unless a watch says `backlog: alert`.")
    return 0


def cmd_feeds_import(args) -> int:
    service = load_service(_config_path(args))
    added = import_opml(service, Path(args.file))
    for entry in added.entries:
        print(f"added {entry['id']}: {entry['url']}")
    for url, why in added.skipped:
        print(f"skipped {url}: {why}")
    print(f"{len(added.entries)} feed(s) added to {service.watches_file}, "
          f"{len(added.skipped)} skipped")
    return 0


def cmd_feeds_export(args) -> int:
    body = export_opml(load_service(_config_path(args)))
    if args.out:
        Path(args.out).write_bytes(body)
        print(f"wrote {args.out}")
    else:
        sys.stdout.write(body.decode("utf-8"))
    return 0


def cmd_demo(args) -> int:
    return run_demo(duration=args.duration)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsmon",
        description="Watch news feeds for new pieces on your stories and for changes in "
        "what they claim; send alerts as signed webhooks.")
    parser.add_argument("-c", "--config", help="service config file (default: $NEWSMON_CONFIG "
                        f"or {DEFAULT_CONFIG})")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    for name, text in (("run", "run the daemon: scheduler, workers and status server"),
                       ("scheduler", "run only the scheduler (for split deployments)"),
                       ("worker", "run only a job worker (for split deployments)")):
        sub.add_parser(name, help=text).set_defaults(func=cmd_run)

    p = sub.add_parser("check", help="validate the config and watch list files")
    p.add_argument("files", nargs="*", help="files to check (default: the config file and the "
                   "watch list it names)")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("schema", help="write JSON Schemas of both config files")
    p.add_argument("--out", help="folder (default: `schema` next to the config file)")
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("init", help="write a commented starter newsmon.yaml and watches.yaml "
                       "(and their schemas)")
    p.add_argument("dir", nargs="?", help="folder (default: the config file's folder, "
                   f"{DEFAULT_CONFIG.parent})")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("test-watch", help="run one watch on one article and explain the verdict")
    p.add_argument("watch", help="watch id from the watch list")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--url", help="fetch and extract this article page")
    source.add_argument("--file", help="an HTML page or a text file (first line: the title)")
    p.set_defaults(func=cmd_test_watch)

    p = sub.add_parser("status", help="feeds, queues, alerts and stories")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("story", help="the pieces of one watch's story")
    p.add_argument("watch", help="watch id")
    p.set_defaults(func=cmd_story)

    p = sub.add_parser("report", help="one story as a self-contained HTML page (pieces, "
                       "claims by source, changes)")
    p.add_argument("watch", help="watch id")
    p.add_argument("--out", "-o", required=True, metavar="FILE",
                   help="where to write the page (`-`: standard output)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("alerts", help="read the alert stream")
    p.add_argument("--follow", "-f", action="store_true", help="keep printing new alerts")
    p.add_argument("--count", "-n", type=int, default=20, help="recent alerts to show first")
    p.add_argument("--json", action="store_true", help="print each alert's JSON payload")
    p.set_defaults(func=cmd_alerts)

    p = sub.add_parser("replay", help="re-deliver dead-lettered alerts (re-enables sinks)")
    p.set_defaults(func=cmd_replay)

    feeds = sub.add_parser("feeds", help="add a feed from a site URL; OPML import and export")
    feeds_sub = feeds.add_subparsers(dest="feeds_command", required=True, metavar="ACTION")
    p = feeds_sub.add_parser("add", help="find the feed of a site, page or feed URL and list it")
    p.add_argument("url", help="a feed URL, or a site or article page that links to its feed")
    p.add_argument("--name", help="source name shown in alerts (default: the feed's title)")
    p.add_argument("--id", help="feed id (default: from the host name)")
    p.set_defaults(func=cmd_feeds_add)
    p = feeds_sub.add_parser("import", help="add the feeds of an OPML file (skips listed ones)")
    p.add_argument("file", help="an OPML file, as feed readers export them")
    p.set_defaults(func=cmd_feeds_import)
    p = feeds_sub.add_parser("export", help="write the listed feeds as OPML 2.0")
    p.add_argument("--out", help="file to write (default: standard output)")
    p.set_defaults(func=cmd_feeds_export)

    p = sub.add_parser("demo", help="offline demo on a bundled sample newsroom")
    p.add_argument("--duration", type=float, default=90.0,
                   help="seconds before the demo ends by itself (default 90)")
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except ConfigError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        if not _config_path(args).is_file():
            print(f"no service file at {_config_path(args)}: start one with `newsmon init "
                  "[DIR]`, or name yours with `-c PATH` (or $NEWSMON_CONFIG)", file=sys.stderr)
        return 1
    except NewsmonError as exc:
        print(f"newsmon: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _reader_went_away()


def _reader_went_away() -> int:
    """The reader of our output left (`newsmon status --json | head`): stop quietly, as
    command-line tools do, with the status of a process ended by SIGPIPE. Python would
    otherwise complain again when it flushes stdout at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return 128 + signal.SIGPIPE


if __name__ == "__main__":
    sys.exit(main())
