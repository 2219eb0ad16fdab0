"""The funnel and the question figures add up: counted per conversation from what the recorder
and the actions store, on a seeded set of conversations that covers the awkward cases."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from bot.recording.recorder import record_events
from bot.storage.analytics import STAGES, funnel
from bot.storage.funnel import anonymous_key, count_once
from bot.storage.models import FunnelEvent

pytestmark = pytest.mark.clock  # reads the clock: rerun by scripts/clock-matrix.sh

DAY_ONE = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
DAY_TWO = DAY_ONE + timedelta(days=1)


def said(text: str, at: datetime, **metadata: str) -> dict:
    return {
        "event": "user",
        "timestamp": at.timestamp(),
        "text": text,
        "metadata": metadata,
        "parse_data": {"intent": {"name": "inform", "confidence": 0.9}},
    }


def slot(name: str, value: object, at: datetime) -> dict:
    return {"event": "slot", "timestamp": at.timestamp(), "name": name, "value": value}


def seed(session: Session) -> None:
    minute = timedelta(minutes=1)
    # 1. opens the chat with one question and leaves
    record_events(
        session, "v-leaves-after-one", [said("how much for 50 users?", DAY_ONE, page="/pricing", plan="business")]
    )
    # 2. two messages, asked the industry, answers it, then leaves at company size
    record_events(
        session,
        "v-answers-one",
        [
            said("do you have SSO?", DAY_ONE, page="/pricing"),
            slot("requested_slot", "industry", DAY_ONE + minute),
            said("we're a bank", DAY_ONE + 2 * minute),
            slot("industry", "financial_services", DAY_ONE + 2 * minute),
            slot("requested_slot", "company_size", DAY_ONE + 3 * minute),
        ],
    )
    # 3. volunteers industry and size in the first message, is asked the rest, leaves an email,
    #    becomes a prospect and books
    sender = "v-books"
    record_events(
        session,
        sender,
        [
            said("we're a 200 person fintech", DAY_ONE, page="/pricing", plan="business"),
            slot("industry", "financial_services", DAY_ONE),
            slot("company_size", 200, DAY_ONE),
            said("how much is it?", DAY_ONE + minute),
            slot("requested_slot", "budget", DAY_ONE + minute),
            slot("budget", 80000.0, DAY_ONE + 2 * minute),
            {"event": "action", "timestamp": (DAY_ONE + 3 * minute).timestamp(), "name": "action_assess_fit"},
            slot("requested_slot", "consent", DAY_ONE + 3 * minute),
            slot("consent", True, DAY_ONE + 4 * minute),
            slot("requested_slot", "email", DAY_ONE + 4 * minute),
            slot("email", "ana@bank.example", DAY_ONE + 5 * minute),
        ],
    )
    count_once(session, sender, "prospect", DAY_ONE + 5 * minute)
    count_once(session, sender, "booked", DAY_ONE + 6 * minute)
    count_once(session, sender, "booked", DAY_ONE + 7 * minute)  # a second confirmation counts once
    # 4. a day later: a returning visitor the site signed, who books without leaving an email here
    record_events(
        session,
        "v-returning",
        [said("can we talk tomorrow?", DAY_TWO, plan="enterprise"), said("thanks", DAY_TWO + minute)],
    )
    count_once(session, "v-returning", "booked", DAY_TWO + 2 * minute)
    # 5. stored before volunteered answers had their own kind: answered without being asked
    session.add(FunnelEvent(conversation_key=anonymous_key("v-legacy"), kind="visitor", at=DAY_TWO))
    session.add(FunnelEvent(conversation_key=anonymous_key("v-legacy"), kind="answered:timeline", at=DAY_TWO))
    session.flush()


def test_every_stage_is_a_subset_of_the_one_before_overall_and_per_day_page_and_plan(session: Session) -> None:
    seed(session)
    figures = funnel(session)
    assert figures.totals == {
        "visitor": 5,
        "engaged": 3,
        "discovery_completed": 2,
        "contact_left": 2,
        "prospect": 2,
        "booked": 2,
    }
    for table in (figures.by_day, figures.by_page, figures.by_plan, {"all": figures.totals}):
        for counts in table.values():
            reached = [counts.get(stage, 0) for stage in STAGES]
            assert reached == sorted(reached, reverse=True), counts
    assert figures.by_day["2026-11-23"]["booked"] == 1 and figures.by_plan["enterprise"]["booked"] == 1


def test_answered_never_exceeds_asked_and_volunteered_answers_are_counted_apart(session: Session) -> None:
    seed(session)
    questions = {q.slot: q for q in funnel(session).questions}
    assert (questions["industry"].asked, questions["industry"].answered, questions["industry"].volunteered) == (1, 1, 1)
    assert (
        questions["company_size"].asked,
        questions["company_size"].answered,
        questions["company_size"].volunteered,
    ) == (1, 0, 1)
    assert (questions["budget"].asked, questions["budget"].answered, questions["budget"].volunteered) == (1, 1, 0)
    assert (questions["timeline"].asked, questions["timeline"].answered, questions["timeline"].volunteered) == (0, 0, 1)
    assert (questions["consent"].asked, questions["consent"].answered) == (1, 1)  # a yes (or a no) answers it
    assert all(q.answered <= q.asked for q in questions.values())


def test_a_window_takes_the_conversations_that_began_in_it(session: Session) -> None:
    seed(session)
    assert funnel(session, since=DAY_TWO).totals["visitor"] == 2
    assert funnel(session, until=DAY_TWO).totals == {
        "visitor": 3,
        "engaged": 2,
        "discovery_completed": 1,
        "contact_left": 1,
        "prospect": 1,
        "booked": 1,
    }


def test_the_review_finds_each_way_the_assistant_went_wrong_with_its_context(session: Session) -> None:
    from bot.storage.analytics import went_wrong
    from bot.storage.models import Conversation

    minute = timedelta(minutes=1)

    def bot(text: str, at: datetime) -> dict:
        return {"event": "bot", "timestamp": at.timestamp(), "text": text}

    def heard(text: str, at: datetime, intent: str) -> dict:
        return {
            "event": "user",
            "timestamp": at.timestamp(),
            "text": text,
            "parse_data": {"intent": {"name": intent, "confidence": 0.9}},
        }

    conversations = {
        "v-fine": [
            heard("hi", DAY_ONE, "greet"),
            bot("Hi! What does your company do?", DAY_ONE + minute),
            heard("we're a bank", DAY_ONE + 2 * minute, "inform"),
        ],
        "v-slang": [
            bot("How big is the team?", DAY_ONE),
            heard("bout a dozen-ish heads", DAY_ONE + minute, "nlu_fallback"),
            bot("Sorry, I didn't get that.", DAY_ONE + 2 * minute),
            bot("How big is the team?", DAY_ONE + 3 * minute),
            heard("12", DAY_ONE + 4 * minute, "inform"),
        ],
        "v-weather": [
            heard("will it rain in berlin?", DAY_ONE, "out_of_scope"),
            bot("I can only help with our product.", DAY_ONE + minute),
            heard("ok fine, pricing then", DAY_ONE + 2 * minute, "faq"),
        ],
        "v-left": [
            heard("how much is it?", DAY_ONE, "faq"),
            bot("Business is $99 per user a month. Want a recommendation?", DAY_ONE + minute),
        ],
        "v-unknown": [
            heard("no idea about budget", DAY_ONE, "inform"),
            slot("budget", "unknown", DAY_ONE + minute),
            bot("No problem. When would you like to start?", DAY_ONE + 2 * minute),
            heard("asap", DAY_ONE + 3 * minute, "inform"),
        ],
    }
    for sender, events in conversations.items():
        record_events(session, sender, [])
        session.execute(Conversation.__table__.update().where(Conversation.sender_id == sender).values(consent=True))
        record_events(session, sender, events)
    session.flush()

    found = {w.sender_id: w for w in went_wrong(session, DAY_ONE + timedelta(hours=2))}
    assert "v-fine" not in found  # a conversation that went well is not listed
    assert found["v-slang"].problems == ["the assistant did not understand", "asked the same question again"]
    assert found["v-slang"].context[:2] == [
        ("assistant", "How big is the team?"),
        ("visitor", "bout a dozen-ish heads"),
    ]
    assert found["v-weather"].problems == ["asked something we do not cover"]
    assert found["v-left"].problems == ["the visitor left right after the assistant spoke"]
    assert found["v-unknown"].problems == ["kept budget as unknown"]
    assert "v-left" not in {
        w.sender_id for w in went_wrong(session, DAY_ONE + 10 * minute)
    }  # still there, maybe typing
