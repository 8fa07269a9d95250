"""`newsmon alerts`: one alert of the stream as a terminal line (or its JSON)."""

from __future__ import annotations

import json


def render(entry: dict, *, as_json: bool = False) -> str:
    if as_json:
        return entry["payload"]
    payload = json.loads(entry["payload"])
    data = payload["data"]
    article = data.get("article", {})
    head = f"{payload['timestamp']}  {payload['type']:<24} [{data['watch']['id']}]"
    if payload["type"] == "article.claims_changed":
        return f"{head} {article.get('title', '')}\n    {data.get('summary', '')}"
    story = data.get("story", {})
    return (f"{head} {article.get('title', '')} — {article.get('source', '')}\n"
            f"    piece {story.get('piece_number', '?')} of the story, {story.get('sources', '?')}"
            f" source(s); {article.get('url', '')}")
