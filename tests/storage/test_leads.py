from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from bot.qualification.lifecycle import decide_stage
from bot.qualification.policy import Policy
from bot.qualification.score import Answers, score
from bot.recording.recorder import record_events
from bot.storage.leads import known_answers_for_email, query_leads, save_qualified_contact, transcript
from bot.storage.models import Booking, Lead, QualificationResult, Sdr, StageChange

pytestmark = pytest.mark.clock  # reads the clock: rerun by scripts/clock-matrix.sh

GOOD = Answers(industry="software", company_size=200, budget=80_000, authority="decision_maker", timeline=40,
               email="Jane.Doe@acme.com", person_name="Jane Doe", company="Acme", plan="business")
WEAK = Answers(industry="software", company_size=200, budget=80_000, authority="no_authority", timeline=40,
               email="jane.doe+again@ACME.com", person_name="Jane Doe", company="Acme")



def save(session: Session, sender: str, answers: Answers, policy: Policy) -> Lead:
    result = score(answers, policy)
    return save_qualified_contact(session, sender, answers, result, decide_stage(answers, result))


def test_a_qualified_visitor_becomes_a_prospect_with_score_and_history(session: Session, policy: Policy) -> None:
    lead = save(session, "visitor-lead-00000001", GOOD, policy)
    assert lead.stage == "prospect"
    assert lead.score >= policy.prospect_threshold
    assert any("Budget $80,000/yr" in reason for reason in lead.score_reasons)
    result = session.execute(select(QualificationResult)).scalar_one()
    assert result.policy_version.startswith(policy.version)
    assert [c["criterion"] for c in result.criteria][:5] == ["industry", "company_size", "budget", "authority", "timeline"]
    change = session.execute(select(StageChange)).scalar_one()
    assert (change.from_stage, change.to_stage) == (None, "prospect")


def test_the_same_mailbox_is_one_lead_and_conversations_merge(session: Session, policy: Policy) -> None:
    first = save(session, "visitor-lead-00000001", GOOD, policy)
    record_events(session, "visitor-lead-00000001", [{"event": "user", "timestamp": 1.0, "text": "first visit"}])
    second = save(session, "visitor-lead-00000002", WEAK, policy)
    record_events(session, "visitor-lead-00000002", [{"event": "user", "timestamp": 2.0, "text": "second visit"}])
    assert first.id == second.id
    assert second.conversations_count == 2
    assert [m.text for m in transcript(session, first.id)] == ["first visit", "second visit"]
    assert second.stage == "lead" and second.disqualification == "no_authority"
    changes = session.execute(select(StageChange.to_stage).order_by(StageChange.id)).scalars().all()
    assert changes == ["prospect", "lead"]


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
        lead = save(session, f"visitor-list-{number:08d}", Answers(email=f"p{number}@firm{number}.example", industry="software"), policy)
        session.add(Booking(lead_id=lead.id, sdr_id=sdr.id, sender_id=f"visitor-list-{number:08d}", status="confirmed",
                            start_at=start + timedelta(hours=number), end_at=start + timedelta(hours=number, minutes=30)))
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
        connection.execute(text("INSERT INTO no_such_table (email) VALUES (:email)"), {"email": "ada@analytical.example"})
    engine.dispose()
    assert "ada@analytical.example" not in str(raised.value)
