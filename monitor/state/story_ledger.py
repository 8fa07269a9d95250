"""A story's claim ledger, indexed by what its claims are about.

Relating a new piece needs only the earlier claims sharing MIN_SHARED_TERMS topic terms with
one of its own (monitor.claims.ledger), so the ledger is kept the way that question is asked:

- each entry once, in a hash (id -> JSON {article_id, source, seen_at, published, claim,
  met: how an anchored claim met the story}, the claim's frame without its empty fields);
  ids grow with each entry added, so they carry the ledger's order; an anchored entry's
  terms in a hash beside it (read only to evict it);
- per topic term, a zset of the ids of the entries having it, scored by publication time:
  the entries that may be set against a new piece's claim are chosen from its terms' sets
  only, on each side of the piece's time (monitor.stories.ledger rules 1 and 2), by a script
  that counts the terms each id shares with the claim and ranks them: only the chosen entries
  travel, with each claim's ranking (the relating does not count them again);
- the publication times of all entries (how many are before / after a new piece), the ids in
  the order added (the oldest go when the story has more than LEDGER_MAX_ENTRIES), and per
  article the range of ids its claims were given (a redelivered job adds them once).

Only entries whose claim is anchored carry terms (relate_to_story sets no other claim against
a new one). A read of one term hands out at most LEDGER_TERM_LIMIT ids per side of the piece's
time, the nearest in time: this bounds the work a word every piece of a story uses would
otherwise grow with the story. Below that limit the candidates are exactly those a scan of the
whole ledger gives (tests/test_story_ledger_index.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import redis

from monitor.claims import MAX_CANDIDATES, MIN_SHARED_TERMS, Claim, topic_terms
from monitor.state import keys
from monitor.state.ledger_cache import Decoded, DecodedEntries

# KEYS[1] the entries, KEYS[2..] term sets; ARGV: when, term limit, min shared, max candidates,
# own ids, the sides to read ("1" or "0" for at-or-before, then for after: a side the ledger
# has no entry on costs nothing), then per claim the indexes into KEYS of its terms. Each term
# set is read once per side (at most `limit` ids, the nearest in time). Returns first the
# ranking, a line per claim: its candidates at or before, "|", those after, each side best
# first; then the entries chosen, in id order, each as its id then its JSON (the id names it
# in the ranking and in the decoded entries a worker keeps).
_CANDIDATES = """
local when, limit = ARGV[1], tonumber(ARGV[2])
local min_shared, most = tonumber(ARGV[3]), tonumber(ARGV[4])
local own = {}
for id in string.gmatch(ARGV[5], '%S+') do own[id] = true end
local wanted = {ARGV[6]:sub(1, 1) == '1', ARGV[6]:sub(2, 2) == '1'}
local read = {{}, {}}
local function ids(k, side)
  local found = read[side][k]
  if not found then
    if side == 1 then
      found = redis.call('ZREVRANGEBYSCORE', KEYS[k], when, '-inf', 'LIMIT', 0, limit)
    else
      found = redis.call('ZRANGEBYSCORE', KEYS[k], '(' .. when, '+inf', 'LIMIT', 0, limit)
    end
    read[side][k] = found
  end
  return found
