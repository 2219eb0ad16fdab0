"""Sockets cost memory, so connects from one address are bounded like new conversations are."""

from __future__ import annotations

import socketio
from aiohttp.test_utils import TestServer

from bot.settings import Settings
from bot.web.app import create_app
from bot.web.socket_bridge import CONNECTS_PER_OPENING


async def test_connects_past_the_budget_of_an_address_are_refused(db_url: str) -> None:
    server = TestServer(
        create_app(Settings(database_url=db_url, chat_openings_per_minute=1, secret_key="s" * 32), outbox_worker=False)
    )
    await server.start_server()
    clients: list[socketio.AsyncClient] = []
    refused = 0
    try:
        for _ in range(CONNECTS_PER_OPENING + 1):
            client = socketio.AsyncClient(reconnection=False)
            try:
                await client.connect(
                    str(server.make_url("/")), socketio_path="/socket.io", transports=["websocket"], wait_timeout=2
                )
                clients.append(client)
            except socketio.exceptions.ConnectionError:
                refused += 1
    finally:
        for client in clients:
            await client.disconnect()
        await server.close()
    assert (len(clients), refused) == (CONNECTS_PER_OPENING, 1)
