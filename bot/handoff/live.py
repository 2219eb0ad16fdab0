"""A visitor asks for a person: tell an online SDR at once, or say nobody is online."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.handoff.links import conversation_link
from bot.handoff.roster import Roster
from bot.storage.conversations import conversation_for
from bot.storage.models import Sdr
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
