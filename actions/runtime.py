"""Objects the actions share, built on first use (never at import time)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.catalog.competitors import Competitors, load_competitors
from bot.catalog.plans import Catalog, load_plans
from bot.handoff.roster import Roster, load_roster
from bot.handoff.service import Links
from bot.nlu.extractor import QualificationExtractor
from bot.qualification.policy import Policy, load_policy
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
def sessions() -> sessionmaker:
    return session_factory(make_engine(get_settings().effective_database_url))


async def write(work: Callable[[Session], T], *, attempts: int = 4) -> T | None:
    """Run a database write off the event loop, retried with backoff; a failure that
    persists is logged and the conversation goes on (the tracker store still holds it)."""
    delay = 0.1
    for attempt in range(1, attempts + 1):
        try:
            return await asyncio.to_thread(_in_transaction, work)
        except SQLAlchemyError:
            logger.exception("database write failed (attempt %d/%d)", attempt, attempts)
            if attempt < attempts:
                await asyncio.sleep(delay)
                delay *= 3
    return None


def _in_transaction(work: Callable[[Session], T]) -> T:
    with transaction(sessions()) as session:
        return work(session)


@lru_cache(maxsize=1)
def roster() -> Roster:
    return load_roster(get_settings().roster_path)


def links() -> Links:
    settings = get_settings()
    return Links(public_url=settings.effective_public_url, secret=settings.effective_secret_key, mail_from=settings.mail_from)
