"""Signed cancel and reschedule links from the invite emails."""

from __future__ import annotations

import aiohttp_jinja2
from aiohttp import web

from bot.clock import utcnow
from bot.handoff.links import verify
from bot.handoff.service import Links, cancel_booking, link_expired
from bot.web.db import in_transaction
from bot.web.keys import SETTINGS

routes = web.RouteTableDef()


EXPIRED = ("This link has expired: the call it was for is over (or no longer on record). "
           "To talk to us again, open the chat on our website.")


async def _checked(request: web.Request) -> tuple[int, str]:
    checked = verify(request.match_info["token"], request.app[SETTINGS].effective_secret_key)
    if checked is None:
        raise web.HTTPNotFound(text="This link is not valid. Please use the link from your invite email.")
    if await in_transaction(request, lambda session: link_expired(session, checked[0], utcnow())):
        raise web.HTTPGone(text=EXPIRED)
    return checked


@routes.get("/booking/{token}")
@aiohttp_jinja2.template("booking.html")
async def booking_page(request: web.Request) -> dict[str, object]:
    checked = await _checked(request)
    return {"action": checked[1], "token": request.match_info["token"], "done": False}


@routes.post("/booking/{token}")
@aiohttp_jinja2.template("booking.html")
async def booking_act(request: web.Request) -> dict[str, object]:
    token = request.match_info["token"]
    booking_id, action = await _checked(request)

    links = Links.from_settings(request.app[SETTINGS])
    cancelled = await in_transaction(request, lambda session: cancel_booking(session, booking_id, links=links, now=utcnow()) is not None)
    return {"action": action, "token": token, "done": True, "cancelled": cancelled}
