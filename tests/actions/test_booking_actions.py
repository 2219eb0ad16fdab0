"""Typed meeting times reach the booking, with real trackers."""

from datetime import UTC, datetime, timedelta

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import runtime
from actions.booking import ActionBookMeeting, offered_starts
from bot.clock import utcnow
from tests.actions.helpers import DOMAIN, make_tracker, text_of

pytestmark = pytest.mark.clock  # reads the clock: rerun by scripts/clock-matrix.sh


def offer_event(starts: list[datetime]) -> dict:
    buttons = [
        {"title": s.isoformat(), "payload": f'/choose_slot{{"meeting_time": "{s.isoformat()}"}}'} for s in starts
    ]
    return {
        "event": "bot",
        "text": "Let's book a call.",
        "data": {"buttons": [*buttons, {"title": "None of these work", "payload": "/more_slots"}]},
    }


def test_the_offered_times_are_read_back_from_the_buttons_the_visitor_saw() -> None:
    starts = [datetime(2030, 1, 8, 9, 0, tzinfo=UTC), datetime(2030, 1, 9, 14, 0, tzinfo=UTC)]
    tracker = make_tracker(before=[offer_event(starts)], text="the second one", intent="choose_slot")
    assert offered_starts(tracker) == starts


async def test_a_typed_time_that_was_not_offered_gets_the_nearest_offered_times_as_buttons() -> None:
    day = (utcnow() + timedelta(days=7)).replace(hour=9, minute=0, second=0, microsecond=0)
    starts = [day, day + timedelta(hours=5), day + timedelta(days=1)]
    tracker = make_tracker(before=[offer_event(starts)], text="at 23:00", intent="inform", slots={"timezone": "UTC"})
    dispatcher = CollectingDispatcher()
    events = await ActionBookMeeting().run(dispatcher, tracker, DOMAIN)
    assert events == [{"event": "slot", "timestamp": None, "name": "meeting_time", "value": None}]
    [message] = dispatcher.messages
    assert text_of(message).startswith("I don't have 23:00 open. The closest times I have (UTC):")
    assert [b["payload"] for b in message["buttons"][:-1]] == [
        f'/choose_slot{{"meeting_time": "{s.isoformat()}"}}' for s in starts
    ]
    assert message["buttons"][-1]["payload"] == "/more_slots"


async def test_words_that_name_no_time_get_the_offered_times_again() -> None:
    start = datetime(2030, 1, 8, 9, 0, tzinfo=UTC)
    tracker = make_tracker(before=[offer_event([start])], text="hmm", intent="inform")
    dispatcher = CollectingDispatcher()
    await ActionBookMeeting().run(dispatcher, tracker, DOMAIN)
    [message] = dispatcher.messages
    assert text_of(message).startswith("Please pick one of these times")
    assert [b["payload"] for b in message["buttons"]] == [
        f'/choose_slot{{"meeting_time": "{start.isoformat()}"}}',
        "/more_slots",
    ]


def offered_to(factory, sender: str):  # type: ignore[no-untyped-def]
    """A prospect in Berlin offered times, as the hand-off leaves it; returns the offer."""
    from bot.handoff.service import hand_off
    from bot.storage.db import transaction
    from bot.storage.models import Lead

    with transaction(factory) as session:
        lead = Lead(
            email="cto@bank.example",
            email_key="cto@bank.example",
            company_domain="bank.example",
            stage="prospect",
            score_reasons=[],
            person_name="Ana",
            company="Acme",
            score=80,
            industry="software",
            company_size=300,
        )
        session.add(lead)
        session.flush()
        return hand_off(
            session,
            lead_id=int(lead.id),
            sender_id=sender,
            roster=runtime.roster(),
            visitor_timezone="Europe/Berlin",
            now=utcnow(),
        )


