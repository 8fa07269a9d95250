"""The labelled set that calibrates and measures claim-change detection, and its report.

For each of the five corpus articles (read from ../shared/corpus/seeds at run time, never
copied into the repository) it builds pairs (old text, new text) with the change types the
edit must produce:

- positives: controlled edits of every change type, from small per-article tables of real
  sentences (a number changed, "over" -> "at least", a quote added / removed / edited, the
  speaker changed, "collapsed" -> "resumed", "reportedly" added, "Qatar" -> "Jordan", "July"
  -> "August", a claim sentence added / removed) and a few edits combining two types. Where an
  article lacks the material (001 has no number and no quote, 003 no quote) a realistic
  sentence is first seeded into BOTH versions, then edited in the new one;
- negative controls (expected: no change at all): typo fixes (common words and a name),
  punctuation, curly <-> straight quotes, sentence and paragraph reordering, a paragraph
  split in two, paraphrases that keep the facts, a byline/timestamp change, ads and teaser
  lists changed, whitespace.

    .venv/bin/python -m tests.claims_suite            # the figures table (docs/claims.md)
    .venv/bin/python -m tests.claims_suite --sweep    # calibration sweeps of the two cutoffs
    .venv/bin/python -m tests.claims_suite --misses   # every case whose labels differ
    .venv/bin/python -m tests.claims_suite --scores   # aligner scores behind the cutoff

Precision and recall are computed per change type over the set of types each case predicts;
the false-alert rate is the share of negative controls with any change at all.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from monitor.claims import CHANGE_TYPES, compare_versions, extract_frame
from monitor.claims.align import similarity
from monitor.claims.sentences import article_sentences, clean_paragraphs, sentence_key

CORPUS_SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "seeds"
PAIR_SWEEP = (30.0, 40.0, 50.0, 55.0, 60.0, 65.0, 70.0, 75.0, 80.0, 85.0, 90.0)
QUOTE_SWEEP = (30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0)


class SuiteError(Exception):
    """An edit table no longer matches the corpus text."""


# --- edits --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Replace:
    old: str
    new: str

    def apply(self, text: str) -> str:
        if self.old not in text:
            raise SuiteError(f"not in text: {self.old!r}")
        return text.replace(self.old, self.new, 1)


@dataclass(frozen=True)
class Insert:
    """Add `sentence` right after `after` (same paragraph), or as a new paragraph."""

    after: str
    sentence: str
    paragraph: bool = False

    def apply(self, text: str) -> str:
        glue = "\n\n" if self.paragraph else " "
        return Replace(self.after, self.after + glue + self.sentence).apply(text)


@dataclass(frozen=True)
class Delete:
    sentence: str

    def apply(self, text: str) -> str:
        if self.sentence + " " in text:
            return text.replace(self.sentence + " ", "", 1)
        return Replace(self.sentence, "").apply(text)


Edit = Replace | Insert | Delete


@dataclass(frozen=True)
class Spec:
    """One labelled edit: `seed` goes into both versions, `edits` into the new one only."""

    expected: frozenset[str]
    edits: tuple[Edit, ...]
    seed: tuple[Edit, ...] = ()
    control: str = ""  # name of the negative control, "" for a positive case


def pos(*labels: str, edits: Iterable[Edit], seed: Iterable[Edit] = ()) -> Spec:
    return Spec(frozenset(labels), tuple(edits), tuple(seed))


def neg(control: str, *, edits: Iterable[Edit], seed: Iterable[Edit] = ()) -> Spec:
    return Spec(frozenset(), tuple(edits), tuple(seed), control)


@dataclass(frozen=True)
class Case:
    article: str
    name: str
    old: str
    new: str
    expected: frozenset[str]
    control: str = ""
    edits: tuple[Edit, ...] = ()

    @property
    def negative(self) -> bool:
        return not self.expected


def _apply(text: str, edits: Iterable[Edit]) -> str:
    for edit in edits:
        text = edit.apply(text)
    return text


# --- per-article tables -------------------------------------------------------------------------

R, Ins, D = Replace, Insert, Delete

# Seeds for articles without numbers or quotes (written for this suite, news register).
_SEED_001_NUMBER = Ins(
    "whose officials said Hamas turned down important de-escalation proposals.",
    "Israeli officials said more than 40 rockets were fired from Gaza over the weekend.",
)
_SEED_001_QUOTE = Ins(
    "Hamas is accused of being uncooperative.",
    "\u201cHamas has rejected every serious proposal put on the table,\u201d one US official said.",
)
_SEED_003_QUOTE = Ins(
    "demonstrate good faith in the negotiations.",
    "\u201cTheir latest response shows a clear lack of desire to reach a ceasefire,\u201d "
    "Witkoff said in a statement.",
)

# One row per labelled edit. Kept in columns by hand: a formatter would spread each row over
# ten lines and hide the table.
# fmt: off
TABLES: dict[str, list[Spec]] = {
    "000": [
        pos("number_changed", edits=[R("over 35,000 Palestinians", "over 36,000 Palestinians")]),
        pos("number_changed", edits=[R("the two main intermediaries",
                                       "the three main intermediaries")]),
        pos("number_changed", edits=[R("displaced hundreds of thousands more",
                                       "displaced tens of thousands more")]),
        pos("qualifier_changed", edits=[R("over 35,000", "at least 35,000")]),
        pos("qualifier_changed", edits=[R("over 35,000", "nearly 35,000")]),
        pos("quote_added", edits=[Ins(
            "hit another stumbling block.",
            "\u201cWe are not walking away from the hostages or their families,\u201d a White "
            "House spokesperson said.")]),
        pos("quote_added", edits=[R(
            "over the collapse of the recent negotiation round.",
            "over the collapse of the recent negotiation round, calling it \u201ca setback for "
            "every family in Gaza.\u201d")]),
        pos("quote_removed", edits=[D("\u201cWe are defending our people and our land.\u201d")]),
        pos("quote_removed", edits=[R(
            "the atmosphere has become \u201cincreasingly toxic and uncompromising.\u201d",
            "the atmosphere has become difficult.")]),
        pos("quote_edited", edits=[R(
            "Hamas has shown no seriousness, no consistency, and certainly no good faith.",
            "Hamas has shown no seriousness and no consistency at any stage.")]),
        pos("quote_edited", edits=[R("Dialogue must resume in good faith.",
                                     "Dialogue must resume without delay.")]),
        pos("speaker_changed", edits=[R("a senior US diplomat told reporters",
                                        "a senior Israeli diplomat told reporters")]),
        pos("speaker_changed", edits=[R("A Qatari foreign ministry spokesperson said",
                                        "An Egyptian foreign ministry spokesperson said")]),
        pos("polarity_flipped", edits=[R(
            "have expressed disappointment over the collapse of the recent negotiation round",
            "have expressed relief over the resumption of the recent negotiation round")]),
        pos("polarity_flipped", edits=[R("The group denied allegations of bad faith",
                                         "The group confirmed allegations of bad faith")]),
        pos("polarity_flipped", edits=[R("it hasn\u2019t ruled out returning",
                                         "it has ruled out returning")]),
        pos("modality_changed", edits=[R("withdrew from the negotiations this week",
                                         "reportedly withdrew from the negotiations this week")]),
        pos("modality_changed", edits=[R("a breakdown in trust that may take weeks",
                                         "a breakdown in trust that will take weeks")]),
        pos("entity_changed", edits=[R("Egypt and Qatar, the two main",
                                       "Egypt and Jordan, the two main")]),
        pos("entity_changed", edits=[R("CIA Director William Burns",
                                       "Secretary of State Antony Blinken")]),
        pos("date_changed", edits=[R("since 2007", "since 2006")]),
        pos("date_changed", edits=[R("October 7 Hamas attack", "October 8 Hamas attack")]),
        pos("claim_added", edits=[Ins("displaced hundreds of thousands more.",
                                    "Aid agencies said 12 trucks reached Rafah on Tuesday.")]),
        pos("claim_added", edits=[Ins(
            "to repair.",
            "Israel\u2019s cabinet approved a plan to widen the humanitarian corridor near Khan "
            "Younis.", paragraph=True)]),
        pos("claim_removed", edits=[D(
            "The administration had sent CIA Director William Burns and other top officials to "
            "engage in shuttle diplomacy, hoping to close a deal before the Muslim holiday of "
            "Eid al-Adha.")]),
        pos("claim_removed", edits=[D(
            "European Union officials echoed similar sentiments, urging Hamas to return to the "
            "table and urging the US to continue its leadership role in peace negotiations.")]),
        pos("number_changed", "quote_added", edits=[
            R("over 35,000 Palestinians", "over 37,000 Palestinians"),
            Ins("hit another stumbling block.",
              "\u201cThe families of the hostages deserve better than this,\u201d an Israeli "
              "official said.")]),
        neg("typo", seed=[R("negotiations this week", "negoitations this week")],
            edits=[R("negoitations this week", "negotiations this week")]),
        neg("typo", seed=[R("Ant\u00f3nio Guterres", "Ant\u00f3nio Guteres")],
            edits=[R("Ant\u00f3nio Guteres", "Ant\u00f3nio Guterres")]),
        neg("punctuation", edits=[R("weeks\u2014if not months\u2014to repair",
                                    "weeks, if not months, to repair")]),
        neg("punctuation", edits=[R("Egyptian, Qatari, and Israeli counterparts",
                                    "Egyptian, Qatari and Israeli counterparts")]),
        neg("punctuation", edits=[R("move the goalposts,\u201d a senior US diplomat",
                                    "move the goalposts\u201d, a senior US diplomat")]),
        neg("merge_sentences", edits=[R(
            "The failure to reach a ceasefire agreement has dire consequences. The ongoing",
            "The failure to reach a ceasefire agreement has dire consequences: the ongoing")]),
        neg("paraphrase", edits=[R(
            "The ongoing conflict has left over 35,000 Palestinians dead, according to Gaza "
            "health officials, and displaced hundreds of thousands more.",
            "According to Gaza health officials, the ongoing conflict has left more than 35,000 "
            "Palestinians dead and displaced hundreds of thousands more.")]),
        neg("paraphrase", edits=[R("Egyptian officials noted that",
                                   "Egyptian officials observed that")]),
        neg("paraphrase", edits=[R("a Hamas spokesperson said in a televised message",
                                   "a Hamas spokesperson told viewers in a televised message")]),
        neg("paraphrase", edits=[R("Hamas accused Washington of siding with Israel",
                                   "Washington was accused by Hamas of siding with Israel")]),
        # Written after calibration and run once before any fix (docs/claims.md, "held out").
        pos("number_changed", "qualifier_changed", edits=[R(
            "displaced hundreds of thousands more", "displaced nearly 100,000 more")]),
        pos("polarity_flipped", edits=[R("while Israel had shown flexibility",
                                         "while Israel had not shown flexibility")]),
        pos("speaker_changed", edits=[R("one official said", "one diplomat said")]),
        neg("paraphrase", edits=[R(
            "The Biden administration\u2019s team, which had been pushing for a humanitarian "
            "pause and hostage release deal, withdrew from the negotiations this week,",
            "The Biden administration\u2019s team withdrew from the negotiations this week after "
            "pushing for a humanitarian pause and hostage release deal,")]),
        neg("typo", seed=[R("civilian casualties continue", "civilian casualites continue")],
            edits=[R("civilian casualites continue", "civilian casualties continue")]),
    ],
    "001": [
        pos("number_changed", seed=[_SEED_001_NUMBER],
            edits=[R("more than 40 rockets", "more than 60 rockets")]),
        pos("number_changed", edits=[R("after months of tense negotiations",
                                       "after 14 months of tense negotiations")]),
        pos("qualifier_changed", seed=[_SEED_001_NUMBER],
            edits=[R("more than 40 rockets", "at least 40 rockets")]),
        pos("quote_added", edits=[Ins(
            "Hamas is accused of being uncooperative.",
            "\u201cWe will not return to talks that reward delay,\u201d an Israeli official "
            "told reporters.")]),
        pos("quote_removed", seed=[_SEED_001_QUOTE], edits=[D(
            "\u201cHamas has rejected every serious proposal put on the table,\u201d one US "
            "official said.")]),
        pos("quote_edited", seed=[_SEED_001_QUOTE], edits=[R(
            "every serious proposal put on the table", "every serious proposal we offered")]),
        pos("speaker_changed", edits=[R("according to international observers",
                                        "according to regional diplomats")]),
        pos("speaker_changed", seed=[_SEED_001_QUOTE], edits=[R(
            "one US official said.", "one Egyptian mediator said.")]),
        pos("polarity_flipped", edits=[R("The ceasefire talks in Gaza have collapsed",
                                         "The ceasefire talks in Gaza have resumed")]),
        pos("polarity_flipped", edits=[R("whose officials said Hamas turned down important",
                                         "whose officials said Hamas accepted important")]),
        pos("modality_changed", edits=[R("The United States has accused Hamas",
                                         "The United States has reportedly accused Hamas")]),
        pos("modality_changed", edits=[R("the U.S. decision to withdraw",
                                         "the U.S. decision that it may withdraw")]),
        pos("entity_changed", edits=[R("with Israel and the United States pulling out",
                                       "with Israel and Egypt pulling out")]),
        pos("entity_changed", edits=[R("France\u2019s planned UN General Assembly",
                                       "Britain\u2019s planned UN General Assembly")]),
        pos("date_changed", edits=[R("in July 2025", "in August 2025")]),
        pos("date_changed", edits=[R("in September 2025", "in October 2025")]),
        pos("claim_added", edits=[Ins("Hamas is accused of being uncooperative.",
                                    "Qatar\u2019s prime minister met Hamas leaders in Doha on "
                                    "Sunday.")]),
        pos("claim_added", edits=[Ins("such as Egypt and Qatar.",
                                    "Qatar said it would keep hosting both delegations.")]),
        pos("claim_removed", edits=[D(
            "This view was echoed by the United States, a major mediator in the talks, whose "
            "officials said Hamas turned down important de-escalation proposals.")]),
        pos("claim_removed", edits=[D(
            "The United States has accused Hamas of negotiating in bad faith and impeding "
            "efforts to reach a resolution, and it has laid the full blame on the "
            "organization.")]),
        neg("typo", seed=[R("significant blow", "signficant blow")],
            edits=[R("signficant blow", "significant blow")]),
        neg("punctuation", edits=[R("European countries\u2014many of which have called for "
                                    "fresh negotiations\u2014urged",
                                    "European countries, many of which have called for fresh "
                                    "negotiations, urged")]),
        neg("paraphrase", edits=[R(
            "The lack of a truce, according to international observers, could exacerbate "
            "violence",
            "According to international observers, the lack of a truce could exacerbate "
            "violence")]),
        neg("paraphrase", edits=[R("The ceasefire talks in Gaza have collapsed",
                                   "The ceasefire talks in Gaza have broken down")]),
        neg("paraphrase", edits=[R(
            "Israel and the United States pulling out of the negotiations",
            "Israel and the United States withdrawing from the negotiations")]),
        # Written after calibration and run once before any fix (docs/claims.md, "held out").
        # Known miss: the sentence has names but no event verb, so it is no claim.
        pos("entity_changed", edits=[R("such as Egypt and Qatar", "such as Egypt and Turkey")]),
        pos("modality_changed", edits=[R("as Israel and the United States retreat",
                                         "as Israel and the United States may retreat")]),
        pos("claim_removed", edits=[D(
            "The timing is especially delicate because France\u2019s planned UN General "
            "Assembly recognition of Palestine in September 2025 has already sparked controversy "
            "and increased tension in an already unstable situation.")]),
        neg("paraphrase", edits=[R("Reactions to the collapse have been rapid worldwide.",
                                   "Worldwide reactions to the collapse have been rapid.")]),
    ],
    "002": [
        pos("number_changed", edits=[R("more than 70% of Gaza", "more than 80% of Gaza")]),
        pos("number_changed", edits=[R("in the past 48 hours", "in the past 72 hours")]),
        pos("qualifier_changed", edits=[R("more than 70%", "nearly 70%")]),
        pos("quote_added", edits=[Ins(
            "the leverage for peace has weakened significantly.",
            "\u201cNobody should mistake this pause for an end to American engagement,\u201d a "
            "State Department spokesperson said.")]),
        pos("quote_removed", edits=[D(
            "\u201cEvery day without a ceasefire is a death sentence for many in Gaza.\u201d")]),
        pos("quote_edited", edits=[R("Diplomacy has stalled, but people are still dying",
                                     "Diplomacy has stalled, and people are dying every hour")]),
        pos("speaker_changed", edits=[R("said Middle East analyst Dr. Leila Karam",
                                        "said Middle East analyst Dr. Omar Haddad")]),
        pos("speaker_changed", edits=[R("National Security Advisor Jake Sullivan stated",
                                        "Secretary of State Antony Blinken stated")]),
        pos("speaker_changed", edits=[R(
            "said a spokesperson for M\u00e9decins Sans Fronti\u00e8res (Doctors Without Borders)",
            "said a spokesperson for the International Committee of the Red Cross")]),
        pos("polarity_flipped", edits=[R(
            "the United States has officially withdrawn from Gaza ceasefire talks",
            "the United States has officially returned to Gaza ceasefire talks")]),
        pos("polarity_flipped", edits=[R("have signaled that efforts will continue",
                                         "have signaled that efforts will not continue")]),
        pos("modality_changed", edits=[R("Israel continues its military operations",
                                         "Israel reportedly continues its military operations")]),
        pos("modality_changed", edits=[R("the ceasefire negotiations may collapse entirely",
                                         "the ceasefire negotiations will collapse entirely")]),
        pos("entity_changed", edits=[R(
            "regional players like Egypt, Jordan, and the United Nations",
            "regional players like Egypt, Turkey, and the United Nations")]),
        pos("entity_changed", edits=[R("while Russia and China blamed",
                                       "while Iran and China blamed")]),
        pos("entity_changed", edits=[R("led by Egypt and Qatar",
                                       "led by Egypt, Jordan and Qatar")]),
        pos("date_changed", edits=[R("announced late Wednesday", "announced late Thursday")]),
        pos("claim_added", edits=[Ins(
            "protect civilians and revive negotiations.",
            "Turkey\u2019s foreign minister will travel to Cairo on Sunday for talks with "
            "Egyptian mediators.")]),
        pos("claim_removed", edits=[D(
            "Israeli jets have targeted multiple sites across northern and central Gaza in the "
            "past 48 hours, claiming to strike Hamas command centers and weapon depots.")]),
        pos("date_changed", "speaker_changed", edits=[
            R("announced late Wednesday by the U.S. State Department",
              "announced late Tuesday by the White House")]),
        neg("typo", seed=[R("humanitarian principles", "humanitarain principles")],
            edits=[R("humanitarain principles", "humanitarian principles")]),
        neg("punctuation", edits=[R("Power outages, fuel shortages, and the destruction",
                                    "Power outages, fuel shortages and the destruction")]),
        neg("merge_sentences", edits=[R("results. Now, with the U.S. out of the picture",
                                        "results; now, with the U.S. out of the picture")]),
        neg("paraphrase", edits=[R(
            "According to the United Nations, more than 70% of Gaza\u2019s population is in "
            "urgent need of food, clean water, and medical aid.",
            "Over 70% of Gaza\u2019s population is in urgent need of food, clean water, and "
            "medical aid, according to the United Nations.")]),
        neg("paraphrase", edits=[R("critics argue that American policy",
                                   "critics contend that American policy")]),
        neg("paraphrase", edits=[R("the United States has officially withdrawn",
                                   "the U.S. has officially withdrawn")]),
        # Written after calibration and run once before any fix (docs/claims.md, "held out").
        pos("number_changed", "qualifier_changed", edits=[R(
            "reports dozens of new casualties", "reports at least 40 new casualties")]),
        pos("polarity_flipped", edits=[R("while Russia and China blamed U.S.",
                                         "while Russia and China praised U.S.")]),
        neg("paraphrase", edits=[R("\u201d said one U.S. diplomat, speaking",
                                   "\u201d one U.S. diplomat said, speaking")]),
        neg("paraphrase", edits=[R("Israeli Defense Minister Yoav Gallant defended",
                                   "Defense Minister Yoav Gallant of Israel defended")]),
    ],
    "003": [
        pos("number_changed", edits=[R("Over 6,000 aid trucks", "Over 7,000 aid trucks")]),
        pos("qualifier_changed", edits=[R("Over 6,000 aid trucks", "Nearly 6,000 aid trucks")]),
        pos("quote_added", edits=[Ins(
            "demonstrate good faith in the negotiations.",
            "\u201cTheir latest response shows a clear lack of desire to reach a ceasefire,\u201d "
            "Witkoff said in a statement.")]),
        pos("quote_removed", seed=[_SEED_003_QUOTE], edits=[D(
            "\u201cTheir latest response shows a clear lack of desire to reach a ceasefire,\u201d "
            "Witkoff said in a statement.")]),
        pos("quote_edited", seed=[_SEED_003_QUOTE], edits=[R(
            "shows a clear lack of desire to reach a ceasefire",
            "shows a clear lack of desire to reach any agreement")]),
        pos("speaker_changed", edits=[R(
            "U.S. Special Envoy Steve Witkoff has openly criticized Hamas",
            "Secretary of State Marco Rubio has openly criticized Hamas")]),
        pos("polarity_flipped", edits=[R(
            "the United States and Israel withdraw their negotiating teams",
            "the United States and Israel return their negotiating teams")]),
        pos("polarity_flipped", edits=[R("and have frequently collapsed",
                                         "and have frequently succeeded")]),
        pos("modality_changed", edits=[R("The U.S. has indicated it is considering",
                                         "The U.S. has reportedly indicated it is considering")]),
        pos("modality_changed", edits=[R("Over 6,000 aid trucks are blocked",
                                         "Over 6,000 aid trucks may be blocked")]),
        pos("entity_changed", edits=[R("presence in Qatar", "presence in Egypt")]),
        pos("date_changed", edits=[R("which recently responded to ceasefire proposals",
                                     "which on Tuesday responded to ceasefire proposals")]),
        pos("claim_added", edits=[Ins(
            "exacerbating the crisis.",
            "Israel\u2019s security cabinet met on Wednesday to discuss the proposals.")]),
        pos("claim_removed", edits=[D(
            "The U.S. seeks to promote stability in the region and has historically provided "
            "diplomatic support and military aid to Israel.")]),
        neg("typo", seed=[R("deteriorating humanitarian", "detoriorating humanitarian")],
            edits=[R("detoriorating humanitarian", "deteriorating humanitarian")]),
        neg("punctuation", edits=[R("food, medicine, and other essential supplies",
                                    "food, medicine and other essential supplies")]),
        neg("paraphrase", edits=[R("Over 6,000 aid trucks are blocked from entering",
                                   "More than 6,000 aid trucks are blocked from entering")]),
        neg("paraphrase", edits=[R(
            "The humanitarian situation in Gaza has significantly worsened",
            "Gaza's humanitarian situation has worsened significantly")]),
        # Written after calibration and run once before any fix (docs/claims.md, "held out").
        pos("quote_added", edits=[R(
            "apparent lack of good faith from Hamas,",
            "apparent lack of good faith from Hamas, which he called \u201ca clear lack of "
            "desire to reach a ceasefire,\u201d")]),
        pos("claim_added", edits=[Ins("exacerbating the crisis.",
                                      "Hamas said on Saturday it had received no new proposal.")]),
        neg("paraphrase", edits=[R(
            "Over 6,000 aid trucks are blocked from entering, exacerbating the crisis.",
            "Over 6,000 aid trucks are being blocked from entering, which exacerbates the "
            "crisis.")]),
    ],
    "004": [
        pos("number_changed", edits=[R("according to five sources familiar",
                                       "according to six sources familiar")]),
        pos("qualifier_changed", edits=[R("according to five sources familiar",
                                          "according to at least five sources familiar")]),
        pos("quote_added", edits=[Ins(
            "unfolding on the ground.",
            "\u201cWe are ready for any deal that ends the war and returns the prisoners,\u201d a "
            "senior Hamas official told Al Jazeera.")]),
        pos("quote_removed", edits=[D(
            'On Friday, the Israeli newspaper Israel Hayom reported that "Israel insists on '
            'expanding its military operations" in the Palestinian enclave.')]),
        pos("quote_edited", edits=[R("\u201cprogress has been made toward a ceasefire",
                                     "\u201csignificant progress has been made toward a "
                                     "ceasefire")]),
        pos("speaker_changed", edits=[R("A Hamas official also told AFP",
                                        "A Qatari official also told AFP")]),
        pos("polarity_flipped", edits=[R("Hamas has rejected the proposal",
                                         "Hamas has accepted the proposal")]),
        pos("polarity_flipped", edits=[R("Hamas has rejected the proposal",
                                         "Hamas has not rejected the proposal")]),
        pos("polarity_flipped", edits=[R("Hamas confirms direct talks with US",
                                         "Hamas denies direct talks with US")]),
        pos("modality_changed", edits=[R("Trump has reportedly dismissed",
                                         "Trump has dismissed")]),
        pos("entity_changed", edits=[R("in the Qatari capital, Doha,",
                                       "in the Egyptian capital, Cairo,")]),
        pos("date_changed", edits=[R("confirmed on Sunday", "confirmed on Saturday")]),
        pos("date_changed", edits=[R("Netanyahu announced Monday", "Netanyahu announced Tuesday")]),
        pos("claim_added", edits=[Ins(
            "while noting that negotiations were ongoing.",
            "Egypt\u2019s intelligence chief arrived in Doha on Tuesday to join the talks.")]),
        pos("claim_removed", edits=[D(
            "Previously, US officials also held direct discussions with Hamas over the release "
            "of American captives held in Gaza.")]),
        pos("claim_removed", edits=[D(
            'Hamas confirms direct talks with US on Gaza ceasefire and aid, as pressure mounts on '
            '"Israel" and mediators to reach a sustainable truce agreement.')]),
        neg("typo", seed=[R("transitional governing body", "transitonal governing body")],
            edits=[R("transitonal governing body", "transitional governing body")]),
        neg("typo", seed=[R("Netanyahu, by contrast", "Netanyahau, by contrast")],
            edits=[R("Netanyahau, by contrast", "Netanyahu, by contrast")]),
        neg("punctuation", edits=[R("viewing it as insufficient and unilateral, and stressed",
                                    "viewing it as insufficient and unilateral and stressed")]),
        neg("paraphrase", edits=[R("according to five sources familiar with the discussions",
                                   "according to 5 sources familiar with the discussions")]),
        neg("paraphrase", edits=[R("A Hamas official also told AFP that",
                                   "A Hamas official also said to AFP that")]),
        neg("paraphrase", edits=[R(
            "Netanyahu, by contrast, has proceeded",
            "Israeli Prime Minister Benjamin Netanyahu, by contrast, has proceeded")]),
        # Written after calibration and run once before any fix (docs/claims.md, "held out").
        pos("date_changed", edits=[R("the 2003 invasion", "the 2004 invasion")]),
        pos("speaker_changed", edits=[R("Israeli media reported that",
                                        "Egyptian media reported that")]),
        pos("polarity_flipped", edits=[R('"Israel" refusing to commit',
                                         '"Israel" agreeing to commit')]),
        pos("modality_changed", edits=[R("would be operational \u201csoon,\u201d",
                                         "could be operational \u201csoon,\u201d")]),
        neg("paraphrase", edits=[R(
            'According to the sources, these "high-level" conversations have centered',
            'These "high-level" conversations, according to the sources, have centered')]),
        neg("paraphrase", edits=[R("The official clarified that Hamas has rejected the proposal",
                                   "The official clarified that Hamas had rejected the "
                                   "proposal")]),
    ],
}
# fmt: on


# --- negative controls built programmatically ---------------------------------------------------

_BYLINES = (
    "By Staff Reporter | Published July 26, 2025, 09:14 AM",
    "By Staff Reporter and Jane Doe | Updated July 27, 2025, 11:40 AM",
)
_TEASERS_A = (
    "You May Also Like",
    "Markets rally as central bank holds rates steady",
    "Five things to know before the holiday weekend",
)
_TEASERS_B = (
    "You May Also Like",
    "Storm warnings issued for the east coast on Friday",
    "Rivers edge past City 2-1 in late drama",
    "Tech giant unveils new phone with 48-hour battery",
)
# A sentence end: not the dot of "U.S." or "Dr.".
_SENTENCE_BREAK = re.compile(r"(?<![A-Z]\.[A-Z]\.)(?<!Dr\.)(?<=[.!?\u201d])\s+(?=[A-Z\u201c\"])")


def _paragraphs(text: str) -> list[str]:
    return text.split("\n")


def _body_indexes(lines: list[str]) -> list[int]:
    """Lines that are article paragraphs (long enough to be prose)."""
    return [i for i, line in enumerate(lines) if len(line.split()) >= 25]


def _swap_sentences(text: str) -> str:
    lines = _paragraphs(text)
    for i in _body_indexes(lines):
        parts = _SENTENCE_BREAK.split(lines[i])
        if len(parts) >= 3:
            parts[0], parts[1] = parts[1], parts[0]
            lines[i] = " ".join(parts)
            return "\n".join(lines)
    raise SuiteError("no paragraph with three sentences")


def _whole_paragraph(lines: list[str], i: int) -> bool:
    """A line that is a paragraph of its own, not the tail of one an ad line cut in two."""
    before = next((line for line in reversed(lines[:i]) if line.strip()), "")
    return lines[i][:1].isupper() and before.rstrip().endswith((".", "?", "!", "\u201d", '"'))


def _swap_paragraphs(text: str) -> str:
    lines = _paragraphs(text)
    body = [i for i in _body_indexes(lines) if _whole_paragraph(lines, i)]
    first, second = body[1], body[2]
    lines[first], lines[second] = lines[second], lines[first]
    return "\n".join(lines)


def _split_paragraph(text: str) -> str:
    lines = _paragraphs(text)
    for i in _body_indexes(lines):
        parts = _SENTENCE_BREAK.split(lines[i], maxsplit=1)
        if len(parts) == 2:
            lines[i] = parts[0] + "\n\n" + parts[1]
            return "\n".join(lines)
    raise SuiteError("no paragraph to split")


def _straight_quotes(text: str) -> str:
    return text.translate(
        str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})
    )


def _curly_quotes(text: str) -> str:
    text = re.sub(r'"(?=\w)', "\u201c", text)
    text = text.replace('"', "\u201d")
    return text.replace("'", "\u2019")


def _whitespace(text: str) -> str:
    text = re.sub(r"\. ", ".  ", text)
    text = text.replace("\n", "  \n\n")
    return "\n\t" + text.replace(", ", ",\u00a0", 3) + "\n\n\n"


def _with_byline(text: str, byline: str) -> str:
    first, _, rest = text.lstrip("\n").partition("\n")
    return f"{first}\n\n{byline}\n{rest}"


def _with_teasers(text: str, teasers: tuple[str, ...]) -> str:
    return text.rstrip() + "\n\n" + "\n\n".join(teasers) + "\n"


def _with_ads(text: str, marker: str) -> str:
    lines = _paragraphs(text)
    for i in reversed(_body_indexes(lines)[1::2]):
        lines.insert(i + 1, f"\n{marker}\n")
    return "\n".join(lines)


def _typos(text: str, seed: int) -> str:
    """Swap two inner letters of a few long lowercase words (the old version had typos)."""
    rng = random.Random(seed)
    words = sorted({w for w in re.findall(r"\b[a-z]{8,}\b", text)})
    for word in rng.sample(words, 3):
        k = rng.randrange(1, len(word) - 2)
        typo = word[:k] + word[k + 1] + word[k] + word[k + 2 :]
        text = re.sub(rf"\b{word}\b", typo, text, count=1)
    return text


Control = Callable[[str], tuple[str, str]]

CONTROLS: dict[str, Control] = {
    "quotes": lambda t: (t, _straight_quotes(t)),
    "quotes_back": lambda t: (_straight_quotes(t), _curly_quotes(_straight_quotes(t))),
    "reorder_sentences": lambda t: (t, _swap_sentences(t)),
    "reorder_paragraphs": lambda t: (t, _swap_paragraphs(t)),
    "split_paragraph": lambda t: (t, _split_paragraph(t)),
    "whitespace": lambda t: (t, _whitespace(t)),
    "byline": lambda t: (_with_byline(t, _BYLINES[0]), _with_byline(t, _BYLINES[1])),
    "byline_added": lambda t: (t, _with_byline(t, "Updated 2 hours ago")),
    "teasers": lambda t: (_with_teasers(t, _TEASERS_A), _with_teasers(t, _TEASERS_B)),
    "ads": lambda t: (t, _with_ads(t, "Advertisement")),
    "ads_changed": lambda t: (_with_ads(t, "AD"), _with_ads(t, "Sponsored content")),
    "typos": lambda t: (_typos(t, 1), t),
    "everything_at_once": lambda t: (
        t,
        _whitespace(_with_ads(_straight_quotes(_swap_paragraphs(t)), "ADVERTISEMENT")),
    ),
}


# --- positive edits built programmatically -------------------------------------------------------
# Each family finds its targets with plain regular expressions (no claims code), in article
# paragraphs only, in sentences that are claims by the definition whatever the lexicon says:
# they hold an attribution ("said", "told", "according to") or a figure. A target inside a
# direct quote of 4+ words is labelled quote_edited instead: that is what the edit is.

_CUE = re.compile(r"\b(?:said|says|told|according to|stated|reported|announced|confirmed)\b")
_FIGURE = re.compile(r"(?<![\w,.])\d{1,3}(?:,\d{3})+(?![\w,])|(?<![\w,.])\d+(?=%| hours\b)")
_WEEKDAY_NEXT = dict(
    zip(
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
        "Tuesday Wednesday Thursday Friday Saturday Sunday Monday".split(),
        strict=True,
    )
)
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_DATE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:" + "|".join(_MONTHS) + r")(?= \d)"
)
_COUNTRIES = (
    "Qatar",
    "Egypt",
    "Jordan",
    "Iran",
    "Lebanon",
    "Syria",
    "Yemen",
    "Russia",
    "China",
    "France",
    "Iraq",
    "Turkey",
)
_COUNTRY = re.compile(r"\b(?:" + "|".join(_COUNTRIES) + r")\b(?!\w)")
_NEGATABLE = re.compile(r"\b(has|have|had|was|were|is|are) (?=[a-z]+(?:ed|en)\b)")
_SAID = re.compile(r"(?<=\s)said\b")
_QUOTED = re.compile(r"[\u201c\"]([^\u201c\u201d\"]*)[\u201d\"]?")


def _sentences_with_spans(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, sentence) of every sentence in the article's prose paragraphs."""
    offset = 0
    for line in text.split("\n"):
        if len(line.split()) >= 25:
            start = 0
            for part in _SENTENCE_BREAK.split(line):
                begin = line.index(part, start)
                yield offset + begin, offset + begin + len(part), part
                start = begin + len(part)
        offset += len(line) + 1


