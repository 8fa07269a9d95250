"""The story page: HTML rendered server-side from Jinja2 templates (monitor/views/templates),
autoescaped everywhere - every title, source, URL and sentence on it comes from third-party
feeds and pages. No script, no external asset: the same page works as a file
(`newsmon report WATCH --out story.html`) and under a Content-Security-Policy that forbids
everything but inline style (CSP).

    respond(client, watchlist, path) -> (status code, html)   /stories/ and /stories/WATCH
    render_index(summaries) / render_story(view, standalone=False) / render_not_found(...)
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import redis
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from monitor.redact import redact
from monitor.settings import WatchList
from monitor.state.stories import Stories
from monitor.views.storyview import (
    ClaimRef,
    Disagreement,
    StorySummary,
    StoryView,
    list_stories,
    read_story,
)
from monitor.views.storyview.model import iso

log = logging.getLogger(__name__)

# What the status server sends with these pages (the report file carries it as a <meta>).
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
HEADERS = {
    "Content-Security-Policy": CSP + "; base-uri 'none'; form-action 'none'; "
                                     "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
CONTENT_TYPE = "text/html; charset=utf-8"

RELATION_LABELS = {
    "new": "new to the story",
    "update": "updates an earlier figure",
    "contradiction": "contradicts an earlier claim",
    "earlier_report": "earlier report",
    "repeat": "repeats an earlier claim",
}
CHANGE_LABELS = {
    "number_changed": "number changed", "qualifier_changed": "qualifier changed",
    "quote_added": "quote added", "quote_removed": "quote removed",
    "quote_edited": "quote edited", "speaker_changed": "speaker changed",
    "polarity_flipped": "statement reversed", "modality_changed": "certainty changed",
    "entity_changed": "name changed", "date_changed": "date changed",
    "claim_added": "claim added", "claim_removed": "claim removed",
}
OMITTED_LABELS = {
    "pieces": "older pieces", "claims": "claims", "subjects": "subjects",
    "disagreements": "disagreements", "comparisons": "versions not compared",
}


def _when(seconds: float | None) -> Markup:
    """A <time> element, UTC to the minute; an en dash when unknown."""
    if not seconds:
        return Markup("&ndash;")
    stamp = iso(seconds)
    return Markup('<time datetime="{}">{}</time>').format(
        stamp, time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(seconds)))


def safe_url(url: str | None) -> str | None:
    """A link target only for http(s) URLs: a feed may list `javascript:` or `data:` links,
    which escaping alone does not defuse."""
    if not url:
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("monitor.views", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(when=_when, safe_url=safe_url,
                       relation=lambda r: RELATION_LABELS.get(r, r),
                       change=lambda t: CHANGE_LABELS.get(t, t.replace("_", " ")))
    env.globals.update(omitted_labels=OMITTED_LABELS)
    return env


_ENV = _environment()


def render_index(summaries: Sequence[StorySummary], *, now: float | None = None) -> str:
    return _ENV.get_template("stories.html").render(
        stories=summaries, generated=now or time.time())


def render_story(view: StoryView, *, standalone: bool = False, now: float | None = None
                 ) -> str:
    """One story's page; `standalone`: a file of its own (no links to the server's pages)."""
    changed = [p for p in view.pieces if p.claim_changes]
    return _ENV.get_template("story.html").render(
        story=view, changed=changed, disagreements=by_earlier_claim(view.disagreements),
        standalone=standalone, generated=now or time.time())


@dataclass(frozen=True)
class DisagreementGroup:
    """One claim and the later claims that differ from it (the page shows it once)."""

    earlier: ClaimRef
    earlier_report: bool  # it reached newsmon after all of them: older news, not a reversal
    later: tuple[Disagreement, ...]

    @property
    def kinds(self) -> list[str]:
        return sorted({d.kind for d in self.later})


def by_earlier_claim(disagreements: Sequence[Disagreement]) -> list[DisagreementGroup]:
    groups: dict[tuple[int, str], list[Disagreement]] = {}
    for d in disagreements:
        groups.setdefault((d.earlier.piece, d.earlier.sentence), []).append(d)
    return [DisagreementGroup(items[0].earlier, all(d.earlier_report for d in items),
                              tuple(items)) for items in groups.values()]


def render_not_found(watch_id: str, known: Sequence[str]) -> str:
    return _ENV.get_template("not_found.html").render(watch_id=watch_id, known=known,
                                                      generated=time.time())


def known_story(client: redis.Redis, watchlist: WatchList | None, watch_id: str
                ) -> str | None:
    """The title of `watch_id` if it is a story: a watch in force, or one that has pieces
    (a watch removed from the list keeps its story). None otherwise."""
    for watch in watchlist.watches if watchlist else []:
        if watch.id == watch_id:
            return watch.title
    return watch_id if Stories(client).info(watch_id).pieces else None


def render_unavailable() -> str:
    return _ENV.get_template("unavailable.html").render(generated=time.time())


def respond(client: redis.Redis, watchlist: WatchList | None, path: str) -> tuple[int, str]:
    """The page for a request path under /stories (the status server's part); 503 when
    Redis does not answer."""
    try:
        return _respond(client, watchlist, path)
    except redis.RedisError as exc:
        log.warning("story page: state not readable: %s", redact(str(exc)))
        return 503, render_unavailable()


def _respond(client: redis.Redis, watchlist: WatchList | None, path: str) -> tuple[int, str]:
    rest = path[len("/stories"):].strip("/")
    if not rest:
        return 200, render_index(list_stories(client, watchlist))
    watch_id = unquote(rest)
    title = known_story(client, watchlist, watch_id)
    if title is None:
        known = [w.id for w in watchlist.watches] if watchlist else []
        return 404, render_not_found(watch_id, known)
    return 200, render_story(read_story(client, watch_id, title=title))
