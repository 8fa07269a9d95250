"""Typed claim changes between two versions of an article.

    compare_versions(old_text, new_text) -> ClaimDiff
    compare_frames(old, new) -> list[FrameChange(type, detail, headline)]

Rule order of compare_versions:
  1. clean both texts (normalize, drop page junk);
  2. paragraphs present in both versions are set aside, then the pieces (sentences cut at
     sure ends) present in both: text in both versions cannot hold a change;
  3. equal fingerprints of what is left (its words, ignoring case, punctuation and order)
     -> no changes;
  4. the rest is split into sentences (pysbd) and aligned (monitor.claims.align);
  5. an aligned pair is compared frame field by field (compare_frames), never by text
     similarity: "talks collapsed" and "talks resumed" differ by one word and mean the
     opposite. Equal frames are a style edit: no change;
  6. a lone new claim is `claim_added` (`quote_added` when it carries a quote), a lone old
     one `claim_removed` (`quote_removed`) - unless the same sentence still stands elsewhere
     in the other version (a repeated line removed once is not a retraction). Lone sentences
     that are not claims are ignored.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from monitor.claims import worddiff
from monitor.claims.align import PAIR_CUTOFF, align
from monitor.claims.fields import (
    QUOTE_EDIT_CUTOFF,
    FrameChange,
    compare_frames,
    mid_line,
    quote_headline,
    snippet,
)
from monitor.claims.frames import Claim, comparison_claim, lone_claim
from monitor.claims.sentences import (
    clean_paragraphs,
    sentence_key,
    sentence_pieces,
    split_piece,
)
from monitor.claims.style import reconcile

__all__ = ["CHANGE_TYPES", "QUOTE_EDIT_CUTOFF", "ClaimChange", "ClaimDiff", "FrameChange",
           "compare_frames", "compare_versions"]

CHANGE_TYPES = (
    "number_changed", "qualifier_changed", "quote_added", "quote_removed", "quote_edited",
    "speaker_changed", "polarity_flipped", "modality_changed", "entity_changed",
    "date_changed", "claim_added", "claim_removed",
)
# A lone sentence this long (in words) that still stands verbatim elsewhere is not lone.
MIN_WORDS_FOR_ELSEWHERE = 6
SUMMARY_MAX_ITEMS = 5


@dataclass(frozen=True)
class ClaimChange:
    type: str
    before: str | None
    after: str | None
    word_diff: str
    detail: str
    headline: str = field(default="", compare=False)

    @property
    def summary_item(self) -> str:
        return self.headline or f"{self.type.replace('_', ' ')} {self.detail}".strip()

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "before": self.before, "after": self.after,
                "word_diff": self.word_diff, "detail": self.detail}


@dataclass(frozen=True)
class ClaimDiff:
    changes: list[ClaimChange] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.changes)

    @property
    def types(self) -> set[str]:
        return {c.type for c in self.changes}

    @property
    def summary(self) -> str:
        """One line: "death toll changed over 35,000 → over 36,000; quote added from a
        Qatari foreign ministry spokesperson"."""
        items = list(dict.fromkeys(c.summary_item for c in self.changes))
        if len(items) > SUMMARY_MAX_ITEMS:
            items = [*items[:SUMMARY_MAX_ITEMS], f"and {len(items) - SUMMARY_MAX_ITEMS} more"]
        return "; ".join(items) if items else "no claim changes"

    def to_dict(self) -> dict[str, Any]:
        return {"summary": self.summary, "changes": [c.to_dict() for c in self.changes]}


# --- versions -----------------------------------------------------------------------------------


def compare_versions(old_text: str, new_text: str, *, pair_cutoff: float = PAIR_CUTOFF,
                     quote_edit_cutoff: float = QUOTE_EDIT_CUTOFF) -> ClaimDiff:
    """The typed claim changes from `old_text` to `new_text` (empty: style only). The two
    thresholds are keyword parameters for the calibration sweep; keep the defaults."""
    old_paragraphs, new_paragraphs = clean_paragraphs(old_text), clean_paragraphs(new_text)
    old_changed, new_changed = _not_in_both(old_paragraphs, new_paragraphs)
    old_pieces, new_pieces = _not_in_both(_pieces(old_changed), _pieces(new_changed))
    if _fingerprint(old_pieces) == _fingerprint(new_pieces):
        return ClaimDiff()  # what differs is case, punctuation, spacing or order: style only
    old_sentences = [s for piece in old_pieces for s in split_piece(piece)]
    new_sentences = [s for piece in new_pieces for s in split_piece(piece)]
    documents = _Documents(old_paragraphs, new_paragraphs)
    changes: list[ClaimChange] = []
    for pair in align(old_sentences, new_sentences, pair_cutoff):
        before = " ".join(old_sentences[i] for i in pair.old) or None
        after = " ".join(new_sentences[j] for j in pair.new) or None
        changes += _changes_of_pair(before, after, documents, quote_edit_cutoff)
    return ClaimDiff(changes)


