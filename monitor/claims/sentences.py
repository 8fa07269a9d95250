"""From extracted article text to the sentences worth comparing.

    normalize(text)           NFKC, straight quotes, dashes, whitespace: style noise removed
    clean_paragraphs(text)    normalized paragraphs without page junk (ads, bylines, teasers)
    sentence_pieces(para)     cut at sure sentence ends (cheap)
    split_piece(piece)        pysbd where a piece may hold several sentences (cached); not for
                              a piece whose inner stops are all "U.S."/"Dr." ones pysbd keeps
    split_sentences(para)     both: pysbd's answer for the paragraph
    sentence_key(sentence)    lowercase words only: the identity (fingerprint) of a sentence

Junk is decided per line, because extraction leaves it on lines of its own: "AD", a byline, a
"7 min read", a category line. Everything after a related-content marker ("You May Also Like",
"More From Author") in the second half of the text is a teaser list, not the article.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import pysbd
from pysbd.lang.english import English

from monitor.claims.lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from monitor.sbd import segmenter
from monitor.typography import FURNITURE_LINES, TYPOGRAPHIC_CHARACTERS

_RANGE = re.compile(r"(\d) +- +(?=\d)")  # "30 - 40" (from "30\u201340") -> "30-40"


def normalize(text: str) -> str:
    """The text with typographic variation removed; one paragraph per line, no blank lines.
    Lines stay lines: a dash alone on its line is junk of its own, never glue."""
    return "\n".join(line for raw in text.splitlines() for line in _normalize_line(raw))


def _normalize_line(raw: str) -> list[str]:
    """One raw line, normalized: no line or a line (a list, should NFKC ever produce a line
    break). Line by line gives the whole text's answer - no character composes across a line
    break - and lets two versions of an article share the work on the lines they share."""
    if not raw.isascii():
        if not unicodedata.is_normalized("NFKC", raw):
            raw = unicodedata.normalize("NFKC", raw)  # also turns odd spaces into plain ones
        for character, replacement in TYPOGRAPHIC_CHARACTERS.items():
            if character in raw:
                raw = raw.replace(character, replacement)
    elif "`" in raw:
        raw = raw.replace("`", "'")
    # Searched first: a sub() whose replacement refers to a group ("\1") makes a Python-level
    # call into the re module on every use (Python 3.11), match or not; a search is C only.
    if " - " in raw and _RANGE.search(raw) is not None:
        raw = _RANGE.sub(r"\1-", raw)
    if _spaced_once(raw):
        return [raw] if raw else []
    lines = (" ".join(line.split()) for line in raw.splitlines())
    return [line for line in lines if line]


def _spaced_once(line: str) -> bool:
    """True when the line is one line whose words are separated by single plain spaces, as
    " ".join(line.split()) would leave it. Every whitespace character but the plain space is
    unprintable, so a printable line holds no other; most lines pass, and skip the split."""
    return (line.isprintable() and "  " not in line
            and not line.startswith(" ") and not line.endswith(" "))


# --- junk lines ---------------------------------------------------------------------------------

# A line opening with one of these and a colon links to another article: "Related: ...",
# "Read more: ...", "Lire aussi : ...", "Lesen Sie auch: ...".
_TEASER_HEAD = re.compile(
    r"^(?:related|read more|read also|also read|see also|recommended|watch|more|listen|"
    r"lire aussi|à lire aussi|voir aussi|lea también|ver también|más|"
    r"lesen sie auch|mehr zum thema|auch interessant)\s?:", re.IGNORECASE)
# A line equal to one of these starts the teaser/comment tail of a page.
_TAIL_MARKERS = frozenset({
    "you may also like", "you might also like", "more from author", "more from the author",
    "related", "related articles", "related stories", "related posts", "related news",
    "read more", "read next", "more stories", "more stories you might enjoy", "recommended",
    "recommended for you", "most read", "most popular", "trending", "trending now",
    "leave a reply", "leave a comment", "more on this story", "also read", "popular stories",
    "latest news", "more news", "top stories", "editor's picks",
})
# The tail cut only applies past this share of the text: an early "Related" line is a link box.
_TAIL_MIN_POSITION = 0.5

_MONTH_NAMES = "|".join((*MONTHS, *MONTH_ABBREVIATIONS))
_DATE_WORDS = rf"(?:{_MONTH_NAMES}|{'|'.join(WEEKDAYS)})"
_HAS_DATE_OR_TIME = re.compile(rf"\b{_DATE_WORDS}\b|\b\d{{1,2}}:\d{{2}}\b|\b(?:19|20)\d{{2}}\b"
                               r"|\b\d+\s+(?:minutes?|hours?|days?)\s+ago\b", re.IGNORECASE)
_META_START = re.compile(
    r"^(?:updated|published|posted|last updated|first published|modified|created)\b",
    re.IGNORECASE)
_BYLINE = re.compile(r"^by\s+[A-Z][\w.'-]*", re.IGNORECASE)
_READ_TIME = re.compile(r"\b\d+\s*(?:min|mins|minute|minutes)\s+read\b", re.IGNORECASE)
_CATEGORY = re.compile(r"^(?:categories|category|tags|filed under|topics|section)\b[:\s]",
                       re.IGNORECASE)
_META_SEPARATOR = re.compile(r"\s[|\u2022\u00b7]\s")
_DATE_ONLY = re.compile(
    rf"^(?:[\s,.:/|\-]|\d+(?:st|nd|rd|th)?|{_DATE_WORDS}\.?|am|pm|a\.m\.|p\.m\.|gmt|utc|"
    r"[ecmp][sd]t|bst|cet|cest|ist)+$",
    re.IGNORECASE)
_TERMINAL = ('.', '!', '?', '"', "'", ')', ':', '...')
_HEADING_MAX_WORDS = 4
_TEASER_MAX_WORDS = 25  # a headline after "Related:"; a longer line is prose
_PROSE_MIN_CHARS = 160


def _ends_sentence(line: str) -> bool:
    return line.endswith(_TERMINAL)


def _is_title_case(line: str) -> bool:
    """A headline in Title Case: its capitals say nothing about names, so it is not compared."""
    words = [w for w in line.split()[1:] if len(w) >= 4 and w[0].isalpha()]
    if len(words) < 2:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.6


def is_junk_line(line: str) -> bool:
    """Page furniture that extraction left in the text: never a claim, never compared."""
    terminated = _ends_sentence(line)
    if terminated and len(line) > _PROSE_MIN_CHARS:
        return False  # a paragraph of prose: none of the furniture below is that long
    # Unterminated lines: a short heading or a Title Case one (tested first: the cheapest). A
    # line opening in lowercase is no heading: the rest of a sentence broken over lines.
    if not terminated and _is_heading(line) and not line[:1].islower():
        return True
    lowered = line.lower().rstrip(":")
    if lowered in FURNITURE_LINES or lowered in _TAIL_MARKERS or not any(c.isalpha() for c in line):
        return True
    if _READ_TIME.search(line) or _CATEGORY.match(line) or _DATE_ONLY.match(line):
        return True
    if _TEASER_HEAD.match(line) and len(line.split()) <= _TEASER_MAX_WORDS:
        return True
    if _BYLINE.match(line) and not terminated:
        return True
    if _META_START.match(line) and _HAS_DATE_OR_TIME.search(line) and len(line.split()) <= 14:
        return True
    # Unterminated lines again: a meta line ("Jane Doe | Reuters").
    return (not terminated and _META_SEPARATOR.search(line) is not None
            and len(line.split()) <= 15)


def _is_heading(line: str) -> bool:
    return len(line.split()) <= _HEADING_MAX_WORDS or _is_title_case(line)


def _drop_tail(lines: list[str]) -> list[str]:
    total = sum(map(len, lines)) or 1
    seen = 0
    for index, line in enumerate(lines):
        if (seen / total >= _TAIL_MIN_POSITION and _may_be_marker(line)
                and line.lower().rstrip(":") in _TAIL_MARKERS):
            return lines[:index]
        seen += len(line)
    return lines


_TAIL_MARKER_MAX_LENGTH = max(map(len, _TAIL_MARKERS))


def _may_be_marker(line: str) -> bool:
    """False for a line too long to be a tail marker (most lines: paragraphs), which then
    need not be lowercased. Lowercasing never shortens a text, nor adds a final colon."""
    return len(line.rstrip(":")) <= _TAIL_MARKER_MAX_LENGTH


def _rejoin_broken(lines: Iterable[str]) -> list[str]:
    """An ad line removed from mid-sentence leaves "...highlight the" + "apparent lack ...":
    a line that does not end a sentence followed by one starting in lowercase is one line."""
    joined: list[str] = []
    for line in lines:
        if line[:1].islower() and joined and not _ends_sentence(joined[-1]):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def clean_paragraphs(text: str) -> tuple[str, ...]:
    """Normalized paragraphs of the article body, page junk removed."""
    lines = _drop_tail([line for raw in text.splitlines() if raw
                        for line in _normalized_line(raw)])
    junk = [_is_junk(line) for line in lines]
    for index in range(len(lines) - 1, -1, -1):  # from the end: the next kept line is known
        if junk[index] and _broken_by_ad(lines, junk, index):
            junk[index] = False
    return tuple(_rejoin_broken([line for line, drop in zip(lines, junk, strict=True)
                                 if not drop]))


def _broken_by_ad(lines: list[str], junk: list[bool], index: int) -> bool:
    """A short unterminated line is a heading, unless the next kept line goes on in lowercase:
    then it is the start of a sentence an ad line cut ('"The drug was in' / AD / 'her system')."""
    line = lines[index]
    if _ends_sentence(line) or line.lower() in FURNITURE_LINES or line.lower() in _TAIL_MARKERS:
        return False
    following = next((lines[k] for k in range(index + 1, len(lines)) if not junk[k]), "")
    return following[:1].islower()


# Both cached, per line: consecutive versions of an article share most lines, and the second
# version of one comparison reuses the first's. Junk is only judged for lines the tail cut kept.
@lru_cache(maxsize=16384)
def _normalized_line(raw: str) -> tuple[str, ...]:
    return tuple(_normalize_line(raw))


_is_junk = lru_cache(maxsize=16384)(is_junk_line)


# --- sentences ----------------------------------------------------------------------------------


_per_thread = threading.local()


def _segmenter() -> pysbd.Segmenter:
    """This thread's pysbd Segmenter. pysbd keeps the text being split on the instance, so
    threads sharing one get each other's sentences (and split_piece's cache would keep those
    wrong splits): one per thread, built on first use (it compiles its rule set once)."""
    kept = getattr(_per_thread, "segmenter", None)
    if kept is None:
        kept = _per_thread.segmenter = segmenter("en")
    return kept


def sentence_pieces(paragraph: str) -> list[str]:
    """The paragraph cut where a sentence surely ends: 3+ lowercase letters, a stop, space, a
    capital (no abbreviation looks like that), outside double quotes (pysbd keeps a quoted
    passage of several sentences together, and so must we). A piece holds one sentence, or a
    few that only pysbd can tell apart ("U.S. State Department", "Dr. Leila Karam")."""
    pieces, start = [], 0
    for match in _SURE_BREAK.finditer(paragraph):
        space_start, space_end = match.span(1)
        if paragraph.count('"', start, space_start) % 2 == 0:
            pieces.append(paragraph[start:space_start])
            start = space_end
    pieces.append(paragraph[start:])
    return pieces


@lru_cache(maxsize=8192)
def split_piece(piece: str) -> tuple[str, ...]:
    """The sentences of one piece: pysbd when a stop inside could end a sentence, unless
    pysbd surely keeps the piece whole (_pysbd_keeps_whole: "the U.S. State Department").
    Cached: consecutive versions of an article share most of their text."""
    if _INNER_STOP.search(piece) and not _pysbd_keeps_whole(piece):
        parts = _segmenter().segment(piece)
    else:
        parts = [piece]
    return tuple(s for s in (p.strip() for p in parts) if s and any(c.isalnum() for c in s))


def split_sentences(paragraph: str) -> tuple[str, ...]:
    """Sentences of one normalized paragraph: pysbd's answer, computed faster.

    pysbd costs ~3.5 us per character and was most of the time of a comparison. Cutting at
    sure ends first leaves pysbd only the pieces with a stop inside; tests/test_claims_frames.py
    checks that this gives pysbd's own answer on every corpus paragraph."""
    return tuple(s for piece in sentence_pieces(paragraph) for s in split_piece(piece))


