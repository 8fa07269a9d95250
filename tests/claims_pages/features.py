"""Where a sentence really carries a feature: general rules (regular expressions,
capitalization, small closed word lists of English and of the three other corpus languages),
never a page's own words. Every finder returns spans relative to the sentence and skips what
lies inside a quote unless it looks for quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .corpus import Document, Sentence, words

# --- closed word lists (grammar, not any story's vocabulary) ---------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
WEEKDAYS = {k: v.split() for k, v in WEEKDAYS.items()}
REPORTING = ("said says saying told tells testified testifies wrote writes explained explains "
             "argued argues claimed claims announced announces insisted insists added adds "
             "noted notes stated states confirmed confirms warned warns denied denies "
             "accused accuses reported reports say tell testify write explain argue claim "
             "announce insist add note state confirm warn deny accuse report").split()
# Say and tell are reporting verbs whatever follows; the others only before a clause or quote.
SAY = ("said says saying told tells").split()
REPORTING_LIKE = set(REPORTING) | set(("mentioned described acknowledged suggested believed "
                                       "alleged expected revealed estimated thought considered "
                                       "asked called named quoted cited suggest suggests "
                                       "describe describes acknowledge acknowledges").split())
GROUP_NOUNS = ("officials official spokesman spokeswoman spokesperson police sources "
               "representatives officers researchers scientists analysts executives lawyers "
               "attorneys prosecutors authorities staff").split()
ATTRIBUTION_LIKE = set(("signaled signalled echoed indicated urged admitted vowed recalls "
                        "recalled agreed saying writing warning telling").split())
STOP = set(("the a an and or but of to in on at for with by from as is are was were be been "
            "it its this that these those he she they we i you his her their our my your "
            "there here when while after before since if so not no yes also then than "
            "however meanwhile still yet just now today according some many most more "
            "what who which where why how all each every both one two many").split())
SPELLED = ("two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
           "forty fifty sixty seventy eighty ninety hundred").split()
QUALIFIER_CLASSES = [
    ("more than", "over"), ("at least",), ("nearly", "almost"),
    ("about", "around", "approximately", "roughly"), ("up to",), ("fewer than", "less than"),
]
QUALIFIERS = {q: i for i, group in enumerate(QUALIFIER_CLASSES) for q in group}

_QUAL = "|".join(sorted(QUALIFIERS, key=len, reverse=True))
QUALIFIER_RE = re.compile(rf"(?<![\w-])({_QUAL})\s+(?=[$€£]?\d)", re.IGNORECASE)
# A number: digits with thousands groups and decimals in any of the corpus conventions.
NUMBER_RE = re.compile(r"(?<![\w.,:/$€£#-])([$€£]?)(\d{1,3}(?:[,.\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
                       r"(?![\w/:-]|[.,]\d)")
FOUR_DIGITS = re.compile(r"(?<![\w$€£.,/-])(1[89]\d\d|20\d\d)(?![\w%/-]|[.,]\d)")
_YEAR_BEFORE = re.compile(r"(?:\b(?:in|since|of|from|until|by|before|after|during|early|late|the|a|"
                          r"an|his|her|its|their|this|and|to|or|mid|en|de|el|del|im|seit|von)|"
                          r"\d,|[A-Za-zé]{3,}\.?)[ -]$")
TIME_RE = re.compile(r"(?<![\d:])(\d{1,2})[:h](\d{2})(?![\d:])")
def month_pattern(lang: str) -> re.Pattern[str]:
    names = "|".join(MONTHS[lang])
    if lang == "en":  # "May", "March" need a date around them
        return re.compile(rf"(?:(?<=\bin )|(?<=\bon )|(?<=\bof )|(?<=\bsince )|(?<=\buntil )"
                          rf"|(?<=\bby )|(?<=\blast )|(?<=\bnext )|(?<=\bearly )|(?<=\blate )"
                          rf"|(?<=\d )|(?<=\bmid-))({names})\b|\b({names})(?= \d)")
    return re.compile(rf"\b({names})\b", re.IGNORECASE if lang != "de" else 0)


def weekday_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(rf"\b({'|'.join(WEEKDAYS[lang])})(s?)\b")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    kind: str = ""


def outside_quotes(doc: Document, s: Sentence, spans: list[Span]) -> list[Span]:
    return [sp for sp in spans if not doc.in_quote(s, sp.start, sp.end)]


def is_question(s: Sentence) -> bool:
    return s.text.rstrip("\"'\u201d\u2019\u00bb) ").endswith("?")


# --- dates, numbers, qualifiers ----------------------------------------------------------------


def dates(doc: Document, s: Sentence) -> list[Span]:
    text, found = s.text, []
    for m in weekday_pattern(doc.lang).finditer(text):
        found.append(Span(m.start(1), m.end(1), m.group(1), "weekday"))
    for m in month_pattern(doc.lang).finditer(text):
        group = 1 if m.group(1) else 2
        found.append(Span(m.start(group), m.end(group), m.group(group), "month"))
    for m in FOUR_DIGITS.finditer(text):
        before = text[max(0, m.start() - 12):m.start()]
        last = before.split()[-1:] or [""]
        month = last[0].rstrip(".,") in MONTHS[doc.lang] or last[0] in MONTHS["en"]
        size = re.match(r" ?x ?\d", text[m.end():]) or re.search(r"\d ?x ?$", before)
        if _YEAR_BEFORE.search(before) and not size and (
                month or last[0][:1].islower() or last[0][-1:] == ","):
            found.append(Span(m.start(1), m.end(1), m.group(1), "year"))
    for m in TIME_RE.finditer(text):
        if int(m.group(1)) <= 23 and int(m.group(2)) <= 59:
            found.append(Span(m.start(2), m.end(2), m.group(2), "time"))
    for m in month_pattern(doc.lang).finditer(text):  # the day of a month
        group = 1 if m.group(1) else 2
        after = re.match(r" (\d{1,2})(?!\d)(?!:)", text[m.end(group):])
        before = re.search(r"(?<!\d)(\d{1,2})(?:er)?\.? $", text[:m.start(group)])
        if after:
            pos = m.end(group) + after.start(1)
            found.append(Span(pos, pos + len(after.group(1)), after.group(1), "day"))
        elif before:
            found.append(Span(before.start(1), before.end(1), before.group(1), "day"))
    return outside_quotes(doc, s, found)


def _in_date(text: str, start: int, end: int, date_spans: list[Span]) -> bool:
    return any(d.start <= start < d.end or d.start < end <= d.end for d in date_spans)


def numbers(doc: Document, s: Sentence, *, quoted: bool = False) -> list[Span]:
    """Counts and amounts: not years, days, times, versions, ordinals, "Windows 10"."""
    text = s.text
    # Any 1800-2099 number without a thousands comma may be a year: neither count nor date
    # unless dates() recognizes it as a year.
    date_spans = dates(doc, s) + [Span(m.start(), m.end(), m.group()) for m in
                                  FOUR_DIGITS.finditer(text)]
    date_spans += [Span(m.start(), m.end(), m.group()) for m in TIME_RE.finditer(text)]
    found = []
    for m in NUMBER_RE.finditer(text):
        start, end = m.start(2), m.end(2)
        if _in_date(text, start, end, date_spans):
            continue
        before = text[:m.start()].rstrip()
        last = before.split()[-1] if before.split() else ""
        if last[:1].isupper() and last.rstrip(".,") not in QUALIFIERS and not last.endswith(","):
            continue  # "Windows 10", "No. 5", "Route 66"
        if re.match(r"(?:st|nd|rd|th|e|er|ème)\b", text[end:]):
            continue
        if m.group(2) in name_numbers(doc):
            continue  # "your entire 360 library" where the page writes "Xbox 360"
        found.append(Span(start, end, m.group(2), "digits"))
    if doc.english:
        for m in re.finditer(rf"(?<![\w-])({'|'.join(SPELLED)})(?![\w-])(?= [a-z])", text):
            found.append(Span(m.start(1), m.end(1), m.group(1), "spelled"))
    inside = [sp for sp in found if doc.in_quote(s, sp.start, sp.end)]
    return inside if quoted else [sp for sp in found if sp not in inside]


def name_numbers(doc: Document) -> set[str]:
    """Numbers the document writes right after a capitalized word: part of a name."""
    cached = doc.__dict__.get("_name_numbers")
    if cached is None:
        cached = doc.__dict__["_name_numbers"] = {
            m.group(1) for p in doc.paragraphs
            for m in re.finditer(r"(?<![.!?] )(?<!^)\b[A-Z][\w-]* (\d+(?:\.\d+)?)\b", p)}
    return cached


def qualifiers(doc: Document, s: Sentence) -> list[Span]:
    spans = [Span(m.start(1), m.end(1), m.group(1), "qualifier")
             for m in QUALIFIER_RE.finditer(s.text)]
    return outside_quotes(doc, s, spans)


def bare_counts(doc: Document, s: Sentence) -> list[Span]:
    """A number counting something ("killing 2 people", "$150,000 in damages") with no
    qualifier before it: where a qualifier can be added."""
    found = []
    for sp in numbers(doc, s):
        before = s.text[:sp.start].rstrip("$€£ ").lower()
        if re.search(rf"\b(?:{_QUAL})$", before) or not re.search(r"[a-z,]$", before):
            continue
        if re.search(r"\b(?:between|and|or|to|x|by|from|than|of the|no|a|an|the)$", before):
            continue  # ranges, sizes, "no 5"
        if re.match(r"(?:-| to | and | or | x )", s.text[sp.end:]):
            continue
        if re.match(r"(?:%| ?percent| [a-z]{3,})", s.text[sp.end:]):
            start = sp.start - (1 if s.text[sp.start - 1:sp.start] in "$€£" else 0)
            found.append(Span(start, start, "", "bare"))
    return found


# --- quotes -----------------------------------------------------------------------------------


def long_quotes(doc: Document, s: Sentence, min_words: int = 4) -> list[Span]:
    """Direct quotes of `min_words`+ words wholly inside the sentence (double quotes, «»,
    „“); single curly quotes are scare quotes or British style, left out."""
    found = []
    for a, b in doc.quote_spans(s):
        inner = s.text[a:b]
        whole = 0 < a or s.text[0] in "\"\u201c\u00ab\u201e"
        if inner[:1] in "\"\u201c\u00ab\u201e" and whole and len(words(inner)) >= min_words:
            if inner[-1:] in "\"\u201d\u00bb\u201c" and b <= len(s.text):
                found.append(Span(a, b, inner, "quote"))
    return found


def has_partial_quote(doc: Document, s: Sentence) -> bool:
    """A quote that starts or ends outside this sentence (a multi-sentence quote), or one
    opened and never closed in its paragraph (it goes on in the next)."""
    paragraph = doc.paragraphs[s.paragraph]
    for a, b in doc.quotes.get(s.paragraph, []):
        if (a < s.start < b) or (a < s.end < b):
            return True
        if s.start <= a < s.end and paragraph[b - 1] not in "\"\u201d\u00bb\u201c\u2019":
            return True
    return False


INNER_BREAK = re.compile(r"[a-z0-9][.!?][\"\u201d\u2019)]*\s+[(\"\u201c]*[A-Z]")


def several_sentences(s: Sentence) -> bool:
    """pysbd left two sentences in one piece ("... seen.” (Besecker does not ...)")."""
    return bool(INNER_BREAK.search(s.text))


# --- polarity and modality -------------------------------------------------------------------

AUX_MODAL = "will would can could should must"
AUX_BE = "is are was were"
AUX_HAVE = "has have had"
_NOT_AFTER = set("not n't also still now already just only even never always likely probably "
                 "soon be to a an the".split()) - {"be", "a", "an", "the", "to"}
NEGATED_RE = re.compile(rf"\b({'|'.join((AUX_MODAL + ' ' + AUX_BE + ' ' + AUX_HAVE).split())}) not\b")
CONTRACTED_NEG = {"isn't": "is", "wasn't": "was", "aren't": "are", "weren't": "were",
                  "won't": "will", "can't": "can", "couldn't": "could", "wouldn't": "would",
                  "shouldn't": "should", "hasn't": "has", "haven't": "have", "hadn't": "had"}
# Opposites (closed, general English): word -> opposite, every inflection listed.
_OPPOSITES = """win lose|wins loses|won lost|winning losing|guilty innocent|convicted acquitted
available unavailable|success failure|successful unsuccessful|better worse|best worst
largest smallest|biggest smallest|highest lowest|rose fell|risen fallen|rising falling
increase decrease|increased decreased|increases decreases|increasing decreasing
approved rejected|approve reject|accepted rejected|able unable|likely unlikely|legal illegal
possible impossible|positive negative|higher lower|stronger weaker|gained lost|safe unsafe
agreed refused|supported opposed|confirmed denied
improved worsened|more less|true false|effective ineffective"""
OPPOSITES: dict[str, str] = {}
for _pair in _OPPOSITES.replace("\n", "|").split("|"):
    _a, _b = _pair.split()
    OPPOSITES.setdefault(_a, _b)
    OPPOSITES.setdefault(_b, _a)
OPPOSITES.pop("lost")  # "lost" is both won's and gained's opposite: keep one direction each
OPPOSITES["lost"] = "won"
del OPPOSITES["more"], OPPOSITES["less"]  # too often a quantity word
HEDGES = ("reportedly", "allegedly", "probably", "possibly", "apparently")


def negation_sites(doc: Document, s: Sentence) -> list[Span]:
    """Where "not" can go in (after an auxiliary) or out (an auxiliary's "not"/"n't")."""
    text, found = s.text, []
    aux = "|".join((AUX_MODAL + " " + AUX_BE).split())
    for m in re.finditer(rf"\b({aux}) (?!not\b)([a-z]+)\b", text):
        if m.group(2) not in _NOT_AFTER and not re.search(r"\b(?:not|never)\s*$", text[:m.start()]):
            found.append(Span(m.end(1), m.end(1), "", "insert"))
    for m in re.finditer(rf"\b({AUX_HAVE.replace(' ', '|')}) (been|[a-z]+(?:ed|en))\b", text):
        found.append(Span(m.end(1), m.end(1), "", "insert"))
    for m in NEGATED_RE.finditer(text):
        found.append(Span(m.end(1), m.end(), "", "remove"))
    for m in re.finditer(rf"\b({'|'.join(CONTRACTED_NEG)})\b", text.replace("\u2019", "'")):
        found.append(Span(m.start(), m.end(), m.group(), "uncontract"))
    return outside_quotes(doc, s, found)


def opposite_sites(doc: Document, s: Sentence) -> list[Span]:
    found = []
    for m in re.finditer(r"(?<![\w'\u2019-])[a-z]+(?![\w'\u2019-])", s.text):
        word = m.group()
        if word not in OPPOSITES:
            continue
        before = s.text[:m.start()].split()[-1:] or [""]
        if word in ("better", "worse") and before[0] not in ("is", "was", "are", "were", "be",
                                                              "been", "much", "far", "even"):
            continue
        if word == "guilty" and before[0] == "not":
            continue
        found.append(Span(m.start(), m.end(), word, "opposite"))
    return outside_quotes(doc, s, found)


def modality_sites(doc: Document, s: Sentence) -> list[Span]:
    text, found = s.text, []
    hedged = re.search(rf"\b(?:{'|'.join(HEDGES)}|may|might|could)\b", text)
    for m in re.finditer(r"\b(has|have|had|was|were|is|are) ([a-z]{3,}ed)\b", text):
        if m.group(2) not in REPORTING_LIKE and not hedged:
            found.append(Span(m.end(1), m.end(1), "", "hedge_after_aux"))
    for m in re.finditer(r"\bwill (?!not\b)([a-z]{2,})\b", text):
        if m.group(1) not in _NOT_AFTER:
            found.append(Span(m.start(), m.start() + 4, "will", "will_to_may"))
    for m in re.finditer(r"\b(may|might) (?!not\b|have\b|be\b)([a-z]{2,})\b", text):
        found.append(Span(m.start(1), m.end(1), m.group(1), "may_to_will"))
    aux = "|".join((AUX_MODAL + " " + AUX_BE + " " + AUX_HAVE).split())
    for m in re.finditer(rf"\b({'|'.join(HEDGES)}) (\w+)", text):
        if m.group(2).endswith("ed") or re.search(rf"\b(?:{aux}) $", text[:m.start()]):
            found.append(Span(m.start(), m.start(2), m.group(1), "hedge_removed"))
    return outside_quotes(doc, s, found)
