"""The watch list in force, shared through Redis.

Whoever loads `watches.yaml` (the scheduler) publishes the last good version; workers on any
machine read it from Redis, re-parsing only when its version changes. An invalid edit is never
published, so the last good watch list stays in force everywhere.
"""

from __future__ import annotations

import threading

import redis

from monitor.query.watchlist import CompiledWatchList
from monitor.state import keys


class WatchStore:
    def __init__(self, client: redis.Redis):
        self._r = client
        self._lock = threading.Lock()
        self._cached: CompiledWatchList | None = None

    def publish(self, compiled: CompiledWatchList) -> bool:
        """Make `compiled` the watch list in force. False when it was already."""
        with self._r.pipeline() as pipe:
            pipe.get(keys.WATCHLIST_VERSION)
            (current,) = pipe.execute()
        if current and current.decode() == compiled.version:
            return False
        with self._r.pipeline() as pipe:
            pipe.set(keys.WATCHLIST, compiled.to_json())
            pipe.set(keys.WATCHLIST_VERSION, compiled.version)
            pipe.execute()
        return True

    def current(self) -> CompiledWatchList | None:
        """The published watch list (cached until its version changes)."""
        version = self._r.get(keys.WATCHLIST_VERSION)
        if version is None:
            return None
        with self._lock:
            if self._cached is None or self._cached.version != version.decode():
                raw = self._r.get(keys.WATCHLIST)
                if raw is None:
                    return self._cached
                compiled = CompiledWatchList.from_json(raw.decode())
                self._cached = CompiledWatchList(compiled.watchlist, compiled.queries,
                                                 version.decode())
            return self._cached
