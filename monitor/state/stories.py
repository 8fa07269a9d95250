"""Story state per watch: the distinct pieces matched, their sources, and the claim ledger.

A "piece" is an article that matched the watch and was not a copy of another. Copies are
folded into their original (monitor.dedup.minhash) and never become pieces.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import redis

from monitor.state import keys

# Adds the piece if new and returns its number (1-based), atomically across workers.
_ADD_PIECE = """
redis.call('ZADD', KEYS[1], 'NX', ARGV[2], ARGV[1])
local rank = redis.call('ZRANK', KEYS[1], ARGV[1])
redis.call('HSETNX', KEYS[2], 'first_seen', ARGV[2])
local last = tonumber(redis.call('HGET', KEYS[2], 'last_seen') or '0')
if tonumber(ARGV[2]) > last then redis.call('HSET', KEYS[2], 'last_seen', ARGV[2]) end
if ARGV[3] ~= '' then redis.call('SADD', KEYS[3], ARGV[3]) end
return rank + 1
"""


@dataclass(frozen=True)
class StoryInfo:
    watch_id: str
    piece_number: int
    pieces: int
    sources: list[str]
    first_seen: float
    last_seen: float


@dataclass(frozen=True)
class Piece:
    article_id: str
    first_seen: float


class Stories:
    def __init__(self, client: redis.Redis):
        self._r = client
        self._add = client.register_script(_ADD_PIECE)

    def add_piece(self, watch_id: str, article_id: str, source: str, seen_at: float
                  ) -> StoryInfo:
        """Record that `article_id` is a piece of the story (once) and return the story so far,
        numbering this piece."""
        number = self._add(
            keys=[keys.story_pieces(watch_id), keys.story(watch_id), keys.story_sources(watch_id)],
            args=[article_id, seen_at, source])
        return self.info(watch_id, int(number))

    def info(self, watch_id: str, piece_number: int = 0) -> StoryInfo:
        with self._r.pipeline() as pipe:
            pipe.zcard(keys.story_pieces(watch_id))
            pipe.smembers(keys.story_sources(watch_id))
            pipe.hmget(keys.story(watch_id), "first_seen", "last_seen")
            pieces, sources, (first, last) = pipe.execute()
        return StoryInfo(watch_id, piece_number, int(pieces), sorted(s.decode() for s in sources),
                         float(first or 0), float(last or 0))

    def pieces(self, watch_id: str) -> list[Piece]:
        members = self._r.zrange(keys.story_pieces(watch_id), 0, -1, withscores=True)
        return [Piece(m.decode(), score) for m, score in members]

    def piece_number(self, watch_id: str, article_id: str) -> int:
        rank = self._r.zrank(keys.story_pieces(watch_id), article_id)
        return rank + 1 if rank is not None else 0

    # --- claim ledger -------------------------------------------------------------------------

    def ledger(self, watch_id: str) -> list[dict]:
        """Entries {article_id, source, seen_at, published, claim} in the order they were
        added (`published` is missing from entries written before it was recorded)."""
        return [json.loads(raw) for raw in self._r.lrange(keys.story_claims(watch_id), 0, -1)]

    def add_to_ledger(self, watch_id: str, entries: list[dict], max_entries: int = 5000) -> None:
        if not entries:
            return
        with self._r.pipeline() as pipe:
            pipe.rpush(keys.story_claims(watch_id), *(json.dumps(e) for e in entries))
            pipe.ltrim(keys.story_claims(watch_id), -max_entries, -1)
            pipe.execute()
