"""Who a sentence attributes its statement to: the speaker and the reporting verb (cue).

    attribution(tokens, sentence) -> (speaker as written, cue lemma)
    normalize_speaker("A senior U.S. diplomat") -> "senior us diplomat"
"""

from __future__ import annotations

from functools import lru_cache

from monitor.claims import lexicon as lx
from monitor.claims.entities import span_keys
from monitor.claims.tokens import BOUNDARY_PUNCT, QUOTE_MARK, Token

_MAX_SPEAKER_TOKENS = 8
_MAX_SPEAKER_TOKENS_RIGHT = 12  # "said a spokesperson for the International Committee of ..."
_PASSIVE_AUX = frozenset("was were is are been be being".split())
_FILLERS_NOT_BE = lx.SPEAKER_FILLERS - _PASSIVE_AUX


CUE_WORDS = frozenset(lx.REPORTING_VERBS) | {"according"}


def _cue_candidates(tokens: list[Token]) -> list[tuple[int, str]]:
    found = []
    for i, token in enumerate(tokens):
        lowered = token.lower
        if lowered not in CUE_WORDS:
            continue
        if lowered == "according" and i + 1 < len(tokens) and tokens[i + 1].lower == "to":
            found.append((i, "according to"))
        elif (token.text.islower() and lowered in lx.REPORTING_VERBS
              and not _noun_reading(tokens, i) and _reports(tokens, i)):
            found.append((i, lx.REPORTING_VERBS[lowered]))
    return found


_SUBJECT_PRONOUNS = frozenset("he she it they we i you who which that".split())
_OBJECT_OPENERS = frozenset("a an the this these those its their his her our my your".split())


def _reports(tokens: list[Token], i: int) -> bool:
    """Does the verb at tokens[i] pass on a statement? In -s form only after a name, a
    pronoun or punctuation ("Microsoft states", '", states Parata'), not after a lowercase
    word ("all possible states" is a noun). Verbs with other senses (lexicon.
    OTHER_SENSE_REPORTING: add, write, note, ...) not before an object ("added a 3.5mm
    headphone jack", "wrote the programs")."""
    token = tokens[i]
    lemma = lx.REPORTING_VERBS[token.lower]
    if lemma in ("say", "tell"):
        return True
    if token.lower.endswith("s") and not token.lower.endswith("ss") and i > 0:
        previous = tokens[i - 1]
        if previous.text[:1].islower() and previous.lower not in _SUBJECT_PRONOUNS:
            return False
    if lemma in lx.OTHER_SENSE_REPORTING and i + 1 < len(tokens):
        following = tokens[i + 1]
        return not (following.lower in _OBJECT_OPENERS or following.text[:1].isdigit())
    return True


def _noun_reading(tokens: list[Token], i: int) -> bool:
    """"those claims", "with reports", "to confirm", "three states": not a statement being
    attributed."""
    if i == 0:
        return False
    previous = tokens[i - 1]
    if (previous.lower in lx.NOUN_MARKERS or previous.lower == "to"
            or previous.text.endswith("'s") or previous.text[:1].isdigit()
            or previous.lower in lx.NUMBER_WORDS):
        return True
    # A base form after a lowercase word that cannot be its subject is a noun: "former state
    # senator". Subjects of a base form: pronouns, plurals ("officials state"), and words
    # that take a verb after them (will, did, also, ...).
    word = tokens[i].lower
    return (word == lx.REPORTING_VERBS[word] and word not in ("say", "tell")
            and previous.text.islower() and not previous.lower.endswith("s")
            and previous.lower not in _BEFORE_BASE_FORM and not previous.lower.endswith("ly"))


_BEFORE_BASE_FORM = frozenset(
    "i you we they who which that will would can could may might must shall should do did "
    "does not never also often then and or people police staff public".split())


def attribution(tokens: list[Token], sentence: str) -> tuple[str, str, tuple[str, ...]]:
    """(speaker as written, cue lemma, the other sources as written).

    The speaker is the subject of a reporting verb (or what follows "according to", or "by"
    after a passive one), found by the sentence's structure, never by position alone: the
    first finite reporting verb that has a subject wins, then the first with none ("...,
    accusing Hamas"). The other sources are the subjects of its other speech verbs ("...,
    the officials said, ... Mr. McHugh said") and whom a statement was told to when that is
    a name ("a source told Reuters": the outlet is part of the attribution)."""
    candidates = _cue_candidates(tokens)
    if not candidates:
        return "", "", ()
    subjects = {index: _speaker_of(tokens, index, cue, sentence) for index, cue in candidates}
    finite = [c for c in candidates if not tokens[c[0]].lower.endswith("ing")]
    ordered = finite + [c for c in candidates if c not in finite]
    speaker, cue = next(((subjects[i], cue) for i, cue in ordered if subjects[i]),
                        ("", ordered[0][1]))
    others: list[str] = []
    for index, verb in candidates:
        if verb not in lx.SPEECH_VERBS:
            continue  # "Russia and China blamed the US": a stance, not a second source
        subject = subjects[index]
        if subject and subject != speaker and any(w[:1].isupper() for w in subject.split()):
            others.append(subject)
        listener = _listener(tokens, index, verb, sentence)
        if listener:
            others.append(listener)
    return speaker, cue, tuple(dict.fromkeys(others))


