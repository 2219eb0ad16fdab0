"""Turning Rasa tracker events into stored messages, answers and funnel counts.

Idempotent: each event has a stable key (sender, kind, timestamp, text), so replaying a tracker
records nothing twice. Consent first: until the visitor consents (or asks for a person and one
joins), only anonymous funnel counts are kept; the conversation so far is written at that moment
from the tracker (`record_history`). A visitor who declines has anything kept removed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.catalog.plans import load_plans
from bot.clock import utcnow
from bot.dialog.answers import CONTACT_SLOTS, DISCOVERY_SLOTS
from bot.dialog.metadata import visitor_context
from bot.settings import get_settings
from bot.storage.conversations import conversation_for
from bot.storage.funnel import anonymous_key
from bot.storage.models import Answer, Conversation, FunnelEvent, Message

ANSWER_SLOTS = set(DISCOVERY_SLOTS) | set(CONTACT_SLOTS)


@cache
def _plan_ids() -> frozenset[str]:
    return load_plans(get_settings().plans_path).ids


def event_key(sender_id: str, event: dict[str, Any]) -> str:
    raw = f"{sender_id}|{event.get('event')}|{event.get('timestamp')}|{event.get('text') or event.get('name') or ''}"
    return hashlib.sha256(raw.encode("utf-8", "replace")).hexdigest()[:40]


def _when(event: dict[str, Any]) -> datetime:
    stamp = event.get("timestamp")
    if isinstance(stamp, (int, float)):
        return datetime.fromtimestamp(stamp, tz=UTC)
    return utcnow()


def shown_text(event: dict[str, Any]) -> str:
    """What the person saw: a button's title rather than its payload ("/affirm"); nothing for
    a payload the widget sent on its own (`silent`, the greeting when the chat opens)."""
    text = str(event.get("text") or "")
    metadata = (event.get("metadata") or {}) if event.get("event") == "user" else {}
    if metadata.get("silent") is True and text.startswith("/"):
        return ""
    display = metadata.get("display")
    if isinstance(display, str) and display.strip() and text.startswith("/"):
        return display.strip()[:500]
    return text


def sdr_author(event: dict[str, Any]) -> str | None:
    """Set on assistant-side messages an SDR typed in the inbox (live handoff)."""
    author = (event.get("metadata") or {}).get("sdr") if event.get("event") == "bot" else None
    return str(author)[:200] if author else None


class _Batch:
    """What one conversation already has, read once per batch so each event costs no query."""

    def __init__(self, session: Session, conversation: Conversation) -> None:
        self.session = session
        self.conversation = conversation
        self.funnel_key = anonymous_key(str(conversation.sender_id))
        self.message_keys = set(
            session.execute(select(Message.event_key).where(Message.conversation_id == conversation.id)).scalars()
        )
        self.funnel_kinds = set(
            session.execute(select(FunnelEvent.kind).where(FunnelEvent.conversation_key == self.funnel_key)).scalars()
        )
        self.last_answers: dict[str, Any] = {}
        for answer in session.execute(
            select(Answer).where(Answer.conversation_id == conversation.id).order_by(Answer.id)
        ).scalars():
            self.last_answers[str(answer.slot)] = answer.value

    def count(self, kind: str, at: datetime) -> None:
        if kind not in self.funnel_kinds:
            self.funnel_kinds.add(kind)
            self.session.add(
                FunnelEvent(
                    conversation_key=self.funnel_key,
                    kind=kind,
                    page=self.conversation.page,
                    plan=self.conversation.plan,
                    at=at,
                )
            )


def keeps_personal(conversation: Conversation) -> bool:
    """Words and answers are stored only once the visitor consented, or asked for a person and
    one joined (who needs to read what came before)."""
    return conversation.consent is True or conversation.shared_at is not None


def record_events(session: Session, sender_id: str, events: Iterable[dict[str, Any]]) -> int:
    """Store what `events` say; returns how many new messages were stored."""
    conversation = conversation_for(session, sender_id)
    batch = _Batch(session, conversation)
    known_keys = batch.message_keys
    last_user_text: str | None = None
    stored = 0
    for event in events:
        kind = event.get("event")
        at = _when(event)
        if kind == "user":
            last_user_text = shown_text(event) or event.get("text")  # a button's title, not its payload
            for name, value in visitor_context(event.get("metadata") or {}, _plan_ids()).items():
                if name in ("page", "plan", "timezone") and getattr(conversation, name) is None:
                    setattr(conversation, name, value)
            batch.count("visitor", at)
            if shown_text(event):
                if "spoke" in batch.funnel_kinds:
                    batch.count("engaged", at)
                batch.count("spoke", at)
        if kind in ("user", "bot") and shown_text(event):
            conversation.last_message_at = at
            key = event_key(sender_id, event)
            if keeps_personal(conversation) and key not in known_keys:
                known_keys.add(key)
                intent = ((event.get("parse_data") or {}).get("intent") or {}) if kind == "user" else {}
                session.add(
                    Message(
                        conversation_id=conversation.id,
                        event_key=key,
                        sender="visitor" if kind == "user" else "assistant",
                        text=shown_text(event)[:10000],
                        intent=intent.get("name"),
                        author=sdr_author(event),
                        confidence=intent.get("confidence"),
                        at=at,
                    )
                )
                stored += 1
        elif kind == "slot":
            _record_slot(batch, event, last_user_text, at)
        elif kind == "action" and event.get("name") == "action_assess_fit":
            conversation.discovery_completed_at = conversation.discovery_completed_at or at
            batch.count("discovery_completed", at)
    session.flush()
    return stored


def record_history(
    session: Session,
    sender_id: str,
    events: Iterable[dict[str, Any]],
    *,
    consent: bool = False,
    shared_at: datetime | None = None,
) -> int:
    """The moment a visitor consents (or a person joins the chat), the conversation so far is
    written from the tracker Rasa sent with the action; later events come from the broker.
    Event keys make the overlap harmless."""
    conversation = conversation_for(session, sender_id)
    if consent:
        conversation.consent = True
    if shared_at is not None:
        conversation.shared_at = conversation.shared_at or shared_at
    return record_events(session, sender_id, events)


def _record_slot(batch: _Batch, event: dict[str, Any], user_text: str | None, at: datetime) -> None:
    session, conversation = batch.session, batch.conversation
    name, value = event.get("name"), event.get("value")
    if name == "consent" and value is not None:
        if value is False:
            forget_person(session, conversation)
            batch.last_answers.clear()
            batch.count("consent_declined", at)
        else:
            conversation.consent = True
            batch.count("consent_given", at)
    elif name == "requested_slot" and value:
        batch.count(f"asked:{value}", at)
    elif name in ("page", "plan", "timezone") and value:
        setattr(conversation, name, str(value)[:500])
    elif name in ANSWER_SLOTS and value is not None and conversation.consent is not False:
        # answered after being asked, or volunteered before the question came (so answered <= asked)
        batch.count(f"answered:{name}" if f"asked:{name}" in batch.funnel_kinds else f"volunteered:{name}", at)
        if name == "email":
            batch.count("contact_left", at)
        if not keeps_personal(conversation) or (name in CONTACT_SLOTS and conversation.consent is not True):
            return  # nothing personal before consent; contact details only with it
        if name in DISCOVERY_SLOTS and value == user_text:
            return  # the raw reply before validation; the checked value follows
        if batch.last_answers.get(str(name), object()) != value:
            batch.last_answers[str(name)] = value
            session.add(Answer(conversation_id=conversation.id, slot=name, raw_text=user_text, value=value, at=at))


def forget_person(session: Session, conversation: Conversation) -> None:
    """Declined consent: drop the transcript and answers, keep only anonymous counts."""
    conversation.consent = False
    conversation.shared_at = None
    for message in list(conversation.messages):
        session.delete(message)
    session.query(Answer).filter(Answer.conversation_id == conversation.id).delete()
    conversation.lead_id = None
