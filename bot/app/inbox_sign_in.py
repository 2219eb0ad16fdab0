"""Inbox sign-in sessions: opened at sign-in, checked on every request, closed at sign-out. The
server keeps them, so signing out (or resetting a password) ends a session everywhere."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.app.database import Database
from bot.clock import utcnow
from bot.storage.inbox_sessions import close_session, close_user_sessions, open_session, session_user
from bot.storage.models import Sdr


async def open_for(database: Database, user: str) -> str:
    """The token the cookie carries."""
    return await database.run(lambda session: open_session(session, user, utcnow()))


async def user_of(database: Database, token: str) -> str | None:
    return await database.run(lambda session: session_user(session, token, utcnow()))


async def close(database: Database, token: str) -> None:
    await database.run(lambda session: close_session(session, token))


async def viewer_zone(database: Database, user: str) -> str | None:
    """The time zone of the SDR this inbox user is (by email, name or the email's local part)."""
    return await database.run(lambda session: _zone_of(session, user))


def _zone_of(session: Session, user: str) -> str | None:
    name = user.strip().lower()
    for sdr in session.execute(select(Sdr).where(Sdr.active.is_(True))).scalars():
        email = str(sdr.email).lower()
        if name in (email, str(sdr.name).lower(), email.split("@")[0]):
            return str(sdr.timezone)
    return None


def sign_out_everywhere(database_url: str, user: str) -> None:
    """Close every session of `user`: the command line's, after a password reset or a removal."""
    database = Database.open(database_url)
    try:
        database.run_now(lambda session: close_user_sessions(session, user))
    finally:
        database.close()
