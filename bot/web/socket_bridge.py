"""Rasa's socket.io protocol at the web app's /socket.io/, so rasa-webchat and other clients of
Rasa's socket.io channel work unmodified through the one public door.

Rasa's own socket.io channel cannot serve websockets on Python 3.11 (engine.io's handler under
Sanic raises "Passing coroutines is forbidden"); python-socketio's aiohttp driver can. Every
message goes through `take_turn`, the same trust rules and REST channel as POST /chat.

Protocol (as rasa/core/channels/socketio.py speaks it): the client sends `session_request`
({session_id}) and gets `session_confirm` (the session id); it sends `user_uttered` ({message,
customData}) and gets one `bot_uttered` per reply ({text}, {text, quick_replies}, {attachment}
or a custom payload). Session ids are issued here: `<conversation id>.<token>`, the same pair
POST /chat/session issues, so one offered back is resumed only when its token proves it ours.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import engineio
import socketio
from aiohttp import web

from bot.dialog.identity import conversation_token, new_sender_id, owns_conversation
from bot.web.chat_proxy import OPENINGS, TurnRefused, take_turn
from bot.web.keys import SETTINGS
from bot.web.limits import client_address, comma_list, make_limiter

logger = logging.getLogger(__name__)
SOCKETS = web.AppKey("sockets", socketio.AsyncServer)
MAX_PACKET_BYTES = 64 * 1024


class _EngineIO(engineio.AsyncServer):  # type: ignore[misc]  # untyped library
    """engine.io that can stop what it started: each socket's ping sleeps 25 s in a task of
    its own, which `shutdown()` leaves pending when the app stops."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.background: set[asyncio.Future[Any]] = set()

    def start_background_task(self, target: Any, *args: Any, **kwargs: Any) -> asyncio.Future[Any]:
        task: asyncio.Future[Any] = super().start_background_task(target, *args, **kwargs)
        self.background.add(task)
        task.add_done_callback(self.background.discard)
        return task

    async def stop(self) -> None:
        """Close every socket (the widget reconnects elsewhere), then stop every task of ours."""
        if self.sockets:  # engine.io's disconnect-all fails on none (asyncio.wait of nothing)
            await self.disconnect()
        await self.shutdown()
        for task in list(self.background):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


CONNECTS_PER_OPENING = 3


class _SocketIO(socketio.AsyncServer):  # type: ignore[misc]  # untyped library
    def _engineio_server_class(self) -> type[_EngineIO]:
        return _EngineIO


def attach(app: web.Application) -> socketio.AsyncServer:
    settings = app[SETTINGS]
    origins = comma_list(settings.chat_allowed_origins)
    # With REDIS_URL, an SDR's live reply sent through one web worker reaches sockets open on
    # the others (socket.io's Redis pub/sub). Replies to the visitor's own message stay local
    # (`ignore_queue`), so a Redis outage never silences the chat.
    manager = (
        socketio.AsyncRedisManager(settings.redis_url, channel="pricing-qualifier-sockets")
        if settings.redis_url
        else None
    )
    sockets = _SocketIO(
        async_mode="aiohttp",
        cors_allowed_origins="*" if origins == {"*"} else sorted(origins),
        max_http_buffer_size=MAX_PACKET_BYTES,
        logger=False,
        engineio_logger=False,
        client_manager=manager,
    )
    sockets.attach(app, socketio_path="socket.io")
    app[SOCKETS] = sockets

    async def close_sockets(_: web.Application) -> None:
        """Nothing of the sockets outlives the app: the Redis listener is one of engine.io's
        background tasks too (socket.io starts every task through it)."""
        await sockets.eio.stop()

    app.on_cleanup.append(close_sockets)  # type: ignore[arg-type]  # as in limits.py: aiohttp types the signal oddly
    secret = settings.effective_secret_key
    # each socket holds memory: connects per address are bounded too (a tab reloading, a network
    # that flaps and a few tabs fit well inside three times the conversations one may open)
    connects = make_limiter(app, "socket_connects", CONNECTS_PER_OPENING * settings.chat_openings_per_minute)

    @sockets.event
    async def connect(sid: str, environ: dict[str, Any], auth: Any = None) -> bool:
        request: web.Request = environ["aiohttp.request"]
        address = client_address(request)
        if await connects.limited(f"ip:{address}"):
            return False  # socket.io tells the client the connection was refused
        await sockets.save_session(sid, {"address": address})
        return True

    @sockets.on("session_request")
    async def session_request(sid: str, data: Any) -> None:
        session = await sockets.get_session(sid)
        offered = data.get("session_id") if isinstance(data, dict) else None
        sender, _, token = str(offered or "").partition(".")
        if not owns_conversation(secret, sender, token):
            if await app[OPENINGS].limited(f"ip:{session['address']}"):
                await sockets.emit(
                    "bot_uttered",
                    {"text": "Too many new conversations from here; please wait a moment."},
                    to=sid,
                    ignore_queue=True,
                )
                return
            sender = new_sender_id()
            token = conversation_token(secret, sender)
        session["sender"] = sender
        await sockets.save_session(sid, session)
        await sockets.enter_room(sid, sender)  # every tab of this conversation gets its replies
        await sockets.emit("session_confirm", f"{sender}.{token}", to=sid, ignore_queue=True)

    @sockets.on("user_uttered")
    async def user_uttered(sid: str, data: Any) -> None:
        session = await sockets.get_session(sid)
        if "sender" not in session:
            await session_request(sid, {})  # a client that skipped the handshake gets a fresh conversation
            session = await sockets.get_session(sid)
        data = data if isinstance(data, dict) else {}
        if not str(data.get("message") or "").strip():
            return  # an empty init payload from a widget: nothing was said, nothing to answer
        try:
            replies = await take_turn(
                app, session["sender"], data.get("message"), data.get("customData"), session["address"]
            )
        except TurnRefused as refused:
            await sockets.emit("bot_uttered", {"text": f"Sorry: {refused.message}."}, to=sid, ignore_queue=True)
            return
        for reply in replies:
            for message in as_socket_messages(reply):
                await sockets.emit("bot_uttered", message, room=session["sender"], ignore_queue=True)

    return sockets


async def push_from_person(
    app: web.Application, sender: str, author: str, text: str, at: int, *, handback: bool = False
) -> None:
    """A person from sales wrote in a conversation: one message into its open sockets, if any.
    The text names them for any Rasa socket.io client; our widget shows `said` under their name."""
    sockets = app.get(SOCKETS)
    if sockets is not None:
        message = {
            "text": f"{author} (sales): {text}",
            "metadata": {"sdr": author, "said": text, "at": at, **({"handback": True} if handback else {})},
        }
        await sockets.emit("bot_uttered", message, room=sender)


def as_socket_messages(reply: dict[str, Any]) -> list[dict[str, Any]]:
    """A REST channel reply in the shapes Rasa's SocketIOOutput emits."""
    messages: list[dict[str, Any]] = []
    text = str(reply.get("text") or "").strip()
    if text:
        messages += [{"text": part} for part in text.split("\n\n")]
    if reply.get("buttons"):
        if not messages:
            messages.append({"text": ""})
        messages[-1]["quick_replies"] = [
            {"content_type": "text", "title": b.get("title"), "payload": b.get("payload")}
            for b in reply["buttons"]
            if isinstance(b, dict)
        ]
    if reply.get("image"):
        messages.append({"attachment": {"type": "image", "payload": {"src": reply["image"]}}})
    if reply.get("attachment"):
        messages.append({"attachment": reply["attachment"]})
    if isinstance(reply.get("custom"), dict):
        messages.append(reply["custom"])
    return messages
