"""GET /api/leads, /api/leads/{id}, /api/leads.csv (docs/interfaces.md), behind a bearer token."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from sqlalchemy.orm import Session

from bot.bearer import bearer_matches
from bot.clock import utcnow
from bot.storage.erasure import erase_lead
from bot.storage.leads import query_leads, transcript
from bot.storage.models import Lead
from bot.web.db import in_transaction
from bot.web.errors import json_error
from bot.web.filters import FilterError, LeadFilters, parse_lead_filters
from bot.web.keys import SETTINGS
from bot.web.serializers import csv_text, iso, lead_json

routes = web.RouteTableDef()


@web.middleware
async def bearer_auth(request: web.Request, handler: Any) -> web.StreamResponse:
    authorization = request.headers.get("Authorization", "")
    if (
        request.path.startswith("/api/")
        and request.path != "/api/openapi.json"
        and not bearer_matches(authorization, request.app[SETTINGS].leads_api_token)
    ):
        raise json_error(401, "missing or invalid bearer token: send Authorization: Bearer <LEADS_API_TOKEN>")
    return await handler(request)


def _filters(request: web.Request) -> LeadFilters:
    try:
        return parse_lead_filters(request.query)
    except FilterError as error:
        raise json_error(400, error.message, parameter=error.parameter) from None


@routes.get("/api/leads")
async def list_leads(request: web.Request) -> web.Response:
    filters = _filters(request)

    def work(session: Session) -> tuple[list[dict[str, Any]], int]:
        leads, total = query_leads(session, **filters.query_args())
        return [lead_json(lead) for lead in leads], total

    items, total = await in_transaction(request, work)
    headers = {"X-Total-Count": str(total)}
    if filters.offset + len(items) < total:
        headers["Link"] = (
            f'<{request.rel_url.with_query({**request.query, "offset": filters.offset + filters.limit})}>; rel="next"'
        )
    return web.json_response(items, headers=headers)


@routes.get("/api/leads.csv")
async def leads_csv(request: web.Request) -> web.Response:
    filters = _filters(request)
    body = await in_transaction(request, lambda session: csv_text(session, filters))
    return web.Response(
        text=body, content_type="text/csv", headers={"Content-Disposition": 'attachment; filename="leads.csv"'}
    )


def _lead_id(request: web.Request) -> int:
    raw_id = request.match_info["lead_id"]
    if not (raw_id.isascii() and raw_id.isdigit()) or len(raw_id) > 18:
        raise json_error(404, f"no lead with id {raw_id[:40]!r}")
    return int(raw_id)


@routes.delete("/api/leads/{lead_id}")
async def delete_lead(request: web.Request) -> web.Response:
    """Erase the person everywhere (GDPR article 17); see bot/storage/erasure.py."""
    lead_id = _lead_id(request)
    report = await in_transaction(
        request, lambda session: erase_lead(session, lead_id, reason="request", requested_by="api", now=utcnow())
    )
    if report is None:
        raise json_error(404, f"no lead with id {lead_id}")
    return web.Response(status=204)


@routes.get("/api/leads/{lead_id}")
async def get_lead(request: web.Request) -> web.Response:
    lead_id = _lead_id(request)

    def work(session: Session) -> dict[str, Any] | None:
        lead = session.get(Lead, lead_id)
        if lead is None:
            return None
        data = lead_json(lead)
        data["transcript"] = [{"from": m.sender, "text": m.text, "at": iso(m.at)} for m in transcript(session, lead_id)]
        return data

    data = await in_transaction(request, work)
    if data is None:
        raise json_error(404, f"no lead with id {lead_id}")
    return web.json_response(data)
