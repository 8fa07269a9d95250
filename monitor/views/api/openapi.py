"""The OpenAPI 3.1 document served at /api/v1/openapi.json, generated from the response models
(monitor.views.api.models) and the query models, so the document and the responses cannot
drift: tests/test_api.py validates real responses against the served document.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from monitor.views.api.models import (
    ARTICLE_ID,
    WATCH_ID,
    AlertPage,
    AlertsQuery,
    ArticleView,
    ErrorBody,
)
from monitor.views.api.stories import STORY_MODELS

REF = "#/components/schemas/{model}"


def _ref(name: str) -> dict:
    return {"$ref": REF.format(model=name)}


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors(*codes: int) -> dict:
    meaning = {400: "A parameter is invalid: the message names it.",
               401: "A bearer token is required (status.token) and was missing or wrong.",
               404: "No such watch or article.",
               503: "The state (Redis) could not be read."}
    return {str(c): _json(_ref("ErrorBody"), meaning[c]) for c in codes}


def _query_parameters(model: type[BaseModel]) -> list[dict]:
    properties = model.model_json_schema()["properties"]
    parameters = []
    for name, field in model.model_fields.items():
        schema = dict(properties[name])
        options = [s for s in schema.pop("anyOf", []) if s.get("type") != "null"]
        schema = {**(options[0] if options else {}), **schema}
        for noise in ("title", "description"):
            schema.pop(noise, None)
        if schema.get("default", 0) is None:
            del schema["default"]
        parameters.append({"name": name, "in": "query", "required": False,
                           "description": field.description or "", "schema": schema})
    return parameters


def _path_parameter(name: str, pattern: str, description: str) -> dict:
    return {"name": name, "in": "path", "required": True, "description": description,
            "schema": {"type": "string", "pattern": pattern}}


def openapi_document(version: str) -> dict:
    """The document (the same for every request: callers may keep it)."""
    models = [ErrorBody, AlertPage, ArticleView, *STORY_MODELS]
    _, defs = models_json_schema([(m, "serialization") for m in models], ref_template=REF)
    schemas = dict(sorted(defs["$defs"].items()))
    watch = _path_parameter("watch", WATCH_ID, "A watch id from watches.yaml.")
    paths: dict[str, Any] = {
        "/api/v1/alerts": {"get": {
            "summary": "The alert stream, newest first, a page at a time",
            "operationId": "listAlerts",
            "parameters": _query_parameters(AlertsQuery),
            "responses": {"200": _json(_ref("AlertPage"), "A page of alerts."),
                          **_errors(400, 401, 503)}}},
        "/api/v1/articles/{id}": {"get": {
            "summary": "An article, its versions and the claim changes between them",
            "operationId": "getArticle",
            "parameters": [_path_parameter("id", ARTICLE_ID, "newsmon's article id (as in "
                                           "alerts: `data.article.id`).")],
            "responses": {"200": _json(_ref("ArticleView"), "The article."),
                          **_errors(401, 404, 503)}}},
        "/feeds/{watch}.atom": {"get": {
            "summary": "The watch's recent alerts as an Atom 1.0 feed",
            "operationId": "watchFeed",
            "parameters": [watch],
            "responses": {"200": {"description": "The feed.", "content": {
                "application/atom+xml": {"schema": {"type": "string"}}}},
                **_errors(401, 404, 503)}}},
        "/api/v1/openapi.json": {"get": {
            "summary": "This document", "operationId": "openapi",
            "responses": {"200": _json({"type": "object"}, "The OpenAPI document."),
                          **_errors(401)}}},
        "/api/v1/stories": {"get": {
            "summary": "Every watched story, with its counts", "operationId": "listStories",
            "responses": {"200": _json(_ref("StoryList"), "The stories."),
                          **_errors(401, 503)}}},
        "/api/v1/stories/{watch}": {"get": {
            "summary": "One story: its pieces with their versions, edits and copies; its "
                       "claims by subject and how each met the story; the claims that differ",
            "operationId": "getStory", "parameters": [watch],
            "responses": {"200": _json(_ref("StoryView"), "The story (as the story page "
                                       "shows it)."),
                          **_errors(401, 404, 503)}}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "newsmon read API", "version": version,
                 "description": "Read-only: stories, articles with versions and claim changes, "
                 "alerts. Reference: docs/api.md."},
        "servers": [{"url": "/"}],
        "security": [{}, {"bearerAuth": []}],
        "paths": dict(sorted(paths.items())),
        "components": {"schemas": schemas, "securitySchemes": {"bearerAuth": {
            "type": "http", "scheme": "bearer",
            "description": "status.token; required when it is set (always when the status "
                           "server listens beyond loopback)."}}},
    }