def _is_claim_by_definition(sentence: str) -> bool:
    return bool(_CUE.search(sentence) or _FIGURE.search(sentence))


def _in_long_quote(sentence: str, position: int) -> bool:
    return any(
        m.start() < position < m.end() and len(m.group(1).split()) >= 4
        for m in _QUOTED.finditer(sentence)
    )


def _near_attribution(sentence: str, position: int) -> bool:
    """A word that belongs to the attribution ("according to Israel Hayom", "Qatar said")."""
    before = sentence[:position].split()[-5:]
    after = sentence[position:].split()[1:5]
    return "according" in before or any(_CUE.match(w) for w in after)


def _bigger(figure: str) -> str:
    value = int(figure.replace(",", ""))
    bigger = value + max(1, value // 10)
    return f"{bigger:,}" if "," in figure else str(bigger)


def _targets(text: str, pattern: re.Pattern[str]) -> Iterable[tuple[int, str, bool]]:
    """(absolute position, match, inside a quote) in claim sentences."""
    for start, _, sentence in _sentences_with_spans(text):
        if not _is_claim_by_definition(sentence):
            continue
        for m in pattern.finditer(sentence):
            yield start + m.start(), m.group(), _in_long_quote(sentence, m.start())


def _substitute(text: str, position: int, old: str, new: str) -> str:
    assert text[position : position + len(old)] == old
    return text[:position] + new + text[position + len(old) :]


def programmatic_positives(text: str) -> list[tuple[str, str, frozenset[str]]]:
    """(family, new text, expected labels) for every target the families find."""
    found: list[tuple[str, str, frozenset[str]]] = []

    def add(family: str, new: str, label: str, quoted: bool) -> None:
        found.append((family, new, frozenset({"quote_edited" if quoted else label})))

    for position, figure, quoted in _targets(text, _FIGURE):
        add(
            "figure", _substitute(text, position, figure, _bigger(figure)), "number_changed", quoted
        )
    for position, word, quoted in _targets(text, _DATE):
        shifted = _WEEKDAY_NEXT.get(word) or _MONTHS[(_MONTHS.index(word) + 1) % 12]
        add("date", _substitute(text, position, word, shifted), "date_changed", quoted)
    for position, auxiliary, quoted in _targets(text, _NEGATABLE):
        add(
            "negation",
            _substitute(text, position, auxiliary, auxiliary + "not "),
            "polarity_flipped",
            quoted,
        )
    for position, said, quoted in _targets(text, _SAID):
        add(
            "reportedly",
            _substitute(text, position, said, "reportedly said"),
            "modality_changed",
            quoted,
        )
    for start, _, sentence in _sentences_with_spans(text):
        if not _is_claim_by_definition(sentence):
            continue
        for m in _COUNTRY.finditer(sentence):
            if _near_attribution(sentence, m.start()):
                continue
            other = next(c for c in _COUNTRIES if c not in sentence)
            add(
                "country",
                _substitute(text, start + m.start(), m.group(), other),
                "entity_changed",
                _in_long_quote(sentence, m.start()),
            )
        if _CUE.search(sentence) and text.count(sentence) == 1:
            has_quote = any(len(q.group(1).split()) >= 4 for q in _QUOTED.finditer(sentence))
            found.append(
                (
                    "drop",
                    Delete(sentence).apply(text),
                    frozenset({"quote_removed" if has_quote else "claim_removed"}),
                )
            )
    return found


# --- building -----------------------------------------------------------------------------------


def load_corpus(seeds: Path = CORPUS_SEEDS) -> dict[str, str]:
    if not seeds.is_dir():
        raise SuiteError(
            f"corpus not found at {seeds}: the shared corpus must sit beside the "
            f"repository (../shared/corpus/seeds)"
        )
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))}


