"""Leads: saving the qualified contact, and reading them back for the API and the inbox."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from bot.clock import utcnow
from bot.qualification.legitimacy import normalize_email
from bot.qualification.lifecycle import PROSPECT, StageDecision
from bot.qualification.score import Answers, Score
from bot.storage.conversations import conversation_for
from bot.storage.funnel import count_once
from bot.storage.models import (
    Booking,
    Conversation,
    Lead,
    LeadNote,
    Message,
    QualificationResult,
    RoutingDecision,
    StageChange,
)
from bot.storage.outbox import LEAD_STAGE_CHANGED, enqueue_event


def save_qualified_contact(
    session: Session,
    sender_id: str,
    answers: Answers,
    score: Score,
    decision: StageDecision,
    now: datetime | None = None,
    *,
    proven_email: str | None = None,
) -> Lead:
    """Create or update the lead for this chat, link the conversation, store score and stage.

    An email typed in the chat is a claim, not an identity. It joins the lead that owns the email
    only when this chat proves it (`proven_email`: the site signed who the visitor is) or the lead
    came from this chat. Otherwise the chat gets a lead of its own that claims the email, for an SDR
    to merge (`merge_claim`), and the owner's answers, history and erasure stay untouched."""
    assert answers.email, "a lead needs an email"
    now = now or utcnow()
    key = normalize_email(answers.email)
    proven = proven_email is not None and normalize_email(proven_email) == key
    conversation = conversation_for(session, sender_id)
    lead = _lead_of_chat(session, conversation, key)
    previous_stage = lead.stage if lead is not None else None
    if lead is None:
        owner = email_owner(session, key)
        if owner is not None and proven:
            lead, previous_stage = owner, owner.stage
        else:
            lead = Lead(
                email_key=key,
                email=answers.email,
                stage=decision.stage,
                score_reasons=[],
                created_at=now,
                updated_at=now,
                claims_lead_id=owner.id if owner is not None else None,
            )
            session.add(lead)
            session.flush()
    if proven:
        lead.email_verified = True
    conversation.consent = True
    if conversation.lead_id != lead.id:
        conversation.lead_id = lead.id
        lead.conversations_count = (lead.conversations_count or 0) + 1
    for field, value in (
        ("person_name", answers.person_name),
        ("company", answers.company),
        ("industry", answers.industry),
        ("company_size", answers.company_size),
        ("budget_usd", answers.budget),
        ("authority", answers.authority),
        ("timeline_days", answers.timeline),
        ("plan", answers.plan),
    ):
        if value is not None:
            setattr(lead, field, value)
    lead.email = answers.email
    lead.company_domain = score.account_domain
    lead.score = score.total
    lead.score_reasons = score.reasons
    lead.disqualification = decision.code
    lead.stage_reason = decision.reason
    session.add(
        QualificationResult(
            lead_id=lead.id,
            score=score.total,
            criteria=[asdict(c) for c in score.criteria],
            reasons=score.reasons,
            disqualification=score.disqualification,
            policy_version=score.policy_version,
        )
    )
    if decision.stage == PROSPECT:
        count_once(session, sender_id, PROSPECT, now, page=conversation.page, plan=conversation.plan)
    if previous_stage != decision.stage:
        lead.stage = decision.stage
        change = StageChange(
            lead_id=lead.id, from_stage=previous_stage, to_stage=decision.stage, reason=decision.reason, at=now
        )
        session.add(change)
        session.flush()
        enqueue_event(
            session,
            LEAD_STAGE_CHANGED,
            f"stage:{lead.id}:{change.id}",
            {
                "lead_id": lead.id,
                "email": lead.email,
                "from": previous_stage,
                "to": decision.stage,
                "reason": decision.reason,
                "score": score.total,
            },
            now=now,
        )
    lead.updated_at = now
    session.flush()
    return lead


def email_owner(session: Session, key: str) -> Lead | None:
    """The lead that owns a normalized email (not one that only claims it)."""
    return session.execute(
        select(Lead).where(Lead.email_key == key, Lead.claims_lead_id.is_(None))
    ).scalar_one_or_none()


