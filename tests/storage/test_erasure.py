"""Erasure on request and by retention: everything that names the person goes, the rest stays."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.clock import utcnow
from bot.qualification.lifecycle import decide_stage
from bot.qualification.policy import Policy
from bot.qualification.score import Answers, score
from bot.recording.recorder import record_events
from bot.storage.erasure import erase_conversation, erase_lead, purge_expired
from bot.storage.leads import save_qualified_contact
from bot.storage.models import (
    Answer,
    Booking,
    Conversation,
    Erasure,
    FunnelEvent,
    Lead,
    LeadNote,
    Message,
    OutboxItem,
    Sdr,
)
from bot.storage.outbox import TRACKER_ERASURE, enqueue_event

pytestmark = pytest.mark.clock  # reads the clock: rerun by scripts/clock-matrix.sh

JANE = Answers(
    industry="software",
    company_size=200,
    budget=80_000,
    authority="decision_maker",
    timeline=40,
    email="jane.doe@acme.com",
    person_name="Jane Doe",
    company="Acme",
    plan="business",
)
SAM = Answers(
    industry="retail",
    company_size=20,
    budget=5_000,
    authority="influencer",
    timeline=300,
    email="sam@shop.example",
    person_name="Sam Poe",
    company="Shop",
)


def chat(session: Session, sender: str, text: str, at: float) -> None:
    record_events(
        session,
        sender,
        [
            {"event": "slot", "timestamp": at, "name": "consent", "value": True},
            {"event": "user", "timestamp": at + 1, "text": text},
            {"event": "slot", "timestamp": at + 2, "name": "budget", "value": 80_000.0},
            {"event": "bot", "timestamp": at + 3, "text": "Thanks!"},
        ],
    )


def save(
    session: Session,
    sender: str,
    answers: Answers,
    policy: Policy,
    now: datetime | None = None,
    proven_email: str | None = None,
) -> Lead:
    result = score(answers, policy)
    return save_qualified_contact(
        session, sender, answers, result, decide_stage(answers, result), now=now, proven_email=proven_email
    )


def count(session: Session, model: type, *where: object) -> int:
    return int(session.execute(select(func.count()).select_from(model).where(*where)).scalar_one())


def book(session: Session, lead: Lead, sender: str, start: datetime) -> Booking:
    sdr = Sdr(email="rep@seller.example", name="Rita Rep", timezone="Europe/Berlin", online=False)
    session.add(sdr)
    session.flush()
    booking = Booking(
        lead_id=lead.id,
        sdr_id=sdr.id,
        sender_id=sender,
        start_at=start,
        end_at=start + timedelta(minutes=30),
        status="confirmed",
        slot_key=f"{sdr.id}:{start.isoformat()}",
    )
    session.add(booking)
    session.flush()
    return booking


def test_erasing_a_lead_removes_everything_that_names_them(session: Session, policy: Policy) -> None:
    now = utcnow()
    chat(session, "wc_jane_first", "we need SSO", 1000.0)
    chat(session, "wc_jane_second", "back again", 2000.0)
    lead = save(session, "wc_jane_first", JANE, policy, now)
    save(session, "wc_jane_second", JANE, policy, now, proven_email=JANE.email)  # signed in on the site
    session.add(LeadNote(lead_id=lead.id, author="rita", text="Called Jane, very keen", at=now))
    book(session, lead, "wc_jane_second", now + timedelta(days=2))
    chat(session, "wc_sam", "just looking", 3000.0)
    save(session, "wc_sam", SAM, policy, now)

    report = erase_lead(session, int(lead.id), reason="request", requested_by="api", now=now)

    assert report is not None and sorted(report.sender_ids) == ["wc_jane_first", "wc_jane_second"]
    assert session.get(Lead, lead.id) is None
    assert count(session, Conversation, Conversation.sender_id.like("wc_jane%")) == 0
    assert count(session, Message) == 2 and count(session, Answer) == 1  # Sam's chat is untouched
    assert count(session, LeadNote) == 0 and count(session, Booking) == 0
    outbox = session.execute(select(OutboxItem)).scalars().all()
    assert not any("jane.doe@acme.com" in str(item.payload).lower() for item in outbox)
    notice = next(item for item in outbox if str(item.idempotency_key).startswith("erased-call:"))
    assert "Call cancelled" in notice.payload["subject"] and notice.payload["to"] == "rep@seller.example"
    assert "jane" not in notice.payload["raw"].lower() and "acme" not in notice.payload["raw"].lower()
    erase_trackers = next(item for item in outbox if item.kind == TRACKER_ERASURE)
    assert sorted(erase_trackers.payload["sender_ids"]) == ["wc_jane_first", "wc_jane_second"]
    assert any("sam@shop.example" in str(item.payload) for item in outbox)  # other people's mail still goes
    audit = session.execute(select(Erasure)).scalar_one()
    assert (audit.reason, audit.requested_by) == ("request", "api")
    assert audit.counts["leads"] == 1 and audit.counts["messages"] == 4 and audit.counts["calls_cancelled"] == 1
    assert "jane" not in str(audit.counts).lower()
    assert count(session, FunnelEvent) > 0  # anonymous counts stay


def test_an_unknown_lead_is_reported_not_erased(session: Session) -> None:
    assert erase_lead(session, 424242, reason="request", requested_by="api", now=utcnow()) is None
    assert count(session, Erasure) == 0


def test_a_stranger_who_typed_someones_email_erases_only_their_own_chat(session: Session, policy: Policy) -> None:
    now = utcnow()
    chat(session, "wc_real_jane", "hello", 1000.0)
    lead = save(session, "wc_real_jane", JANE, policy, now)
    chat(session, "wc_stranger", "I am Jane, honest", 2000.0)
    save(session, "wc_stranger", JANE, policy, now)  # a lead of its own that claims her email

    erase_conversation(session, "wc_stranger", whole_lead=False, reason="request", requested_by="visitor", now=now)
    assert (
        session.execute(select(Lead).where(Lead.claims_lead_id == lead.id)).first() is None
    )  # the claim went with the chat

    assert session.get(Lead, lead.id) is not None
    assert [c.sender_id for c in session.execute(select(Conversation)).scalars()] == ["wc_real_jane"]
    enqueue_event(session, "noop", "noop", {}, now=now)
    assert count(session, OutboxItem, OutboxItem.kind == TRACKER_ERASURE) == 0  # Rasa's store erases it at turn end


def test_a_visitor_whose_chat_is_the_whole_lead_erases_the_lead(session: Session, policy: Policy) -> None:
    now = utcnow()
    chat(session, "wc_only", "hello", 1000.0)
    lead = save(session, "wc_only", SAM, policy, now)
    erase_conversation(session, "wc_only", whole_lead=False, reason="request", requested_by="visitor", now=now)
    assert session.get(Lead, lead.id) is None and count(session, Message) == 0


def test_retention_purges_unconverted_leads_and_anonymous_chats_but_not_prospects(
    session: Session, policy: Policy
) -> None:
    start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    with time_machine.travel(start, tick=False):
        chat(session, "wc_old_lead", "cheap please", start.timestamp())
        old_lead = save(session, "wc_old_lead", SAM, policy, utcnow())
        record_events(session, "wc_old_anon", [{"event": "user", "timestamp": start.timestamp(), "text": "hi"}])
        chat(session, "wc_prospect", "let's talk", start.timestamp())
        prospect = save(session, "wc_prospect", JANE, policy, utcnow())
    later = start + timedelta(days=100)
    with time_machine.travel(later, tick=False):
        record_events(session, "wc_new_anon", [{"event": "user", "timestamp": later.timestamp(), "text": "hi"}])
        kept = purge_expired(session, days=180, now=utcnow())
        assert not kept.counts  # nothing is 180 days old yet
    with time_machine.travel(start + timedelta(days=181), tick=False):
        report = purge_expired(session, days=180, now=utcnow())
    assert session.get(Lead, old_lead.id) is None
    assert session.get(Lead, prospect.id) is not None
    senders = set(session.execute(select(Conversation.sender_id)).scalars())
    assert senders == {"wc_prospect", "wc_new_anon"}
    assert sorted(report.sender_ids) == ["wc_old_anon", "wc_old_lead"]
    audit = session.execute(select(Erasure)).scalar_one()
    assert audit.reason == "retention" and audit.counts["leads"] == 1 and audit.counts["conversations"] == 2