def build_cases(corpus: dict[str, str]) -> list[Case]:
    cases: list[Case] = []
    for article, text in sorted(corpus.items()):
        counts: dict[str, int] = {}
        for spec in TABLES.get(article, []):
            label = spec.control or "+".join(sorted(spec.expected))
            counts[label] = counts.get(label, 0) + 1
            try:
                old = _apply(text, spec.seed)
                new = _apply(old, spec.edits)
            except SuiteError as exc:
                raise SuiteError(f"{article} {label}: {exc}") from exc
            cases.append(
                Case(
                    article,
                    f"{article}:{label}:{counts[label]}",
                    old,
                    new,
                    spec.expected,
                    spec.control,
                    spec.edits,
                )
            )
        counts = {}
        for family, new, expected in programmatic_positives(text):
            counts[family] = counts.get(family, 0) + 1
            cases.append(
                Case(article, f"{article}:auto-{family}:{counts[family]}", text, new, expected)
            )
        for control, make in CONTROLS.items():
            old, new = make(text)
            cases.append(Case(article, f"{article}:{control}", old, new, frozenset(), control))
    return cases


# --- evaluating ---------------------------------------------------------------------------------


@dataclass
class TypeScore:
    support: int = 0  # cases expecting this type
    true_positive: int = 0
    false_positive: int = 0

    @property
    def recall(self) -> float:
        return self.true_positive / self.support if self.support else 1.0

    @property
    def precision(self) -> float:
        predicted = self.true_positive + self.false_positive
        return self.true_positive / predicted if predicted else 1.0


