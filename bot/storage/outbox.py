"""The durable outbox: emails, CRM webhooks and alerts are written in the same transaction as
the change they announce; bot/handoff/delivery.py sends them."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.storage.models import OutboxItem


def enqueue(
    session: Session, kind: str, key: str, payload: dict[str, Any], *, now: datetime, not_before: datetime | None = None
) -> None:
    """Add an item once, due at `not_before` or at `now` (the caller's clock, so that a test's frozen
    time and the row agree); a repeated key (a retried action) is ignored."""
    exists = session.execute(select(OutboxItem.id).where(OutboxItem.idempotency_key == key)).first()
    if exists is None:
        session.add(
            OutboxItem(
                kind=kind, idempotency_key=key, payload=payload, next_attempt_at=not_before or now, created_at=now
            )
        )
        session.flush()


def enqueue_email(session: Session, key: str, message: EmailMessage, *, now: datetime) -> None:
    enqueue(
        session, "email", key, {"to": message["To"], "subject": message["Subject"], "raw": message.as_string()}, now=now
    )


def enqueue_event(session: Session, event: str, key: str, data: dict[str, Any], *, now: datetime) -> None:
    enqueue(session, "webhook", key, {"event": event, "idempotency_key": key, "data": data}, now=now)