def split_with_pysbd_only(paragraph: str) -> tuple[str, ...]:
    """The reference split_sentences must agree with (used by the tests)."""
    parts = (s.strip() for s in _segmenter().segment(paragraph))
    return tuple(s for s in parts if s and any(c.isalnum() for c in s))


# The break is group 1, the space after the stop (and a closing quote or bracket). The pattern
# opens with the stop itself, not a lookbehind: the regex engine then jumps from stop to stop.
_SURE_BREAK = re.compile(r"[.!?](?<=[a-z]{3}[.!?])[\"')]?(\s+)(?=[\"(]?[A-Z])")
# A stop followed by more text: the piece may hold a sentence end pysbd must judge.
_INNER_STOP = re.compile(r"[.!?]\S*\s+\S")


# --- pieces pysbd keeps whole -------------------------------------------------------------------
#
# Most pieces with a stop inside have it in "U.S." or "Dr.", and pysbd (~0.6 ms a piece) returns
# them whole. _pysbd_keeps_whole recognizes those pieces from pysbd's own rules (pysbd 0.3.4,
# English): the stops it protects, and every other way it can break a text.

# Protected stops: pysbd turns these periods into a placeholder before it looks for sentence
# ends. A word that is an initialism "U.S." (MULTI_PERIOD_ABBREVIATION_REGEX) but not "A.M." or
# "P.M." (AmPmRules put the stop back), or a title "Dr." (PREPOSITIVE_ABBREVIATIONS), followed
# by a word that is not one of pysbd's sentence starters ("... the U.S. The talks" is a break:
# replace_abbreviation_as_sentence_boundary).
# (Titles pysbd stops protecting in some release simply go to pysbd again.)
_TITLES = [title.capitalize() for title in (
    "adm", "capt", "col", "dr", "gen", "gov", "lt", "maj", "mr", "mrs", "ms", "prof", "rep", "rev",
    "sen", "sgt", "st") if title in English.Abbreviation.PREPOSITIVE_ABBREVIATIONS]