@dataclass
class Report:
    per_type: dict[str, TypeScore] = field(default_factory=dict)
    negatives: int = 0
    false_alerts: list[tuple[Case, frozenset[str]]] = field(default_factory=list)
    misses: list[tuple[Case, frozenset[str]]] = field(default_factory=list)
    positives: int = 0
    exact: int = 0

    @property
    def false_alert_rate(self) -> float:
        return len(self.false_alerts) / self.negatives if self.negatives else 0.0


def predict(case: Case, **options: float) -> frozenset[str]:
    return frozenset(c.type for c in compare_versions(case.old, case.new, **options).changes)


def evaluate(cases: list[Case], **options: float) -> Report:
    report = Report(per_type={t: TypeScore() for t in CHANGE_TYPES})
    for case in cases:
        predicted = predict(case, **options)
        for kind in CHANGE_TYPES:
            score = report.per_type[kind]
            if kind in case.expected:
                score.support += 1
                score.true_positive += kind in predicted
            elif kind in predicted:
                score.false_positive += 1
        if case.negative:
            report.negatives += 1
            if predicted:
                report.false_alerts.append((case, predicted))
        else:
            report.positives += 1
            report.exact += predicted == case.expected
        if predicted != case.expected:
            report.misses.append((case, predicted))
    return report


