"""Align the sentences of two versions of an article.

    align(old, new) -> list[Pair]       every sentence not matched verbatim, paired or alone

Rule order (each step only sees what the previous ones left unpaired):
  1. difflib.SequenceMatcher on sentence keys (worddiff.get_opcodes) anchors the runs that did
     not change;
  2. inside each replaced block, sentences pair by fuzzy similarity (rapidfuzz), best first;
  3. a second pass over the whole text pairs what is left: a moved sentence (same key) or a
     moved-and-edited one (fuzzy), so reordering is not an edit;
  4. a sentence split in two, or two merged into one, pairs one with the joined two;
  5. anything still alone was added or removed.

PAIR_CUTOFF is calibrated on tests/claims_suite.py (figures in docs/claims.md): every cutoff
from 40 to 75 scores the whole suite right; the lowest score of a sentence edited in place
there is 77, while 99% of the pairs of distinct sentences of one article score under 62. A
paraphrase left unpaired costs a false alert (claim added + removed), an unrelated pair paired
only mislabels a real change, so the cutoff sits low in the plateau: 60.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from monitor.claims.sentences import sentence_key
from monitor.claims.worddiff import get_opcodes

PAIR_CUTOFF = 60.0
# A joined pair (split/merge) must beat the single pairing by this much to replace it.
MERGE_GAIN = 10.0


@dataclass(frozen=True)
class Pair:
    """Indexes into the old and new sentence lists. One side empty: added or removed.
    Two indexes on one side: a sentence split or merged."""

    old: tuple[int, ...]
    new: tuple[int, ...]


Scorer = Callable[[str, str], float]


def similarity(a: str, b: str) -> float:
    """0..100 between two sentence keys. token_sort_ratio forgives reordered clauses
    ("According to X, Y" vs "Y, according to X"); ratio keeps word order when it matters."""
    return max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b))


def align(old: Sequence[str], new: Sequence[str], cutoff: float = PAIR_CUTOFF) -> list[Pair]:
    old_keys = [sentence_key(s) for s in old]
    new_keys = [sentence_key(s) for s in new]
    pairs: list[Pair] = []
    left_old: list[int] = []
    left_new: list[int] = []
    for tag, i1, i2, j1, j2 in get_opcodes(old_keys, new_keys):
        if tag == "equal":
            continue
        block_pairs, rest_old, rest_new = _pair_fuzzy(
            old_keys, new_keys, list(range(i1, i2)), list(range(j1, j2)), cutoff)
        pairs += block_pairs
        left_old += rest_old
        left_new += rest_new
    moved, left_old, left_new = _pair_exact(old_keys, new_keys, left_old, left_new)
    pairs += moved
    fuzzy, left_old, left_new = _pair_fuzzy(old_keys, new_keys, left_old, left_new, cutoff)
    pairs += fuzzy
    pairs, left_old, left_new = _pair_splits(old_keys, new_keys, pairs, left_old, left_new, cutoff)
    pairs += [Pair((i,), ()) for i in left_old] + [Pair((), (j,)) for j in left_new]
    return sorted(pairs, key=_position)


def _position(pair: Pair) -> tuple[int, int]:
    """Roughly document order: a removed sentence sorts by its old place."""
    return (pair.new[0] if pair.new else pair.old[0], pair.old[0] if pair.old else -1)


def _pair_exact(old_keys: list[str], new_keys: list[str], left_old: list[int],
                left_new: list[int]) -> tuple[list[Pair], list[int], list[int]]:
    by_key: dict[str, list[int]] = {}
    for j in left_new:
        by_key.setdefault(new_keys[j], []).append(j)
    pairs, rest_old = [], []
    for i in left_old:
        candidates = by_key.get(old_keys[i])
        if candidates:
            pairs.append(Pair((i,), (candidates.pop(0),)))
        else:
            rest_old.append(i)
    used = {j for p in pairs for j in p.new}
    return pairs, rest_old, [j for j in left_new if j not in used]


def _pair_fuzzy(old_keys: list[str], new_keys: list[str], left_old: list[int],
                left_new: list[int], cutoff: float) -> tuple[list[Pair], list[int], list[int]]:
    """Greedy best-first pairing: the most similar pair first, each sentence used once."""
    scores = _similarities_at_least(old_keys, new_keys, left_old, left_new, cutoff)
    scored = sorted(((score, i, j) for (i, j), score in scores.items()), reverse=True)
    pairs, used_old, used_new = [], set(), set()
    for _, i, j in scored:
        if i in used_old or j in used_new:
            continue
        pairs.append(Pair((i,), (j,)))
        used_old.add(i)
        used_new.add(j)
    return (pairs, [i for i in left_old if i not in used_old],
            [j for j in left_new if j not in used_new])


def _similarities_at_least(old_keys: list[str], new_keys: list[str], left_old: list[int],
                           left_new: list[int], cutoff: float) -> dict[tuple[int, int], float]:
    """{(i, j): similarity(old_keys[i], new_keys[j])} for the pairs scoring `cutoff` or more
    (the others never pair). One rapidfuzz.process.extract per sentence and scorer scores
    it against all candidates at once, in C; token_sort_ratio is fuzz.ratio of the sorted
    words, sorted once per sentence instead of once per pair."""
    choices = [new_keys[j] for j in left_new]
    sorted_choices = [_sorted_words(key) for key in choices]
    bounded = min(max(cutoff, 0.0), 100.0)  # rapidfuzz takes a cutoff in 0..100
    scores: dict[tuple[int, int], float] = {}
    for i in left_old:
        for query, candidates in ((old_keys[i], choices),
                                  (_sorted_words(old_keys[i]), sorted_choices)):
            for _, score, k in process.extract(query, candidates, scorer=fuzz.ratio,
                                                limit=None, score_cutoff=bounded):
                pair = (i, left_new[k])
                if score >= cutoff and score > scores.get(pair, -1.0):
                    scores[pair] = score
    return scores


def _sorted_words(key: str) -> str:
    """The key's words in sorted order: fuzz.token_sort_ratio(a, b) is fuzz.ratio of these."""
    return " ".join(sorted(key.split()))


