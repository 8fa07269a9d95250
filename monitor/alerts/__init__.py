"""Alerts: what newsmon tells the outside world, and getting it there.

An alert is built pure: the job hands the stage's values (the watch, the stored article and
story, the match, the claim changes) to a builder (build), which returns a payload model
(payloads) with a deterministic id (ids). The job records it in the outbox
(monitor.state.outbox), which stores its JSON text once and enqueues one delivery per sink;
delivery then sends that stored text to each sink (sinks), with retries and dead letters.

    payloads   the models of the JSON body (docs/webhooks.md documents every field)
    ids        alert_id, webhook_message_id
    build      build_new_alert, build_claims_changed_alert; article_info, story_info
    summary    lead_summary: an article's first sentences
    render     render_text: the alert as plain text (chat, e-mail, console)
    schema     the JSON Schema of the body (shipped as alert.schema.json)
    delivery   Deliverer: one attempt of one alert to one sink, and what follows
    sinks      webhook, apprise, console; the retry schedule
"""

from __future__ import annotations

from monitor.alerts.build import (
    article_info,
    build_claims_changed_alert,
    build_new_alert,
    story_info,
)
from monitor.alerts.delivery import Deliverer
from monitor.alerts.ids import alert_id, webhook_message_id
from monitor.alerts.payloads import (
    ARTICLE_CLAIMS_CHANGED,
    ARTICLE_NEW,
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
)
from monitor.alerts.render import render_text
from monitor.alerts.schema import SCHEMA_PATH, alert_json_schema, schema_text
from monitor.alerts.summary import lead_summary

__all__ = [
    "ARTICLE_CLAIMS_CHANGED", "ARTICLE_NEW", "SCHEMA_PATH", "AlertPayload", "ArticleInfo",
    "ClaimChangeInfo", "ClaimContextInfo", "ClaimsChangedAlert", "ClaimsChangedData", "CopyInfo",
    "Deliverer", "MatchInfo", "MatchTerm", "NewArticleAlert", "NewArticleData", "StoryInfo",
    "WatchRef", "alert_id", "alert_json_schema", "article_info", "build_claims_changed_alert",
    "build_new_alert", "lead_summary", "render_text", "schema_text", "story_info",
    "webhook_message_id",
]