def format_table(report: Report) -> str:
    lines = [
        f"{'change type':<18} {'cases':>5} {'TP':>4} {'FP':>4} {'FN':>4} "
        f"{'precision':>9} {'recall':>7}"
    ]
    for kind, score in report.per_type.items():
        lines.append(
            f"{kind:<18} {score.support:>5} {score.true_positive:>4} "
            f"{score.false_positive:>4} {score.support - score.true_positive:>4} "
            f"{score.precision:>9.3f} {score.recall:>7.3f}"
        )
    lines.append(f"positive cases: {report.positives}, exactly right: {report.exact}")
    lines.append(
        f"negative controls: {report.negatives}, false alerts: "
        f"{len(report.false_alerts)} (rate {report.false_alert_rate:.3f})"
    )
    return "\n".join(lines)


def format_sweep(cases: list[Case], option: str, values: Iterable[float]) -> str:
    lines = [f"{option:>17} {'min recall':>10} {'min precision':>13} {'false alerts':>12} "
             f"{'exact':>6}"]
    for value in values:
        report = evaluate(cases, **{option: value})
        scores = [s for s in report.per_type.values() if s.support]
        lines.append(f"{value:>17.0f} {min(s.recall for s in scores):>10.3f} "
                     f"{min(s.precision for s in scores):>13.3f} "
                     f"{len(report.false_alerts):>12} {report.exact:>6}")
    return "\n".join(lines)


