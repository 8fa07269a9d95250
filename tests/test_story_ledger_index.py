"""The story ledger kept indexed in Redis (monitor.state.story_ledger): a new piece reads only
its candidates, and relates exactly as it would to the whole ledger."""

from __future__ import annotations

import json
import random
import threading
from collections import Counter

import pytest
from racing import run_racing

from monitor.claims import Claim, best_candidates, extract_claims, topic_terms
from monitor.jobs.pieces import ledger_step
from monitor.state import keys
from monitor.state.ledger_cache import DecodedEntries
from monitor.state.stories import Stories
from monitor.stories import piece_time, relate_piece

WATCH = "gaza"
NAMES = ("Hamas", "Qatar", "Egypt", "Israel", "the United Nations", "Witkoff")
PLACES = ("Gaza City", "Rafah", "Khan Younis", "Doha", "Cairo")
START = 1_750_000_000.0


def generated_piece(rng: random.Random) -> str:
    """A piece of one story: the same few names, places and counts, mixed differently."""
    sentences = []
    for _ in range(rng.randint(4, 9)):
        name, place = rng.choice(NAMES), rng.choice(PLACES)
        sentences.append(rng.choice((
            f"{name} said at least {rng.randint(30, 40)},000 people have been killed in {place}.",
            f"The ceasefire talks in {place} have collapsed, {name} said.",
            f"Progress has been made toward a ceasefire in {place}, according to {name}.",
            f"More than {rng.randint(5, 8)},000 aid trucks reached {place}, {name} said.",
            f"{name} confirmed that {rng.randint(2, 9)} hostages were released in {place}.",
        )))
    return " ".join(sentences)


@pytest.fixture
def stories(redis_client) -> Stories:
    return Stories(redis_client)


def story_pieces(count: int, seed: int = 7):
    rng = random.Random(seed)
    for n in range(count):
        seen = START + 3600 * n
        published = seen - rng.choice((0, 0, 86400 * 5))  # a few seen days late
        yield f"piece{n}", f"source{n % 4}", extract_claims(generated_piece(rng)), seen, published


def full_scan_ranking(ledger: list[dict], article_id: str, claims, when: float
                      ) -> tuple[list[list], list[list]]:
    """What relate_to_story would consider, over the whole ledger: per anchored claim, the
    best-sharing earlier claims published at or before the piece, and after it, best first."""
    others = [e for e in ledger if e["article_id"] != article_id and e["terms"]]
    ranking: tuple[list[list], list[list]] = ([], [])
    for claim in (c for c in claims if c.frame.anchored):
        for side, ranked in zip((True, False), ranking, strict=True):
            entries = [e for e in others if (_time(e) <= when) is side]
            shared = Counter({n: len(topic_terms(claim) & set(e["terms"]))
                              for n, e in enumerate(entries)})
            ranked.append([_key(entries[n]) for n in best_candidates(shared)])
    return ranking


def _time(entry: dict) -> float:
    return float(entry.get("published") or entry["seen_at"])


def _key(entry: dict) -> tuple[str, str]:
    return entry["article_id"], entry["claim"]["sentence"]


def test_candidates_equal_the_full_scan_and_relations_are_identical(stories, redis_client):
    ledger: list[dict] = []  # the whole ledger, as it was kept before the index
    kinds: Counter = Counter()
    for article_id, source, claims, seen, published in story_pieces(40):
        when = piece_time(published, seen)
        terms = [topic_terms(c) for c in claims if c.frame.anchored]
        found = stories.claims.candidate_claims(WATCH, terms, when, frozenset())
        assert tuple([[_key(found.read[n][0]) for n in ranked] for ranked in side]
                     for side in (found.before, found.after)) == full_scan_ranking(
            ledger, article_id, claims, when)
        expected = relate_piece(article_id, source, claims, ledger, seen, published)
        step = ledger_step(stories.claims, WATCH, article_id, source, claims, seen, published)
        assert step.context == expected.context
        ledger += expected.new_entries
        kinds.update(c["relation"] for c in step.context)
    assert stories.ledger(WATCH) == json.loads(json.dumps(ledger))  # as stored
    assert {"new", "update", "earlier_report"} <= set(kinds)
    # the story is large enough that candidates were cut to the best MAX_CANDIDATES
    assert max(len(e) for e in _term_sets(redis_client).values()) > 50


def test_a_redelivered_piece_is_added_once_and_relates_the_same(stories):
    pieces = list(story_pieces(6))
    for article_id, source, claims, seen, published in pieces:
        ledger_step(stories.claims, WATCH, article_id, source, claims, seen, published)
    size = len(stories.ledger(WATCH))
    article_id, source, claims, seen, published = pieces[3]
    whole = stories.ledger(WATCH)
    again = ledger_step(stories.claims, WATCH, article_id, source, claims, seen, published)
    assert again.new_entries == []
    assert len(stories.ledger(WATCH)) == size
    assert again.context == relate_piece(article_id, source, claims, whole, seen,
                                         published).context


