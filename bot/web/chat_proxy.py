"""POST /chat: the widget's same-origin path to Rasa's REST channel.

Limits what reaches Rasa (message size, a per-sender and per-address rate) and refuses
guessable sender ids, so the channel webhook is not an open door.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict, deque
from datetime import UTC, datetime
from typing import Any

from aiohttp import ClientError, ClientTimeout, web
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.clock import aware
from bot.storage.models import Conversation, Message
from bot.web.db import in_transaction
from bot.web.errors import json_error
from bot.web.keys import HTTP, SETTINGS

routes = web.RouteTableDef()
MAX_MESSAGE_CHARS = 2000
MAX_TURNS_PER_MINUTE = 30
SENDER_RE = re.compile(r"[A-Za-z0-9_-]{16,128}")
_recent: dict[str, deque[float]] = defaultdict(deque)


def _rate_limited(key: str, now: float) -> bool:
    window = _recent[key]
    while window and now - window[0] > 60:
        window.popleft()
    if len(window) >= MAX_TURNS_PER_MINUTE:
        return True
    window.append(now)
    return False


@routes.post("/chat")
async def chat(request: web.Request) -> web.Response:
    try:
        body: Any = await request.json()
    except ValueError:
        raise json_error(400, "send JSON: {\"sender\": ..., \"message\": ..., \"metadata\": {...}}") from None
    if not isinstance(body, dict):
        raise json_error(400, "send a JSON object with sender and message")
    sender, message = body.get("sender"), body.get("message")
    if not isinstance(sender, str) or not SENDER_RE.fullmatch(sender):
        raise json_error(400, "sender must be a random id of 16-128 letters, digits, - or _")
    if not isinstance(message, str) or not message.strip():
        raise json_error(400, "message must be non-empty text")
    if len(message) > MAX_MESSAGE_CHARS:
        raise json_error(413, f"message is longer than {MAX_MESSAGE_CHARS} characters; please shorten it")
    now = time.monotonic()
    if _rate_limited(f"s:{sender}", now) or _rate_limited(f"ip:{request.remote}", now):
        raise json_error(429, "too many messages; please wait a moment")
    metadata = body.get("metadata") if isinstance(body.get("metadata"), dict) else {}
    settings = request.app[SETTINGS]
    try:
        async with request.app[HTTP].post(
            f"{settings.effective_rasa_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": message, "metadata": metadata},
            timeout=ClientTimeout(total=30),
        ) as response:
            if response.status != 200:
                raise json_error(502, "the assistant is not available right now; please retry")
            replies = await response.json()
    except (ClientError, TimeoutError):
        raise json_error(502, "the assistant is not available right now; please retry in a moment") from None
    return web.json_response(replies)


@routes.get("/chat/updates")
async def updates(request: web.Request) -> web.Response:
    """Messages an SDR wrote into this visitor's chat (live handoff) after `after` (epoch ms)."""
    sender = request.query.get("sender", "")
    if not SENDER_RE.fullmatch(sender):
        raise json_error(400, "sender must be the widget's random id")
    try:
        after = datetime.fromtimestamp(int(request.query.get("after", "0")) / 1000, tz=UTC)
    except (ValueError, OverflowError, OSError):
        raise json_error(400, "after must be a time in milliseconds since 1970") from None

    def work(session: Session) -> list[dict[str, Any]]:
        rows = session.execute(
            select(Message).join(Conversation, Message.conversation_id == Conversation.id)
            .where(Conversation.sender_id == sender, Message.author.is_not(None), Message.at > after)
            .order_by(Message.at)).scalars().all()
        return [{"text": m.text, "author": m.author, "at": int(aware(m.at).timestamp() * 1000)} for m in rows]

    return web.json_response(await in_transaction(request, work))
