"""Reading leads for the leads API and the inbox: one JSON shape and one CSV for both."""

from __future__ import annotations

import csv
import io
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.app.database import Database
from bot.clock import aware
from bot.storage.leads import known_answers_for_email, query_leads, transcript
from bot.storage.models import Booking, Lead, LeadNote


@dataclass(frozen=True)
class LeadFilters:
    """Which leads, newest first (bot/web/filters.py reads them from a query string)."""

    stage: str | None = None
    since: datetime | None = None
    owner: str | None = None
    min_score: int = 0
    limit: int = 50
    offset: int = 0

    def query_args(self) -> dict[str, Any]:
        """Keyword arguments for `bot.storage.leads.query_leads`."""
        return asdict(self)


async def page(database: Database, filters: LeadFilters) -> tuple[list[dict[str, Any]], int]:
    """One page of leads as JSON, and how many match in all."""

    def work(session: Session) -> tuple[list[dict[str, Any]], int]:
        leads, total = query_leads(session, **filters.query_args())
        return [lead_json(lead) for lead in leads], total

    return await database.run(work)


async def one_with_transcript(database: Database, lead_id: int) -> dict[str, Any] | None:
    def work(session: Session) -> dict[str, Any] | None:
        lead = session.get(Lead, lead_id)
        if lead is None:
            return None
        data = lead_json(lead)
        data["transcript"] = [{"from": m.sender, "text": m.text, "at": iso(m.at)} for m in transcript(session, lead_id)]
        return data

    return await database.run(work)


async def known_answers(database: Database, email: str) -> dict[str, Any]:
    """What a returning visitor the site signed told us before, so it is not asked again;
    raises `StorageUnavailable` when the database stays away for the turn."""
    return await database.run_in_turn(lambda session: known_answers_for_email(session, email), "read")


async def csv_text(database: Database, filters: LeadFilters) -> str:
    """Every lead the filters match as CSV, whatever the page size."""
    return await database.run(lambda session: _csv_text(session, filters))


def iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat()


def _reasons(value: Any) -> list[str]:
    return [str(reason) for reason in value] if isinstance(value, list) else []


def booking_json(booking: Booking | None) -> dict[str, Any] | None:
    """{start, end, sdr}: times with the visitor's offset (UTC when unknown)."""
    if booking is None:
        return None
    zone = ZoneInfo(str(booking.visitor_timezone)) if booking.visitor_timezone else UTC
    return {
        "start": aware(booking.start_at).astimezone(zone).isoformat(),
        "end": aware(booking.end_at).astimezone(zone).isoformat(),
        "sdr": booking.sdr.email if booking.sdr is not None else None,
    }


def lead_json(lead: Lead) -> dict[str, Any]:
    return {
        "id": lead.id,
        "stage": lead.stage,
        "email": lead.email,
        "email_verified": bool(lead.email_verified),
        "claims_lead_id": lead.claims_lead_id,
        "person_name": lead.person_name,
        "company": lead.company,
        "industry": lead.industry,
        "budget_usd": lead.budget_usd,
        "authority": lead.authority,
        "timeline_days": lead.timeline_days,
        "company_size": lead.company_size,
        "score": lead.score,
        "score_reasons": _reasons(lead.score_reasons),
        "owner": lead.owner.email if lead.owner is not None else None,
        "booking": booking_json(lead.confirmed_booking),
        "disqualification": lead.disqualification,
        "stage_reason": lead.stage_reason,
        "plan": lead.plan,
        "status": lead.status,
        "created_at": iso(lead.created_at),
        "updated_at": iso(lead.updated_at),
    }


CSV_COLUMNS = [
    "id",
    "stage",
    "email",
    "person_name",
    "company",
    "industry",
    "budget_usd",
    "authority",
    "timeline_days",
    "company_size",
    "score",
    "score_reasons",
    "owner",
    "booking",
    "disqualification",
    "created_at",
    "claims_lead_id",
    "status",
    "notes",
]


def _csv_text(session: Session, filters: LeadFilters) -> str:
    leads, _ = query_leads(session, **{**filters.query_args(), "limit": 100_000, "offset": 0})
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    notes: dict[int, list[str]] = {}
    for note in session.execute(
        select(LeadNote).where(LeadNote.lead_id.in_([lead.id for lead in leads])).order_by(LeadNote.at, LeadNote.id)
    ).scalars():
        notes.setdefault(int(note.lead_id), []).append(f"{iso(note.at)} {note.author}: {note.text}")
    for lead in leads:
        row = lead_json(lead)
        row["score_reasons"] = " | ".join(row["score_reasons"])
        row["booking"] = row["booking"]["start"] if row["booking"] else ""
        row["status"] = lead.status
        row["notes"] = " | ".join(notes.get(int(lead.id), []))  # every note, oldest first, with who and when
        writer.writerow([_csv_safe(row[c]) for c in CSV_COLUMNS])
    return out.getvalue()


def _csv_safe(value: Any) -> Any:
    """Neutralize spreadsheet formulas in visitor-supplied text (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):  # OWASP's list: a tab or CR too
        return "'" + value
    return "" if value is None else value
