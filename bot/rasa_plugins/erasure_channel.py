"""A Rasa input channel that only erases: `POST /webhooks/erasure/forget` with
`{"sender_ids": [...]}` and `Authorization: Bearer <RASA_TOKEN>`.

Erasing under Rasa's own lock for each conversation means a turn in flight cannot write the
events back. Rasa listens on 127.0.0.1 only; the web app's outbox worker is the caller.
Listed in credentials.yml as `bot.rasa_plugins.erasure_channel.ErasureInput`.

Rasa 3.6 internals relied on:
- `rasa.core.channels.channel.InputChannel`: `name()` (the URL prefix /webhooks/erasure/) and
  `blueprint(on_new_message)`; the message callback is never called.
- `request.app.ctx.agent` (set by `rasa.core.run`): its `tracker_store`, wrapped by Rasa in
  `FailSafeTrackerStore` and `AwaitableTrackerStore`, both holding the inner store in the private
  `_tracker_store`; and its `lock_store.lock(sender_id)`, the lock a turn holds.
- `ErasableSQLTrackerStore.erase` (bot/rasa_plugins/tracker_store.py).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.bearer import bearer_matches
from bot.settings import get_settings

logger = logging.getLogger(__name__)
MAX_SENDERS = 1000


def _erasable_store(agent: Any) -> Any:
    """The ErasableSQLTrackerStore inside Rasa's wrappers (fail-safe, awaitable)."""
    store = agent.tracker_store
    for _ in range(4):
        if hasattr(store, "erase"):
            return store
        store = getattr(store, "_tracker_store", None) or getattr(store, "tracker_store", None)
    return None


class ErasureInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "erasure"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        erasure = Blueprint("erasure_webhook", __name__)

        @erasure.route("/forget", methods=["POST"])
        async def forget(request: Request) -> HTTPResponse:
            if not bearer_matches(request.headers.get("Authorization", ""), get_settings().rasa_token):
                return response.json({"error": "missing or invalid token"}, status=401)
            body = request.json if isinstance(request.json, dict) else {}
            senders = body.get("sender_ids")
            if (
                not isinstance(senders, list)
                or not all(isinstance(s, str) and s for s in senders)
                or len(senders) > MAX_SENDERS
            ):
                return response.json({"error": f'send {{"sender_ids": [...]}}, 1 to {MAX_SENDERS} ids'}, status=400)
            agent = request.app.ctx.agent
            store = _erasable_store(agent)
            if store is None:
                return response.json(
                    {"error": "the tracker store cannot erase (configure ErasableSQLTrackerStore)"}, status=501
                )
            erased = 0
            for sender_id in senders:
                async with agent.lock_store.lock(sender_id):
                    erased += await store.erase(sender_id)
            logger.info("erasure: %d events of %d conversations erased", erased, len(senders))
            return response.json({"conversations": len(senders), "events": erased})

        return erasure
