"""Piece numbers on a story: many workers add pieces at the same moment, each with its own Redis
client (as separate worker processes would). Every piece gets one number, the numbers are
exactly 1..N, and a piece added again keeps its number."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from monitor.state import keys
from monitor.state.connection import connect
from monitor.state.stories import Stories

WORKERS = 8
PIECES_EACH = 25


def add_all(redis_url: str, worker: int, barrier: threading.Barrier) -> dict[str, int]:
    client = connect(redis_url)
    try:
        stories = Stories(client)
        barrier.wait()
        numbers = {}
        for n in range(PIECES_EACH):
            article_id = f"w{worker}-a{n}"
            # every piece is added twice, as a redelivered job would
            first = stories.add_piece("gaza", article_id, f"source{worker}", 1000.0 + n)
            again = stories.add_piece("gaza", article_id, f"source{worker}", 1000.0 + n)
            assert again.piece_number == first.piece_number
            assert first.piece_number <= first.pieces
            numbers[article_id] = first.piece_number
        return numbers
    finally:
        client.close()


def test_racing_workers_number_pieces_one_to_n_without_repeats(redis_url):
    barrier = threading.Barrier(WORKERS)
    with ThreadPoolExecutor(WORKERS) as pool:
        results = [f.result() for f in [pool.submit(add_all, redis_url, w, barrier)
                                        for w in range(WORKERS)]]
    numbers = {a: n for r in results for a, n in r.items()}
    total = WORKERS * PIECES_EACH
    assert sorted(numbers.values()) == list(range(1, total + 1))

    client = connect(redis_url)
    stories = Stories(client)
    # stable afterwards, and the story lists its pieces in number order
    assert {a: stories.piece_number("gaza", a) for a in numbers} == numbers
    assert [p.number for p in stories.pieces("gaza")] == list(range(1, total + 1))
    assert stories.info("gaza").pieces == total
    client.close()


def test_each_workers_pieces_are_numbered_in_the_order_it_added_them(redis_client):
    stories = Stories(redis_client)
    # arrival order, not first-seen time: a piece seen earlier but added later comes after
    assert stories.add_piece("w", "late-seen", "a", 2000.0).piece_number == 1
    assert stories.add_piece("w", "early-seen", "b", 1000.0).piece_number == 2
    assert stories.add_piece("w", "late-seen", "a", 3000.0).piece_number == 1


def test_a_story_from_before_numbering_keeps_its_order_and_continues(redis_client):
    # as an older newsmon left it: pieces in the zset by first-seen time, no numbers
    redis_client.zadd(keys.story_pieces("w"), {"a": 1.0, "b": 2.0})
    stories = Stories(redis_client)
    again = stories.add_piece("w", "b", "src", 2.0)
    assert (again.piece_number, again.pieces) == (2, 2)
    assert stories.add_piece("w", "c", "src", 3.0).piece_number == 3
    assert [p.number for p in stories.pieces("w")] == [1, 2, 3]