def _listener(tokens: list[Token], index: int, cue: str, sentence: str) -> str:
    """The name after "told" or "said to", or ""."""
    if cue == "tell":
        return _named_listener(tokens, index + 1, sentence)
    if cue == "say" and index + 1 < len(tokens) and tokens[index + 1].lower == "to":
        return _named_listener(tokens, index + 2, sentence)
    return ""


def _named_listener(tokens: list[Token], start: int, sentence: str) -> str:
    end = start
    while end < len(tokens) and (tokens[end].text[:1].isupper() or (
            end > start and tokens[end].lower in lx.NAME_CONNECTORS)):
        end += 1
    while end > start and tokens[end - 1].lower in lx.NAME_CONNECTORS:
        end -= 1
    return _join(tokens[start:end], sentence)


def _speaker_of(tokens: list[Token], index: int, cue: str, sentence: str) -> str:
    """The subject of the reporting verb at tokens[index], as written, or ""."""
    if cue == "according to":
        return _span_right(tokens, index + 2, sentence)
    if _is_passive(tokens, index):
        by = next((j for j in range(index + 1, min(index + 7, len(tokens)))
                   if tokens[j].lower == "by"), None)
        return _span_right(tokens, by + 1, sentence) if by is not None else ""
    if _follows_quote(tokens, index):
        return _span_right(tokens, index + 1, sentence)  # '...," said a spokesperson'
    if tokens[index].lower.endswith("ing"):
        return ""  # "..., accusing Hamas": the speaker is the main clause's subject
    left = _span_left(tokens, index, sentence)
    if normalize_speaker(left):
        return left
    comma = _comma_before(tokens, index)
    if comma is None:
        return ""
    return (_apposition(tokens, comma, sentence)
            or _subject_before_aside(tokens, comma, sentence)
            or _inverted_subject(tokens, index + 1, sentence))


def _apposition(tokens: list[Token], comma: int, sentence: str) -> str:
    """"His lawyer, Karen Hale, said ...": a name set off by commas right before the verb,
    with the noun phrase it names; the speaker is both ("His lawyer, Karen Hale")."""
    opening = next((k for k in range(comma - 1, max(comma - 8, -1), -1)
                    if tokens[k].text in BOUNDARY_PUNCT), None)
    if opening is None or tokens[opening].text != "," or opening + 1 >= comma:
        return ""
    name = tokens[opening + 1:comma]
    if not all(t.text[:1].isupper() or t.lower in lx.NAME_CONNECTORS for t in name):
        return ""
    head = _span_left(tokens, opening, sentence)
    if not normalize_speaker(head):
        return ""
    start = sentence.rfind(head, 0, tokens[opening].start)
    return sentence[start:tokens[comma - 1].end]


def _comma_before(tokens: list[Token], index: int) -> int | None:
    """The comma right before the verb (fillers between), or None."""
    j = index - 1
    while j >= 0 and tokens[j].lower in lx.SPEAKER_FILLERS:
        j -= 1
    return j if j >= 0 and tokens[j].text == "," else None


def _subject_before_aside(tokens: list[Token], comma: int, sentence: str) -> str:
    """"Hicks, whose husband is on duty in the Navy, said ...", "Alverson, a commissioner on
    the Commission, which has managed catch limits, described ...": the subject stands before
    the asides (relative clauses, appositions) set off by commas."""
    opening = None
    for k in range(comma - 1, -1, -1):
        if tokens[k].text != ",":
            continue
        if k + 1 >= len(tokens) or tokens[k + 1].lower not in _ASIDE_OPENERS:
            break
        opening = k  # the aside after this comma runs to the next one: look further back
    if opening is None:
        return ""
    subject = _span_left(tokens, opening, sentence)
    return subject if normalize_speaker(subject) else ""


