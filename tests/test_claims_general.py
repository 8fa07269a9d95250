"""The claim model on writing other than conflict news (issue 9): plain factual sentences,
opposite words, calls to action, typo fixes, spelling variants, speakers found by structure,
numbers in every notation, non-English pages."""

from __future__ import annotations

import threading

import pytest

from monitor.claims import (
    MAX_CLAIM_TEXT,
    claim_text,
    compare_versions,
    extract_claims,
    extract_frame,
)
from monitor.claims.antonyms import lemma_candidates, opposite
from monitor.claims.sentences import split_piece
from monitor.claims.spelling import is_typo_pair
from monitor.claims.style import canonical, reconcile

ARTICLE = """The team will make its first appearance on Wednesday, the coach said.

Smith, Jones and Brown all qualified on Saturday. Scientists on Monday unveiled a study \
showing the virus originated in Asia.

"We are confident the results will hold up," said Maria Lopez, the lead author.

The court found the defendant guilty of fraud. The company was able to cut costs by 12%, \
its best result in a decade.
"""


def types(old: str, new: str) -> list[str]:
    return [change.type for change in compare_versions(old, new).changes]


def edited(old: str, new: str) -> str:
    assert old in ARTICLE
    return ARTICLE.replace(old, new, 1)


@pytest.mark.parametrize(("new", "expected"), [
    (edited("will make", "will not make"), ["polarity_flipped"]),
    (edited("Smith, Jones and Brown all qualified on Saturday. ", ""), ["claim_removed"]),
    (edited("originated in Asia", "originated in Europe"), ["entity_changed"]),
    (edited("Scientists on Monday", "Scientists on Wednesday"), ["date_changed"]),
    (edited("guilty", "innocent"), ["polarity_flipped"]),
    (edited("found the defendant guilty", "found the defendant not guilty"),
     ["polarity_flipped"]),
    (edited("was able", "was unable"), ["polarity_flipped"]),
    (edited("its best result", "its worst result"), ["polarity_flipped"]),
    (edited("said Maria Lopez", "said Ana Ruiz"), ["speaker_changed"]),
    (edited("by 12%", "by 15%"), ["number_changed"]),
])
def test_plain_factual_sentences_carry_claims(new, expected):
    assert types(ARTICLE, new) == expected


@pytest.mark.parametrize("new", [
    edited("on Wednesday, the coach said.", "on Wednesday, the coach said.\n\nSign up for our "
           "daily newsletter to get the latest headlines in your inbox."),
    edited("in a decade.", "in a decade.\n\nSubscribe today and get your first month for $1."),
    edited("in a decade.", "in a decade.\n\nRead more: The 10 best gadgets of the year"),
    edited("in a decade.", "in a decade.\n\nFollow us on Twitter for breaking news."),
    edited("confident", "confdent").replace("confdent", "confident"),  # the typo fixed below
    edited("results will hold", "results wil hold").replace("wil hold", "will hold"),
    edited("We are confident", "We are confidnet"),  # a typo made is no claim either
    edited("coach said", "coach siad"),
    edited("by 12%", "by 12 percent"),
    edited("the lead author.", "the lead author.\n\nUpdated 3:41 PM EST"),
])
def test_style_stays_silent(new):
    assert types(ARTICLE, new) == []


def test_a_typo_fixed_in_a_quote_or_a_reporting_verb_is_style():
    quote = 'She said: "The U.S. goverment has not decided," a source confrimed.'
    fixed = 'She said: "The US government has not decided," a source confirmed.'
    assert types(quote, fixed) == []


@pytest.mark.parametrize(("a", "b", "typo"), [
    ("confrimed", "confirmed", True), ("goverment", "government", True),
    ("likely", "unlikely", False), ("having", "carving", False), ("Iran", "Iraq", False),
    ("pitance", "pittance", True),
])
def test_typo_pairs(a, b, typo):
    assert is_typo_pair(a, b, "en") is typo


def test_variants_are_written_one_way():
    assert canonical("The U.S. and U.K. said 10 percent; Dr. Lee didn't & won't.") == (
        "The US and UK said 10%; Dr Lee did not and will not.")
    assert reconcile("a recieved grant", "a received grant")[:] == (
        "a received grant", "a received grant", (), ())


