"""How a new piece's claims meet a story's claim ledger (the claims of its earlier pieces).

Pieces are compared in publication order, not in the order newsmon saw them. The ledger is
split at the new piece's publication time: against the claims published before it, a claim is
new, an update, a contradiction or a repeat, as monitor.claims relates them; against those
published after it, a claim that would update or contradict one is an `earlier_report` (a May
piece fetched after July's reporting is older news, not a reversal). Rule order per claim:

  1. it updates or contradicts a claim published before it -> that relation
  2. it updates or contradicts a claim published after it -> earlier_report
  3. it repeats a claim of the story, before or after -> left out (it tells nothing new)
  4. otherwise -> new
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from monitor.claims import Claim, ClaimRelation, relate_to_story
from monitor.claims.ledger import MAX_NEW_IN_ALERT, context_for_alert
from monitor.stories.backlog import plausible_time

DIFFERING = frozenset({"update", "contradiction"})
_REPEAT = object()  # relate_to_story leaves repeats out of its result


@dataclass(frozen=True)
class LedgerStep:
    context: list[dict]  # the relations the `article.new` alert lists (ClaimContextInfo shape)
    new_entries: list[dict] = field(default_factory=list)  # what to append to the ledger


def relate_piece(article_id: str, source: str, claims: list[Claim], ledger: list[dict],
                 seen_at: float, published: float | None = None) -> LedgerStep:
    """Set the piece's claims against the story's earlier ones (rule order: module docstring).

    `ledger` holds entries {article_id, source, seen_at, published, claim}. Entries of this
    same article are left out of the comparison, and when there are some a previous run of
    this job already added the piece's claims: they are not added twice (jobs are redelivered).

    `published` is the piece's publication time; absent or implausible, the time it was seen
    stands in (and for entries written before entries carried it, their `seen_at`)."""
    when = piece_time(published, seen_at)
    others = [e for e in ledger if e["article_id"] != article_id]
    before = [(e["source"], Claim.from_dict(e["claim"])) for e in others if entry_time(e) <= when]
    after = [(e["source"], Claim.from_dict(e["claim"])) for e in others if entry_time(e) > when]
    # The first piece of a story has nothing to be set against: its alert lists no claims.
    relations, earlier_reports = in_time_order(claims, before, after) if others else ([], set())
    context = [(replace(r, relation="earlier_report") if id(r) in earlier_reports else r).to_dict()
               for r in context_for_alert(relations, MAX_NEW_IN_ALERT)]
    if len(others) < len(ledger):
        return LedgerStep(context)
    entries = [{"article_id": article_id, "source": source, "seen_at": seen_at,
                "published": when, "claim": claim.to_dict()} for claim in claims]
    return LedgerStep(context, entries)


def in_time_order(claims: list[Claim], before: list[tuple[str, Claim]],
                  after: list[tuple[str, Claim]]) -> tuple[list[ClaimRelation], set[int]]:
    """The relations of `claims` (repeats left out) and the ids of those among them that are
    earlier reports: they keep monitor.claims' label until the alert context is chosen, which
    lists updates and contradictions first, so earlier reports are listed like them."""
    prior = _relations(claims, before)
    later = _relations(claims, after)
    relations: list[ClaimRelation] = []
    earlier_reports: set[int] = set()
    for claim in claims:
        old, new = prior.get(id(claim)), later.get(id(claim))
        if isinstance(old, ClaimRelation) and old.relation in DIFFERING:
            relations.append(old)
        elif isinstance(new, ClaimRelation) and new.relation in DIFFERING:
            relations.append(new)
            earlier_reports.add(id(new))
        elif old is not _REPEAT and new is not _REPEAT:
            relations.append(ClaimRelation("new", claim))
    return relations, earlier_reports


def _relations(claims: list[Claim], ledger: list[tuple[str, Claim]]) -> dict[int, object]:
    """id(claim) -> its relation to `ledger`, or _REPEAT; empty when the ledger is."""
    if not ledger:
        return {}
    found = {id(r.claim): r for r in relate_to_story(claims, ledger)}
    return {id(claim): found.get(id(claim), _REPEAT) for claim in claims}


def piece_time(published: float | None, seen_at: float) -> float:
    """When a piece was published: its stated time if plausible, else when it was seen."""
    stated = plausible_time(published, seen_at)
    return stated if stated is not None else seen_at


def entry_time(entry: dict) -> float:
    return float(entry.get("published") or entry["seen_at"])
