"""Leads: saving the qualified contact, and reading them back for the API and the inbox."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from bot.clock import utcnow
from bot.qualification.legitimacy import normalize_email
from bot.qualification.lifecycle import StageDecision
from bot.qualification.score import Answers, Score
from bot.storage.conversations import conversation_for
from bot.storage.funnel import count_once
from bot.storage.models import Booking, Conversation, Lead, Message, QualificationResult, StageChange
from bot.storage.outbox import enqueue_event


def save_qualified_contact(session: Session, sender_id: str, answers: Answers, score: Score,
                           decision: StageDecision, now: datetime | None = None) -> Lead:
    """Create or merge the lead for this email, link the conversation, store score and stage."""
    assert answers.email, "a lead needs an email"
    now = now or utcnow()
    key = normalize_email(answers.email)
    lead = session.execute(select(Lead).where(Lead.email_key == key)).scalar_one_or_none()
    if lead is None:
        lead = Lead(email_key=key, email=answers.email, stage=decision.stage, score_reasons=[], created_at=now, updated_at=now)
        session.add(lead)
        session.flush()
        previous_stage = None
    else:
        previous_stage = lead.stage
    conversation = conversation_for(session, sender_id)
    conversation.consent = True
    if conversation.lead_id != lead.id:
        conversation.lead_id = lead.id
        lead.conversations_count = (lead.conversations_count or 0) + 1
    for field, value in (("person_name", answers.person_name), ("company", answers.company),
                         ("industry", answers.industry), ("company_size", answers.company_size),
                         ("budget_usd", answers.budget), ("authority", answers.authority),
                         ("timeline_days", answers.timeline), ("plan", answers.plan)):
        if value is not None:
            setattr(lead, field, value)
    lead.email = answers.email
    lead.company_domain = score.account_domain
    lead.score = score.total
    lead.score_reasons = score.reasons
    lead.disqualification = decision.code
    lead.stage_reason = decision.reason
    session.add(QualificationResult(
        lead_id=lead.id, score=score.total,
        criteria=[asdict(c) for c in score.criteria], reasons=score.reasons,
        disqualification=score.disqualification, policy_version=score.policy_version,
    ))
    if decision.stage == "prospect":
        count_once(session, sender_id, "prospect", now, page=conversation.page, plan=conversation.plan)
    if previous_stage != decision.stage:
        lead.stage = decision.stage
        change = StageChange(lead_id=lead.id, from_stage=previous_stage, to_stage=decision.stage, reason=decision.reason, at=now)
        session.add(change)
        session.flush()
        enqueue_event(session, "lead.stage_changed", f"stage:{lead.id}:{change.id}", {
            "lead_id": lead.id, "email": lead.email, "from": previous_stage, "to": decision.stage,
            "reason": decision.reason, "score": score.total}, now=now)
    lead.updated_at = now
    session.flush()
    return lead


def known_answers_for_email(session: Session, email: str) -> dict[str, Any]:
    """What a returning visitor already told us, so it is not asked again."""
    lead = session.execute(select(Lead).where(Lead.email_key == normalize_email(email))).scalar_one_or_none()
    if lead is None:
        return {}
    values = {"industry": lead.industry, "company_size": lead.company_size, "budget": lead.budget_usd,
              "authority": lead.authority, "timeline": lead.timeline_days, "person_name": lead.person_name,
              "company": lead.company, "email": lead.email}
    return {k: v for k, v in values.items() if v is not None}


def query_leads(session: Session, *, stage: str | None = None, since: datetime | None = None,
                owner: str | None = None, min_score: int = 0, limit: int = 50, offset: int = 0) -> tuple[list[Lead], int]:
    """Leads newest first with filters; returns the page and the total count."""
    statement = select(Lead)
    if stage:
        statement = statement.where(Lead.stage == stage)
    if since:
        statement = statement.where(Lead.created_at >= since)
    if min_score:
        statement = statement.where(Lead.score >= min_score)
    if owner:
        from bot.storage.models import Sdr

        statement = statement.join(Sdr, Lead.owner_id == Sdr.id).where(Sdr.email == owner)
    total = session.execute(select(func.count()).select_from(statement.subquery())).scalar_one()
    page = session.execute(
        statement.options(selectinload(Lead.owner), selectinload(Lead.confirmed_bookings).selectinload(Booking.sdr)).order_by(Lead.created_at.desc(), Lead.id.desc()).limit(limit).offset(offset)
    ).scalars().all()
    return list(page), int(total)


def transcript(session: Session, lead_id: int) -> list[Message]:
    """Every message of every conversation of this lead, both ways, in order."""
    return list(session.execute(
        select(Message).join(Conversation, Message.conversation_id == Conversation.id)
        .where(Conversation.lead_id == lead_id).order_by(Message.at, Message.id)
    ).scalars())
