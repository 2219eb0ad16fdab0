"""Signed cancel and reschedule links from the invite emails."""

from __future__ import annotations

import asyncio

import aiohttp_jinja2
from aiohttp import web

from bot.handoff.links import verify
from bot.handoff.service import cancel_booking
from bot.storage.db import transaction
from bot.storage.models import utcnow
from bot.web.keys import SESSIONS, SETTINGS

routes = web.RouteTableDef()


@routes.get("/booking/{token}")
@aiohttp_jinja2.template("booking.html")
async def booking_page(request: web.Request) -> dict[str, object]:
    checked = verify(request.match_info["token"], request.app[SETTINGS].effective_secret_key)
    if checked is None:
        raise web.HTTPNotFound(text="This link is not valid. Please use the link from your invite email.")
    return {"action": checked[1], "token": request.match_info["token"], "done": False}


@routes.post("/booking/{token}")
@aiohttp_jinja2.template("booking.html")
async def booking_act(request: web.Request) -> dict[str, object]:
    token = request.match_info["token"]
    checked = verify(token, request.app[SETTINGS].effective_secret_key)
    if checked is None:
        raise web.HTTPNotFound(text="This link is not valid. Please use the link from your invite email.")
    booking_id, action = checked

    def work() -> bool:
        with transaction(request.app[SESSIONS]) as session:
            return cancel_booking(session, booking_id, utcnow()) is not None

    cancelled = await asyncio.to_thread(work)
    return {"action": action, "token": token, "done": True, "cancelled": cancelled}