_PROTECTED_WORD = re.compile(rf"(?:[A-Z]\.){{2,}}(?<!A\.M\.)(?<!P\.M\.)|(?:{'|'.join(_TITLES)})\.")
_STARTER = re.compile(rf"(?:{'|'.join(English.AbbreviationReplacer.SENTENCE_STARTERS)})\b")
_ANY_STOP = re.compile(r"[.!?]")
# Characters none of pysbd's rules or placeholders involve: printable ASCII and Latin letters
# (so the only whitespace is the plain space).
_PLAIN_CHARACTERS = re.compile(r"[\x20-\x7e\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f]*")
# A text opening with a parenthesis or quote may be cut after its closing one when a capital
# follows (SENTENCE_BOUNDARY_REGEX's first alternatives, the double-quote one as pysbd has it).
_OPENING_CUT = re.compile(r"""[(']|"[^"]*[^,]"(?=\s[A-Z])""")
# pysbd's breaks that need no stop: list items "(a)", "ii)" and "2)" (ListItemReplacer), a
# parenthesis between quotes (check_for_parens_between_quotes), a closing quote after a stop or
# dash before a capital (QUOTATION_AT_END_OF_SENTENCE_REGEX).
_PAREN_BREAK = re.compile(r'(?<![^\s(])[a-z]+\)|\d\)|"\s\(.*\)\s"')
_QUOTE_BREAK = re.compile(r"""[!?.\-]["'] [A-Z]""")


