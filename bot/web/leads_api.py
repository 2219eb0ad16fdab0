"""GET /api/leads, /api/leads/{id}, /api/leads.csv (CONTRACT.md), behind a bearer token."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from aiohttp import web
from sqlalchemy.orm import Session

from bot.bearer import bearer_matches
from bot.clock import utcnow
from bot.storage.erasure import erase_lead
from bot.storage.leads import confirmed_booking, query_leads, transcript
from bot.storage.models import Lead
from bot.web.db import in_transaction
from bot.web.errors import json_error
from bot.web.keys import SETTINGS
from bot.web.serializers import csv_text, iso, lead_json

routes = web.RouteTableDef()
STAGES = ("lead", "prospect")
MAX_LIMIT = 200


@web.middleware
async def bearer_auth(request: web.Request, handler: Any) -> web.StreamResponse:
    authorization = request.headers.get("Authorization", "")
    if request.path.startswith("/api/") and not bearer_matches(authorization, request.app[SETTINGS].leads_api_token):
        raise json_error(401, "missing or invalid bearer token: send Authorization: Bearer <LEADS_API_TOKEN>")
    return await handler(request)


def _filters(request: web.Request) -> dict[str, Any]:
    query = request.query
    stage = query.get("stage")
    if stage is not None and stage not in STAGES:
        raise json_error(400, f"stage must be one of {', '.join(STAGES)}", parameter="stage")
    since = None
    if "since" in query:
        try:
            since = datetime.fromisoformat(query["since"].replace("Z", "+00:00"))
        except ValueError:
            raise json_error(400, "since must be an ISO 8601 date or time, e.g. 2026-11-01 or 2026-11-01T09:00:00Z",
                             parameter="since") from None
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
    limit, offset = 50, 0
    for name in ("limit", "offset"):
        if name in query:
            try:
                value = int(query[name])
            except ValueError:
                raise json_error(400, f"{name} must be a whole number", parameter=name) from None
            if value < 0 or (name == "limit" and not 1 <= value <= MAX_LIMIT):
                raise json_error(400, f"{name} out of range (limit 1-{MAX_LIMIT}, offset >= 0)", parameter=name)
            if name == "limit":
                limit = value
            else:
                offset = value
    return {"stage": stage, "since": since, "owner": query.get("owner") or None, "limit": limit, "offset": offset}


@routes.get("/api/leads")
async def list_leads(request: web.Request) -> web.Response:
    filters = _filters(request)

    def work(session: Session) -> tuple[list[dict[str, Any]], int]:
        leads, total = query_leads(session, **filters)
        return [lead_json(lead, confirmed_booking(session, int(lead.id))) for lead in leads], total

    items, total = await in_transaction(request, work)
    headers = {"X-Total-Count": str(total)}
    if filters["offset"] + len(items) < total:
        headers["Link"] = f'<{request.rel_url.with_query({**request.query, "offset": filters["offset"] + filters["limit"]})}>; rel="next"'
    return web.json_response(items, headers=headers)


@routes.get("/api/leads.csv")
async def leads_csv(request: web.Request) -> web.Response:
    filters = {**_filters(request), "limit": 100_000, "offset": 0}
    body = await in_transaction(request, lambda session: csv_text(session, filters))
    return web.Response(text=body, content_type="text/csv",
                        headers={"Content-Disposition": 'attachment; filename="leads.csv"'})


def _lead_id(request: web.Request) -> int:
    raw_id = request.match_info["lead_id"]
    if not raw_id.isdigit() or len(raw_id) > 18:
        raise json_error(404, f"no lead with id {raw_id[:40]!r}")
    return int(raw_id)


@routes.delete("/api/leads/{lead_id}")
async def delete_lead(request: web.Request) -> web.Response:
    """Erase the person everywhere (GDPR article 17); see bot/storage/erasure.py."""
    lead_id = _lead_id(request)
    report = await in_transaction(request, lambda session: erase_lead(
        session, lead_id, reason="request", requested_by="api", now=utcnow()))
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
        data = lead_json(lead, confirmed_booking(session, lead_id))
        data["transcript"] = [
            {"from": m.sender, "text": m.text, "at": iso(m.at)} for m in transcript(session, lead_id)
        ]
        return data

    data = await in_transaction(request, work)
    if data is None:
        raise json_error(404, f"no lead with id {lead_id}")
    return web.json_response(data)
