"""Typed meeting times reach the booking, with real trackers."""

from datetime import UTC, datetime, timedelta

from rasa_sdk.executor import CollectingDispatcher

from actions.booking import ActionBookMeeting, offered_starts
from bot.clock import utcnow
from tests.actions.helpers import DOMAIN, make_tracker


def offer_event(starts: list[datetime]) -> dict:
    buttons = [{"title": s.isoformat(), "payload": f'/choose_slot{{"meeting_time": "{s.isoformat()}"}}'} for s in starts]
    return {"event": "bot", "text": "Let's book a call.", "data": {"buttons": [*buttons, {"title": "None of these work", "payload": "/more_slots"}]}}


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
    assert message["text"].startswith("I don't have 23:00 open. The closest times I have (UTC):")
    assert [b["payload"] for b in message["buttons"][:-1]] == [f'/choose_slot{{"meeting_time": "{s.isoformat()}"}}' for s in starts]
    assert message["buttons"][-1]["payload"] == "/more_slots"


async def test_words_that_name_no_time_get_a_nudge_to_pick_one() -> None:
    tracker = make_tracker(before=[offer_event([datetime(2030, 1, 8, 9, 0, tzinfo=UTC)])], text="hmm", intent="inform")
    dispatcher = CollectingDispatcher()
    await ActionBookMeeting().run(dispatcher, tracker, DOMAIN)
    assert dispatcher.messages[0]["response"] == "utter_pick_a_time"
