"""`newsmon alerts --follow` runs for hours: idle far longer than the Redis client's socket
timeout, it still prints the next alert. The timeout is made small here so the test is fast;
the daemon's clients have redis-py's default of 5 s."""

from __future__ import annotations

import threading
import time

import redis
from waiting import wait_until

from monitor.state.alertlog import AlertStream

SOCKET_TIMEOUT = 0.2


def xread_calls(client: redis.Redis) -> int:
    return client.info("commandstats").get("cmdstat_xread", {}).get("calls", 0)


def test_follow_outlives_the_socket_timeout_and_still_gets_the_next_alert(redis_url,
                                                                          redis_client):
    follower = redis.Redis.from_url(redis_url, socket_timeout=SOCKET_TIMEOUT)
    seen: list[dict] = []
    failure: list[BaseException] = []

    def follow():
        try:
            for entry in AlertStream(follower).follow():  # the CLI's default block time
                seen.append(entry)
                return
        except BaseException as exc:  # reported by the test below
            failure.append(exc)

    started = time.monotonic()
    reads_before = xread_calls(redis_client)
    thread = threading.Thread(target=follow, daemon=True)
    thread.start()
    # idle: the follower keeps reading (several blocking reads, each answered empty by the
    # server) for well over the socket timeout
    wait_until(lambda: failure or (xread_calls(redis_client) - reads_before >= 8
                                   and time.monotonic() - started > 3 * SOCKET_TIMEOUT),
               10, "the follower to idle past its socket timeout")
    assert not failure, f"follow crashed while idle: {failure[0]!r}"
    AlertStream(redis_client).append("alert-1", "article.new", "{}")
    thread.join(timeout=10)
    assert not failure
    assert [e["alert_id"] for e in seen] == ["alert-1"]
    follower.close()
