"""Erasing a person (GDPR article 17) and purging what is past its retention.

Everything that holds their personal data goes in one transaction: the lead, every conversation
joined to it, messages, answers, notes, scores, stage and routing history, bookings (a confirmed
call is cancelled and its SDR told, without saying who) and outbox items that name them. Rasa's
tracker events live in another process: an outbox item asks Rasa to drop them, retried until it
has. What stays is anonymous: funnel counts keyed by a one-way hash, and an audit row with counts.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from bot.clock import aware
from bot.emails import compose
from bot.qualification.lifecycle import LEAD
from bot.storage.labels import forget_labels_of
from bot.storage.leads import claims_on
from bot.storage.models import (
    Answer,
    Booking,
    Conversation,
    Erasure,
    Lead,
    LeadNote,
    Message,
    OutboxItem,
    QualificationResult,
    RoutingDecision,
    Sdr,
    StageChange,
)
from bot.storage.outbox import TRACKER_ERASURE, enqueue, enqueue_email


@dataclass
class ErasureReport:
    """What went: counts only, so the audit row names nobody."""

    counts: Counter[str] = field(default_factory=Counter)
    sender_ids: list[str] = field(default_factory=list)
    # What names the erased people in the outbox; scanned once per erasure, in `_finish`.
    emails: list[str] = field(default_factory=list)
    lead_ids: list[int] = field(default_factory=list)
    # words of studio labels made from the erased messages, to take out of the training data file
    labelled_texts: list[str] = field(default_factory=list)

    def add(self, other: ErasureReport) -> None:
        self.counts.update(other.counts)
        self.sender_ids += other.sender_ids
        self.emails += other.emails
        self.lead_ids += other.lead_ids
        self.labelled_texts += other.labelled_texts


def erase_lead(
    session: Session, lead_id: int, *, reason: str, requested_by: str, now: datetime
) -> ErasureReport | None:
    """Erase this lead and every conversation joined to it, and the leads of chats that typed its
    email without proving it (they hold the person's email too); None when there is no such lead."""
    lead = session.get(Lead, lead_id)
    if lead is None:
        return None
    claims = claims_on(session, lead_id)
    report = _erase_lead_rows(session, lead, now)
    for claim in claims:
        report.add(_erase_lead_rows(session, claim, now))
    _finish(session, report, reason=reason, requested_by=requested_by, now=now)
    return report


def erase_conversation(
    session: Session, sender_id: str, *, whole_lead: bool, reason: str, requested_by: str, now: datetime
) -> ErasureReport:
    """Erase one chat. Its lead goes too when `whole_lead` (an identity the site signed) or when
    this chat is all the lead is made of; otherwise a stranger who typed someone's email into the
    form could erase that person's history."""
    conversation = session.execute(select(Conversation).where(Conversation.sender_id == sender_id)).scalar_one_or_none()
    report = ErasureReport()
    lead = session.get(Lead, conversation.lead_id) if conversation is not None and conversation.lead_id else None
    if lead is not None and (whole_lead or _only_conversation(session, lead, sender_id)):
        report.add(_erase_lead_rows(session, lead, now))
    else:
        report.add(_erase_conversations(session, [sender_id], now))
    # Asked from inside the chat: Rasa's tracker store erases this sender at the end of the turn.
    _finish(session, report, reason=reason, requested_by=requested_by, now=now, erased_by_rasa=sender_id)
    return report


def purge_expired(session: Session, *, days: int, now: datetime) -> ErasureReport:
    """Retention: leads never converted and anonymous conversations, quiet for `days`."""
    cutoff = now - timedelta(days=days)
    report = ErasureReport()
    for lead in session.execute(select(Lead).where(Lead.stage == LEAD, Lead.updated_at < cutoff)).scalars().all():
        if not _active_since(session, lead, cutoff):
            report.add(_erase_lead_rows(session, lead, now, labels_too=False))
    quiet = func.coalesce(Conversation.last_message_at, Conversation.started_at) < cutoff
    senders = (
        session.execute(select(Conversation.sender_id).where(Conversation.lead_id.is_(None), quiet)).scalars().all()
    )
    # a label a marketer made from a message is training data now: retention keeps it, unlinked
    report.add(_erase_conversations(session, [str(s) for s in senders], now, labels_too=False))
    if report.counts or report.sender_ids:
        _finish(session, report, reason="retention", requested_by="retention", now=now)
    return report


def _active_since(session: Session, lead: Lead, cutoff: datetime) -> bool:
    latest = session.execute(
        select(func.max(Conversation.last_message_at)).where(Conversation.lead_id == lead.id)
    ).scalar()
    return latest is not None and aware(latest) >= cutoff


def _only_conversation(session: Session, lead: Lead, sender_id: str) -> bool:
    others = session.execute(
        select(func.count())
        .select_from(Conversation)
        .where(Conversation.lead_id == lead.id, Conversation.sender_id != sender_id)
    ).scalar_one()
    return int(others) == 0


def _erase_lead_rows(session: Session, lead: Lead, now: datetime, *, labels_too: bool = True) -> ErasureReport:
    lead_id = int(lead.id)
    senders = [
        str(s) for s in session.execute(select(Conversation.sender_id).where(Conversation.lead_id == lead_id)).scalars()
    ]
    senders += [str(s) for s in session.execute(select(Booking.sender_id).where(Booking.lead_id == lead_id)).scalars()]
    senders = list(dict.fromkeys(senders))
    report = _erase_conversations(session, senders, now, lead=lead, labels_too=labels_too)
    for model in (LeadNote, QualificationResult, StageChange, RoutingDecision):
        report.counts[model.__tablename__] += _delete(session, model, model.lead_id == lead_id)
    report.emails.append(str(lead.email))
    report.lead_ids.append(lead_id)
    session.delete(lead)
    report.counts["leads"] += 1
    session.flush()
    return report


def _erase_conversations(
    session: Session, senders: list[str], now: datetime, lead: Lead | None = None, *, labels_too: bool = True
) -> ErasureReport:
    report = ErasureReport(sender_ids=list(senders))
    if not senders:
        return report
    conversation_ids = list(
        session.execute(select(Conversation.id).where(Conversation.sender_id.in_(senders))).scalars()
    )
    booking_filter = or_(Booking.sender_id.in_(senders), *([Booking.lead_id == lead.id] if lead is not None else []))
    for booking in session.execute(select(Booking).where(booking_filter)).scalars().all():
        if booking.status == "confirmed" and aware(booking.end_at) > now:
            _tell_sdr_call_cancelled(session, booking, now)
            report.counts["calls_cancelled"] += 1
        session.delete(booking)
        report.counts["bookings"] += 1
    if labels_too:
        report.labelled_texts += forget_labels_of(session, conversation_ids)
        report.counts["labels"] += len(report.labelled_texts)
    report.counts["messages"] += _delete(session, Message, Message.conversation_id.in_(conversation_ids))
    report.counts["answers"] += _delete(session, Answer, Answer.conversation_id.in_(conversation_ids))
    report.counts["conversations"] += _delete(session, Conversation, Conversation.id.in_(conversation_ids))
    session.flush()
    return report


def _delete(session: Session, model: type, where: object) -> int:
    result: Any = session.execute(delete(model).where(where).execution_options(synchronize_session=False))  # type: ignore[arg-type]
    return int(result.rowcount or 0)


def _erase_outbox(session: Session, report: ErasureReport) -> int:
    """Outbox rows that name the people erased: by an email or a sender id in the payload, or
    keyed by their lead. Delivered ones go too: the row still holds what was sent."""
    needles = [s.lower() for s in [*report.sender_ids, *report.emails] if s]
    lead_keys = tuple(
        key
        for lead_id in report.lead_ids
        for key in (f"stage:{lead_id}:", f"prospect:{lead_id}", f"no-booking:{lead_id}:", f"status:{lead_id}:")
    )
    if not needles and not lead_keys:
        return 0
    erased = 0
    for item in session.execute(select(OutboxItem).where(OutboxItem.kind != TRACKER_ERASURE)).scalars().all():
        text = json.dumps(item.payload, default=str).lower()
        key = str(item.idempotency_key)
        if any(n in text for n in needles) or any(key == k or key.startswith(k) for k in lead_keys):
            session.delete(item)
            erased += 1
    return erased


def _tell_sdr_call_cancelled(session: Session, booking: Booking, now: datetime) -> None:
    sdr = session.get(Sdr, booking.sdr_id)
    if sdr is None:
        return
    message = compose(
        to=str(sdr.email),
        subject=f"Call cancelled: {aware(booking.start_at):%Y-%m-%d %H:%M} UTC",
        body=(
            f"The call on {aware(booking.start_at):%A %d %B %Y at %H:%M} UTC is cancelled: the person asked us "
            "to erase their data, so we no longer hold their details. Please delete the event from your "
            "calendar and any notes you kept about them outside this system.\n"
        ),
    )
    enqueue_email(session, f"erased-call:{booking.id}:{now.timestamp():.0f}", message, now=now)


def _finish(
    session: Session,
    report: ErasureReport,
    *,
    reason: str,
    requested_by: str,
    now: datetime,
    erased_by_rasa: str | None = None,
) -> None:
    report.counts["outbox"] += _erase_outbox(session, report)
    trackers = [s for s in report.sender_ids if s != erased_by_rasa]
    if trackers:
        # Sender ids are random and name nobody; Rasa's own store is asked to drop their events.
        enqueue(
            session,
            TRACKER_ERASURE,
            f"erase-trackers:{now.timestamp():.6f}:{trackers[0]}",
            {"sender_ids": trackers},
            now=now,
        )
    session.add(Erasure(reason=reason, requested_by=requested_by[:120], counts=dict(report.counts), at=now))
    session.flush()
