"""Property tests of the claim detector (hypothesis): it answers on any text, and a style-only
perturbation of a news-like text never reads as a claim change.

Deterministic for CI: `derandomize=True` (examples derived from the test itself), no example
database, no deadline (the first call builds caches); `max_examples` bounded so the module runs
in well under 20 s.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spellchecker import SpellChecker

from monitor.claims import ClaimDiff, compare_versions, extract_claims

CI = settings(max_examples=100, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# --- any text ------------------------------------------------------------------------------


def _answers(old: str, new: str) -> None:
    claims = extract_claims(new)
    assert isinstance(claims, list)
    for claim in claims:
        assert claim.sentence
    diff = compare_versions(old, new)
    assert isinstance(diff, ClaimDiff)
    for change in diff.changes:
        change.to_dict()
    assert isinstance(diff.summary, str)


@CI
@given(st.text(max_size=600), st.text(max_size=600))
def test_any_unicode_text(old, new):
    _answers(old, new)


@CI
@given(st.lists(st.sampled_from(["Police said", "“", "”", "\"", "«", "»", "—", "–", "-", "\n",
                                 "\n\n", ".", "?", "!", ":", ";", "U.S.", "Dr.", "Mr.", "'s",
                                 "not", "never", "may", "reportedly", "at least", "over", "5",
                                 "Monday", "July", "2019", "According to", "AD", "By Jane Doe",
                                 "\u200b", "\u00a0", "\ufeff", "\u202e", "🙂", "ﬁ", "Ⅻ", "١٢٣",
                                 "e\u0301", "\t", "  ", "...", "…", "(", ")", "[", "]"]),
                max_size=80).map(" ".join),
       st.text(max_size=80))
def test_news_shaped_noise(noise, tail):
    _answers(noise, noise + tail)
    _answers(noise + tail, noise)


# --- numbers in every notation ---------------------------------------------------------------

NUMBERS = [
    "01.01.2019", "31.12.1999", "2019-01-01", "1/2/2019", "3.11.7", "v2.0.1", "10.0.0.1",
    "+1 (555) 123-4567", "555-0199", "+44 20 7946 0958", "10-12", "10–12", "10 - 12",
    "3/4", "½", "1 ½", "¾", "2⅓", "$1.5bn", "€3,000", "£2.3m", "¥500", "US$40", "$1,000,000",
    "12%", "12.5 percent", "-5%", "+3.2", "1,234.56", "1.234,56", "1 234 567", "1e6", "1E-9",
    "0.000001", "#1", "No. 5", "24/7", "9/11", "1st", "22nd", "3rd", "7:14", "07:14:33",
    "7:14 a.m.", "1990s", "'90s", "4K", "60FPS", "3.5mm", "5G", "COVID-19", "x2", "2x",
    "one-two", "twenty-five", "a dozen", "dozens", "hundreds of thousands", "1.5 billion",
    "٣", "१२", "Ⅻ", "99999999999999999999999999", "0", "00", "1.", ".5", "5.", "1,2,3",
]
UNITS = ["people", "dollars", "years", "percent", "", "km", "trucks", "votes"]


@st.composite
def number_sentence(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        qualifier = draw(st.sampled_from(["", "over ", "about ", "at least ", "nearly ",
                                          "up to ", "between "]))
        parts.append(f"{qualifier}{draw(st.sampled_from(NUMBERS))} "
                     f"{draw(st.sampled_from(UNITS))}".strip())
    verb = draw(st.sampled_from(["said", "reported", "confirmed", "estimated"]))
    return f"Officials {verb} {', '.join(parts)} were counted on Monday, according to Reuters."


@CI
@given(number_sentence(), number_sentence())
def test_numbers_in_every_notation(old, new):
    _answers(old, new)
    _answers(f"{old}\n\n{new}", f"{new}\n\n{old}")
    _answers(f"“{old}” the spokesperson said.", f"“{new}” the spokesperson said.")


def test_every_number_notation_alone():
    for number in NUMBERS:
        for other in ("5", number + "0", "about " + number):
            _answers(f"The figure was {number} on Monday.", f"The figure was {other} on Monday.")


# --- very long sentences -------------------------------------------------------------------


@settings(max_examples=6, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.sampled_from(["clause", "word", "digits", "quote", "commas"]), st.integers(10_000, 14_000))
def test_very_long_sentences(shape, length):
    unit = {"clause": "officials said 35 people were hurt in Gaza on Monday and ",
            "word": "a", "digits": "7", "quote": "“we will not stop” ",
            "commas": "Hamas, Israel, Qatar, 1,000, "}[shape]
    body = (unit * (length // len(unit) + 1))[:length]
    old = f"The report, released Monday, found {body}."
    new = f"The report, released Tuesday, found {body[:-1]}x."
    assert len(old) > 10_000
    _answers(old, new)


# --- style-only perturbations never change a claim -----------------------------------------

ARTICLE = """\
Officials in the U.S. said on Tuesday that at least 42 people were injured when a bridge \
collapsed near Springfield, according to the state transportation department.

“We are doing everything we can to reach the families,” Governor Maria Lopez told reporters. \
She said the bridge had been inspected in 2019 and was considered safe.

The U.S. Army Corps of Engineers will send a team of 12 engineers to the site. Rescue workers \
searched the river through the night, and the Coast Guard closed a 3-mile stretch to boats.

Traffic on the highway was diverted for about 30 miles, the agency said. Investigators have \
not determined what caused the collapse, a spokesperson said in a statement."""

_SPELLER = SpellChecker(language="en")
_TYPO_WORDS = sorted({w for w in re.findall(r"\b[a-z]{6,}\b", ARTICLE) if w in _SPELLER})


@st.composite
def style_edit(draw) -> tuple[str, str]:
    """(old, new): the article with a typo (old only) and quote marks, spacing, U.S./US and
    paragraph breaks varied between the two versions."""
    old = new = ARTICLE
    if draw(st.booleans()):  # a typo in the old version, fixed in the new one
        word = draw(st.sampled_from(_TYPO_WORDS))
        i = draw(st.integers(1, len(word) - 3))
        typo = draw(st.sampled_from([word[:i] + word[i + 1] + word[i] + word[i + 2:],
                                     word[:i] + word[i + 1:], word[:i] + word[i] + word[i:]]))
        if typo not in _SPELLER and typo != word:
            old = re.sub(rf"\b{word}\b", typo, old, count=1)
    if draw(st.booleans()):
        new = new.replace("“", '"').replace("”", '"')
    if draw(st.booleans()):
        new = new.replace("U.S. Army", "US Army")
    if draw(st.booleans()):
        new = new.replace("Officials in the U.S.", "Officials in the US")
    spaces = [m.start() for m in re.finditer(" ", new)]
    for position in sorted(draw(st.sets(st.sampled_from(spaces), max_size=5)), reverse=True):
        new = new[:position] + draw(st.sampled_from(["  ", "\u00a0", " \n", "\t"])) + new[position + 1:]
    if draw(st.booleans()):
        new = new.replace("to the site. Rescue", "to the site.\n\nRescue")
    if draw(st.booleans()):
        new = "By Jane Doe | Updated 3:41 PM EST\n\n" + new
    return old, new


@CI
@given(style_edit())
def test_style_only_perturbation_is_no_claim_change(edit):
    old, new = edit
    diff = compare_versions(old, new)
    assert diff.changes == [], [c.to_dict() for c in diff.changes]
