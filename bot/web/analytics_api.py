"""GET /api/analytics: the funnel and the questions as JSON, the same figures the inbox draws."""

from __future__ import annotations

from aiohttp import web

from bot.app.analytics import funnel_between
from bot.storage.analytics import FUNNEL
from bot.web.errors import json_error
from bot.web.filters import FilterError, parse_instant
from bot.web.keys import DATABASE

routes = web.RouteTableDef()


@routes.get("/api/analytics", name="api.analytics")
async def analytics(request: web.Request) -> web.Response:
    """Conversations that began in [since, until) (none when until <= since): `funnel` ordered from visitors to booked,
    each stage a subset of the one before; `questions` asked, answered and volunteered."""
    try:
        since, until = (
            parse_instant("since", request.query.get("since")),
            parse_instant("until", request.query.get("until")),
        )
    except FilterError as error:
        raise json_error(400, error.message, parameter=error.parameter) from None
    figures = await funnel_between(request.app[DATABASE], since, until)
    return web.json_response(
        {
            "funnel": [{"stage": stage, "label": label, "count": figures.totals[stage]} for stage, label in FUNNEL],
            "questions": [
                {"slot": q.slot, "asked": q.asked, "answered": q.answered, "volunteered": q.volunteered}
                for q in figures.questions
            ],
        }
    )
