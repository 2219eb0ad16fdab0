"""The studio at /inbox/studio: marketers label what the assistant missed.

A label says what a message meant (its intent) and which of its words said an entity; the page
shows how the live assistant reads the message and each entity's words now ("3-4k a month" ->
budget 42000), so the marketer sees what the label changes. Only marketers and admins may use it.
"""

from __future__ import annotations

from typing import Any

import aiohttp_jinja2
from aiohttp import ClientError, web
from aiohttp_session import get_session
from multidict import MultiDictProxy

from bot.app import labelling
from bot.app.labelling import LabelRefused
from bot.studio.training_data import EntitySpan, Label
from bot.web import rasa_api
from bot.web.inbox import page_of, role_of_request
from bot.web.keys import DATABASE, SETTINGS
from bot.web.users import ADMIN, MARKETER

routes = web.RouteTableDef()
ENTITY_ROWS = 3  # entity rows on the form; a message rarely says more
PARSE_SECONDS = 10


async def marketer(request: web.Request) -> str:
    """The signed-in marketer or admin; anyone else is refused with the reason."""
    user = str((await get_session(request)).get("user"))
    if role_of_request(request) not in (MARKETER, ADMIN):
        raise web.HTTPForbidden(text="The studio is for marketers and admins; ask an admin for the marketer role.")
    return user


async def reading(app: web.Application, text: str) -> dict[str, Any] | None:
    """How the live assistant reads `text` (Rasa's /model/parse); None when it cannot be asked."""
    try:
        parsed = await rasa_api.call(app, "POST", "/model/parse", {"text": text}, seconds=PARSE_SECONDS)
    except (ClientError, TimeoutError, ValueError):
        return None
    return parsed if isinstance(parsed, dict) else None


async def _values(app: web.Application, label: Label) -> dict[str, Any]:
    """Each entity's normalized value, as the live rules read its words alone."""
    values: dict[str, Any] = {}
    for item in label.entities:
        parsed = await reading(app, item.span)
        for found in (parsed or {}).get("entities", []):
            if found.get("entity") == item.entity:
                values[item.entity] = found.get("value")
                break
    return values


def _label_from(form: MultiDictProxy[Any]) -> Label:
    rows = tuple(
        EntitySpan(str(form.get(f"entity-{n}", "")).strip(), str(form.get(f"span-{n}", "")).strip())
        for n in range(1, ENTITY_ROWS + 1)
    )
    return Label(str(form.get("text", "")), str(form.get("intent", "")).strip(), rows)


async def _studio(request: web.Request, draft: Label | None, *, status: int = 200, **extra: Any) -> web.Response:
    settings = request.app[SETTINGS]
    words = labelling.vocabulary(settings.data_repo)
    labels, trail = await labelling.labels_and_trail(request.app[DATABASE])
    live = await reading(request.app, draft.text) if draft and draft.text.strip() else None
    rows = list(draft.entities) if draft else []
    if draft and not any(row.entity or row.span for row in rows) and live:
        rows = [
            EntitySpan(str(e.get("entity")), str(draft.text[e["start"] : e["end"]]))
            for e in live.get("entities", [])
            if isinstance(e.get("start"), int) and isinstance(e.get("end"), int)
        ]
    rows += [EntitySpan("", "")] * (ENTITY_ROWS - len(rows))
    context = await page_of(
        request,
        {
            "draft": draft,
            "rows": rows[:ENTITY_ROWS],
            "live": live,
            "intents": words.intents,
            "entities": words.entities,
            "labels": labels,
            "trail": trail,
            "error": None,
            "field": None,
            "clashes": [],
            "saved": request.query.get("saved"),
            "message_id": "",
            "values": {},
            "preview": False,
            **extra,
        },
    )
    return aiohttp_jinja2.render_template("inbox/studio.html", request, context, status=status)


@routes.get("/inbox/studio", name="inbox.studio")
async def studio(request: web.Request) -> web.Response:
    """The label form (for ?message=<id> from the review page, or ?text=) and the labels so far."""
    await marketer(request)
    message_id = request.query.get("message", "")
    text = request.query.get("text", "")
    if message_id.isdigit():
        text = await labelling.message_to_label(request.app[DATABASE], int(message_id)) or ""
        if not text:
            raise web.HTTPNotFound(text="No such visitor message (it may have been erased).")
    draft = Label(text, "") if text else None
    return await _studio(request, draft, message_id=message_id if message_id.isdigit() else "")


@routes.post("/inbox/studio/labels", name="inbox.studio_label")
async def save_label(request: web.Request) -> web.Response:
    user = await marketer(request)
    form = await request.post()
    draft = _label_from(form)
    message = str(form.get("message", ""))
    if form.get("do") == "preview":
        values = await _values(request.app, draft)
        return await _studio(request, draft, message_id=message, values=values, preview=True)
    try:
        label_id, replaced = await labelling.label_message(
            request.app[DATABASE],
            request.app[SETTINGS].data_repo,
            draft,
            await _values(request.app, draft),
            user=user,
            message_id=int(message) if message.isdigit() else None,
        )
    except LabelRefused as refused:
        return await _studio(
            request,
            draft,
            message_id=message,
            error=str(refused),
            field=refused.field,
            clashes=refused.clashes,
            status=422,
        )
    done = "replaced" if replaced else "saved"
    raise web.HTTPFound(request.app.router["inbox.studio"].url_for().with_query(saved=done, label=str(label_id)))


@routes.post("/inbox/studio/labels/{label_id:\\d+}/delete", name="inbox.studio_unlabel")
async def remove_label(request: web.Request) -> web.StreamResponse:
    user = await marketer(request)
    await labelling.unlabel(
        request.app[DATABASE], request.app[SETTINGS].data_repo, int(request.match_info["label_id"]), user=user
    )
    raise web.HTTPFound(request.app.router["inbox.studio"].url_for().with_query(saved="removed"))
