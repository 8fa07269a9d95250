"""Time of the read API's answers over real HTTP, with the alert stream full.

    .venv/bin/python benchmarks/bench_api.py [--requests 30]

Runs the pipeline on the project's own newsroom (tests/data/own_story) on an embedded Redis,
fills the alert stream to its cap (10,000 alerts: copies of the real ones, 1 in 500 on the
watch `tallis-flood`, the rest on another), gives one article 20 versions whose comparisons
were not recorded (the worst case of /api/v1/articles/{id}: 19 comparisons on read), then
times each endpoint through the status server on loopback. Baselines, measured in the same run:
/healthz (the server's own cost per request), and the filtered reads again on a stream of
alerts written before the stream noted each alert's watch (every payload decoded to filter).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY / "tests"))
import httpx  # noqa: E402
from faulty_newsroom import FaultyNewsroom  # noqa: E402
from harness import SECRET, hook_sink, make_pipeline  # noqa: E402
from own_newsroom import FLOOD_WATCH, PIECES, build_own_newsroom, read_text  # noqa: E402
from yaml_writer import write_configs  # noqa: E402

from monitor.jobs.recheck import recheck_article  # noqa: E402
from monitor.state import keys  # noqa: E402
from monitor.state.alertlog import AlertStream  # noqa: E402
from monitor.state.connection import EmbeddedRedis, connect  # noqa: E402
from workers.demo.receiver import WebhookReceiver  # noqa: E402
from workers.status_server import StatusServer  # noqa: E402

OTHER = {"id": "other", "title": "Other", "query": "chess", "sinks": ["hook"]}


def fill_stream(client, total: int, rare_every: int, old_format: bool) -> None:
    stream = AlertStream(client)
    templates = [json.loads(e["payload"]) for e in stream.older(None, 10)]
    for n in range(total - len(templates)):
        payload = json.loads(json.dumps(templates[n % len(templates)]))
        payload["data"]["alert_id"] = f"msg_bench{n}"
        if n % rare_every:
            payload["data"]["watch"]["id"] = "other"
        stream.append(payload["data"]["alert_id"], payload["type"], json.dumps(payload),
                      "" if old_format else payload["data"]["watch"]["id"])


def many_versions(pipeline, article_id: str, count: int) -> None:
    texts = [read_text(PIECES[0]), read_text(f"{PIECES[0]}.v2-number")]
    article = pipeline.ctx.articles.get(article_id)
    for n in range(count - article.version):
        text = texts[n % 2]
        pipeline.ctx.articles.add_version(article, text, f"h{n}")


def timed(http: httpx.Client, path: str, requests: int) -> tuple[float, float, int]:
    """Median and worst wall time (ms) of `requests` GETs, and the body's size."""
    times, size = [], 0
    for _ in range(requests):
        start = time.perf_counter()
        reply = http.get(path)
        times.append((time.perf_counter() - start) * 1000)
        assert reply.status_code == 200, (path, reply.text[:200])
        size = len(reply.content)
    return statistics.median(times), max(times), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-api-"))
    server = EmbeddedRedis(folder / "redis")
    client = connect(server.url)
    with FaultyNewsroom() as room, WebhookReceiver(secret=SECRET) as receiver:
        site = build_own_newsroom(room)
        pipeline = make_pipeline(client, write_configs(
            folder, feeds=site.feeds, watches=[FLOOD_WATCH, OTHER], sinks=[hook_sink(receiver)],
            extra={"log_level": "WARNING"}))
        pipeline.poll_all()
        edited = pipeline.ctx.dedup.article_for_url(site.url(PIECES[0]))
        site.publish(PIECES[0], read_text(f"{PIECES[0]}.v2-number"))
        recheck_article(pipeline.ctx, edited)
        pipeline.run_jobs()
        templates = AlertStream(client).older(None, 10)
        fill_stream(client, keys.ALERT_STREAM_MAXLEN, 500, old_format=False)
        recorded = pipeline.ctx.dedup.article_for_url(site.url(PIECES[1]))
        many_versions(pipeline, edited, 20)
        status = StatusServer("127.0.0.1", 0, lambda: (
            client, pipeline.ctx.watches.current().watchlist, []), token="b" * 32)
        status.start()
        http = httpx.Client(base_url=status.url, headers={"Authorization": "Bearer " + "b" * 32})
        print(f"alert stream: {client.xlen(keys.ALERT_STREAM)} alerts; "
              f"{args.requests} requests each; wall time per request on loopback")
        print(f"{'endpoint':<58} {'median ms':>9} {'max ms':>8} {'bytes':>8}")
        for label, path in [
                ("baseline: /healthz", "/healthz"),
                ("alerts, newest 50", "/api/v1/alerts"),
                ("alerts, 200 a page", "/api/v1/alerts?limit=200"),
                ("alerts of a watch with 1 in 500 (looks at 2,000)", "/api/v1/alerts?watch=tallis-flood"),
                ("Atom feed of that watch (50 entries, whole stream)", "/feeds/tallis-flood.atom"),
                ("article, 1 version", f"/api/v1/articles/{recorded}"),
                ("article, 20 versions, 19 compared on read", f"/api/v1/articles/{edited}"),
                ("stories", "/api/v1/stories"),
                ("story tallis-flood", "/api/v1/stories/tallis-flood"),
                ("openapi.json", "/api/v1/openapi.json")]:
            median, worst, size = timed(http, path, args.requests)
            print(f"{label:<58} {median:>9.1f} {worst:>8.1f} {size:>8}")
        start, pages, url = time.perf_counter(), 0, "/api/v1/alerts?limit=200"
        while url:
            url = http.get(url).json()["next"]
            pages += 1
        print(f"walking the whole stream, 200 a page: {pages} pages in "
              f"{time.perf_counter() - start:.2f} s")
        client.delete(keys.ALERT_STREAM)
        for entry in reversed(templates):
            client.xadd(keys.ALERT_STREAM, {k: v for k, v in entry.items() if k not in ("stream_id", "watch")})
        fill_stream(client, keys.ALERT_STREAM_MAXLEN, 500, old_format=True)
        print("the same stream as written before the watch was noted beside each alert:")
        for label, path in [
                ("alerts of a watch with 1 in 500 (looks at 2,000)", "/api/v1/alerts?watch=tallis-flood"),
                ("Atom feed of that watch (50 entries, whole stream)", "/feeds/tallis-flood.atom")]:
            median, worst, size = timed(http, path, args.requests)
            print(f"{label:<58} {median:>9.1f} {worst:>8.1f} {size:>8}")
        http.close()
        status.stop()
    client.close()
    server.close()


if __name__ == "__main__":
    main()
