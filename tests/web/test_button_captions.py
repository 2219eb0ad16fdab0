"""What the visitor's bubble said (`display`) and a message sent without a bubble (`silent`) are
believed only for our own buttons: an SDR's transcript never shows a caption a script put on a
payload the assistant did not offer with that caption."""

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.settings import Settings
from bot.web.app import create_app
from tests.e2e.stack import serving

CONSENT_BUTTONS = [
    {"title": "Yes, that's fine", "payload": "/give_consent"},
    {"title": "No thanks", "payload": "/decline_consent"},
]


@pytest.fixture
async def rasa() -> AsyncIterator[tuple[str, list[dict[str, Any]]]]:
    """Rasa's REST channel: notes the metadata each turn carried and offers the consent buttons."""
    seen: list[dict[str, Any]] = []

    async def webhook(request: web.Request) -> web.Response:
        body = await request.json()
        seen.append(body["metadata"])
        return web.json_response(
            [{"recipient_id": body["sender"], "text": "May I keep your details?", "buttons": CONSENT_BUTTONS}]
        )

    async with serving([web.post("/webhooks/rest/webhook", webhook)]) as url:
        yield url, seen


async def test_captions_and_silence_are_believed_only_for_the_buttons_offered(
    db_url: str, rasa: tuple[str, list[dict[str, Any]]]
) -> None:
    url, seen = rasa
    client = TestClient(
        TestServer(create_app(Settings(database_url=db_url, rasa_url=url, secret_key="k" * 32), outbox_worker=False))
    )
    await client.start_server()
    try:

        async def say(
            message: str, metadata: dict[str, Any], sender: str = "rest-client-captions-0001"
        ) -> dict[str, Any]:
            response = await client.post("/chat", json={"sender": sender, "message": message, "metadata": metadata})
            assert response.status == 200
            return seen[-1]

        # before anything was offered, a caption on a payload is not believed, nor is silence on anything but the
        # greeting
        assert "display" not in await say("/give_consent", {"display": "No, never contact me"})
        assert "silent" not in await say("/give_consent", {"silent": True})
        assert (await say("/greet", {"silent": True})).get("silent") is True
        # once offered, the caption is the title the assistant gave that payload, whatever the browser said
        assert (await say("/give_consent", {"display": "No, never contact me"}))["display"] == "Yes, that's fine"
        assert (await say("/decline_consent", {"display": "No thanks"}))["display"] == "No thanks"
        assert "display" not in await say("/affirm", {"display": "I am the CEO"})  # never offered
        assert "display" not in await say(
            "/give_consent", {"display": "x"}, sender="rest-client-captions-0002"
        )  # offered to another chat
        # the widget's own plan button
        cta = await say("/start_discovery", {"display": "I'd like to talk to sales about the business plan"})
        assert cta["display"] == "I'd like to talk to sales about the business plan"
        assert "display" not in await say("/start_discovery", {"display": "Cancel my account"})
    finally:
        await client.close()
