"""A visitor asks for a person: tell an online SDR at once, or say nobody is online."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.clock import aware
from bot.handoff.links import conversation_link
from bot.handoff.roster import Roster
from bot.storage.conversations import conversation_for
from bot.storage.models import Conversation, Sdr
from bot.storage.outbox import enqueue


def request_person(session: Session, *, roster: Roster, sender_id: str, visitor_timezone: str | None, public_url: str,
                   now: datetime) -> Sdr | None:
    """Record the request; notify the first online SDR covering the visitor's zone and return them."""
    conversation = conversation_for(session, sender_id)
    conversation.human_requested_at = conversation.human_requested_at or now
    online = {str(s.email): s for s in session.execute(select(Sdr).where(Sdr.active.is_(True), Sdr.online.is_(True))).scalars()}
    covering = [spec for spec in roster.sdrs if spec.email in online and spec.covers(visitor_timezone)]
    if not covering:
        return None
    sdr = online[covering[0].email]
    message = EmailMessage()
    message["To"] = str(sdr.email)
    message["Subject"] = "A visitor is asking for a person right now"
    message.set_content(f"A visitor on the pricing page asked to talk to someone.\n"
                        f"Open the conversation: {conversation_link(public_url, sender_id)}\n")
    enqueue(session, "email", f"live:{sender_id}:{conversation.id}",
            {"to": str(sdr.email), "subject": message["Subject"], "raw": message.as_string()}, now=now)
    return sdr


# How long an SDR may stay silent before the assistant takes the chat back.
SILENCE_BEFORE_RESUMING = timedelta(minutes=5)


@dataclass(frozen=True)
class Live:
    """An SDR talking in a chat: the assistant is paused until they hand back or fall silent."""

    sdr: str
    last_word_at: datetime

    def silent_too_long(self, now: datetime) -> bool:
        return now - self.last_word_at >= SILENCE_BEFORE_RESUMING


def sdr_spoke(session: Session, sender_id: str, sdr: str, now: datetime) -> bool:
    """An SDR wrote in the chat; True when they just joined it (the assistant must pause)."""
    conversation = conversation_for(session, sender_id)
    joined = conversation.live_sdr is None
    conversation.live_sdr, conversation.live_at = sdr, now
    conversation.shared_at = conversation.shared_at or now
    return joined


def live_in(session: Session, sender_id: str) -> Live | None:
    """Who of the sales team has this chat, if anyone (no clock read when nobody has: most turns)."""
    conversation = session.execute(select(Conversation).where(Conversation.sender_id == sender_id)).scalar_one_or_none()
    if conversation is None or conversation.live_sdr is None or conversation.live_at is None:
        return None
    return Live(str(conversation.live_sdr), aware(conversation.live_at))


def hand_back(session: Session, sender_id: str) -> str | None:
    """The assistant takes the chat back; the SDR who had it, or None when nobody had."""
    conversation = session.execute(select(Conversation).where(Conversation.sender_id == sender_id)).scalar_one_or_none()
    if conversation is None or conversation.live_sdr is None:
        return None
    sdr, conversation.live_sdr, conversation.live_at = str(conversation.live_sdr), None, None
    return sdr
