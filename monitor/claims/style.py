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
from typing import NamedTuple

from rapidfuzz.distance import DamerauLevenshtein

from monitor.claims.spelling import (
    frequency,
    is_known_word,
    is_typo_pair,
    language_of,
    max_slips,
)
from monitor.claims.tokens import Token, long_quotes
from monitor.claims.worddiff import get_opcodes

_INITIALISM = re.compile(r"\b((?:[A-Z]\.){2,})")
_PERCENT = re.compile(r"(\d)\s*(?:%|percent\b|per cent\b|pct\b)", re.IGNORECASE)
_TITLE_STOP = re.compile(r"\b(Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt)\.")
_AMPERSAND = re.compile(r"\s&\s")
_CONTRACTION = re.compile(r"\b([A-Za-z]+)(n't|'re|'ve|'ll|'m)\b")
# The head the pattern leaves before "n't": "wo" of "won't", "ca" of "can't".
_IRREGULAR_NEGATIONS = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}
_CONTRACTED = {"'re": " are", "'ve": " have", "'ll": " will", "'m": " am"}
# _CONTRACTION matches only where one of these stands as written (the pattern is case-sensitive).
_CONTRACTED_TAILS = ("n't", *_CONTRACTED)


def _expanded(match: re.Match[str]) -> str:
    """ "didn't" -> "did not", "won't" -> "will not", "they're" -> "they are"."""
    head, tail = match.group(1), match.group(2)
    if tail != "n't":
        return head + _CONTRACTED[tail]
    return f"{_IRREGULAR_NEGATIONS.get(head.lower(), head)} not"


def canonical(sentence: str) -> str:
    """`sentence` with variant spellings written one way: "U.S." -> "US", "10 percent" ->
    "10%", "Dr." -> "Dr", " & " -> " and ", "didn't" -> "did not", "cannot" -> "can not"."""
    if _ANY_VARIANT.search(sentence) is None:  # one scan; most sentences have none
        return sentence
    if "'" in sentence and any(tail in sentence for tail in _CONTRACTED_TAILS):
        sentence = _CONTRACTION.sub(_expanded, sentence)  # not for "Gaza's": a word scan
    if "annot" in sentence:
        sentence = sentence.replace("cannot", "can not").replace("Cannot", "Can not")
    if _CAPITAL_STOP.search(sentence) is not None:  # not every sentence's final stop
        sentence = _INITIALISM.sub(lambda m: m.group(1).replace(".", ""), sentence)
        if _TITLE_STOP.search(sentence) is not None:  # searched first: see sentences._RANGE
            sentence = _TITLE_STOP.sub(r"\1", sentence)
    if ("%" in sentence or "per" in sentence.lower()) and _PERCENT.search(sentence) is not None:
        sentence = _PERCENT.sub(r"\1%", sentence)
    if "&" in sentence:
        sentence = _AMPERSAND.sub(" and ", sentence)
    return sentence


# Where any rule of canonical() could apply (a superset: the rules decide). A digit before
# "pe"/"pc" for the percent rule, not before any "p" ("35,000 Palestinians", "5 people").
_ANY_VARIANT = re.compile(r"[A-Z]\.[A-Z]|[A-Z][a-z]{0,3}\.|\d\s*(?:%|[Pp][EeCc])|&|'|annot")
# A capital at most four letters before a stop: where _INITIALISM ("U.S.") and _TITLE_STOP
# ("Dr.", "Capt.") can match.
_CAPITAL_STOP = re.compile(r"[A-Z][a-z]{0,3}\.")


# Letters only: "d'enrte" is "d" and "enrte" (French elision), so the misspelled word meets
# its correction. Contractions were written out by canonical() before.
_WORD = re.compile(r"[^\W\d_]+")


class Reconciled(NamedTuple):
    before: str
    after: str
    # The words (lowercase, outside long quotes, typo fixes undone) only one version has:
    # where an opposite word can stand in for another ("guilty" -> "innocent").
    gone: tuple[str, ...] = ()
    came: tuple[str, ...] = ()


