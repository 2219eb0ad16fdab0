"""The studio's forms for the sales team's files (plans and prices, competitors): the file as it is,
checked on save as `make validate` checks it. Marketers and admins only."""

from __future__ import annotations

from typing import Any

import aiohttp_jinja2
from aiohttp import web

from bot.app import sales_files
from bot.app.sales_files import FILES, SalesFileRefused
from bot.web.inbox import page_of
from bot.web.keys import DATABASE, SETTINGS
from bot.web.studio import marketer

routes = web.RouteTableDef()
WHICH = "{which:plans|competitors}"


async def _form(request: web.Request, which: str, text: str, *, status: int = 200, **extra: Any) -> web.Response:
    context = await page_of(
        request, {"which": which, "file": FILES[which], "text": text, "error": None, "saved": None, **extra}
    )
    return aiohttp_jinja2.render_template("inbox/studio_sales.html", request, context, status=status)


@routes.get(f"/inbox/studio/sales/{WHICH}", name="inbox.studio_sales")
async def sales_form(request: web.Request) -> web.Response:
    await marketer(request)
    which = request.match_info["which"]
    text = sales_files.read(request.app[SETTINGS].data_repo, which)
    return await _form(request, which, text, saved=request.query.get("saved"))


@routes.post(f"/inbox/studio/sales/{WHICH}", name="inbox.studio_sales_save")
async def save_sales(request: web.Request) -> web.StreamResponse:
    user = await marketer(request)
    which = request.match_info["which"]
    text = str((await request.post()).get("text", ""))
    try:
        await sales_files.save(request.app[DATABASE], request.app[SETTINGS].data_repo, which, text, user=user)
    except SalesFileRefused as refused:
        return await _form(request, which, text, error=str(refused), status=422)
    raise web.HTTPFound(request.app.router["inbox.studio_sales"].url_for(which=which).with_query(saved="1"))
