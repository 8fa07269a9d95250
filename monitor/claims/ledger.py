"""How a new piece's claims relate to the claims already in a story's ledger.

    relate_to_story(new_claims, ledger) -> list[ClaimRelation]
    context_for_alert(relations, max_new) -> the relations an `article.new` alert lists

`ledger` holds (source name, claim) for the earlier pieces of the story. For each new claim,
the earlier claims sharing at least MIN_SHARED_TERMS topic terms (entity keys and canonical
content words: "negotiations" = "talks") are candidates, best-sharing first. Rule order:

  1. contradiction - an earlier claim has a predicate of the same polarity class with the
     opposite sign (after negation) and the two predicates share a topic word nearby
     ("progress has been made toward a ceasefire" vs "the ceasefire talks have collapsed");
     or one blames a single party and the other blames both sides ("unwillingness of parties"
     vs "accusing Hamas");
  2. repeat - an earlier claim says the same (near-identical sentence, or the same quote)
     with the same numbers: repeats are OMITTED from the result, they tell nothing new;
  3. update - an earlier claim counts the same thing (same noun and unit) with another number
     or qualifier ("over 35,000 Palestinians" -> "at least 36,000 Palestinians");
  4. otherwise the claim is new to the story.

Everything is explainable: `detail` names the predicates, numbers or blame targets involved
("death toll over 35,000 → at least 36,000").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import Any

from monitor.claims.align import similarity
from monitor.claims.frames import Claim, Quantity, entity_keys, topic_word
from monitor.claims.measures import as_in_a_line, measure_name
from monitor.claims.sentences import sentence_key

# earlier_report: the story's ledger sets it (monitor.stories.ledger) on an update or a
# contradiction whose "earlier" claim was published after the new piece: an older report seen
# late, not a contradiction of what came after it.
RELATIONS = ("new", "update", "contradiction", "earlier_report")
MIN_SHARED_TERMS = 2
MAX_CANDIDATES = 50
MAX_NEW_IN_ALERT = 5  # claims new to the story that an `article.new` alert lists, at most
# Two sentences this similar (0..100, align.similarity) say the same thing.
REPEAT_CUTOFF = 85.0


@dataclass(frozen=True)
class ClaimRelation:
    relation: str  # one of RELATIONS
    claim: Claim
    earlier: Claim | None = None
    earlier_source: str | None = None
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The shape alerts.ClaimContextInfo takes."""
        return {"relation": self.relation, "sentence": self.claim.sentence,
                "earlier_sentence": self.earlier.sentence if self.earlier else None,
                "earlier_source": self.earlier_source, "detail": self.detail}


@dataclass(frozen=True)
class Likeness:
    """What tells whether two claims say the same: a claim's sentence key and quotes."""

    key: str
    quotes: frozenset[str]


def topic_terms(claim: Claim) -> frozenset[str]:
    """What a claim is about (entity keys and canonical content words: "negotiations" =
    "talks"): the terms two claims must share (MIN_SHARED_TERMS of them) for one to be a
    candidate for the other. A story ledger kept outside memory indexes its entries by these
    (monitor.state.story_ledger), and picks the candidates itself."""
    return _kept(claim, "_terms", _topic_terms)


def likeness(claim: Claim) -> Likeness:
    return _kept(claim, "_likeness", _likeness)


def _kept(claim: Claim, name: str, compute: Callable[[Claim], Any]) -> Any:
    """compute(claim), kept on the claim object as well as in compute's cache: relating a
    piece looks up each candidate's once per pair it is in, and a lookup in the cache compares
    the claim field by field whenever the cache holds another claim object equal to it."""
    kept = claim.__dict__.get(name)
    if kept is None:
        kept = compute(claim)
        object.__setattr__(claim, name, kept)
    return kept


@lru_cache(maxsize=16384)
def _topic_terms(claim: Claim) -> frozenset[str]:
    words = (topic_word(w) for w in sentence_key(claim.sentence).split())
    return frozenset({w for w in words if w} | set(entity_keys(claim.frame.entities)))


@lru_cache(maxsize=16384)
def _likeness(claim: Claim) -> Likeness:
    return Likeness(key=sentence_key(claim.sentence),
                    quotes=frozenset(sentence_key(q) for q in claim.frame.quotes))


def best_candidates(shared: Mapping[Any, int]) -> list[Any]:
    """The entries a claim is set against, given how many topic terms each shares with it
    (entries are keyed by their ledger position, or anything ordered like it): those sharing
    at least MIN_SHARED_TERMS, most shared first; among equals the earlier entry, so the result
    does not depend on set iteration order (which changes with PYTHONHASHSEED). At most
    MAX_CANDIDATES."""
    ranked = sorted((k for k, count in shared.items() if count >= MIN_SHARED_TERMS),
                    key=lambda k: (-shared[k], k))
    return ranked[:MAX_CANDIDATES]


