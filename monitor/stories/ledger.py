"""How a new piece's claims meet a story's claim ledger (the claims of its earlier pieces)."""

from __future__ import annotations

from dataclasses import dataclass, field

from monitor.claims import Claim, relate_to_story
from monitor.claims.ledger import MAX_NEW_IN_ALERT, context_for_alert


@dataclass(frozen=True)
class LedgerStep:
    context: list[dict]  # the relations the `article.new` alert lists (ClaimContextInfo shape)
    new_entries: list[dict] = field(default_factory=list)  # what to append to the ledger


def relate_piece(article_id: str, source: str, claims: list[Claim], ledger: list[dict],
                 seen_at: float) -> LedgerStep:
    """Set the piece's claims against the story's earlier ones.

    `ledger` holds entries {article_id, source, seen_at, claim}. Entries of this same article
    are left out of the comparison, and when there are some a previous run of this job already
    added the piece's claims: they are not added twice (jobs are redelivered)."""
    earlier = [(e["source"], Claim.from_dict(e["claim"])) for e in ledger
               if e["article_id"] != article_id]
    relations = relate_to_story(claims, earlier) if earlier else []
    context = [r.to_dict() for r in context_for_alert(relations, MAX_NEW_IN_ALERT)]
    if len(earlier) < len(ledger):
        return LedgerStep(context)
    entries = [{"article_id": article_id, "source": source, "seen_at": seen_at,
                "claim": claim.to_dict()} for claim in claims]
    return LedgerStep(context, entries)