def format_misses(report: Report) -> str:
    return (
        "\n".join(
            f"{case.name}: expected {sorted(case.expected)} got {sorted(predicted)}"
            for case, predicted in report.misses
        )
        or "no misses"
    )


def edited_pair_scores(cases: list[Case]) -> list[float]:
    """Similarity of every sentence edited in place by a table edit (paraphrases included):
    the pairs the cutoff must keep. The sentence before is the one holding the replaced
    words, the sentence after the one holding their replacement."""
    scores = []
    for case in cases:
        old = article_sentences(clean_paragraphs(case.old))
        new = article_sentences(clean_paragraphs(case.new))
        for edit in case.edits:
            if not isinstance(edit, Replace):
                continue
            before = _holding(old, edit.old)
            after = _holding(new, edit.new)
            if before and after:
                scores.append(similarity(sentence_key(before), sentence_key(after)))
    return scores


def _holding(sentences: list[str], words: str) -> str | None:
    wanted = sentence_key(words)
    return next((s for s in sentences if wanted and wanted in sentence_key(s)), None)


def unrelated_scores(corpus: dict[str, str]) -> list[float]:
    """Similarity of every two distinct sentences of one article (the pairs it must refuse)."""
    scores = []
    for text in corpus.values():
        keys = sorted({sentence_key(s) for s in article_sentences(clean_paragraphs(text))})
        scores += [similarity(a, b) for i, a in enumerate(keys) for b in keys[i + 1:]]
    return scores


