"""Event predicates, negation, modality and blame of a sentence, read from its tokens.

    predicates(tokens, quoted) -> [Predicate]   event verbs and nouns, their polarity class
    negations(tokens) -> int                    negators outside quotes
    modality(tokens, date_tokens) -> ("future", "possible", "reported")
    blame(tokens, entity_tokens) -> who is blamed
"""

from __future__ import annotations

from dataclasses import dataclass

from monitor.claims import lexicon as lx
from monitor.claims.entities import entity_keys
from monitor.claims.tokens import BOUNDARY_PUNCT, Token, starts_clause


@dataclass(frozen=True)
class Predicate:
    """An event verb (or its noun) in the sentence."""

    lemma: str  # "collapse", "cut short", "progress"
    polarity_class: str = ""  # "" for verbs without an opposite
    sign: int = 0  # +1 / -1 within the class, before negation
    negated: bool = False  # a negator shortly before it ("did not confirm", "lack of progress")
    quoted: bool = False  # inside a direct quote
    window: tuple[str, ...] = ()  # topic words around it (relate_to_story matches on these)
    # Not asserted as having happened: "urged both sides to resume talks", "talks may collapse".
    irrealis: bool = False

    @property
    def effective_sign(self) -> int:
        return -self.sign if self.negated else self.sign


_NEGATION_WINDOW = 3
_TOPIC_WINDOW = 5


def _is_negator(tokens: list[Token], i: int, negators: frozenset[str] = lx.NEGATORS) -> bool:
    """A lowercase negator, or a capitalized one opening the sentence ("No deal was ..."):
    "Doctors Without Borders" negates nothing."""
    token = tokens[i]
    if token.lower not in negators and not token.lower.endswith("n't"):
        return False
    return token.text.islower() or starts_clause(tokens, i)


# A token can only be a predicate when it is one of these (_predicate_lemma's lexicons).
PREDICATE_WORDS = frozenset(lx.EVENT_FORMS) | frozenset(lx.PHRASAL_HEADS)


def find_predicates(tokens: list[Token], quoted: bool, for_ledger: bool = True
                    ) -> list[Predicate]:
    """The event predicates of `tokens`; `for_ledger=False` leaves what only the ledger reads
    (topic windows, irrealis) empty: a comparison of two versions does not."""
    found = []
    for i in [k for k, token in enumerate(tokens) if token.lower in PREDICATE_WORDS]:
        lemma = _predicate_lemma(tokens, i)
        if lemma is None:
            continue
        polarity_class, sign = ("", 0) if _aspectual(tokens, i, lemma) else (
            lx.POLAR_LEMMAS.get(lemma, ("", 0)))
        found.append(Predicate(lemma=lemma, polarity_class=polarity_class, sign=sign,
                               negated=_negated(tokens, i), quoted=quoted,
                               # Only polar predicates are matched by topic (ledger)
                               window=_window(tokens, i) if polarity_class and for_ledger
                               else (),
                               irrealis=for_ledger and _irrealis(tokens, i)))
    return found


_IRREALIS_MARKERS = frozenset("to may might could would should must can cannot".split())
_IRREALIS_WINDOW = 4


def _irrealis(tokens: list[Token], i: int) -> bool:
    """An infinitive or a modal shortly before the verb: "calling on them to protect civilians
    and revive negotiations", "the negotiations may collapse"."""
    for j in range(i - 1, max(i - 1 - _IRREALIS_WINDOW, -1), -1):
        if tokens[j].text in BOUNDARY_PUNCT:
            return False
        if tokens[j].lower in _IRREALIS_MARKERS:
            return True
    return False


def _predicate_lemma(tokens: list[Token], i: int) -> str | None:
    if not tokens[i].text.islower():
        return None  # verbs are lowercase in prose; "United States" is no "state"
    word = tokens[i].lower
    head = lx.PHRASAL_HEADS.get(word)
    if head:
        following = {t.lower for t in tokens[i + 1:i + 3]}
        particle = next((p for p in lx.PHRASAL[head] if p in following), None)
        if particle:
            return f"{head} {particle}"
    following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if word == "close" and following == "to":
        return None  # "close to 6,000", "sources close to the talks"
    return lx.EVENT_FORMS.get(word)


def _aspectual(tokens: list[Token], i: int, lemma: str) -> bool:
    """"one side continues to move the goalposts", "talks failed to produce results": the verb
    frames another one; it is an event, but its polarity is not about the talks."""
    following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return lemma in lx.ASPECTUAL_LEMMAS and (following == "to" or following.endswith("ing"))


