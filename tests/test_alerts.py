"""Alerts: ids, builders, validation, JSON, schema, text, lead summary, and the docs.

docs/webhooks.md is checked against the code: its examples are the builders' output, its
signed request verifies, and its field tables list exactly the models' fields.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError
from standardwebhooks import Webhook

from monitor.alerts import (
    SCHEMA_PATH,
    AlertPayload,
    ArticleInfo,
    ClaimChangeInfo,
    ClaimContextInfo,
    ClaimsChangedAlert,
    ClaimsChangedData,
    CopyInfo,
    MatchInfo,
    MatchTerm,
    NewArticleAlert,
    NewArticleData,
    StoryInfo,
    WatchRef,
    alert_id,
    alert_json_schema,
    article_info,
    build_claims_changed_alert,
    build_new_alert,
    lead_summary,
    render_text,
    schema_text,
    story_info,
    webhook_message_id,
)
from monitor.alerts.render import RELATION_LABELS
from monitor.alerts.sinks.webhook import request_headers
from monitor.claims import CHANGE_TYPES, RELATIONS
from monitor.settings import WatchSettings
from monitor.state import stories
from monitor.state.articles import Article
from tools.alert_examples import (
    TEXT,
    example_claims_changed_alert,
    example_new_alert,
    render_docs,
)

DOCS = Path(__file__).resolve().parent.parent / "docs" / "webhooks.md"
EXAMPLES = {
    "article.new": example_new_alert,
    "article.claims_changed": example_claims_changed_alert,
}


def parts(payload: AlertPayload) -> dict:
    """The builder arguments that made `payload`, as models."""
    data = payload.data
    return {"watch": data.watch, "article": data.article, "story": data.story}


def new_alert_args(**changes) -> dict:
    base = example_new_alert()
    args = parts(base) | {
        "match": base.data.match,
        "claims_context": base.data.claims_context,
        "now": base.timestamp,
    }
    return args | changes


def changed_alert_args(**changes) -> dict:
    base = example_claims_changed_alert()
    fields = ("changes", "summary", "from_version", "to_version", "from_fetched_at")
    args = parts(base) | {name: getattr(base.data, name) for name in fields}
    return args | {"to_fetched_at": base.data.to_fetched_at, "now": base.timestamp} | changes


# --- ids ------------------------------------------------------------------------------------

ID_FORMAT = re.compile(r"^msg_[a-z2-7]{26}$")


def test_alert_id_is_deterministic_and_header_safe():
    first = alert_id("article.new", "gaza-ceasefire", "a-7f3c2e91d4b0", 1)
    assert first == alert_id("article.new", "gaza-ceasefire", "a-7f3c2e91d4b0", 1)
    assert ID_FORMAT.match(first)


@pytest.mark.parametrize(
    "other",
    [
        ("article.claims_changed", "gaza-ceasefire", "a-7f3c2e91d4b0", 1),
        ("article.new", "gaza-aid", "a-7f3c2e91d4b0", 1),
        ("article.new", "gaza-ceasefire", "a-0000aaaa1111", 1),
        ("article.new", "gaza-ceasefire", "a-7f3c2e91d4b0", 2),
        # the separator keeps shifted boundaries apart
        ("article.new", "gaza-ceasefire\x1fa", "-7f3c2e91d4b0", 1),
    ],
)
def test_alert_id_differs_when_any_input_differs(other):
    assert alert_id(*other) != alert_id("article.new", "gaza-ceasefire", "a-7f3c2e91d4b0", 1)


def test_webhook_message_id_is_per_sink_and_stable():
    aid = example_new_alert().data.alert_id
    ids = {webhook_message_id(aid, sink) for sink in ("ops", "newsroom", "ops")}
    assert len(ids) == 2 and aid not in ids
    assert all(ID_FORMAT.match(i) for i in ids)


# --- builders and validation ----------------------------------------------------------------


def test_new_alert_carries_its_parts_and_id():
    payload = build_new_alert(**new_alert_args())
    assert isinstance(payload, NewArticleAlert) and payload.type == "article.new"
    assert payload.data.alert_id == alert_id("article.new", "gaza-ceasefire", "a-7f3c2e91d4b0", 1)
    assert [c.relation for c in payload.data.claims_context] == [
        "contradiction", "update", "new", "new"]


def test_claims_changed_alert_id_is_keyed_on_the_later_version():
    payload = build_claims_changed_alert(**changed_alert_args())
    assert isinstance(payload, ClaimsChangedAlert)
    expected = alert_id("article.claims_changed", "gaza-ceasefire", "a-7f3c2e91d4b0", 2)
    assert payload.data.alert_id == expected


def test_rebuilding_later_keeps_the_id():
    later = example_new_alert().timestamp + timedelta(hours=3)
    rebuilt = build_new_alert(**new_alert_args(now=later))
    assert rebuilt.data.alert_id == example_new_alert().data.alert_id
    assert rebuilt.timestamp != example_new_alert().timestamp


def test_builders_accept_plain_dicts_of_the_same_shape():
    as_dicts = {
        name: (
            [v.model_dump() for v in value]
            if isinstance(value, list)
            else value.model_dump()
            if isinstance(value, BaseModel)
            else value
        )
        for name, value in new_alert_args().items()
    }
    assert build_new_alert(**as_dicts) == example_new_alert()


def test_watch_ref_from_watch_settings():
    settings = WatchSettings(id="gaza-ceasefire", title="Gaza ceasefire talks", query="ceasefire")
    assert WatchRef.of(settings) == WatchRef(
        id="gaza-ceasefire", title="Gaza ceasefire talks", query="ceasefire"
    )


def utc_seconds(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()


def test_article_info_from_the_stored_article():
    stored = Article(
        id="a-7f3c2e91d4b0",
        url="https://worlddesk.example/world/2025/07/25/gaza-talks-cut-short?utm_source=rss",
        canonical_url="https://worlddesk.example/world/2025/07/25/gaza-talks-cut-short",
        title=example_new_alert().data.article.title,
        source="World Desk Daily",
        feed_id="worlddesk",
        published="2025-07-25T09:12:00",  # naive, as feeds state it: read as UTC
        authors=["Dana Reyes"],
        language="en",
        summary="The feed's own teaser, not the lead summary",
        version=1,
    )
    copies = [{"url": "https://syndicate.example/wire/gaza-talks-cut-short",
               "source": "Syndicate Wire", "seen_at": utc_seconds("2025-07-25T09:31:07")}]
    summary = lead_summary(TEXT, language="en")
    info = article_info(stored, summary=summary, copies=copies)
    assert info == example_new_alert().data.article
    assert info.model_dump_json() == example_new_alert().data.article.model_dump_json()


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2025-07-25T12:12:00+03:00", datetime(2025, 7, 25, 9, 12, tzinfo=UTC)),
        ("2025-05-11", datetime(2025, 5, 11, tzinfo=UTC)),
        ("Fri, 25 Jul 2025", None),  # not ISO: left out rather than guessed
        ("", None),
        (None, None),
    ],
)
def test_article_info_reads_loose_times(published, expected):
    stored = Article(id="a-1", url="https://x.example/a", canonical_url="", version=1,
                     published=published)
    assert article_info(stored, summary="", copies=[]).published == expected


def test_story_info_from_the_story_record():
    example = example_new_alert().data.story
    record = stories.StoryInfo(
        watch_id=example.watch_id,
        piece_number=3,
        pieces=3,
        sources=list(example.source_names),
        first_seen=utc_seconds("2025-05-11T08:30:12"),
        last_seen=utc_seconds("2025-07-25T09:14:55"),
    )
    assert story_info(record) == example
    assert story_info(record).model_dump_json() == example.model_dump_json()


NAIVE = datetime(2025, 7, 25, 9, 14, 56)


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(lambda: new_alert_args(now=NAIVE), id="timestamp"),
        pytest.param(
            lambda: new_alert_args(
                article=example_new_alert().data.article.model_dump() | {"published": NAIVE}
            ),
            id="article.published",
        ),
        pytest.param(
            lambda: new_alert_args(
                story=example_new_alert().data.story.model_dump() | {"first_seen": NAIVE}
            ),
            id="story.first_seen",
        ),
    ],
)
def test_naive_datetimes_are_rejected(args):
    with pytest.raises(ValidationError, match="timezone"):
        build_new_alert(**args())


def test_other_offsets_are_stored_and_sent_as_utc():
    doha = timezone(timedelta(hours=3))
    payload = build_new_alert(**new_alert_args(now=datetime(2025, 7, 25, 12, 14, 56, tzinfo=doha)))
    assert payload.timestamp == datetime(2025, 7, 25, 9, 14, 56, tzinfo=UTC)
    assert '"timestamp":"2025-07-25T09:14:56Z"' in payload.to_json()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"to_version": 3}, "to_version 3 differs from article.version 2"),
        ({"from_version": 2}, "from_version 2 must precede 2"),
        ({"changes": []}, "at least 1 item"),
        (
            {"changes": [{"type": "tone_changed", "before": "a", "after": "b", "detail": "x"}]},
            "type",
        ),
    ],
)
def test_claims_changed_invariants(changes, message):
    with pytest.raises(ValidationError, match=message):
        build_claims_changed_alert(**changed_alert_args(**changes))


def test_story_piece_cannot_exceed_pieces():
    story = example_new_alert().data.story.model_dump() | {"piece_number": 4}
    with pytest.raises(ValidationError, match="piece_number 4 > pieces 3"):
        StoryInfo.model_validate(story)


# --- JSON -----------------------------------------------------------------------------------


@pytest.mark.parametrize("make", EXAMPLES.values(), ids=EXAMPLES.keys())
def test_to_json_is_compact_and_round_trips(make):
    payload = make()
    text = payload.to_json()
    assert text == json.dumps(json.loads(text), separators=(",", ":"), ensure_ascii=False)
    assert list(json.loads(text)) == ["type", "timestamp", "data"]
    back = AlertPayload.model_validate_json(text)
    assert type(back) is type(payload) and back == payload and back.to_json() == text


def test_model_validate_picks_the_type_from_the_body():
    body = json.loads(example_claims_changed_alert().to_json())
    assert isinstance(AlertPayload.model_validate(body), ClaimsChangedAlert)
    with pytest.raises(ValidationError, match="article.gone"):
        AlertPayload.model_validate(body | {"type": "article.gone"})


def test_committed_schema_equals_the_generated_one():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "regenerate with: python -m tools.alert_schema"
    )


def test_schema_says_every_field_is_always_present():
    defs = alert_json_schema()["$defs"]
    for name in ("ArticleInfo", "NewArticleData", "ClaimsChangedData", "ClaimContextInfo"):
        assert set(defs[name]["required"]) == set(defs[name]["properties"]), name
    assert alert_json_schema()["discriminator"]["propertyName"] == "type"


# --- text -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "title"),
    [
        (
            example_new_alert,
            (
                "New piece on Gaza ceasefire talks: US negotiators cut short Gaza ceasefire talks, "
                "accusing Hamas of lacking good faith — World Desk Daily"
            ),
        ),
        (
            example_claims_changed_alert,
            (
                "Claims changed in US negotiators cut short Gaza ceasefire talks, accusing Hamas of "
                "lacking good faith: death toll changed over 35,000 → over 36,000; quote added "
                "from a Qatari official"
            ),
        ),
    ],
)
def test_render_text_title(make, title):
    assert render_text(make())[0] == title


def test_render_text_new_body_tells_the_story():
    body = render_text(example_new_alert())[1].splitlines()
    assert body[0].startswith("The Gaza ceasefire talks collapsed on Thursday")
    assert (
        "Piece 3 of 3 on this story, 3 sources: Levant Ledger, Global Affairs Review, "
        "World Desk Daily; first seen 2025-05-11 08:30 UTC"
    ) in body
    assert (
        "  - contradicts: The Gaza ceasefire talks collapsed on Thursday after US negotiators "
        "left Doha, accusing Hamas of lacking good faith."
    ) in body
    assert (
        "      earlier (Levant Ledger): Hamas said the ceasefire talks in Doha were making progress."
        in body
    )


def test_every_relation_has_a_label_and_every_change_type_is_allowed():
    assert list(RELATION_LABELS) == list(RELATIONS)
    enum = alert_json_schema()["$defs"]["ClaimChangeInfo"]["properties"]["type"]["enum"]
    assert enum == list(CHANGE_TYPES)
    relations = alert_json_schema()["$defs"]["ClaimContextInfo"]["properties"]["relation"]
    assert relations["enum"] == list(RELATIONS)


def test_render_text_changes_body_shows_word_diffs():
    body = render_text(example_claims_changed_alert())[1].splitlines()
    assert body[0] == (
        "World Desk Daily, version 1 → 2 (2025-07-25 09:13 UTC → 2025-07-25 15:42 UTC)"
    )
    assert "  - number changed: over 35,000 → over 36,000 (palestinians)" in body
    assert (
        "      ... war has left over [-35,000-] {+36,000+} Palestinians dead, according ..."
    ) in body


# --- lead summary ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "summary"),
    [
        (
            (
                "U.S. officials left the talks on Thursday.\n\nQatar said mediation would continue."
                "  Egypt agreed."
            ),
            None,
            "U.S. officials left the talks on Thursday. Qatar said mediation would continue.",
        ),
        (
            "Mr. Witkoff said the talks ended at 3 p.m. on Thursday. Hamas denied it. More later.",
            "en",
            "Mr. Witkoff said the talks ended at 3 p.m. on Thursday. Hamas denied it.",
        ),
        (  # German rules know "3." before a month is an ordinal, English ones do not
            "Am 3. Juli begannen die Gespräche in Doha. Sie scheiterten nach zwei Tagen. Mehr.",
            "de",
            "Am 3. Juli begannen die Gespräche in Doha. Sie scheiterten nach zwei Tagen.",
        ),
        ("Talks resumed. " + "Mediators " * 40 + "met.", "en", "Talks resumed."),
        ("Mediators " * 40 + "met. Talks resumed.", "en", ("Mediators " * 30).rstrip() + "…"),
        ("", "en", ""),
        ("Hamas confirmed direct talks.", "xx", "Hamas confirmed direct talks."),
    ],
)
def test_lead_summary(text, language, summary):
    assert lead_summary(text, language=language) == summary


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_lead_summary_of_real_articles_is_whole_sentences_within_300_chars(corpus, seed):
    # The last paragraph of the head of the article: real prose, past any page junk.
    paragraph = max(corpus[seed].split("\n")[:12], key=len)
    summary = lead_summary(paragraph)
    assert 0 < len(summary) <= 300
    assert " ".join(paragraph.split()).startswith(summary.removesuffix("…"))
    assert summary[-1] in '.!?”"’…'


# --- docs/webhooks.md -----------------------------------------------------------------------


def docs_text() -> str:
    return DOCS.read_text(encoding="utf-8")


def docs_json_examples() -> list[str]:
    return re.findall(r"```json\n(.*?)\n```", docs_text(), flags=re.DOTALL)


def test_docs_examples_parse_and_equal_the_builders_output():
    examples = [AlertPayload.model_validate_json(text) for text in docs_json_examples()]
    assert [e.type for e in examples] == list(EXAMPLES)
    for example in examples:
        assert example == EXAMPLES[example.type](), "regenerate the examples in docs/webhooks.md"


def test_docs_examples_are_the_current_output_of_the_examples_module():
    assert render_docs(docs_text()) == docs_text(), "regenerate: python -m tools.alert_examples"


def test_docs_request_headers_are_the_real_signed_ones():
    block = re.search(r"```http\n(.*?)\n\n", docs_text(), flags=re.DOTALL).group(1)
    shown = dict(line.split(": ", 1) for line in block.splitlines()[1:])
    secret = re.search(r"example secret\s+`(whsec_[^`]+)`", docs_text()).group(1)
    payload = example_new_alert()
    real = request_headers(
        payload.to_json(),
        webhook_message_id(payload.data.alert_id, "ops"),
        payload.timestamp,
        signer=Webhook(secret),
    )
    assert shown == real


SECTIONS = {
    "Body": NewArticleAlert,
    "`data` of article.new": NewArticleData,
    "`data` of article.claims_changed": ClaimsChangedData,
    "`watch`": WatchRef,
    "`article`": ArticleInfo,
    "`article.copies[]`": CopyInfo,
    "`story`": StoryInfo,
    "`match`": MatchInfo,
    "`match.terms[]`": MatchTerm,
    "`claims_context[]`": ClaimContextInfo,
    "`changes[]`": ClaimChangeInfo,
}


def docs_sections() -> dict[str, str]:
    # A section runs to the next heading of any level.
    chunks = re.split(r"^##+ (.+)$", docs_text(), flags=re.MULTILINE)
    return dict(zip(chunks[1::2], chunks[2::2], strict=True))


@pytest.mark.parametrize(("heading", "model"), SECTIONS.items(), ids=SECTIONS.keys())
def test_docs_field_tables_match_the_models(heading, model):
    section = docs_sections()[heading]
    documented = re.findall(r"^\| `([a-z_]+)` \| [^|]+ \| [^|]+", section, flags=re.MULTILINE)
    assert documented == list(model.model_fields)


def test_docs_list_every_change_type():
    table = docs_sections()["`changes[]`"]
    documented = set(re.findall(r"`([a-z]+_[a-z_]+)`", table.split("| `type` | meaning |")[1]))
    allowed = set(ClaimChangeInfo.model_json_schema()["properties"]["type"]["enum"])
    assert documented == allowed
