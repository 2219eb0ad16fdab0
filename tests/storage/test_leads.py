from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from bot.qualification.lifecycle import decide_stage
from bot.qualification.policy import Policy
from bot.qualification.score import Answers, score
from bot.recording.recorder import record_events
from bot.storage.erasure import erase_lead
from bot.storage.leads import (
    claims_on,
    known_answers_for_email,
    merge_claim,
    query_leads,
    save_qualified_contact,
    transcript,
)
from bot.storage.models import Booking, Lead, QualificationResult, Sdr, StageChange

pytestmark = pytest.mark.clock  # reads the clock: rerun by scripts/clock-matrix.sh

GOOD = Answers(
    industry="software",
    company_size=200,
    budget=80_000,
    authority="decision_maker",
    timeline=40,
    email="Jane.Doe@acme.com",
    person_name="Jane Doe",
    company="Acme",
    plan="business",
)
WEAK = Answers(
    industry="software",
    company_size=200,
    budget=80_000,
    authority="no_authority",
    timeline=40,
    email="jane.doe+again@ACME.com",
    person_name="Jane Doe",
    company="Acme",
)


def save(session: Session, sender: str, answers: Answers, policy: Policy, proven_email: str | None = None) -> Lead:
    result = score(answers, policy)
    return save_qualified_contact(
        session, sender, answers, result, decide_stage(answers, result), proven_email=proven_email
    )


def test_a_qualified_visitor_becomes_a_prospect_with_score_and_history(session: Session, policy: Policy) -> None:
    lead = save(session, "visitor-lead-00000001", GOOD, policy)
    assert lead.stage == "prospect"
    assert lead.score >= policy.prospect_threshold
    assert any("Budget $80,000/yr" in reason for reason in lead.score_reasons)
    result = session.execute(select(QualificationResult)).scalar_one()
    assert result.policy_version.startswith(policy.version)
    assert [c["criterion"] for c in result.criteria][:5] == [
        "industry",
        "company_size",
        "budget",
        "authority",
        "timeline",
    ]
    change = session.execute(select(StageChange)).scalar_one()
    assert (change.from_stage, change.to_stage) == (None, "prospect")


def test_a_chat_that_proves_the_mailbox_joins_its_lead(session: Session, policy: Policy) -> None:
    first = save(session, "visitor-lead-00000001", GOOD, policy)
    record_events(session, "visitor-lead-00000001", [{"event": "user", "timestamp": 1.0, "text": "first visit"}])
    second = save(session, "visitor-lead-00000002", WEAK, policy, proven_email="jane.doe@acme.com")
    record_events(session, "visitor-lead-00000002", [{"event": "user", "timestamp": 2.0, "text": "second visit"}])
    assert first.id == second.id and second.email_verified
    assert second.conversations_count == 2
    assert [m.text for m in transcript(session, first.id)] == ["first visit", "second visit"]
    assert second.stage == "lead" and second.disqualification == "no_authority"
    changes = session.execute(select(StageChange.to_stage).order_by(StageChange.id)).scalars().all()
    assert changes == ["prospect", "lead"]


STRANGER = Answers(
    industry="retail",
    company_size=5,
    budget=1_000,
    authority="decision_maker",
    timeline=10,
    email="JANE.DOE@acme.com",
    person_name="Mallory Stranger",
    company="Evil Corp",
)


def test_a_typed_email_is_a_claim_that_never_overwrites_the_lead_that_owns_it(session: Session, policy: Policy) -> None:
    owner = save(session, "visitor-lead-00000001", GOOD, policy)
    record_events(session, "visitor-lead-00000001", [{"event": "user", "timestamp": 1.0, "text": "the real jane"}])
    claim = save(session, "visitor-lead-00000002", STRANGER, policy)
    record_events(session, "visitor-lead-00000002", [{"event": "user", "timestamp": 2.0, "text": "mallory"}])
    session.refresh(owner)
    assert claim.id != owner.id and claim.claims_lead_id == owner.id and not claim.email_verified
    assert (owner.person_name, owner.company, owner.industry, owner.stage) == (
        "Jane Doe",
        "Acme",
        "software",
        "prospect",
    )
    assert [m.text for m in transcript(session, owner.id)] == ["the real jane"]
    assert known_answers_for_email(session, "jane.doe@acme.com")["person_name"] == "Jane Doe"
    # a later answer in the same chat updates the claim, not the owner; another stranger gets a claim of their own
    again = save(session, "visitor-lead-00000002", STRANGER, policy)
    third = save(session, "visitor-lead-00000003", STRANGER, policy)
    assert again.id == claim.id and third.id not in (owner.id, claim.id) and third.claims_lead_id == owner.id
    assert claims_on(session, owner.id) == [claim, third]


