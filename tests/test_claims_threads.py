"""Thread safety of the claim detector: extract_claims and compare_versions called from several
threads at once, cold caches, on the corpus pages and seeds, give exactly the single-thread
answers (the pysbd segmenter and the memo caches are shared state).

Skipped when ../shared/corpus (pages and seeds) is not beside the repository.
"""

from __future__ import annotations

import random
import threading

import pytest
from claims_pages.build import build_cases
from claims_pages.corpus import load_documents
from racing import run_racing

from monitor.claims import clear_caches, compare_versions, extract_claims

pytestmark = pytest.mark.requires_corpus  # skipped with the one reason (tests/conftest.py)

THREADS = 6
PAIRS = 240  # edited versions from the generated suite, every kind


def _claims(text: str) -> list[dict]:
    return [claim.to_dict() for claim in extract_claims(text)]


def _diff(old: str, new: str) -> tuple[list[dict], str]:
    diff = compare_versions(old, new)
    return [change.to_dict() for change in diff.changes], diff.summary


@pytest.fixture(scope="module")
def work():
    texts = [doc.text() for doc in load_documents()]
    cases = build_cases()
    step = max(1, len(cases) // PAIRS)
    pairs = [(c.old, c.new) for c in cases[::step]]
    return texts, pairs


def _run_threads(tasks, threads: int = THREADS):
    """Every thread runs every task, each in its own order, all released at once."""
    barrier = threading.Barrier(threads)
    results: list[dict[int, object]] = [{} for _ in range(threads)]
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        order = list(range(len(tasks)))
        random.Random(n).shuffle(order)
        barrier.wait()
        try:
            for i in order:
                func, args = tasks[i]
                results[n][i] = func(*args)
        except BaseException as exc:  # reported below, with the thread's number
            errors.append(exc)

    run_racing([threading.Thread(target=worker, args=(n,)) for n in range(threads)], 1e-5)
    if errors:
        raise errors[0]
    return results


def _check(tasks, expected):
    clear_caches()  # cold: every thread builds sentence splits and frames itself
    for n, got in enumerate(_run_threads(tasks)):
        wrong = [i for i in range(len(tasks)) if got[i] != expected[i]]
        assert not wrong, f"thread {n}: {len(wrong)}/{len(tasks)} answers differ, first {wrong[:5]}"


def test_extract_claims_from_threads(work):
    texts, _ = work
    tasks = [(_claims, (text,)) for text in texts]
    clear_caches()
    expected = [func(*args) for func, args in tasks]
    _check(tasks, expected)


def test_compare_versions_from_threads(work):
    _, pairs = work
    tasks = [(_diff, pair) for pair in pairs]
    clear_caches()
    expected = [func(*args) for func, args in tasks]
    _check(tasks, expected)


def test_both_at_once_from_threads(work):
    texts, pairs = work
    tasks = [(_claims, (text,)) for text in texts] + [(_diff, pair) for pair in pairs[::2]]
    clear_caches()
    expected = [func(*args) for func, args in tasks]
    _check(tasks, expected)
