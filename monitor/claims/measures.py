"""Dates and quantities of a sentence, read from its tokens.

    date_spans(sentence, quotes, tokens) -> [(start, end, canonical)]   "july 2025", "friday"
    quantities(tokens, skip) -> tuple[Quantity, ...]                    "over 35,000 Palestinians"
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from monitor.claims import lexicon as lx
from monitor.claims.tokens import Token, tokens


@dataclass(frozen=True)
class Quantity:
    """A count or measure: "over 35,000 Palestinians" -> value 35000, qualifier "over"."""

    text: str  # as written, qualifier included
    value: float | None  # None for vague counts ("dozens of")
    upper: float | None = None  # end of a range ("between 30 and 40")
    unit: str = ""  # "%", "$", ...
    qualifier: str = ""  # "over", "at least", ...
    noun: str = ""  # what is counted, lowercased: "palestinians", "aid trucks"
    vague: str = ""  # "dozens", "hundreds of thousands"

    @property
    def qualifier_class(self) -> str:
        return lx.QUALIFIERS.get(self.qualifier, "")

    @property
    def measure(self) -> tuple[Any, ...]:
        """What must stay equal for the number to be unchanged."""
        return (self.value, self.upper, self.unit, self.vague)


def measure_name(quantity: Quantity, sentence: str) -> str:
    """What `quantity` counts, in words for a summary line: "death toll" when a death word
    stands near it in `sentence`, else "number of <noun>", else "figure"."""
    words = [t.lower for t in tokens(sentence)]
    first = quantity.text.split()[0].lower() if quantity.text else ""
    anchor = next((i for i, w in enumerate(words) if w == first), None)
    if anchor is not None:
        cues = [(abs(i - anchor), lx.MEASURE_CUE_WORDS[w]) for i, w in enumerate(words)
                if w in lx.MEASURE_CUE_WORDS
                and -lx.MEASURE_WINDOW_BEFORE <= i - anchor <= lx.MEASURE_WINDOW_AFTER]
        if cues:
            return min(cues)[1]
    return f"number of {quantity.noun}" if quantity.noun else "figure"


def as_in_a_line(quantity: Quantity) -> str:
    """The quantity as written, its first word lowercased when only the sentence start
    capitalized it ("Over 35,000" -> "over 35,000")."""
    head, _, rest = quantity.text.partition(" ")
    if quantity.qualifier and head.lower() == quantity.qualifier.split()[0]:
        return f"{head.lower()} {rest}".strip()
    return quantity.text


# --- dates --------------------------------------------------------------------------------------

_MONTH = "|".join(lx.MONTHS)
_MONTH_ABBR = "|".join(lx.MONTH_ABBREVIATIONS)
_DAY = r"\d{1,2}(?:st|nd|rd|th|er)?"
_YEAR = r"(?:19|20)\d{2}"
# Earlier years only after a word that makes a number a year ("in 1898", "since 1840"): the
# lookbehinds, one per word, because Python's must each have a fixed width. The "1" is checked
# first: else the eleven lookbehinds are tried at every candidate position of a sentence.
_EARLY_YEAR = ("(?=1)(?:" + "|".join(rf"(?<=\b{word} )" for word in (
    "in", "In", "since", "Since", "of", "from", "until", "by", "before", "after", "circa"))
    + r")1[0-9]\d{2}")


def _relative_date_pattern() -> str:
    """"today", "last week", ...; capitalized too when they open a sentence. Opens with a
    check of the first letter, so that the phrases are only tried where one can start."""
    phrases = sorted(lx.RELATIVE_DATES, key=len, reverse=True)
    initials = sorted({p[0] for p in phrases} | {p[0].upper() for p in phrases})
    return f"(?=[{''.join(initials)}])(?:" + "|".join(
        f"[{p[0].upper()}{p[0]}]{re.escape(p[1:])}" for p in phrases) + ")"


def _first_characters() -> str:
    """Every character a date can start with: digits (any script: the pattern's \\d) and the
    initials of the date words."""
    words = (*lx.WEEKDAYS, *lx.MONTHS, *lx.MONTH_ABBREVIATIONS)
    initials = {w[0] for w in words} | {p[0] for p in lx.RELATIVE_DATES} | {
        p[0].upper() for p in lx.RELATIVE_DATES}
    return r"\d" + "".join(sorted(initials))


# Case-sensitive on purpose: month and weekday names are capitalized in prose ("may" and
# "march" are verbs), and a case-sensitive pattern is several times faster to run. Every kind
# of date starts at a word boundary with one of _first_characters(): checked once up front,
# that rejects most positions of a sentence without trying each kind (5x faster).
_DATE_RE = re.compile(
    rf"\b(?=[{_first_characters()}])(?:"
    rf"(?:{'|'.join(lx.WEEKDAYS)})\b"
    rf"|(?:(?:{_MONTH})\b|(?:{_MONTH_ABBR})\.?(?=\s\d))(?:\s{_DAY}\b)?(?:,?\s{_YEAR}\b)?"
    rf"|{_DAY}\.?\s(?:de\s)?(?:{_MONTH})(?:,?\s(?:de\s)?{_YEAR})?\b"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}\b"
    rf"|\d{{1,2}}:\d{{2}}(?:\s?[apAP]\.?[mM]\.?)?"
    rf"|(?<![\d,.]){_YEAR}\b(?![,.]?\d)"
    rf"|{_EARLY_YEAR}\b(?![,.]?\d)"
    rf"|\d{{1,2}}h\d{{2}}\b"  # "5h45" (French)
    rf"|(?:{_relative_date_pattern()})\b)")


_DATE_PUNCT = re.compile(r"[,.]")
_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


def _without_ordinal(word: str) -> str:
    """"7th" -> "7" (as _ORDINAL.sub(r"\1", word), without the sub's per-call cost)."""
    match = _ORDINAL.match(word)
    return match.group(1) if match is not None else word


def _canonical_date(text: str) -> str:
    words = _DATE_PUNCT.sub(" ", text).split()
    words = [lx.MONTH_ABBREVIATIONS.get(w, w) for w in words]
    words = [_without_ordinal(w) for w in words]
    return " ".join(words).lower()


def date_spans(sentence: str, quotes: list[tuple[int, int]], tokens: list[Token]
               ) -> list[tuple[int, int, str]]:
    """(start, end, canonical form) of every date outside the quotes."""
    if not _may_hold_date(sentence, tokens):
        return []
    spans = []
    for m in _DATE_RE.finditer(sentence):
        text = m.group()
        if text == "May" and not _may_is_month(sentence, m.start()):
            continue
        if any(a <= m.start() < b for a, b in quotes):
            continue
        spans.append((m.start(), m.end(), _canonical_date(text)))
    return spans


_DATE_HINTS = frozenset(word + ending for word in (
    *lx.DATE_NAMES, *lx.RELATIVE_DATE_WORDS, *(w.capitalize() for w in lx.RELATIVE_DATE_WORDS))
    for ending in ("", "'s"))


def _may_hold_date(sentence: str, tokens: list[Token]) -> bool:
    """A digit, a month or weekday name (possessive too: "Tuesday's"), or a relative date
    word: only then is the date pattern (the costliest step of a frame) worth running."""
    return (_DIGIT.search(sentence) is not None
            or not _DATE_HINTS.isdisjoint([t.text for t in tokens]))


def _may_is_month(sentence: str, start: int) -> bool:
    before = sentence[:start].split()
    return bool(before) and before[-1].lower() in lx.MONTH_MAY_LEFT


# --- quantities ---------------------------------------------------------------------------------

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SKIP_BEFORE_NOUN = frozenset("of the a an".split())


def _parse_number(text: str) -> float | None:
    """"35,000" -> 35000; "1.5" -> 1.5; "1,234.5" -> 1234.5. None for what is no one number:
    a dotted date or version ("01.01.2019", "3.11.7"), a comma after the decimal point."""
    if text.count(".") > 1 or "." in text and text.rfind(",") > text.find("."):
        return None
    try:
        return float(text.replace(",", ""))
    except ValueError:  # digits of a script float() does not read
        return None


_QUALIFIER_LAST_WORDS = frozenset(phrase.split()[-1] for phrase in lx.QUALIFIERS)


def _qualifier_before(tokens: list[Token], index: int) -> tuple[str, int]:
    """The qualifier phrase ending just before tokens[index], and where it starts."""
    if index == 0 or tokens[index - 1].lower not in _QUALIFIER_LAST_WORDS:
        return "", index  # every qualifier ends with one of these words
    for size in range(lx.QUALIFIER_MAX_WORDS, 0, -1):
        if index - size < 0:
            continue
        phrase = " ".join(t.lower for t in tokens[index - size:index])
        if phrase in lx.QUALIFIERS:
            return phrase, index - size
    return "", index


def _noun_after(tokens: list[Token], index: int) -> str:
    """What is counted: "35,000 Palestinians dead" -> palestinians; "6,000 aid trucks" -> aid
    trucks; "70% of Gaza's population" -> population."""
    words: list[str] = []
    i = index
    while i < len(tokens) and (tokens[i].lower in _SKIP_BEFORE_NOUN
                               or tokens[i].lower.endswith("'s") or tokens[i].text == "'"):
        i += 1
    while i < len(tokens) and len(words) < 2 and tokens[i].is_word:
        word = tokens[i].lower
        if words and not (word.endswith("s") and not words[0].endswith("s")):
            break
        if word in lx.STOPWORDS:
            break
        words.append(word)
        i += 1
    return " ".join(words)


def quantities(tokens: list[Token], skip: set[int]) -> tuple[Quantity, ...]:
    """Every count or measure, skipping the token indexes in `skip` (those inside dates)."""
    found: list[Quantity] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not (token.text[0].isdigit() or token.lower in _QUANTITY_WORDS) or i in skip:
            i += 1
            continue
        quantity, end = _quantity_at(tokens, i)
        if quantity is not None:
            found.append(quantity)
            i = end
        else:
            i += 1
    return tuple(found)


# Words that may start a quantity (besides digits).
_QUANTITY_WORDS = frozenset(lx.NUMBER_WORDS) | lx.VAGUE_COUNTS
_DIGIT = re.compile(r"\d")


def may_count(sentence: str, vocabulary: frozenset[str]) -> bool:
    """False when `quantities` surely finds nothing: a quantity needs a digit (the number
    pattern's \\d) or a number or vague-count word among the lowercased tokens `vocabulary`."""
    return _DIGIT.search(sentence) is not None or not vocabulary.isdisjoint(_QUANTITY_WORDS)


def _number_at(tokens: list[Token], i: int) -> tuple[float | None, int]:
    """A number starting at tokens[i] (digits or words, with a scale word): (value, end)."""
    token = tokens[i]
    if _NUMBER.fullmatch(token.text):
        value = _parse_number(token.text)
        if value is None:
            return None, i
    elif token.lower in lx.NUMBER_WORDS:
        value = float(lx.NUMBER_WORDS[token.lower])
    else:
        return None, i
    end = i + 1
    while end < len(tokens) and tokens[end].lower in lx.SCALE_WORDS:
        value *= lx.SCALE_WORDS[tokens[end].lower]
        end += 1
    return value, end


def _quantity_at(tokens: list[Token], i: int) -> tuple[Quantity | None, int]:
    vague = _vague_at(tokens, i)
    if vague:
        words, end = vague
        qualifier, start = _qualifier_before(tokens, i)
        text = " ".join(t.text for t in tokens[start:end])
        return Quantity(text=text, value=None, qualifier=qualifier, noun=_noun_after(tokens, end),
                        vague=words), end
    value, end = _number_at(tokens, i)
    if value is None:
        if _NUMBER.fullmatch(tokens[i].text):  # "3.11.7", "01.01.2019": compared as written
            return Quantity(text=tokens[i].text, value=None, vague=tokens[i].text), i + 1
        return None, i + 1
    unit = ""
    if i > 0 and tokens[i - 1].text in lx.UNIT_WORDS:
        unit = lx.UNIT_WORDS[tokens[i - 1].text]
    upper, end = _range_end(tokens, i, end)
    if end < len(tokens) and tokens[end].lower in ("%", "percent"):
        unit, end = "%", end + 1
    qualifier, start = _qualifier_before(tokens, i - 1 if unit in ("$", "€", "£") else i)
    text = " ".join(t.text for t in tokens[start:end])
    return Quantity(text=text, value=value, upper=upper, unit=unit, qualifier=qualifier,
                    noun=_noun_after(tokens, end)), end


def _range_end(tokens: list[Token], i: int, end: int) -> tuple[float | None, int]:
    """"30-40", "30 to 40", "between 30 and 40": the upper bound and where it ends."""
    if end + 1 >= len(tokens):
        return None, end
    link = tokens[end].lower
    between = i > 0 and tokens[i - 1].lower == "between"
    if link in ("-", "to") or (link == "and" and between):
        upper, upper_end = _number_at(tokens, end + 1)
        if upper is not None:
            return upper, upper_end
    return None, end


def _vague_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """"dozens of", "hundreds of thousands of": (words, end) or None."""
    if tokens[i].lower not in lx.VAGUE_COUNTS:
        return None
    words = [tokens[i].lower]
    end = i + 1
    while (end + 1 < len(tokens) and tokens[end].lower == "of"
           and tokens[end + 1].lower in lx.VAGUE_COUNTS):
        words.append(tokens[end + 1].lower)
        end += 2
    if end < len(tokens) and tokens[end].lower == "of":
        return " of ".join(words), end + 1
    return (" of ".join(words), end) if len(words) > 1 else None
