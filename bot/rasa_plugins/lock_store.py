"""Rasa's Redis lock store, with each change to a lock made atomically.

Rasa 3.6's RedisLockStore reads a conversation's ticket lock, changes it in Python and writes
it back. Two Rasa replicas taking messages of one conversation at the same moment can both
read the same lock: both get the same ticket and run the turns together, or one write drops
the other's ticket, which then waits out the 60 s lock lifetime, or a cleanup deletes the lock
under a waiter, which fails its message. Seen here with 2 replicas and 5 messages sent at once.
Each read-change-write below runs under Redis WATCH and is retried if another replica changed
the lock in between, so tickets are unique and served in order across replicas.

Configured by bot/runner/endpoints.py when REDIS_URL is set.

Rasa 3.6 internals overridden or relied on:
- `rasa.core.lock_store.RedisLockStore`: overrides `issue_ticket`, `update_lock`,
  `finish_serving` and `cleanup`; uses its private-by-habit attributes `red` (the redis client)
  and `key_prefix`, and its constructor's keyword arguments (host, port, db, password...).
- `rasa.core.lock_store.LOCK_LIFETIME`, and `LockStore.lock()` (not overridden) calling the
  methods above in that order.
- `rasa.core.lock.TicketLock`: `from_dict`, `dumps`, `issue_ticket`, `remove_expired_tickets`,
  `remove_ticket_for`, `is_someone_waiting`, and the JSON shape it stores in Redis.
- `rasa.utils.endpoints.EndpointConfig`: `url` and `kwargs` of the `lock_store` section.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import redis
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

T = TypeVar("T")


class AtomicRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: EndpointConfig) -> None:
        super().__init__(host=endpoint_config.url or "localhost", **endpoint_config.kwargs)

    def _change(self, conversation_id: str, change: Callable[[TicketLock | None], tuple[TicketLock | None, T]]) -> T:
        """Apply `change` to the stored lock as one step: (new lock or None to delete, result)."""
        key = self.key_prefix + conversation_id
        with self.red.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(key)
                    raw = pipe.get(key)
                    current = TicketLock.from_dict(json.loads(raw)) if raw else None
                    changed, result = change(current)
                    pipe.multi()
                    if changed is None:
                        pipe.delete(key)
                    else:
                        pipe.set(key, changed.dumps())
                    pipe.execute()
                    return result
                except redis.WatchError:
                    continue  # another replica changed this lock first: read it again

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        def issue(lock: TicketLock | None) -> tuple[TicketLock, int]:
            lock = lock or TicketLock(conversation_id)
            return lock, lock.issue_ticket(lock_lifetime)

        return self._change(conversation_id, issue)

    def update_lock(self, conversation_id: str) -> None:
        def drop_expired(lock: TicketLock | None) -> tuple[TicketLock | None, None]:
            if lock is not None:
                lock.remove_expired_tickets()
            return lock, None

        self._change(conversation_id, drop_expired)

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        self.cleanup(conversation_id, ticket_number)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        def finish(lock: TicketLock | None) -> tuple[TicketLock | None, Any]:
            if lock is None:
                return None, None
            lock.remove_ticket_for(ticket_number)
            return (lock if lock.is_someone_waiting() else None), None

        self._change(conversation_id, finish)
