"""compare_versions on small articles written for the test, the aligner, the word diff."""

from __future__ import annotations

import json

import pytest

from monitor.claims import CHANGE_TYPES, ClaimDiff, compare_versions
from monitor.claims.align import Pair, align
from monitor.claims.frames import make_claim
from monitor.claims.measures import measure_name
from monitor.claims.worddiff import get_opcodes, word_diff

ARTICLE = """Gaza Talks: What We Know

By Staff Reporter | Updated July 27, 2025, 11:40 AM

Ceasefire talks in Doha collapsed on Thursday, officials said. Gaza health officials said over \
35,000 Palestinians have been killed since the war began.

\u201cWe will not return to talks that reward delay,\u201d an Israeli official told reporters. \
Egypt and Qatar have urged both sides to resume negotiations.

The United Nations warned that aid deliveries may fall further next week.

AD

You May Also Like

Markets rally as central bank holds rates steady
"""


def edited(old: str, new: str) -> str:
    assert old in ARTICLE
    return ARTICLE.replace(old, new, 1)


@pytest.mark.parametrize(("new", "expected"), [
    (edited("over 35,000", "over 36,000"),
     [("number_changed", "over 35,000 → over 36,000 (palestinians)")]),
    (edited("over 35,000", "at least 35,000"),
     [("qualifier_changed", "over → at least (palestinians)")]),
    (edited("collapsed on Thursday", "resumed on Thursday"),
     [("polarity_flipped", "collapse → resume")]),
    (edited("collapsed on Thursday", "collapsed on Friday"),
     [("date_changed", "thursday → friday")]),
    (edited("talks in Doha", "talks in Cairo"), [("entity_changed", "Doha → Cairo")]),
    (edited("Egypt and Qatar have urged", "Egypt and Jordan have urged"),
     [("speaker_changed", "Egypt and Qatar → Egypt and Jordan")]),  # who urged: the speakers
    (edited("an Israeli official told", "a US official told"),
     [("speaker_changed", "an Israeli official → a US official")]),
    (edited("talks that reward delay", "talks that reward terror"),
     [("quote_edited", '"We will not return to talks that reward delay" → '
                       '"We will not return to talks that reward terror"')]),
    (edited("may fall further", "will fall further"),
     [("modality_changed", "possible → future")]),
    (edited("Egypt and Qatar have urged both sides to resume negotiations.",
            "Egypt and Qatar have urged both sides to resume negotiations. Hamas released four "
            "hostages on Friday."),
     [("claim_added", '"Hamas released four hostages on Friday."')]),
    (edited("\u201cWe will not return to talks that reward delay,\u201d an Israeli official told "
            "reporters. ", ""),
     [("quote_removed", 'from an Israeli official "We will not return to talks that reward '
                        'delay"')]),
])
def test_each_change_type_on_a_small_article(new, expected):
    diff = compare_versions(ARTICLE, new)
    assert [(c.type, c.detail) for c in diff.changes] == expected


@pytest.mark.parametrize("new", [
    ARTICLE,
    ARTICLE.replace("\u201c", '"').replace("\u201d", '"'),  # straight quotes
    ARTICLE.replace("\n\n", "\n\n\n").replace(". ", ".  "),  # whitespace
    edited("Updated July 27, 2025, 11:40 AM", "Updated July 28, 2025, 08:05 AM"),  # timestamp
    edited("AD\n", "Advertisement\n"),  # an ad
    edited("Markets rally as central bank holds rates steady",
           "Storm warnings issued for the east coast on Friday"),  # a teaser
    edited("Ceasefire talks in Doha collapsed on Thursday, officials said.",
           "Ceasefire talks in Doha collapsed on Thursday, according to officials."),  # rephrase
    edited("Ceasefire talks in Doha collapsed on Thursday, officials said. Gaza health officials",
           "Gaza health officials said over 35,000 Palestinians have been killed since the war "
           "began. Ceasefire talks in Doha collapsed on Thursday, officials said. Gaza health "
           "officials").replace(" Gaza health officials said over 35,000 Palestinians have been "
                                "killed since the war began.\n", "\n", 1),  # sentences moved
    edited("Egypt and Qatar have", "Egypt and Qatar  have"),
    edited("collapsed", "colapsed").replace("colapsed", "collapsed"),  # a typo fixed
])
def test_style_only_edits_give_no_change(new):
    diff = compare_versions(ARTICLE, new)
    assert not diff, diff.summary
    assert diff.changes == [] and diff.summary == "no claim changes"


def test_a_repeated_sentence_removed_once_is_not_a_retraction():
    repeated = ARTICLE.replace("The United Nations warned",
                               "Gaza health officials said over 35,000 Palestinians have been "
                               "killed since the war began.\n\nThe United Nations warned")
    assert not compare_versions(repeated, ARTICLE)


@pytest.mark.parametrize("line", [
    "Sign up for our daily newsletter to get the latest headlines in your inbox.",
    "Subscribe today and get your first month for $1.",
    "Read more: The 10 best gadgets of the year",
    "For more news, follow us on Twitter.",
    "Is the ceasefire holding?",  # a question asserts nothing
])
def test_calls_to_action_and_questions_added_or_removed_are_ignored(line):
    assert not compare_versions(ARTICLE, edited("next week.", f"next week. {line}"))
    assert not compare_versions(ARTICLE, edited("next week.", f"next week.\n\n{line}\n"))


def test_every_declarative_sentence_is_a_claim():
    diff = compare_versions(ARTICLE, edited("next week.", "next week. The mood was grim."))
    assert [c.type for c in diff.changes] == ["claim_added"]


