"""The bundled demo newsroom for `newsmon demo`: three fictional outlets covering a fictional
port strike in the fictional country of Velmora, plus two off-topic pieces.

The content lives in `site/` (a JSON manifest and one text file per article, shipped as package
data). `publish(newsroom, site, stage)` renders it onto a loopback `Newsroom`:

    stage 0  the initial pieces (four on the story, two off-topic)
    stage 1  a new piece on the story appears in one outlet's feed
    stage 2  an existing piece is edited (a number changed, a quote added)

Rendering is deterministic, so re-publishing unchanged content keeps its ETag (pollers get 304)
and only what a stage really changes looks changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from html import escape
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

from workers.demo.newsroom import FeedEntry, FeedKind, Newsroom

SITE_DIR: Traversable = files(__package__) / "site"
MANIFEST = "site.json"


@dataclass(frozen=True)
class DemoFeed:
    path: str
    kind: FeedKind
    title: str


@dataclass(frozen=True)
class DemoOutlet:
    slug: str
    name: str
    tagline: str
    feed: DemoFeed
    nav: tuple[str, ...]
    most_read: tuple[str, ...]


@dataclass(frozen=True)
class DemoArticle:
    id: str
    outlet: str
    path: str
    title: str
    author: str
    section: str
    summary: str
    text: str
    published: datetime
    stage: int  # first stage at which the piece is online
    on_story: bool  # False for the off-topic pieces a watch must not match


@dataclass(frozen=True)
class DemoEdit:
    article: str
    stage: int
    text: str
    updated: datetime
    what: str


@dataclass(frozen=True)
class DemoWatch:
    """The watch the demo runs: the story the on-story pieces belong to."""

    id: str
    title: str
    query: str


@dataclass(frozen=True)
class DemoSite:
    outlets: tuple[DemoOutlet, ...]
    articles: tuple[DemoArticle, ...]
    edits: tuple[DemoEdit, ...]
    watch: DemoWatch
    epoch: datetime  # "now" for the site: every date is an offset before it

    @property
    def last_stage(self) -> int:
        return max([a.stage for a in self.articles] + [e.stage for e in self.edits])

    def outlet(self, slug: str) -> DemoOutlet:
        for outlet in self.outlets:
            if outlet.slug == slug:
                return outlet
        raise KeyError(f"no demo outlet {slug!r}")

    def article(self, article_id: str) -> DemoArticle:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(f"no demo article {article_id!r}")


@dataclass(frozen=True)
class ArticleVersion:
    """An article as it stands at one stage: its text, and when it was last edited."""

    article: DemoArticle
    text: str
    updated: datetime | None = None

    @property
    def last_modified(self) -> datetime:
        return self.updated or self.article.published


@dataclass(frozen=True)
class Published:
    """What one `publish` call put online: feed URLs by outlet slug, page URLs by article id."""

    stage: int
    feeds: dict[str, str]
    pages: dict[str, str]


# ---------------------------------------------------------------------------------------------
# Loading


def load_demo_site(now: datetime | None = None) -> DemoSite:
    """Read the bundled site. Dates are `minutes_ago` offsets before `now` (default: the
    current time), so the demo's items always look fresh to a poller."""
    epoch = (now or datetime.now(UTC)).replace(microsecond=0)
    manifest = json.loads(SITE_DIR.joinpath(MANIFEST).read_text(encoding="utf-8"))
    return DemoSite(
        outlets=tuple(_outlet(o) for o in manifest["outlets"]),
        articles=tuple(_article(a, epoch) for a in manifest["articles"]),
        edits=tuple(_edit(e, epoch) for e in manifest["edits"]),
        watch=DemoWatch(**manifest["watch"]),
        epoch=epoch,
    )


def _read_text(relative: str) -> str:
    return SITE_DIR.joinpath(relative).read_text(encoding="utf-8").strip()


