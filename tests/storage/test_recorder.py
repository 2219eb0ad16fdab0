import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.recording.recorder import record_events, record_history
from bot.storage.models import Answer, Conversation, FunnelEvent, Message

pytestmark = pytest.mark.clock  # reads the clock: rerun by scripts/clock-matrix.sh

SENDER = "visitor-rec-0000000001"
CONSENTED = {"event": "slot", "timestamp": 999.0, "name": "consent", "value": True}


def conversation_events() -> list[dict]:
    return [
        {
            "event": "user",
            "timestamp": 1000.0,
            "text": "hi",
            "metadata": {"page": "/pricing", "plan": "business"},
            "parse_data": {"intent": {"name": "greet", "confidence": 0.99}},
        },
        {"event": "bot", "timestamp": 1000.5, "text": "Hi there! Looking at the Business plan?"},
        {"event": "slot", "timestamp": 1001.0, "name": "requested_slot", "value": "budget"},
        {"event": "bot", "timestamp": 1001.1, "text": "What budget are you working with?"},
        {
            "event": "user",
            "timestamp": 1002.0,
            "text": "roughly 10-15k a month",
            "parse_data": {"intent": {"name": "inform", "confidence": 0.9}},
        },
        {"event": "slot", "timestamp": 1002.1, "name": "budget", "value": 150000.0},
    ]


def count(session: Session, model: type) -> int:
    return session.execute(select(func.count()).select_from(model)).scalar_one()


def test_both_directions_are_recorded_in_order_with_times(session: Session) -> None:
    record_events(session, SENDER, [CONSENTED, *conversation_events()])
    messages = session.execute(select(Message).order_by(Message.at)).scalars().all()
    assert [(m.sender, m.text) for m in messages] == [
        ("visitor", "hi"),
        ("assistant", "Hi there! Looking at the Business plan?"),
        ("assistant", "What budget are you working with?"),
        ("visitor", "roughly 10-15k a month"),
    ]
    conversation = session.execute(select(Conversation)).scalar_one()
    assert (conversation.page, conversation.plan) == ("/pricing", "business")
    answer = session.execute(select(Answer)).scalar_one()
    assert (answer.slot, answer.raw_text, answer.value) == ("budget", "roughly 10-15k a month", 150000.0)


def test_replaying_a_tracker_records_nothing_twice(session: Session) -> None:
    assert record_events(session, SENDER, [CONSENTED, *conversation_events()]) == 4
    assert record_events(session, SENDER, conversation_events()) == 0
    assert count(session, Message) == 4
    assert count(session, Answer) == 1


def test_declining_consent_forgets_the_person_but_keeps_anonymous_counts(session: Session) -> None:
    record_events(session, SENDER, [CONSENTED, *conversation_events()])
    record_events(
        session,
        SENDER,
        [
            {"event": "slot", "timestamp": 1003.0, "name": "consent", "value": False},
            {"event": "user", "timestamp": 1004.0, "text": "what about sso?"},
        ],
    )
    assert count(session, Message) == 0
    assert count(session, Answer) == 0
    kinds = set(session.execute(select(FunnelEvent.kind)).scalars())
    assert {"visitor", "consent_declined", "asked:budget", "answered:budget"} <= kinds
    assert session.execute(select(Conversation.consent)).scalar_one() is False


def test_personal_details_wait_for_consent(session: Session) -> None:
    record_events(
        session,
        SENDER,
        [
            {"event": "user", "timestamp": 1.0, "text": "Jane"},
            {"event": "slot", "timestamp": 1.1, "name": "person_name", "value": "Jane"},
        ],
    )
    assert count(session, Answer) == 0
    record_events(
        session,
        SENDER,
        [
            {"event": "slot", "timestamp": 2.0, "name": "consent", "value": True},
            {"event": "user", "timestamp": 3.0, "text": "jane@acme.com"},
            {"event": "slot", "timestamp": 3.1, "name": "email", "value": "jane@acme.com"},
        ],
    )
    assert session.execute(select(Answer.slot)).scalars().all() == ["email"]


def test_buttons_are_recorded_by_their_title_and_raw_replies_are_not_answers(session: Session) -> None:
    record_events(
        session,
        SENDER,
        [
            CONSENTED,
            {"event": "user", "timestamp": 1.0, "text": "/affirm", "metadata": {"display": "Sure, go ahead"}},
            {"event": "user", "timestamp": 2.0, "text": "lots of money"},
            {"event": "slot", "timestamp": 2.1, "name": "budget", "value": "lots of money"},
            {"event": "slot", "timestamp": 2.2, "name": "budget", "value": None},
        ],
    )
    assert session.execute(select(Message.text).order_by(Message.at)).scalars().all() == [
        "Sure, go ahead",
        "lots of money",
    ]
    assert count(session, Answer) == 0


def test_the_greeting_the_widget_sends_on_opening_is_not_put_in_the_visitors_mouth(session: Session) -> None:
    record_events(
        session,
        SENDER,
        [
            CONSENTED,
            {
                "event": "user",
                "timestamp": 1000.0,
                "text": "/greet",
                "metadata": {"silent": True, "page": "/pricing"},
                "parse_data": {"intent": {"name": "greet", "confidence": 1.0}},
            },
            {"event": "bot", "timestamp": 1000.5, "text": "Hi there!"},
            {"event": "user", "timestamp": 1001.0, "text": "do you have sso?", "metadata": {"silent": True}},
        ],
    )
    messages = session.execute(select(Message).order_by(Message.at)).scalars().all()
    # only a payload is silenced: typed words are always recorded, whatever the browser claims
    assert [(m.sender, m.text) for m in messages] == [("assistant", "Hi there!"), ("visitor", "do you have sso?")]
    assert session.execute(select(Conversation.page)).scalar_one() == "/pricing"


def test_before_consent_only_anonymous_counts_are_kept(session: Session) -> None:
    record_events(session, SENDER, conversation_events())
    assert count(session, Message) == 0
    assert count(session, Answer) == 0
    kinds = set(session.execute(select(FunnelEvent.kind)).scalars())
    assert {"visitor", "engaged", "asked:budget", "answered:budget"} <= kinds
    assert session.execute(select(Conversation.page)).scalar_one() == "/pricing"


def test_consent_writes_the_conversation_so_far_once(session: Session) -> None:
    record_events(session, SENDER, conversation_events())  # the broker, before consent: counts only
    history = [*conversation_events(), {"event": "user", "timestamp": 1003.0, "text": "yes, that's fine"}]
    assert record_history(session, SENDER, history, consent=True) == 5
    # the broker then delivers the same turn, plus what follows: nothing twice
    assert (
        record_events(session, SENDER, [history[-1], {"event": "bot", "timestamp": 1003.5, "text": "Your name?"}]) == 1
    )
    texts = session.execute(select(Message.text).order_by(Message.at)).scalars().all()
    assert texts[0] == "hi" and texts[-2:] == ["yes, that's fine", "Your name?"] and len(texts) == 6
    assert session.execute(select(Answer.slot)).scalars().all() == ["budget"]


def test_a_person_joining_the_chat_sees_it_without_consent_to_keep_contact_details(session: Session) -> None:
    from datetime import UTC, datetime

    events = [*conversation_events(), {"event": "slot", "timestamp": 1003.0, "name": "email", "value": "jo@acme.com"}]
    record_history(session, SENDER, events, shared_at=datetime(2026, 11, 23, tzinfo=UTC))
    assert count(session, Message) == 4
    assert session.execute(select(Answer.slot)).scalars().all() == ["budget"]  # no email without consent
