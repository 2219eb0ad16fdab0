"""The candidate, served for a while after its training: the studio asks it "how would you read
this?" beside the live assistant, and chats with it as a visitor would, before anyone publishes.

It runs in the training process, which already holds the candidate, on 127.0.0.1 with a token of
its own; it stops after PREVIEW_IDLE_SECONDS without a question, or when a newer training ends it.
The chat's actions run on an action server of its own over a scratch database (`scratch_actions`):
a preview books no real call, emails no SDR and leaves no lead.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiohttp import web

from bot.lifeline import started_by_me

if TYPE_CHECKING:
    from rasa.core.agent import Agent
    from rasa.utils.endpoints import EndpointConfig

PREVIEW_IDLE_SECONDS = 15 * 60
MAX_TEXT = 2000
ACTIONS_START_SECONDS = 90


def reading(parsed: dict[str, Any]) -> dict[str, Any]:
    """What the page shows of a parse: the intent, the next two, and each entity's value."""
    ranking = [r for r in parsed.get("intent_ranking") or [] if r.get("name") != "nlu_fallback"]
    return {
        "intent": parsed.get("intent") or {},
        "ranking": [{"name": r["name"], "confidence": r["confidence"]} for r in ranking[:3]],
        "entities": [{"entity": e.get("entity"), "value": e.get("value")} for e in parsed.get("entities") or []],
        "response": ((parsed.get("response_selector") or {}).get("default") or {}).get("response", {}).get("responses"),
    }


@contextmanager
def scratch_actions(folder: Path) -> Iterator[EndpointConfig | None]:
    """An action server of the candidate's own over a scratch database (migrated, with the roster),
    no SMTP and no CRM: the preview chat runs every action for real and touches nothing real.
    None when it cannot start (the chat then says the assistant's actions are unavailable)."""
    from rasa.utils.endpoints import EndpointConfig

    from bot.app.database import Database
    from bot.handoff.roster import load_roster, sync_roster
    from bot.runner.supervisor import answers
    from bot.settings import PROJECT_ROOT, get_settings
    from bot.storage.migrate import upgrade

    data = folder / "preview"
    data.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{data / 'preview.db'}"
    upgrade(url)
    database = Database.open(url)
    try:
        roster = load_roster(get_settings().roster_path)
        database.run_now(lambda session: sync_roster(session, roster))
    finally:
        database.close()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    token = secrets.token_urlsafe(24)
    quiet = {"SMTP_HOST": "", "CRM_WEBHOOK_URL": "", "REDIS_URL": "", "TRACKER_STORE_URL": ""}
    env = {**started_by_me(os.environ), **quiet, "DATABASE_URL": url, "DATA_DIR": str(data), "ACTIONS_TOKEN": token}
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    with (data / "actions.log").open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot.runner.action_server", "--port", str(port)],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        started = time.monotonic()
        while not answers(f"http://127.0.0.1:{port}/health"):
            if process.poll() is not None or time.monotonic() - started > ACTIONS_START_SECONDS:
                yield None
                return
            time.sleep(0.5)
        yield EndpointConfig(f"http://127.0.0.1:{port}/webhook", headers={"Authorization": f"Bearer {token}"})
    finally:
        process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=10)


async def serve(agent: Agent, token: str, on_ready: Callable[[str], None]) -> None:
    last = time.monotonic()

    async def text_of(request: web.Request) -> tuple[str, str]:
        nonlocal last
        if not hmac.compare_digest(request.headers.get("Authorization", ""), f"Bearer {token}"):
            raise web.HTTPUnauthorized()
        body = await request.json()
        text = str(body.get("text", "")) if isinstance(body, dict) else ""
        if not text.strip() or len(text) > MAX_TEXT:
            raise web.HTTPBadRequest(text=f"send a message of 1 to {MAX_TEXT} characters")
        last = time.monotonic()
        return text, str(body.get("sender", "studio-preview"))[:80]

    async def parse(request: web.Request) -> web.Response:
        text, _sender = await text_of(request)
        return web.json_response(reading(await agent.parse_message(text)))

    async def chat(request: web.Request) -> web.Response:
        text, sender = await text_of(request)
        replies = await agent.handle_text(text, sender_id=sender) or []
        return web.json_response(
            [{"text": r.get("text"), "buttons": r.get("buttons") or []} for r in replies if isinstance(r, dict)]
        )

    app = web.Application(client_max_size=64 * 1024)
    app.router.add_post("/parse", parse)
    app.router.add_post("/chat", chat)
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