@pytest.mark.parametrize(("a", "b"), [
    ("able", "unable"), ("guilty", "innocent"), ("convicted", "acquitted"),
    ("available", "unavailable"), ("success", "failure"), ("better", "worse"),
    ("largest", "smallest"), ("won", "lost"), ("improved", "worsened"), ("hopeful", "hopeless"),
    ("legal", "illegal"),
])
def test_opposites_from_wordnet_and_morphology(a, b):
    assert opposite(a, b) and opposite(b, a)


@pytest.mark.parametrize(("a", "b"), [("said", "told"), ("rose", "grew"), ("met", "visited"),
                                      ("income", "come"), ("able", "able")])
def test_not_opposites(a, b):
    assert not opposite(a, b)


def test_lemma_candidates():
    assert "acquit" in lemma_candidates("acquitted")
    assert "large" in lemma_candidates("largest")
    assert "win" in lemma_candidates("won")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The outage was a mistake, as Gizmodo very recently explained.", "gizmodo"),
    ("The phone, announced in October, will ship soon, said Tim Cook.", "tim cook"),
    ("The drug was safe, Dr. Lee testified on Tuesday.", "dr lee"),
    ("Hicks, whose husband is on duty in the Navy, said the flag is a symbol.", "hicks"),
    ("The talks failed, said a senior diplomat.", "senior diplomat"),
    ("The revision added a 3.5mm headphone jack.", ""),
    ("His lawyer, Karen Hale, said the defense would appeal.", "lawyer karen hale"),
    ("A jury on Tuesday convicted former state senator John Miller of fraud.", ""),
    ("Officials state that the bridge is safe.", "officials"),
])
def test_speaker_is_the_subject_of_a_reporting_verb(sentence, speaker):
    assert extract_frame(sentence).speaker == speaker


def test_adverbs_and_dates_near_the_verb_are_not_the_speaker():
    assert types("It failed, as Gizmodo very recently explained.",
                 "It failed, as Gizmodo very really explained.") == []
    assert types("The phone, announced in October, will ship, said Tim Cook.",
                 "The phone, announced in November, will ship, said Tim Cook.") == [
        "date_changed"]


@pytest.mark.parametrize("text", [
    "Released on 01.01.2019, version 3.11.7 of the app fixed 1.234.567 bugs.",
    "Call 555-0142 or +1 (555) 014-2000; 1/2 of 3½ units cost €1,5 or ٣٥ dollars.",
    "Between 30 and 40 - or 30-40 - of the 1e999 " + "9" * 400 + " units.",
    "\u0000\ud7ff\ufffd \U0001f600 \u202e text " * 20,
])
def test_numbers_in_every_notation_never_raise(text):
    extract_claims(text)
    compare_versions(text, text.replace("1", "2"))


def test_a_version_number_change_is_a_number_change():
    assert types("Python 3.11.7 was released today by the team.",
                 "Python 3.11.8 was released today by the team.") == ["number_changed"]


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("Le 15 janvier 2019, le gouvernement a annoncé 300 emplois.",
     "Le 15 février 2019, le gouvernement a annoncé 300 emplois.", ["date_changed"]),
    ("El 3 de mayo de 2020 llegaron 40 personas a la frontera.",
     "El 3 de mayo de 2020 llegaron 45 personas a la frontera.", ["number_changed"]),
    ("Am Montag kamen 40 Menschen zur Versammlung in Berlin.",
     "Am Dienstag kamen 40 Menschen zur Versammlung in Berlin.", ["date_changed"]),
    ("Abonnez-vous à notre newsletter pour recevoir l'essentiel.", "", []),
])
def test_non_english_numbers_and_dates(old, new, expected):
    base = "Le texte commence ici avec une phrase.\n\n"
    assert types(base + old, base + new) == expected


