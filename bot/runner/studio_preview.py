"""The candidate's reading of a message, served for a while after its training: the studio's
preview asks it "how would you read this?" beside the live assistant, before anyone publishes.

It runs in the training process, which already holds the candidate, on 127.0.0.1 with a token of
its own; it stops after PREVIEW_IDLE_SECONDS without a question, or when a newer training ends it.
"""

from __future__ import annotations

import asyncio
import hmac
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web

if TYPE_CHECKING:
    from rasa.core.agent import Agent

PREVIEW_IDLE_SECONDS = 15 * 60
MAX_TEXT = 2000


def reading(parsed: dict[str, Any]) -> dict[str, Any]:
    """What the page shows of a parse: the intent, the next two, and each entity's value."""
    ranking = [r for r in parsed.get("intent_ranking") or [] if r.get("name") != "nlu_fallback"]
    return {
        "intent": parsed.get("intent") or {},
        "ranking": [{"name": r["name"], "confidence": r["confidence"]} for r in ranking[:3]],
        "entities": [{"entity": e.get("entity"), "value": e.get("value")} for e in parsed.get("entities") or []],
        "response": ((parsed.get("response_selector") or {}).get("default") or {}).get("response", {}).get("responses"),
    }


async def serve(agent: Agent, token: str, on_ready: Callable[[str], None]) -> None:
    last = time.monotonic()

    async def parse(request: web.Request) -> web.Response:
        nonlocal last
        if not hmac.compare_digest(request.headers.get("Authorization", ""), f"Bearer {token}"):
            raise web.HTTPUnauthorized()
        body = await request.json()
        text = str(body.get("text", "")) if isinstance(body, dict) else ""
        if not text.strip() or len(text) > MAX_TEXT:
            raise web.HTTPBadRequest(text=f"send a message of 1 to {MAX_TEXT} characters")
        last = time.monotonic()
        return web.json_response(reading(await agent.parse_message(text)))

    app = web.Application(client_max_size=64 * 1024)
    app.router.add_post("/parse", parse)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    on_ready(f"http://127.0.0.1:{port}")
    try:
        while time.monotonic() - last < PREVIEW_IDLE_SECONDS:
            await asyncio.sleep(5)
    finally:
        await runner.cleanup()
