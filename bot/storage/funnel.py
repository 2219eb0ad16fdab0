"""Anonymous funnel counts: which stages each conversation reached, keyed by a one-way hash of
its sender id so they outlive consent being declined and erasure. One row per conversation and
stage, never two, whoever records it (the recorder in Rasa, or an action saving a prospect)."""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.storage.models import FunnelEvent


def anonymous_key(sender_id: str) -> str:
    return hashlib.sha256(f"funnel|{sender_id}".encode()).hexdigest()[:40]


def count_once(
    session: Session, sender_id: str, kind: str, at: datetime, *, page: str | None = None, plan: str | None = None
) -> None:
    key = anonymous_key(sender_id)
    if (
        session.execute(
            select(FunnelEvent.id).where(FunnelEvent.conversation_key == key, FunnelEvent.kind == kind)
        ).first()
        is None
    ):
        session.add(FunnelEvent(conversation_key=key, kind=kind, page=page, plan=plan, at=at))
