"""When feeds are due, and their state (ETag, errors, backoff), in Redis.

Every scheduler replica ticks; a due feed is claimed atomically (one Lua call: the score still
equals the due time we read AND the slot's idempotency key `SET NX EX` is ours, then the next
due time is written), so two schedulers never poll a feed twice in one slot.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, fields

import redis

from monitor.fetch import backoff_delay
from monitor.settings import PollSettings, WatchList
from monitor.state import keys

_CLAIM_FEED = """
local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
if (not score) or tonumber(score) ~= tonumber(ARGV[2]) then return 0 end
if not redis.call('SET', KEYS[2], ARGV[3], 'NX', 'EX', ARGV[4]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
return 1
"""


@dataclass
class FeedState:
    url: str = ""
    name: str = ""
    etag: str | None = None
    last_modified: str | None = None
    last_poll: float | None = None
    last_status: int | None = None
    last_error: str = ""
    errors: int = 0
    consecutive_failures: int = 0
    backoff_until: float | None = None
    problem: str = ""
    items_seen: int = 0
    moved_to: str | None = None
    # When the first poll that returned a feed finished. Until then the items a feed lists are
    # its backlog (monitor.stories.backlog): written with the validators, after the item jobs.
    first_polled: float | None = None
    first_poll_started: float | None = None  # written before the first poll's fetch

    @property
    def in_backlog(self) -> bool:
        """Whether what the feed lists now is its backlog: no poll has returned a feed yet.
        A feed polled by a version of newsmon that kept no `first_poll_started` (its state
        has a `last_poll`) was known before: an upgrade does not silence its next items."""
        return self.first_polled is None and (
            self.first_poll_started is not None or self.last_poll is None)

    @property
    def fetch_url(self) -> str:
        """Where to fetch: a permanent redirect (301/308) replaces the configured URL."""
        return self.moved_to or self.url


class FeedStates:
    def __init__(self, client: redis.Redis):
        self._r = client

    def get(self, feed_id: str) -> FeedState:
        raw = self._r.hgetall(keys.feed_state(feed_id))
        known = {f.name for f in fields(FeedState)}
        return FeedState(**{k.decode(): json.loads(v) for k, v in raw.items()
                            if k.decode() in known})

    def update(self, feed_id: str, pipe: redis.client.Pipeline | None = None, **values) -> None:
        (pipe or self._r).hset(keys.feed_state(feed_id),
                               mapping={k: json.dumps(v) for k, v in values.items()})

    def incr(self, feed_id: str, field: str, by: int = 1) -> int:
        # Counters are stored as JSON numbers, which HINCRBY reads fine.
        return int(self._r.hincrby(keys.feed_state(feed_id), field, by))


class Schedule:
    def __init__(self, client: redis.Redis, poll: PollSettings | None = None):
        self._r = client
        self._poll = poll or PollSettings()
        self._claim = client.register_script(_CLAIM_FEED)
        self.states = FeedStates(client)

    def interval(self, watchlist: WatchList, feed_id: str) -> float:
        feed = watchlist.feed(feed_id)
        wanted = feed.interval if feed and feed.interval else self._poll.default_interval
        return max(wanted, self._poll.min_interval)

    def sync_feeds(self, watchlist: WatchList, now: float | None = None) -> None:
        """New feeds are due now; feeds no longer listed stop being polled."""
        now = now or time.time()
        wanted = {f.feed_id: f for f in watchlist.feeds}
        current = {m.decode() for m in self._r.zrange(keys.FEEDS_DUE, 0, -1)}
        with self._r.pipeline() as pipe:
            for feed_id in current - wanted.keys():
                pipe.zrem(keys.FEEDS_DUE, feed_id)
            for feed_id, feed in wanted.items():
                pipe.zadd(keys.FEEDS_DUE, {feed_id: now}, nx=True)
                pipe.hset(keys.feed_state(feed_id), mapping={
                    "url": json.dumps(str(feed.url)), "name": json.dumps(feed.name or "")})
            pipe.execute()

    def claim_due_feeds(self, watchlist: WatchList, now: float | None = None, *,
                        hold: float = 0.0, early: float = 0.0) -> list[str]:
        """Feeds due by `now + early` that this caller won.

        Each claimed feed is due again after its interval, or after `hold` seconds if longer:
        the longest a poll may run. The poll, once finished, sets its next due time itself
        (`poll_finished`), so a feed whose host answers slowly has one poll in flight at a
        time, never one more each interval holding a worker.

        `early` is the scheduler's half tick: a feed due a moment after this tick is polled now
        rather than a whole tick late. Ticks come at jittered times, so without it a feed whose
        interval equals the tick is missed every other tick (polled every 2 s at a 1 s
        interval)."""
        now = now or time.time()
        claimed = []
        for member, score in self._r.zrangebyscore(keys.FEEDS_DUE, "-inf", now + early,
                                                   withscores=True):
            feed_id = member.decode()
            next_due = max(now, score) + max(self.interval(watchlist, feed_id), hold)
            slot_key = keys.poll_slot(feed_id, score)
            won = self._claim(keys=[keys.FEEDS_DUE, slot_key],
                              args=[feed_id, repr(score), next_due, keys.POLL_SLOT_TTL])
            if won:
                claimed.append(feed_id)
        return claimed

    def next_due(self, feed_id: str) -> float | None:
        return self._r.zscore(keys.FEEDS_DUE, feed_id)

    def poll_finished(self, watchlist: WatchList, feed_id: str, started: float,
                      pipe: redis.client.Pipeline | None = None) -> None:
        """A poll that started at `started` is done: the feed is due one interval after."""
        self.retry_at(feed_id, started + self.interval(watchlist, feed_id), pipe)

    def retry_at(self, feed_id: str, when: float,
                 pipe: redis.client.Pipeline | None = None) -> None:
        """After a failed poll, the next try is at `when` (the backoff the log announces),
        sooner or later than the regular interval; a feed no longer listed stays removed."""
        (pipe or self._r).zadd(keys.FEEDS_DUE, {feed_id: when}, xx=True)

    def failure_delay(self, failures: int, retry_after: float | None) -> float:
        delay = backoff_delay(failures, self._poll.backoff_base, self._poll.backoff_max)
        return max(delay, retry_after or 0.0)

