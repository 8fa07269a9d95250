"""Names: runs of capitalized words and their kind (person, org, place, ...), the speaker a
reporting verb or "according to" names, names too close to an attribution to be swapped.
General rules (capitalization, titles, closed lists of role and organization words)."""

from __future__ import annotations

import re

from .corpus import Document, Sentence
from .features import (
    ATTRIBUTION_LIKE,
    GROUP_NOUNS,
    MONTHS,
    REPORTING,
    REPORTING_LIKE,
    SAY,
    SPELLED,
    STOP,
    WEEKDAYS,
    Span,
    outside_quotes,
)

ZONE_WORDS = set("AM PM ET EST EDT PT PST PDT CT CST GMT BST CET UTC AEST".split())
TITLES = ("Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. President Sen. Senator Rep. Gov. Governor Judge "
          "Justice Officer Sgt. Capt. Prof. Professor Minister Secretary Chancellor Mayor "
          "Detective Chief Director Coach").split()
ORG_WORDS = set(("University College Department Ministry Center Centre Council Party Inc Inc. "
                 "Corp Company Group Street Court House News Times Post Journal Institute "
                 "Association Agency Bank Hospital School Committee Commission Service Office "
                 "Foundation Museum League Club Union Board Police Army Force Fund Church "
                 "Network Channel Press Magazine Airlines Motors Labs Technologies").split())
PLACE_WORDS = set(("City County State States Kingdom Republic Island Islands River Park Beach "
                   "Mountain Mountains Lake Valley Bay Coast Strait Sea Ocean Province "
                   "Region District Square Avenue Road Bridge Airport").split())
# A lowercase role word right before a name says it is a person's ("the philosopher Luis de
# Miranda", "skipper Wade Bassi").
ROLE_NOUNS = set(("president chairman chairwoman director editor developer professor spokesman "
                  "spokeswoman spokesperson ranger minister secretary leader chief analyst "
                  "economist researcher scientist author writer founder ceo executive skipper "
                  "coach player actress actor singer colleague husband wife son daughter mother "
                  "father brother sister philosopher chemist physicist historian lawyer attorney "
                  "judge senator governor mayor commissioner officer detective inspector "
                  "reporter correspondent envoy ambassador adviser advisor manager owner "
                  "astronomer meteorologist mathematician engineer doctor nurse member fellow "
                  "partner resident student teacher candidate").split())
_LETTERS = "a-zA-Z\u00c0-\u017f"
CAP_TOKEN = (rf"(?:(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Jr|Sr|Co|Inc|Corp|Ltd)\."
             rf"|[A-Z](?:\.[A-Z])+\."
             rf"|[A-Z][{_LETTERS}-]*(?:['\u2019](?!s\b)[{_LETTERS}]+)?[{_LETTERS}]?|[A-Z]{{2,}})")
# A middle initial ("Morris W. Travers") continues a run; "One X. And" is a sentence break.
_INITIAL = r"[A-Z]\.(?= (?!(?:And|The|But|In|On|It|He|She|They|This|That|A|An|As)\b)[A-Z][a-z])"
_PARTICLE = r"(?:(?:de|van|von|der|al|bin|da|du|del|la|le) )?"
CAP_RUN = re.compile(rf"(?<![\w'\u2019.-]){CAP_TOKEN}(?: {_PARTICLE}(?:{_INITIAL}|{CAP_TOKEN}))*"
                     rf"(?=['\u2019]s\b|(?![\w'\u2019-]))")
_REPORT = "|".join(REPORTING)
_PREFIX = re.compile(r"^[\s\"'\u201c\u2018\u00ab(\u2014-]*$")


# --- names, speakers -------------------------------------------------------------------------


