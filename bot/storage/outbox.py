"""The durable outbox: emails, CRM webhooks, alerts and erasures of Rasa's copy are written in the
same transaction as the change they announce; bot/app/outbox.py delivers them.

The kinds and the CRM event names are here, once: docs/interfaces.md lists the events a CRM receives.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.storage.models import OutboxItem

# What an outbox item is: an email, an alert (an email to an SDR dropped when the visitor booked
# meanwhile), a signed CRM webhook, or a request to Rasa to forget conversations.
EMAIL, ALERT, WEBHOOK, TRACKER_ERASURE = "email", "alert", "webhook", "tracker_erasure"
EMAIL_KINDS = (EMAIL, ALERT)

# The CRM events (docs/interfaces.md, "CRM webhooks").
PROSPECT_CREATED = "prospect.created"
BOOKING_CONFIRMED = "booking.confirmed"
BOOKING_RESCHEDULED = "booking.rescheduled"
BOOKING_CANCELLED = "booking.cancelled"
LEAD_STAGE_CHANGED = "lead.stage_changed"
LEAD_STATUS_CHANGED = "lead.status_changed"
CRM_EVENTS = (
    PROSPECT_CREATED,
    BOOKING_CONFIRMED,
    BOOKING_RESCHEDULED,
    BOOKING_CANCELLED,
    LEAD_STAGE_CHANGED,
    LEAD_STATUS_CHANGED,
)


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


def enqueue_email(
    session: Session,
    key: str,
    message: EmailMessage,
    *,
    now: datetime,
    kind: str = EMAIL,
    not_before: datetime | None = None,
    about: dict[str, Any] | None = None,
) -> None:
    """An email built by `bot.emails.compose`; `about` is what delivery needs to decide whether it
    is still wanted (an alert's sender id)."""
    if kind not in EMAIL_KINDS:
        raise ValueError(f"an email's kind is one of {', '.join(EMAIL_KINDS)}, not {kind}")
    payload = {"to": message["To"], "subject": message["Subject"], "raw": message.as_string(), **(about or {})}
    enqueue(session, kind, key, payload, now=now, not_before=not_before)


def enqueue_event(session: Session, event: str, key: str, data: dict[str, Any], *, now: datetime) -> None:
    """A CRM webhook: `event` is one of CRM_EVENTS (tests/unit/test_crm_events.py holds them to the docs)."""
    enqueue(session, WEBHOOK, key, {"event": event, "idempotency_key": key, "data": data}, now=now)
