"""The widget's one way in: POST /chat/session, POST /chat and GET /chat/updates.

Rasa listens on 127.0.0.1 only; this is the public door to it. Conversation ids are issued
here and tied to the browser by a token, so nobody can read or post into another visitor's
conversation. Message size, JSON shape, the metadata a browser may set, the commands it may
send and the rate per conversation and per address are all checked before Rasa sees anything.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections import OrderedDict
from datetime import UTC, datetime
from typing import Any

from aiohttp import ClientError, ClientTimeout, web

from bot.app import live_reply
from bot.clock import utcnow
from bot.dialog.identity import conversation_token, is_issued, new_sender_id, owns_conversation
from bot.dialog.metadata import browser_metadata
from bot.web import rasa_api
from bot.web.errors import json_error
from bot.web.keys import DATABASE, HTTP, SETTINGS
from bot.web.limits import RateLimiter, client_address, comma_list, make_limiter
from bot.web.metrics import METRICS

routes = web.RouteTableDef()
MAX_MESSAGE_CHARS = 2000
SENDER_RE = re.compile(r"[A-Za-z0-9_-]{16,128}")
# Payloads the widget's own buttons send; any other "/command" is read as plain text, so a
# visitor can neither restart a session nor trigger an intent the dialog does not offer.
BUTTON_PAYLOAD_RE = re.compile(
    r"/(?:greet|affirm|deny|inform|set_timezone|give_consent|decline_consent|faq|human|skip|start_discovery|"
    r"choose_slot|more_slots)(?:\{[^{}]{0,500}\})?"
)
NO_REPLY = [
    {
        "text": "Sorry, I didn't catch that. You can ask me about plans and pricing, or I can help you "
        "find the right plan with a few quick questions."
    }
]


TURNS = web.AppKey("turn_limiter", RateLimiter)
OPENINGS = web.AppKey("opening_limiter", RateLimiter)
REST_OPENINGS = web.AppKey("rest_opening_limiter", RateLimiter)
REST_SENDERS = web.AppKey("rest_senders", OrderedDict)  # REST clients' own ids seen here, most recent last
# the buttons the assistant last offered each conversation, {payload: title}, most recent last
OFFERED = web.AppKey("offered_buttons", OrderedDict)
MAX_REMEMBERED_SENDERS = 50_000
# what the widget's own plan button says for /start_discovery (bot/web/static/widget.js)
PLAN_CTA_RE = re.compile(r"I'd like to talk to sales about the [a-z]{1,20} plan")
IN_FLIGHT = web.AppKey("turns_in_flight", asyncio.Semaphore)


def setup_limits(app: web.Application) -> None:
    app[TURNS] = make_limiter(app, "turns", app[SETTINGS].chat_turns_per_minute)
    app[OPENINGS] = make_limiter(app, "openings", app[SETTINGS].chat_openings_per_minute)
    app[REST_OPENINGS] = make_limiter(app, "rest_openings", app[SETTINGS].chat_openings_per_minute)
    app[REST_SENDERS] = OrderedDict()
    app[OFFERED] = OrderedDict()
    app[IN_FLIGHT] = asyncio.Semaphore(app[SETTINGS].chat_max_in_flight)


def _allow_origin(request: web.Request, headers: Any) -> None:
    allowed = comma_list(request.app[SETTINGS].chat_allowed_origins)
    origin = request.headers.get("Origin")
    anyone = allowed == {"*"}
    if origin and (anyone or origin in allowed):
        headers["Access-Control-Allow-Origin"] = "*" if anyone else origin
        headers["Access-Control-Allow-Headers"] = "Content-Type"
        headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        headers["Access-Control-Expose-Headers"] = "Retry-After"
        headers["Vary"] = "Origin"


@web.middleware
async def chat_cors(request: web.Request, handler: Any) -> web.StreamResponse:
    """The widget runs on the customer's own site: the configured origins may call the chat
    routes (errors included, so the widget can read them); no cookies are involved."""
    if not request.path.startswith("/chat"):
        return await handler(request)  # type: ignore[no-any-return]
    try:
        response: web.StreamResponse = await handler(request)
    except web.HTTPException as error:
        _allow_origin(request, error.headers)
        raise
    _allow_origin(request, response.headers)
    return response


@routes.options("/chat")
@routes.options("/chat/session")
@routes.options("/chat/updates")
async def preflight(request: web.Request) -> web.StreamResponse:
    return web.Response(status=204)


@routes.post("/chat/session")
async def new_session(request: web.Request) -> web.StreamResponse:
    """A conversation id issued here, with the token that proves the browser received it."""
    if await request.app[OPENINGS].limited(f"ip:{client_address(request)}"):
        raise json_error(429, "too many new conversations from this address; please wait a moment")
    sender = new_sender_id()
    token = conversation_token(request.app[SETTINGS].effective_secret_key, sender)
    return web.json_response({"sender": sender, "token": token})


async def _opens_a_conversation(request: web.Request, sender: str) -> bool:
    """A REST client's own id opens a conversation the first time this process sees it; that
    counts against a budget the size of POST /chat/session's, so ids made up per message cannot
    open conversations without limit. True when over that budget."""
    seen: OrderedDict[str, None] = request.app[REST_SENDERS]
    if sender in seen:
        seen.move_to_end(sender)
        return False
    if await request.app[REST_OPENINGS].limited(f"ip:{client_address(request)}"):
        return True
    _remember(seen, sender, None)
    return False


def _remember(memory: OrderedDict[str, Any], sender: str, value: Any) -> None:
    """Keep `value` for this conversation as the most recent, forgetting the oldest past the bound."""
    memory[sender] = value
    memory.move_to_end(sender)
    while len(memory) > MAX_REMEMBERED_SENDERS:
        memory.popitem(last=False)


def _owned_sender(request: web.Request, sender: Any, token: Any, *, issued_only: bool = False) -> str:
    """The sender, when this caller may use it. An id issued by /chat/session needs its token;
    a REST client's own random id (the REST channel's body) is accepted as it is, but only an
    issued one may read an SDR's live replies."""
    if not isinstance(sender, str) or not SENDER_RE.fullmatch(sender):
        raise json_error(
            400, "sender must be a random id of 16-128 letters, digits, - or _ (POST /chat/session issues one)"
        )
    issued = is_issued(sender)
    needs_token = issued or issued_only or token is not None
    if needs_token and not (issued and owns_conversation(request.app[SETTINGS].effective_secret_key, sender, token)):
        raise json_error(403, "this conversation belongs to another browser; start one with POST /chat/session")
    return sender


