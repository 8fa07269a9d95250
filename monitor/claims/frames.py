"""Claim frames: what a sentence asserts, as fields that can be compared one by one.

    extract_frame(sentence) -> Frame      pure, cached; `sentence` is already normalized

Every declarative sentence of the body is a claim (Frame.is_claim): who did what to whom,
when, where, how many, with what certainty, said by whom. Not claims: questions, and calls to
action or promotion ("Sign up for our newsletter", "Read more: ...": style.is_call_to_action).

Long quotes are the speaker's words, not the writer's: every other field (numbers, entities,
dates, negation, modality, predicates used for polarity) is read from the sentence with its
quotes masked, so an edit inside a quote is reported once, as a quote edit. Predicates inside
quotes are kept too (flag `quoted`) because relating pieces of a story needs them
("progress has been made toward a ceasefire", said an official).

The readers live in their own modules: entities, attribution (speaker and cue), predicates
(event verbs, negation, modality, blame), measures (dates and quantities).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from functools import cache, lru_cache
from typing import Any

from monitor.claims import lexicon as lx
from monitor.claims.attribution import CUE_WORDS, attribution, normalize_speaker
from monitor.claims.entities import entity_keys, find_entities, span_keys
from monitor.claims.measures import Quantity, date_spans, may_count, quantities
from monitor.claims.predicates import (
    BLAME_FORMS,
    MODALITY_PAIR_FIRSTS,
    PREDICATE_WORDS,
    Predicate,
    count_negations,
    find_blame,
    find_modality,
    find_predicates,
    topic_word,
)
from monitor.claims.style import CALL_TO_ACTION_WORDS, is_call_to_action
from monitor.claims.tokens import Token, frame_tokens, long_quotes, tokens

__all__ = ["Claim", "Frame", "Predicate", "Quantity", "comparison_claim", "comparison_frame",
           "entity_keys", "extract_frame", "lone_claim", "lone_frame", "make_claim", "span_keys", "topic_word"]


@dataclass(frozen=True)
class Frame:
    speaker: str = ""  # normalized: lowercase, no determiners ("senior us diplomat")
    speaker_text: str = ""  # as written ("a senior US diplomat")
    cue: str = ""  # reporting verb lemma or "according to"
    # The sentence's other sources, as written: subjects of its other reporting verbs, and
    # named listeners ("told Reuters"). Compared with the speaker as one set.
    other_sources: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()  # direct quotes of 4+ words
    quantities: tuple[Quantity, ...] = ()
    entities: tuple[str, ...] = ()  # capitalized spans outside quotes, as written
    predicates: tuple[Predicate, ...] = ()
    negations: int = 0  # negators outside quotes
    modality: tuple[str, ...] = ()  # sorted subset of {"future", "possible", "reported"}
    dates: tuple[str, ...] = ()  # canonical: "july 2025", "wednesday", "october 7"
    blame: tuple[str, ...] = ()  # who is blamed: entity keys, or "parties" for "both sides"
    question: bool = False
    call_to_action: bool = False  # "Sign up for our newsletter", "Read more: ..."

    @property
    def is_claim(self) -> bool:
        """Every declarative sentence asserts something ("The team will make its first
        appearance on Wednesday"); questions and calls to action do not."""
        return not (self.question or self.call_to_action)

    @property
    def anchored(self) -> bool:
        """A claim with a fact another piece can be checked against: a quantity, a direct
        quote, an attribution, or a name or date with an event verb. The ledger relates only
        these across the pieces of a story."""
        event = any(not p.quoted for p in self.predicates)
        # A date is a named entity too (NER's DATE): "in July 2025, tensions increased".
        named = self.entities or self.dates
        return self.is_claim and bool(self.quantities or self.quotes or self.cue
                                      or (named and event))

    def to_dict(self) -> dict[str, Any]:
        """The fields that differ from their defaults (`_compact`); `from_dict` fills in the
        rest. Most of a frame's fields are empty: the ledger stores one per claim."""
        return _compact(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Frame:
        """The frame `to_dict` gave (fields missing from older dicts take their defaults).
        Built without __init__ (`_built`): a story's ledger read decodes hundreds."""
        values = _field_values(Frame, data)
        for name in ("other_sources", "quotes", "entities", "modality", "dates", "blame"):
            values[name] = tuple(values[name])
        values["quantities"] = tuple(_built(Quantity, _field_values(Quantity, q))
                                     for q in values["quantities"])
        values["predicates"] = tuple(
            _built(Predicate, {**_field_values(Predicate, p), "window": tuple(p.get("window", ()))})
            for p in values["predicates"])
        values["negations"] = int(values["negations"])
        values["question"] = bool(values["question"])
        values["call_to_action"] = bool(values["call_to_action"])
        return _built(Frame, values)


@dataclass(frozen=True)
class Claim:
    """A claim sentence and its frame. JSON round-trip via to_dict / from_dict (the ledger)."""

    sentence: str
    frame: Frame = field(default_factory=Frame)

    def __hash__(self) -> int:
        # Kept once computed (a claim never changes): a frame's hash walks every nested field,
        # and relating a piece hashes each earlier claim once per pair it is set against
        # (monitor.claims.ledger.topic_terms's cache key), some hundreds of times per piece.
        kept = self.__dict__.get("_hash")
        if kept is None:
            kept = hash((self.sentence, self.frame))
            object.__setattr__(self, "_hash", kept)
        return kept

    def __getstate__(self) -> dict[str, Any]:
        # Only the fields: the kept hash is this process's (str hashes are salted per
        # process), and what monitor.claims.ledger.topic_terms keeps here is computed again.
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "frame": self.frame.to_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        return cls(sentence=data["sentence"], frame=Frame.from_dict(data.get("frame", {})))


def _compact(value: Any) -> dict[str, Any]:
    """A frozen dataclass as a dict of its fields that differ from their defaults, dataclasses
    in its tuples as such dicts too (as `dataclasses.asdict` without those fields, and
    without its deep copy: the values are immutable). About half the bytes of a stored ledger
    entry, and half the JSON a story read decodes."""
    found: dict[str, Any] = {}
    for name, default in _defaults(type(value)):
        field_value = getattr(value, name)
        if default is not MISSING and field_value == default:
            continue
        if isinstance(field_value, tuple):
            field_value = [_compact(v) if is_dataclass(v) else v for v in field_value]
        found[name] = field_value
    return found


def _field_values(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """The dataclass's fields from `data`, defaults for those it lacks; a field without a
    default must be there (KeyError otherwise, as the constructor's TypeError)."""
    return {name: data[name] if name in data or default is MISSING else default
            for name, default in _defaults(cls)}


@cache
def _defaults(cls: type) -> tuple[tuple[str, Any], ...]:
    return tuple((f.name, f.default) for f in fields(cls))


def _built(cls: type, values: dict[str, Any]) -> Any:
    """An instance of the frozen dataclass `cls` holding `values` (every field, as
    `_field_values` gives them), made without its __init__: a frozen dataclass's __init__ sets
    each field through object.__setattr__, about a microsecond a field, most of the cost of
    decoding a ledger entry. The same object as `cls(**values)` (tests/test_claims_frames)."""
    built = object.__new__(cls)
    built.__dict__.update(values)
    return built


# --- the frame ----------------------------------------------------------------------------------


@lru_cache(maxsize=16384)
def extract_frame(sentence: str) -> Frame:
    """The claim frame of one normalized sentence. Pure; cached because consecutive versions
    of an article repeat most sentences."""
    return _read_frame(sentence, for_ledger=True)


@lru_cache(maxsize=16384)
def comparison_frame(sentence: str) -> Frame:
    """The frame fields a comparison of two versions reads (fields.compare_frames, the
    summary); what only the ledger reads is left empty: the predicates inside quotes (polarity
    is compared outside quotes), the predicates' topic windows and irrealis, who is blamed.
    About a sixth of the work of a frame, and never part of a ClaimChange."""
    return _read_frame(sentence, for_ledger=False)


@lru_cache(maxsize=16384)
def lone_frame(sentence: str) -> Frame:
    """What a comparison reads of a sentence added or removed whole: is it a claim (not a
    question, not a call to action), its quotes and its speaker. The other fields are left
    empty: no other version of the sentence to compare them with. Half the work of a frame."""
    quote_spans = long_quotes(sentence)
    words = frame_tokens(sentence, quote_spans)
    vocabulary = _vocabulary(words)
    speaker_text, cue, others = _attribution(sentence, words, vocabulary)
    return Frame(
        speaker=normalize_speaker(speaker_text),
        speaker_text=speaker_text,
        cue=cue,
        other_sources=others,
        quotes=_quotes(sentence, quote_spans),
        question=_is_question(sentence),
        call_to_action=not speaker_text and _calls_to_action(words, vocabulary),
    )


def _read_frame(sentence: str, for_ledger: bool) -> Frame:
    """The frame of `sentence`: whole for the ledger, else without the ledger's own fields."""
    quote_spans = long_quotes(sentence)
    words = frame_tokens(sentence, quote_spans)
    vocabulary = _vocabulary(words)
    dates = date_spans(sentence, quote_spans, words)
    in_dates = _tokens_within(words, dates)
    entities, in_entities = find_entities(words, in_dates)
    speaker_text, cue, others = _attribution(sentence, words, vocabulary)
    predicates = (find_predicates(words, quoted=False, for_ledger=for_ledger)
                  if not vocabulary.isdisjoint(PREDICATE_WORDS) else [])
    quoted_tokens = ([tokens(sentence[start:end], start) for start, end in quote_spans]
                     if for_ledger else [])
    for quoted in quoted_tokens:
        predicates += find_predicates(quoted, quoted=True)
    blame = (find_blame(words, in_entities)
             if for_ledger and not vocabulary.isdisjoint(BLAME_FORMS) else ())
    return Frame(
        speaker=normalize_speaker(speaker_text),
        speaker_text=speaker_text,
        cue=cue,
        other_sources=others,
        quotes=_quotes(sentence, quote_spans),
        quantities=quantities(words, in_dates) if may_count(sentence, vocabulary) else (),
        entities=tuple(entities),
        predicates=tuple(predicates),
        negations=count_negations(words) if _may_negate(sentence, vocabulary) else 0,
        modality=find_modality(words, in_dates) if _may_hedge(sentence, vocabulary) else (),
        dates=tuple(dict.fromkeys(d for _, _, d in dates)),
        blame=tuple(dict.fromkeys(blame + _quoted_blame(quoted_tokens))),
        question=_is_question(sentence),
        call_to_action=not speaker_text and _calls_to_action(words, vocabulary),
    )


def _vocabulary(words: list[Token]) -> frozenset[str]:
    """The words outside quotes, lowercased: a reader whose words the sentence lacks is skipped
    (a set test instead of a walk over every token; most readers find nothing)."""
    return frozenset([token.lower for token in words])


def _attribution(sentence: str, words: list[Token], vocabulary: frozenset[str]
                 ) -> tuple[str, str, tuple[str, ...]]:
    if vocabulary.isdisjoint(CUE_WORDS):
        return "", "", ()
    return attribution(words, sentence)


def _calls_to_action(words: list[Token], vocabulary: frozenset[str]) -> bool:
    """is_call_to_action, skipped by one set test when the sentence has none of its words
    (is_call_to_action reads a subset of `vocabulary`, the lowercased frame tokens)."""
    return not vocabulary.isdisjoint(CALL_TO_ACTION_WORDS) and is_call_to_action(words)


def _quotes(sentence: str, quote_spans: list[tuple[int, int]]) -> tuple[str, ...]:
    return tuple(sentence[a:b].strip(" ,.") for a, b in quote_spans)


def _is_question(sentence: str) -> bool:
    return sentence.rstrip('"\' ').endswith("?")


def _may_negate(sentence: str, vocabulary: frozenset[str]) -> bool:
    """A negator word, or an apostrophe before a t ("didn't"): else _negations counts 0."""
    return (not vocabulary.isdisjoint(lx.SENTENCE_NEGATORS)
            or "'t" in sentence or "'T" in sentence)


_HEDGE_WORDS = frozenset(lx.MODALITY_WORDS) | MODALITY_PAIR_FIRSTS


def _may_hedge(sentence: str, vocabulary: frozenset[str]) -> bool:
    """A hedge word, the first word of a two-word hedge, or "'ll": else _modality finds
    nothing."""
    return (not vocabulary.isdisjoint(_HEDGE_WORDS)
            or "'l" in sentence or "'L" in sentence)


def _tokens_within(tokens: list[Token], spans: list[tuple[int, int, str]]) -> set[int]:
    """Indexes of the tokens starting inside one of the (start, end, _) spans. Tokens are in
    text order, so each span covers a run of them, found by bisection."""
    if not spans:
        return set()
    starts = [token.start for token in tokens]
    return {i for start, end, _ in spans
            for i in range(bisect_left(starts, start), bisect_left(starts, end))}


def _quoted_blame(quoted_tokens: list[list[Token]]) -> tuple[str, ...]:
    targets: list[str] = []
    for quoted in quoted_tokens:
        if BLAME_FORMS.isdisjoint([token.lower for token in quoted]):
            continue  # nobody blamed: the entities need not be found
        _, covered = find_entities(quoted, set())
        targets.extend(find_blame(quoted, covered))
    return tuple(targets)


def make_claim(sentence: str) -> Claim:
    return Claim(sentence=sentence, frame=extract_frame(sentence))


def comparison_claim(sentence: str) -> Claim:
    """A claim with the frame a comparison reads (comparison_frame)."""
    return Claim(sentence=sentence, frame=comparison_frame(sentence))


def lone_claim(sentence: str) -> Claim:
    """A claim with the frame a comparison reads of a lone sentence (lone_frame)."""
    return Claim(sentence=sentence, frame=lone_frame(sentence))
