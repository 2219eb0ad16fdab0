"""Whatever a browser sends to a public route, the answer is never a 5xx: a clear 4xx, or the page.

Hand-picked hostile values (full-width and superscript digits, numbers past any column, non-ASCII
tokens) and generated text are sent to every route a stranger can reach."""

from __future__ import annotations

from collections.abc import AsyncIterator
from urllib.parse import quote

import pytest
from aiohttp.test_utils import TestClient, TestServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.settings import Settings
from bot.web.app import create_app

TOKEN = "t" * 40
HOSTILE = [
    "１２",
    "²",
    "10" + "0" * 19,
    "9" * 5000,
    "-1",
    "1_000",
    " 7 ",
    "é",
    "\u202e",
    "0x10",
    "1e9",
    "",
    "%00",
    "💥" * 10,
]


@pytest.fixture
async def client(db_url: str) -> AsyncIterator[TestClient]:
    app = create_app(Settings(database_url=db_url, leads_api_token=TOKEN, secret_key="s" * 32), outbox_worker=False)
    async with TestClient(TestServer(app)) as test_client:
        yield test_client


def requests_for(value: str) -> list[tuple[str, str, dict]]:
    """(method, path, options) for each public route with `value` in the place a stranger controls."""
    quoted = quote(value, safe="")
    auth = {"Authorization": f"Bearer {TOKEN}"}
    return [
        ("POST", "/chat", {"json": {"sender": "a" * 20, "token": value, "message": "hi"}}),
        ("POST", "/chat", {"json": {"sender": value, "token": value, "message": value}}),
        (
            "POST",
            "/chat",
            {"data": value.encode("utf-8", "surrogatepass"), "headers": {"Content-Type": "application/json"}},
        ),
        ("GET", f"/chat/updates?sender={'a' * 20}&token={quoted}", {}),
        ("GET", f"/chat/updates?sender={'a' * 20}&token=x&after={quoted}", {}),
        ("GET", f"/booking/{quoted}.cancel.abc", {}),
        ("POST", f"/booking/1.cancel.{quoted}", {}),
        ("GET", f"/api/leads?offset={quoted}", {"headers": auth}),
        ("GET", f"/api/leads?limit={quoted}&since={quoted}", {"headers": auth}),
        ("GET", f"/api/leads/{quoted}", {"headers": auth}),
        # no HTTP client puts a line break in a header (aiohttp's refuses to): the rest of the value goes
        ("GET", "/api/leads", {"headers": {"Authorization": "Bearer " + value.replace("\r", "").replace("\n", "")}}),
        ("POST", "/inbox/login", {"data": {"username": value, "password": value, "tz": value}}),
    ]


async def no_server_error(client: TestClient, value: str) -> None:
    for method, path, options in requests_for(value):
        response = await client.request(method, path, allow_redirects=False, **options)
        assert response.status < 500, f"{method} {path} with {value!r}: {response.status} {await response.text()}"


@pytest.mark.parametrize("value", HOSTILE)
async def test_hostile_values_get_a_clear_answer_not_a_server_error(client: TestClient, value: str) -> None:
    await no_server_error(client, value)


@pytest.mark.sweep
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.text(min_size=1, max_size=60))
async def test_generated_text_gets_no_server_error_anywhere(client: TestClient, value: str) -> None:
    await no_server_error(client, value)