def _pieces(paragraphs: list[str]) -> tuple[str, ...]:
    return tuple(piece for paragraph in paragraphs for piece in sentence_pieces(paragraph))


def _fingerprint(pieces: list[str]) -> Counter[str]:
    return Counter(sentence_key(piece) for piece in pieces)


def _not_in_both(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Each version's items minus those the other has too (as a multiset, order kept): text
    present in both versions cannot hold a change, and is never split or parsed."""
    common = Counter(old) & Counter(new)
    return _without(old, common), _without(new, common)


def _without(items: tuple[str, ...], common: Counter[str]) -> list[str]:
    budget = Counter(common)
    kept = []
    for item in items:
        if budget[item] > 0:
            budget[item] -= 1
        else:
            kept.append(item)
    return kept


class _Documents:
    """Both whole versions, to ask whether a lone sentence still stands elsewhere."""

    def __init__(self, old: tuple[str, ...], new: tuple[str, ...]):
        self._paragraphs = {"old": old, "new": new}

    def has(self, version: str, sentence: str) -> bool:
        """Does `sentence` stand verbatim (normalized text) in that version? Short sentences
        do not count: "Talks collapsed." inside a longer sentence is not the same claim."""
        if len(sentence.split()) < MIN_WORDS_FOR_ELSEWHERE:
            return False
        return any(sentence in paragraph for paragraph in self._paragraphs[version])


def _changes_of_pair(before: str | None, after: str | None, documents: _Documents,
                     quote_edit_cutoff: float) -> list[ClaimChange]:
    if before is not None and after is not None:
        glued = _glued(before, after)
        if glued is not None:  # a sentence added or removed next to an unchanged one
            return _changes_of_pair(*glued, documents, quote_edit_cutoff)
        # Typo fixes and variant spellings undone first: what is left differs in words.
        texts = reconcile(before, after)
        if sentence_key(texts.before) == sentence_key(texts.after):
            return []
        old, new = comparison_claim(texts.before), comparison_claim(texts.after)
        if not (old.frame.is_claim or new.frame.is_claim):
            return []
        changes = compare_frames(old, new, quote_edit_cutoff, (texts.gone, texts.came))
        if not changes:
            return []  # style only: no word diff to show
        diff = worddiff.word_diff(before, after)
        return [ClaimChange(c.type, before, after, diff, c.detail, c.headline) for c in changes]
    # A lone sentence still standing elsewhere is no change, claim or not: that (cheap) test
    # first, the frame only when it is needed.
    if after is not None:
        if documents.has("old", after):
            return []
        claim = lone_claim(after)
        if not claim.frame.is_claim:
            return []
        kind = "quote_added" if claim.frame.quotes else "claim_added"
        return [ClaimChange(kind, None, after, worddiff.added(after), _lone_detail(claim),
                            quote_headline(kind, claim.frame))]
    assert before is not None
    if documents.has("new", before):
        return []
    claim = lone_claim(before)
    if not claim.frame.is_claim:
        return []
    kind = "quote_removed" if claim.frame.quotes else "claim_removed"
    return [ClaimChange(kind, before, None, worddiff.removed(before), _lone_detail(claim),
                        quote_headline(kind, claim.frame))]


def _glued(before: str, after: str) -> tuple[str | None, str | None] | None:
    """A sentence added or removed where the splitter saw no break ("... the Xbox One S. In
    the summer of 1961, ..."): one version is the other plus whole sentences, before or after
    it. Returns the lone part as (removed, None) or (None, added); None when it is not so."""
    for short, long, added in ((before, after, True), (after, before, False)):
        if long.startswith(short + " "):
            first, second = short, long[len(short) + 1:]
            lone = second
        elif long.endswith(" " + short):
            first, second = long[:-len(short) - 1], short
            lone = first
        else:
            continue
        if first.rstrip("\"')").endswith((".", "!", "?")) and (
                second[:1].isupper() or second[:1] == '"'):
            return (None, lone) if added else (lone, None)
    return None


def _lone_detail(claim: Claim) -> str:
    frame = claim.frame
    if frame.quotes:
        source = f"from {mid_line(frame.speaker_text)} " if frame.speaker_text else ""
        return f'{source}"{snippet(frame.quotes[0])}"'
    return f'"{snippet(claim.sentence)}"'


