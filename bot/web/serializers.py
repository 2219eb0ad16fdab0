"""Leads as JSON and CSV, shared by the leads API and the inbox (one shape for both)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.clock import aware
from bot.storage.leads import query_leads
from bot.storage.models import Booking, Lead, LeadNote
from bot.web.filters import LeadFilters


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


def csv_text(session: Session, filters: LeadFilters) -> str:
    """The leads as CSV (shared by the API and the inbox export): every lead the filters match."""
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
