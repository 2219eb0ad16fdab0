"""A visitor asks for a person: tell an online SDR at once, or say nobody is online."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from bot.clock import aware
from bot.emails import compose
from bot.handoff.links import conversation_link
from bot.handoff.roster import Roster
from bot.storage.conversations import conversation_for
from bot.storage.models import Conversation, Lead, Sdr
from bot.storage.outbox import enqueue_email


def request_person(
    session: Session, *, roster: Roster, sender_id: str, visitor_timezone: str | None, public_url: str, now: datetime
) -> Sdr | None:
    """Record the request; notify the first online SDR at work now who covers the visitor's zone, and return them."""
    conversation = conversation_for(session, sender_id)
    conversation.human_requested_at = now  # the latest request: how long they have waited, and again after a hand-back
    online = {
        str(s.email): s
        for s in session.execute(select(Sdr).where(Sdr.active.is_(True), Sdr.online.is_(True))).scalars()
    }
    covering = [
        spec
        for spec in roster.sdrs
        if spec.email in online and spec.covers(visitor_timezone) and spec.takes_live_chat(now)
    ]
    if not covering:
        return None
    sdr = online[covering[0].email]
    message = compose(
        to=str(sdr.email),
        subject="A visitor is asking for a person right now",
        body=(
            f"A visitor on the pricing page asked to talk to someone.\n"
            f"Open the conversation: {conversation_link(public_url, sender_id)}\n"
        ),
    )
    enqueue_email(session, f"live:{sender_id}:{conversation.id}", message, now=now)
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


def _held(session: Session, sender_id: str) -> Conversation | None:
    """The conversation when someone from sales has it."""
    conversation = session.execute(select(Conversation).where(Conversation.sender_id == sender_id)).scalar_one_or_none()
    return conversation if conversation is not None and conversation.live_sdr is not None else None


def live_in(session: Session, sender_id: str) -> Live | None:
    """Who of the sales team has this chat, if anyone (no clock read when nobody has: most turns)."""
    conversation = _held(session, sender_id)
    if conversation is None or conversation.live_at is None:
        return None
    return Live(str(conversation.live_sdr), aware(conversation.live_at))


def hand_back(session: Session, sender_id: str) -> str | None:
    """The assistant takes the chat back; the SDR who had it, or None when nobody had."""
    conversation = _held(session, sender_id)
    if conversation is None:
        return None
    sdr, conversation.live_sdr, conversation.live_at = str(conversation.live_sdr), None, None
    conversation.human_requested_at = None  # their request was served: asking again queues them again
    return sdr


# How long a request for a person stays in the queue: past it the visitor has most likely gone.
QUEUE_WINDOW = timedelta(minutes=30)


@dataclass(frozen=True)
class Waiting:
    """A visitor waiting for a person now, as the inbox queue shows them."""

    sender_id: str
    since: datetime
    name: str | None
    company: str | None
    score: int | None
    lead_id: int | None


def waiting(session: Session, now: datetime) -> list[Waiting]:
    """Visitors who asked for a person and nobody has taken yet, longest waiting first."""
    rows = session.execute(
        select(Conversation, Lead)
        .outerjoin(Lead, Conversation.lead_id == Lead.id)
        .where(
            Conversation.human_requested_at.is_not(None),
            Conversation.human_requested_at >= now - QUEUE_WINDOW,
            Conversation.live_sdr.is_(None),
        )
        .order_by(Conversation.human_requested_at)
    ).all()
    return [
        Waiting(
            str(c.sender_id),
            aware(c.human_requested_at),
            lead.person_name if lead else None,
            lead.company if lead else None,
            lead.score if lead else None,
            lead.id if lead else None,
        )
        for c, lead in rows
    ]


@dataclass(frozen=True)
class Claim:
    holder: str  # who has the chat now
    joined: bool  # this SDR just took it: the assistant must pause


def claim(session: Session, sender_id: str, sdr: str, now: datetime) -> Claim:
    """`sdr` takes the chat (or, already holding it, speaks again: the silence clock restarts),
    unless another SDR has it. One conditional update, so two SDRs clicking at once cannot both
    get it."""
    conversation = conversation_for(session, sender_id)
    session.flush()
    before = conversation.live_sdr
    session.execute(
        update(Conversation)
        .where(Conversation.id == conversation.id, or_(Conversation.live_sdr.is_(None), Conversation.live_sdr == sdr))
        .values(live_sdr=sdr, live_at=now),
        execution_options={"synchronize_session": False},
    )
    session.refresh(conversation)
    holder = str(conversation.live_sdr)
    if holder == sdr:
        conversation.shared_at = conversation.shared_at or now  # they read what came before
    return Claim(holder, holder == sdr and before is None)
