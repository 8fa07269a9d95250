"""Positive cases: one realistic single-sentence edit of each change type, made only where the
sentence carries the feature (features.py), labelled with the set of types it must produce.

Label conventions (docs/claims.md): every field but quotes is read with the quotes masked, so
an edit inside a direct quote of 4+ words - a word, a number or a "not" - is `quote_edited`
only; a number that is part of a date (year, day, time) is `date_changed` only; a changed
speaker is `speaker_changed` only (the name is not also an `entity_changed`); a sentence with a
quote added or removed is `quote_added` / `quote_removed` only (not also claim_added/removed).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from . import features as F
from . import names as N
from .corpus import Document, Sentence, words
from .edits import (
    PROMO,
    Candidate,
    is_factual,
    splice,
    unique,
    with_inserted,
    with_sentence,
    without_sentence,
)

KINDS = ("acronym", "dotted", "demonym", "group", "name", "surname", "person", "org", "place",
         "multi")
POSITIVE_FAMILIES_NON_ENGLISH = {"number_changed", "date_changed", "quote_added",
                                 "quote_removed", "quote_edited"}


def _cand(doc: Document, kind: str, family: str, s: Sentence, new_text: str,
          expected: str | None = None) -> Candidate:
    return Candidate(kind, family, tuple(doc.paragraphs), with_sentence(doc, s, new_text),
                     s.text, new_text, frozenset({expected or kind}), s.text)


def bump_number(text: str) -> str:
    """The last non-zero digit moved by one, the format kept: 35,000 -> 36,000; 2.5 -> 2.6."""
    if text in F.SPELLED:
        i = F.SPELLED.index(text)
        return F.SPELLED[i + 1] if i + 1 < len(F.SPELLED) else "thousand"
    digits = [i for i, c in enumerate(text) if c.isdigit() and c != "0"] or [len(text) - 1]
    i = digits[-1]
    d = int(text[i])
    return text[:i] + str(d + 1 if d < 9 else d - 1) + text[i + 1:]


def _keep_case(new: str, old: str) -> str:
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


def _shift(names: list[str], old: str, step: int) -> str:
    lower = [n.lower() for n in names]
    return _keep_case(names[(lower.index(old.lower()) + step) % len(names)], old)


def change_date(doc: Document, sp: F.Span, rng: random.Random) -> str:
    if sp.kind == "weekday":
        return _shift(F.WEEKDAYS[doc.lang], sp.text, rng.choice((1, 2, 3)))
    if sp.kind == "month":
        return _shift(F.MONTHS[doc.lang], sp.text, rng.choice((1, 2, 4)))
    if sp.kind == "year":
        return str(int(sp.text) + rng.choice((-3, -2, -1, 1, 2)))
    if sp.kind == "time":
        return f"{(int(sp.text) + rng.choice((7, 13, 22))) % 60:02d}"
    day = int(sp.text)
    return str(day + 2 if day <= 26 else day - 3)


def _vocabulary(doc: Document) -> dict[str, list[str]]:
    """Content words of a document by ending: a quote's word is swapped for a word of the
    same document and the same form (-ed, -ing, -ly, -s, other)."""
    by_end: dict[str, set[str]] = {}
    for s in doc.prose_sentences():
        for w in words(s.text):
            if (w.islower() and len(w) >= 4 and w not in F.STOP and "'" not in w
                    and w not in F.SPELLED and w not in F.OPPOSITES):
                by_end.setdefault(_ending(w), set()).add(w)
    return {k: sorted(v) for k, v in by_end.items()}


def _ending(word: str) -> str:
    return next((e for e in ("ing", "ed", "ly", "s") if word.endswith(e)), "")


def positives(doc: Document, donors: dict[str, list[tuple[str, str]]], pools: dict[str, dict[str, list[str]]],
              rng: random.Random) -> Iterator[Candidate]:
    """Every candidate edit of the document (the builder picks a sample per type)."""
    vocabulary = _vocabulary(doc)
    english = doc.english
    for s in doc.prose_sentences():
        if not unique(doc, s) or F.has_partial_quote(doc, s) or len(words(s.text)) < 5:
            continue
        if PROMO.search(s.text) or not s.text[:1].isupper() and s.text[:1] not in "\"\u201c\u00ab":
            continue  # promo lines and fragments are no claims
        text = s.text
        whole = not F.several_sentences(s)
        if F.is_question(s):  # questions assert nothing (docs/claims.md)
            continue
        for sp in F.numbers(doc, s):
            yield _cand(doc, "number_changed", sp.kind, s,
                        splice(text, sp.start, sp.end, bump_number(sp.text)))
        for sp in F.dates(doc, s):
            yield _cand(doc, "date_changed", sp.kind, s,
                        splice(text, sp.start, sp.end, change_date(doc, sp, rng)))
        quotes = F.long_quotes(doc, s)
        for sp in quotes:
            yield from _quote_edits(doc, s, sp, vocabulary, rng)
        if quotes and whole:
            yield Candidate("quote_removed", "sentence_deleted", tuple(doc.paragraphs),
                            without_sentence(doc, s), text, "", frozenset({"quote_removed"}), text)
        if not english:
            continue
        for sp in F.qualifiers(doc, s):
            cls = F.QUALIFIERS[sp.text.lower()]
            others = [q for q in F.QUALIFIERS if F.QUALIFIERS[q] != cls]
            new = _keep_case(rng.choice(others), sp.text)
            yield _cand(doc, "qualifier_changed", "replaced", s, splice(text, sp.start, sp.end, new))
        for sp in F.bare_counts(doc, s):
            new = rng.choice(("more than ", "nearly ", "about ", "at least ", "up to "))
            yield _cand(doc, "qualifier_changed", "added", s, splice(text, sp.start, sp.end, new))
        speaker_spans = N.speakers(doc, s)
        for sp in speaker_spans:
            # Another speaker: of the same kind, then any of the page's, then of the corpus.
            single = [n for n in pools["speaker"] if len(n.split()) == 1] \
                if len(sp.text.split()) == 1 else []
            other = _other_name(sp, text, pools.get(f"speaker:{sp.kind}", []), single,
                                pools["speaker"], pools.get(f"corpus:speaker:{sp.kind}", []),
                                pools["corpus:speaker"], rng)
            if other:
                yield _cand(doc, "speaker_changed", "named", s, splice(text, sp.start, sp.end, other))
        lowered = {w for w in words(doc.text()) if w.islower()}
        for sp in N.name_runs(doc, s):
            if sp.kind == "name" and sp.text.lower() in lowered:
                continue
            if any(sp.start < t.end and t.start < sp.end for t in speaker_spans):
                continue
            if N.near_attribution(s, sp):
                continue
            common = pools[f"corpus:{sp.kind}"]  # names two or more pages write
            preferred = [n for n in pools[sp.kind] if n in common] if sp.text in common else []
            other = _other_name(sp, text, preferred, pools[sp.kind], common, rng)
            if other:
                yield _cand(doc, "entity_changed", sp.kind, s, splice(text, sp.start, sp.end, other))
        for sp in F.negation_sites(doc, s):
            if sp.kind == "insert":
                new = splice(text, sp.start, sp.end, "not" if text[:sp.start].endswith("can") else " not")
            elif sp.kind == "remove":
                new = splice(text, sp.start, sp.end, "")
            else:
                new = splice(text, sp.start, sp.end, F.CONTRACTED_NEG[sp.text.replace("\u2019", "'")])
            yield _cand(doc, "polarity_flipped", f"negation_{sp.kind}", s, new)
        for sp in F.opposite_sites(doc, s):
            new = F.OPPOSITES[sp.text]
            if sp.text == "innocent":
                new = "guilty"
            elif sp.text == "guilty":
                new = rng.choice(("not guilty", "innocent"))
            yield _cand(doc, "polarity_flipped", "opposite", s, splice(text, sp.start, sp.end, new))
        for sp in F.modality_sites(doc, s):
            if sp.kind == "hedge_after_aux":
                new = splice(text, sp.start, sp.end, " " + rng.choice(("reportedly", "allegedly")))
            elif sp.kind == "will_to_may":
                new = splice(text, sp.start, sp.end, rng.choice(("may", "might", "could")))
            elif sp.kind == "may_to_will":
                new = splice(text, sp.start, sp.end, "will")
            else:
                new = splice(text, sp.start, sp.end, "")
            yield _cand(doc, "modality_changed", sp.kind, s, new)
        if is_factual(doc, s) and whole:
            yield Candidate("claim_removed", "sentence_deleted", tuple(doc.paragraphs),
                            without_sentence(doc, s), text, "", frozenset({"claim_removed"}), text)
    yield from _added(doc, donors, rng)


def _quote_edits(doc: Document, s: Sentence, quote: F.Span, vocabulary: dict[str, list[str]],
                 rng: random.Random) -> Iterator[Candidate]:
    text = s.text
    inner = text[quote.start + 1:quote.end - 1]
    base = quote.start + 1
    content = [m for m in re.finditer(r"(?<![\w'\u2019-])[^\W\d_]{4,}(?![\w'\u2019-])", inner)
               if m.group().islower() and m.group() not in F.STOP]
    if content:
        m = rng.choice(content)
        pool = [w for w in vocabulary.get(_ending(m.group()), [])
                if w not in inner and abs(len(w) - len(m.group())) <= 3]
        if pool:
            new = splice(text, base + m.start(), base + m.end(), rng.choice(pool))
            yield _cand(doc, "quote_edited", "word", s, new)
    for m in F.NUMBER_RE.finditer(inner):
        new = splice(text, base + m.start(2), base + m.end(2), bump_number(m.group(2)))
        yield _cand(doc, "quote_edited", "number", s, new)
    if doc.english:
        m = re.search(r"\b(is|are|was|were|will|can|could|would|should) (?!not\b)([a-z]+)", inner)
        if m and (m.group(2) not in F.STOP or m.group(2) in ("a", "an", "the")):
            new = splice(text, base + m.end(1), base + m.end(1), " not")
            yield _cand(doc, "quote_edited", "negation", s, new)


def _other_name(sp: F.Span, sentence: str, *pools_and_rng) -> str | None:
    """Another name of the same kind, from the same document first: not in the sentence, not
    a longer or shorter form of the one replaced."""
    *pools, rng = pools_and_rng
    for pool in pools:
        choices = [n for n in pool if n not in sentence and sp.text not in n and n not in sp.text
                   and n.split()[-1] != sp.text.split()[-1]]
        if choices:
            return rng.choice(choices)
    return None


def _added(doc: Document, donors: dict[str, list[tuple[str, str]]], rng: random.Random) -> Iterator[Candidate]:
    """A sentence from another article (same language) added after a body sentence, in the
    same paragraph or as a paragraph of its own."""
    targets = [s for s in doc.prose_sentences() if not F.has_partial_quote(doc, s)]
    if not targets:
        return
    for kind in ("quote_added", "claim_added"):
        if kind == "claim_added" and not doc.english:
            continue
        pool = [text for source, text in donors.get(f"{doc.lang}:{kind}", [])
                if source != doc.name and doc.count(text) == 0]
        for sentence in rng.sample(pool, min(len(pool), 12)):
            s = rng.choice(targets)
            paragraph = rng.random() < 0.4
            family = "new_paragraph" if paragraph else "in_paragraph"
            yield Candidate(kind, family, tuple(doc.paragraphs),
                            with_inserted(doc, s, sentence, paragraph=paragraph), "", sentence,
                            frozenset({kind}), sentence)


def donor_sentences(docs: list[Document]) -> dict[str, list[tuple[str, str]]]:
    """Sentences other articles can receive: "lang:quote_added" (a sentence holding a whole
    quote of 4+ words) and "lang:claim_added" (a factual sentence without quotes), each with
    the name of the document it comes from."""
    out: dict[str, list[tuple[str, str]]] = {}
    for doc in docs:
        for s in doc.prose_sentences():
            if not unique(doc, s) or F.has_partial_quote(doc, s) or F.is_question(s):
                continue
            if not 8 <= len(words(s.text)) <= 45 or not s.text[:1].isupper():
                continue
            if F.several_sentences(s) or PROMO.search(s.text):
                continue
            if F.long_quotes(doc, s) and N.speakers(doc, s) or (F.long_quotes(doc, s) and not doc.english):
                out.setdefault(f"{doc.lang}:quote_added", []).append((doc.name, s.text))
            elif is_factual(doc, s):
                out.setdefault(f"{doc.lang}:claim_added", []).append((doc.name, s.text))
    return out


def name_pools(doc: Document) -> dict[str, list[str]]:
    """Names of the document by kind (for entity swaps) and its speakers (for speaker swaps);
    the builder adds the corpus-wide pools ("corpus:person", ...) as fallbacks."""
    pools: dict[str, list[str]] = {k: [] for k in KINDS + ("speaker",)}
    for s in doc.prose_sentences():
        for sp in N.name_runs(doc, s):
            if sp.text not in pools[sp.kind]:
                pools[sp.kind].append(sp.text)
        for sp in N.speakers(doc, s):
            if sp.text not in pools["speaker"]:
                pools["speaker"].append(sp.text)
                pools.setdefault(f"speaker:{sp.kind}", []).append(sp.text)
    # A one-word "name" the document also writes in lowercase is an ordinary word ("Last").
    lowered = {w for p in doc.paragraphs for w in words(p) if w.islower()}
    for key in ("name", "speaker:name"):
        if key in pools:
            pools[key] = [n for n in pools[key] if n.lower() not in lowered]
    return pools