def _pysbd_keeps_whole(piece: str) -> bool:
    """True when pysbd surely returns `piece` as one sentence: every stop inside it is one
    pysbd protects, and no break of pysbd's without a stop applies. False sends the piece to
    pysbd, which is always right. The cheap tests come first: most pieces fail one."""
    body = _without_final_stop(piece)
    if not all(_is_protected_stop(body, stop.start()) for stop in _ANY_STOP.finditer(body)):
        return False
    if _PLAIN_CHARACTERS.fullmatch(piece) is None or _OPENING_CUT.match(piece):
        return False
    if ")" in piece and _PAREN_BREAK.search(piece):
        return False
    if ('" ' in piece or "' " in piece) and _QUOTE_BREAK.search(piece):
        return False
    return "\\" not in piece  # pysbd's escaping of brackets would change a backslash


def _without_final_stop(piece: str) -> str:
    """The piece without its final stop, and without the quote after it when that quote closes
    an even count of quotes (pysbd protects a stop inside quotes; "" would upset its pairing)."""
    if piece.endswith('"') and piece.count('"') % 2 == 0 and '""' not in piece:
        piece = piece[:-1]
    return piece[:-1] if piece.endswith((".", "!", "?")) else piece


def _is_protected_stop(text: str, position: int) -> bool:
    """Is the stop at `position` in a protected word, after a space (or at the start) and before
    a space and a word that is not a sentence starter?"""
    start = text.rfind(" ", 0, position) + 1
    end = text.find(" ", position)
    return (end > 0 and _PROTECTED_WORD.fullmatch(text, start, end) is not None
            and _STARTER.match(text, end + 1) is None)


def article_sentences(paragraphs: Iterable[str]) -> list[str]:
    return [s for paragraph in paragraphs for s in split_sentences(paragraph)]


_KEY_WORDS = re.compile(r"[^\W_]+")
# The same on ASCII text, where a word character other than "_" is a letter or a digit: a
# plain character set is faster to match than Unicode categories.
_ASCII_KEY_WORDS = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=16384)
def sentence_key(sentence: str) -> str:
    """Lowercase words joined by spaces: case, punctuation and quote marks do not count.
    Cached: a comparison asks for the key of one sentence several times (fingerprint,
    alignment, the ledger)."""
    lowered = sentence.lower()
    words = _ASCII_KEY_WORDS if lowered.isascii() else _KEY_WORDS
    return " ".join(words.findall(lowered))
