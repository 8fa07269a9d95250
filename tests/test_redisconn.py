import os

import pytest

from monitor.errors import NewsmonError
from monitor.state.connection import EmbeddedRedis, connect, open_redis


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie still answers kill(0); read its state
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


def test_embedded_redis_persists_across_restarts_and_leaves_no_process(tmp_path):
    with EmbeddedRedis(tmp_path) as server:
        connect(server.url).set("newsmon:test", "kept")
        pid = server.pid
    assert not _alive(pid), "embedded redis-server outlived close()"

    with EmbeddedRedis(tmp_path) as server:
        assert connect(server.url).get("newsmon:test") == b"kept"
    assert list(tmp_path.glob("newsmon.rdb*")) or list(tmp_path.glob("appendonly*"))


def test_redis_fixture_is_empty(redis_client):
    assert redis_client.dbsize() == 0
    redis_client.set("x", 1)


def test_a_second_daemon_on_the_same_data_dir_is_refused(tmp_path):
    with open_redis(None, tmp_path, announce=True) as url:
        with pytest.raises(NewsmonError, match="already running"):
            with open_redis(None, tmp_path, announce=True):
                pass
        # CLI commands attach to the running one instead of starting their own
        with open_redis(None, tmp_path) as attached:
            assert attached == url
        assert connect(url).ping()
