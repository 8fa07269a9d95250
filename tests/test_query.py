"""The watch query language: parsing (canonical forms, errors with columns) and matching on the
seed corpus and on off-topic articles written for these tests."""

from __future__ import annotations

import json
import re

import pytest

from monitor.errors import QuerySyntaxError
from monitor.query import Hit, match, parse_query, prepare
from monitor.query.text import stem

CEASEFIRE_WATCH = "(ceasefire OR truce) AND (Gaza OR Hamas)"
ALL_SEEDS = {"000", "001", "002", "003", "004"}

FOOTBALL = (
    "Arsenal edge Chelsea in a fiery London derby",
    (
        "Arsenal beat Chelsea 2-1 at the Emirates on Saturday. Saka opened the scoring after ten "
        "minutes and the visitors never ceased pressing, but their fire faded after the break. "
        "Palmer equalised from the spot before Havertz headed the winner. 'We did not stop "
        "believing,' the Arsenal manager said, adding that contract talks with Saka went well."
    ),
)
MARKETS = (
    "Stocks climb as US-China trade talks resume",
    (
        "Shares rose on Tuesday after Washington and Beijing said trade talks would resume next "
        "week, extending a tariff truce that has calmed markets since May. The S&P 500 gained 0.8% "
        "and the Nasdaq 1.1%. Oil slipped as traders weighed OPEC+ output plans; gold was flat. "
        "Analysts said the talks, held in Geneva, could cut tariffs on electronics."
    ),
)


def split_article(text: str) -> tuple[str, str]:
    """A seed's first non-empty line as its title, the rest as its text."""
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[0], "\n".join(lines[1:])


@pytest.fixture(scope="module")
def seeds(corpus) -> dict[str, tuple[str, str]]:
    return {key: split_article(text) for key, text in corpus.items()}


# --------------------------------------------------------------------------- parsing

CANONICAL = [
    ("ceasefire", "ceasefire"),
    ("Ceasefire Gaza", "ceasefire AND gaza"),
    (CEASEFIRE_WATCH, "(ceasefire OR truce) AND (gaza OR hamas)"),
    ("ceasefire or truce", "ceasefire OR truce"),
    ("a OR b AND c", "a OR (b AND c)"),
    ("a AND NOT b OR c", "(a AND NOT b) OR c"),
    ("NOT (a OR b) c", "NOT (a OR b) AND c"),
    ("a AND (b AND c) AND (d)", "a AND b AND c AND d"),
    ('ceasefire -title:"live blog"', 'ceasefire AND NOT title:"live blog"'),
    ("title:(ceasefire OR truce) gaza", "(title:ceasefire OR title:truce) AND gaza"),
    ("Title: gaza", "title:gaza"),
    ('text:"Cease-fire   talks"', 'text:"cease-fire talks"'),
    ("negotiat* and gaza", "negotiat* AND gaza"),
    ('"not guilty" verdict', '"not guilty" AND verdict'),
    ('=Hamas -="Hama city"', '=hamas AND NOT ="hama city"'),
    ("“ceasefire talks” Doha", '"ceasefire talks" AND doha'),
    ("Médecins Sans Frontières", "médecins AND sans AND frontières"),
    ("US-Gaza U.S.", "us-gaza AND u.s."),
    ("-sport (ceasefire)", "NOT sport AND ceasefire"),
]


@pytest.mark.parametrize(("text", "canonical"), CANONICAL)
def test_valid_query_has_canonical_form_that_parses_back(text, canonical):
    query = parse_query(text)
    assert str(query) == canonical
    assert parse_query(canonical) == query