async def test_a_time_typed_from_an_earlier_offer_is_booked_when_still_free(action_db) -> None:  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    from bot.handoff.service import more_slots
    from bot.storage.db import transaction

    sender = "visitor-test-0000004"
    first = offered_to(action_db, sender)
    with transaction(action_db) as session:
        later = more_slots(session, sender_id=sender, roster=runtime.roster(), now=utcnow())
    assert later is not None
    earlier = [datetime.fromisoformat(c.start_iso) for c in first.choices]
    shown = [datetime.fromisoformat(c.start_iso) for c in later.choices]
    wanted = earlier[-1].astimezone(ZoneInfo("Europe/Berlin"))
    # a stranger typed a time from the first list after asking for more: "I don't have it open"
    tracker = make_tracker(
        before=[offer_event(earlier), offer_event(shown)],
        text=f"{wanted.strftime('%A').lower()} {wanted.strftime('%H:%M')} works",
        intent="choose_slot",
        sender_id=sender,
        slots={"timezone": "Europe/Berlin"},
    )
    assert offered_starts(tracker, every=True)[: len(shown)] == shown
    dispatcher = CollectingDispatcher()
    await ActionBookMeeting().run(dispatcher, tracker, DOMAIN)
    assert text_of(dispatcher.messages[0]).startswith("You're booked with")


async def test_anything_in_the_evening_offers_evening_times(action_db) -> None:  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    from actions.booking import ActionOfferMoreSlots

    offered_to(action_db, "visitor-test-0000002")
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text="anything in the evening?", sender_id="visitor-test-0000002")
    await ActionOfferMoreSlots().run(dispatcher, tracker, DOMAIN)
    message = dispatcher.messages[0]
    assert text_of(message).startswith("Here are times in the evening, your time.")
    times = [b["payload"] for b in message["buttons"] if b["payload"].startswith("/choose_slot")]
    assert times and all(
        datetime.fromisoformat(p.split('"meeting_time": "')[1].rstrip('"}')).astimezone(ZoneInfo("Europe/Berlin")).hour
        >= 17
        for p in times
    )


async def test_anything_friday_offers_times_that_friday(action_db) -> None:  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    from actions.booking import ActionOfferMoreSlots

    offered_to(action_db, "visitor-test-0000003")
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        text="anything friday?", sender_id="visitor-test-0000003", slots={"timezone": "Europe/Berlin"}
    )  # a stranger's "anything friday?" got the next days, whatever they were
    await ActionOfferMoreSlots().run(dispatcher, tracker, DOMAIN)
    message = dispatcher.messages[0]
    assert text_of(message).startswith("Here are times on Friday")
    times = [b["payload"] for b in message["buttons"] if b["payload"].startswith("/choose_slot")]
    days = {
        datetime.fromisoformat(p.split('"meeting_time": "')[1].rstrip('"}'))
        .astimezone(ZoneInfo("Europe/Berlin"))
        .weekday()
        for p in times
    }
    assert days == {4}


async def test_after_booking_a_colleague_is_added_to_the_invite_from_the_chat(action_db) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from actions.booking import ActionAboutBooking
    from bot.handoff.service import book
    from bot.storage.db import transaction
    from bot.storage.models import Booking

    sender = "visitor-test-0000001"
    offer = offered_to(action_db, sender)
    with transaction(action_db) as session:
        book(
            session,
            sender_id=sender,
            start=datetime.fromisoformat(offer.choices[0].start_iso),
            links=runtime.links(),
            now=utcnow(),
        )
    dispatcher = CollectingDispatcher()
    events = await ActionAboutBooking().run(
        dispatcher, make_tracker(text="can I add my colleague to the invite?", slots={"booked": True}), DOMAIN
    )
    assert text_of(dispatcher.messages[0]).startswith("Sure. What's their email address?")
    assert {"event": "slot", "timestamp": None, "name": "guest_pending", "value": True} in events
    dispatcher = CollectingDispatcher()
    await ActionAboutBooking().run(
        dispatcher, make_tracker(text="it's ben@bank.example", slots={"booked": True, "guest_pending": True}), DOMAIN
    )
    assert text_of(dispatcher.messages[0]).startswith("Done: I've sent ben@bank.example the invite")
    with transaction(action_db) as session:
        assert session.execute(select(Booking.guests).where(Booking.status == "confirmed")).scalar_one() == [
            "ben@bank.example"
        ]