def _pair_splits(old_keys: list[str], new_keys: list[str], pairs: list[Pair],
                 left_old: list[int], left_new: list[int], cutoff: float
                 ) -> tuple[list[Pair], list[int], list[int]]:
    """Attach a lone sentence to its neighbour's pair when the joined text matches better:
    "A, B." edited into "A. B." pairs old "A, B." with new "A." + "B."."""
    pairs = list(pairs)
    pairs += _pair_lone_runs(old_keys, new_keys, left_old, left_new, cutoff)
    for side in ("new", "old"):
        lone = left_new if side == "new" else left_old
        keys_lone = new_keys if side == "new" else old_keys
        keys_other = old_keys if side == "new" else new_keys
        for index in list(lone):
            best = _best_attachment(pairs, index, side, keys_lone, keys_other)
            if best is None:
                continue
            position, joined_pair, score = best
            if score >= cutoff:
                pairs[position] = joined_pair
                lone.remove(index)
    return pairs, left_old, left_new


def _pair_lone_runs(old_keys: list[str], new_keys: list[str], left_old: list[int],
                    left_new: list[int], cutoff: float) -> list[Pair]:
    """A lone sentence against two consecutive lone sentences on the other side. Removes
    what it pairs from `left_old` / `left_new`."""
    found = []
    for lone, runs_from, keys_lone, keys_runs, side in (
            (left_old, left_new, old_keys, new_keys, "new"),
            (left_new, left_old, new_keys, old_keys, "old")):
        for index in list(lone):
            for k in runs_from:
                if k + 1 not in runs_from or index not in lone:
                    continue
                joined = f"{keys_runs[k]} {keys_runs[k + 1]}"
                if similarity(keys_lone[index], joined) >= cutoff:
                    lone.remove(index)
                    runs_from.remove(k)
                    runs_from.remove(k + 1)
                    found.append(Pair((index,), (k, k + 1)) if side == "new"
                                 else Pair((k, k + 1), (index,)))
                    break
    return found


def _best_attachment(pairs: list[Pair], index: int, side: str, keys_lone: list[str],
                     keys_other: list[str]) -> tuple[int, Pair, float] | None:
    best: tuple[int, Pair, float] | None = None
    for position, pair in enumerate(pairs):
        mine = pair.new if side == "new" else pair.old
        other = pair.old if side == "new" else pair.new
        if len(other) != 1 or not mine or (index + 1 not in mine and index - 1 not in mine):
            continue
        joined = tuple(sorted((*mine, index)))
        before = similarity(keys_other[other[0]], " ".join(keys_lone[k] for k in mine))
        after = similarity(keys_other[other[0]], " ".join(keys_lone[k] for k in joined))
        if after < before + MERGE_GAIN:
            continue
        candidate = Pair(other, joined) if side == "new" else Pair(joined, other)
        if best is None or after > best[2]:
            best = (position, candidate, after)
    return best
