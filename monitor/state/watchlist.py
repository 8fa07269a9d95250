"""The watch list in force, shared through Redis.

Whoever loads `watches.yaml` (the scheduler) publishes the last good version; workers on any
machine read it from Redis, re-parsing only when its version changes. An invalid edit is never
published, so the last good watch list stays in force everywhere.
"""

from __future__ import annotations

import threading
from dataclasses import replace

import redis

from monitor.query import CompiledWatchList
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
        """The published watch list, parsed again only when the published version changes."""
        version = self._r.get(keys.WATCHLIST_VERSION)
        if version is None:
            return None
        with self._lock:  # one thread parses a new version; the others wait for its result
            if self._cached is None or self._cached.version != version.decode():
                self._cached = self._read_published() or self._cached
            return self._cached

    def _read_published(self) -> CompiledWatchList | None:
        # Text and version in one transaction, as `publish` writes them, so the cache is labelled
        # with the version that came with this text even if a publish lands in between.
        with self._r.pipeline() as pipe:
            pipe.get(keys.WATCHLIST)
            pipe.get(keys.WATCHLIST_VERSION)
            raw, version = pipe.execute()
        if raw is None or version is None:
            return None
        # Labelled with the published version (what `current` compares), not a hash of the text.
        return replace(CompiledWatchList.from_json(raw.decode()), version=version.decode())