def test_an_sdr_merges_a_claim_without_overwriting_what_the_owner_said(session: Session, policy: Policy) -> None:
    owner = save(
        session,
        "visitor-lead-00000001",
        Answers(email="jane.doe@acme.com", person_name="Jane Doe", budget=80_000),
        policy,
    )
    claim = save(session, "visitor-lead-00000002", STRANGER, policy)
    record_events(session, "visitor-lead-00000002", [{"event": "user", "timestamp": 2.0, "text": "from my phone"}])
    claim_id = claim.id
    merged = merge_claim(session, claim_id, by="sam")
    assert merged.id == owner.id and session.get(Lead, claim_id) is None
    assert (merged.person_name, merged.budget_usd, merged.industry, merged.company_size) == (
        "Jane Doe",
        80_000,
        "retail",
        5,
    )
    assert [m.text for m in transcript(session, owner.id)] == ["from my phone"]
    assert merged.conversations_count == 2
    with pytest.raises(LookupError):
        merge_claim(session, owner.id, by="sam")  # the owner claims nothing


def test_erasing_a_person_erases_the_claims_on_their_email_and_a_claim_alone_leaves_the_owner(
    session: Session, policy: Policy
) -> None:
    owner = save(session, "visitor-lead-00000001", GOOD, policy)
    claim = save(session, "visitor-lead-00000002", STRANGER, policy)
    other = save(session, "visitor-lead-00000003", STRANGER, policy)
    owner_id, claim_id, other_id = owner.id, claim.id, other.id
    erase_lead(session, other_id, reason="request", requested_by="test", now=datetime.now(UTC))
    assert session.get(Lead, owner_id) is not None and session.get(Lead, claim_id) is not None
    report = erase_lead(session, owner_id, reason="request", requested_by="test", now=datetime.now(UTC))
    assert report is not None and sorted(report.lead_ids) == sorted([owner_id, claim_id])
    assert session.execute(select(Lead)).scalars().all() == []


def test_known_answers_come_back_for_a_returning_email(session: Session, policy: Policy) -> None:
    save(session, "visitor-lead-00000001", GOOD, policy)
    known = known_answers_for_email(session, "jane.doe+x@acme.com")
    assert known["budget"] == 80_000 and known["industry"] == "software"
    assert known_answers_for_email(session, "nobody@acme.com") == {}


def test_leads_are_listed_newest_first_with_filters(session: Session, policy: Policy) -> None:
    save(session, "visitor-lead-00000001", GOOD, policy)
    save(session, "visitor-lead-00000003", Answers(**{**WEAK.__dict__, "email": "bob@beta.io"}), policy)
    leads, total = query_leads(session)
    assert total == 2 and [lead.email for lead in leads] == ["bob@beta.io", "Jane.Doe@acme.com"]
    prospects, total = query_leads(session, stage="prospect")
    assert total == 1 and prospects[0].email == "Jane.Doe@acme.com"
    high, total = query_leads(session, min_score=90)  # Jane scores 99, Bob 77
    assert total == 1 and high[0].email == "Jane.Doe@acme.com"
    page, total = query_leads(session, limit=1, offset=1)
    assert total == 2 and [lead.email for lead in page] == ["Jane.Doe@acme.com"]


def test_listing_leads_reads_their_bookings_in_a_fixed_number_of_queries(session: Session, policy: Policy) -> None:
    sdr = Sdr(email="rep@seller.example", name="Rep", timezone="UTC", active=True)
    session.add(sdr)
    session.flush()
    start = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    for number in range(12):
        lead = save(
            session,
            f"visitor-list-{number:08d}",
            Answers(email=f"p{number}@firm{number}.example", industry="software"),
            policy,
        )
        session.add(
            Booking(
                lead_id=lead.id,
                sdr_id=sdr.id,
                sender_id=f"visitor-list-{number:08d}",
                status="confirmed",
                start_at=start + timedelta(hours=number),
                end_at=start + timedelta(hours=number, minutes=30),
            )
        )
    session.flush()
    session.expunge_all()
    statements: list[str] = []
    listen = lambda *args: statements.append(args[2])  # noqa: E731 (before_cursor_execute's statement)
    event.listen(session.get_bind(), "before_cursor_execute", listen)
    try:
        leads, total = query_leads(session, limit=50)
        bookings = [lead.confirmed_booking.sdr.email for lead in leads if lead.confirmed_booking]
    finally:
        event.remove(session.get_bind(), "before_cursor_execute", listen)
    assert total == 12 and bookings == ["rep@seller.example"] * 12
    assert len(statements) <= 5  # count, page, owners, bookings, their SDRs: not one per lead


def test_a_database_error_names_no_personal_data(db_url: str) -> None:
    """Errors are logged: the statement's parameters (an email here) stay out of them."""
    from sqlalchemy.exc import DBAPIError

    from bot.storage.db import make_engine

    engine = make_engine(db_url)
    with pytest.raises(DBAPIError) as raised, engine.begin() as connection:
        connection.execute(
            text("INSERT INTO no_such_table (email) VALUES (:email)"), {"email": "ada@analytical.example"}
        )
    engine.dispose()
    assert "ada@analytical.example" not in str(raised.value)
