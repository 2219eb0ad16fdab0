"""Signed cancel and reschedule links from the invite emails."""

from __future__ import annotations

from datetime import datetime

import aiohttp_jinja2
from aiohttp import web

from bot.app import booking_links
from bot.clock import utcnow
from bot.handoff.links import verify
from bot.handoff.roster import Roster, load_roster
from bot.handoff.service import Links
from bot.web.keys import DATABASE, SETTINGS

routes = web.RouteTableDef()


EXPIRED = (
    "This link has expired: the call it was for is over (or no longer on record). "
    "To talk to us again, open the chat on our website."
)


async def _checked(request: web.Request) -> tuple[int, str]:
    checked = verify(request.match_info["token"], request.app[SETTINGS].effective_secret_key)
    if checked is None:
        raise web.HTTPNotFound(text="This link is not valid. Please use the link from your invite email.")
    if await booking_links.expired(request.app[DATABASE], checked[0], utcnow()):
        raise web.HTTPGone(text=EXPIRED)
    return checked


MOVE_PROBLEMS = {
    "not_open": "That time was just taken or is no longer open. Please pick another.",
    "taken": "Someone booked that time a moment ago. Please pick another.",
    "not_booked": "This call is no longer booked, so there is nothing to move.",
}


def _roster(request: web.Request) -> Roster:
    return load_roster(request.app[SETTINGS].roster_path)


@routes.get("/booking/{token}")
@aiohttp_jinja2.template("booking.html")
async def booking_page(request: web.Request) -> dict[str, object]:
    booking_id, action = await _checked(request)
    options = None
    if action == "reschedule":  # the same SDR's open times, picked in one step
        roster, now = _roster(request), utcnow()
        options = await booking_links.options(request.app[DATABASE], booking_id, roster, now)
    return {"action": action, "token": request.match_info["token"], "done": False, "options": options}


@routes.post("/booking/{token}")
@aiohttp_jinja2.template("booking.html")
async def booking_act(request: web.Request) -> dict[str, object]:
    token = request.match_info["token"]
    booking_id, action = await _checked(request)
    links = Links.from_settings(request.app[SETTINGS])
    if action == "reschedule":
        try:
            start = datetime.fromisoformat(str((await request.post()).get("start", "")))
        except ValueError:
            raise web.HTTPBadRequest(text="Pick one of the times on the page.") from None
        roster, now = _roster(request), utcnow()
        moved, options = await booking_links.move(
            request.app[DATABASE], booking_id, start, roster=roster, links=links, now=now
        )
        return {
            "action": action,
            "token": token,
            "done": moved.problem is None,
            "moved": moved,
            "problem": MOVE_PROBLEMS.get(moved.problem or ""),
            "options": options,
        }
    cancelled = await booking_links.cancel(request.app[DATABASE], booking_id, links=links, now=utcnow())
    return {"action": action, "token": token, "done": True, "cancelled": cancelled}
