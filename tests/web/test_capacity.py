"""Past capacity /chat says so at once (503 with Retry-After) instead of answering after the
visitor gave up; the message was not taken, so the widget sends it again when asked to."""

import asyncio
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.settings import Settings
from bot.web.app import create_app
from tests.e2e.stack import serving


@pytest.fixture
async def slow_rasa() -> AsyncIterator[str]:
    """Rasa's REST channel taking 0.7 s per turn, as under a load it cannot keep up with."""

    async def webhook(request: web.Request) -> web.Response:
        body = await request.json()
        await asyncio.sleep(0.7)
        return web.json_response([{"recipient_id": body["sender"], "text": f"you said {body['message']}"}])

    async with serving([web.post("/webhooks/rest/webhook", webhook)]) as url:
        yield url


async def test_past_capacity_a_turn_is_refused_at_once_with_retry_after(db_url: str, slow_rasa: str) -> None:
    settings = Settings(
        database_url=db_url, rasa_url=slow_rasa, chat_max_in_flight=2, chat_queue_seconds=0.2, secret_key="k" * 32
    )
    client = TestClient(TestServer(create_app(settings, outbox_worker=False)))
    await client.start_server()
    try:

        async def turn(number: int) -> tuple[int, str | None, float]:
            started = asyncio.get_running_loop().time()
            response = await client.post(
                "/chat",
                json={"sender": f"rest-client-capacity-{number:04d}", "message": "hello"},
                headers={"Origin": "https://customer.example"},
            )
            return response.status, response.headers.get("Retry-After"), asyncio.get_running_loop().time() - started

        results = await asyncio.gather(*(turn(n) for n in range(5)))
        assert sorted(status for status, _, _ in results) == [200, 200, 503, 503, 503]
        for status, retry_after, took in results:
            if status == 503:
                assert retry_after == "1" and took < 0.6  # said at once, long before a reply could have come
        later = await client.post(
            "/chat",
            json={"sender": "rest-client-capacity-0009", "message": "hi"},
            headers={"Origin": "https://customer.example"},
        )
        assert later.status == 200  # capacity is back once the turns in flight are done
        assert "Retry-After" in later.headers["Access-Control-Expose-Headers"]  # a widget on another origin can read it
    finally:
        await client.close()
