"""Two frames compared field by field: the typed changes of one aligned pair of sentences.

    compare_frames(old, new) -> list[FrameChange(type, detail, headline)]   empty: style only

Never by text similarity: "talks collapsed" and "talks resumed" differ by one word and mean
the opposite. Fields: quantities (value, range, unit; qualifier class), quotes (by words),
speaker, polarity (predicate classes, negators, opposite words), modality, entities, dates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from rapidfuzz import fuzz

from monitor.claims import lexicon as lx
from monitor.claims.antonyms import opposite
from monitor.claims.attribution import normalize_speaker
from monitor.claims.frames import Claim, Frame, Quantity, entity_keys, span_keys
from monitor.claims.measures import as_in_a_line, measure_name
from monitor.claims.sentences import sentence_key
from monitor.claims.style import name_slip
from monitor.claims.tokens import long_quotes

# Two quotes this similar (0..100, rapidfuzz ratio of their words) are one quote edited rather
# than one removed and one added. Calibrated on tests/claims_suite.py (--scores, --sweep): quotes
# edited in the suite score 77 or more, distinct quotes of one article at most 49.
QUOTE_EDIT_CUTOFF = 60.0
_SNIPPET = 70


class FrameChange(NamedTuple):
    type: str
    detail: str
    headline: str = ""  # the change in the summary line; empty: "<type in words> <detail>"


def quote_headline(kind: str, frame: Frame) -> str:
    """ "quote added from Qatar's foreign ministry": who, not what (the change has the words)."""
    if kind in ("quote_added", "quote_removed") and frame.speaker_text:
        return f"{kind.replace('_', ' ')} from {mid_line(frame.speaker_text)}"
    return ""


def mid_line(phrase: str) -> str:
    """ "A Qatari official" opening a sentence is "a Qatari official" inside a line."""
    head, _, rest = phrase.partition(" ")
    return f"{head.lower()} {rest}" if rest and head in ("A", "An", "The") else phrase


def snippet(text: str) -> str:
    return text if len(text) <= _SNIPPET else text[:_SNIPPET].rsplit(" ", 1)[0] + "..."


def compare_frames(old: Claim, new: Claim, quote_edit_cutoff: float = QUOTE_EDIT_CUTOFF,
                   replaced: tuple[Sequence[str], Sequence[str]] | None = None
                   ) -> list[FrameChange]:
    """A FrameChange for every field of the frame that differs. Empty: style only.
    `replaced`: the words outside quotes only the old / only the new sentence has, when the
    caller knows them already (style.reconcile); else they are found here."""
    a, b = old.frame, new.frame
    changes = _quantity_changes(old, new)
    changes += _quote_changes(a, b, quote_edit_cutoff)
    changes += _speaker_changes(a, b)
    changes += _polarity_changes(old, new, replaced)
    if a.modality != b.modality:
        changes.append(FrameChange(
            "modality_changed",
            f"{'/'.join(a.modality) or 'plain'} → {'/'.join(b.modality) or 'plain'}"))
    changes += _entity_changes(old, new)
    if set(a.dates) != set(b.dates):
        changes.append(FrameChange("date_changed", _set_change(a.dates, b.dates)))
    return changes


def _set_change(before: tuple[str, ...] | set[str], after: tuple[str, ...] | set[str]) -> str:
    gone = [x for x in before if x not in after]
    came = [x for x in after if x not in before]
    if gone and came:
        return f"{', '.join(gone)} → {', '.join(came)}"
    return f"added {', '.join(came)}" if came else f"removed {', '.join(gone)}"


# quantities


def _quantity_changes(old: Claim, new: Claim) -> list[FrameChange]:
    pairs, gone, came = _pair_quantities(list(old.frame.quantities),
                                         list(new.frame.quantities))
    changes: list[FrameChange] = []
    for a, b in pairs:
        counted = f" ({b.noun or a.noun})" if (b.noun or a.noun) else ""
        # Both kinds read the same in the summary: "death toll changed over 35,000 → at
        # least 36,000" says the number and the qualifier at once.
        headline = (f"{measure_name(b, new.sentence)} changed "
                    f"{as_in_a_line(a)} → {as_in_a_line(b)}")
        if a.measure != b.measure:
            changes.append(FrameChange("number_changed",
                                       f"{as_in_a_line(a)} → {as_in_a_line(b)}{counted}",
                                       headline))
        if a.qualifier_class != b.qualifier_class:
            changes.append(FrameChange(
                "qualifier_changed",
                f"{a.qualifier or 'exact'} → {b.qualifier or 'exact'}{counted}", headline))
    changes += [FrameChange("number_changed", f"removed {q.text} {q.noun}".strip(),
                            f"{measure_name(q, old.sentence)} removed: {as_in_a_line(q)}")
                for q in gone]
    changes += [FrameChange("number_changed", f"added {q.text} {q.noun}".strip(),
                            f"{measure_name(q, new.sentence)} added: {as_in_a_line(q)}")
                for q in came]
    return changes


def _same_quantity(a: Quantity, b: Quantity) -> bool:
    return a.measure == b.measure and a.qualifier_class == b.qualifier_class


def _pair_quantities(old: list[Quantity], new: list[Quantity]
                     ) -> tuple[list[tuple[Quantity, Quantity]], list[Quantity], list[Quantity]]:
    """Unchanged quantities drop out; the rest pair in order when the counts agree, else by the
    noun they count; what is left was added or removed."""
    old_rest = list(old)
    new_rest = []
    for quantity in new:
        twin = next((q for q in old_rest if _same_quantity(q, quantity)), None)
        if twin is not None:
            old_rest.remove(twin)
        else:
            new_rest.append(quantity)
    if len(old_rest) == len(new_rest):
        return list(zip(old_rest, new_rest, strict=True)), [], []
    pairs = []
    for quantity in list(new_rest):
        twin = next((q for q in old_rest if q.noun and q.noun == quantity.noun), None)
        if twin is not None:
            pairs.append((twin, quantity))
            old_rest.remove(twin)
            new_rest.remove(quantity)
    return pairs, old_rest, new_rest


# quotes


def _quote_changes(a: Frame, b: Frame, edit_cutoff: float) -> list[FrameChange]:
    old_quotes = {sentence_key(q): q for q in a.quotes}
    new_quotes = {sentence_key(q): q for q in b.quotes}
    gone = [k for k in old_quotes if k not in new_quotes]
    came = [k for k in new_quotes if k not in old_quotes]
    changes = []
    for old_key in list(gone):
        best = max(came, key=lambda k: fuzz.ratio(old_key, k), default=None)
        if best is not None and fuzz.ratio(old_key, best) >= edit_cutoff:
            changes.append(FrameChange("quote_edited", f'"{snippet(old_quotes[old_key])}" → '
                                                       f'"{snippet(new_quotes[best])}"'))
            gone.remove(old_key)
            came.remove(best)
    source = f" from {mid_line(b.speaker_text)}" if b.speaker_text else ""
    changes += [FrameChange("quote_added",
                            f'{source.strip()} "{snippet(new_quotes[k])}"'.strip(),
                            quote_headline("quote_added", b))
                for k in came]
    changes += [FrameChange("quote_removed", f'"{snippet(old_quotes[k])}"',
                            quote_headline("quote_removed", a))
                for k in gone]
    return changes


# speaker


def _same_speaker(a: str, b: str) -> bool:
    """Equal word by word with a typo allowed per word ("guteres" = "guterres"), or the same
    name written longer ("netanyahu" = "prime minister benjamin netanyahu")."""
    old, new = a.split(), b.split()
    if len(old) == len(new) and all(x == y or name_slip(x, y)
                                    for x, y in zip(old, new, strict=True)):
        return True
    return _same_entity(tuple(old), tuple(new))


def _speaker_changes(a: Frame, b: Frame) -> list[FrameChange]:
    if _same_speaker(a.speaker, b.speaker) and _same_sources(a, b):
        return []
    if _same_speaker(a.speaker, b.speaker):  # another source of the sentence changed
        gone = [x for x in a.other_sources if not _has_source(b, x)]
        came = [x for x in b.other_sources if not _has_source(a, x)]
        return [FrameChange("speaker_changed", _set_change(gone, came))]
    return [FrameChange("speaker_changed",
             f"{a.speaker_text or 'no attribution'} → {b.speaker_text or 'no attribution'}")]


def _has_source(frame: Frame, written: str) -> bool:
    key = normalize_speaker(written)
    return any(_same_speaker(key, normalize_speaker(x))
               for x in (frame.speaker_text, *frame.other_sources))


def _same_sources(a: Frame, b: Frame) -> bool:
    return (all(_has_source(b, x) for x in a.other_sources)
            and all(_has_source(a, x) for x in b.other_sources))


# polarity


def _polar_signs(frame: Frame) -> dict[str, dict[int, str]]:
    """{polarity class: {effective sign: lemma}} over the predicates outside quotes."""
    signs: dict[str, dict[int, str]] = {}
    for p in frame.predicates:
        if p.polarity_class and not p.quoted:
            signs.setdefault(p.polarity_class, {})[p.effective_sign] = (
                f"not {p.lemma}" if p.negated else p.lemma)
    return signs


def _polarity_changes(old: Claim, new: Claim,
                      replaced: tuple[Sequence[str], Sequence[str]] | None) -> list[FrameChange]:
    """One polarity flip at most: a polar predicate of one class changing sign, a negator
    added or removed ("will not make"), or a word replaced by its opposite ("guilty" ->
    "innocent", "able" -> "unable")."""
    a, b = old.frame, new.frame
    old_signs, new_signs = _polar_signs(a), _polar_signs(b)
    for polarity_class in old_signs.keys() & new_signs.keys():
        before, after = old_signs[polarity_class], new_signs[polarity_class]
        if set(before) != set(after):
            return [FrameChange("polarity_flipped",
                                f"{'/'.join(before.values())} → {'/'.join(after.values())}")]
    if a.negations != b.negations:
        return [FrameChange("polarity_flipped", "negation added" if b.negations > a.negations
                            else "negation removed")]
    gone, came = replaced if replaced is not None else _replaced_words(old, new)
    if not (gone and came):
        return []
    measured = _measured_words(a) | _measured_words(b)
    for x in gone:
        for y in came:
            if x in measured or y in measured:
                continue
            if opposite(x, y):
                return [FrameChange("polarity_flipped", f"{x} → {y}")]
    return []


def _replaced_words(old: Claim, new: Claim) -> tuple[list[str], list[str]]:
    """Lowercase words outside quotes that only one version has. Counted, not a set: "the
    highest bidder ... the highest bidder's life" edited into "the lowest bidder ... the
    highest bidder's life" lost one "highest"."""
    old_words, new_words = _plain_words(old.sentence), _plain_words(new.sentence)
    return list((old_words - new_words).elements()), list((new_words - old_words).elements())


