"""GET /api/openapi.json: the OpenAPI 3 document of /api/, kept true by a schemathesis run
against the live app (tests/web/test_openapi.py). Public: it describes, it holds no data."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from bot.nlu.authority import DECISION_MAKER, INFLUENCER, NO_AUTHORITY
from bot.nlu.taxonomy import INDUSTRY_IDS
from bot.storage.analytics import STAGES as FUNNEL_STAGES
from bot.web.filters import MAX_LIMIT, MAX_OFFSET, STAGES

routes = web.RouteTableDef()


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {**schema, "nullable": True}


_ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {"error": {"type": "string"}, "parameter": {"type": "string"}},
}
_BOOKING = {
    "type": "object",
    "required": ["start", "end", "sdr"],
    "properties": {
        "start": {"type": "string", "format": "date-time"},
        "end": {"type": "string", "format": "date-time"},
        "sdr": _nullable({"type": "string"}),
    },
}
_LEAD_PROPERTIES: dict[str, Any] = {
    "id": {"type": "integer"},
    "stage": {"type": "string", "enum": list(STAGES)},
    "email": {"type": "string"},
    "email_verified": {"type": "boolean", "description": "the site signed who the visitor is"},
    "claims_lead_id": _nullable(
        {
            "type": "integer",
            "description": (
                "set when this chat typed the email of that lead without proving it: a separate lead, never merged "
                "into the other until an SDR does so in the inbox"
            ),
        }
    ),
    "person_name": _nullable({"type": "string"}),
    "company": _nullable({"type": "string"}),
    "industry": _nullable({"type": "string", "enum": sorted(INDUSTRY_IDS)}),
    "budget_usd": _nullable({"type": "number", "description": "annual, in US dollars"}),
    "authority": _nullable({"type": "string", "enum": [DECISION_MAKER, INFLUENCER, NO_AUTHORITY]}),
    "timeline_days": _nullable({"type": "integer"}),
    "company_size": _nullable({"type": "integer", "description": "employees"}),
    "score": _nullable({"type": "integer", "minimum": 0, "maximum": 100}),
    "score_reasons": {"type": "array", "items": {"type": "string"}},
    "owner": _nullable({"type": "string", "description": "the SDR's email"}),
    "booking": _nullable(_BOOKING),
    "disqualification": _nullable({"type": "string"}),
    "stage_reason": _nullable({"type": "string"}),
    "plan": _nullable({"type": "string"}),
    "status": {"type": "string"},
    "created_at": _nullable({"type": "string", "format": "date-time"}),
    "updated_at": _nullable({"type": "string", "format": "date-time"}),
}
_LEAD = {"type": "object", "required": list(_LEAD_PROPERTIES), "properties": _LEAD_PROPERTIES}
_TRANSCRIPT = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["from", "text", "at"],
        "properties": {
            "from": {"type": "string", "enum": ["visitor", "assistant"]},
            "text": {"type": "string"},
            "at": _nullable({"type": "string", "format": "date-time"}),
        },
    },
}
_ANALYTICS = {
    "type": "object",
    "required": ["funnel", "questions"],
    "properties": {
        "funnel": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["stage", "label", "count"],
                "properties": {
                    "stage": {"type": "string", "enum": list(FUNNEL_STAGES)},
                    "label": {"type": "string"},
                    "count": {"type": "integer", "minimum": 0},
                },
            },
        },
        "questions": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["slot", "asked", "answered", "volunteered"],
                "properties": {
                    "slot": {"type": "string"},
                    "asked": {"type": "integer", "minimum": 0},
                    "answered": {"type": "integer", "minimum": 0},
                    "volunteered": {"type": "integer", "minimum": 0},
                },
            },
        },
    },
}


def _json(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


_UNAUTHORIZED = _json("no valid bearer token", {"$ref": "#/components/schemas/Error"})
_BAD_REQUEST = _json("a parameter could not be read; `parameter` names it", {"$ref": "#/components/schemas/Error"})
_NOT_FOUND = _json("no such lead", {"$ref": "#/components/schemas/Error"})
_INSTANT = {
    "anyOf": [{"type": "string", "format": "date"}, {"type": "string", "format": "date-time"}],
    "description": "a date, or a date and time (RFC 3339); a date is midnight UTC",
    "example": "2026-11-01",
}
_FILTERS = [
    {"name": "stage", "in": "query", "schema": {"type": "string", "enum": list(STAGES)}},
    {"name": "since", "in": "query", "schema": _INSTANT, "description": "created at or after"},
    {"name": "owner", "in": "query", "schema": {"type": "string"}, "description": "the owning SDR's email"},
    {"name": "min_score", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 100}},
]
_PAGE = [
    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": 50}},
    {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET, "default": 0}},
]
_LEAD_ID = {"name": "lead_id", "in": "path", "required": True, "schema": {"type": "integer", "minimum": 1}}

DOCUMENT: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {
        "title": "Pricing-page qualifier: leads API",
        "version": "1.0.0",
        "description": "Leads and prospects with their scores, bookings and transcripts; marketing figures. "
        "See docs/interfaces.md.",
    },
    "security": [{"bearer": []}],
    "paths": {
        "/api/leads": {
            "get": {
                "operationId": "listLeads",
                "summary": "Leads, newest first",
                "parameters": _FILTERS + _PAGE,
                "responses": {
                    "200": {
                        **_json("a page of leads", {"type": "array", "items": {"$ref": "#/components/schemas/Lead"}}),
                        "headers": {
                            "X-Total-Count": {
                                "schema": {"type": "integer"},
                                "description": "leads matching the filters",
                            },
                            "Link": {"schema": {"type": "string"}, "description": 'the next page, rel="next"'},
                        },
                    },
                    "400": _BAD_REQUEST,
                    "401": _UNAUTHORIZED,
                },
            }
        },
        "/api/leads.csv": {
            "get": {
                "operationId": "exportLeads",
                "summary": "Every lead the filters match, as CSV (formulas neutralized)",
                "parameters": _FILTERS,
                "responses": {
                    "200": {"description": "CSV", "content": {"text/csv": {"schema": {"type": "string"}}}},
                    "400": _BAD_REQUEST,
                    "401": _UNAUTHORIZED,
                },
            }
        },
        "/api/leads/{lead_id}": {
            "get": {
                "operationId": "getLead",
                "summary": "One lead with the whole transcript, both ways, in order",
                "parameters": [_LEAD_ID],
                "responses": {
                    "200": _json(
                        "the lead",
                        {
                            "allOf": [
                                {"$ref": "#/components/schemas/Lead"},
                                {
                                    "type": "object",
                                    "required": ["transcript"],
                                    "properties": {"transcript": _TRANSCRIPT},
                                },
                            ]
                        },
                    ),
                    "401": _UNAUTHORIZED,
                    "404": _NOT_FOUND,
                },
            },
            "delete": {
                "operationId": "eraseLead",
                "summary": "Erase the person everywhere (GDPR article 17)",
                "parameters": [_LEAD_ID],
                "responses": {"204": {"description": "erased"}, "401": _UNAUTHORIZED, "404": _NOT_FOUND},
            },
        },
        "/api/analytics": {
            "get": {
                "operationId": "getAnalytics",
                "summary": (
                    "The funnel and the questions, for conversations that began in [since, until); "
                    "none when until <= since"
                ),
                "parameters": [
                    {"name": "since", "in": "query", "schema": _INSTANT},
                    {"name": "until", "in": "query", "schema": _INSTANT},
                ],
                "responses": {
                    "200": _json("figures", {"$ref": "#/components/schemas/Analytics"}),
                    "400": _BAD_REQUEST,
                    "401": _UNAUTHORIZED,
                },
            }
        },
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "LEADS_API_TOKEN"}},
        "schemas": {"Lead": _LEAD, "Booking": _BOOKING, "Analytics": _ANALYTICS, "Error": _ERROR},
    },
}


@routes.get("/api/openapi.json", name="api.openapi")
async def openapi(request: web.Request) -> web.Response:
    return web.json_response(DOCUMENT, headers={"Cache-Control": "public, max-age=300"})
