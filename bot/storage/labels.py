"""Marketers' labels of messages, and the studio's audit trail."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.storage.models import Message, StudioEvent, TrainingLabel
from bot.studio.training_data import EntitySpan, Label, same_words


@dataclass(frozen=True)
class StoredLabel:
    id: int
    label: Label
    values: dict[str, Any]  # entity -> the normalized value read from its words, when one was
    labelled_by: str
    labelled_at: datetime
    from_message: bool


def text_key(text: str) -> str:
    return hashlib.sha256(same_words(text).encode()).hexdigest()


def save_label(
    session: Session, label: Label, values: dict[str, Any], *, user: str, now: datetime, message_id: int | None
) -> tuple[int, bool]:
    """Store the label, replacing one of the same words; (its id, whether it replaced one)."""
    key = text_key(label.text)
    row = session.execute(select(TrainingLabel).where(TrainingLabel.text_key == key)).scalar_one_or_none()
    replaced = row is not None
    linked = message_id is not None and session.get(Message, message_id) is not None
    if row is None:
        row = TrainingLabel(text_key=key)
    row.text = label.text
    row.intent = label.intent
    row.entities = [{"entity": e.entity, "span": e.span, "value": values.get(e.entity)} for e in label.entities]
    if linked:
        row.message_id = message_id
    row.labelled_by = user
    row.labelled_at = now
    session.add(row)
    session.flush()
    audit(
        session, user, "label", {"label": row.id, "text": label.text, "intent": label.intent, "replaced": replaced}, now
    )
    return row.id, replaced


def remove_label(session: Session, label_id: int, *, user: str, now: datetime) -> str | None:
    """The removed label's words; None when there was no such label."""
    row = session.get(TrainingLabel, label_id)
    if row is None:
        return None
    audit(session, user, "unlabel", {"label": label_id, "text": row.text, "intent": row.intent}, now)
    session.delete(row)
    return str(row.text)


def all_labels(session: Session) -> list[StoredLabel]:
    """Newest first."""
    rows = session.execute(select(TrainingLabel).order_by(TrainingLabel.labelled_at.desc(), TrainingLabel.id.desc()))
    return [
        StoredLabel(
            id=row.id,
            label=Label(row.text, row.intent, tuple(EntitySpan(e["entity"], e["span"]) for e in row.entities)),
            values={e["entity"]: e.get("value") for e in row.entities if e.get("value") is not None},
            labelled_by=row.labelled_by,
            labelled_at=row.labelled_at,
            from_message=row.message_id is not None,
        )
        for row in rows.scalars()
    ]


def forget_labels_of(session: Session, conversation_ids: list[int]) -> list[str]:
    """Erasure: the labels made from these conversations' messages, and their lines in the trail;
    the words they held, for the training data file."""
    rows = (
        session.execute(select(TrainingLabel).join(Message).where(Message.conversation_id.in_(conversation_ids)))
        .scalars()
        .all()
    )
    ids = [row.id for row in rows]
    if ids:
        session.execute(delete(StudioEvent).where(StudioEvent.label_id.in_(ids)))
    texts = [str(row.text) for row in rows]
    for row in rows:
        session.delete(row)
    session.flush()
    return texts


def message_text(session: Session, message_id: int) -> str | None:
    """A visitor's message to label; None when there is none (or it was the assistant's)."""
    row = session.get(Message, message_id)
    return str(row.text) if row is not None and row.sender == "visitor" else None


def audit(session: Session, user: str, action: str, detail: dict[str, Any], now: datetime) -> None:
    label = detail.get("label")
    session.add(
        StudioEvent(
            at=now, username=user, action=action, detail=detail, label_id=label if isinstance(label, int) else None
        )
    )


def recent_events(session: Session, limit: int = 50) -> list[dict[str, Any]]:
    """The audit trail, newest first, as plain rows for a page."""
    rows = session.execute(select(StudioEvent).order_by(StudioEvent.at.desc(), StudioEvent.id.desc()).limit(limit))
    return [
        {"at": row.at, "user": row.username, "action": row.action, "detail": dict(row.detail)} for row in rows.scalars()
    ]