_ASIDE_OPENERS = frozenset("who whose which whom a an the".split())
# Words that make a span a clause, not a speaker named after its verb.
_VERB_WORDS = frozenset(
    "is are was were be been has have had will would can could do does did may might must "
    "should shall".split())


def _inverted_subject(tokens: list[Token], start: int, sentence: str) -> str:
    """"The talks failed, said a diplomat.": after the verb, a noun phrase that ends the
    sentence or a clause; "..., said the flag is a symbol" is a reported clause instead."""
    end = _span_right_end(tokens, start)
    right = _join(tokens[start:end], sentence)
    if not normalize_speaker(right):
        return ""
    closed = end >= len(tokens) or tokens[end].text in BOUNDARY_PUNCT
    clause = any(t.lower in _VERB_WORDS for t in tokens[start:end])
    return right if closed and not clause else ""


def _follows_quote(tokens: list[Token], index: int) -> bool:
    """The verb comes right after a quote: '"...," said X' (quote marks and commas between)."""
    j = index - 1
    while j >= 0 and (tokens[j].text in ('"', ",") or tokens[j].lower in lx.SPEAKER_FILLERS):
        j -= 1
    return j >= 0 and tokens[j].text == QUOTE_MARK


def _is_passive(tokens: list[Token], index: int) -> bool:
    """"was announced", "was allegedly echoed": a form of "be" before the verb."""
    j = index - 1
    while j >= 0 and (tokens[j].lower in _FILLERS_NOT_BE or _how_or_when(tokens[j].lower)):
        j -= 1
    return j >= 0 and tokens[j].lower in _PASSIVE_AUX


def _span_left(tokens: list[Token], index: int, sentence: str) -> str:
    """The speaker before the verb, without the words between ("Hamas has also" -> "Hamas")."""
    start = index
    while start > 0 and index - start < _MAX_SPEAKER_TOKENS:
        previous = tokens[start - 1]
        if (previous.text in BOUNDARY_PUNCT or previous.lower in lx.CLAUSE_BOUNDARIES
                or previous.text in lx.REPORTING_VERBS):  # another verb's clause (lowercase:
            break  # "Secretary of State Antony Blinken" is a name)
        start -= 1
    end = index
    while end > start and tokens[end - 1].lower in lx.SPEAKER_FILLERS:
        end -= 1
    return _join(tokens[start:end], sentence)


def _span_right(tokens: list[Token], start: int, sentence: str) -> str:
    """The speaker after the verb: "said a spokesperson for Médecins Sans Frontières (Doctors
    Without Borders)", "by the U.S. State Department". A preposition continues the span only
    into a name ("for the International Committee"), not into a clause ("Hamas of siding")."""
    return _join(tokens[start:_span_right_end(tokens, start)], sentence)


def _span_right_end(tokens: list[Token], start: int) -> int:
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
    return end


_PREPOSITIONS = frozenset("of for in on at about over after during to with from as into".split())


def _name_follows(tokens: list[Token], i: int) -> bool:
    if i < len(tokens) and tokens[i].lower in ("the", "a", "an"):
        i += 1
    return i < len(tokens) and tokens[i].text[:1].isupper()


def _join(tokens: list[Token], sentence: str) -> str:
    """The words of `tokens` as the sentence writes them (spacing and brackets included)."""
    return sentence[tokens[0].start:tokens[-1].end] if tokens else ""


# Cached: one comparison asks for the same span's key several times (the speaker test while
# reading each version's attribution, the frame, the other sources compared in fields.py).
@lru_cache(maxsize=16384)
def normalize_speaker(span: str) -> str:
    """"A senior U.S. diplomat" -> "senior us diplomat"; "Five sources" -> "5 sources".
    Only the words that name someone: adverbs ("Gizmodo very recently explained"), dates and
    times ("announced in October") are how or when it was said, not who said it."""
    if not span:
        return ""  # most sentences have no speaker
    words = (str(lx.NUMBER_WORDS[k]) if k in lx.NUMBER_WORDS else k for k in span_keys(span))
    return " ".join(w for w in words if w not in lx.SPEAKER_FILLERS and w not in lx.STOPWORDS
                    and not _how_or_when(w))


_NOT_ADVERBS = frozenset("italy family assembly ally supply rally".split())
_DATE_WORDS = frozenset(w.lower() for w in lx.DATE_NAMES) | frozenset(lx.RELATIVE_DATE_WORDS)


def _how_or_when(word: str) -> bool:
    if word in _DATE_WORDS or word in lx.DEGREE_ADVERBS or word[:1].isdigit():
        return True
    return word.endswith("ly") and len(word) > 4 and word not in _NOT_ADVERBS

