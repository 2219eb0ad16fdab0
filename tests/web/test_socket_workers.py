"""Two web workers sharing Redis: an SDR's live reply sent through one reaches a visitor whose
socket is open on the other."""

from __future__ import annotations

import pytest
import socketio
from aiohttp.test_utils import TestServer

from bot.settings import Settings
from bot.web.app import create_app
from bot.web.socket_bridge import SOCKETS, push_from_person
from tests.conftest import REDIS_URL
from tests.waiting import wait_for

pytestmark = [pytest.mark.redis, pytest.mark.clock]  # conversation tokens expire: rerun by the clock matrix


async def test_a_live_reply_through_one_worker_reaches_a_socket_on_the_other(db_url: str) -> None:
    settings = Settings(database_url=db_url, redis_url=REDIS_URL, secret_key="s" * 32)
    workers = [TestServer(create_app(settings, outbox_worker=False)) for _ in range(2)]
    for worker in workers:
        await worker.start_server()
    visitor = socketio.AsyncClient(reconnection=False)
    confirmed: list[str] = []
    heard: list[dict] = []
    visitor.on("session_confirm", confirmed.append)
    visitor.on("bot_uttered", heard.append)
    try:
        await visitor.connect(
            str(workers[0].make_url("/")), socketio_path="/socket.io", transports=["websocket"], wait_timeout=10
        )
        await visitor.emit("session_request", {})
        await wait_for(lambda: confirmed)
        sender = confirmed[0].split(".")[0]
        # the first worker's Redis listener subscribes (python-socketio's AsyncRedisManager.pubsub)
        manager = workers[0].app[SOCKETS].manager
        await wait_for(lambda: manager.pubsub is not None and manager.pubsub.subscribed)

        await push_from_person(workers[1].app, sender, "dana", "Hi, Dana from sales here.", 1_000)
        await wait_for(lambda: any(m.get("text") == "dana (sales): Hi, Dana from sales here." for m in heard))
        assert [m["metadata"] for m in heard] == [{"sdr": "dana", "said": "Hi, Dana from sales here.", "at": 1_000}]
        assert len(workers[1].app[SOCKETS].manager.rooms.get("/", {}).get(sender, {})) == 0  # not on the second worker
    finally:
        await visitor.disconnect()
        for worker in workers:
            await worker.close()