def reconcile(before: str, after: str) -> Reconciled:
    """Both sentences canonical, and each misspelled word replaced by its correct spelling
    from the other version. Equal results mean the edit was style only."""
    before, after = canonical(before), canonical(after)
    if before == after:
        return Reconciled(before, after)
    old = list(_WORD.finditer(before))
    new = list(_WORD.finditer(after))
    opcodes = get_opcodes(_lowered_words(before, old), _lowered_words(after, new))
    candidates = [(x, y) for tag, i1, i2, j1, j2 in opcodes
                  if tag == "replace" and i2 - i1 == j2 - j1
                  for x, y in zip(old[i1:i2], new[j1:j2], strict=True)
                  if DamerauLevenshtein.distance(x.group(), y.group()) <= max_slips(
                      x.group(), y.group())]
    fixes: dict[str, str] = {}  # misspelled word -> the word as the other version writes it
    fixed: set[int] = set()  # ids of the matches of those word pairs
    if candidates:  # the language is only worth finding for words a slip apart
        language = language_of([m.group() for m in new])
        for x, y in candidates:
            a, b = x.group(), y.group()
            if is_slip(a, b, language):
                wrong, right = (a, b) if frequency(a, language) <= frequency(b, language) else (
                    b, a)
                fixes[wrong] = right
                fixed.update((id(x), id(y)))
    changed = [(old[i1:i2], new[j1:j2]) for tag, i1, i2, j1, j2 in opcodes if tag != "equal"]
    gone = _unquoted(before, [m for ms, _ in changed for m in ms if id(m) not in fixed])
    came = _unquoted(after, [m for _, ms in changed for m in ms if id(m) not in fixed])
    if fixes:
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, fixes)) + r")\b")
        before = pattern.sub(lambda m: fixes[m.group()], before)
        after = pattern.sub(lambda m: fixes[m.group()], after)
    return Reconciled(before, after, gone, came)


def _lowered_words(sentence: str, matches: list[re.Match[str]]) -> list[str]:
    """The words of `matches` (the sentence's _WORD matches), lowercased. Lowercasing ASCII
    text keeps every letter a letter and in its place: then one findall on the lowered
    sentence gives them, not a lower() per word."""
    if sentence.isascii():
        return _WORD.findall(sentence.lower())
    return [m.group().lower() for m in matches]


def _unquoted(sentence: str, matches: list[re.Match[str]]) -> tuple[str, ...]:
    """The lowercase words of `matches` that stand outside the sentence's long quotes."""
    if not matches:
        return ()
    quotes = long_quotes(sentence) if '"' in sentence else []
    return tuple(m.group().lower() for m in matches
                 if not any(a <= m.start() < b for a, b in quotes))


def is_slip(x: str, y: str, language: str | None = None) -> bool:
    """A typo of a word (spelling.is_typo_pair), or of a name no word list knows: capitalized,
    one slip per six letters ("Guteres" / "Guterres"; "Iran" / "Iraq" are two words)."""
    if is_typo_pair(x, y, language):
        return True
    return (x[:1].isupper() and y[:1].isupper() and name_slip(x, y)
            and not is_known_word(x) and not is_known_word(y))


def name_slip(a: str, b: str) -> bool:
    """One slip per six letters: "Guteres" is "Guterres", but "Iran" is not "Iraq"."""
    allowed = min(len(a), len(b)) // 6
    return allowed > 0 and DamerauLevenshtein.distance(a, b) <= allowed


# --- calls to action ----------------------------------------------------------------------------

