"""Articles and their versions in Redis.

An article is a hash of metadata plus a list of versions, each the zlib-compressed JSON of
{n, fetched_at, text, hash}. Only the last `max_versions` are kept. Version numbers keep
counting after old ones are dropped, so alerts can name them.
"""

from __future__ import annotations

import json
import time
import zlib
from dataclasses import asdict, dataclass, field, fields

import redis

from monitor.state import keys
from monitor.state.claim_changes import ClaimChangeLog
from monitor.state.queues import edit_checks, page_retries


@dataclass
class Article:
    id: str
    url: str
    canonical_url: str
    title: str = ""
    source: str = ""
    feed_id: str = ""
    item_key: str = ""
    published: str | None = None
    updated: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    summary: str = ""
    first_seen: float = 0.0
    last_fetched: float = 0.0
    version: int = 0
    compared_version: int = 1  # latest version whose claims were compared (and alerted)
    # "ok": full text; "summary_only": page not fetched yet, text is the feed summary;
    # "feed_only": the item has no link, its text is the feed's title and summary for good
    status: str = "ok"
    fetch_failures: int = 0
    last_error: str = ""
    # The page's validators and raw-bytes digest (monitor.edits.page_digest) as last fetched,
    # from the first fetch on: re-checks ask conditionally, and skip extraction on equal bytes.
    etag: str | None = None
    last_modified: str | None = None
    page_hash: str | None = None
    watches: list[str] = field(default_factory=list)  # watch ids this article matched
    recheck_index: int = 0  # position in edits.recheck_schedule
    # Listed by its feed at the feed's first poll: joins stories, alerted only where a watch
    # says `backlog: alert` (monitor.stories.backlog). Stored so a page retry decides the same.
    backlog: bool = False

    def to_hash(self) -> dict[str, str]:
        return {f.name: json.dumps(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_hash(cls, raw: dict[bytes, bytes]) -> Article:
        known = {f.name for f in fields(cls)}
        values = {k.decode(): json.loads(v) for k, v in raw.items() if k.decode() in known}
        return cls(**values)


@dataclass(frozen=True)
class Version:
    n: int
    fetched_at: float
    text: str
    hash: str


class ArticleStore:
    def __init__(self, client: redis.Redis, *, max_versions: int = 20):
        self._r = client
        self._max_versions = max_versions

    def create(self, article: Article, text: str, digest: str,
               fetched_at: float | None = None) -> bool:
        """Store a new article with its first version (`digest`: the text's content hash).
        False if the id already exists."""
        fetched_at = fetched_at or time.time()
        key = keys.article(article.id)
        if not self._r.hsetnx(key, "id", json.dumps(article.id)):
            return False
        article.version = 1
        article.last_fetched = fetched_at
        article.first_seen = article.first_seen or fetched_at
        with self._r.pipeline() as pipe:
            pipe.hset(key, mapping=article.to_hash())
            pipe.rpush(keys.article_versions(article.id),
                       _pack(Version(1, fetched_at, text, digest)))
            pipe.zadd(keys.ARTICLES_BY_TIME, {article.id: article.first_seen})
            pipe.execute()
        return True

    def get(self, article_id: str) -> Article | None:
        raw = self._r.hgetall(keys.article(article_id))
        return Article.from_hash(raw) if raw else None

    def save(self, article: Article, *names: str,
             pipe: redis.client.Pipeline | None = None) -> None:
        """Write back the named fields (all when none are named)."""
        values = article.to_hash()
        if names:
            values = {n: values[n] for n in names}
        (pipe or self._r).hset(keys.article(article.id), mapping=values)

    def add_version(self, article: Article, text: str, digest: str,
                    fetched_at: float | None = None) -> Version:
        """Append a version (the caller has checked the text changed) and trim old ones."""
        fetched_at = fetched_at or time.time()
        n = int(self._r.hincrby(keys.article(article.id), "version", 1))
        version = Version(n, fetched_at, text, digest)
        with self._r.pipeline() as pipe:
            pipe.rpush(keys.article_versions(article.id), _pack(version))
            pipe.ltrim(keys.article_versions(article.id), -self._max_versions, -1)
            pipe.execute()
        article.version = n
        article.last_fetched = fetched_at
        self.save(article, "last_fetched")
        return version

    def replace_latest_version(self, article: Article, text: str, digest: str,
                               fetched_at: float) -> Version:
        """Swap the text of the latest version (a summary-only article got its full page)."""
        version = Version(article.version, fetched_at, text, digest)
        self._r.lset(keys.article_versions(article.id), -1, _pack(version))
        return version

    def latest(self, article_id: str) -> Version | None:
        raw = self._r.lindex(keys.article_versions(article_id), -1)
        return _unpack(raw) if raw else None

    def last_two(self, article_id: str) -> tuple[Version, Version]:
        """The previous and the latest version (only those two are decompressed)."""
        old, new = self._r.lrange(keys.article_versions(article_id), -2, -1)
        return _unpack(old), _unpack(new)

    def versions(self, article_id: str) -> list[Version]:
        return [_unpack(raw) for raw in self._r.lrange(keys.article_versions(article_id), 0, -1)]

    def add_copy(self, article_id: str, url: str, source: str, seen_at: float) -> bool:
        """Record a syndicated copy (atomic); False when that URL was already recorded."""
        entry = json.dumps({"url": url, "source": source, "seen_at": seen_at})
        return bool(self._r.hsetnx(keys.article_copies(article_id), url, entry))

    def copies(self, article_id: str) -> list[dict]:
        entries = [json.loads(v) for v in self._r.hvals(keys.article_copies(article_id))]
        return sorted(entries, key=lambda c: c["seen_at"])

    def expired(self, before: float, limit: int = 200) -> list[str]:
        """Ids of articles first seen before `before`, oldest first."""
        members = self._r.zrangebyscore(keys.ARTICLES_BY_TIME, "-inf", before, start=0, num=limit)
        return [m.decode() for m in members]

    def forget(self, article_id: str) -> None:
        """Drop an article's record, versions, copies and recorded claim changes, and its
        pending checks. The dedup indexes keep pointing at its id, so the same item or URL is
        still recognised."""
        with self._r.pipeline() as pipe:
            pipe.delete(keys.article(article_id), keys.article_versions(article_id),
                        keys.article_copies(article_id))
            pipe.zrem(keys.ARTICLES_BY_TIME, article_id)
            edit_checks(self._r).remove(article_id, pipe)
            page_retries(self._r).remove(article_id, pipe)
            ClaimChangeLog(self._r).remove(article_id, pipe)
            pipe.execute()

    def count(self) -> int:
        return int(self._r.zcard(keys.ARTICLES_BY_TIME))

    def ids(self) -> list[str]:
        return [m.decode() for m in self._r.zrange(keys.ARTICLES_BY_TIME, 0, -1)]


def _pack(version: Version) -> bytes:
    return zlib.compress(json.dumps(asdict(version)).encode(), 6)


def _unpack(raw: bytes) -> Version:
    return Version(**json.loads(zlib.decompress(raw)))