def _negated(tokens: list[Token], i: int) -> bool:
    for j in range(i - 1, max(i - 1 - _NEGATION_WINDOW, -1), -1):
        if tokens[j].text in BOUNDARY_PUNCT:
            return False
        if _is_negator(tokens, j):
            return True
    return False


def topic_word(word: str) -> str | None:
    """A lowercase content word in canonical form ("negotiations" -> "talks"), or None."""
    # The cheapest tests first: most words near a verb are punctuation or stopwords.
    if len(word) < 3 or word in lx.TOPIC_STOPWORDS or not word.islower() or not word[0].isalpha():
        return None
    word = lx.TOPIC_SYNONYMS.get(word, word)
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


# Where _window looks, relative to the verb: nearest first, the left side first at each distance.
_WINDOW_OFFSETS = tuple(offset for distance in range(1, _TOPIC_WINDOW + 1)
                        for offset in (-distance, distance))


def _window(tokens: list[Token], i: int) -> tuple[str, ...]:
    """Topic words within _TOPIC_WINDOW tokens of tokens[i], nearest first."""
    count = len(tokens)
    words: dict[str, None] = {}  # insertion-ordered set: the first time a word is seen counts
    for offset in _WINDOW_OFFSETS:
        j = i + offset
        if 0 <= j < count:
            word = topic_word(tokens[j].text)
            if word:
                words[word] = None
    return tuple(words)


def count_negations(tokens: list[Token]) -> int:
    return sum(1 for i, token in enumerate(tokens)
               if (token.lower in lx.SENTENCE_NEGATORS or token.lower.endswith("n't"))
               and _is_negator(tokens, i, lx.SENTENCE_NEGATORS))


MODALITY_PAIR_FIRSTS = frozenset(first for first, _ in lx.MODALITY_PAIRS)


def find_modality(tokens: list[Token], date_tokens: set[int]) -> tuple[str, ...]:
    found = set()
    for i, token in enumerate(tokens):
        lowered = token.lower
        if (lowered not in lx.MODALITY_WORDS and lowered not in MODALITY_PAIR_FIRSTS
                and not lowered.endswith("'ll")) or i in date_tokens:
            continue
        if lowered in lx.MODALITY_WORDS:
            found.add(lx.MODALITY_WORDS[lowered])
        elif lowered.endswith("'ll"):
            found.add("future")
        pair = (lowered, tokens[i + 1].lower if i + 1 < len(tokens) else "")
        if pair in lx.MODALITY_PAIRS and _after_be(tokens, i):
            found.add(lx.MODALITY_PAIRS[pair])
    return tuple(sorted(found))


def _after_be(tokens: list[Token], i: int) -> bool:
    """A form of "be" before tokens[i], a negator allowed between: "is (not) expected to"."""
    j = i - 1
    if j > 0 and tokens[j].lower in lx.SENTENCE_NEGATORS:
        j -= 1
    return j >= 0 and tokens[j].lower in lx.BE_FORMS


def find_blame(tokens: list[Token], entity_tokens: set[int]) -> tuple[str, ...]:
    """Who a sentence blames: "accusing Hamas" -> hamas; "unwillingness of parties",
    "lost patience with both sides" -> parties; "Hamas's unwillingness" -> hamas."""
    targets: list[str] = []
    for i, token in enumerate(tokens):
        if token.lower not in BLAME_FORMS:
            continue
        if i > 0 and tokens[i - 1].text.endswith("'s") and i - 1 in entity_tokens:
            targets.extend(entity_keys([tokens[i - 1].text]))
            continue
        target = _blame_target(tokens, i + 1, entity_tokens)
        if target:
            targets.append(target)
    return tuple(dict.fromkeys(targets))


# Words whose lemma is a blame lemma: a reporting-verb form of one, or the lemma itself.
BLAME_FORMS = frozenset(word for word in (*lx.REPORTING_VERBS, *lx.BLAME_LEMMAS)
                         if lx.REPORTING_VERBS.get(word, word) in lx.BLAME_LEMMAS)


def _blame_target(tokens: list[Token], start: int, entity_tokens: set[int]) -> str:
    for j in range(start, min(start + 5, len(tokens))):
        if tokens[j].text in BOUNDARY_PUNCT:
            return ""
        if tokens[j].lower in lx.COLLECTIVE_TARGETS:
            return "parties"
        if j in entity_tokens:
            keys = sorted(entity_keys([tokens[j].text]))
            return keys[0] if keys else ""
    return ""