# A call to action is an imperative addressed to the reader, or a line that sells the
# publication: never an assertion about the world. Three rules, in English, French, Spanish
# and German publisher vocabulary (no page's own words):
# 1. the sentence opens with a web or subscription imperative ("Sign", "Subscribe", "Read",
#    "Follow", "Download", "Share", "Get", ...) followed by a colon, by a word that can only
#    continue an imperative (a pronoun, determiner or particle: "Share it", "Sign up",
#    "Get the", "Cancel anytime") or with a promotion word anywhere ("access", "member");
#    "Share prices fell" and "Support for the bill grew" are claims: a noun follows;
# 2. "follow us", "sign up", an imperative with an attached pronoun ("abonnez-vous",
#    "síguenos", "suscríbete");
# 3. a subscription word together with the publisher speaking ("our newsletter", "notre
#    newsletter", "unseren Newsletter").
# A sentence attributed to a speaker is never one ("Read the ruling, the judge told them").
_CTA_VERBS = frozenset(
    "sign subscribe register follow download click tap read watch listen join get share like "
    "try shop buy see check visit learn find explore discover become support donate give send "
    "email contact install save grab unlock upgrade enjoy start stay keep don't never "
    "bookmark comment tell order claim cancel "
    # French, Spanish, German imperatives of the same actions
    "abonnez-vous inscrivez-vous téléchargez suivez lisez découvrez retrouvez recevez "
    "suscríbete suscribite regístrate descarga descargue síguenos sigue lee descubre recibe "
    "abonnieren laden folgen lesen melden registrieren entdecken holen testen".split())
_IMPERATIVE_FOLLOWERS = frozenset(
    "the a an our your us it this these them me up in on out more now today here anytime "
    "at to with unlimited free sie uns unseren unsere unser notre nos nuestro nuestra nuestros "
    "nuestras".split())
_PROMO_WORDS = frozenset(
    "newsletter newsletters subscribe subscribed subscription subscriptions unsubscribe "
    "subscriber subscribers inbox app podcast podcasts membership member members access tip "
    "tips alerts journalism abonnement abonnés application boletín suscripción aplicación "
    "abonnement abonnieren abo".split())
_SUBSCRIPTION_WORDS = frozenset(
    "newsletter newsletters subscribe subscription subscriptions inbox abonnement abonnez-vous "
    "boletín suscripción suscríbete abonnieren abo".split())
_PUBLISHER_WORDS = frozenset(
    "our us notre nos nuestro nuestra nuestros nuestras uns unser unsere unseren".split())
_ATTACHED_PRONOUN = re.compile(r"^[^\W\d_]+(?:-vous|-nous|-toi|nos|te|se)$")
_CTA_PHRASES = frozenset({("follow", "us"), ("sign", "up")})
# Most sentences hold no first word of those phrases: one set test, no word pairs built.
_PHRASE_HEADS = frozenset(first for first, _ in _CTA_PHRASES)


# A call to action needs one of these among its lowercased words (a verb of rule 1 or 2, a
# phrase head, a subscription word of rule 3): without any, is_call_to_action is surely False.
CALL_TO_ACTION_WORDS = _CTA_VERBS | _PHRASE_HEADS | _SUBSCRIPTION_WORDS


def _has_phrase(words: list[str]) -> bool:
    """ "follow us" or "sign up" among the words."""
    return not _CTA_PHRASES.isdisjoint(zip(words, words[1:], strict=False))


def is_call_to_action(tokens: list[Token]) -> bool:
    first = next((i for i, t in enumerate(tokens) if t.text[:1].isalnum()), None)
    if first is None:
        return False
    words = [t.lower for t in tokens[first:] if t.text[:1].isalnum()]
    vocabulary = set(words)
    opening = tokens[first]
    if words[0] in _CTA_VERBS and opening.text[:1].isupper():
        following = tokens[first + 1] if first + 1 < len(tokens) else None
        if following is None or following.text == ":" or following.lower in (
                _IMPERATIVE_FOLLOWERS) or not vocabulary.isdisjoint(_PROMO_WORDS):
            return True
    if not _PHRASE_HEADS.isdisjoint(vocabulary) and _has_phrase(words):
        return True
    if words[0] in _CTA_VERBS and _ATTACHED_PRONOUN.match(words[0]):
        return True
    return (not vocabulary.isdisjoint(_SUBSCRIPTION_WORDS)
            and not vocabulary.isdisjoint(_PUBLISHER_WORDS))
