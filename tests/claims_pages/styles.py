"""Style-only edits (expected: no change at all), each made where the text carries what it
edits: a typo only in a dictionary word (pyspellchecker, the page's language) whose misspelling
is no word; "U.S." only where the page writes it; an Oxford comma only in a real list; a
contraction only on a real "did not". Lines that are not claims (calls to action, bylines,
ads, teasers) come from templates with varied wording.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from functools import cache

from spellchecker import SpellChecker

from . import features as F
from .corpus import Document, Sentence
from .edits import Candidate, splice, unique, with_line, with_sentence

STYLE_KINDS = ("typo", "abbreviation", "punctuation", "quote_marks", "sentence_reorder",
               "paragraph_reorder", "call_to_action", "byline_timestamp", "whitespace",
               "paragraph_split", "ad_teaser", "paraphrase", "contraction")
ENGLISH_ONLY = {"abbreviation", "paraphrase", "contraction"}

FIRST = "Jane Maria David Aisha Tom Lucía Kenji Sarah Omar Emily Pierre Ingrid".split()
LAST = "Doe Okafor Nguyen Schmidt Rossi Patel Brennan Kowalski Haddad Lindqvist Moreau".split()
ZONES = "EST ET PT GMT BST CET AEST".split()
OUTLETS = "the Daily Ledger|Metro Wire|The Evening Courier|Northside News|Globe Report".split("|")
ABBREVIATIONS = [  # (pattern, replacement) both ways; only where the page writes the pattern
    (r"\bU\.S\.(?!\w)", "US"), (r"\bUS\b(?![$\u20ac])", "U.S."), (r"\bU\.K\.(?!\w)", "UK"),
    (r"\bUK\b", "U.K."), (r"\bU\.N\.(?!\w)", "UN"), (r"\bUN\b", "U.N."),
    (r"(?<=\d) percent\b", "%"), (r"(?<=\d)%", " percent"), (r"(?<=\d) per cent\b", " percent"),
    (r"\bDr\.(?= [A-Z])", "Dr"), (r"\bDr(?= [A-Z])", "Dr."), (r"\bMr\.(?= [A-Z])", "Mr"),
    (r"\bMr(?= [A-Z])", "Mr."), (r"\bMrs\.(?= [A-Z])", "Mrs"), (r"\bMs\.(?= [A-Z])", "Ms"),
    (r"(?<=[a-z] )(?<=[A-Z][a-z]{2} )St\.(?=[ ,][a-z]|,)", "Street"),
    (r"(?<=[A-Z][a-z]{2} )Street\b", "St."),
]
PARAPHRASES = [  # outside quotes only
    (r"\bsaid\b", "stated"), (r"\bsays\b", "states"), (r"\bover(?= [$€£]?\d)", "more than"),
    (r"\bmore than(?= [$€£]?\d)", "over"), (r"\babout(?= [$€£]?\d)", "around"),
    (r"\baround(?= [$€£]?\d)", "about"), (r"\bnearly(?= [$€£]?\d)", "almost"),
    (r"\balmost(?= [$€£]?\d)", "nearly"), (r"\bbecause of\b", "due to"),
    (r"\bin order to\b", "to"), (r"\bapproximately(?= [$€£]?\d)", "about"),
]
CONTRACTIONS = {"did not": "didn't", "does not": "doesn't", "do not": "don't", "is not": "isn't",
                "was not": "wasn't", "were not": "weren't", "are not": "aren't",
                "will not": "won't", "cannot": "can't", "has not": "hasn't", "have not": "haven't",
                "had not": "hadn't", "would not": "wouldn't", "could not": "couldn't",
                "should not": "shouldn't", "it is": "it's", "they are": "they're"}
CONTRACTIONS |= {v: k for k, v in CONTRACTIONS.items() if k not in ("it is", "they are")}
ADS = {"en": ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
              "Sponsored content", "AD"],
       "fr": ["Publicité", "PUBLICITÉ"], "es": ["Publicidad", "Anuncio"], "de": ["Anzeige", "Werbung"]}
TEASER_HEADS = {"en": ["Related: ", "Read more: ", "Recommended: ", "Watch: ", "MORE: "],
                "fr": ["Lire aussi : ", "À lire aussi : "], "es": ["Lea también: ", "Más: "],
                "de": ["Lesen Sie auch: ", "Mehr zum Thema: "]}


@cache
def _speller(lang: str) -> SpellChecker:
    return SpellChecker(language=lang)


def call_to_action(lang: str, rng: random.Random) -> str:
    if lang == "fr":
        return rng.choice(["Abonnez-vous à notre newsletter pour recevoir l'essentiel de l'actualité chaque matin.",
                           f"Abonnez-vous pour {rng.choice(('1 €', '2 €'))} le premier mois.",
                           "Téléchargez notre application pour suivre l'actualité en direct."])
    if lang == "es":
        return rng.choice(["Suscríbete a nuestro boletín y recibe las noticias más importantes del día.",
                           "Descarga nuestra aplicación y recibe alertas de última hora.",
                           "Síguenos en X e Instagram."])
    if lang == "de":
        return rng.choice(["Abonnieren Sie unseren Newsletter – jetzt 4 Wochen gratis testen.",
                           "Laden Sie unsere App herunter und verpassen Sie keine Nachricht.",
                           "Folgen Sie uns auf X und Facebook."])
    c = rng.choice
    return c([
        f"Sign up for our {c(('daily', 'weekly', 'morning', 'free'))} "
        f"{c(('newsletter', 'briefing', 'digest'))} to get "
        f"{c(('the day’s top stories', 'the latest news', 'our best journalism'))} "
        f"{c(('in your inbox', 'every morning', 'before breakfast'))}.",
        f"Subscribe today and get your first month for {c(('$1', '99 cents', '£1', 'half price'))}.",
        f"Read more: The {c((5, 7, 10, 12))} best {c(('gadgets', 'phones', 'podcasts', 'books'))} "
        f"of the year",
        f"Follow us on {c(('X', 'Twitter', 'Facebook', 'Instagram', 'Threads'))} "
        f"{c(('for the latest updates', 'for breaking news', '@dailyledger'))}.",
        f"Download our app for {c(('breaking news alerts', 'the latest headlines', 'live scores'))}.",
        f"Get unlimited digital access for just {c(('$1', '$2', '€1'))} a week. Cancel anytime.",
        f"Support independent journalism: become a member from {c(('$5', '$8', '£4'))} a month.",
        "Like this story? Share it with a friend.",
        f"Have a news tip? Email us at tips@{c(('ledger', 'metrowire', 'courier'))}.com.",
        f"Listen to this article ({c((4, 6, 9))} min)",
    ])


def byline(rng: random.Random) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    hour, minute = rng.randint(1, 12), rng.randint(0, 59)
    month = rng.choice(F.MONTHS["en"])
    return rng.choice([
        f"By {name} | Updated {hour}:{minute:02d} {rng.choice(('AM', 'PM'))} {rng.choice(ZONES)}",
        f"By {name}, {rng.choice(OUTLETS)} staff writer",
        f"Published {month} {rng.randint(1, 28)}, {rng.randint(2014, 2025)} at {hour}:{minute:02d} "
        f"{rng.choice(('a.m.', 'p.m.'))} {rng.choice(ZONES)}",
        f"Updated {rng.randint(1, 28)} {month} {rng.randint(2014, 2025)} {hour}:{minute:02d} "
        f"{rng.choice(ZONES)}",
        f"{name} \u00b7 {rng.randint(2, 12)} min read",
    ])


def _typos(word: str, rng: random.Random) -> list[str]:
    i = rng.randint(1, len(word) - 2)
    out = []
    if word[i] != word[i + 1]:
        out.append(word[:i] + word[i + 1] + word[i] + word[i + 2:])  # transposition
    out.append(word[:i] + word[i + 1:])  # dropped letter
    out.append(word[:i] + word[i] + word[i:])  # doubled letter
    return out


def _typo_candidates(doc: Document, s: Sentence, rng: random.Random) -> Iterator[Candidate]:
    speller = _speller(doc.lang)
    found = []
    for m in re.finditer(r"\b[^\W\d_]{4,}\b", s.text):
        w = m.group()
        if not w.islower() or w not in speller or (len(w) < 5 and w not in F.REPORTING):
            continue
        family = ("reporting_verb" if w in F.REPORTING
                  else "in_quote" if doc.in_quote(s, m.start(), m.end()) else "word")
        found.append((family, m))
    rng.shuffle(found)
    for family, m in found[:3]:
        typo = next((t for t in _typos(m.group(), rng) if t not in speller), None)
        if typo:
            with_typo = splice(s.text, m.start(), m.end(), typo)
            old = with_sentence(doc, s, with_typo)
            yield Candidate("typo", family, old, tuple(doc.paragraphs), with_typo, s.text,
                            frozenset(), s.text)


def _sub(kind: str, family: str, doc: Document, s: Sentence, m: re.Match[str], new: str,
         *, quoted_ok: bool = False) -> Candidate | None:
    if not quoted_ok and doc.in_quote(s, m.start(), m.end()):
        return None
    if kind == "abbreviation" and new.endswith(".") and s.text[m.end():m.end() + 1] == ".":
        new = new[:-1]  # "the US." -> "the U.S."
    text = splice(s.text, m.start(), m.end(), new)
    if kind == "abbreviation" and m.end() == len(s.text) and not new.endswith("."):
        text += "."  # "in the U.S." ending the sentence -> "in the US."
    return Candidate(kind, family, tuple(doc.paragraphs), with_sentence(doc, s, text), s.text,
                     text, frozenset(), s.text)


def sentence_styles(doc: Document, s: Sentence, rng: random.Random) -> Iterator[Candidate | None]:
    text = s.text
    yield from _typo_candidates(doc, s, rng)
    if doc.english:
        for pattern, new in ABBREVIATIONS:
            for m in re.finditer(pattern, text):
                yield _sub("abbreviation", m.group().strip(), doc, s, m, new)
        for pattern, new in PARAPHRASES:
            for m in re.finditer(pattern, text):
                yield _sub("paraphrase", m.group(), doc, s, m, new)
        for old, new in CONTRACTIONS.items():
            # "it is"/"they are" contract only before a word: never "... it thinks it's,"
            tail = r"(?= [a-z])" if old in ("it is", "they are") else r"(?!\w)"
            for m in re.finditer(rf"\b{re.escape(old)}{tail}", text.replace("\u2019", "'")):
                yield _sub("contraction", old, doc, s, m, new)
        # A list of three or more short items ("neon, krypton, and xenon"), not an appositive
        # ("John Gille, a physicist, and ...").
        item = r"(?!(?:a|an|the|who|which)\b)(?:\w+ ){0,2}\w+"
        for m in re.finditer(rf"\b({item}), ({item}), (and|or) (?!(?:a|an|the)\b)", text):
            yield _sub("punctuation", "oxford_removed", doc, s, m, f"{m[1]}, {m[2]} {m[3]} ")
        for m in re.finditer(rf"\b({item}), ({item}) (and|or) (?!(?:a|an|the)\b)(?=\w)", text):
            yield _sub("punctuation", "oxford_added", doc, s, m, f"{m[1]}, {m[2]}, {m[3]} ")
        for m in re.finditer(r"^(However|Meanwhile|Still|Instead|Now|In \d{4}|Last year|Today),", text):
            yield _sub("punctuation", "intro_comma", doc, s, m, m[1])
    for m in re.finditer(r" ?[\u2014\u2013] ?| -- ", text):
        yield _sub("punctuation", "dash", doc, s, m,
                   rng.choice([" \u2013 ", "\u2014", " \u2014 ", " - ", " -- "]), quoted_ok=True)
    if re.search("[\u201c\u201d\u2018\u2019]", text):
        new = text.translate(str.maketrans("\u201c\u201d\u2018\u2019", "\"\"''"))
        yield Candidate("quote_marks", "curly_to_straight", tuple(doc.paragraphs),
                        with_sentence(doc, s, new), text, new, frozenset(), text)
    if re.search("[\"']", text) and not re.search("[\u201c\u201d]", text):
        new = re.sub(r"\"([^\"]*)\"", "\u201c\\1\u201d", text).replace("'", "\u2019")
        yield Candidate("quote_marks", "straight_to_curly", tuple(doc.paragraphs),
                        with_sentence(doc, s, new), text, new, frozenset(), text)
    if "\u00ab" in text:
        new = re.sub("\u00ab\\s*", "\u201c", re.sub("\\s*\u00bb", "\u201d", text))
        yield Candidate("quote_marks", "guillemets", tuple(doc.paragraphs),
                        with_sentence(doc, s, new), text, new, frozenset(), text)
    spaces = [m.start() for m in re.finditer(" ", text)]
    if spaces:
        i = rng.choice(spaces)
        new = text[:i] + rng.choice(("  ", " \u00a0", "\t", "   ")) + text[i + 1:]
        yield Candidate("whitespace", "inner_space", tuple(doc.paragraphs),
                        with_sentence(doc, s, new), text, new, frozenset(), text)


def document_styles(doc: Document, titles: list[str], rng: random.Random) -> Iterator[Candidate]:
    """Edits of paragraphs and lines: reorders, splits, inserted lines."""
    old = tuple(doc.paragraphs)
    prose = [i for i, p in enumerate(doc.prose) if p]
    by_paragraph: dict[int, list[Sentence]] = {}
    for s in doc.sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    for i in prose:
        sentences = by_paragraph.get(i, [])
        for a, b in zip(sentences, sentences[1:], strict=False):
            if F.has_partial_quote(doc, a) or F.has_partial_quote(doc, b):
                continue
            if not (a.text[:1].isupper() and b.text[:1].isupper()):
                continue  # a fragment (a sentence an ad line cut) is not moved
            p = doc.paragraphs[i]
            swapped = p[:a.start] + b.text + p[a.end:b.start] + a.text + p[b.end:]
            yield _paragraph_edit(doc, "sentence_reorder", "adjacent", i, swapped, a.text)
            if not doc.in_quote(a, len(a.text) - 1, len(a.text)):
                split = p[:a.end].rstrip() + doc.joiner + p[b.start:]
                yield _paragraph_edit(doc, "paragraph_split", "split", i, split, a.text)
        if i + 1 in prose:
            new = list(old)
            new[i], new[i + 1] = new[i + 1], new[i]
            yield Candidate("paragraph_reorder", "adjacent", old, tuple(new),
                            f"{old[i][:150]} \u00b6 {old[i + 1][:150]}",
                            f"{old[i + 1][:150]} \u00b6 {old[i][:150]}", frozenset(), old[i])
            merged = list(old)
            merged[i:i + 2] = [old[i] + " " + old[i + 1]]
            yield Candidate("paragraph_split", "merge", old, tuple(merged), old[i], merged[i],
                            frozenset(), old[i])
    for _ in range(4):
        where = rng.choice(prose) + 1 if prose else len(old)
        line = call_to_action(doc.lang, rng)
        yield Candidate("call_to_action", "line", old, with_line(doc, where, line), "", line,
                        frozenset(), line)
        line = byline(rng)
        top = 1 if len(old) > 1 and not doc.prose[0] else 0
        yield Candidate("byline_timestamp", "added", old, with_line(doc, top, line), "", line,
                        frozenset(), line)
        changed = byline(rng)
        yield Candidate("byline_timestamp", "changed", with_line(doc, top, line),
                        with_line(doc, top, changed), line, changed, frozenset(), changed)
        line = rng.choice(ADS[doc.lang])
        yield Candidate("ad_teaser", "ad_line", old, with_line(doc, where, line), "", line,
                        frozenset(), line)
        other = [t for t in titles if t not in doc.text()]
        if other:
            line = rng.choice(TEASER_HEADS[doc.lang]) + rng.choice(other)
            yield Candidate("ad_teaser", "teaser_line", old, with_line(doc, where, line), "",
                            line, frozenset(), line)
    for i in prose:
        p = doc.paragraphs[i]
        cuts = [m.start() for m in re.finditer(r"(?<=[a-z]) (?=[a-z]{3,} )", p)]
        if len(cuts) > 6:
            cut = rng.choice(cuts[2:-2])
            ad = rng.choice(ADS[doc.lang])
            new = p[:cut] + doc.joiner + ad + doc.joiner + p[cut + 1:]
            yield _paragraph_edit(doc, "ad_teaser", "ad_splits_paragraph", i, new, p)
    if len(prose) >= 2:
        yield Candidate("whitespace", "blank_lines", old,
                        tuple(p + ("\n" if k % 2 else "  ") for k, p in enumerate(old)),
                        "", "", frozenset(), "blank_lines")


def _paragraph_edit(doc: Document, kind: str, family: str, i: int, new_paragraph: str,
                    sentence: str) -> Candidate:
    new = list(doc.paragraphs)
    new[i] = new_paragraph
    return Candidate(kind, family, tuple(doc.paragraphs), tuple(new), doc.paragraphs[i],
                     new_paragraph, frozenset(), sentence)


def styles(doc: Document, titles: list[str], rng: random.Random) -> Iterator[Candidate]:
    for s in doc.prose_sentences():
        if unique(doc, s) and not F.has_partial_quote(doc, s):
            yield from (c for c in sentence_styles(doc, s, rng) if c is not None)
    yield from document_styles(doc, titles, rng)