end
-- The best `most` ids sharing at least min_shared terms: by count (buckets), then the
-- earliest (numbers sort in C, with no Lua comparator).
local function best(shared)
  local buckets, top = {}, 0
  for id, n in pairs(shared) do
    if n >= min_shared then
      if not buckets[n] then buckets[n] = {} end
      local bucket = buckets[n]
      bucket[#bucket + 1] = tonumber(id)
      if n > top then top = n end
    end
  end
  local picked = {}
  for n = top, min_shared, -1 do
    local bucket = buckets[n]
    if bucket then
      table.sort(bucket)
      for i = 1, math.min(#bucket, most - #picked) do picked[#picked + 1] = bucket[i] end
      if #picked >= most then break end
    end
  end
  return picked
end
local chosen, lines = {}, {}
for c = 7, #ARGV do
  local ranked = {'', ''}
  for side = 1, 2 do
    if wanted[side] then
      local shared = {}
      for k in string.gmatch(ARGV[c], '%S+') do
        for _, id in ipairs(ids(tonumber(k), side)) do
          if not own[id] then shared[id] = (shared[id] or 0) + 1 end
        end
      end
      local picked = best(shared)
      for _, id in ipairs(picked) do chosen[id] = true end
      ranked[side] = table.concat(picked, ' ')
    end
  end
  lines[#lines + 1] = ranked[1] .. '|' .. ranked[2]
end
local order = {}
for id in pairs(chosen) do order[#order + 1] = id end
table.sort(order)
local found = {table.concat(lines, '\\n')}
for first = 1, #order, 1000 do  -- unpack has a limit on how many values it spreads
  local chunk = redis.call('HMGET', KEYS[1], unpack(order, first, math.min(first + 999, #order)))
  for i, raw in ipairs(chunk) do
    if raw then
      found[#found + 1] = order[first + i - 1]
      found[#found + 1] = raw
    end
  end
end
return found
"""

# KEYS: the entries, their times, the ids in order, the articles' id ranges, the story's hash,
# the entries' terms; ARGV: the article, entries kept, the prefix of the term sets
# (keys.ledger_term with an empty term), then per entry its time, its JSON and its terms (a
# JSON list). The script names the term sets itself (an evicted entry's terms are known only
# once it is read): fine on one Redis, which is what newsmon runs on.
# Returns the number of entries added: 0 when the article's entries are there already.
_ADD = """
local span = redis.call('HGET', KEYS[4], ARGV[1])
if span and redis.call('HEXISTS', KEYS[1], string.match(span, '%S+$')) == 1 then return 0 end
local count = (#ARGV - 3) / 3
local last = redis.call('HINCRBY', KEYS[5], 'ledger_ids', count)
local first = last - count + 1
for n = 0, count - 1 do
  local id, when, terms = first + n, ARGV[4 + 3 * n], ARGV[6 + 3 * n]
  redis.call('HSET', KEYS[1], id, ARGV[5 + 3 * n])
  redis.call('ZADD', KEYS[2], when, id)
  redis.call('RPUSH', KEYS[3], id)
  if terms ~= '[]' then
    redis.call('HSET', KEYS[6], id, terms)
    for _, term in ipairs(cjson.decode(terms)) do redis.call('ZADD', ARGV[3] .. term, when, id) end
  end
end
redis.call('HSET', KEYS[4], ARGV[1], first .. ' ' .. last)
local excess = redis.call('LLEN', KEYS[3]) - tonumber(ARGV[2])
if excess > 0 then
  for _, id in ipairs(redis.call('LPOP', KEYS[3], excess)) do
    local terms, kept = {}, redis.call('HGET', KEYS[6], id)
    if kept then
      terms = cjson.decode(kept)
    else  -- an entry written before the terms had a hash of their own carries them inside
      local raw = redis.call('HGET', KEYS[1], id)
      if raw then terms = cjson.decode(raw)['terms'] or {} end
    end
    for _, term in ipairs(terms) do redis.call('ZREM', ARGV[3] .. term, id) end
    redis.call('HDEL', KEYS[1], id)
    redis.call('HDEL', KEYS[6], id)
    redis.call('ZREM', KEYS[2], id)
  end
end
return count
"""


@dataclass(frozen=True)
class Candidates:
    """What a new piece's claims are set against: the entries chosen for any of them, decoded,
    in ledger order, and per claim (in the order asked) its candidates published at or before
    the piece and after it, best first: positions in `read`."""

    read: list[Decoded]
    before: list[list[int]]
    after: list[list[int]]


@dataclass(frozen=True)
class LedgerOutline:
    """What a new piece needs to know of the whole ledger besides its candidates."""

    before: int  # entries of other pieces published at or before the piece
    after: int  # ... and after it
    own_ids: frozenset[int]  # entries of this piece already there (its job is redelivered)


class StoryLedger:
    def __init__(self, client: redis.Redis):
        self._r = client
        self._candidates = client.register_script(_CANDIDATES)
        self._add = client.register_script(_ADD)
        # Entries this process has decoded (monitor.state.ledger_cache: why one never goes
        # stale). One per StoryLedger: a worker keeps one (its Context) for its whole life.
        self.decoded = DecodedEntries()

    def outline(self, watch_id: str, article_id: str, when: float) -> LedgerOutline:
        self._move_old_list(watch_id)
        own = self._own_ids(watch_id, article_id)
        with self._r.pipeline(transaction=False) as pipe:
            pipe.zcount(keys.ledger_times(watch_id), "-inf", when)
            pipe.zcount(keys.ledger_times(watch_id), f"({when}", "+inf")
            if own:
                pipe.zmscore(keys.ledger_times(watch_id), sorted(own))
            before, after, *own_times = pipe.execute()
        own_before = sum(1 for t in (own_times[0] if own else []) if t is not None and t <= when)
        return LedgerOutline(before - own_before, after - (len(own) - own_before), own)

    def candidate_claims(self, watch_id: str, claim_terms: list[frozenset[str]], when: float,
                         own_ids: frozenset[int], sides: tuple[bool, bool] = (True, True)
                         ) -> Candidates:
        """The entries that may be set against claims with these topic terms, each with its
        claim decoded (once per process): per claim and per side of `when` (at or before,
        after), the ids sharing at least MIN_SHARED_TERMS of its terms, ranked as
        monitor.claims.best_candidates ranks them (most shared first, then the earlier entry),
        the best MAX_CANDIDATES; `own_ids` left out; only the `sides` asked for (the newest
        piece of a story has nothing after it). Chosen and ranked in Redis: only the chosen
        entries travel, and the ranking with them. Entries and claims are shared with later
        reads (self.decoded): read them, never change them."""
        terms = sorted(set().union(*claim_terms)) if claim_terms else []
        if not terms or not any(sides):
            return Candidates([], [[] for _ in claim_terms], [[] for _ in claim_terms])
        position = {term: n for n, term in enumerate(terms, start=1)}
        ranking, *flat = self._candidates(
            keys=[keys.ledger_entries(watch_id)] + [keys.ledger_term(watch_id, t) for t in terms],
            args=[when, keys.LEDGER_TERM_LIMIT, MIN_SHARED_TERMS, MAX_CANDIDATES,
                  " ".join(map(str, sorted(own_ids))), "".join("1" if s else "0" for s in sides)]
                 + [" ".join(str(position[t] + 1) for t in sorted(c)) for c in claim_terms])
        ids = flat[::2]
        read = self.decoded.decode(watch_id, list(zip(ids, flat[1::2], strict=True)))
        at = {entry_id: n for n, entry_id in enumerate(ids)}
        before: list[list[int]] = []
        after: list[list[int]] = []
        for line in ranking.decode().split("\n"):
            early, late = line.split("|")
            before.append(_positions(early, at))
            after.append(_positions(late, at))
        return Candidates(read, before, after)

    def of_articles(self, watch_id: str, article_ids: list[str]) -> dict[str, list[dict]]:
        """The entries still there of each of `article_ids` (those with none left out), in
        ledger order, with their terms: what a page showing only these pieces reads
        (monitor.views.storyview)."""
        self._move_old_list(watch_id)
        if not article_ids:
            return {}
        spans = self._r.hmget(keys.ledger_articles(watch_id), article_ids)
        ids = [i for span in spans if span is not None
               for i in range(int(span.split()[0]), int(span.split()[1]) + 1)]
        found: dict[str, list[dict]] = {}
        for entry in self._read(watch_id, ids):
            found.setdefault(entry["article_id"], []).append(entry)
        return found

    def all(self, watch_id: str) -> list[dict]:
        """Every entry, in ledger order, with its terms, as monitor.stories.ledger made it
        (the reference the index is tested against)."""
        self._move_old_list(watch_id)
        return self._read(watch_id, self._r.lrange(keys.ledger_order(watch_id), 0, -1))

    def _read(self, watch_id: str, ids: list) -> list[dict]:
        """The entries of `ids` still there, in that order, each with its terms (kept apart
        since ledger_terms exists, inside the entry before)."""
        if not ids:
            return []
        with self._r.pipeline(transaction=False) as pipe:
            pipe.hmget(keys.ledger_entries(watch_id), ids)
            pipe.hmget(keys.ledger_terms(watch_id), ids)
            raws, terms = pipe.execute()
        kept = [(raw, t) for raw, t in zip(raws, terms, strict=True) if raw is not None]
        entries = json.loads(b"[" + b",".join(raw for raw, _ in kept) + b"]")  # one decode
        for entry, (_, stored_terms) in zip(entries, kept, strict=True):
            entry.setdefault("terms", json.loads(stored_terms) if stored_terms else [])
        return entries

    def add(self, watch_id: str, entries: list[dict],
            max_entries: int = keys.LEDGER_MAX_ENTRIES) -> None:
        """Add the entries of one piece, once: a piece whose entries are there already (its
        job redelivered) adds nothing. Entries, index and the eviction of the oldest beyond
        `max_entries` are one script: one round trip, and each id is given and evicted once
        however many workers add at once. An entry's terms are kept beside it, not in its
        JSON: only the eviction reads them, and every candidate read would carry them."""
        if not entries:
            return
        values: list[object] = []
        for entry in entries:
            stored = {k: v for k, v in entry.items() if k != "terms"}
            values += [_entry_time(entry), json.dumps(stored, separators=(",", ":")),
                       json.dumps(list(entry.get("terms", ())), ensure_ascii=False)]
        self._add(keys=[keys.ledger_entries(watch_id), keys.ledger_times(watch_id),
                        keys.ledger_order(watch_id), keys.ledger_articles(watch_id),
                        keys.story(watch_id), keys.ledger_terms(watch_id)],
                  args=[entries[0]["article_id"], max_entries, keys.ledger_term(watch_id, ""),
                        *values])

    def _own_ids(self, watch_id: str, article_id: str) -> frozenset[int]:
        """The ids of the article's entries still in the ledger (the oldest go first, so its
        last entry is there if any is)."""
        span = self._r.hget(keys.ledger_articles(watch_id), article_id)
        if span is None:
            return frozenset()
        first, last = (int(n) for n in span.split())
        if not self._r.hexists(keys.ledger_entries(watch_id), last):
            return frozenset()
        present = self._r.zmscore(keys.ledger_times(watch_id), list(range(first, last + 1)))
        return frozenset(i for i, t in zip(range(first, last + 1), present, strict=True)
                         if t is not None)

    def _move_old_list(self, watch_id: str) -> None:
        """A story whose ledger was kept as one list (before the index): its entries move
        into the index once, piece by piece in their order."""
        old = self._r.lrange(keys.story_claims(watch_id), 0, -1)
        if not old:
            return
        pieces: list[list[dict]] = []
        for entry in (json.loads(raw) for raw in old):
            claim = Claim.from_dict(entry["claim"])
            entry["terms"] = sorted(topic_terms(claim)) if claim.frame.anchored else []
            if pieces and pieces[-1][0]["article_id"] == entry["article_id"]:
                pieces[-1].append(entry)
            else:
                pieces.append([entry])
        self._r.delete(keys.story_claims(watch_id))
        for piece in pieces:
            self.add(watch_id, piece)


def _positions(listed: str, at: dict[int, int]) -> list[int]:
    """The positions in the read of the ids `listed` (space-separated, best first). An id in a
    term set has its entry (both are written and evicted in one script); one that had none
    would be left out, not fail the piece."""
    return [at[entry_id] for entry_id in map(int, listed.split()) if entry_id in at]


def _entry_time(entry: dict) -> float:
    # As monitor.stories.ledger.entry_time (a layer above: state cannot import it).
    return float(entry.get("published") or entry["seen_at"])
