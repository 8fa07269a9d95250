"""Word lists behind the claim frames: reporting verbs, event verbs and their polarity, hedges,
quantity qualifiers, number words, dates (English, and the month and weekday names of French,
Spanish and German), irregular forms. Pure data plus the tiny inflection helper that turns a
lemma into the forms news text uses ("collapse" -> collapses, collapsed, collapsing).

Hand-written and small, general news vocabulary. The polarity classes of event verbs
(POLAR_LEMMAS) began with conflict and diplomacy news and serve the ledger's contradictions;
opposite words in general come from WordNet (antonyms.py), spelling from pyspellchecker's
word lists (spelling.py). Extend a list together with a test case that needs the new entry.
"""

from __future__ import annotations

import re


def verb_forms(lemma: str, *extra: str) -> frozenset[str]:
    """Regular inflections of `lemma` plus the irregular `extra` forms given by hand."""
    forms = {lemma, *extra}
    if lemma.endswith(("ee", "oe", "ye")):  # agree -> agreeing, not "agreing"
        forms |= {lemma + "s", lemma + "d", lemma + "ing"}
    elif lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "o", "u"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
        # "permit" -> permitted, "ban" -> banned: the doubled consonant (forms that are no
        # words, "openned", never occur, so generating them is harmless)
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return frozenset(forms)


