"""The `newsmon` command. Each subcommand is a small function; errors are translated here, once,
into a message and an exit status (0 ok, 1 a problem the user can fix, 2 usage)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from monitor.config.loading import check_files, load_service, load_watchlist
from monitor.config.schemas import write_config_schemas
from monitor.errors import ConfigError, NewsmonError
from monitor.state.alertlog import AlertStream
from monitor.state.connection import connect, open_redis
from monitor.views.alerts import render
from monitor.views.status import gather, render_text
from monitor.views.story import render_story
from monitor.views.testwatch import explain_watch
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
             "worker": Roles(scheduler=False, status=False)}[args.command]
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
    checked = [str(service_path)] + [str(w) for w in watch_files or [service.watches_file]]
    print("ok: " + ", ".join(checked))
    return 0


def _looks_like_watchlist(path: Path) -> bool:
    try:
        head = path.read_text(encoding="utf-8")
    except OSError:
        return False
    return any(line.startswith(("feeds:", "watches:")) for line in head.splitlines())


def cmd_schema(args) -> int:
    for path in write_config_schemas(Path(args.out)):
        print(f"wrote {path}")
    return 0


def cmd_test_watch(args) -> int:
    verdict, text = explain_watch(_config_path(args), args.watch, url=args.url, file=args.file)
    print(text)
    return 0 if verdict else 1


# --- reading state ------------------------------------------------------------------------------


def _open_state(args):
    """(context manager yielding a Redis client, service settings, watch list or None)."""
    service = load_service(_config_path(args))
    try:
        watchlist = load_watchlist(service.watches_file, service).watchlist
    except ConfigError:
        watchlist = None

    @contextmanager
    def state():
        with open_redis(service.redis.url, service.data_dir) as url:
            client = connect(url)
            try:
                yield client
            finally:
                client.close()

    return state(), service, watchlist


def cmd_status(args) -> int:
    state, _, watchlist = _open_state(args)
    with state as client:
        status = gather(client, watchlist)
    print(json.dumps(status, indent=2) if args.json else render_text(status))
    return 0


def cmd_story(args) -> int:
    state, _, _ = _open_state(args)
    with state as client:
        print(render_story(client, args.watch))
    return 0


def cmd_alerts(args) -> int:
    state, _, _ = _open_state(args)
    with state as client:
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
    state, service, _ = _open_state(args)
    with state as client:
        count = replay(client, service)
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
    p.add_argument("--out", default="configs/schema", help="folder (default: configs/schema)")
    p.set_defaults(func=cmd_schema)

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
        return 1
    except NewsmonError as exc:
        print(f"newsmon: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
