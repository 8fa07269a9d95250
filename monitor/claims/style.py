"""What is style, by rules a reader can check.

    canonical(sentence) -> str                 spelling variants written one way
    reconcile(before, after) -> (str, str)     both sentences with typo fixes undone
    is_call_to_action(tokens) -> bool          "Sign up for our newsletter", "Read more: ..."

A comparison looks at two versions of a sentence only after both went through `reconcile`:
the same abbreviation or unit written two ways ("U.S." / "US", "10 percent" / "10%",
"Dr." / "Dr", "&" / "and") is written one way, and a word that is a misspelling of the word at
the same place in the other version (spelling.is_typo_pair: "confrimed" / "confirmed") is
replaced by the correct one. The rules hold inside quotes too: a corrected typo in a quote is
not an edited quote. Punctuation, quote marks, case and spacing never reach a frame field
(sentence keys ignore them), and reordering is the aligner's business.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import DamerauLevenshtein

from monitor.claims.spelling import frequency, is_known_word, is_typo_pair
from monitor.claims.tokens import Token
from monitor.claims.worddiff import get_opcodes

_INITIALISM = re.compile(r"\b((?:[A-Z]\.){2,})")
_PERCENT = re.compile(r"(\d)\s*(?:%|percent\b|per cent\b|pct\b)", re.IGNORECASE)
_TITLE_STOP = re.compile(r"\b(Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt)\.")
_AMPERSAND = re.compile(r"\s&\s")


def canonical(sentence: str) -> str:
    """`sentence` with variant spellings written one way: "U.S." -> "US", "10 percent" ->
    "10%", "Dr." -> "Dr", " & " -> " and "."""
    if "." in sentence:
        sentence = _INITIALISM.sub(lambda m: m.group(1).replace(".", ""), sentence)
        sentence = _TITLE_STOP.sub(r"\1", sentence)
    if "%" in sentence or "per" in sentence.lower():
        sentence = _PERCENT.sub(r"\1%", sentence)
    if "&" in sentence:
        sentence = _AMPERSAND.sub(" and ", sentence)
    return sentence


_WORD = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")


def reconcile(before: str, after: str) -> tuple[str, str]:
    """Both sentences canonical, and each misspelled word replaced by its correct spelling
    from the other version. Equal results mean the edit was style only."""
    before, after = canonical(before), canonical(after)
    if before == after:
        return before, after
    old = [m.group() for m in _WORD.finditer(before)]
    new = [m.group() for m in _WORD.finditer(after)]
    fixes: dict[str, str] = {}  # misspelled word -> the word as the other version writes it
    for tag, i1, i2, j1, j2 in get_opcodes([w.lower() for w in old], [w.lower() for w in new]):
        if tag != "replace" or i2 - i1 != j2 - j1:
            continue
        for x, y in zip(old[i1:i2], new[j1:j2], strict=True):
            if is_slip(x, y):
                wrong, right = (x, y) if _frequency_order(x, y) else (y, x)
                fixes[wrong] = right
    if not fixes:
        return before, after
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, fixes)) + r")\b")
    return (pattern.sub(lambda m: fixes[m.group()], before),
            pattern.sub(lambda m: fixes[m.group()], after))


def is_slip(x: str, y: str) -> bool:
    """A typo of a word (spelling.is_typo_pair), or of a name no word list knows: capitalized,
    one slip per six letters ("Guteres" / "Guterres"; "Iran" / "Iraq" are two words)."""
    if is_typo_pair(x, y):
        return True
    allowed = min(len(x), len(y)) // 6
    return (allowed > 0 and x[:1].isupper() and y[:1].isupper()
            and not is_known_word(x) and not is_known_word(y)
            and DamerauLevenshtein.distance(x, y) <= allowed)


def _frequency_order(x: str, y: str) -> bool:
    """True when x is the misspelling (unknown, or rarer than y)."""
    return frequency(x) <= frequency(y)


# --- calls to action ----------------------------------------------------------------------------

# Imperatives that open promotional lines, and the words that show the line addresses the
# reader on the publisher's behalf (a claim never does: "Share prices fell 5%").
_CTA_VERBS = frozenset(
    "sign subscribe register follow download click tap read watch listen join get share like "
    "try shop buy see check visit learn find explore discover become support donate give send "
    "email contact install save grab unlock upgrade enjoy start stay keep don't never "
    "bookmark comment tell order claim".split())
_READER_WORDS = frozenset(
    "our us you your here now today free newsletter newsletters podcast podcasts app inbox "
    "subscription subscribers more latest updates alerts below link daily weekly".split())
# Lines that sell the publication whatever their first word ("For more news, follow us on X";
# "Our newsletter brings you ..."): a subscription word and the reader or publisher addressed.
_PROMO_WORDS = frozenset("newsletter newsletters subscribe subscribed subscription unsubscribe "
                         "subscriber subscribers".split())
_ADDRESS_WORDS = frozenset("you your our us".split())


def is_call_to_action(tokens: list[Token]) -> bool:
    first = next((i for i, t in enumerate(tokens) if t.text[:1].isalnum()), None)
    if first is None:
        return False
    words = [t.lower for t in tokens[first:] if t.text[:1].isalnum()]
    vocabulary = set(words)
    if words[0] in _CTA_VERBS and tokens[first].text[:1].isupper():
        second = tokens[first + 1].text if first + 1 < len(tokens) else ""
        if second == ":" or not vocabulary.isdisjoint(_READER_WORDS):
            return True
    pairs = set(zip(words, words[1:], strict=False))
    if ("follow", "us") in pairs or ("sign", "up") in pairs:
        return not vocabulary.isdisjoint(_ADDRESS_WORDS)
    return not vocabulary.isdisjoint(_PROMO_WORDS) and not vocabulary.isdisjoint(_ADDRESS_WORDS)