async def test_after_booking_the_call_time_is_told_in_the_zone_asked_about(action_db) -> None:  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    from actions.booking import ActionAboutBooking
    from bot.handoff.service import book
    from bot.storage.db import transaction

    sender = "visitor-test-0000001"
    offer = offered_to(action_db, sender)
    start = datetime.fromisoformat(offer.choices[0].start_iso)
    with transaction(action_db) as session:
        book(session, sender_id=sender, start=start, links=runtime.links(), now=utcnow())
    dispatcher = CollectingDispatcher()
    await ActionAboutBooking().run(
        dispatcher, make_tracker(text="what time is that in Eastern time?", slots={"booked": True}), DOMAIN
    )
    eastern = start.astimezone(ZoneInfo("America/New_York"))
    said = text_of(dispatcher.messages[0])
    assert said.startswith("In that time zone, your call is on ") and f"{eastern:%H:%M} (America/New_York)" in said


async def test_a_time_zone_nobody_named_is_not_thanked_for() -> None:
    from rasa_sdk.events import FollowupAction

    from actions.booking import ActionOfferSlots

    dispatcher = CollectingDispatcher()
    events = await ActionOfferSlots().run(dispatcher, make_tracker(text="um .", intent="set_timezone"), DOMAIN)
    assert (
        events == [FollowupAction("action_fallback")] and dispatcher.messages == []
    )  # "didn't get that", with a way on


async def test_a_time_zone_typed_rather_than_clicked_is_kept() -> None:
    from actions.booking import ActionOfferSlots

    dispatcher = CollectingDispatcher()
    events = await ActionOfferSlots().run(
        dispatcher, make_tracker(text="we're on central time", intent="set_timezone"), DOMAIN
    )
    assert events == [SlotSet("timezone", "America/Chicago")]
    assert [m.get("response") for m in dispatcher.messages] == ["utter_timezone_noted"]


async def test_choosing_a_time_when_none_was_offered_is_not_understood_rather_than_a_pointer_to_nothing() -> None:
    from rasa_sdk.events import FollowupAction, SlotSet

    dispatcher = CollectingDispatcher()
    events = await ActionBookMeeting().run(
        dispatcher, make_tracker(text="can you book me a flight", intent="choose_slot"), DOMAIN
    )
    assert events == [SlotSet("meeting_time", None), FollowupAction("action_fallback")] and dispatcher.messages == []


@pytest.mark.parametrize("said", ["those times r in london?? central time pls", "Kenya", "GMT+3 actually"])
async def test_a_time_zone_typed_while_times_are_offered_shows_the_times_in_it(said: str) -> None:
    # "central time pls", "Kenya" and "GMT+3" got the London times again ("Please pick one of these times")
    start = datetime(2030, 1, 8, 9, 0, tzinfo=UTC)
    tracker = make_tracker(before=[offer_event([start])], text=said, slots={"timezone": "Europe/London"})
    events = await ActionBookMeeting().run(CollectingDispatcher(), tracker, DOMAIN)
    assert events[-1] == {"event": "followup", "timestamp": None, "name": "action_offer_slots"}


async def test_a_time_typed_in_another_zone_is_read_in_that_zone() -> None:
    # "Tuesday 12:00 my time (EAT)" was read as 12:00 in London
    nairobi_noon = datetime(2030, 1, 8, 9, 0, tzinfo=UTC)  # 12:00 in Nairobi (UTC+3), 09:00 in London
    tracker = make_tracker(
        before=[offer_event([nairobi_noon, nairobi_noon + timedelta(hours=3)])],
        text="Tuesday 12:00 my time (EAT)",
        slots={"timezone": "Europe/London"},
    )
    dispatcher = CollectingDispatcher()
    choice_events = await ActionBookMeeting().run(dispatcher, tracker, DOMAIN)
    assert {"event": "slot", "timestamp": None, "name": "timezone", "value": "Africa/Nairobi"} in choice_events
