"""Example alerts: the payloads shown in docs/webhooks.md and a ready-made alert for checking
that a receiver is set up right.

The outlets and the article are invented, but everything an alert says about the text is
computed by the real code from the texts below: why the watch matched (monitor.query), how the
piece relates to the story so far (monitor.claims.relate_to_story), and what the edit changed
(monitor.claims.compare_versions). So the docs show what newsmon really sends.

`python -m tools.alert_examples` rewrites the examples in docs/webhooks.md (the JSON bodies,
the signed request headers and the text-form titles); a test fails when they fall behind.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

from standardwebhooks import Webhook

from monitor.alerts import (
    ArticleInfo,
    ClaimChangeInfo,
    ClaimContextInfo,
    ClaimsChangedAlert,
    CopyInfo,
    NewArticleAlert,
    StoryInfo,
    WatchRef,
    build_claims_changed_alert,
    build_new_alert,
    lead_summary,
    render_text,
    webhook_message_id,
)
from monitor.alerts.sinks.webhook import request_headers
from monitor.claims import compare_versions, extract_claims, make_claim, relate_to_story
from monitor.claims.ledger import MAX_NEW_IN_ALERT, context_for_alert
from monitor.query import match, parse_query, prepare

DOCS = Path(__file__).resolve().parent.parent / "docs" / "webhooks.md"
DOCS_SINK = "ops"
DOCS_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

WATCH = WatchRef(
    id="gaza-ceasefire",
    title="Gaza ceasefire talks",
    query='ceasefire AND (Gaza OR Hamas) AND NOT "football"',
)
TITLE = "US negotiators cut short Gaza ceasefire talks, accusing Hamas of lacking good faith"
TEXT = """\
The Gaza ceasefire talks collapsed on Thursday after US negotiators left Doha, accusing Hamas \
of lacking good faith. The move dims hopes for a temporary truce and a hostage deal.

The war has left over 35,000 Palestinians dead, according to Gaza health officials.

Mediators from Qatar and Egypt said they would keep mediating. Hamas denied stalling and said \
it remained open to a deal."""
# The same article hours later: the toll rose and a quote was added.
EDITED_TEXT = TEXT.replace("over 35,000", "over 36,000") + (
    '\n\nA Qatari official said mediators would "keep working until a deal is reached".')
# What the two earlier pieces of the story said.
STORY_SO_FAR = (
    ("Levant Ledger", "Hamas said the ceasefire talks in Doha were making progress."),
    ("Global Affairs Review",
     "The war has left over 34,000 Palestinians dead, according to Gaza health officials."),
)


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _article(version: int, text: str) -> ArticleInfo:
    return ArticleInfo(
        id="a-7f3c2e91d4b0",
        url="https://worlddesk.example/world/2025/07/25/gaza-talks-cut-short?utm_source=rss",
        canonical_url="https://worlddesk.example/world/2025/07/25/gaza-talks-cut-short",
        title=TITLE,
        source="World Desk Daily",
        feed_id="worlddesk",
        published=_utc("2025-07-25T09:12:00"),
        updated=_utc("2025-07-25T15:40:00") if version > 1 else None,
        authors=["Dana Reyes"],
        language="en",
        summary=lead_summary(text, language="en"),
        version=version,
        copies=[
            CopyInfo(
                url="https://syndicate.example/wire/gaza-talks-cut-short",
                source="Syndicate Wire",
                seen_at=_utc("2025-07-25T09:31:07"),
            )
        ],
    )


def _story() -> StoryInfo:
    return StoryInfo(
        watch_id=WATCH.id,
        piece_number=3,
        pieces=3,
        sources=3,
        source_names=["Levant Ledger", "Global Affairs Review", "World Desk Daily"],
        first_seen=_utc("2025-05-11T08:30:12"),
        last_seen=_utc("2025-07-25T09:14:55"),
    )


def _claims_context() -> list[ClaimContextInfo]:
    ledger = [(source, make_claim(sentence)) for source, sentence in STORY_SO_FAR]
    relations = relate_to_story(extract_claims(TEXT), ledger)
    return [ClaimContextInfo(**r.to_dict())
            for r in context_for_alert(relations, MAX_NEW_IN_ALERT)]


def example_new_alert() -> NewArticleAlert:
    result = match(parse_query(WATCH.query), prepare(TITLE, TEXT))
    return build_new_alert(
        watch=WATCH,
        article=_article(1, TEXT),
        story=_story(),
        match=result.to_dict(),
        claims_context=_claims_context(),
        now=_utc("2025-07-25T09:14:56"),
    )


def example_claims_changed_alert() -> ClaimsChangedAlert:
    diff = compare_versions(TEXT, EDITED_TEXT)
    return build_claims_changed_alert(
        watch=WATCH,
        article=_article(2, EDITED_TEXT),
        story=_story(),
        changes=[ClaimChangeInfo(**c.to_dict()) for c in diff.changes],
        summary=diff.summary,
        from_version=1,
        to_version=2,
        from_fetched_at=_utc("2025-07-25T09:13:40"),
        to_fetched_at=_utc("2025-07-25T15:42:08"),
        now=_utc("2025-07-25T15:42:10"),
    )


# --- the docs -------------------------------------------------------------------------------------


def render_docs(docs: str) -> str:
    """`docs` (docs/webhooks.md) with its examples rewritten from the builders above."""
    new, changed = example_new_alert(), example_claims_changed_alert()
    bodies = iter([new, changed])
    docs = re.sub(r"```json\n.*?\n```",
                  lambda _: "```json\n" + _pretty(next(bodies).to_json()) + "\n```",
                  docs, flags=re.DOTALL)
    headers = request_headers(new.to_json(), webhook_message_id(new.data.alert_id, DOCS_SINK),
                              new.timestamp, signer=Webhook(DOCS_SECRET))
    docs = re.sub(r"(```http\nPOST [^\n]*\n).*?\n\n\{[^\n]*\n```",
                  lambda m: m.group(1) + _request(headers, new.to_json()),
                  docs, flags=re.DOTALL)
    titles = f"{render_text(new)[0]}\n{render_text(changed)[0]}"
    return re.sub(r"```text\n.*?\n```", lambda _: f"```text\n{titles}\n```", docs, count=1,
                  flags=re.DOTALL)


def _pretty(body_json: str) -> str:
    return json.dumps(json.loads(body_json), indent=2, ensure_ascii=False)


def _request(headers: dict[str, str], body_json: str) -> str:
    """The headers, then the body cut after its alert id."""
    lines = [f"{name}: {value}" for name, value in headers.items()]
    head = body_json[:body_json.index('"alert_id"')]
    alert_id = json.loads(body_json)["data"]["alert_id"]
    return "\n".join(lines) + f'\n\n{head}"alert_id":"{alert_id}",…}}}}\n```'


if __name__ == "__main__":
    DOCS.write_text(render_docs(DOCS.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"rewrote the examples in {DOCS}")
