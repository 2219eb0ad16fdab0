"""One row per chat (a Rasa sender id), made on first sight by whoever sees it first."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.storage.models import Conversation


def conversation_for(session: Session, sender_id: str) -> Conversation:
    conversation = session.execute(select(Conversation).where(Conversation.sender_id == sender_id)).scalar_one_or_none()
    if conversation is None:
        conversation = Conversation(sender_id=sender_id)
        session.add(conversation)
        session.flush()
    return conversation
