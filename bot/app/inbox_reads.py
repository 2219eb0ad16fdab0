"""What the inbox pages show, each read in one transaction. The rows returned are loaded in
full, because the templates render them after the session has closed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.app.database import Database
from bot.app.lead_reads import LeadFilters
from bot.app.lead_status import STATUSES
from bot.handoff.live import waiting
from bot.storage.leads import claims_on, query_leads, transcript
from bot.storage.models import Answer, Conversation, Lead, LeadNote, Message, OutboxItem, RoutingDecision, Sdr

SHOWN_AT_MOST = 200  # outbox items on its page


async def leads_list(database: Database, filters: LeadFilters | None, now: datetime) -> dict[str, Any]:
    """The leads page: the leads the filters match (none when the filters were refused), the
    owners to filter by, the newest id (the page polls for newer ones) and who waits for a person."""

    def work(session: Session) -> dict[str, Any]:
        leads, total = query_leads(session, **filters.query_args()) if filters else ([], 0)
        owners = [
            (str(email), str(name)) for email, name in session.execute(select(Sdr.email, Sdr.name).order_by(Sdr.name))
        ]
        return {
            "leads": [(lead, lead.confirmed_booking) for lead in leads],
            "total": total,
            "owners": owners,
            "newest": max((int(lead.id) for lead in leads), default=0),
            "waiting": waiting(session, now),
        }

    return await database.run(work)


async def newest_lead_id(database: Database) -> int:
    """0 when there is no lead yet."""
    return await database.run(
        lambda session: session.execute(select(Lead.id).order_by(Lead.id.desc()).limit(1)).scalar() or 0
    )


async def lead_details(database: Database, lead_id: int) -> dict[str, Any] | None:
    """Everything the lead page shows; None when there is no such lead."""

    def work(session: Session) -> dict[str, Any] | None:
        lead = session.get(Lead, lead_id)
        if lead is None:
            return None
        conversations = [int(c.id) for c in lead.conversations]
        booking = lead.confirmed_booking
        if booking is not None:
            assert booking.sdr is not None  # loaded now: the page renders after this session closed
        return {
            "lead": lead,
            "owner": lead.owner,
            "booking": booking,
            "zone": lead.owner.timezone if lead.owner else None,
            "visitor_zone": next((c.timezone for c in lead.conversations if c.timezone), None),
            "messages": transcript(session, lead_id),
            "answers": session.execute(
                select(Answer).where(Answer.conversation_id.in_(conversations)).order_by(Answer.at)
            )
            .scalars()
            .all(),
            "notes": session.execute(select(LeadNote).where(LeadNote.lead_id == lead_id).order_by(LeadNote.at))
            .scalars()
            .all(),
            "routing": session.execute(
                select(RoutingDecision).where(RoutingDecision.lead_id == lead_id).order_by(RoutingDecision.id.desc())
            )
            .scalars()
            .first(),
            "claimed": session.get(Lead, lead.claims_lead_id) if lead.claims_lead_id else None,
            "claims": claims_on(session, lead_id),
            "statuses": STATUSES,
        }

    return await database.run(work)


async def conversation(database: Database, sender_id: str) -> dict[str, Any]:
    """One chat and its messages in order (none when nothing of it was recorded)."""

    def work(session: Session) -> dict[str, Any]:
        found = session.execute(select(Conversation).where(Conversation.sender_id == sender_id)).scalar_one_or_none()
        messages = (
            []
            if found is None
            else session.execute(
                select(Message).where(Message.conversation_id == found.id).order_by(Message.at, Message.id)
            )
            .scalars()
            .all()
        )
        return {"conversation": found, "messages": messages, "sender": sender_id}

    return await database.run(work)


async def outbox_items(database: Database) -> list[OutboxItem]:
    """The newest items first, delivered or not."""
    return list(
        await database.run(
            lambda session: (
                session.execute(select(OutboxItem).order_by(OutboxItem.id.desc()).limit(SHOWN_AT_MOST)).scalars().all()
            )
        )
    )
