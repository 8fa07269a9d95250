"""How each claim on the story page met the story when its piece arrived (pure).

The ledger keeps claims, not how they related: the relations are worked out again on read,
the way the pieces job worked them out (monitor.stories.ledger.in_time_order): each piece, in
the order newsmon numbered them, is set against the claims of the pieces numbered before it,
split at its publication time. So the page says what the alerts said: a May piece seen after
the July ones is an `earlier_report`, not a contradiction; a July piece seen after the May one
contradicts it. Only the pieces on the page take part (monitor.views.storyview.Limits).
"""

from __future__ import annotations

from dataclasses import dataclass

from monitor.claims import Claim, relate_to_story
from monitor.stories.ledger import entry_time, in_time_order
from monitor.views.storyview.model import ClaimRef, Disagreement, LedgerClaim


@dataclass(frozen=True)
class PieceClaims:
    """One piece's anchored claims, as read from the ledger."""

    number: int
    entries: tuple[dict, ...]  # ledger entries {article_id, source, seen_at, published, claim}


def relate_pieces(pieces: list[PieceClaims]
                  ) -> tuple[list[tuple[Claim, LedgerClaim]], list[Disagreement]]:
    """Every claim of `pieces` with its relation, and the disagreements among them (each pair
    once, the earlier-published claim first)."""
    seen: list[tuple[str, Claim, ClaimRef]] = []  # the claims of the pieces related so far
    claims_out: list[tuple[Claim, LedgerClaim]] = []
    disagreements: dict[tuple, Disagreement] = {}
    for piece in sorted(pieces, key=lambda p: p.number):
        claims = [Claim.from_dict(e["claim"]) for e in piece.entries]
        refs = [ClaimRef(piece.number, e["source"], c.sentence, entry_time(e))
                for e, c in zip(piece.entries, claims, strict=True)]
        when = refs[0].published if refs else 0.0
        ref_of = {id(claim): ref for _, claim, ref in seen}
        before = [(source, claim) for source, claim, ref in seen if ref.published <= when]
        after = [(source, claim) for source, claim, ref in seen if ref.published > when]
        relations, earlier_reports = in_time_order(claims, before, after)
        by_claim = {id(r.claim): r for r in relations}
        for claim, ref in zip(claims, refs, strict=True):
            relation = by_claim.get(id(claim))
            if relation is None:
                claims_out.append((claim, LedgerClaim(ref, "repeat")))
                continue
            other = ref_of.get(id(relation.earlier)) if relation.earlier is not None else None
            late = id(relation) in earlier_reports
            claims_out.append((claim, LedgerClaim(
                ref, "earlier_report" if late else relation.relation, relation.detail, other)))
            if other is not None and relation.relation in ("update", "contradiction"):
                earlier, later = (ref, other) if late else (other, ref)
                detail = (_seen_from_later(relation.earlier, claim, ref.source)
                          if late else "") or relation.detail
                key = (relation.relation, earlier.sentence, later.sentence)
                disagreements.setdefault(key, Disagreement(
                    relation.relation, detail, earlier, later, late))
        seen += [(ref.source, claim, ref) for claim, ref in zip(claims, refs, strict=True)]
    ordered = sorted(disagreements.values(),
                     key=lambda d: (d.kind != "contradiction", d.earlier.published,
                                    d.later.published, d.earlier.piece, d.later.piece))
    return claims_out, ordered


def _seen_from_later(later: Claim, earlier: Claim, earlier_source: str) -> str:
    """The detail of a disagreement told from the later claim ("number of homes about 800 →
    1,600"), for an earlier report: its own detail runs from the claim seen first."""
    found = relate_to_story([later], [(earlier_source, earlier)])
    return found[0].detail if found and found[0].relation in ("update", "contradiction") else ""
