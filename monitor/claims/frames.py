"""Claim frames: what a sentence asserts, as fields that can be compared one by one.

    extract_frame(sentence) -> Frame      pure, cached; `sentence` is already normalized

A sentence is a *claim* (Frame.is_claim) when it has at least one of: a quantity, a direct
quote of 4+ words, an attribution (a reporting verb or "according to"), or a named entity
(a capitalized name, or a date) together with an event verb. Questions are never claims.

Long quotes are the speaker's words, not the writer's: every other field (numbers, entities,
dates, negation, modality, predicates used for polarity) is read from the sentence with its
quotes masked, so an edit inside a quote is reported once, as a quote edit. Predicates inside
quotes are kept too (flag `quoted`) because relating pieces of a story needs them
("progress has been made toward a ceasefire", said an official).

Entities come from a small rule-based recognizer: runs of capitalized words that are not
sentence starters, function words, months or weekdays. Title Case headlines never reach here
(sentences.is_junk_line drops them) because their capitals say nothing about names.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from monitor.claims import lexicon as lx
from monitor.claims.measures import Quantity, date_spans, may_count, quantities
from monitor.claims.tokens import (
    BOUNDARY_PUNCT,
    QUOTE_MARK,
    Token,
    frame_tokens,
    long_quotes,
    starts_clause,
    tokens,
)

# --- values -------------------------------------------------------------------------------------


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


@dataclass(frozen=True)
class Frame:
    speaker: str = ""  # normalized: lowercase, no determiners ("senior us diplomat")
    speaker_text: str = ""  # as written ("a senior US diplomat")
    cue: str = ""  # reporting verb lemma or "according to"
    quotes: tuple[str, ...] = ()  # direct quotes of 4+ words
    quantities: tuple[Quantity, ...] = ()
    entities: tuple[str, ...] = ()  # capitalized spans outside quotes, as written
    predicates: tuple[Predicate, ...] = ()
    negations: int = 0  # negators outside quotes
    modality: tuple[str, ...] = ()  # sorted subset of {"future", "possible", "reported"}
    dates: tuple[str, ...] = ()  # canonical: "july 2025", "wednesday", "october 7"
    blame: tuple[str, ...] = ()  # who is blamed: entity keys, or "parties" for "both sides"
    question: bool = False

    @property
    def is_claim(self) -> bool:
        if self.question:
            return False
        event = any(not p.quoted for p in self.predicates)
        # A date is a named entity too (NER's DATE): "in July 2025, tensions increased".
        named = self.entities or self.dates
        return bool(self.quantities or self.quotes or self.cue or (named and event))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Frame:
        return cls(
            speaker=data.get("speaker", ""),
            speaker_text=data.get("speaker_text", ""),
            cue=data.get("cue", ""),
            quotes=tuple(data.get("quotes", ())),
            quantities=tuple(Quantity(**q) for q in data.get("quantities", ())),
            entities=tuple(data.get("entities", ())),
            predicates=tuple(
                Predicate(**{**p, "window": tuple(p.get("window", ()))})
                for p in data.get("predicates", ())),
            negations=int(data.get("negations", 0)),
            modality=tuple(data.get("modality", ())),
            dates=tuple(data.get("dates", ())),
            blame=tuple(data.get("blame", ())),
            question=bool(data.get("question", False)),
        )


@dataclass(frozen=True)
class Claim:
    """A claim sentence and its frame. JSON round-trip via to_dict / from_dict (the ledger)."""

    sentence: str
    frame: Frame = field(default_factory=Frame)

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "frame": self.frame.to_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        return cls(sentence=data["sentence"], frame=Frame.from_dict(data.get("frame", {})))


# --- entities -----------------------------------------------------------------------------------

_NAME_BREAK = frozenset(BOUNDARY_PUNCT)


def _is_name_word(tokens: list[Token], i: int) -> bool:
    token = tokens[i]
    if not token.text[0].isupper() or token.text in lx.DATE_NAMES:  # a token is never empty
        return False
    if len(token.text) > 1 and token.text.replace(".", "").isupper():
        return True  # acronyms: US, UN, CIA (even when they spell a stop word)
    bare = _strip_possessive(token.text).lower()
    if bare in lx.STOP_CAPS or token.lower in lx.STOP_CAPS:
        return False
    if starts_clause(tokens, i) and bare.endswith(("ly", "ing", "ed")):
        return False  # "Reportedly", "Citing", "Disappointed" opening a sentence
    return True


def _strip_possessive(word: str) -> str:
    """"Hamas's" -> "Hamas", "Hamas'" -> "Hamas"."""
    if word.endswith(("'s", "'S")):
        return word[:-2]
    return word[:-1] if word.endswith("'") else word


def _entities(tokens: list[Token], skip: set[int]) -> tuple[list[str], set[int]]:
    """Capitalized spans, as written, and the token indexes they cover."""
    spans: list[str] = []
    covered: set[int] = set()
    consumed = 0  # tokens before this index belong to a span already
    for i in [k for k, token in enumerate(tokens) if token.text[0].isupper()]:
        if i < consumed or i in skip or not _is_name_word(tokens, i):
            continue
        words = [tokens[i].text]
        members = [i]
        j = i + 1
        while j < len(tokens) and j not in skip:
            if _is_name_word(tokens, j):
                words.append(tokens[j].text)
                members.append(j)
                j += 1
            elif (tokens[j].lower in lx.NAME_CONNECTORS and j + 1 < len(tokens)
                  and _is_name_word(tokens, j + 1)):
                words.extend((tokens[j].text, tokens[j + 1].text))
                members.extend((j, j + 1))
                j += 2
            else:
                break
        spans.append(_strip_possessive(" ".join(words)))
        covered.update(members)
        consumed = j
    return list(dict.fromkeys(spans)), covered


_MULTIWORD_ALIASES = tuple((alias, key) for alias, key in lx.ENTITY_ALIASES.items() if " " in alias)
_KEY_WORD_BREAK = re.compile(r"[^\w.']+")


@lru_cache(maxsize=16384)
def span_keys(span: str) -> tuple[str, ...]:
    """Word-level keys of one entity span, in order: "UN Secretary-General António Guterres"
    -> un, secretary, general, antónio, guterres; "U.S." = "US" = "United States" -> us."""
    lowered = span.lower()
    for alias, key in _MULTIWORD_ALIASES:
        if alias in lowered:
            lowered = lowered.replace(alias, key)
    keys = []
    for word in _KEY_WORD_BREAK.split(lowered):
        word = _strip_possessive(word.replace(".", ""))
        word = lx.ENTITY_ALIASES.get(word, word)
        if word and word not in lx.NAME_CONNECTORS:
            keys.append(word)
    return tuple(dict.fromkeys(keys))


def entity_keys(spans: tuple[str, ...] | list[str]) -> frozenset[str]:
    """All keys of some entity spans, compared as sets, so span boundaries and word order do
    not matter."""
    return frozenset(key for span in spans for key in span_keys(span))


# --- attribution --------------------------------------------------------------------------------

_MAX_SPEAKER_TOKENS = 8
_MAX_SPEAKER_TOKENS_RIGHT = 12  # "said a spokesperson for the International Committee of ..."
_PASSIVE_AUX = frozenset("was were is are been be being".split())


_CUE_WORDS = frozenset(lx.REPORTING_VERBS) | {"according"}


def _cue_candidates(tokens: list[Token]) -> list[tuple[int, str]]:
    found = []
    for i, token in enumerate(tokens):
        lowered = token.lower
        if lowered not in _CUE_WORDS:
            continue
        if lowered == "according" and i + 1 < len(tokens) and tokens[i + 1].lower == "to":
            found.append((i, "according to"))
        elif (token.text.islower() and lowered in lx.REPORTING_VERBS
              and not _noun_reading(tokens, i)):
            found.append((i, lx.REPORTING_VERBS[lowered]))
    return found


def _noun_reading(tokens: list[Token], i: int) -> bool:
    """"those claims", "with reports", "to confirm": not a statement being attributed."""
    if i == 0:
        return False
    previous = tokens[i - 1]
    return previous.lower in lx.NOUN_MARKERS or previous.lower == "to" or previous.text.endswith(
        "'s")


def _attribution(tokens: list[Token], sentence: str) -> tuple[str, str]:
    """(speaker as written, cue lemma). A finite reporting verb wins over an -ing form."""
    candidates = _cue_candidates(tokens)
    if not candidates:
        return "", ""
    finite = [c for c in candidates if not tokens[c[0]].lower.endswith("ing")]
    index, cue = (finite or candidates)[0]
    if cue == "according to":
        return _span_right(tokens, index + 2, sentence), cue
    if _is_passive(tokens, index):
        by = next((j for j in range(index + 1, min(index + 7, len(tokens)))
                   if tokens[j].lower == "by"), None)
        return (_span_right(tokens, by + 1, sentence) if by is not None else ""), cue
    if _follows_quote(tokens, index):
        return _span_right(tokens, index + 1, sentence), cue  # '...," said a spokesperson'
    if tokens[index].lower.endswith("ing"):
        return "", cue  # "..., accusing Hamas": the speaker is the main clause's subject
    left = _span_left(tokens, index, sentence)
    return (left if _normalize_speaker(left) else ""), cue


def _follows_quote(tokens: list[Token], index: int) -> bool:
    """The verb comes right after a quote: '"...," said X' (quote marks and commas between)."""
    j = index - 1
    while j >= 0 and (tokens[j].text in ('"', ",") or tokens[j].lower in lx.SPEAKER_FILLERS):
        j -= 1
    return j >= 0 and tokens[j].text == QUOTE_MARK


def _is_passive(tokens: list[Token], index: int) -> bool:
    j = index - 1
    while j >= 0 and tokens[j].lower in lx.SPEAKER_FILLERS - _PASSIVE_AUX:
        j -= 1
    return j >= 0 and tokens[j].lower in _PASSIVE_AUX


def _span_left(tokens: list[Token], index: int, sentence: str) -> str:
    """The speaker before the verb, without the words between ("Hamas has also" -> "Hamas")."""
    start = index
    while start > 0 and index - start < _MAX_SPEAKER_TOKENS:
        previous = tokens[start - 1]
        if previous.text in BOUNDARY_PUNCT or previous.lower in lx.CLAUSE_BOUNDARIES:
            break
        start -= 1
    end = index
    while end > start and tokens[end - 1].lower in lx.SPEAKER_FILLERS:
        end -= 1
    return _join(tokens[start:end], sentence)


def _span_right(tokens: list[Token], start: int, sentence: str) -> str:
    """The speaker after the verb: "said a spokesperson for Médecins Sans Frontières (Doctors
    Without Borders)", "by the U.S. State Department". A preposition continues the span only
    into a name ("for the International Committee"), not into a clause ("Hamas of siding")."""
    end = start
    while end < len(tokens) and end - start < _MAX_SPEAKER_TOKENS_RIGHT:
        token = tokens[end]
        if token.text == "(":
            close = next((k for k in range(end, min(end + 8, len(tokens)))
                          if tokens[k].text == ")"), None)
            end = close + 1 if close is not None and end > start else end
            break
        if token.text in BOUNDARY_PUNCT or token.lower in lx.CLAUSE_BOUNDARIES:
            break
        if token.lower in _PREPOSITIONS and end > start and not _name_follows(tokens, end + 1):
            break
        end += 1
    return _join(tokens[start:end], sentence)


_PREPOSITIONS = frozenset("of for in on at about over after during to with from as into".split())


def _name_follows(tokens: list[Token], i: int) -> bool:
    if i < len(tokens) and tokens[i].lower in ("the", "a", "an"):
        i += 1
    return i < len(tokens) and tokens[i].text[:1].isupper()


def _join(tokens: list[Token], sentence: str) -> str:
    """The words of `tokens` as the sentence writes them (spacing and brackets included)."""
    return sentence[tokens[0].start:tokens[-1].end] if tokens else ""


def _normalize_speaker(span: str) -> str:
    """"A senior U.S. diplomat" -> "senior us diplomat"; "Five sources" -> "5 sources"."""
    words = (str(lx.NUMBER_WORDS[k]) if k in lx.NUMBER_WORDS else k for k in span_keys(span))
    return " ".join(w for w in words if w not in lx.SPEAKER_FILLERS and w not in lx.STOPWORDS)


# --- predicates, negation, modality ---------------------------------------------------------------

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
_PREDICATE_WORDS = frozenset(lx.EVENT_FORMS) | frozenset(lx.PHRASAL_HEADS)


def _predicates(tokens: list[Token], quoted: bool) -> list[Predicate]:
    found = []
    for i in [k for k, token in enumerate(tokens) if token.lower in _PREDICATE_WORDS]:
        lemma = _predicate_lemma(tokens, i)
        if lemma is None:
            continue
        polarity_class, sign = ("", 0) if _aspectual(tokens, i, lemma) else (
            lx.POLAR_LEMMAS.get(lemma, ("", 0)))
        found.append(Predicate(lemma=lemma, polarity_class=polarity_class, sign=sign,
                               negated=_negated(tokens, i), quoted=quoted,
                               window=_window(tokens, i), irrealis=_irrealis(tokens, i)))
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


def _negations(tokens: list[Token]) -> int:
    return sum(1 for i, token in enumerate(tokens)
               if (token.lower in lx.SENTENCE_NEGATORS or token.lower.endswith("n't"))
               and _is_negator(tokens, i, lx.SENTENCE_NEGATORS))


_MODALITY_PAIR_FIRSTS = frozenset(first for first, _ in lx.MODALITY_PAIRS)


def _modality(tokens: list[Token], date_tokens: set[int]) -> tuple[str, ...]:
    found = set()
    for i, token in enumerate(tokens):
        lowered = token.lower
        if (lowered not in lx.MODALITY_WORDS and lowered not in _MODALITY_PAIR_FIRSTS
                and not lowered.endswith("'ll")) or i in date_tokens:
            continue
        if lowered in lx.MODALITY_WORDS:
            found.add(lx.MODALITY_WORDS[lowered])
        elif lowered.endswith("'ll"):
            found.add("future")
        pair = (lowered, tokens[i + 1].lower if i + 1 < len(tokens) else "")
        if pair in lx.MODALITY_PAIRS and i > 0 and tokens[i - 1].lower in lx.BE_FORMS:
            found.add(lx.MODALITY_PAIRS[pair])
    return tuple(sorted(found))


def _blame(tokens: list[Token], entity_tokens: set[int]) -> tuple[str, ...]:
    """Who a sentence blames: "accusing Hamas" -> hamas; "unwillingness of parties",
    "lost patience with both sides" -> parties; "Hamas's unwillingness" -> hamas."""
    targets: list[str] = []
    for i, token in enumerate(tokens):
        if token.lower not in _BLAME_FORMS:
            continue
        if i > 0 and tokens[i - 1].text.endswith("'s") and i - 1 in entity_tokens:
            targets.extend(entity_keys([tokens[i - 1].text]))
            continue
        target = _blame_target(tokens, i + 1, entity_tokens)
        if target:
            targets.append(target)
    return tuple(dict.fromkeys(targets))


# Words whose lemma is a blame lemma: a reporting-verb form of one, or the lemma itself.
_BLAME_FORMS = frozenset(word for word in (*lx.REPORTING_VERBS, *lx.BLAME_LEMMAS)
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


# --- the frame ----------------------------------------------------------------------------------


@lru_cache(maxsize=16384)
def extract_frame(sentence: str) -> Frame:
    """The claim frame of one normalized sentence. Pure; cached because consecutive versions
    of an article repeat most sentences."""
    quote_spans = long_quotes(sentence)
    words = frame_tokens(sentence, quote_spans)
    # The words outside quotes, lowercased: a reader below whose words the sentence lacks is
    # skipped (a set test instead of a walk over every token; most readers find nothing).
    vocabulary = frozenset([token.lower for token in words])
    dates = date_spans(sentence, quote_spans, words)
    in_dates = _tokens_within(words, dates)
    entities, in_entities = _entities(words, in_dates)
    speaker_text, cue = (_attribution(words, sentence)
                         if not vocabulary.isdisjoint(_CUE_WORDS) else ("", ""))
    predicates = (_predicates(words, quoted=False)
                  if not vocabulary.isdisjoint(_PREDICATE_WORDS) else [])
    quoted_tokens = [tokens(sentence[start:end], start) for start, end in quote_spans]
    for quoted in quoted_tokens:
        predicates += _predicates(quoted, quoted=True)
    blame = _blame(words, in_entities) if not vocabulary.isdisjoint(_BLAME_FORMS) else ()
    return Frame(
        speaker=_normalize_speaker(speaker_text),
        speaker_text=speaker_text,
        cue=cue,
        quotes=tuple(sentence[a:b].strip(" ,.") for a, b in quote_spans),
        quantities=quantities(words, in_dates) if may_count(sentence, vocabulary) else (),
        entities=tuple(entities),
        predicates=tuple(predicates),
        negations=_negations(words) if _may_negate(sentence, vocabulary) else 0,
        modality=_modality(words, in_dates) if _may_hedge(sentence, vocabulary) else (),
        dates=tuple(dict.fromkeys(d for _, _, d in dates)),
        blame=tuple(dict.fromkeys(blame + _quoted_blame(quoted_tokens))),
        question=sentence.rstrip('"\' ').endswith("?"),
    )


def _may_negate(sentence: str, vocabulary: frozenset[str]) -> bool:
    """A negator word, or an apostrophe before a t ("didn't"): else _negations counts 0."""
    return (not vocabulary.isdisjoint(lx.SENTENCE_NEGATORS)
            or "'t" in sentence or "'T" in sentence)


_HEDGE_WORDS = frozenset(lx.MODALITY_WORDS) | _MODALITY_PAIR_FIRSTS


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
        if _BLAME_FORMS.isdisjoint([token.lower for token in quoted]):
            continue  # nobody blamed: the entities need not be found
        _, covered = _entities(quoted, set())
        targets.extend(_blame(quoted, covered))
    return tuple(targets)


def make_claim(sentence: str) -> Claim:
    return Claim(sentence=sentence, frame=extract_frame(sentence))
