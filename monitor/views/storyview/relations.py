"""How each claim on the story page met the story when its piece arrived (pure).

The pieces job keeps it in each anchored claim's ledger entry (`met`: monitor.stories.ledger),
worked out once, when the piece arrived, as its alert said it: a May piece seen after the
July ones is an `earlier_report`, not a contradiction; a July piece seen after the May one
contradicts it. Entries written before newsmon kept it are related again here
(`relate_on_read`), the way the job relates them (monitor.stories.ledger.in_time_order): each
piece, in the order newsmon numbered them, against the pieces numbered before it on the page,
split at its publication time.
"""

from __future__ import annotations

from dataclasses import dataclass

from monitor.claims import Claim, relate_to_story
from monitor.stories.ledger import entry_time, in_time_order
from monitor.views.storyview.model import ClaimRef, Disagreement, LedgerClaim

DIFFERING = ("update", "contradiction", "earlier_report")


@dataclass(frozen=True)
class PieceClaims:
    """One piece's anchored claims, as read from the ledger."""

    number: int
    entries: tuple[dict, ...]  # ledger entries {article_id, source, seen_at, published, claim,
    # met (when kept)}


def relate_pieces(pieces: list[PieceClaims], numbers: dict[str, int]
                  ) -> tuple[list[tuple[Claim, LedgerClaim]], list[Disagreement]]:
    """Every claim of `pieces` with how it met the story, and the disagreements among them
    (each pair once, the earlier-published claim first). `numbers`: article id -> piece
    number, for the claims they differ from."""
    kept = all("met" in e for piece in pieces for e in piece.entries)
    again = {} if kept else relate_on_read(pieces)
    pairs: list[tuple[Claim, LedgerClaim]] = []
    for piece in pieces:
        for entry in piece.entries:
            claim = Claim.from_dict(entry["claim"])
            ref = ClaimRef(piece.number, entry["source"], claim.sentence, entry_time(entry))
            met = entry.get("met") or again.get((piece.number, claim.sentence),
                                                {"relation": "new"})
            pairs.append((claim, _ledger_claim(ref, met, numbers)))
    return pairs, _disagreements(pairs)


def _ledger_claim(ref: ClaimRef, met: dict, numbers: dict[str, int]) -> LedgerClaim:
    other = met.get("other")
    other_ref = None
    if other is not None:
        piece = other.get("piece") or numbers.get(other.get("article_id", ""), 0)
        other_ref = ClaimRef(piece, other["source"], other["sentence"], other["published"])
    return LedgerClaim(ref, met["relation"], met.get("detail", ""), other_ref,
                       met.get("kind", met["relation"]))


def _disagreements(pairs: list[tuple[Claim, LedgerClaim]]) -> list[Disagreement]:
    claims = {(item.claim.piece, item.claim.sentence): claim for claim, item in pairs}
    found: dict[tuple, Disagreement] = {}
    for claim, item in pairs:
        if item.relation not in DIFFERING or item.other is None:
            continue
        late = item.relation == "earlier_report"
        earlier, later = (item.claim, item.other) if late else (item.other, item.claim)
        detail = item.detail
        later_claim = claims.get((later.piece, later.sentence))
        if late and later_claim is not None:
            detail = _seen_from_later(later_claim, claim, earlier.source) or detail
        key = (item.kind, earlier.sentence, later.sentence)
        found.setdefault(key, Disagreement(item.kind, detail, earlier, later, late))
    return sorted(found.values(), key=lambda d: (d.kind != "contradiction", d.earlier.published,
                                                 d.later.published, d.earlier.piece,
                                                 d.later.piece))


def _seen_from_later(later: Claim, earlier: Claim, earlier_source: str) -> str:
    """The detail of a disagreement told from the later claim ("number of homes about 800 →
    1,600"), for an earlier report: its own detail runs from the claim seen first."""
    found = relate_to_story([later], [(earlier_source, earlier)])
    return found[0].detail if found and found[0].relation in ("update", "contradiction") else ""


def relate_on_read(pieces: list[PieceClaims]) -> dict[tuple[int, str], dict]:
    """(piece number, sentence) -> `met` as the job keeps it (with the other claim's piece
    number), for ledgers written before the job kept it. Costs what relating every piece to
    the ones before it costs: only the pieces on the page take part."""
    seen: list[tuple[str, Claim, ClaimRef]] = []  # the claims of the pieces related so far
    met: dict[tuple[int, str], dict] = {}
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
                met[(ref.piece, ref.sentence)] = {"relation": "repeat" if seen else "new"}
                continue
            late = id(relation) in earlier_reports
            entry = {"relation": "earlier_report" if late else relation.relation,
                     "kind": relation.relation, "detail": relation.detail}
            other = ref_of.get(id(relation.earlier)) if relation.earlier is not None else None
            if other is not None:
                entry["other"] = {"piece": other.piece, "source": other.source,
                                  "sentence": other.sentence, "published": other.published}
            met[(ref.piece, ref.sentence)] = entry
        seen += [(ref.source, claim, ref) for claim, ref in zip(claims, refs, strict=True)]
    return met
