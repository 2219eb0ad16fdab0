"""Server-side inbox sessions: the cookie carries a random token, the database its hash. Logging
out or removing a user deletes the rows, so a copied cookie stops working at once."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.clock import aware
from bot.storage.models import InboxSession

LIFETIME = timedelta(hours=12)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(session: Session, username: str, now: datetime) -> str:
    token = secrets.token_urlsafe(32)
    session.execute(delete(InboxSession).where(InboxSession.expires_at < now))
    session.add(InboxSession(token_hash=_hash(token), username=username, created_at=now, expires_at=now + LIFETIME))
    session.flush()
    return token


def session_user(session: Session, token: str, now: datetime) -> str | None:
    """The user this token signs in, if it is still open."""
    if not token:
        return None
    row = session.execute(select(InboxSession).where(InboxSession.token_hash == _hash(token))).scalar_one_or_none()
    if row is None or aware(row.expires_at) <= now:
        return None
    return str(row.username)


def close_session(session: Session, token: str) -> None:
    session.execute(delete(InboxSession).where(InboxSession.token_hash == _hash(token)))


def close_user_sessions(session: Session, username: str) -> int:
    return int(session.execute(delete(InboxSession).where(InboxSession.username == username)).rowcount or 0)  # type: ignore[attr-defined]