INVALID = [
    ("", 1, "empty query"),
    ("   ", 1, "empty query"),
    ("truce (gaza OR hamas", 7, "unclosed parenthesis opened at column 7"),
    ("ceasefire AND", 11, "AND needs a term after it"),
    ("ceasefire AND OR truce", 11, "AND needs a term after it, found OR"),
    ("AND gaza", 1, "AND needs a term before it"),
    ("gaza OR", 6, "OR needs a term after it"),
    ("gaza NOT", 6, "NOT needs a term after it"),
    ("titel:gaza", 1, "unknown field 'titel' (expected title or text)"),
    ("gaza body:hamas", 6, "unknown field 'body' (expected title or text)"),
    ('ceasefire "live blog', 11, "unclosed quote opened at column 11"),
    ("gaza )", 6, "unexpected ')'"),
    ("gaza ()", 6, "empty parentheses"),
    ('gaza ""', 6, "empty phrase"),
    ("gaza &&", 6, "'&&' has no letters or digits"),
    ("NOT gaza", 1, "'NOT gaza' alone would match every article"),
    ("ceasefire OR -gaza", 14, "'NOT gaza' alone would match every article"),
    ("neg*tiate", 4, "* can only end a word"),
    ('"ne* fire"', 4, "a wildcard needs at least 3 letters"),
    ("ne*", 3, "a wildcard needs at least 3 letters"),
    ("title:", 1, "title: needs a word, phrase or (group) after it"),
    ("title:-sport gaza", 1, "title: needs a word, phrase or (group) after it, found '-'"),
    ("title:(gaza OR text:hamas)", 16, "text: cannot be used inside title:(…)"),
    ("gaza - hamas", 6, "'-' must be followed directly by a term"),
    ("= hamas", 1, "'=' must be followed directly by a term"),
    ("(" * 40 + "gaza" + ")" * 40, 33, "nested too deeply"),
]


@pytest.mark.parametrize(("text", "column", "message"), INVALID)
def test_invalid_query_names_column_and_what_was_expected(text, column, message):
    with pytest.raises(QuerySyntaxError) as raised:
        parse_query(text)
    assert raised.value.column == column
    assert message in raised.value.message


# --------------------------------------------------------------------------- matching the corpus

CORPUS_MATCHES = [
    (CEASEFIRE_WATCH, ALL_SEEDS),
    ('"ceasefire talks"', {"000", "001", "002", "003"}),  # 004 has "talks … on Gaza ceasefire"
    ('"cease-fire talks"', {"000", "001", "002", "003"}),
    ('"cease fire talk"', {"000", "001", "002", "003"}),
    ("title:ceasefire", {"001", "002", "004"}),  # 000 and 003 start with page junk
    ("text:ceasefire", ALL_SEEDS),
    ('title:(collapse OR "break down")', {"001"}),
    ("(ceasefire OR truce) AND NOT Witkoff", ALL_SEEDS - {"003"}),
    ("ceasefire -Trump", {"001", "002", "003"}),
    ('ceasefire AND NOT title:"break down"', ALL_SEEDS - {"001"}),
    ("medecins", {"002"}),
    ('"MÉDECINS sans frontieres"', {"002"}),
    ("negotiat* AND Doha", {"002", "004"}),
    ("Netanyahu OR Witkoff", {"003", "004"}),
]


@pytest.mark.parametrize(("text", "expected"), CORPUS_MATCHES)
def test_query_selects_expected_seed_articles(seeds, text, expected):
    query = parse_query(text)
    matched = {key for key, (title, body) in seeds.items() if match(query, title, body).matched}
    assert matched == expected


@pytest.mark.parametrize("text", [CEASEFIRE_WATCH, '"ceasefire talks"', "title:ceasefire"])
@pytest.mark.parametrize("article", [FOOTBALL, MARKETS], ids=["football", "markets"])
def test_off_topic_articles_do_not_match(text, article):
    assert not match(parse_query(text), *article).matched


@pytest.mark.parametrize(("text", "article"), [("talks", MARKETS), ("fire", FOOTBALL)])
def test_off_topic_articles_do_match_their_own_words(text, article):
    # Guards the test above against passing because nothing ever matches these texts.
    assert match(parse_query(text), *article).matched


