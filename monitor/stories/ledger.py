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

from monitor.claims import Claim, ClaimRelation, relate_to_story, topic_terms
from monitor.claims.ledger import MAX_NEW_IN_ALERT, context_for_alert
from monitor.stories.backlog import plausible_time

DIFFERING = frozenset({"update", "contradiction"})
_REPEAT = object()  # relate_to_story leaves repeats out of its result


@dataclass(frozen=True)
class LedgerStep:
    context: list[dict]  # the relations the `article.new` alert lists (ClaimContextInfo shape)
    new_entries: list[dict] = field(default_factory=list)  # what to append to the ledger


@dataclass(frozen=True)
class LedgerSlice:
    """The part of a story's ledger a new piece is set against, and what it must know of the
    rest. Entries are {article_id, source, seen_at, published, claim, terms, met}."""

    entries: list[dict]  # other pieces' entries, every candidate of the piece's claims among
    # them (monitor.state.story_ledger), in ledger order (without `ranked`, more entries change
    # nothing: relate_to_story picks the candidates among them)
    before: int  # how many entries of other pieces the whole ledger has published before it
    after: int  # ... and after it
    own: bool  # the piece's own entries are in the ledger already (its job is redelivered)
    # The entries' claims, decoded, in the same order (a reader that keeps decoded entries,
    # monitor.state.story_ledger, hands them over); None: decoded from `entries` here.
    claims: list[Claim] | None = None
    # Per anchored claim of the piece, in order, its candidates published at or before it and
    # after it: positions in `entries`, best first, as the ledger's keeper chose them
    # (monitor.state.story_ledger); None: chosen here among `entries`.
    ranked: tuple[list[list[int]], list[list[int]]] | None = None


def relate_piece(article_id: str, source: str, claims: list[Claim], ledger: list[dict],
                 seen_at: float, published: float | None = None) -> LedgerStep:
    """Set the piece's claims against the story's earlier ones (rule order: module docstring),
    given the whole ledger (a story's candidates only: `relate_slice`).

    `ledger` holds entries {article_id, source, seen_at, published, claim}. Entries of this
    same article are left out of the comparison, and when there are some a previous run of
    this job already added the piece's claims: they are not added twice (jobs are redelivered).

    `published` is the piece's publication time; absent or implausible, the time it was seen
    stands in (and for entries written before entries carried it, their `seen_at`)."""
    when = piece_time(published, seen_at)
    others = [e for e in ledger if e["article_id"] != article_id]
    before = sum(1 for e in others if entry_time(e) <= when)
    part = LedgerSlice(others, before, len(others) - before, len(others) < len(ledger))
    return relate_slice(article_id, source, claims, part, seen_at, when)


def relate_slice(article_id: str, source: str, claims: list[Claim], part: LedgerSlice,
                 seen_at: float, when: float) -> LedgerStep:
    """As relate_piece, given the part of the ledger that holds the piece's candidates
    and `when`, the piece's time (`piece_time`)."""
    decoded = (part.claims if part.claims is not None
               else [Claim.from_dict(e["claim"]) for e in part.entries])
    read = list(zip(part.entries, decoded, strict=True))
    if part.ranked is None:
        before = [(e["source"], claim) for e, claim in read if entry_time(e) <= when]
        after = [(e["source"], claim) for e, claim in read if entry_time(e) > when]
    else:  # the positions ranked on each side point into the whole read
        before = after = [(e["source"], claim) for e, claim in read]
    # The first piece of a story has nothing to be set against: its alert lists no claims.
    relations, earlier_reports = (
        in_time_order(claims, before, after, (part.before > 0, part.after > 0), part.ranked)
        if part.before or part.after else ([], set()))
    context = [(replace(r, relation="earlier_report") if id(r) in earlier_reports else r).to_dict()
               for r in context_for_alert(relations, MAX_NEW_IN_ALERT)]
    if part.own:
        return LedgerStep(context)
    met = _how_each_met(claims, relations, earlier_reports, {id(c): e for e, c in read},
                        bool(part.before or part.after))
    entries = [{"article_id": article_id, "source": source, "seen_at": seen_at,
                "published": when, "claim": claim.to_dict(), "terms": indexed_terms(claim),
                **({"met": met[id(claim)]} if id(claim) in met else {})}
               for claim in claims]
    return LedgerStep(context, entries)


