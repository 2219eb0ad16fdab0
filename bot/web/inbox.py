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
from sqlalchemy import select
from sqlalchemy.orm import Session
from yarl import URL

from bot.bearer import same_secret
from bot.clock import utcnow
from bot.dialog.metadata import known_zone
from bot.handoff.live import Waiting, claim, waiting
from bot.storage.analytics import FUNNEL, funnel, not_understood, training_snippet, went_wrong
from bot.storage.erasure import erase_lead
from bot.storage.inbox_sessions import close_session, open_session, session_user
from bot.storage.leads import claims_on, merge_claim, query_leads, transcript
from bot.storage.models import Answer, Conversation, Lead, LeadNote, Message, OutboxItem, RoutingDecision, Sdr
from bot.storage.outbox import enqueue_event
from bot.web import charts, socket_bridge
from bot.web.chat_proxy import give_back, post_events
from bot.web.db import in_transaction
from bot.web.filters import FilterError, parse_instant, parse_lead_filters
from bot.web.keys import SETTINGS
from bot.web.limits import RateLimiter, client_address, make_limiter
from bot.web.readable import answer_rows
from bot.web.serializers import csv_text
from bot.web.users import check_password, decoy_for, load_users

routes = web.RouteTableDef()
MAX_LOGIN_FAILURES = 10
LOGIN_WINDOW_SECONDS = 15 * 60
LOGIN_FAILURES = web.AppKey("login_failures", RateLimiter)
HASHING_AT_ONCE = 2  # password hashes computed together, each 128 MiB of scrypt
HASHING = web.AppKey("hashing", asyncio.Semaphore)
STATUSES = ("new", "contacted", "won", "lost")
RANGES: dict[str, int | None] = {"7d": 7, "30d": 30, "90d": 90, "all": None}  # analytics presets, in days
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _url(request: web.Request, name: str, **parts: str) -> URL:
    """A page's address from its route name, never spelled out by hand."""
    return request.app.router[name].url_for(**parts)


@web.middleware
async def require_login(request: web.Request, handler: Handler) -> web.StreamResponse:
    if request.path.startswith("/inbox") and request.path != str(_url(request, "inbox.login")):
        session = await get_session(request)
        if session.get("user") and not await _still_signed_in(
            request, str(session["user"]), str(session.get("sid", ""))
        ):
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


async def _still_signed_in(request: web.Request, user: str, token: str) -> bool:
    if user not in load_users(request.app[SETTINGS].effective_inbox_users_path):
        return False
    return await in_transaction(request, lambda session: session_user(session, token, utcnow())) == user


async def _page(request: web.Request, data: dict[str, Any]) -> dict[str, Any]:
    """What every inbox page has: the user, the form token, now, and the zone times are shown in:
    the viewer's, chosen at sign-in, else the page's (a lead's owner), else UTC."""
    session = await get_session(request)
    return {
        **data,
        "user": session.get("user"),
        "csrf": session.get("csrf"),
        "now": utcnow(),
        "zone": session.get("zone") or data.get("zone") or "UTC",
    }


def viewer_zone(session: Session, user: str) -> str | None:
    """The time zone of the SDR this inbox user is (by email, name or the email's local part)."""
    name = user.strip().lower()
    for sdr in session.execute(select(Sdr).where(Sdr.active.is_(True))).scalars():
        email = str(sdr.email).lower()
        if name in (email, str(sdr.name).lower(), email.split("@")[0]):
            return str(sdr.timezone)
    return None


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
    token = await in_transaction(request, lambda db: open_session(db, name, utcnow()))
    session = await new_session(request)
    session["user"], session["csrf"], session["sid"] = name, secrets.token_urlsafe(24), token
    # Times are shown in the viewer's zone: the roster's for an SDR, else their browser's.
    roster_zone = await in_transaction(request, lambda db: viewer_zone(db, name))
    session["zone"] = roster_zone or known_zone(form.get("zone"))
    raise web.HTTPFound(target)


