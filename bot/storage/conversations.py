"""One row per chat (a Rasa sender id), made on first sight by whoever sees it first."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.storage.models import Conversation


def conversation_for(session: Session, sender_id: str) -> Conversation:
    """The chat's row, made if missing. The transcript writer and a turn often see a new chat at
    the same moment; the one that loses the race takes the winner's row instead of failing."""
    found = _find(session, sender_id)
    if found is not None:
        return found
    conversation = Conversation(sender_id=sender_id)
    try:
        with session.begin_nested():
            session.add(conversation)
    except IntegrityError:
        found = _find(session, sender_id)
        if found is None:
            raise
        return found
    return conversation


def _find(session: Session, sender_id: str) -> Conversation | None:
    return session.execute(select(Conversation).where(Conversation.sender_id == sender_id)).scalar_one_or_none()
