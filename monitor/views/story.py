"""`newsmon story WATCH`: the pieces of a story, their sources and copies, as a table."""

from __future__ import annotations

from datetime import UTC, datetime

import redis

from monitor.state.articles import ArticleStore
from monitor.state.stories import Stories


def render_story(client: redis.Redis, watch_id: str) -> str:
    """A table of the story's pieces for `newsmon story WATCH`."""
    stories, articles = Stories(client), ArticleStore(client)
    info = stories.info(watch_id)
    if not info.pieces:
        return f"story {watch_id}: no pieces yet"
    lines = [f"story {watch_id}: {info.pieces} pieces from {len(info.sources)} sources",
             f"  {'#':>3}  {'first seen (UTC)':<16}  {'source':<20}  {'copies':>6}  title / url"]
    for piece in stories.pieces(watch_id):
        article = articles.get(piece.article_id)
        if article is None:
            continue
        seen = datetime.fromtimestamp(piece.first_seen, UTC).strftime("%Y-%m-%d %H:%M")
        copies = articles.copies(article.id)
        lines.append(f"  {piece.number or '-':>3}  {seen:<16}  {article.source[:20]:<20}  {len(copies):>6}  "
                     f"{article.title[:70]}")
        lines.append(f"  {'':>3}  {'':<16}  {'':<20}  {'':>6}  {article.url}")
        for copy in copies:
            lines.append(f"  {'':>3}  {'':<16}  {'':<20}  {'copy':>6}  {copy['source']}: "
                         f"{copy['url']}")
    return "\n".join(lines)