def test_segmentation_is_per_thread():
    pieces = [f"Dr. Smith met the U.S. team in room {k}. It went well. Mr. Jones left early."
              for k in range(200)]
    expected = {piece: split_piece.__wrapped__(piece) for piece in pieces}
    errors: list[str] = []

    def work(offset: int) -> None:
        for k in range(len(pieces)):
            piece = pieces[(k + offset) % len(pieces)]
            if split_piece.__wrapped__(piece) != expected[piece]:
                errors.append(piece)

    threads = [threading.Thread(target=work, args=(n * 37,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


# --- other topics ------------------------------------------------------------------------------
# Short articles and edits (sport, courts, business, science) written before the detector first
# ran on them: 33 of 38 right at that first run. The fixes were general (an apposition before
# "said"; "former state senator" is no reporting verb); the two misses left are typos that make
# another word, marked xfail.

SPORT = "\n".join([
    "Manchester City beat Arsenal 3-1 on Sunday to move two points clear at the top of the "
    "Premier League.",
    "Erling Haaland scored twice in the first half, and Phil Foden added a third after the "
    "break.",
    '"We played with courage and we deserved the win," manager Pep Guardiola told reporters '
    "after the match.",
    "Arsenal have now lost three of their last five league games, the club's worst run since "
    "2021.",
    "The two sides will meet again in the FA Cup semi-final on April 20 at Wembley.",
])
COURT = "\n".join([
    "A federal jury in Boston on Tuesday convicted former state senator John Miller of wire "
    "fraud and money laundering.",
    "Prosecutors said Miller diverted more than $2.4 million from a charity he controlled "
    "between 2016 and 2019.",
    "His lawyer, Karen Hale, said the defense would appeal the verdict.",
    '"The evidence was overwhelming and the jury saw through his lies," U.S. Attorney Rachel '
    "Stone said in a statement.",
    "Miller faces up to 20 years in prison and is scheduled to be sentenced in September.",
])
BIZ = "\n".join([
    "Shares of Nordic Steel fell 8% on Thursday after the company cut its full-year profit "
    "forecast.",
    "The Stockholm-based group now expects operating profit of about 1.2 billion kronor, down"
    " from an earlier estimate of 1.6 billion.",
    "Chief executive Anna Berg said weaker demand from carmakers in Germany had hurt orders.",
    "Analysts at Nordea said the warning was larger than expected.",
    "The company will publish its third-quarter results on October 24.",
])
SCI = "\n".join([
    "Researchers at the University of Tokyo have found that a common gut bacterium may "
    "protect mice against liver disease.",
    "The study, published on Wednesday in the journal Nature, followed 120 mice over six "
    "months.",
    "Mice given the bacterium were less likely to develop fatty liver than those that were "
    "not, the team reported.",
    '"It is too early to say whether the same effect will be seen in people," said lead '
    "author Kenji Sato.",
    "The group plans to begin a small human trial next year.",
])


def e(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


TYPO_MAKES_A_WORD = pytest.mark.xfail(
    strict=True, reason="a typo that makes another word (tow, sad) is a word change")


SPORT_REMOVED = ("Erling Haaland scored twice in the first half, and Phil Foden added a third "
                 "after the break.\n")
COURT_QUOTE = ('"The evidence was overwhelming and the jury saw through his lies," U.S. Attorney '
               "Rachel Stone said in a statement.\n")
SCI_LAST = "The group plans to begin a small human trial next year."


@pytest.mark.parametrize(("old", "new", "expected"), [
    (SPORT, e(SPORT, "3-1", "2-1"), {"number_changed"}),
    (SPORT, e(SPORT, "on Sunday", "on Saturday"), {"date_changed"}),
    (SPORT, e(SPORT, "Phil Foden added", "Bukayo Saka added"), {"entity_changed"}),
    (SPORT, e(SPORT, "manager Pep Guardiola told", "captain Kyle Walker told"),
     {"speaker_changed"}),
    (SPORT, e(SPORT, "deserved the win", "deserved the draw"), {"quote_edited"}),
    (SPORT, e(SPORT, "worst run", "best run"), {"polarity_flipped"}),
    (SPORT, e(SPORT, "The two sides will meet", "The two sides may meet"), {"modality_changed"}),
    (SPORT, e(SPORT, SPORT_REMOVED, ""), {"claim_removed"}),
    (SPORT, e(SPORT, "at Wembley.", "at Wembley.\nCity have won 12 of their last 14 matches in "
              "all competitions."), {"claim_added"}),
    pytest.param(SPORT, e(SPORT, "move two points", "move tow points"), set(),
                 marks=TYPO_MAKES_A_WORD),
    (SPORT, e(SPORT, "at Wembley.", "at Wembley.\nSign up for our football newsletter to get "
              "the best stories every week."), set()),
    (COURT, e(COURT, "convicted", "acquitted"), {"polarity_flipped"}),
    (COURT, e(COURT, "more than $2.4 million", "at least $2.4 million"), {"qualifier_changed"}),
    (COURT, e(COURT, "between 2016 and 2019", "between 2015 and 2019"), {"date_changed"}),
    (COURT, e(COURT, "His lawyer, Karen Hale, said", "His lawyer, Mark Dunn, said"),
     {"speaker_changed"}),
    (COURT, e(COURT, "the defense would appeal", "the defense would not appeal"),
     {"polarity_flipped"}),
    (COURT, e(COURT, "U.S. Attorney", "US Attorney"), set()),
    (COURT, e(COURT, "in Boston", "in Chicago"), {"entity_changed"}),
    (COURT, e(COURT, COURT_QUOTE, ""), {"quote_removed"}),
    pytest.param(COURT, e(COURT, "Prosecutors said", "Prosecutors sad"), set(),
                 marks=TYPO_MAKES_A_WORD),
    (BIZ, e(BIZ, "fell 8%", "fell 9%"), {"number_changed"}),
    (BIZ, e(BIZ, "fell 8%", "rose 8%"), {"polarity_flipped"}),
    (BIZ, e(BIZ, "larger than expected", "smaller than expected"), {"polarity_flipped"}),
    (BIZ, e(BIZ, "Analysts at Nordea said", "Analysts at Danske Bank said"), {"speaker_changed"}),
    (BIZ, e(BIZ, "carmakers in Germany", "carmakers in France"), {"entity_changed"}),
    (BIZ, e(BIZ, "The company will publish", "The company reportedly will publish"),
     {"modality_changed"}),
    (BIZ, e(BIZ, "fell 8%", "fell 8 percent"), set()),
    (BIZ, e(BIZ, "on October 24.", "on October 24.\nRead more: Europe's steelmakers brace for "
            "a tough winter"), set()),
    (SCI, e(SCI, "may protect", "protect"), {"modality_changed"}),
    (SCI, e(SCI, "120 mice", "150 mice"), {"number_changed"}),
    (SCI, e(SCI, "less likely", "more likely"), {"polarity_flipped"}),
    (SCI, e(SCI, "the same effect will be seen", "the same effect would be seen"),
     {"quote_edited"}),
    (SCI, e(SCI, "University of Tokyo", "University of Osaka"), {"entity_changed"}),
    (SCI, e(SCI, "on Wednesday", "on Thursday"), {"date_changed"}),
    (SCI, e(SCI, "said lead author Kenji Sato", "said co-author Yuki Tanaka"),
     {"speaker_changed"}),
    (SCI, e(SCI, SCI_LAST, SCI_LAST + "\nThe researchers did not disclose who funded the work."),
     {"claim_added"}),
    (SCI, e(SCI, "The study, published", "The study published"), set()),
    (SCI, e(SCI, "have found", "have foudn"), set()),
])
def test_other_topics(old, new, expected):
    assert set(types(old, new)) == expected


def test_claims_are_read_from_the_first_max_claim_text_characters():
    paragraph = "The council said on Tuesday that {n} families would be moved from the district."
    lines = [paragraph.format(n=n) for n in range(1, 5000)]  # ~400,000 characters
    text = "\n".join(lines)
    assert len(text) > 3 * MAX_CLAIM_TEXT
    kept = claim_text(text)
    assert len(kept) <= MAX_CLAIM_TEXT and text.startswith(kept) and text[len(kept)] == "\n"
    claims = extract_claims(text)
    assert len(claims) == kept.count("\n") + 1  # every sentence of the kept lines, no more
    assert claims[0].sentence == lines[0]
    assert claim_text("short text") == "short text"