def _how_each_met(claims: list[Claim], relations: list[ClaimRelation], earlier_reports: set[int],
                  entry_of: dict[int, dict], story_before: bool) -> dict[int, dict]:
    """id(claim) -> how the anchored claim met the story when its piece arrived, kept in its
    ledger entry for the story page (monitor.views.storyview): {"relation": new | update |
    contradiction | earlier_report | repeat, "kind": how it differs (update or
    contradiction, also for an earlier report), "detail", "other": the claim it differs from
    {article_id, source, sentence, published}}. Other claims are never related: none."""
    found = {id(r.claim): r for r in relations}
    met: dict[int, dict] = {}
    for claim in (c for c in claims if c.frame.anchored):
        relation = found.get(id(claim))
        if relation is None:  # left out by in_time_order: a repeat (or nothing to meet)
            met[id(claim)] = {"relation": "repeat" if story_before else "new"}
            continue
        met[id(claim)] = {"relation": "earlier_report" if id(relation) in earlier_reports
                          else relation.relation, "kind": relation.relation,
                          "detail": relation.detail}
        other = entry_of.get(id(relation.earlier)) if relation.earlier is not None else None
        if other is not None:
            met[id(claim)]["other"] = {
                "article_id": other["article_id"], "source": other["source"],
                "sentence": relation.earlier.sentence, "published": entry_time(other)}
    return met


def indexed_terms(claim: Claim) -> list[str]:
    """The terms the ledger indexes a claim by: its topic terms if it is anchored (no other
    claim is ever set against a new one), none otherwise."""
    return sorted(topic_terms(claim)) if claim.frame.anchored else []


def in_time_order(claims: list[Claim], before: list[tuple[str, Claim]],
                  after: list[tuple[str, Claim]], present: tuple[bool, bool] | None = None,
                  ranked: tuple[list[list[int]], list[list[int]]] | None = None
                  ) -> tuple[list[ClaimRelation], set[int]]:
    """The relations of `claims` (repeats left out) and the ids of those among them that are
    earlier reports: they keep monitor.claims' label until the alert context is chosen, which
    lists updates and contradictions first, so earlier reports are listed like them.
    `present` says whether the ledger has claims before / after the piece at all, when
    `before` and `after` are only its candidates (absent: they are the whole ledger).
    `ranked`: the candidates of each anchored claim in `before` and in `after`, chosen already
    (relate_to_story's `ranked`, per side)."""
    has_before, has_after = present if present is not None else (bool(before), bool(after))
    prior = _relations(claims, before, has_before, ranked[0] if ranked else None)
    later = _relations(claims, after, has_after, ranked[1] if ranked else None)
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


def _relations(claims: list[Claim], ledger: list[tuple[str, Claim]], present: bool,
               ranked: list[list[int]] | None) -> dict[int, object]:
    """id(claim) -> its relation to `ledger`, or _REPEAT; empty when that side of the story
    has no claim at all (`present`)."""
    if not present:
        return {}
    found = {id(r.claim): r for r in relate_to_story(claims, ledger, ranked)}
    return {id(claim): found.get(id(claim), _REPEAT) for claim in claims}


def piece_time(published: float | None, seen_at: float) -> float:
    """When a piece was published: its stated time if plausible, else when it was seen."""
    stated = plausible_time(published, seen_at)
    return stated if stated is not None else seen_at


def entry_time(entry: dict) -> float:
    return float(entry.get("published") or entry["seen_at"])