def test_eviction_keeps_the_index_consistent(stories, redis_client):
    for article_id, source, claims, seen, published in story_pieces(12):
        step = relate_piece(article_id, source, claims, stories.ledger(WATCH), seen, published)
        stories.add_to_ledger(WATCH, step.new_entries, max_entries=20)
    entries = redis_client.hgetall(keys.ledger_entries(WATCH))
    order = redis_client.lrange(keys.ledger_order(WATCH), 0, -1)
    assert len(entries) == len(order) == redis_client.zcard(keys.ledger_times(WATCH)) == 20
    assert sorted(order, key=int) == order  # the newest 20 left, in order
    terms = _decoded(redis_client.hgetall(keys.ledger_terms(WATCH)))
    assert set(terms) <= set(entries) and all(terms.values())  # anchored entries only
    assert not any("terms" in entry for entry in _decoded(entries).values())  # kept apart
    assert _indexed(redis_client) == {(term, int(i)) for i, ts in terms.items() for term in ts}


def test_entries_written_with_their_terms_inside_are_evicted_from_their_term_sets(
        stories, redis_client):
    # Before the terms had a hash of their own, each entry's JSON carried them: a ledger kept
    # then still evicts cleanly (the script reads the terms where they are).
    pieces = list(story_pieces(8))
    for article_id, source, claims, seen, published in pieces[:4]:
        step = relate_piece(article_id, source, claims, stories.ledger(WATCH), seen, published)
        stories.add_to_ledger(WATCH, step.new_entries)
    for entry_id, terms in redis_client.hgetall(keys.ledger_terms(WATCH)).items():
        entry = json.loads(redis_client.hget(keys.ledger_entries(WATCH), entry_id))
        redis_client.hset(keys.ledger_entries(WATCH), entry_id,
                          _json({**entry, "terms": json.loads(terms)}))
    redis_client.delete(keys.ledger_terms(WATCH))
    old_ids = {int(i) for i in redis_client.lrange(keys.ledger_order(WATCH), 0, -1)}
    assert any(i in old_ids for _, i in _indexed(redis_client))
    for article_id, source, claims, seen, published in pieces[4:]:
        step = relate_piece(article_id, source, claims, stories.ledger(WATCH), seen, published)
        stories.add_to_ledger(WATCH, step.new_entries, max_entries=20)
    left = {int(i) for i in redis_client.lrange(keys.ledger_order(WATCH), 0, -1)}
    assert len(left) == 20 and not left & old_ids
    assert not any(i in old_ids for _, i in _indexed(redis_client))


def test_terms_in_any_script_are_indexed_read_and_evicted(stories, redis_client):
    # Terms travel to the scripts as JSON: accented letters and other scripts must name the
    # same term sets in Redis as in Python.
    texts = ["Zürich police said 12 people were hurt in São Paulo and Kraków.",
             "Zürich police said 14 people were hurt in São Paulo and Kraków.",
             "Полиция Москвы сообщила, что 3 человека пострадали в Москве, said Иван."]
    when = START
    for n, text in enumerate(texts):
        claims = extract_claims(text)
        ledger_step(stories.claims, WATCH, f"p{n}", "s", claims, when + n, when + n)
    indexed = {term for term, _ in _indexed(redis_client)}
    assert {"zürich", "são", "kraków", "москвы", "иван"} <= indexed
    later = extract_claims(texts[1])
    [piece_two] = [e for e, _ in stories.claims.candidate_claims(
        WATCH, [topic_terms(c) for c in later], when + 10, frozenset()).read
        if e["article_id"] == "p1"]
    assert "14 people" in piece_two["claim"]["sentence"]
    stories.add_to_ledger(WATCH, relate_piece("p9", "s", extract_claims("Nothing to see."),
                                              [], when + 20).new_entries, max_entries=1)
    assert _indexed(redis_client) == set()  # every set emptied, whatever its name


def test_an_unindexed_ledger_list_moves_into_the_index(stories, redis_client):
    pieces = list(story_pieces(5))
    ledger: list[dict] = []
    for article_id, source, claims, seen, published in pieces[:4]:
        ledger += relate_piece(article_id, source, claims, ledger, seen, published).new_entries
    old = [{k: v for k, v in e.items() if k != "terms"} for e in ledger]  # as once written
    redis_client.rpush(keys.story_claims(WATCH), *(_json(e) for e in old))
    article_id, source, claims, seen, published = pieces[4]
    step = ledger_step(stories.claims, WATCH, article_id, source, claims, seen, published)
    assert step.context == relate_piece(article_id, source, claims, ledger, seen,
                                        published).context
    assert not redis_client.exists(keys.story_claims(WATCH))
    assert [e["terms"] for e in stories.ledger(WATCH)[:len(ledger)]] == [
        e["terms"] for e in ledger]


