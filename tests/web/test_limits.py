"""Rate limits: in one process's memory by default, shared through Redis (REDIS_URL) so several
web processes give a visitor one budget, not one each."""

import secrets
import uuid
from collections.abc import AsyncIterator

import pytest
from aiohttp.test_utils import TestClient, TestServer
from redis.asyncio import Redis

from bot.settings import Settings
from bot.web.app import create_app
from bot.web.limits import MemoryRateLimiter, RedisRateLimiter, is_trusted, trusted_networks
from tests.conftest import REDIS_URL
from tests.e2e.stack import free_port


@pytest.fixture
async def redis() -> AsyncIterator[Redis]:
    client = Redis.from_url(REDIS_URL)
    yield client
    await client.close()


async def test_in_memory_the_window_slides() -> None:
    now = [0.0]
    limiter = MemoryRateLimiter(2, window_seconds=60, clock=lambda: now[0])
    assert [await limiter.limited("ip:a") for _ in range(3)] == [False, False, True]
    assert await limiter.over("ip:a") and not await limiter.over("ip:b")
    now[0] = 61.0
    assert not await limiter.limited("ip:a")


@pytest.mark.redis
async def test_two_processes_share_one_budget_through_redis(redis: Redis) -> None:
    name = f"test-{uuid.uuid4().hex[:8]}"
    first, second = RedisRateLimiter(redis, name, 3), RedisRateLimiter(Redis.from_url(REDIS_URL), name, 3)
    assert [
        await first.limited("ip:198.51.100.7"),
        await second.limited("ip:198.51.100.7"),
        await first.limited("ip:198.51.100.7"),
    ] == [False, False, False]
    assert await second.limited("ip:198.51.100.7")  # the fourth, whichever process it reaches
    assert await first.over("ip:198.51.100.7") and not await first.over("ip:198.51.100.8")
    assert not await second.limited("ip:198.51.100.8")  # another visitor has their own budget
    await second.client.close()


async def test_an_unreachable_redis_lets_visitors_through() -> None:
    gone = Redis.from_url(f"redis://127.0.0.1:{free_port()}/0", socket_connect_timeout=0.5)
    limiter = RedisRateLimiter(gone, "gone", 1)
    assert [await limiter.limited("ip:a") for _ in range(3)] == [False, False, False]
    await gone.close()


@pytest.mark.redis
@pytest.mark.clock  # it is issued conversation tokens, which expire
async def test_two_web_apps_on_redis_refuse_the_opening_past_the_shared_budget(db_url: str, redis: Redis) -> None:
    # a visitor of its own behind a trusted proxy: runs side by side (the clock matrix) share this Redis
    visitor = f"198.18.{secrets.randbelow(256)}.{secrets.randbelow(256)}"
    await redis.delete(f"qualifier:limit:openings:ip:{visitor}")
    settings = Settings(
        database_url=db_url,
        redis_url=REDIS_URL,
        chat_openings_per_minute=3,
        secret_key="k" * 32,
        trusted_proxies="127.0.0.1/32",
    )
    clients = [TestClient(TestServer(create_app(settings, outbox_worker=False))) for _ in range(2)]
    for client in clients:
        await client.start_server()
    try:
        statuses = [
            (await clients[n % 2].post("/chat/session", headers={"X-Forwarded-For": visitor})).status for n in range(4)
        ]
    finally:
        for client in clients:
            await client.close()
    assert statuses == [200, 200, 200, 429]


async def test_ids_a_rest_client_makes_up_open_conversations_within_the_same_budget(db_url: str) -> None:
    settings = Settings(
        database_url=db_url, chat_openings_per_minute=3, secret_key="k" * 32, rasa_url="http://127.0.0.1:9"
    )
    async with TestClient(TestServer(create_app(settings, outbox_worker=False))) as client:

        async def say(sender: str) -> int:
            return (await client.post("/chat", json={"sender": sender, "message": "hi"})).status

        opened = [await say(f"rest-client-{n:08d}") for n in range(3)]
        refused = await client.post("/chat", json={"sender": "rest-client-00000099", "message": "hi"})
        assert 429 not in opened and refused.status == 429 and "too many new conversations" in await refused.text()
        assert await say("rest-client-00000000") != 429  # a conversation already open goes on


def test_trusted_proxies_are_networks_not_strings() -> None:
    networks = trusted_networks("10.0.0.0/8, 127.0.0.1, fd00::/8")
    assert is_trusted("10.42.7.1", networks) and is_trusted("127.0.0.1", networks) and is_trusted("fd00::5", networks)
    assert not is_trusted("11.0.0.1", networks) and not is_trusted("unknown", networks)


def test_a_trusted_proxies_setting_that_names_no_network_stops_the_start(db_url: str) -> None:
    with pytest.raises(ValueError, match=r"TRUSTED_PROXIES: '10\.0\.0\.0/33' is not an IP address or network"):
        create_app(
            Settings(database_url=db_url, trusted_proxies="10.0.0.0/33", secret_key="k" * 32), outbox_worker=False
        )