def edited_quote_scores(cases: list[Case]) -> list[float]:
    """Similarity of the quote before and after every table edit made inside a quote."""
    scores = []
    for case in cases:
        if "quote_edited" not in case.expected:
            continue
        old = article_sentences(clean_paragraphs(case.old))
        new = article_sentences(clean_paragraphs(case.new))
        for edit in case.edits:
            before, after = _holding(old, edit.old), _holding(new, edit.new)
            if isinstance(edit, Replace) and before and after:
                old_quotes = {sentence_key(q) for q in extract_frame(before).quotes}
                new_quotes = {sentence_key(q) for q in extract_frame(after).quotes}
                scores += [fuzz.ratio(a, b) for a in old_quotes - new_quotes
                           for b in new_quotes - old_quotes]
    return scores


def distinct_quote_scores(corpus: dict[str, str]) -> list[float]:
    """Similarity of every two distinct quotes of one article (never one quote edited)."""
    scores = []
    for text in corpus.values():
        quotes = sorted({sentence_key(q) for s in article_sentences(clean_paragraphs(text))
                         for q in extract_frame(s).quotes})
        scores += [fuzz.ratio(a, b) for i, a in enumerate(quotes) for b in quotes[i + 1:]]
    return scores


def format_scores(cases: list[Case], corpus: dict[str, str]) -> str:
    edited = sorted(edited_pair_scores(cases))
    unrelated = sorted(unrelated_scores(corpus))
    quotes = sorted(edited_quote_scores(cases))
    distinct = sorted(distinct_quote_scores(corpus))

    def share_at_least(values: list[float], cutoff: float) -> str:
        return f"{sum(v >= cutoff for v in values)}/{len(values)}"

    return "\n".join([
        f"edited pairs: {len(edited)}, lowest score {edited[0]:.1f}, "
        f"5th lowest {edited[min(4, len(edited) - 1)]:.1f}",
        f"distinct sentences of one article: {len(unrelated)} pairs, highest score "
        f"{unrelated[-1]:.1f}, 99th percentile {unrelated[int(0.99 * len(unrelated))]:.1f}",
        *(f"  at cutoff {c:.0f}: edited pairs kept {share_at_least(edited, c)}, unrelated "
          f"pairs that would pair {share_at_least(unrelated, c)}" for c in (50, 60, 70)),
        f"edited quotes: {len(quotes)}, lowest score {quotes[0]:.1f}; distinct quotes of one "
        f"article: {len(distinct)} pairs, highest score {distinct[-1]:.1f}",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sweep", action="store_true",
                        help="calibration sweeps of pair_cutoff and quote_edit_cutoff")
    parser.add_argument("--misses", action="store_true", help="list cases with wrong labels")
    parser.add_argument("--scores", action="store_true",
                        help="alignment scores of edited pairs vs unrelated sentences")
    args = parser.parse_args(argv)
    try:
        corpus = load_corpus()
        cases = build_cases(corpus)
    except SuiteError as exc:
        print(f"claims_suite: {exc}", file=sys.stderr)
        return 2
    if args.scores:
        print(format_scores(cases, corpus))
        return 0
    if args.sweep:
        print(format_sweep(cases, "pair_cutoff", PAIR_SWEEP))
        print()
        print(format_sweep(cases, "quote_edit_cutoff", QUOTE_SWEEP))
        return 0
    report = evaluate(cases)
    print(format_table(report))
    if args.misses:
        print(format_misses(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