def name_runs(doc: Document, s: Sentence) -> list[Span]:
    """Runs of capitalized words, minus a sentence starter, months and weekdays; possessive
    's cut; a single capitalized word opening the sentence is not a name (it may be any word)."""
    text, found = s.text, []
    calendar = (set(MONTHS.get(doc.lang, [])) | set(WEEKDAYS.get(doc.lang, [])) | set(MONTHS["en"])
                | ZONE_WORDS)
    for m in CAP_RUN.finditer(text):
        tokens = m.group().split(" ")
        start = m.start()
        at_start = bool(_PREFIX.match(text[:start]) or re.search(r"(?:[:\u2014\u2013]|--) *$",
                                                                 text[:start]))
        while tokens and (tokens[0].lower() in STOP or tokens[0] in calendar
                          or re.match(r"I(?:['\u2019]\w+)?$", tokens[0])):
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
            at_start = False
        if not tokens or any(t in calendar or t.lower() in SPELLED or re.match(r"I['\u2019]", t)
                             for t in tokens):
            continue
        if at_start and len(tokens) == 1:
            continue
        if re.search(r"[A-Z][\w.]* (?:of|for|of the|for a|for the|on) $", text[:start]):
            continue  # the tail of a longer name: "Committee for a Responsible Federal Budget"
        if re.search(r"\d $", text[:start]):
            continue  # "$100 Australian" (a currency), "Xbox 360 Elite"
        if re.match(r" of (?:the )?[A-Z0-9]", text[m.end():]):
            continue  # the head of a longer name: "Presidential Medal of Freedom"
        run = " ".join(tokens)
        for suffix in ("'s", "\u2019s"):
            if run.endswith(suffix):
                run = run[: -len(suffix)]
        if len(run) < 2 or run.lower() in STOP or run.rstrip(".") in TITLES + ["Co", "Inc"]:
            continue
        found.append(Span(start, start + len(run), run, _refine(doc, kind(run, text, start), run)))
    return outside_quotes(doc, s, found)


def surnames(doc: Document) -> set[str]:
    """Last words of the document's person names (a title, a role word or an attribution
    marks them): "Obama" alone is then a person's name, not a place's."""
    cached = doc.__dict__.get("_surnames")
    if cached is None:
        cached = doc.__dict__["_surnames"] = set()
        for s in doc.prose_sentences():
            for m in CAP_RUN.finditer(s.text):
                tokens = m.group().split()
                before = s.text[:m.start()].split()[-1:] or [""]
                if len(tokens) > 1 and _person_cue(tokens, before[0], s.text[m.end():], strong=True):
                    cached.add(tokens[-1])
    return cached


def _refine(doc: Document, found_kind: str, run: str) -> str:
    if found_kind in ("name", "multi") and run.split()[-1] in surnames(doc):
        return "surname" if found_kind == "name" else "person"
    return found_kind


def kind(run: str, text: str = "", start: int = 0) -> str:
    """acronym, name (one word), person (a title before it, or a 2-3 word name followed by a
    reporting verb, ", who", ", a/an/the", ", 45,"), org (a word such as University in it),
    multi (other runs of names)."""
    tokens = run.split()
    if len(tokens) == 1:
        if run.replace(".", "").isupper():
            return "dotted" if "." in run else "acronym"
        if run in NATIONALITIES:
            return "demonym"  # "Palestinian state", "American officials", "Tunisian"
        if run.endswith("s") and (run[:-1] in NATIONALITIES or run in GROUPS):
            return "group"  # "Israelis", "Muslims", "Democrats"
        return "name"
    if set(tokens) & ORG_WORDS:
        return "org"
    if set(tokens) & PLACE_WORDS:
        return "place"
    before = text[:start].split()[-1:] or [""]
    after = text[start + len(run):]
    if _person_cue(tokens, before[0], after, strong=False):
        return "person"
    return "multi"


def _person_cue(tokens: list[str], before: str, after: str, *, strong: bool) -> bool:
    """A title or role word before the name, or ", who"/", a ..."/", 45," after it; unless
    `strong`, also a reporting verb after it (not after "in", "and", ...: "prosecutors in San
    Francisco and Los Angeles say")."""
    if len(tokens) > 4 or not all(t[1:].islower() or t.endswith(".") for t in tokens):
        return False
    if tokens[0] in TITLES or before in TITLES or before.lower().removesuffix("s") in ROLE_NOUNS:
        return True
    if re.match(r", (?:who\b|\d+,)", after):
        return True
    appositive = re.match(r", (?:a|an|the)((?: [\w\u2019'-]+){1,5})", after)
    if appositive and set(appositive.group(1).lower().split()) & ROLE_NOUNS:
        return True  # "Robert M. Danin, a senior fellow at ..."
    return not strong and before.lower() not in _LINKS and bool(
        re.match(rf",? (?:{'|'.join(REPORTING)})\b", after))


