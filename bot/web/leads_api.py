"""GET /api/leads, /api/leads/{id}, /api/leads.csv (docs/interfaces.md), behind a bearer token."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from bot.app import erasure, lead_reads
from bot.app.lead_reads import LeadFilters
from bot.bearer import bearer_matches
from bot.web.errors import json_error
from bot.web.filters import FilterError, parse_lead_filters
from bot.web.keys import DATABASE, SETTINGS

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
    items, total = await lead_reads.page(request.app[DATABASE], filters)
    headers = {"X-Total-Count": str(total)}
    if filters.offset + len(items) < total:
        headers["Link"] = (
            f'<{request.rel_url.with_query({**request.query, "offset": filters.offset + filters.limit})}>; rel="next"'
        )
    return web.json_response(items, headers=headers)


@routes.get("/api/leads.csv")
async def leads_csv(request: web.Request) -> web.Response:
    filters = _filters(request)
    body = await lead_reads.csv_text(request.app[DATABASE], filters)
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
    if not await erasure.erase_lead_on_request(
        request.app[DATABASE], request.app[SETTINGS].data_repo, lead_id, requested_by="api"
    ):
        raise json_error(404, f"no lead with id {lead_id}")
    return web.Response(status=204)


@routes.get("/api/leads/{lead_id}")
async def get_lead(request: web.Request) -> web.Response:
    lead_id = _lead_id(request)

    data = await lead_reads.one_with_transcript(request.app[DATABASE], lead_id)
    if data is None:
        raise json_error(404, f"no lead with id {lead_id}")
    return web.json_response(data)
