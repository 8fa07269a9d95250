"""The read API under /api/v1/: pure functions from the state to JSON-ready dicts, and the
OpenAPI document generated from the same models; the Atom feed of a watch's alerts. The status server (workers/status_server.py)
routes, checks the token and serialises; nothing here writes or fetches.

    alerts_page(client, AlertsQuery) -> dict            /api/v1/alerts
    article_view(client, article_id) -> dict            /api/v1/articles/{id}
    openapi_document(version) -> dict                   /api/v1/openapi.json
    stories_list(client, watchlist) -> dict             /api/v1/stories
    story_detail(client, watchlist, watch_id) -> dict   /api/v1/stories/{watch}
    watch_feed(client, watchlist, watch_id, self_path, now) -> bytes   /feeds/{watch}.atom
    parse_query(model, raw), check_id(value, pattern)   400 / 404 before anything is read
"""

from monitor.views.api.alerts import alerts_page, watch_feed
from monitor.views.api.articles import article_view
from monitor.views.api.models import ARTICLE_ID, WATCH_ID, AlertsQuery, NoQuery
from monitor.views.api.openapi import openapi_document
from monitor.views.api.query import check_id, parse_query
from monitor.views.api.stories import stories_list, story_detail

__all__ = ["ARTICLE_ID", "WATCH_ID", "AlertsQuery", "NoQuery", "alerts_page", "article_view", "check_id",
           "openapi_document", "parse_query", "stories_list", "story_detail", "watch_feed"]