def test_diff_payload_is_json_and_typed():
    new = edited("over 35,000", "over 36,000").replace("talks in Doha", "talks in Cairo")
    diff = compare_versions(ARTICLE, new)
    assert bool(diff) is True
    assert diff.types == {"number_changed", "entity_changed"} <= set(CHANGE_TYPES)
    payload = json.loads(json.dumps(diff.to_dict()))
    assert payload["summary"] == ("entity changed Doha → Cairo; death toll changed over 35,000 → "
                                  "over 36,000")
    entity, number = payload["changes"]
    assert set(number) == {"type", "before", "after", "word_diff", "detail"}
    assert number["before"].startswith("Gaza health officials said over 35,000")
    assert number["after"].startswith("Gaza health officials said over 36,000")
    assert number["word_diff"] == "... health officials said over [-35,000-] {+36,000+} " \
                                  "Palestinians have been killed ..."
    assert entity["word_diff"] == "Ceasefire talks in [-Doha-] {+Cairo+} collapsed on Thursday, ..."


def test_the_summary_says_what_changed_the_way_a_reader_would():
    new = edited("over 35,000", "over 36,000").replace(
        "Egypt and Qatar have urged",
        "\u201cWe will keep working until a deal is reached,\u201d Qatar's foreign ministry "
        "said. Egypt and Qatar have urged")
    assert compare_versions(ARTICLE, new).summary == (
        "death toll changed over 35,000 → over 36,000; "
        "quote added from Qatar's foreign ministry")


@pytest.mark.parametrize(("sentence", "name"), [
    ("Over 35,000 Palestinians have been killed since October.", "death toll"),
    ("The death toll rose to 36,000 on Friday.", "death toll"),
    ("Israeli strikes killed 45 people overnight.", "death toll"),
    ("At least 120 people were wounded in the strike.", "number wounded"),
    ("Nearly 1.9 million people have been displaced.", "number displaced"),
    ("More than 200 aid trucks entered Gaza on Monday.", "number of aid trucks"),
    ("The ministry said 45 were hurt and the talks involved 12 delegates.", "number wounded"),
])
def test_measure_names_for_the_summary(sentence, name):
    (quantity, *_) = make_claim(sentence).frame.quantities
    assert measure_name(quantity, sentence) == name


def test_added_and_removed_claims_carry_one_side_only():
    diff = compare_versions(ARTICLE, edited("The United Nations warned that aid deliveries may "
                                            "fall further next week.", ""))
    (change,) = diff.changes
    assert (change.type, change.after) == ("claim_removed", None)
    assert change.word_diff == f"[-{change.before}-]"


def test_pair_cutoff_is_a_parameter():
    new = edited("Ceasefire talks in Doha collapsed on Thursday, officials said.",
                 "Negotiations over a truce ended in failure in Doha on Thursday, officials said.")
    assert {c.type for c in compare_versions(ARTICLE, new, pair_cutoff=99).changes} == {
        "claim_added", "claim_removed"}


# --- align --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("old", "new", "pairs"), [
    (["A talks.", "B sure.", "C done."], ["A talks.", "B surely.", "C done."],
     [Pair((1,), (1,))]),  # an edit in place
    (["Alpha one here.", "Bravo two here.", "Charlie three here."],
     ["Charlie three here.", "Alpha one here.", "Bravo two here."], []),  # moved: paired as is
    (["The talks collapsed, and both sides left Doha on Thursday."],
     ["The talks collapsed.", "Both sides left Doha on Thursday."],
     [Pair((0,), (0, 1))]),  # one sentence split in two
    (["Hamas released four hostages."], ["Storm warnings were issued for the coast."],
     [Pair((), (0,)), Pair((0,), ())]),  # unrelated: one removed, one added
])
def test_align(old, new, pairs):
    found = [p for p in align(old, new) if not _same(p, old, new)]
    assert sorted(found, key=repr) == sorted(pairs, key=repr)


def _same(pair: Pair, old: list[str], new: list[str]) -> bool:
    """A moved sentence comes back as a pair of identical sentences: no change to report."""
    return (len(pair.old) == len(pair.new) == 1
            and old[pair.old[0]] == new[pair.new[0]])


# --- word diff ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("old", "new", "diff"), [
    ("over 35,000 Palestinians dead", "over 36,000 Palestinians dead",
     "over [-35,000-] {+36,000+} Palestinians dead"),
    ("more than 70% of people", "nearly 70% of people", "[-more than-] {+nearly+} 70% of people"),
    ("Egypt and Qatar, the mediators.", "Egypt and Jordan, the mediators.",
     "Egypt and [-Qatar-] {+Jordan+}, the mediators."),
    ("The talks collapsed.", "The talks resumed on Monday.",
     "The talks [-collapsed-] {+resumed on Monday+}."),
    ("one two three four five six seven eight nine ten eleven twelve",
     "one two three four five six SEVEN eight nine ten eleven twelve",
     "... three four five six [-seven-] {+SEVEN+} eight nine ten eleven ..."),
    ("the U.S. said", "the U.S. denied", "the U.S. [-said-] {+denied+}"),
])
def test_word_diff(old, new, diff):
    assert word_diff(old, new) == diff


def test_empty_diff_is_falsy():
    assert not ClaimDiff() and ClaimDiff().summary == "no claim changes"


def test_opcodes_shortcut_gives_difflibs_answer():
    # get_opcodes skips difflib for a one-stretch replacement; every answer must be difflib's.
    import random
    from difflib import SequenceMatcher

    rng = random.Random(7)
    for _ in range(3000):
        a = [rng.choice("abcdefgh") for _ in range(rng.randint(0, 12))]
        b = list(a)
        start = rng.randint(0, len(b))
        b[start:start + rng.randint(0, 3)] = [rng.choice("abcdefghxyz")
                                              for _ in range(rng.randint(0, 3))]
        expected = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        assert get_opcodes(a, b) == expected, (a, b)