@routes.post("/inbox/logout", name="inbox.logout")
async def logout(request: web.Request) -> web.StreamResponse:
    session = await get_session(request)
    token = str(session.get("sid", ""))
    await in_transaction(request, lambda db: close_session(db, token))
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

    now = utcnow()

    def work(session: Session) -> dict[str, Any]:
        leads, total = query_leads(session, **filters.query_args()) if filters else ([], 0)
        owners = [
            (str(email), str(name)) for email, name in session.execute(select(Sdr.email, Sdr.name).order_by(Sdr.name))
        ]
        newest = max((int(lead.id) for lead in leads), default=0)
        return {
            "leads": [(lead, lead.confirmed_booking) for lead in leads],
            "total": total,
            "owners": owners,
            "newest": newest,
            "waiting": waiting(session, now),
        }

    data = await in_transaction(request, work)
    page = await _page(
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
    newest = await in_transaction(
        request, lambda s: s.execute(select(Lead.id).order_by(Lead.id.desc()).limit(1)).scalar() or 0
    )
    return web.json_response({"newest": newest})


@routes.get("/inbox/leads.csv", name="inbox.export")
async def export(request: web.Request) -> web.Response:
    try:
        filters = parse_lead_filters(request.query, blank_is_absent=True)
    except FilterError as error:
        raise web.HTTPBadRequest(text=f"Cannot export: {error.message}.") from None
    body = await in_transaction(request, lambda s: csv_text(s, filters))
    return web.Response(
        text=body, content_type="text/csv", headers={"Content-Disposition": 'attachment; filename="leads.csv"'}
    )


@routes.get("/inbox/leads/{lead_id:\\d+}", name="inbox.lead")
@aiohttp_jinja2.template("inbox/lead.html")
async def lead_page(request: web.Request) -> dict[str, Any]:
    lead_id = int(request.match_info["lead_id"])

    def work(session: Session) -> dict[str, Any] | None:
        lead = session.get(Lead, lead_id)
        if lead is None:
            return None
        conversations = [int(c.id) for c in lead.conversations]
        booking = lead.confirmed_booking
        if booking is not None:
            assert booking.sdr is not None  # loaded now: the page renders after this session closed
        answers = (
            session.execute(select(Answer).where(Answer.conversation_id.in_(conversations)).order_by(Answer.at))
            .scalars()
            .all()
        )
        return {
            "lead": lead,
            "owner": lead.owner,
            "booking": booking,
            "zone": lead.owner.timezone if lead.owner else None,
            "visitor_zone": next((c.timezone for c in lead.conversations if c.timezone), None),
            "messages": transcript(session, lead_id),
            "answers": answers,
            "notes": session.execute(select(LeadNote).where(LeadNote.lead_id == lead_id).order_by(LeadNote.at))
            .scalars()
            .all(),
            "routing": session.execute(
                select(RoutingDecision).where(RoutingDecision.lead_id == lead_id).order_by(RoutingDecision.id.desc())
            )
            .scalars()
            .first(),
            "claimed": session.get(Lead, lead.claims_lead_id) if lead.claims_lead_id else None,
            "claims": claims_on(session, lead_id),
            "statuses": STATUSES,
        }

    data = await in_transaction(request, work)
    if data is None:
        raise web.HTTPNotFound(text=f"No lead {lead_id}.")
    page = await _page(request, data)
    return {**page, "answer_rows": answer_rows(page["answers"], page["zone"])}


@routes.post("/inbox/leads/{lead_id:\\d+}/status", name="inbox.status")
async def change_status(request: web.Request) -> web.StreamResponse:
    lead_id = int(request.match_info["lead_id"])
    status = str((await request.post()).get("status", ""))
    if status not in STATUSES:
        raise web.HTTPBadRequest(text=f"status must be one of {', '.join(STATUSES)}")
    user = (await get_session(request)).get("user")

    def work(session: Session) -> None:
        lead = session.get(Lead, lead_id)
        if lead is None:
            raise web.HTTPNotFound(text=f"No lead {lead_id}.")
        now = utcnow()
        previous, lead.status = lead.status, status
        session.add(LeadNote(lead_id=lead_id, author=str(user), text=f"Status: {previous} -> {status}", at=now))
        session.flush()
        enqueue_event(
            session,
            "lead.status_changed",
            f"status:{lead_id}:{status}:{now.timestamp():.0f}",
            {"lead_id": lead_id, "email": lead.email, "from": previous, "to": status, "by": user},
            now=now,
        )

    await in_transaction(request, work)
    raise web.HTTPFound(_url(request, "inbox.lead", lead_id=str(lead_id)))


@routes.post("/inbox/leads/{lead_id:\\d+}/merge", name="inbox.merge")
async def merge(request: web.Request) -> web.StreamResponse:
    """The SDR vouches that a lead claiming another's email is that person (bot/storage/leads.py)."""
    lead_id = int(request.match_info["lead_id"])
    user = (await get_session(request)).get("user")

    def work(session: Session) -> int:
        try:
            return int(merge_claim(session, lead_id, by=str(user)).id)
        except LookupError as error:
            raise web.HTTPConflict(text=f"Nothing was merged: {error}.") from error

    owner_id = await in_transaction(request, work)
    raise web.HTTPFound(_url(request, "inbox.lead", lead_id=str(owner_id)))


@routes.post("/inbox/leads/{lead_id:\\d+}/erase", name="inbox.erase")
async def erase(request: web.Request) -> web.StreamResponse:
    """The person asked to be erased: everything about them goes (bot/storage/erasure.py)."""
    lead_id = int(request.match_info["lead_id"])
    if str((await request.post()).get("confirm", "")).strip() != "ERASE":
        raise web.HTTPBadRequest(text="Nothing was erased: type ERASE in the box to confirm.")
    user = (await get_session(request)).get("user")
    report = await in_transaction(
        request,
        lambda session: erase_lead(session, lead_id, reason="request", requested_by=f"inbox:{user}", now=utcnow()),
    )
    if report is None:
        raise web.HTTPNotFound(text=f"No lead {lead_id}.")
    raise web.HTTPFound(_url(request, "inbox.leads").with_query(erased="1"))


@routes.post("/inbox/leads/{lead_id:\\d+}/notes", name="inbox.notes")
async def add_note(request: web.Request) -> web.StreamResponse:
    lead_id = int(request.match_info["lead_id"])
    text = str((await request.post()).get("text", "")).strip()
    if not text:
        raise web.HTTPFound(_url(request, "inbox.lead", lead_id=str(lead_id)))
    user = (await get_session(request)).get("user")
    await in_transaction(request, lambda s: s.add(LeadNote(lead_id=lead_id, author=str(user), text=text[:5000])))
    raise web.HTTPFound(_url(request, "inbox.lead", lead_id=str(lead_id)))


@routes.get("/inbox/conversations/{sender}", name="inbox.conversation")
@aiohttp_jinja2.template("inbox/conversation.html")
async def conversation_page(request: web.Request) -> dict[str, Any]:
    sender = request.match_info["sender"]

    def work(session: Session) -> dict[str, Any]:
        conversation = session.execute(
            select(Conversation).where(Conversation.sender_id == sender)
        ).scalar_one_or_none()
        messages = (
            []
            if conversation is None
            else session.execute(
                select(Message).where(Message.conversation_id == conversation.id).order_by(Message.at, Message.id)
            )
            .scalars()
            .all()
        )
        return {"conversation": conversation, "messages": messages, "sender": sender}

    return await _page(request, {**await in_transaction(request, work), "held_by": request.query.get("held_by")})


@routes.get("/inbox/conversations/{sender}/messages", name="inbox.conversation_messages")
async def conversation_messages(request: web.Request) -> web.Response:
    """The messages recorded after `after` (a message id): the conversation page polls this, so an
    SDR sees what the visitor writes without reloading."""
    sender = request.match_info["sender"]
    try:
        after = max(0, int(request.query.get("after", "0")))
    except ValueError:
        return web.json_response({"error": "after must be a message id (a whole number)"}, status=400)

    def work(session: Session) -> list[dict[str, Any]]:
        rows = session.execute(
            select(Message)
            .join(Conversation, Message.conversation_id == Conversation.id)
            .where(Conversation.sender_id == sender, Message.id > after)
            .order_by(Message.id)
            .limit(200)
        ).scalars()
        return [{"id": m.id, "sender": m.sender, "author": m.author, "text": m.text} for m in rows]

    return web.json_response(await in_transaction(request, work))


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
    figures = await in_transaction(request, lambda session: funnel(session, since, until))
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
    return await _page(
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
    return await _page(
        request,
        {
            "messages": await in_transaction(request, not_understood),
            "went_wrong": await in_transaction(request, lambda session: went_wrong(session, now)),
        },
    )


@routes.get("/inbox/review/export.yml", name="inbox.review_export")
async def review_export(request: web.Request) -> web.Response:
    snippet = await in_transaction(request, lambda s: training_snippet(not_understood(s)))
    return web.Response(
        text=snippet, content_type="text/yaml", headers={"Content-Disposition": 'attachment; filename="review.yml"'}
    )


@routes.get("/inbox/outbox", name="inbox.outbox")
@aiohttp_jinja2.template("inbox/outbox.html")
async def outbox(request: web.Request) -> dict[str, Any]:
    items = await in_transaction(
        request, lambda s: s.execute(select(OutboxItem).order_by(OutboxItem.id.desc()).limit(200)).scalars().all()
    )
    return await _page(request, {"items": items})


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
    taken = await in_transaction(request, lambda session: claim(session, sender, user, utcnow()))
    if taken.holder != user:
        raise web.HTTPFound(_url(request, "inbox.conversation", sender=sender).with_query(held_by=taken.holder))
    if taken.joined:
        try:
            await post_events(request.app, sender, [{"event": "pause"}])
        except (ClientError, TimeoutError, ValueError):
            pass  # the first reply pauses it too; the chat is theirs either way
    raise web.HTTPFound(_url(request, "inbox.conversation", sender=sender))


QUEUE_EVERY = 3.0  # seconds between looks at the queue


def _waiting_now(session: Session) -> list[Waiting]:
    return waiting(session, utcnow())


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
            people = await in_transaction(request, _waiting_now)
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
    taken = await in_transaction(request, lambda session: claim(session, sender, user, stamp))
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

    def recorded(session: Session) -> bool:
        return (
            session.execute(
                select(Message.id)
                .join(Conversation, Message.conversation_id == Conversation.id)
                .where(Conversation.sender_id == sender, Message.author == user, Message.text == text)
            ).first()
            is not None
        )

    for _ in range(30):  # the transcript writer batches for a moment; show the reply once it is stored
        if await in_transaction(request, recorded):
            break
        await asyncio.sleep(0.1)
    raise web.HTTPFound(_url(request, "inbox.conversation", sender=sender))
