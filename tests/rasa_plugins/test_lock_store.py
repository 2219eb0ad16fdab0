"""Two Rasa replicas sharing the Redis lock store take one conversation's turns one at a time."""

from __future__ import annotations

import asyncio
import threading
import uuid

import pytest
import redis
from rasa.utils.endpoints import EndpointConfig

from bot.rasa_plugins.lock_store import AtomicRedisLockStore
from tests.conftest import REDIS_URL

pytestmark = pytest.mark.redis


def replica() -> AtomicRedisLockStore:
    url = redis.connection.parse_url(REDIS_URL)
    return AtomicRedisLockStore(
        EndpointConfig(url=url.get("host", "127.0.0.1"), port=url.get("port", 6379), db=url.get("db", 0))
    )


def test_turns_of_one_conversation_never_overlap_across_replicas() -> None:
    """Four workers on two replicas each take 15 turns of the same conversation at once."""
    conversation = f"lock-{uuid.uuid4().hex}"
    inside: list[int] = []
    served: list[int] = []
    overlaps: list[int] = []
    errors: list[BaseException] = []
    guard = threading.Lock()

    async def take_turns(store: AtomicRedisLockStore, worker: int) -> None:
        for turn in range(15):
            async with store.lock(conversation, wait_time_in_seconds=0.005):
                with guard:
                    inside.append(worker)
                    if len(inside) > 1:
                        overlaps.append(len(inside))
                await asyncio.sleep(0.002)
                with guard:
                    inside.remove(worker)
                    served.append(worker * 100 + turn)

    def run(store: AtomicRedisLockStore, worker: int) -> None:
        try:
            asyncio.run(take_turns(store, worker))
        except BaseException as error:  # reported below
            errors.append(error)

    stores = [replica(), replica()]
    threads = [threading.Thread(target=run, args=(stores[n % 2], n)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert overlaps == []
    assert sorted(served) == sorted(w * 100 + t for w in range(4) for t in range(15))
    assert stores[0].get_lock(conversation) is None  # the last one out removed the lock


def test_tickets_are_unique_when_issued_together() -> None:
    conversation = f"lock-{uuid.uuid4().hex}"
    stores = [replica() for _ in range(4)]
    tickets: list[int] = []

    def issue(store: AtomicRedisLockStore) -> None:
        for _ in range(25):
            tickets.append(store.issue_ticket(conversation, 60))

    threads = [threading.Thread(target=issue, args=(store,)) for store in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(tickets) == 100 and len(set(tickets)) == 100  # none handed out twice
    stores[0].delete_lock(conversation)