def _index(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """{lemma: irregular forms} -> {form: lemma}."""
    return {form: lemma for lemma, extra in table.items() for form in verb_forms(lemma, *extra)}


# --- attribution --------------------------------------------------------------------------------

# Verbs that attribute a statement to a speaker. Forms ending in -ing ("citing", "noting") are
# attributions too but weaker: the speaker finder prefers a finite form when a sentence has both.
REPORTING_VERBS: dict[str, str] = _index({
    "say": ("said",), "tell": ("told",), "state": (), "confirm": (), "deny": (), "warn": (),
    "accuse": (), "announce": (), "claim": (), "report": (), "add": (), "note": (),
    "insist": (), "argue": (), "stress": (), "clarify": (), "explain": (), "acknowledge": (),
    "admit": ("admitted", "admitting"), "allege": (), "assert": (), "declare": (),
    "reveal": (), "criticize": (), "criticise": (), "urge": (), "blame": (), "caution": (),
    "indicate": (), "signal": ("signalled", "signalling"), "suggest": (), "write": ("wrote",
    "written"), "tweet": (), "cite": (), "describe": (), "echo": ("echoes", "echoed"),
    "observe": (), "remark": (), "comment": (), "emphasize": (), "emphasise": (),
    "contend": (), "mention": (), "maintain": (), "concede": (), "testify": (),
    "recall": (), "reply": (), "respond": (), "conclude": (), "predict": (), "affirm": (),
    "assure": (), "disclose": (), "complain": (), "recount": (), "post": (), "answer": (),
    "boast": (), "hint": (), "speculate": (), "promise": (),
})

# Reporting verbs with other senses ("added a headphone jack", "all possible states", "wrote
# the programs"): they report only before a statement (attribution._reports).
OTHER_SENSE_REPORTING = frozenset(
    "add note claim report write post answer reveal promise maintain mention observe "
    "comment echo describe cite signal indicate suggest recall conclude predict reply "
    "respond".split())

# Reporting verbs that pass on words (not a stance such as blame, urge or cite): the subject of
# any of these in a sentence is one of its sources.
SPEECH_VERBS = frozenset(
    "say tell state announce write testify explain add note claim insist argue report declare "
    "stress acknowledge admit reveal tweet post reply respond recall conclude predict warn "
    "confirm deny".split())

# Words that may sit between a speaker and the reporting verb ("Hamas has also said").
SPEAKER_FILLERS = frozenset(
    "a an the has have had is was were are been be also officially openly publicly later then "
    "previously repeatedly reportedly separately earlier again once recently already now "
    "did does do not".split()
)

# Adverbs of degree and time that may stand between a speaker and the verb ("Gizmodo very
# recently explained"); with the -ly adverbs and dates, never part of who spoke.
DEGREE_ADVERBS = frozenset(
    "very quite rather so too just still even ever never soon once again almost already also "
    "first later since then now today".split())

# Words that end a speaker span when walking back from the verb ("..., which Trump said").
CLAUSE_BOUNDARIES = frozenset(
    "that which who whom whose while as but after before when because since if though although "
    "where whereas whether than so yet what how why".split()
)

# A reporting-verb form after one of these is a noun ("those claims", "with reports").
NOUN_MARKERS = frozenset(
    "the a an this that these those his her their its our your my such any some many no "
    "with of for in on by from amid after before".split()
)

# --- event verbs and polarity -------------------------------------------------------------------

# Polar predicates: lemma -> (class, sign). Two predicates of one class with opposite signs
# (after negation) are a polarity flip: "talks collapsed" vs "talks resumed".
POLAR_LEMMAS: dict[str, tuple[str, int]] = {
    # the state of talks / a process
    "resume": ("continuity", 1), "continue": ("continuity", 1), "restart": ("continuity", 1),
    "progress": ("continuity", 1), "advance": ("continuity", 1), "revive": ("continuity", 1),
    "breakthrough": ("continuity", 1), "resumption": ("continuity", 1),
    "succeed": ("continuity", 1), "ongoing": ("continuity", 1),
    "collapse": ("continuity", -1), "break down": ("continuity", -1),
    "breakdown": ("continuity", -1), "stall": ("continuity", -1), "halt": ("continuity", -1),
    "stop": ("continuity", -1), "suspend": ("continuity", -1), "cut short": ("continuity", -1),
    "call off": ("continuity", -1), "fail": ("continuity", -1), "failure": ("continuity", -1),
    "falter": ("continuity", -1), "deadlock": ("continuity", -1),
    "standstill": ("continuity", -1),
    # presence at the table
    "return": ("presence", 1), "rejoin": ("presence", 1), "re-engage": ("presence", 1),
    "withdraw": ("presence", -1), "withdrawal": ("presence", -1), "pull out": ("presence", -1),
    "exit": ("presence", -1), "walk away": ("presence", -1), "step back": ("presence", -1),
    "quit": ("presence", -1), "retreat": ("presence", -1),
    # assertions
    "confirm": ("affirm", 1), "acknowledge": ("affirm", 1), "admit": ("affirm", 1),
    "verify": ("affirm", 1), "deny": ("affirm", -1),
    # acceptance
    "accept": ("accept", 1), "approve": ("accept", 1), "endorse": ("accept", 1),
    "reject": ("accept", -1), "rejection": ("accept", -1), "dismiss": ("accept", -1),
    "turn down": ("accept", -1), "veto": ("accept", -1), "block": ("accept", -1),
    "agree": ("agree", 1), "agreement": ("agree", 1), "refuse": ("agree", -1),
    "refusal": ("agree", -1), "decline": ("agree", -1),
    # direction of a figure
    "rise": ("trend", 1), "increase": ("trend", 1), "grow": ("trend", 1), "climb": ("trend", 1),
    "surge": ("trend", 1), "soar": ("trend", 1), "mount": ("trend", 1), "jump": ("trend", 1),
    "fall": ("trend", -1), "decrease": ("trend", -1), "drop": ("trend", -1),
    "plunge": ("trend", -1), "shrink": ("trend", -1),
    # permission
    "allow": ("allow", 1), "permit": ("allow", 1), "open": ("allow", 1), "reopen": ("allow", 1),
    "lift": ("allow", 1), "ban": ("allow", -1), "bar": ("allow", -1), "close": ("allow", -1),
    "prohibit": ("allow", -1), "seal": ("allow", -1),
    # stance
    "support": ("stance", 1), "praise": ("stance", 1), "welcome": ("stance", 1),
    "oppose": ("stance", -1), "condemn": ("stance", -1), "blame": ("stance", -1),
    "criticize": ("stance", -1), "criticise": ("stance", -1),
    # custody
    "release": ("custody", -1), "free": ("custody", -1), "detain": ("custody", 1),
    "arrest": ("custody", 1), "capture": ("custody", 1), "seize": ("custody", 1),
    "abduct": ("custody", 1),
    "win": ("outcome", 1), "lose": ("outcome", -1),
    # scale of operations
    "expand": ("scale", 1), "intensify": ("scale", 1), "escalate": ("scale", 1),
    "widen": ("scale", 1), "reduce": ("scale", -1), "scale back": ("scale", -1),
    "de-escalate": ("scale", -1), "narrow": ("scale", -1),
}

# Verbs that only frame another one when followed by "to" or an -ing form ("continues to
# move", "failed to produce"): then they are not the event.
ASPECTUAL_LEMMAS = frozenset({"continue", "fail", "stop", "start", "begin", "resume", "end"})

# Event verbs without an opposite: they make a sentence with a named entity a claim.
PLAIN_EVENT_LEMMAS = frozenset(
    "kill die wound injure attack strike bomb shell target invade launch sign leave meet visit "
    "send deliver displace destroy demolish evacuate deploy hold seek demand propose offer "
    "threaten vow pledge plan cut impose mediate broker negotiate host elect appoint resign "
    "sanction recognize recognise fire shoot starve flee besiege occupy order begin start end "
    "reach announce engage criticize criticise accuse blame travel arrive depart".split()
)

# Irregular forms, general English: of the event verbs above and of common verbs and
# adjectives (comparatives), for antonyms.lemma_candidates ("won" -> win, "better" -> good).
IRREGULAR: dict[str, tuple[str, ...]] = {
    lemma: tuple(forms.split()) for lemma, forms in {
        "break": "broke broken", "cut": "cutting", "fall": "fell fallen", "rise": "rose risen",
        "grow": "grew grown", "win": "won winning", "lose": "lost", "leave": "left",
        "withdraw": "withdrew withdrawn", "stop": "stopped stopping", "admit": "admitted",
        "quit": "quitting", "strike": "struck", "hold": "held", "seek": "sought",
        "shoot": "shot", "begin": "began begun beginning", "send": "sent", "meet": "met",
        "flee": "fled", "free": "freed", "plan": "planned planning", "veto": "vetoes vetoed",
        "shrink": "shrank shrunk", "shut": "shutting", "commit": "committed committing",
        "be": "was were been", "have": "had", "do": "did done", "go": "went gone",
        "give": "gave given", "take": "took taken", "buy": "bought", "sell": "sold",
        "come": "came", "find": "found", "teach": "taught", "keep": "kept", "lend": "lent",
        "spend": "spent", "bring": "brought", "think": "thought", "catch": "caught",
        "fight": "fought", "forget": "forgot forgotten", "hide": "hid hidden", "show": "shown",
        "freeze": "froze frozen", "wake": "woke woken", "sleep": "slept", "stand": "stood",
        "sit": "sat", "lie": "lay lain", "good": "better best", "bad": "worse worst",
        "much": "more most", "little": "less least", "far": "farther further farthest",
        "old": "elder eldest",
    }.items()
}
IRREGULAR_FORMS: dict[str, str] = {form: lemma for lemma, forms in IRREGULAR.items()
                                   for form in forms}

# Two-word predicates: first word lemma -> particles that complete it.
PHRASAL: dict[str, tuple[str, ...]] = {
    "break": ("down",), "cut": ("short",), "pull": ("out",), "walk": ("away",),
    "turn": ("down",), "call": ("off",), "step": ("back",), "scale": ("back",),
}


def _event_form_index() -> dict[str, str]:
    """{surface form: lemma} for every single-word event verb and noun above."""
    index: dict[str, str] = {}
    for lemma in (*POLAR_LEMMAS, *PLAIN_EVENT_LEMMAS):
        if " " in lemma:
            continue
        for form in verb_forms(lemma, *IRREGULAR.get(lemma, ())):
            index.setdefault(form, lemma)
    return index


def _phrasal_head_index() -> dict[str, str]:
    return {form: head for head in PHRASAL for form in verb_forms(head, *IRREGULAR.get(head, ()))}


EVENT_FORMS: dict[str, str] = _event_form_index()
PHRASAL_HEADS: dict[str, str] = _phrasal_head_index()

# Tokens that negate what follows them (within a short window).
NEGATORS = frozenset(
    "not never no none nobody nothing neither nor without cannot lack lacking unable".split()
)
# Negators counted for the sentence-level polarity of a frame ("lack" is a noun reading there).
SENTENCE_NEGATORS = frozenset("not never no none nobody nothing neither nor without cannot".split())

# --- modality -----------------------------------------------------------------------------------

MODALITY_WORDS: dict[str, str] = {
    **dict.fromkeys(
        "may might could possibly perhaps probably likely unlikely".split(), "possible"),
    **dict.fromkeys(
        "reportedly allegedly purportedly apparently supposedly alleged unconfirmed".split(),
        "reported"),
    **dict.fromkeys("will shall".split(), "future"),
}
# Two-word hedges after a form of "be": "is said to", "are believed to", "is going to".
BE_FORMS = frozenset("is are was were be been being 's".split())
MODALITY_PAIRS: dict[tuple[str, str], str] = {
    ("said", "to"): "reported", ("believed", "to"): "reported", ("thought", "to"): "reported",
    ("reported", "to"): "reported", ("expected", "to"): "future", ("going", "to"): "future",
    ("set", "to"): "future",
}

# --- quantities ---------------------------------------------------------------------------------

# Qualifier phrase -> class. Phrases in one class say the same thing ("over" = "more than"),
# so swapping them is style; moving between classes ("over" -> "at least") is a change.
QUALIFIERS: dict[str, str] = {
    "more than": ">", "over": ">", "in excess of": ">", "upwards of": ">", "just over": ">",
    "at least": ">=", "no fewer than": ">=", "no less than": ">=", "a minimum of": ">=",
    "nearly": "<~", "almost": "<~", "close to": "<~", "just under": "<~", "approaching": "<~",
    "about": "~", "around": "~", "roughly": "~", "approximately": "~", "some": "~",
    "an estimated": "~", "estimated": "~", "circa": "~", "as many as": "<=", "up to": "<=",
    "at most": "<=", "no more than": "<=", "fewer than": "<", "less than": "<", "under": "<",
    "exactly": "=", "precisely": "=",
}
QUALIFIER_MAX_WORDS = max(len(q.split()) for q in QUALIFIERS)

NUMBER_WORDS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
}
SCALE_WORDS: dict[str, int] = {
    "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
# Counts without a value ("dozens of", "hundreds of thousands"): compared by their words.
VAGUE_COUNTS = frozenset(
    "dozens hundreds thousands millions billions scores tens".split()
)
UNIT_WORDS: dict[str, str] = {"percent": "%", "per cent": "%", "%": "%", "$": "$", "€": "€",
                              "£": "£"}

# What a count measures, for one-line summaries ("death toll changed 35,000 → 36,000"): the
# name, and the words that say it when they stand near the number ("35,000 Palestinians have
# been killed", "a death toll of 35,000", "killing 35,000").
MEASURE_CUES: dict[str, frozenset[str]] = {
    "death toll": frozenset(
        "killed kill kills killing dead died die dies death deaths fatalities toll".split()),
    "number wounded": frozenset("wounded injured injuries injuring hurt".split()),
    "number displaced": frozenset("displaced homeless uprooted fled refugees".split()),
    "number of hostages": frozenset("hostages hostage captives".split()),
    "number detained": frozenset("arrested detained detainees prisoners".split()),
}
MEASURE_CUE_WORDS: dict[str, str] = {
    word: name for name, words in MEASURE_CUES.items() for word in words}
MEASURE_WINDOW_AFTER = 6  # words after the number a cue may stand ("... have been killed")
MEASURE_WINDOW_BEFORE = 4  # and before it ("the death toll rose to 35,000")

# --- dates --------------------------------------------------------------------------------------

# English, then the languages of the pages the monitor reads most after it (French, Spanish,
# German): numbers and dates in those are compared too. French and Spanish write them in
# lowercase, German capitalizes them; the date pattern is case-sensitive (see measures.py).
MONTHS = (
    "January February March April May June July August September October November December "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
    "diciembre Januar Februar März Juni Juli Oktober Dezember"
).split()
MONTH_ABBREVIATIONS = {"Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April",
                       "Jun": "June", "Jul": "July", "Aug": "August", "Sep": "September",
                       "Sept": "September", "Oct": "October", "Nov": "November",
                       "Dec": "December"}
WEEKDAYS = (
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles jueves viernes sábado domingo "
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag"
).split()
# Capitalized words that are dates, never names.
DATE_NAMES = frozenset((*MONTHS, *WEEKDAYS, *MONTH_ABBREVIATIONS))
RELATIVE_DATES = (
    "today", "yesterday", "tomorrow", "tonight", "this week", "last week", "next week",
    "this month", "last month", "next month", "this year", "last year", "next year",
    "last night", "this weekend", "last weekend", "earlier this week", "later this week",
    "earlier this month", "later this month", "earlier this year", "later this year",
)
# Every relative date holds one of these words (tested): a sentence without any of them, a
# digit or a month or weekday name has no date, and the date pattern need not run.
RELATIVE_DATE_WORDS = ("today", "yesterday", "tomorrow", "tonight", "week", "weekend", "month",
                       "year", "night")
# Words before "May" that make it the month rather than the modal verb.
MONTH_MAY_LEFT = frozenset("in on since by until till early late mid of last next this from "
                           "during before after".split())

# --- entities -----------------------------------------------------------------------------------

# Capitalized words that are not names: sentence starters, function words, common adverbs.
STOP_CAPS = frozenset(
    "a an the this that these those there their they them then than it its it's he she his her "
    "we our us you your i me my mine in on at by for from of to with without within into onto "
    "over under after before during since until as and or but nor so yet if when while where "
    "whereas whether because although though however meanwhile moreover furthermore "
    "nevertheless nonetheless still also despite amid amidst among between about above below "
    "according accordingly instead indeed thus hence therefore earlier later now today "
    "yesterday tomorrow tonight here what which who whom whose why how all any both each every "
    "few many more most much no not none some such other another one two three four five six "
    "seven eight nine ten first second third last next new old former previous previously "
    "recently currently reportedly allegedly apparently meanwhile some several sources "
    "officials analysts critics observers experts reports reactions despite do does did is are "
    "was were be been being has have had will would can could should may might must shall "
    "let yes per via toward towards upon across against along around beyond near through "
    "throughout up down out off again once just only even ever never always often sometimes "
    "finally ultimately overall similarly likewise additionally separately specifically "
    "notably importantly crucially surprisingly unfortunately fortunately clearly obviously "
    "q&a what's that's it's there's here's".split()
)

# Spellings of one entity: compared as one key.
ENTITY_ALIASES: dict[str, str] = {
    "u.s.": "us", "u.s": "us", "united states": "us", "usa": "us", "u.s.a.": "us",
    "america": "us", "u.n.": "un", "united nations": "un", "e.u.": "eu",
    "european union": "eu", "u.k.": "uk", "united kingdom": "uk", "britain": "uk",
    "great britain": "uk",
}

# Words that may lengthen a place's name without making it another place ("Gaza Strip").
GENERIC_NAME_WORDS = frozenset(
    "strip city province region county district governorate area territory territories "
    "government administration ministry department".split()
)

# Words that may join capitalized words into one name ("Secretary of State", "bin Salman").
NAME_CONNECTORS = frozenset("of for al el bin ibn de del da van von der la le".split())

# --- topic words (relate_to_story) --------------------------------------------------------------

STOPWORDS = frozenset(
    "a an the and or but nor so yet if then than that this these those there their they them "
    "it its he she his her we our you your i me my of to in on at by for from with without "
    "into onto over under after before during since until as is are was were be been being "
    "has have had do does did will would can could should may might must shall not no also "
    "about above below between among amid against along around through toward towards upon "
    "which who whom whose what when where why how all any both each every few many more most "
    "much some such other another only even just still very said says say told tell according "
    "while however meanwhile now new one two made make makes being".split()
)
# Not topics either: who said it, not what it is about. Two claims sharing only "officials"
# are not about the same thing.
TOPIC_STOPWORDS = STOPWORDS | frozenset(
    "official officials source sources reporter reporters spokesperson spokesman statement "
    "analyst analysts media report reports added noted".split()
)
# Canonical forms of topic words that news uses interchangeably.
TOPIC_SYNONYMS: dict[str, str] = {
    "negotiations": "talks", "negotiation": "talks", "talk": "talks", "discussions": "talks",
    "discussion": "talks", "truce": "ceasefire", "cease-fire": "ceasefire",
}

# Groups blamed as a whole: "both sides", "the parties".
COLLECTIVE_TARGETS = frozenset("sides parties side party".split())
BLAME_LEMMAS = frozenset("accuse blame criticize criticise fault unwillingness unwilling "
                         "patience".split())

WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\-]*")