def test_ceasefire_count_agrees_with_an_independent_count_of_its_spellings(seeds):
    spellings = re.compile(r"\bcease[-\s]?fires?\b", re.IGNORECASE)
    query = parse_query("ceasefire")
    for title, body in seeds.values():
        counts = {hit.field: hit.count for hit in match(query, title, body).hits}
        assert counts.get("title", 0) == len(spellings.findall(title))
        assert counts.get("text", 0) == len(spellings.findall(body))


# --------------------------------------------------------------------------- word forms

WORD_FORMS = [
    ("ceasefire", "Both sides agreed to a cease-fire on Sunday.", True),
    ("ceasefire", "Earlier Ceasefires collapsed within days.", True),
    ("ceasefire", "They called for a cease fire in the north.", True),
    ("ceasefire", "CEASE-FIRE HOLDS", True),
    ("cease-fire", "The ceasefire held overnight.", True),
    ('"cease fire"', "The ceasefire held overnight.", True),
    ("ceasefir*", "A cease-fire was agreed.", True),
    ('"ceasefire talks"', "Cease-fire talk resumed in Doha.", True),
    ('"ceasefire talks"', "Ceasefire: talks resume on Monday.", True),  # punctuation ignored
    ('"ceasefire talks"', "The ceasefire collapsed and talks stalled.", False),
    ("ceasefire", "The fire did not cease until dawn.", False),
    ("cease", "The ceasefire held.", False),  # words, not substrings
    ("truce", "Construction of the new stadium resumed.", False),
    ("talks", "She talked to reporters.", True),
    ("talk", "Negotiators are talking again.", True),
    ("medecins", "said a spokesperson for Médecins Sans Frontières", True),
    ("Médecins", "MEDECINS SANS FRONTIERES said", True),
    ("hamas", "Hamas’s negotiators left Doha.", True),
    ("GAZA", "in gaza city", True),
    ("U.S.", "the US envoy arrived", True),
    ("negotiat*", "US negotiators cut short the talks.", True),
    ("negotiat*", "The talks went nowhere.", False),
    # Stemming folds Hamas and Hama (the Syrian city) together; = is the way out.
    ("hamas", "Shelling resumed in Hama overnight.", True),
    ("=hamas", "Shelling resumed in Hama overnight.", False),
    ("=hamas", "Hamas’s negotiators left Doha.", True),
    ("=ceasefire", "A cease-fire was agreed.", False),
]


@pytest.mark.parametrize(("text", "body", "expected"), WORD_FORMS)
def test_word_forms(text, body, expected):
    assert match(parse_query(text), "", body).matched is expected


@pytest.mark.parametrize(
    ("text", "title", "body", "expected"),
    [
        ("title:ceasefire", "Truce holds in Gaza", "The ceasefire held overnight.", False),
        ("title:truce", "Truce holds in Gaza", "The ceasefire held overnight.", True),
        ("text:truce", "Truce holds in Gaza", "The ceasefire held overnight.", False),
        ('"gaza ceasefire"', "Talks in Gaza", "Ceasefire holds.", False),  # fields don't join
    ],
)
def test_field_scopes(text, title, body, expected):
    assert match(parse_query(text), title, body).matched is expected


# --------------------------------------------------------------------------- results


def test_explain_names_matched_terms_fields_and_snippets(seeds):
    result = match(parse_query(CEASEFIRE_WATCH), *seeds["001"])
    lines = result.explain().splitlines()
    assert lines[0] == "matched: (ceasefire OR truce) AND (gaza OR hamas)"
    ceasefire = next(line for line in lines if line.startswith("  ceasefire: "))
    assert ceasefire.startswith("  ceasefire: title ×1, text ×3 — “")
    assert {(hit.term, hit.field) for hit in result.hits} == {
        ("ceasefire", "title"),
        ("ceasefire", "text"),
        ("truce", "text"),
        ("gaza", "title"),
        ("gaza", "text"),
        ("hamas", "title"),
        ("hamas", "text"),
    }


