"""The studio's wording pages: every response the assistant says, and a form for one (its texts
and their buttons), checked before anything is written. Marketers and admins only."""

from __future__ import annotations

from typing import Any

import aiohttp_jinja2
from aiohttp import web
from multidict import MultiDictProxy

from bot.app import response_editing
from bot.app.response_editing import ResponseRefused
from bot.studio.responses import MAX_BUTTONS, Button, Variation
from bot.web.inbox import page_of
from bot.web.keys import DATABASE, SETTINGS
from bot.web.studio import marketer

routes = web.RouteTableDef()
NAME = "{name:utter_[A-Za-z0-9_/]+}"


@routes.get("/inbox/studio/wording", name="inbox.studio_wording")
async def wording(request: web.Request) -> web.Response:
    await marketer(request)
    found = response_editing.all_responses(request.app[SETTINGS].data_repo)
    query = request.query.get("q", "").strip().lower()
    shown = {
        name: variations
        for name, variations in found.items()
        if not query or query in name.lower() or any(query in v.text.lower() for v in variations)
    }
    context = await page_of(
        request, {"responses": shown, "q": request.query.get("q", ""), "saved": request.query.get("saved")}
    )
    return aiohttp_jinja2.render_template("inbox/studio_wording.html", request, context)


def _variations(form: MultiDictProxy[Any]) -> list[Variation]:
    """The texts and buttons typed, in order; a text row left empty with no buttons is removed."""
    variations = []
    for n in range(1, int(str(form.get("rows", "0")) or 0) + 1):
        buttons = tuple(
            Button(str(form.get(f"title-{n}-{b}", "")).strip(), str(form.get(f"payload-{n}-{b}", "")).strip())
            for b in range(1, MAX_BUTTONS + 2)
            if str(form.get(f"title-{n}-{b}", "")).strip() or str(form.get(f"payload-{n}-{b}", "")).strip()
        )
        text = str(form.get(f"text-{n}", "")).strip()
        if text or buttons:
            variations.append(Variation(text, buttons))
    return variations


async def _form(
    request: web.Request, name: str, variations: list[Variation], *, status: int = 200, **extra: Any
) -> web.Response:
    editable = response_editing.editable(request.app[SETTINGS].data_repo, name)
    if editable is None:
        raise web.HTTPNotFound(text=f"There is no response {name} in domain.yml.")
    rows = [*variations, Variation("")]
    context = await page_of(
        request,
        {"name": name, "rows": rows, "fills": editable.fills, "max_buttons": MAX_BUTTONS, "problems": [], **extra},
    )
    return aiohttp_jinja2.render_template("inbox/studio_response.html", request, context, status=status)


@routes.get(f"/inbox/studio/wording/{NAME}", name="inbox.studio_response")
async def response_form(request: web.Request) -> web.Response:
    await marketer(request)
    name = request.match_info["name"]
    editable = response_editing.editable(request.app[SETTINGS].data_repo, name)
    if editable is None:
        raise web.HTTPNotFound(text=f"There is no response {name} in domain.yml.")
    return await _form(request, name, editable.variations)


@routes.post(f"/inbox/studio/wording/{NAME}", name="inbox.studio_response_save")
async def save_response(request: web.Request) -> web.StreamResponse:
    user = await marketer(request)
    name = request.match_info["name"]
    variations = _variations(await request.post())
    try:
        await response_editing.edit(request.app[DATABASE], request.app[SETTINGS].data_repo, name, variations, user=user)
    except ResponseRefused as refused:
        fields = {p.field for p in refused.problems}
        return await _form(request, name, variations, status=422, problems=refused.problems, fields=fields)
    raise web.HTTPFound(request.app.router["inbox.studio_wording"].url_for().with_query(saved=name))
