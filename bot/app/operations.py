"""What operators read: whether the database answers (/healthz) and the figures Prometheus scrapes
from it (/metrics): leads by stage and reason, the outbox backlog and its failing items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from bot.app.database import Database
from bot.clock import aware, utcnow
from bot.storage.models import Lead, OutboxItem


async def database_problem(database: Database) -> str | None:
    """None when the database answers; otherwise what failed, never a stack trace."""
    try:
        await database.run(lambda session: session.execute(text("SELECT 1")).scalar_one())
    except Exception as error:  # any failure is "not healthy"; the reason is reported, not raised
        return f"database: {type(error).__name__}"
    return None


@dataclass(frozen=True)
class Backlog:
    leads: list[tuple[str, str | None, int]]  # stage, disqualification, count
    outbox: list[tuple[str, int, int]]  # kind, undelivered, of which failing
    oldest_due_seconds: float  # how long the oldest due item has waited; 0 when none is due


async def backlog(database: Database) -> Backlog:
    return await database.run(_backlog)


def _backlog(session: Session) -> Backlog:
    leads = [
        (str(stage), reason, int(count))
        for stage, reason, count in session.execute(
            select(Lead.stage, Lead.disqualification, func.count()).group_by(Lead.stage, Lead.disqualification)
        )
    ]
    pending = OutboxItem.delivered_at.is_(None)
    outbox = [
        (str(kind), int(count), int(failing))
        for kind, count, failing in session.execute(
            select(OutboxItem.kind, func.count(), func.count(OutboxItem.last_error))
            .where(pending)
            .group_by(OutboxItem.kind)
        )
    ]
    now = utcnow()
    oldest = session.execute(
        select(func.min(OutboxItem.next_attempt_at)).where(pending, OutboxItem.next_attempt_at <= now)
    ).scalar()
    waited = (now - aware(oldest)) / timedelta(seconds=1) if oldest else 0
    return Backlog(leads, outbox, waited)
