"""While a person from sales has a chat the assistant says nothing over them, yet every message
still reaches Rasa (paused, it records them for the SDR); after five minutes of their silence the
assistant takes the chat back, says so, and answers."""

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.clock import utcnow
from bot.handoff.live import SILENCE_BEFORE_RESUMING, claim, live_in
from bot.settings import Settings
from bot.storage.db import make_engine, session_factory, transaction
from bot.web.app import create_app
from tests.e2e.stack import serving

pytestmark = pytest.mark.clock
SENDER = "rest-client-live-handoff-01"


@pytest.fixture
async def rasa() -> AsyncIterator[tuple[str, list[Any]]]:
    """Rasa's REST channel and tracker API: notes what reached it; answers like a paused
    conversation (nothing) once paused, like the assistant otherwise."""
    seen: list[Any] = []
    paused = [False]

    async def webhook(request: web.Request) -> web.Response:
        body = await request.json()
        seen.append(("message", body["message"]))
        return web.json_response(
            []
            if paused[0]
            else [{"recipient_id": body["sender"], "text": "The Business plan is $99 per user a month."}]
        )

    async def events(request: web.Request) -> web.Response:
        posted = await request.json()
        seen.append(("events", [event["event"] for event in posted]))
        paused[0] = paused[0] and not any(event["event"] == "resume" for event in posted)
        return web.json_response({})

    async with serving(
        [web.post("/webhooks/rest/webhook", webhook), web.post(f"/conversations/{SENDER}/tracker/events", events)]
    ) as url:
        paused[0] = True
        yield url, seen


async def test_the_assistant_keeps_quiet_while_the_sdr_talks_and_comes_back_after_their_silence(
    db_url: str, rasa: tuple[str, list[Any]]
) -> None:
    url, seen = rasa
    factory = session_factory(make_engine(db_url))
    with transaction(factory) as session:
        claim(session, SENDER, "lena", utcnow() - timedelta(minutes=2))
    client = TestClient(
        TestServer(create_app(Settings(database_url=db_url, rasa_url=url, secret_key="k" * 32), outbox_worker=False))
    )
    await client.start_server()
    try:
        response = await client.post("/chat", json={"sender": SENDER, "message": "how much is the business plan?"})
        assert response.status == 200 and await response.json() == []  # nothing said over the rep
        assert seen == [("message", "how much is the business plan?")]  # yet Rasa has it, for the rep to read

        with transaction(factory) as session:  # the rep's last word is now longer ago than the silence allowed
            claim(session, SENDER, "lena", utcnow() - SILENCE_BEFORE_RESUMING - timedelta(seconds=5))
        response = await client.post("/chat", json={"sender": SENDER, "message": "hello? anyone there?"})
        replies = [reply["text"] for reply in await response.json()]
        assert replies[0] == "lena seems to have stepped away, so I'm back to help. They can still read this chat."
        assert replies[1:] == ["The Business plan is $99 per user a month."]
        assert seen[1:] == [("events", ["resume", "bot"]), ("message", "hello? anyone there?")]
        with transaction(factory) as session:
            assert live_in(session, SENDER) is None
    finally:
        await client.close()
