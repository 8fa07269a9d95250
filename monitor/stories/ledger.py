"""How a new piece's claims meet a story's claim ledger (the claims of its earlier pieces).

Pieces are compared in publication order, not in the order newsmon saw them: a May piece
fetched after July's reporting differs from it because it is older, so what monitor.claims
calls an update or a contradiction of a later-published claim is an `earlier_report` here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from monitor.claims import Claim, ClaimRelation, relate_to_story
from monitor.claims.ledger import MAX_NEW_IN_ALERT, context_for_alert
from monitor.stories.backlog import plausible_time

# What a claim of an older piece says against a newer one's: it differs, it does not revise.
DIFFERING = frozenset({"update", "contradiction"})


@dataclass(frozen=True)
class LedgerStep:
    context: list[dict]  # the relations the `article.new` alert lists (ClaimContextInfo shape)
    new_entries: list[dict] = field(default_factory=list)  # what to append to the ledger


def relate_piece(article_id: str, source: str, claims: list[Claim], ledger: list[dict],
                 seen_at: float, published: float | None = None) -> LedgerStep:
    """Set the piece's claims against the story's earlier ones.

    `ledger` holds entries {article_id, source, seen_at, published, claim}. Entries of this
    same article are left out of the comparison, and when there are some a previous run of
    this job already added the piece's claims: they are not added twice (jobs are redelivered).

    `published` is the piece's publication time; absent or implausible, the time it was seen
    stands in (entries written before entries carried it: their `seen_at`)."""
    when = piece_time(published, seen_at)
    others = [e for e in ledger if e["article_id"] != article_id]
    earlier = [(e["source"], Claim.from_dict(e["claim"])) for e in others]
    # Relations point at the very Claim objects of `earlier`; their entries give the times.
    times = {id(claim): entry_time(e) for (_, claim), e in zip(earlier, others, strict=True)}
    relations = relate_to_story(claims, earlier) if earlier else []
    context = [in_time_order(r, when, times).to_dict()
               for r in context_for_alert(relations, MAX_NEW_IN_ALERT)]
    if len(others) < len(ledger):
        return LedgerStep(context)
    entries = [{"article_id": article_id, "source": source, "seen_at": seen_at,
                "published": when, "claim": claim.to_dict()} for claim in claims]
    return LedgerStep(context, entries)


def piece_time(published: float | None, seen_at: float) -> float:
    """When a piece was published: its stated time if plausible, else when it was seen."""
    stated = plausible_time(published, seen_at)
    return stated if stated is not None else seen_at


def entry_time(entry: dict) -> float:
    return float(entry.get("published") or entry["seen_at"])


def in_time_order(relation: ClaimRelation, when: float, times: dict[int, float]
                  ) -> ClaimRelation:
    """An update or contradiction of a claim published after the piece (`when`) is an
    `earlier_report`; everything else stands as monitor.claims related it."""
    if relation.relation not in DIFFERING or relation.earlier is None:
        return relation
    if when < times.get(id(relation.earlier), when):
        return replace(relation, relation="earlier_report")
    return relation
