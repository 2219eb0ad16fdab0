"""The SDR inbox at /inbox: login, leads and prospects, details with transcript and notes,
status changes, CSV export, analytics and the review of misunderstood messages.

Every route but the login page needs a signed-in user; every form carries a CSRF token.
"""

from __future__ import annotations

import asyncio
import json
import secrets
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

import aiohttp_jinja2
from aiohttp import ClientError, web
from aiohttp_session import get_session, new_session
from yarl import URL

from bot.app import analytics as figures_of
from bot.app import erasure, inbox_reads, inbox_sign_in, lead_reads, lead_status, live_reply
from bot.app.lead_status import STATUSES
from bot.bearer import same_secret
from bot.clock import utcnow
from bot.dialog.metadata import known_zone
from bot.storage.analytics import FUNNEL
from bot.web import charts, socket_bridge
from bot.web.chat_proxy import give_back, post_events
from bot.web.filters import FilterError, parse_instant, parse_lead_filters
from bot.web.keys import DATABASE, SETTINGS
from bot.web.limits import RateLimiter, client_address, make_limiter
from bot.web.readable import answer_rows
from bot.web.users import check_password, decoy_for, load_accounts, load_users

routes = web.RouteTableDef()
MAX_LOGIN_FAILURES = 10
LOGIN_WINDOW_SECONDS = 15 * 60
LOGIN_FAILURES = web.AppKey("login_failures", RateLimiter)
ROLE = "inbox.role"  # request key: the signed-in user's role, read with the session
HASHING_AT_ONCE = 2  # password hashes computed together, each 128 MiB of scrypt
HASHING = web.AppKey("hashing", asyncio.Semaphore)
RANGES: dict[str, int | None] = {"7d": 7, "30d": 30, "90d": 90, "all": None}  # analytics presets, in days
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _url(request: web.Request, name: str, **parts: str) -> URL:
    """A page's address from its route name, never spelled out by hand."""
    return request.app.router[name].url_for(**parts)


@web.middleware
async def require_login(request: web.Request, handler: Handler) -> web.StreamResponse:
    if request.path.startswith("/inbox") and request.path != str(_url(request, "inbox.login")):
        session = await get_session(request)
        if session.get("user"):
            request[ROLE] = await _role_if_signed_in(request, str(session["user"]), str(session.get("sid", "")))
            if request[ROLE] is None:
                session.invalidate()  # logged out elsewhere, or the user was removed
        if not session.get("user"):
            if request.method == "GET":
                raise web.HTTPFound(_url(request, "inbox.login").with_query(next=request.path))
            raise web.HTTPForbidden(text="Sign in first.")
        if request.method == "POST":
            form = await request.post()
            if not same_secret(str(form.get("csrf", "")), str(session.get("csrf", ""))):
                raise web.HTTPForbidden(text="This form has expired; reload the page and try again.")
    return await handler(request)


async def _role_if_signed_in(request: web.Request, user: str, token: str) -> str | None:
    """The user's role while their session holds (the users file read once a request), else None."""
    account = load_accounts(request.app[SETTINGS].effective_inbox_users_path).get(user)
    if account is None or await inbox_sign_in.user_of(request.app[DATABASE], token) != user:
        return None
    return account[1]


def role_of_request(request: web.Request) -> str | None:
    """The signed-in user's role, as the login check found it for this request."""
    return request.get(ROLE)


async def page_of(request: web.Request, data: dict[str, Any]) -> dict[str, Any]:
    """What every inbox page has: the user, the form token, now, and the zone times are shown in:
    the viewer's, chosen at sign-in, else the page's (a lead's owner), else UTC."""
    session = await get_session(request)
    user = session.get("user")
    return {
        **data,
        "user": user,
        "role": role_of_request(request) if user else None,
        "csrf": session.get("csrf"),
        "now": utcnow(),
        "zone": session.get("zone") or data.get("zone") or "UTC",
    }


@routes.get("/inbox/login", name="inbox.login")
@aiohttp_jinja2.template("inbox/login.html")
async def login_page(request: web.Request) -> dict[str, Any]:
    return {"error": None, "next": request.query.get("next", str(_url(request, "inbox.leads")))}


