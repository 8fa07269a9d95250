"""Signs of life of the daemon's roles, for `newsmon status` ("daemon: running" or "not running
(last seen ...)").

Each role (scheduler, worker) beats every few seconds: a key with a TTL says it is alive, and a
hash without a TTL remembers when it was last seen after it stopped. A daemon killed with -9
never says goodbye; its key simply expires.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import redis

from monitor.state import keys

ROLES = ("scheduler", "worker")


@dataclass(frozen=True)
class RoleLife:
    role: str
    alive: bool
    last_seen: float | None  # unix time of the last beat, None: never seen


class Heartbeats:
    def __init__(self, client: redis.Redis):
        self._r = client

    def beat(self, role: str, ttl: float = keys.HEARTBEAT_TTL, now: float | None = None) -> None:
        """`role` is alive for the next `ttl` seconds (beat again before then)."""
        now = now or time.time()
        with self._r.pipeline() as pipe:
            pipe.set(keys.heartbeat(role), now, px=max(1, int(ttl * 1000)))
            pipe.hset(keys.HEARTBEAT_LAST, role, now)
            pipe.execute()

    def roles(self) -> list[RoleLife]:
        with self._r.pipeline() as pipe:
            for role in ROLES:
                pipe.exists(keys.heartbeat(role))
            pipe.hmget(keys.HEARTBEAT_LAST, ROLES)
            *alive, last = pipe.execute()
        return [RoleLife(role, bool(a), float(seen) if seen else None)
                for role, a, seen in zip(ROLES, alive, last, strict=True)]