def relate_to_story(new_claims: list[Claim], ledger: list[tuple[str, Claim]],
                    ranked: list[list[int]] | None = None) -> list[ClaimRelation]:
    """The relation of each new claim to the earlier claims of `ledger`, repeats left out.
    `ranked`: per anchored new claim, in order, the positions in `ledger` of its candidates
    as best_candidates ranks them, when the ledger's keeper has chosen them already
    (monitor.state.story_ledger); absent, they are chosen here from the whole ledger."""
    # Only claims anchored to a checkable fact are related across pieces (Frame.anchored): a
    # plain sentence such as "meaningful breakthroughs remain elusive" carries no number, name,
    # quote or source to check against another outlet's words.
    claims = [c for c in new_claims if c.frame.anchored]
    if ranked is None:
        ledger = [(source, claim) for source, claim in ledger if claim.frame.anchored]
        index = _term_index(ledger, frozenset().union(*(topic_terms(c) for c in claims)))
        ranked = [_candidates(claim, index) for claim in claims]
    relations = []
    for claim, positions in zip(claims, ranked, strict=True):
        relation = _relate_one(claim, [ledger[position] for position in positions])
        if relation is not None:
            relations.append(relation)
    return relations


def context_for_alert(relations: list[ClaimRelation], max_new: int) -> list[ClaimRelation]:
    """Updates and contradictions first, each once per earlier claim (SEO pages repeat a
    sentence many times and would contradict the same claim once per repetition), then at
    most `max_new` claims new to the story: a long piece would otherwise bury the updates."""
    seen: set[tuple] = set()
    pointed = []
    for relation in relations:
        if relation.relation not in ("update", "contradiction"):
            continue
        key = (relation.relation, relation.earlier_source, relation.detail,
               relation.earlier.sentence if relation.earlier else None)
        if key not in seen:
            seen.add(key)
            pointed.append(relation)
    new = [r for r in relations if r.relation == "new"][:max_new]
    return pointed + new


def _term_index(ledger: list[tuple[str, Claim]], wanted: frozenset[str]
                ) -> dict[str, list[int]]:
    """term -> the ledger positions having it, for the `wanted` terms only (those of the new
    claims: no other term is ever looked up). The intersection is taken in C, so indexing a
    candidate costs next to nothing for the many terms it shares with no new claim."""
    index: dict[str, list[int]] = {}
    for position, (_, claim) in enumerate(ledger):
        for term in topic_terms(claim) & wanted:
            index.setdefault(term, []).append(position)
    return index


def _candidates(claim: Claim, index: dict[str, list[int]]) -> list[int]:
    return best_candidates(Counter(chain.from_iterable(
        index[term] for term in topic_terms(claim) if term in index)))


def _relate_one(claim: Claim, candidates: list[tuple[str, Claim]]) -> ClaimRelation | None:
    """The first rule that holds for any candidate, in rule order; None for a repeat."""
    for source, earlier in candidates:
        detail = _contradiction(claim, earlier)
        if detail:
            return ClaimRelation("contradiction", claim, earlier, source, detail)
    if any(_repeat(claim, earlier) and not _update(claim, earlier) for _, earlier in candidates):
        return None
    for source, earlier in candidates:
        detail = _update(claim, earlier)
        if detail:
            return ClaimRelation("update", claim, earlier, source, detail)
    return ClaimRelation("new", claim)


# --- the rules ----------------------------------------------------------------------------------


def _contradiction(claim: Claim, earlier: Claim) -> str:
    for new_p in claim.frame.predicates:
        if not new_p.polarity_class or new_p.irrealis:
            continue
        for old_p in earlier.frame.predicates:
            if (not old_p.irrealis and old_p.polarity_class == new_p.polarity_class
                    and old_p.effective_sign == -new_p.effective_sign
                    and set(old_p.window) & set(new_p.window)):
                topic = next(w for w in new_p.window if w in old_p.window)
                return (f"{_predicate_text(new_p.lemma, new_p.negated)} vs "
                        f"{_predicate_text(old_p.lemma, old_p.negated)} ({topic})")
    return _blame_contradiction(claim.frame.blame, earlier.frame.blame)


def _predicate_text(lemma: str, negated: bool) -> str:
    return f"not {lemma}" if negated else lemma


def _blame_contradiction(new: tuple[str, ...], old: tuple[str, ...]) -> str:
    """One side blames everyone, the other one party."""
    if not new or not old:
        return ""
    new_all, old_all = "parties" in new, "parties" in old
    if new_all and not old_all:
        return f"blames both sides vs blames {', '.join(old)}"
    if old_all and not new_all:
        return f"blames {', '.join(new)} vs blames both sides"
    return ""


def _update(claim: Claim, earlier: Claim) -> str:
    for new_q in claim.frame.quantities:
        for old_q in earlier.frame.quantities:
            if _counts_same_thing(new_q, old_q) and (
                    new_q.measure != old_q.measure
                    or new_q.qualifier_class != old_q.qualifier_class):
                return (f"{measure_name(new_q, claim.sentence)} {as_in_a_line(old_q)} → "
                        f"{as_in_a_line(new_q)}")
    return ""


def _counts_same_thing(a: Quantity, b: Quantity) -> bool:
    return bool(a.noun) and a.noun == b.noun and a.unit == b.unit


def _repeat(claim: Claim, earlier: Claim) -> bool:
    mine, theirs = likeness(claim), likeness(earlier)
    if mine.quotes & theirs.quotes:
        return True
    return similarity(mine.key, theirs.key) >= REPEAT_CUTOFF
