"""/api/v1/articles/{id}: an article, the versions kept of its text, and what changed between
each two consecutive versions.

The changes are those the re-check job recorded when it compared each version
(monitor.state.claim_changes, the same ClaimChange.to_dict() an `article.claims_changed` alert
carries), so the API shows the alert's changes and also the style-only edits that were not
alerted; a pair of kept versions compared before the job recorded comparisons is compared here,
the same way (monitor.claims.compare_versions). The texts themselves are not served: they are
the publishers'.
"""

from __future__ import annotations

from datetime import UTC, datetime

import redis

from monitor.alerts.build import article_info
from monitor.alerts.summary import lead_summary
from monitor.claims import compare_versions
from monitor.errors import RequestError
from monitor.state.articles import ArticleStore, Version
from monitor.state.claim_changes import ClaimChangeLog
from monitor.views.api.models import (
    ArticleRecord,
    ArticleView,
    VersionChange,
    VersionInfo,
)


def article_view(client: redis.Redis, article_id: str) -> dict:
    """The JSON-ready dict of an ArticleView, or RequestError(404)."""
    store = ArticleStore(client)
    article = store.get(article_id)
    versions = store.versions(article_id) if article else []
    if article is None or not versions:
        raise RequestError(404, f"no such article: {article_id!r}")
    latest = versions[-1]
    info = article_info(article, summary=lead_summary(latest.text, language=article.language),
                        copies=store.copies(article_id))
    record = ArticleRecord(**info.model_dump(), first_seen=_utc(article.first_seen),
                           last_fetched=_utc(article.last_fetched), status=article.status,
                           watches=article.watches)
    view = ArticleView(
        article=record,
        versions=[VersionInfo(n=v.n, fetched_at=_utc(v.fetched_at), words=len(v.text.split()),
                              hash=v.hash) for v in versions],
        changes=_changes(ClaimChangeLog(client).all(article_id), versions))
    return view.model_dump(mode="json")


def _changes(recorded: dict[int, dict], versions: list[Version]) -> list[VersionChange]:
    """The recorded comparisons, and those of consecutive kept versions not recorded."""
    found = {n: VersionChange(**{**c, "from_fetched_at": _utc(c["from_fetched_at"]),
                                 "to_fetched_at": _utc(c["to_fetched_at"])})
             for n, c in recorded.items()}
    for old, new in zip(versions, versions[1:], strict=False):
        if new.n not in found and new.n == old.n + 1:
            diff = compare_versions(old.text, new.text)
            found[new.n] = VersionChange(
                from_version=old.n, to_version=new.n, from_fetched_at=_utc(old.fetched_at),
                to_fetched_at=_utc(new.fetched_at), summary=diff.summary,
                changes=[c.to_dict() for c in diff.changes])
    return [found[n] for n in sorted(found)]


def _utc(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, tz=UTC)
