"""The claim changes of each article version, as the re-check compared them.

One hash per article (keys.article_changes): the version number compared to -> the JSON of
{from_version, to_version, from_fetched_at, to_fetched_at, summary, changes}, `changes` as
monitor.claims.ClaimChange.to_dict gives them (empty for a style-only edit). Recorded once
per version, when the re-check compares it (monitor.jobs.recheck), so the story page reads
changes without comparing texts again and keeps them after the old version's text is trimmed
(ArticleStore keeps the last `max_versions` texts). Dropped with the article
(ArticleStore.forget).
"""

from __future__ import annotations

import json
from typing import Any

import redis

from monitor.state import keys


class ClaimChangeLog:
    def __init__(self, client: redis.Redis):
        self._r = client

    def record(self, article_id: str, comparison: dict[str, Any]) -> None:
        """Keep the comparison of one version with the one before (once: a redelivered job
        compares the same two texts and gets the same answer)."""
        self._r.hsetnx(keys.article_changes(article_id), str(comparison["to_version"]),
                       json.dumps(comparison, separators=(",", ":")))

    def all(self, article_id: str) -> dict[int, dict[str, Any]]:
        """to_version -> the recorded comparison."""
        raw = self._r.hgetall(keys.article_changes(article_id))
        return {int(k): json.loads(v) for k, v in raw.items()}

    def remove(self, article_id: str, pipe: redis.client.Pipeline | None = None) -> None:
        (pipe or self._r).delete(keys.article_changes(article_id))