def _lead_of_chat(session: Session, conversation: Conversation, key: str) -> Lead | None:
    """The lead this chat already saved under the same email (a later answer updates it)."""
    if conversation.lead_id is None:
        return None
    lead = session.get(Lead, conversation.lead_id)
    return lead if lead is not None and lead.email_key == key else None


def claims_on(session: Session, lead_id: int) -> list[Lead]:
    """Leads from chats that typed this lead's email without proving it, oldest first."""
    return list(session.execute(select(Lead).where(Lead.claims_lead_id == lead_id).order_by(Lead.id)).scalars())


def merge_claim(session: Session, claim_id: int, *, by: str, now: datetime | None = None) -> Lead:
    """An SDR vouches that a claiming lead is the owner's person: its chats join the owner, its
    answers fill only what the owner does not know (never overwriting), and the claim goes."""
    now = now or utcnow()
    claim = session.get(Lead, claim_id)
    if claim is None or claim.claims_lead_id is None:
        raise LookupError(f"lead {claim_id} claims no other lead's email")
    owner = session.get(Lead, claim.claims_lead_id)
    if owner is None:
        raise LookupError(f"the lead that lead {claim_id} claims is gone (erased)")
    for field in (
        "person_name",
        "company",
        "industry",
        "company_size",
        "budget_usd",
        "authority",
        "timeline_days",
        "plan",
    ):
        if getattr(owner, field) is None and getattr(claim, field) is not None:
            setattr(owner, field, getattr(claim, field))
    moved = 0
    for conversation in list(claim.conversations):
        conversation.lead_id = owner.id
        moved += 1
    owner.conversations_count = (owner.conversations_count or 0) + moved
    if claim.stage == PROSPECT and owner.stage != PROSPECT:  # the claim's chat qualified: the owner is now a prospect
        session.add(
            StageChange(lead_id=owner.id, from_stage=owner.stage, to_stage=PROSPECT, reason=claim.stage_reason, at=now)
        )
        owner.stage, owner.stage_reason, owner.score, owner.score_reasons = (
            PROSPECT,
            claim.stage_reason,
            claim.score,
            claim.score_reasons,
        )
    for model in (QualificationResult, StageChange, Booking, LeadNote, RoutingDecision):
        session.execute(update(model).where(model.lead_id == claim.id).values(lead_id=owner.id))
    session.add(
        LeadNote(
            lead_id=owner.id,
            author=by,
            at=now,
            text=(
                f"Merged lead #{claim.id} ({claim.person_name or 'no name'}, {moved} chat(s)), "
                "which had typed this email"
            ),
        )
    )
    session.flush()
    session.expire(claim)
    session.delete(claim)
    owner.updated_at = now
    session.flush()
    return owner


def known_answers_for_email(session: Session, email: str) -> dict[str, Any]:
    """What a returning visitor already told us, so it is not asked again (only to a visitor the
    site vouches for: the owner's answers, never a claim's)."""
    lead = email_owner(session, normalize_email(email))
    if lead is None:
        return {}
    values = {
        "industry": lead.industry,
        "company_size": lead.company_size,
        "budget": lead.budget_usd,
        "authority": lead.authority,
        "timeline": lead.timeline_days,
        "person_name": lead.person_name,
        "company": lead.company,
        "email": lead.email,
    }
    return {k: v for k, v in values.items() if v is not None}


def query_leads(
    session: Session,
    *,
    stage: str | None = None,
    since: datetime | None = None,
    owner: str | None = None,
    min_score: int = 0,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[Lead], int]:
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
    page = (
        session.execute(
            statement.options(selectinload(Lead.owner), selectinload(Lead.confirmed_bookings).selectinload(Booking.sdr))
            .order_by(Lead.created_at.desc(), Lead.id.desc())
            .limit(limit)
            .offset(offset)
        )
        .scalars()
        .all()
    )
    return list(page), int(total)


def transcript(session: Session, lead_id: int) -> list[Message]:
    """Every message of every conversation of this lead, both ways, in order."""
    return list(
        session.execute(
            select(Message)
            .join(Conversation, Message.conversation_id == Conversation.id)
            .where(Conversation.lead_id == lead_id)
            .order_by(Message.at, Message.id)
        ).scalars()
    )