def _outlet(raw: dict[str, Any]) -> DemoOutlet:
    return DemoOutlet(
        slug=raw["slug"],
        name=raw["name"],
        tagline=raw["tagline"],
        feed=DemoFeed(**raw["feed"]),
        nav=tuple(raw["nav"]),
        most_read=tuple(raw["most_read"]),
    )


def _article(raw: dict[str, Any], epoch: datetime) -> DemoArticle:
    fields = {k: v for k, v in raw.items() if k not in ("file", "minutes_ago")}
    return DemoArticle(
        **fields,
        text=_read_text(raw["file"]),
        published=epoch - timedelta(minutes=raw["minutes_ago"]),
    )


def _edit(raw: dict[str, Any], epoch: datetime) -> DemoEdit:
    return DemoEdit(
        article=raw["article"],
        stage=raw["stage"],
        text=_read_text(raw["file"]),
        updated=epoch - timedelta(minutes=raw["minutes_ago"]),
        what=raw["what"],
    )


# ---------------------------------------------------------------------------------------------
# Pure rendering


def versions_at(site: DemoSite, stage: int) -> list[ArticleVersion]:
    """The articles online at `stage`, each with its latest edit up to that stage applied,
    newest first."""
    versions = []
    for article in site.articles:
        if article.stage > stage:
            continue
        edits = [e for e in site.edits if e.article == article.id and e.stage <= stage]
        latest = max(edits, key=lambda e: e.stage, default=None)
        if latest is None:
            versions.append(ArticleVersion(article, article.text))
        else:
            versions.append(ArticleVersion(article, latest.text, latest.updated))
    return sorted(versions, key=lambda v: v.article.published, reverse=True)


def _display_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%d %B %Y, %H:%M UTC")


def _paragraphs(text: str) -> str:
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    return "\n".join(f"      <p>{escape(b)}</p>" for b in blocks)


def _nav(outlet: DemoOutlet) -> str:
    links = "".join(f'<li><a href="/{outlet.slug}/">{escape(item)}</a></li>' for item in outlet.nav)
    return f'<nav class="site-nav"><ul>{links}</ul></nav>'


def _aside(outlet: DemoOutlet) -> str:
    # Static teasers: page chrome that never changes between stages, so it never looks like
    # an edit of the article.
    teasers = "".join(
        f'<li><a href="/{outlet.slug}/">{escape(t)}</a></li>' for t in outlet.most_read
    )
    return (
        '<aside class="most-read"><h2>Most read</h2>'
        f"<ol>{teasers}</ol>"
        f'<div class="newsletter">Get the {escape(outlet.name)} morning briefing in your inbox. '
        '<a href="#">Sign up</a></div></aside>'
    )


def _footer(outlet: DemoOutlet) -> str:
    return (
        f"<footer><p>&copy; {escape(outlet.name)} Media. All rights reserved.</p>"
        '<p><a href="#">Privacy</a> &middot; <a href="#">Cookies</a> &middot; '
        '<a href="#">Contact us</a> &middot; <a href="#">Advertise</a></p>'
        f"<p>{escape(outlet.tagline)}</p></footer>"
    )


