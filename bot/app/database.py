"""The one way work reaches the database: a whole transaction, off the event loop.

The web app and the action server each hold one `Database`; nothing above this layer sees a
session factory or an engine, so nothing there can open a transaction of its own.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from tenacity import AsyncRetrying, RetryCallState, stop_after_attempt

from bot.logsafe import describe, log_failure
from bot.retrying import IN_TURN, IN_TURN_ATTEMPTS, retry_in_turn
from bot.storage.db import make_engine, session_factory, transaction

logger = logging.getLogger(__name__)
T = TypeVar("T")
Work = Callable[[Session], T]


class StorageUnavailable(Exception):
    """The database did not answer within the turn. Callers say so to the visitor, or keep the
    work for later; they never take it for "nothing found"."""


@dataclass(frozen=True)
class Database:
    engine: Engine
    sessions: sessionmaker

    @classmethod
    def open(cls, url: str) -> Database:
        """Nothing connects yet: the first transaction does."""
        engine = make_engine(url)
        return cls(engine, session_factory(engine))

    def close(self) -> None:
        self.engine.dispose()

    def run_now(self, work: Work[T]) -> T:
        """`work` in one transaction on this thread: committed when it returns, rolled back when it raises."""
        with transaction(self.sessions) as session:
            return work(session)

    async def run(self, work: Work[T]) -> T:
        """`work` in one transaction on a worker thread, so the event loop keeps serving."""
        return await asyncio.to_thread(self.run_now, work)

    async def run_in_turn(self, work: Work[T], what: str, *, attempts: int = IN_TURN_ATTEMPTS) -> T:
        """`run`, retried within a visitor's turn (bot/retrying.py); a database that stays away
        is a `StorageUnavailable`, never an empty answer."""
        retrying = AsyncRetrying(
            stop=stop_after_attempt(attempts),
            wait=IN_TURN.wait,
            retry=retry_in_turn,
            reraise=True,
            before_sleep=_log_retry,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    return await self.run(work)
        except (SQLAlchemyError, OSError) as error:
            log_failure(logger, "database %s failed", error, what)
            raise StorageUnavailable(f"database {what} failed: {type(error).__name__}") from error
        raise AssertionError("unreachable: tenacity either returns or raises")


def _log_retry(state: RetryCallState) -> None:
    error = state.outcome.exception() if state.outcome is not None else None
    logger.warning("database call failed (%s); retrying", describe(error) if error else "unknown")
