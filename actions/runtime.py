"""Objects the actions share, built on first use (never at import time)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from tenacity import AsyncRetrying, RetryCallState, stop_after_attempt

from bot.catalog.competitors import Competitors, load_competitors
from bot.catalog.plans import Catalog, load_plans
from bot.catalog.resources import Resources, load_resources
from bot.handoff.roster import Roster, load_roster
from bot.handoff.service import Links
from bot.logsafe import describe, log_failure
from bot.nlu.extractor import QualificationExtractor
from bot.qualification.policy import Policy, load_policy
from bot.retrying import IN_TURN, IN_TURN_ATTEMPTS, retry_in_turn
from bot.settings import get_settings
from bot.storage.db import make_engine, session_factory, transaction

logger = logging.getLogger(__name__)
T = TypeVar("T")


@lru_cache(maxsize=1)
def extractor() -> QualificationExtractor:
    settings = get_settings()
    return QualificationExtractor.from_files(settings.taxonomy_path, settings.currencies_path)


@lru_cache(maxsize=1)
def plans() -> Catalog:
    return load_plans(get_settings().plans_path)


@lru_cache(maxsize=1)
def competitors() -> Competitors:
    return load_competitors(get_settings().competitors_path)


@lru_cache(maxsize=1)
def policy() -> Policy:
    return load_policy(get_settings().policy_path)


@lru_cache(maxsize=1)
def resources() -> Resources:
    return load_resources(get_settings().resources_path)


@lru_cache(maxsize=1)
def sessions() -> sessionmaker:
    return session_factory(make_engine(get_settings().effective_database_url))


class StorageUnavailable(Exception):
    """The database did not answer within the turn. Callers say so to the visitor, or keep the
    work for later; they never take it for "nothing found"."""


async def read(work: Callable[[Session], T]) -> T:
    """A database read off the event loop, retried within the turn (bot/retrying.py)."""
    return await _retried(work, "read")


async def write(work: Callable[[Session], T], *, attempts: int = IN_TURN_ATTEMPTS) -> T:
    """A database write in one transaction off the event loop, retried within the turn."""
    return await _retried(work, "write", attempts)


async def _retried(work: Callable[[Session], T], what: str, attempts: int = IN_TURN_ATTEMPTS) -> T:
    retrying = AsyncRetrying(
        stop=stop_after_attempt(attempts), wait=IN_TURN.wait, retry=retry_in_turn, reraise=True, before_sleep=_log_retry
    )
    try:
        async for attempt in retrying:
            with attempt:
                return await asyncio.to_thread(_in_transaction, work)
    except (SQLAlchemyError, OSError) as error:
        log_failure(logger, "database %s failed", error, what)
        raise StorageUnavailable(f"database {what} failed: {type(error).__name__}") from error
    raise AssertionError("unreachable: tenacity either returns or raises")


def _log_retry(state: RetryCallState) -> None:
    error = state.outcome.exception() if state.outcome is not None else None
    logger.warning("database call failed (%s); retrying", describe(error) if error else "unknown")


def _in_transaction(work: Callable[[Session], T]) -> T:
    with transaction(sessions()) as session:
        return work(session)


@lru_cache(maxsize=1)
def roster() -> Roster:
    return load_roster(get_settings().roster_path)


def links() -> Links:
    return Links.from_settings(get_settings())