def render_article_page(outlet: DemoOutlet, version: ArticleVersion, url: str) -> str:
    """A realistic article page: metadata in <head>, the story in <article>, and the usual
    chrome (cookie notice, nav, most-read teasers, footer) around it."""
    article = version.article
    published = article.published.astimezone(UTC).isoformat()
    modified = version.last_modified.astimezone(UTC).isoformat()
    updated_line = (
        f' &middot; Updated <time datetime="{modified}">{_display_time(version.updated)}</time>'
        if version.updated
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{escape(article.title)} | {escape(outlet.name)}</title>
  <link rel="canonical" href="{escape(url)}">
  <meta name="description" content="{escape(article.summary)}">
  <meta name="author" content="{escape(article.author)}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{escape(article.title)}">
  <meta property="og:site_name" content="{escape(outlet.name)}">
  <meta property="og:url" content="{escape(url)}">
  <meta property="article:published_time" content="{published}">
  <meta property="article:modified_time" content="{modified}">
  <meta property="article:section" content="{escape(article.section)}">
</head>
<body>
  <div class="cookie-banner">We use cookies to improve your experience. <a href="#">Accept</a></div>
  <header><a class="logo" href="/{outlet.slug}/">{escape(outlet.name)}</a>{_nav(outlet)}</header>
  <main>
    <nav class="breadcrumb"><a href="/{outlet.slug}/">{escape(article.section)}</a></nav>
    <article>
      <h1>{escape(article.title)}</h1>
      <p class="byline">By {escape(article.author)} &middot; <time datetime="{published}">\
{_display_time(article.published)}</time>{updated_line}</p>
{_paragraphs(version.text)}
    </article>
    {_aside(outlet)}
  </main>
  {_footer(outlet)}
</body>
</html>
"""


def render_home(site: DemoSite, versions: list[ArticleVersion], base_url: str) -> str:
    """The index of the demo: outlets, their feeds and their headlines."""
    sections = []
    for outlet in site.outlets:
        items = "".join(
            f'<li><a href="{escape(v.article.path)}">{escape(v.article.title)}</a></li>'
            for v in versions
            if v.article.outlet == outlet.slug
        )
        sections.append(
            f"<section><h2>{escape(outlet.name)}</h2>"
            f'<p>Feed ({outlet.feed.kind}): <a href="{escape(base_url + outlet.feed.path)}">'
            f"{escape(base_url + outlet.feed.path)}</a></p><ul>{items}</ul></section>"
        )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>newsmon demo newsroom</title></head><body>"
        "<h1>newsmon demo newsroom</h1>"
        "<p>Fictional outlets and stories, served on loopback for the offline demo.</p>"
        + "".join(sections)
        + "</body></html>\n"
    )


def feed_entries(outlet: DemoOutlet, versions: list[ArticleVersion]) -> list[FeedEntry]:
    return [
        FeedEntry(
            title=v.article.title,
            link=v.article.path,
            guid=f"urn:{outlet.slug}:{v.article.id}",
            summary=v.article.summary,
            published=v.article.published,
            updated=v.updated,
            author=v.article.author,
        )
        for v in versions
        if v.article.outlet == outlet.slug
    ]


# ---------------------------------------------------------------------------------------------
# I/O edge


def publish(newsroom: Newsroom, site: DemoSite, stage: int) -> Published:
    """Put the site as it stands at `stage` onto `newsroom` (pages, feeds, and an index at
    "/"). Pieces not yet online at `stage` are removed, so any stage can be re-published."""
    if not 0 <= stage <= site.last_stage:
        raise ValueError(f"demo stage must be between 0 and {site.last_stage}, got {stage}")
    versions = versions_at(site, stage)
    pages = _publish_pages(newsroom, site, versions)
    feeds = _publish_feeds(newsroom, site, versions)
    newsroom.put("/", render_home(site, versions, newsroom.base_url))
    return Published(stage, feeds, pages)


def _publish_pages(
    newsroom: Newsroom, site: DemoSite, versions: list[ArticleVersion]
) -> dict[str, str]:
    online = {v.article.id for v in versions}
    for article in site.articles:
        if article.id not in online:
            newsroom.remove(article.path)
    pages = {}
    for version in versions:
        article = version.article
        url = newsroom.url(article.path)
        page = render_article_page(site.outlet(article.outlet), version, url)
        newsroom.put(article.path, page, last_modified=version.last_modified)
        pages[article.id] = url
    return pages


def _publish_feeds(
    newsroom: Newsroom, site: DemoSite, versions: list[ArticleVersion]
) -> dict[str, str]:
    feeds = {}
    for outlet in site.outlets:
        own = [v for v in versions if v.article.outlet == outlet.slug]
        newest = max((v.last_modified for v in own), default=site.epoch)
        newsroom.put_feed(
            outlet.feed.path,
            outlet.feed.kind,
            outlet.feed.title,
            feed_entries(outlet, own),
            last_modified=newest,
        )
        feeds[outlet.slug] = newsroom.url(outlet.feed.path)
    return feeds
