"""The funnel and the review of misunderstood messages, for the inbox and /api/analytics."""

from __future__ import annotations

from datetime import datetime

from bot.app.database import Database
from bot.storage.analytics import Funnel, WentWrong, funnel, not_understood, training_snippet, went_wrong
from bot.storage.models import Message


async def funnel_between(database: Database, since: datetime | None, until: datetime | None) -> Funnel:
    return await database.run(lambda session: funnel(session, since, until))


async def misunderstood(database: Database) -> list[Message]:
    return await database.run(not_understood)


async def gone_wrong(database: Database, now: datetime) -> list[WentWrong]:
    return await database.run(lambda session: went_wrong(session, now))


async def review_as_training_data(database: Database) -> str:
    """The misunderstood messages as a YAML snippet a marketer can paste into data/nlu/."""
    return await database.run(lambda session: training_snippet(not_understood(session)))