@routes.post("/chat")
async def chat(request: web.Request) -> web.StreamResponse:
    try:
        body: Any = await request.json()
    except ValueError:
        raise json_error(400, 'send JSON: {"sender": ..., "token": ..., "message": ..., "metadata": {...}}') from None
    if not isinstance(body, dict):
        raise json_error(400, "send a JSON object with sender, token and message")
    sender = _owned_sender(request, body.get("sender"), body.get("token"))
    if not is_issued(sender) and await _opens_a_conversation(request, sender):
        raise json_error(429, "too many new conversations from this address; please wait a moment")
    try:
        replies = await take_turn(
            request.app, sender, body.get("message"), body.get("metadata"), client_address(request)
        )
    except TurnRefused as refused:
        raise json_error(refused.status, refused.message, retry_after=refused.retry_after) from None
    return web.json_response(replies)


class TurnRefused(Exception):
    """A message that does not reach the assistant, with the HTTP status and the words for it."""

    def __init__(self, status: int, message: str, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.retry_after = retry_after


async def take_turn(
    app: web.Application, sender: str, message: Any, metadata: Any, address: str
) -> list[dict[str, Any]]:
    """One visitor message through the trust rules to Rasa's REST channel and back, whatever
    door it came in by (/chat or socket.io): size and rate limits, button payloads only, the
    metadata a browser may set, and always a reply."""
    if not isinstance(message, str) or not message.strip():
        raise TurnRefused(400, "message must be non-empty text")
    if len(message) > MAX_MESSAGE_CHARS:
        raise TurnRefused(413, f"message is longer than {MAX_MESSAGE_CHARS} characters; please shorten it")
    if await app[TURNS].limited(f"s:{sender}") or await app[TURNS].limited(f"ip:{address}"):
        raise TurnRefused(429, "too many messages; please wait a moment")
    message = message.strip()
    if message.startswith("/") and not BUTTON_PAYLOAD_RE.fullmatch(message):
        message = message.lstrip("/") or "?"
    settings, counted = app[SETTINGS], app[METRICS]
    try:  # past capacity, say so at once rather than answer after the visitor gave up
        await asyncio.wait_for(app[IN_FLIGHT].acquire(), timeout=settings.chat_queue_seconds)
    except TimeoutError:
        counted.turns.labels(outcome="busy").inc()
        raise TurnRefused(
            503,
            "we're very busy right now; please send that again in a moment",
            retry_after=max(1, round(settings.chat_queue_seconds)),
        ) from None
    try:
        live = await live_reply.who_has(app[DATABASE], sender)
        if live is not None and not live.silent_too_long(utcnow()):
            # a person from sales has the chat: Rasa records the message (its conversation is paused)
            # and the assistant says nothing over them
            await _ask_rasa(app, sender, message, vouched_metadata(app, sender, message, metadata))
            return []
        resumed: list[dict[str, Any]] = []
        if live is not None:  # they fell silent: the assistant takes the chat back, and says so
            line = f"{live.sdr} seems to have stepped away, so I'm back to help. They can still read this chat."
            try:
                await give_back(app, sender, line)
            except (ClientError, TimeoutError, ValueError):
                raise TurnRefused(502, "the assistant is not available right now; please retry in a moment") from None
            resumed = [{"recipient_id": sender, "text": line}]
        replies = await _ask_rasa(app, sender, message, vouched_metadata(app, sender, message, metadata))
    finally:
        app[IN_FLIGHT].release()
    _remember_buttons(app, sender, replies)
    return resumed + replies


async def post_events(app: web.Application, sender: str, events: list[dict[str, Any]]) -> None:
    """Events into a conversation through Rasa's API (an SDR's message, pause, resume).
    Raises ClientError or ValueError when Rasa does not take them."""
    await rasa_api.call(app, "POST", f"/conversations/{sender}/tracker/events", events)


async def give_back(app: web.Application, sender: str, line: str, *, said_by: str | None = None) -> None:
    """The assistant takes the chat back from the SDR: Rasa's conversation resumes where discovery
    stopped, and the visitor is told who they are talking to again (`said_by` the SDR, or the assistant)."""
    await live_reply.return_to_assistant(app[DATABASE], sender)
    told: dict[str, Any] = {"event": "bot", "text": line, "timestamp": utcnow().timestamp()}
    if said_by:
        told["metadata"] = {"sdr": said_by}
    await post_events(app, sender, [{"event": "resume"}, told])


def vouched_metadata(app: web.Application, sender: str, message: str, metadata: Any) -> dict[str, Any]:
    """The browser's metadata, with `display` (what the visitor's bubble said) and `silent` (sent
    without a bubble) believed only for our own buttons: the transcript an SDR reads must show what
    the visitor pressed, never a caption a script put on another payload ("no, don't call me" on
    /give_consent). A button's caption is the title the assistant offered, not the browser's."""
    kept = browser_metadata(metadata)
    display, silent = kept.pop("display", None), kept.pop("silent", None)
    if silent and message == "/greet":  # the widget's greeting when the chat opens
        kept["silent"] = True
    title = app[OFFERED].get(sender, {}).get(message)
    if title:
        kept["display"] = title
    elif message == "/start_discovery" and isinstance(display, str) and PLAN_CTA_RE.fullmatch(display):
        kept["display"] = display
    return kept


def _remember_buttons(app: web.Application, sender: str, replies: list[dict[str, Any]]) -> None:
    offered = {
        str(b["payload"]): str(b.get("title") or b["payload"])[:200]
        for r in replies
        for b in r.get("buttons") or []
        if isinstance(b, dict) and b.get("payload")
    }
    if offered:
        _remember(app[OFFERED], sender, offered)


async def _ask_rasa(app: web.Application, sender: str, message: str, metadata: dict[str, Any]) -> list[dict[str, Any]]:
    settings, counted = app[SETTINGS], app[METRICS]
    started = time.monotonic()
    try:
        async with app[HTTP].post(
            f"{settings.effective_rasa_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": message, "metadata": metadata},
            timeout=ClientTimeout(total=30),
        ) as response:
            if response.status != 200:
                raise ValueError(f"Rasa answered HTTP {response.status}")
            replies = await response.json()
    except (ClientError, TimeoutError, ValueError):
        counted.turns.labels(outcome="unavailable").inc()
        raise TurnRefused(502, "the assistant is not available right now; please retry in a moment") from None
    counted.turn_seconds.observe(time.monotonic() - started)
    if not isinstance(replies, list) or not any(
        isinstance(r, dict) and (r.get("text") or r.get("buttons")) for r in replies
    ):
        counted.turns.labels(outcome="no_reply").inc()
        return NO_REPLY  # a visitor always gets an answer
    counted.turns.labels(outcome="answered").inc()
    return [r for r in replies if isinstance(r, dict)]


@routes.get("/chat/updates")
async def updates(request: web.Request) -> web.StreamResponse:
    """Messages an SDR wrote into this visitor's chat (live handoff) after `after` (epoch ms)."""
    sender = _owned_sender(request, request.query.get("sender", ""), request.query.get("token"), issued_only=True)
    try:
        after = datetime.fromtimestamp(int(request.query.get("after", "0")) / 1000, tz=UTC)
    except (ValueError, OverflowError, OSError):
        raise json_error(400, "after must be a time in milliseconds since 1970") from None

    return web.json_response(await live_reply.written_by_people(request.app[DATABASE], sender, after))