def _plain_words(sentence: str) -> Counter[str]:
    for start, end in reversed(long_quotes(sentence)):  # the writer's words only
        sentence = sentence[:start] + sentence[end:]
    return Counter(_LETTERS.findall(sentence.lower()))


def _measured_words(frame: Frame) -> set[str]:
    """The words of a frame's quantities and dates: "more than" -> "less than" is a
    qualifier change, "last week" -> "next week" a date change, not a polarity flip."""
    words = {w.lower() for q in frame.quantities for w in q.text.split()}
    words.update(w for d in frame.dates for w in d.split())
    return words


_LETTERS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


# entities


def _same_entity(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name written longer or shorter: "Netanyahu" = "Prime Minister Benjamin Netanyahu"
    (same last word), "Gaza" = "Gaza Strip" (only a generic word more). "U.S. Special Envoy
    Steve Witkoff" and "U.S. Special Envoy Marco Rubio" are two people."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if not short or not set(short) <= set(long):
        return False
    return short[-1] == long[-1] or set(long) - set(short) <= lx.GENERIC_NAME_WORDS


def _unmatched_keys(spans: tuple[str, ...], others: tuple[str, ...]) -> set[str]:
    """Keys of the spans that are not another version's span written longer or shorter."""
    other_keys = [span_keys(s) for s in others]
    unmatched: set[str] = set()
    for span in spans:
        keys = span_keys(span)
        if keys and span in others:
            continue  # the same span: _same_entity of equal non-empty keys holds
        if not any(_same_entity(keys, o) for o in other_keys):
            unmatched.update(keys)
    return unmatched


def _entity_changes(old: Claim, new: Claim) -> list[FrameChange]:
    a, b = old.frame, new.frame
    if a.entities == b.entities:
        return []  # the usual edit: each span is matched by itself below, no key is left
    before = _unmatched_keys(a.entities, b.entities) - entity_keys(b.entities)
    after = _unmatched_keys(b.entities, a.entities) - entity_keys(a.entities)
    if not (_same_speaker(a.speaker, b.speaker) and _same_sources(a, b)):
        # The sources' own words ("a Qatari spokesperson") are reported as speaker_changed.
        spoken = entity_keys([a.speaker_text, b.speaker_text, *a.other_sources,
                              *b.other_sources])
        before -= spoken
        after -= spoken
    # A word capitalized only because it opens the sentence ("Civilians on both sides ...")
    # is not a name: it is no change if the other version still has it in lowercase.
    gone = before - _lowercase_words(new.sentence) if before else before
    came = after - _lowercase_words(old.sentence) if after else after
    gone, came = _without_typos(gone, came)
    if not gone and not came:
        return []
    names = {**_surface(a.entities), **_surface(b.entities)}
    return [FrameChange("entity_changed", _set_change([names.get(k, k) for k in sorted(gone)],
                                           [names.get(k, k) for k in sorted(came)]))]


def _surface(spans: tuple[str, ...]) -> dict[str, str]:
    """{entity key: the word as written}, to show "Qatar" rather than "qatar"."""
    return {key: word for span in spans for word in span.replace("-", " ").split()
            for key in entity_keys([word])}


def _lowercase_words(text: str) -> set[str]:
    return {w.strip(".,;:'\"()").removesuffix("'s")
            for w in text.replace("-", " ").split() if w.islower()}


def _without_typos(gone: set[str], came: set[str]) -> tuple[set[str], set[str]]:
    for old in sorted(gone):
        twin = next((new for new in sorted(came) if name_slip(old, new)), None)
        if twin is not None:
            gone.discard(old)
            came.discard(twin)
    return gone, came