def _term_sets(client) -> dict[str, list[int]]:
    prefix = keys.ledger_term(WATCH, "")
    return {k.decode()[len(prefix):]: [int(i) for i in client.zrange(k, 0, -1)]
            for k in client.scan_iter(prefix + "*")}


def _indexed(client) -> set[tuple[str, int]]:
    return {(term, i) for term, ids in _term_sets(client).items() for i in ids}


def _decoded(entries: dict) -> dict:
    return {i: json.loads(raw) for i, raw in entries.items()}


def _json(entry: dict) -> str:
    return json.dumps(entry)


# --- the decoded entries a worker keeps (monitor.state.ledger_cache) ----------------------------


def test_a_worker_keeping_decoded_entries_relates_as_a_new_one(redis_client):
    warm = Stories(redis_client)  # one worker for the whole story: it keeps what it decoded
    pieces = list(story_pieces(30))
    for article_id, source, claims, seen, published in pieces[:-1]:
        for watch in ("warm", "cold"):
            ledger_step(warm.claims, watch, article_id, source, claims, seen, published)
    article_id, source, claims, seen, published = pieces[-1]
    before = warm.claims.decoded.hits
    kept = ledger_step(warm.claims, "warm", article_id, source, claims, seen, published)
    assert warm.claims.decoded.hits - before > 0
    fresh = Stories(redis_client)  # a worker just started: decodes every candidate
    cold = ledger_step(fresh.claims, "cold", article_id, source, claims, seen, published)
    assert fresh.claims.decoded.hits == 0 and fresh.claims.decoded.misses > 0
    assert kept.context == cold.context and kept.new_entries == cold.new_entries
    assert kept.context


def test_a_kept_entry_is_never_read_for_another_with_its_id(stories, redis_client):
    # A story whose keys went (or a flushed Redis) numbers its entries from 1 again: the
    # entries kept under those ids must not stand in for the new ones.
    first, second = list(story_pieces(2, seed=1)), list(story_pieces(2, seed=2))
    for article_id, source, claims, seen, published in first:
        ledger_step(stories.claims, WATCH, article_id, source, claims, seen, published)
    _, _, claims, seen, _ = first[1]
    terms = [topic_terms(c) for c in claims if c.frame.anchored]
    assert stories.claims.candidate_claims(WATCH, terms, seen + 1, frozenset()).read  # kept
    redis_client.delete(*redis_client.keys(keys.story(WATCH) + "*"))
    for article_id, source, claims, seen, published in second:
        step = relate_piece(article_id, source, claims, [], seen, published)
        stories.add_to_ledger(WATCH, step.new_entries)
    whole = {(e["article_id"], e["claim"]["sentence"]) for e in stories.ledger(WATCH)}
    read = stories.claims.candidate_claims(WATCH, terms, seen + 1, frozenset()).read
    assert read and {(e["article_id"], c.sentence) for e, c in read} <= whole
    assert all(c == Claim.from_dict(e["claim"]) for e, c in read)


def test_decoded_entries_are_bounded_oldest_use_first():
    raw = {n: json.dumps({"article_id": f"a{n}", "claim": {"sentence": f"S {n}."}}).encode()
           for n in range(1, 6)}
    kept = DecodedEntries(max_entries=3)
    kept.decode(WATCH, [(n, raw[n]) for n in (1, 2, 3)])
    kept.decode(WATCH, [(1, raw[1])])  # 1 used again: 2 is now the oldest used
    kept.decode(WATCH, [(4, raw[4]), (5, raw[5])])
    assert (kept.hits, kept.misses) == (1, 5)
    found = kept.decode(WATCH, [(n, raw[n]) for n in (1, 5, 2)])
    assert [(e["article_id"], c.sentence) for e, c in found] == [
        ("a1", "S 1."), ("a5", "S 5."), ("a2", "S 2.")]
    assert (kept.hits, kept.misses) == (3, 6)  # 1 and 5 kept, 2 and 3 had gone


def test_decoded_entries_shared_by_job_threads_stay_whole():
    # A worker's job threads share one cache: reads evicting each other's entries meanwhile.
    raw = {n: json.dumps({"article_id": f"a{n}", "claim": {"sentence": f"S {n}."}}).encode()
           for n in range(1, 41)}
    kept = DecodedEntries(max_entries=8)
    failures: list[BaseException] = []

    def read(offset: int) -> None:
        try:
            for round_ in range(300):
                ids = [(offset + round_ + k) % 40 + 1 for k in range(5)]
                found = kept.decode(WATCH, [(n, raw[n]) for n in ids])
                assert [e["article_id"] for e, _ in found] == [f"a{n}" for n in ids]
        except BaseException as error:  # handed to the test's thread
            failures.append(error)

    threads = [threading.Thread(target=read, args=(k * 7,)) for k in range(4)]
    run_racing(threads)  # threads switch often, in the middle of a read
    assert failures == [] and len(kept._kept) <= 8
    assert kept.hits + kept.misses == 4 * 300 * 5