GROUPS = set("Muslims Christians Jews Catholics Protestants Hindus Buddhists Sikhs Democrats "
             "Republicans Conservatives Liberals Islamists".split())
_LINKS = {"in", "of", "at", "from", "and", "or", "for", "to", "on", "by", "with"}
# Nationality and regional adjectives (a closed list of English words, like month names).
NATIONALITIES = set("""American British English Scottish Welsh Irish Canadian Mexican Brazilian
Argentine Argentinian Chilean Colombian Venezuelan Peruvian Cuban French German Italian Spanish
Portuguese Dutch Belgian Swiss Austrian Swedish Norwegian Danish Finnish Polish Czech Hungarian
Greek Turkish Russian Ukrainian Belarusian Romanian Bulgarian Serbian Croatian Israeli
Palestinian Egyptian Jordanian Lebanese Syrian Iraqi Iranian Saudi Qatari Emirati Yemeni Omani
Kuwaiti Libyan Tunisian Algerian Moroccan Sudanese Ethiopian Kenyan Nigerian Ghanaian Somali
South African Zimbabwean Chinese Japanese Korean Indian Pakistani Afghan Bangladeshi Vietnamese
Thai Indonesian Filipino Malaysian Australian Zealander European African Asian Arab Latin
Kurdish Nepalese Tibetan Taiwanese Mongolian""".split())


def near_attribution(s: Sentence, sp: Span) -> bool:
    """A name within four words of a reporting verb or "according to": changing it may read
    as changing who said it."""
    before = " ".join(s.text[:sp.start].split()[-8:])
    after = " ".join(s.text[sp.end:].split()[:8])
    verbs = "|".join(REPORTING_LIKE | ATTRIBUTION_LIKE)
    pattern = rf"\b(?:{verbs}|according to)\b"
    follows_group = re.match(rf"(?:'s|\u2019s)? (?:{'|'.join(GROUP_NOUNS)})\b", s.text[sp.end:])
    return bool(re.search(pattern, before) or re.search(pattern, after) or follows_group)


def speakers(doc: Document, s: Sentence) -> list[Span]:
    """The name a reporting verb or "according to" attributes the sentence to."""
    text, found = s.text, []
    runs = name_runs(doc, s)
    groups = "|".join(GROUP_NOUNS)
    inverted = "|".join(v for v in REPORTING if v not in ("told", "tells"))
    for run in runs:
        after = text[run.end:]
        before = text[:run.start]
        verb = re.match(rf"(?:(?:'s|\u2019s)? (?:{groups}))?(?: has| had| also| later| then)? "
                        rf"({_REPORT})\b(.?.?.?.?.?)", after)
        # "Ajmi Lourimi, a member of Ennahda's general secretariat, said ..."
        appositive = re.match(rf", (?:a|an|the|who) [^,;\"\u201c]{{3,80}}, (?:{_REPORT})\b", after)
        nested = re.search(rf"\b(?:{_REPORT}|that)\s+(?:\S+\s+)?$", before)
        if appositive and not nested:
            found.append(run)
        elif verb and not nested and (verb.group(1) in SAY or re.match(
                r"(?:[,.:\"\u201c]| that| in an?\b)", verb.group(2))):
            found.append(run)
        elif re.search(rf"(?:[,\"\u201d] (?:{inverted})|\b[Aa]ccording to(?: the)?)\s+"
                       rf"(?:{'|'.join(map(re.escape, TITLES))}\s)?$", before) and \
                re.match(r"(?:[,.;]|$| \()", after):
            found.append(run)
    return found


def people(doc: Document) -> list[str]:
    """Person-like names of a document: speakers and two/three-word person runs."""
    names = []
    for s in doc.prose_sentences():
        for sp in speakers(doc, s) + name_runs(doc, s):
            if sp.kind == "person" and sp.text not in names:
                names.append(sp.text)
    return names
