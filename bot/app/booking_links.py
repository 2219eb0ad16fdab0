"""The signed cancel and reschedule links in invite emails: what a visitor may still do with one."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.app.database import Database
from bot.handoff.moves import Moved, MoveOptions, move_booking, move_options
from bot.handoff.roster import Roster
from bot.handoff.service import Links, cancel_booking, link_expired


async def expired(database: Database, booking_id: int, now: datetime) -> bool:
    return await database.run(lambda session: link_expired(session, booking_id, now))


async def options(database: Database, booking_id: int, roster: Roster, now: datetime) -> MoveOptions | None:
    """The same SDR's open times, picked in one step."""
    return await database.run(lambda session: move_options(session, booking_id, roster, now))


async def move(
    database: Database, booking_id: int, start: datetime, *, roster: Roster, links: Links, now: datetime
) -> tuple[Moved, MoveOptions | None]:
    """The move, and when it failed the times still open, read in the same transaction."""

    def work(session: Session) -> tuple[Moved, MoveOptions | None]:
        moved = move_booking(session, booking_id, start, roster=roster, links=links, now=now)
        return moved, (move_options(session, booking_id, roster, now) if moved.problem else None)

    return await database.run(work)


async def cancel(database: Database, booking_id: int, *, links: Links, now: datetime) -> bool:
    """False when nothing was booked any more."""
    return await database.run(lambda session: cancel_booking(session, booking_id, links=links, now=now) is not None)
