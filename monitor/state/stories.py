"""Story state per watch: the distinct pieces matched, their sources, and the claim ledger
(its own owner, monitor.state.story_ledger.StoryLedger, reached as `Stories.claims`).

A "piece" is an article that matched the watch and was not a copy of another. Copies are
folded into their original (monitor.dedup.minhash) and never become pieces.
"""

from __future__ import annotations

from dataclasses import dataclass

import redis

from monitor.state import keys
from monitor.state.story_ledger import StoryLedger

# Adds the piece if new and returns its number (1-based). The number comes from a per-story
# counter and is written once per piece (HSETNX), so parallel workers get 1..N in arrival
# order, never the same number twice, and a re-added piece keeps its number. (A rank by
# first-seen time is not a number: two workers ranking while a third adds get the same rank.)
_ADD_PIECE = """
if redis.call('HEXISTS', KEYS[2], 'pieces_numbered') == 0 then
  -- a story from before numbering (or a new one): its pieces so far, numbered by first seen
  local old = redis.call('ZRANGE', KEYS[1], 0, -1)
  for i, member in ipairs(old) do redis.call('HSETNX', KEYS[4], member, i) end
  redis.call('HSET', KEYS[2], 'pieces_numbered', #old)
end
local number = redis.call('HGET', KEYS[4], ARGV[1])
if not number then
  number = redis.call('HINCRBY', KEYS[2], 'pieces_numbered', 1)
  redis.call('HSETNX', KEYS[4], ARGV[1], number)
end
redis.call('ZADD', KEYS[1], 'NX', ARGV[2], ARGV[1])
redis.call('HSETNX', KEYS[2], 'first_seen', ARGV[2])
local last = tonumber(redis.call('HGET', KEYS[2], 'last_seen') or '0')
if tonumber(ARGV[2]) > last then redis.call('HSET', KEYS[2], 'last_seen', ARGV[2]) end
if ARGV[3] ~= '' then redis.call('SADD', KEYS[3], ARGV[3]) end
return tonumber(number)
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
    number: int


class Stories:
    def __init__(self, client: redis.Redis):
        self._r = client
        self._add = client.register_script(_ADD_PIECE)
        self.claims = StoryLedger(client)

    def add_piece(self, watch_id: str, article_id: str, source: str, seen_at: float
                  ) -> StoryInfo:
        """Record that `article_id` is a piece of the story (once) and return the story so far,
        numbering this piece."""
        number = self._add(
            keys=[keys.story_pieces(watch_id), keys.story(watch_id), keys.story_sources(watch_id),
                  keys.story_piece_numbers(watch_id)],
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
        """The story's pieces in the order they were numbered."""
        with self._r.pipeline() as pipe:
            pipe.zrange(keys.story_pieces(watch_id), 0, -1, withscores=True)
            pipe.hgetall(keys.story_piece_numbers(watch_id))
            members, numbers = pipe.execute()
        pieces = [Piece(m.decode(), score, int(numbers.get(m, 0))) for m, score in members]
        return sorted(pieces, key=lambda p: (p.number, p.first_seen))

    def piece_number(self, watch_id: str, article_id: str) -> int:
        number = self._r.hget(keys.story_piece_numbers(watch_id), article_id)
        return int(number) if number is not None else 0

    # --- claim ledger (kept indexed by monitor.state.story_ledger) ---------------------------

    def ledger(self, watch_id: str) -> list[dict]:
        """Every entry {article_id, source, seen_at, published, claim, terms}, in the order
        they were added (`published` is missing from entries written before it was recorded).
        A new piece reads only its candidates (`self.claims`); this reads all."""
        return self.claims.all(watch_id)

    def add_to_ledger(self, watch_id: str, entries: list[dict],
                      max_entries: int = keys.LEDGER_MAX_ENTRIES) -> None:
        self.claims.add(watch_id, entries, max_entries)
