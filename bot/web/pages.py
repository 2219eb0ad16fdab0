"""Public pages: the demo pricing page, the privacy notice, the widget script."""

from __future__ import annotations

from pathlib import Path

import aiohttp_jinja2
from aiohttp import web

from bot.web.keys import SETTINGS

routes = web.RouteTableDef()
STATIC = Path(__file__).resolve().parent / "static"
PLANS = [
    {
        "id": "starter",
        "name": "Starter",
        "price": "$49 /user/mo",
        "features": ["Core workspace", "Up to 25 users", "Email support"],
    },
    {
        "id": "business",
        "name": "Business",
        "price": "$99 /user/mo",
        "features": ["Everything in Starter", "SSO (SAML, OIDC)", "Integrations and API", "Chat support"],
    },
    {
        "id": "enterprise",
        "name": "Enterprise",
        "price": "Custom",
        "features": ["Everything in Business", "SCIM and data residency", "Dedicated success manager", "99.9% SLA"],
    },
]


@routes.get("/")
@aiohttp_jinja2.template("pricing.html")
async def pricing(request: web.Request) -> dict[str, object]:
    return {"plans": PLANS}


@routes.get("/privacy")
@aiohttp_jinja2.template("privacy.html")
async def privacy(request: web.Request) -> dict[str, object]:
    return {"retention_days": request.app[SETTINGS].retention_days}


@routes.get("/widget.js")
async def widget(request: web.Request) -> web.FileResponse:
    return web.FileResponse(
        STATIC / "widget.js",
        headers={
            "Content-Type": "application/javascript; charset=utf-8",
            "Cache-Control": "public, max-age=300",
            "Access-Control-Allow-Origin": "*",
        },
    )