@pytest.mark.parametrize(
    ("text", "article", "first_line", "more"),
    [
        (CEASEFIRE_WATCH, MARKETS, "no match: needs gaza OR hamas — neither appears", "truce:"),
        (
            CEASEFIRE_WATCH,
            FOOTBALL,
            "no match: needs ceasefire OR truce — neither appears",
            "  and needs gaza OR hamas — neither appears",
        ),
        (
            "ceasefire AND (gaza OR hamas OR israel)",
            MARKETS,
            "no match: needs ceasefire — it does not appear",
            "needs gaza OR hamas OR israel — none of them appears",
        ),
        (
            "title:talks AND title:ceasefire",
            MARKETS,
            "no match: needs title:ceasefire — it does not appear in the title",
            "  talks: title ×1 — “Stocks climb as US-China trade talks resume”",
        ),
        (
            '(ceasefire OR truce) AND NOT "trade talks"',
            MARKETS,
            'no match: excluded by NOT "trade talks" — "trade talks" appears in title ×1, text ×1',
            'query: (ceasefire OR truce) AND NOT "trade talks"',
        ),
    ],
)
def test_explain_names_the_failing_clause(text, article, first_line, more):
    result = match(parse_query(text), *article)
    explanation = result.explain()
    assert not result.matched
    assert explanation.splitlines()[0] == first_line
    assert more in explanation


def test_exclusion_that_held_is_reported(seeds):
    result = match(parse_query("(ceasefire OR truce) AND NOT Witkoff"), *seeds["000"])
    assert result.matched
    assert "  witkoff: absent, as NOT requires" in result.explain().splitlines()


def test_snippet_surrounds_first_occurrence(seeds):
    title, body = seeds["000"]
    hit = next(
        hit for hit in match(parse_query("Guterres"), title, body).hits if hit.field == "text"
    )
    assert hit.count == 1
    assert "Guterres" in hit.snippet
    assert len(hit.snippet) <= 82  # 80 characters and the two ellipses
    words = hit.snippet.strip("…").split()
    assert " ".join(words) in " ".join(body.split())  # whole words of the text, no fragments


def test_to_dict_is_json_ready(seeds):
    result = match(parse_query(CEASEFIRE_WATCH + " -witkoff"), *seeds["002"])
    data = json.loads(json.dumps(result.to_dict()))
    assert data["matched"] is True
    assert data["query"] == "(ceasefire OR truce) AND (gaza OR hamas) AND NOT witkoff"
    assert data["explanation"] == result.explain()
    assert [Hit(**term) for term in data["terms"]] == result.hits


def test_prepared_document_gives_the_same_result_as_title_and_text(seeds):
    title, body = seeds["004"]
    article = prepare(title, body)
    for text, _ in CORPUS_MATCHES:
        query = parse_query(text)
        assert match(query, article).to_dict() == match(query, title, body).to_dict()


def test_match_with_title_but_no_text_is_a_type_error():
    with pytest.raises(TypeError):
        match(parse_query("gaza"), "Gaza")  # type: ignore[call-overload]


def test_term_written_twice_is_reported_once():
    result = match(parse_query("ceasefire AND title:ceasefire"), "Ceasefire holds", "It held.")
    assert result.hits == [Hit("ceasefire", "title", 1, "Ceasefire holds")]


def test_words_are_stemmed_by_the_c_stemmer_with_the_pure_python_ones_stems():
    """PyStemmer is a dependency: stemming the new words of every article was most of the
    matcher's preparation in the pure-Python stemmer. Same Snowball algorithm, same stems."""
    import snowballstemmer
    from snowballstemmer.english_stemmer import EnglishStemmer

    assert type(snowballstemmer.stemmer("english")).__module__ == "Stemmer"
    words = ["talks", "talked", "negotiations", "ceasefire", "hostages", "withdrew", "généraux"]
    assert [stem(w) for w in words] == [EnglishStemmer().stemWord(w) for w in words]
