"""What an SDR changes about a lead: its status (announced to the CRM), notes, and a merge of
a lead that claims another's email."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.app.database import Database
from bot.clock import utcnow
from bot.storage.leads import merge_claim
from bot.storage.models import Lead, LeadNote
from bot.storage.outbox import LEAD_STATUS_CHANGED, enqueue_event

STATUSES = ("new", "contacted", "won", "lost")
NOTE_AT_MOST = 5000  # characters


async def change(database: Database, lead_id: int, status: str, *, by: str) -> bool:
    """Set the status, note who changed it from what, and tell the CRM in the same transaction;
    False when there is no such lead. `status` is one of STATUSES."""
    if status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}")

    def work(session: Session) -> bool:
        lead = session.get(Lead, lead_id)
        if lead is None:
            return False
        now = utcnow()
        previous, lead.status = lead.status, status
        session.add(LeadNote(lead_id=lead_id, author=by, text=f"Status: {previous} -> {status}", at=now))
        session.flush()
        enqueue_event(
            session,
            LEAD_STATUS_CHANGED,
            f"status:{lead_id}:{status}:{now.timestamp():.0f}",
            {"lead_id": lead_id, "email": lead.email, "from": previous, "to": status, "by": by},
            now=now,
        )
        return True

    return await database.run(work)


async def add_note(database: Database, lead_id: int, text: str, *, by: str) -> None:
    """A note of at most NOTE_AT_MOST characters; a longer one is cut."""
    await database.run(lambda session: session.add(LeadNote(lead_id=lead_id, author=by, text=text[:NOTE_AT_MOST])))


async def merge(database: Database, claim_id: int, *, by: str) -> int:
    """The SDR vouches that the lead claiming another's email is that person (bot/storage/leads.py);
    the id of the lead that remains. Raises LookupError when there is nothing to merge."""
    return await database.run(lambda session: int(merge_claim(session, claim_id, by=by).id))
