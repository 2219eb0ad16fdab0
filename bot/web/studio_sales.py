"""The studio's forms for the sales team's files (plans and prices, competitors): the file as it is,
checked on save as `make validate` checks it. Marketers and admins only."""

from __future__ import annotations

import re
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


async def _fields(
    request: web.Request, which: str, values: dict[str, str], *, status: int = 200, **extra: Any
) -> web.Response:
    context = await page_of(
        request,
        {
            "which": which,
            "file": FILES[which],
            "shape": sales_files.SHAPES[which],
            "labels": sales_files.LABELS,
            "hints": sales_files.HINTS,
            "values": values,
            "rows": sales_files.row_count(which, values) + 1,  # and one empty, to add an item
            "error": None,
            "error_field": None,
            "saved": None,
            **extra,
        },
    )
    return aiohttp_jinja2.render_template("inbox/studio_sales_form.html", request, context, status=status)


@routes.get(f"/inbox/studio/sales/{WHICH}", name="inbox.studio_sales")
async def sales_form(request: web.Request) -> web.Response:
    await marketer(request)
    which = request.match_info["which"]
    text = sales_files.read(request.app[SETTINGS].data_repo, which)
    if request.query.get("raw"):
        return await _form(request, which, text, saved=request.query.get("saved"))
    return await _fields(request, which, sales_files.form_values(which, text), saved=request.query.get("saved"))


@routes.post(f"/inbox/studio/sales/{WHICH}", name="inbox.studio_sales_save")
async def save_sales(request: web.Request) -> web.StreamResponse:
    user = await marketer(request)
    which = request.match_info["which"]
    posted = await request.post()
    repo = request.app[SETTINGS].data_repo
    by_fields = posted.get("form") == "fields"
    if by_fields:
        values = {str(k): str(v) for k, v in posted.items() if k not in ("csrf", "form", "remove")}
        removed = {int(str(i)) for i in posted.getall("remove", []) if str(i).isdigit()}
        text, origin = sales_files.text_from_form(which, sales_files.read(repo, which), values, removed)
    else:
        text = str(posted.get("text", ""))
    try:
        await sales_files.save(request.app[DATABASE], repo, which, text, user=user)
    except SalesFileRefused as refused:
        if not by_fields:
            return await _form(request, which, text, error=str(refused), status=422)
        problem = re.sub(r"(\S+\.yml) line \d+:", r"\1:", str(refused))  # a line of a file the form hides
        field = sales_files.field_of(problem, which, origin)
        named = sales_files.said_of(field, which)
        message = f"{named}: {problem}" if named else problem
        return await _fields(request, which, values, error=message, error_field=field, status=422)
    query = {"saved": "1", **({} if by_fields else {"raw": "1"})}
    raise web.HTTPFound(request.app.router["inbox.studio_sales"].url_for(which=which).with_query(query))