@routes.post("/inbox/login", name="inbox.sign_in")
async def login(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    name, password = str(form.get("username", "")), str(form.get("password", ""))
    users = load_users(request.app[SETTINGS].effective_inbox_users_path)
    home = str(_url(request, "inbox.leads"))
    target = str(form.get("next", home))
    if not target.startswith(home):  # never off the inbox (an open redirect)
        target = home
    failures = request.app[LOGIN_FAILURES]
    # Each attempt takes its place in the failure budget before the 128 MiB hash, and gets it back
    # when it succeeds: a burst of wrong passwords is refused past the limit instead of all hashed.
    tickets: list[tuple[str, str]] = []
    for key in (f"user:{name.lower()}", f"ip:{client_address(request)}"):
        ticket = await failures.reserve(key)
        if ticket is None:
            for taken_key, taken in tickets:
                await failures.refund(taken_key, taken)
            return aiohttp_jinja2.render_template(
                "inbox/login.html",
                request,
                {
                    "error": "Too many failed sign-ins. Wait 15 minutes, or ask an admin to reset your password.",
                    "next": target,
                },
                status=429,
            )
        tickets.append((key, ticket))
    # An unknown name costs the same hashing as a known one, so timing tells nobody who exists;
    # at most HASHING_AT_ONCE hashes run together, so a burst waits instead of exhausting memory.
    stored = users.get(name)
    checked = stored or decoy_for(users)
    matches = False
    if checked is not None:
        async with request.app[HASHING]:
            matches = await asyncio.to_thread(check_password, password, checked)
    if stored is None or not matches:
        return aiohttp_jinja2.render_template(
            "inbox/login.html", request, {"error": "Wrong username or password.", "next": target}, status=401
        )
    for key, ticket in tickets:
        await failures.refund(key, ticket)
    token = await inbox_sign_in.open_for(request.app[DATABASE], name)
    session = await new_session(request)
    session["user"], session["csrf"], session["sid"] = name, secrets.token_urlsafe(24), token
    # Times are shown in the viewer's zone: the roster's for an SDR, else their browser's.
    roster_zone = await inbox_sign_in.viewer_zone(request.app[DATABASE], name)
    session["zone"] = roster_zone or known_zone(form.get("zone"))
    raise web.HTTPFound(target)


@routes.post("/inbox/logout", name="inbox.logout")
async def logout(request: web.Request) -> web.StreamResponse:
    session = await get_session(request)
    token = str(session.get("sid", ""))
    await inbox_sign_in.close(request.app[DATABASE], token)
    session.invalidate()
    raise web.HTTPFound(_url(request, "inbox.login"))


def setup_login_limits(app: web.Application) -> None:
    app[LOGIN_FAILURES] = make_limiter(app, "login_failures", MAX_LOGIN_FAILURES, LOGIN_WINDOW_SECONDS)
    app[HASHING] = asyncio.Semaphore(HASHING_AT_ONCE)


@routes.get("/inbox", name="inbox.leads")
async def inbox(request: web.Request) -> web.StreamResponse:
    try:
        filters, problem = parse_lead_filters(request.query, limit=200, blank_is_absent=True), None
    except FilterError as error:
        filters, problem = None, error

    data = await inbox_reads.leads_list(request.app[DATABASE], filters, utcnow())
    page = await page_of(
        request,
        {
            **data,
            "filters": request.query,
            "export_query": urlencode(dict(request.query)),
            "erased": request.query.get("erased") == "1",
            "filter_error": problem,
        },
    )
    return aiohttp_jinja2.render_template("inbox/list.html", request, page, status=400 if problem else 200)


@routes.get("/inbox/latest", name="inbox.latest")
async def latest(request: web.Request) -> web.Response:
    newest = await inbox_reads.newest_lead_id(request.app[DATABASE])
    return web.json_response({"newest": newest})


@routes.get("/inbox/leads.csv", name="inbox.export")
async def export(request: web.Request) -> web.Response:
    try:
        filters = parse_lead_filters(request.query, blank_is_absent=True)
    except FilterError as error:
        raise web.HTTPBadRequest(text=f"Cannot export: {error.message}.") from None
    body = await lead_reads.csv_text(request.app[DATABASE], filters)
    return web.Response(
        text=body, content_type="text/csv", headers={"Content-Disposition": 'attachment; filename="leads.csv"'}
    )


@routes.get("/inbox/leads/{lead_id:\\d+}", name="inbox.lead")
@aiohttp_jinja2.template("inbox/lead.html")
async def lead_page(request: web.Request) -> dict[str, Any]:
    lead_id = int(request.match_info["lead_id"])
    data = await inbox_reads.lead_details(request.app[DATABASE], lead_id)
    if data is None:
        raise web.HTTPNotFound(text=f"No lead {lead_id}.")
    page = await page_of(request, data)
    return {**page, "answer_rows": answer_rows(page["answers"], page["zone"])}


@routes.post("/inbox/leads/{lead_id:\\d+}/status", name="inbox.status")
async def change_status(request: web.Request) -> web.StreamResponse:
    lead_id = int(request.match_info["lead_id"])
    status = str((await request.post()).get("status", ""))
    if status not in STATUSES:
        raise web.HTTPBadRequest(text=f"status must be one of {', '.join(STATUSES)}")
    user = (await get_session(request)).get("user")
    if not await lead_status.change(request.app[DATABASE], lead_id, status, by=str(user)):
        raise web.HTTPNotFound(text=f"No lead {lead_id}.")
    raise web.HTTPFound(_url(request, "inbox.lead", lead_id=str(lead_id)))


@routes.post("/inbox/leads/{lead_id:\\d+}/merge", name="inbox.merge")
async def merge(request: web.Request) -> web.StreamResponse:
    """The SDR vouches that a lead claiming another's email is that person (bot/storage/leads.py)."""
    lead_id = int(request.match_info["lead_id"])
    user = (await get_session(request)).get("user")
    try:
        owner_id = await lead_status.merge(request.app[DATABASE], lead_id, by=str(user))
    except LookupError as error:
        raise web.HTTPConflict(text=f"Nothing was merged: {error}.") from error
    raise web.HTTPFound(_url(request, "inbox.lead", lead_id=str(owner_id)))


@routes.post("/inbox/leads/{lead_id:\\d+}/erase", name="inbox.erase")
async def erase(request: web.Request) -> web.StreamResponse:
    """The person asked to be erased: everything about them goes (bot/storage/erasure.py)."""
    lead_id = int(request.match_info["lead_id"])
    if str((await request.post()).get("confirm", "")).strip() != "ERASE":
        raise web.HTTPBadRequest(text="Nothing was erased: type ERASE in the box to confirm.")
    user = (await get_session(request)).get("user")
    if not await erasure.erase_lead_on_request(
        request.app[DATABASE], request.app[SETTINGS].data_repo, lead_id, requested_by=f"inbox:{user}"
    ):
        raise web.HTTPNotFound(text=f"No lead {lead_id}.")
    raise web.HTTPFound(_url(request, "inbox.leads").with_query(erased="1"))


@routes.post("/inbox/leads/{lead_id:\\d+}/notes", name="inbox.notes")
async def add_note(request: web.Request) -> web.StreamResponse:
    lead_id = int(request.match_info["lead_id"])
    text = str((await request.post()).get("text", "")).strip()
    if not text:
        raise web.HTTPFound(_url(request, "inbox.lead", lead_id=str(lead_id)))
    user = (await get_session(request)).get("user")
    await lead_status.add_note(request.app[DATABASE], lead_id, text, by=str(user))
    raise web.HTTPFound(_url(request, "inbox.lead", lead_id=str(lead_id)))


@routes.get("/inbox/conversations/{sender}", name="inbox.conversation")
@aiohttp_jinja2.template("inbox/conversation.html")
async def conversation_page(request: web.Request) -> dict[str, Any]:
    sender = request.match_info["sender"]

    found = await inbox_reads.conversation(request.app[DATABASE], sender)
    return await page_of(request, {**found, "held_by": request.query.get("held_by")})


@routes.get("/inbox/conversations/{sender}/messages", name="inbox.conversation_messages")
async def conversation_messages(request: web.Request) -> web.Response:
    """The messages recorded after `after` (a message id): the conversation page polls this, so an
    SDR sees what the visitor writes without reloading."""
    sender = request.match_info["sender"]
    try:
        after = max(0, int(request.query.get("after", "0")))
    except ValueError:
        return web.json_response({"error": "after must be a message id (a whole number)"}, status=400)

    return web.json_response(await live_reply.messages_after(request.app[DATABASE], sender, after))


@routes.get("/inbox/analytics", name="inbox.analytics")
@aiohttp_jinja2.template("inbox/analytics.html")
async def analytics(request: web.Request) -> dict[str, Any]:
    """The funnel over a range: a preset (`range=7d|30d|90d|all`) or custom dates (`since`, `until`,
    ISO dates, `until` inclusive); a bad date is said, and the page shows all time."""
    chosen = request.query.get("range", "all")
    since, until, range_error = None, None, None
    now = utcnow()
    try:
        if request.query.get("since") or request.query.get("until"):
            chosen = "custom"
            since = parse_instant("since", request.query.get("since") or None)
            until = parse_instant("until", request.query.get("until") or None)
            until = (
                until + timedelta(days=1) if until is not None and len(request.query.get("until", "")) <= 10 else until
            )
        elif chosen not in RANGES:
            raise FilterError("range", f"range must be one of {', '.join(RANGES)}, or custom dates")
        elif (days := RANGES[chosen]) is not None:
            since = now - timedelta(days=days)
    except FilterError as error:
        chosen, since, until, range_error = "all", None, None, error.message
    figures = await figures_of.funnel_between(request.app[DATABASE], since, until)
    charts_ = {
        "funnel": charts.funnel(
            [(label, figures.totals.get(key, 0)) for key, label in FUNNEL], "Conversations by the deepest stage reached"
        ),
        "questions": charts.paired(
            [(q.slot.replace("_", " "), q.asked, q.answered) for q in figures.questions],
            ("asked", "answered"),
            "Each question: how often asked, and answered",
        ),
        "days": charts.per_day(
            sorted(figures.by_day.items()),
            [("visitor", "Visitors"), ("prospect", "Prospects"), ("booked", "Booked")],
            "Conversions per day",
        ),
    }
    leads_since = since.date().isoformat() if since else ""
    return await page_of(
        request,
        {
            "funnel": figures,
            "stages": FUNNEL,
            "charts": charts_,
            "ranges": RANGES,
            "chosen": chosen,
            "since": request.query.get("since", ""),
            "until": request.query.get("until", ""),
            "range_error": range_error,
            "leads_since": leads_since,
        },
    )


@routes.get("/inbox/review", name="inbox.review")
@aiohttp_jinja2.template("inbox/review.html")
async def review(request: web.Request) -> dict[str, Any]:
    now = utcnow()
    return await page_of(
        request,
        {
            "messages": await figures_of.misunderstood(request.app[DATABASE]),
            "went_wrong": await figures_of.gone_wrong(request.app[DATABASE], now),
        },
    )


@routes.get("/inbox/review/export.yml", name="inbox.review_export")
async def review_export(request: web.Request) -> web.Response:
    snippet = await figures_of.review_as_training_data(request.app[DATABASE])
    return web.Response(
        text=snippet, content_type="text/yaml", headers={"Content-Disposition": 'attachment; filename="review.yml"'}
    )


@routes.get("/inbox/outbox", name="inbox.outbox")
@aiohttp_jinja2.template("inbox/outbox.html")
async def outbox(request: web.Request) -> dict[str, Any]:
    items = await inbox_reads.outbox_items(request.app[DATABASE])
    return await page_of(request, {"items": items})


@routes.post("/inbox/conversations/{sender}/handback", name="inbox.handback")
async def handback(request: web.Request) -> web.StreamResponse:
    """The SDR is done: the assistant takes the chat back and carries on where discovery stopped."""
    sender = request.match_info["sender"]
    user = str((await get_session(request)).get("user"))
    line = "I'm handing you back to our assistant, who can carry on where we left off. Thanks for chatting!"
    try:
        await give_back(request.app, sender, line, said_by=user)
    except (ClientError, TimeoutError, ValueError):
        raise web.HTTPBadGateway(
            text="The assistant is not reachable; the chat was not handed back. Please try again."
        ) from None
    await socket_bridge.push_from_person(
        request.app, sender, user, line, int(utcnow().timestamp() * 1000), handback=True
    )
    raise web.HTTPFound(_url(request, "inbox.conversation", sender=sender))


@routes.post("/inbox/conversations/{sender}/claim", name="inbox.claim")
async def claim_chat(request: web.Request) -> web.StreamResponse:
    """One click takes a waiting visitor: the assistant pauses, and nobody else can answer them."""
    sender = request.match_info["sender"]
    user = str((await get_session(request)).get("user"))
    taken = await live_reply.take(request.app[DATABASE], sender, user, utcnow())
    if taken.holder != user:
        raise web.HTTPFound(_url(request, "inbox.conversation", sender=sender).with_query(held_by=taken.holder))
    if taken.joined:
        try:
            await post_events(request.app, sender, [{"event": "pause"}])
        except (ClientError, TimeoutError, ValueError):
            pass  # the first reply pauses it too; the chat is theirs either way
    raise web.HTTPFound(_url(request, "inbox.conversation", sender=sender))


QUEUE_EVERY = 3.0  # seconds between looks at the queue


QUEUE_STREAM_FOR = 600.0  # then the stream ends and the browser's EventSource reconnects (a fresh sign-in check)


@routes.get("/inbox/queue/events", name="inbox.queue")
async def queue(request: web.Request) -> web.StreamResponse:
    """Who is waiting for a person now, as server-sent events: the leads page shows them live,
    with how long they have waited and their score so far."""
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
    await response.prepare(request)
    sent, deadline = None, asyncio.get_running_loop().time() + QUEUE_STREAM_FOR
    try:
        while asyncio.get_running_loop().time() < deadline:
            people = await live_reply.waiting_now(request.app[DATABASE])
            data = json.dumps(
                [
                    {
                        "sender": w.sender_id,
                        "since": w.since.isoformat(),
                        "name": w.name,
                        "company": w.company,
                        "score": w.score,
                        "open": str(_url(request, "inbox.conversation", sender=w.sender_id)),
                        "claim": str(_url(request, "inbox.claim", sender=w.sender_id)),
                    }
                    for w in people
                ]
            )
            await response.write((f"data: {data}\n\n" if data != sent else ": still here\n\n").encode())
            sent = data
            await asyncio.sleep(QUEUE_EVERY)
    except ConnectionResetError:
        pass  # the page closed
    return response


@routes.post("/inbox/conversations/{sender}/reply", name="inbox.reply")
async def reply(request: web.Request) -> web.StreamResponse:
    """A live handoff: the SDR's message goes into the visitor's conversation through Rasa's API."""
    sender = request.match_info["sender"]
    text = str((await request.post()).get("text", "")).strip()[:2000]
    if not text:
        raise web.HTTPFound(_url(request, "inbox.conversation", sender=sender))
    user = str((await get_session(request)).get("user"))
    stamp = utcnow()
    taken = await live_reply.take(request.app[DATABASE], sender, user, stamp)
    if taken.holder != user:  # two reps never answer one visitor together
        raise web.HTTPConflict(text=f"{taken.holder} is talking with this visitor; your reply was not sent.")
    # the assistant pauses while a person talks (Rasa's human-handoff pattern), until handed back
    events: list[dict[str, Any]] = [{"event": "pause"}] if taken.joined else []
    events.append({"event": "bot", "text": text, "metadata": {"sdr": user}, "timestamp": stamp.timestamp()})
    try:
        await post_events(request.app, sender, events)
    except ValueError as refused:
        raise web.HTTPBadGateway(text=f"The assistant refused the reply ({refused}); it was not sent.") from None
    except (ClientError, TimeoutError):
        raise web.HTTPBadGateway(
            text="The assistant is not reachable; the reply was not sent. Please try again."
        ) from None
    await socket_bridge.push_from_person(
        request.app, sender, user, text, int(stamp.timestamp() * 1000)
    )  # open sockets, at once
    # the transcript writer batches for a moment; show the reply once it is stored
    await live_reply.wait_until_recorded(request.app[DATABASE], sender, user, text)
    raise web.HTTPFound(_url(request, "inbox.conversation", sender=sender))
