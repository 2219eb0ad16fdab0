"""Who has a chat: one SDR at a time takes it (the assistant is quiet while they talk), and the
assistant takes it back on hand-back or after five minutes of their silence. The queue lists who
asked for a person and is still waiting."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.orm import sessionmaker

from bot.handoff.live import (
    QUEUE_WINDOW,
    SILENCE_BEFORE_RESUMING,
    claim,
    hand_back,
    live_in,
    request_person,
    waiting,
)
from bot.handoff.roster import Roster, SdrSpec, sync_roster
from bot.storage.conversations import conversation_for
from bot.storage.db import transaction

pytestmark = pytest.mark.clock  # a new conversation is stamped with the time

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
SENDER = "wc_live_000000000001"


def test_an_sdr_has_the_chat_until_handing_back_or_falling_silent(factory: sessionmaker) -> None:
    with transaction(factory) as session:
        assert live_in(session, SENDER) is None
        assert claim(session, SENDER, "lena", NOW).joined is True  # joined: pause the assistant
        again = claim(session, SENDER, "lena", NOW + timedelta(minutes=1))  # speaking again restarts the silence clock
        assert (again.holder, again.joined) == ("lena", False)
        other = claim(session, SENDER, "sam", NOW + timedelta(minutes=1))  # a second rep cannot take it
        assert (other.holder, other.joined) == ("lena", False)
    with transaction(factory) as session:
        live = live_in(session, SENDER)
        assert live is not None and live.sdr == "lena" and not live.silent_too_long(NOW + timedelta(minutes=3))
        assert live.silent_too_long(NOW + timedelta(minutes=1) + SILENCE_BEFORE_RESUMING)
        assert hand_back(session, SENDER) == "lena"
        assert hand_back(session, SENDER) is None  # twice is once
        assert live_in(session, SENDER) is None


def test_the_queue_holds_who_asked_for_a_person_until_someone_takes_them(factory: sessionmaker) -> None:
    with transaction(factory) as session:
        for sender, asked in (
            ("wc_queue_first_0001", NOW - timedelta(minutes=7)),
            ("wc_queue_second_001", NOW - timedelta(minutes=2)),
            ("wc_queue_gone_00001", NOW - QUEUE_WINDOW - timedelta(minutes=1)),
        ):
            conversation_for(session, sender).human_requested_at = asked
        conversation_for(session, "wc_queue_never_0001")  # never asked
    with transaction(factory) as session:
        assert [w.sender_id for w in waiting(session, NOW)] == [
            "wc_queue_first_0001",
            "wc_queue_second_001",
        ]  # longest first
        claim(session, "wc_queue_first_0001", "lena", NOW)
        assert [w.sender_id for w in waiting(session, NOW)] == ["wc_queue_second_001"]
        hand_back(session, "wc_queue_first_0001")
        assert [w.sender_id for w in waiting(session, NOW)] == ["wc_queue_second_001"]  # handed back: not waiting again
        conversation_for(session, "wc_queue_first_0001").human_requested_at = NOW + timedelta(minutes=1)  # asks again
        assert [w.sender_id for w in waiting(session, NOW + timedelta(minutes=2))] == [
            "wc_queue_second_001",
            "wc_queue_first_0001",
        ]


def _roster_with(**hours: dict[str, str]) -> Roster:
    return Roster(
        sdrs=[
            SdrSpec(
                name="Alex Morgan",
                email="alex.morgan@example.com",
                timezone="America/New_York",
                working_hours={day: "09:00-17:00" for day in ("mon", "tue", "wed", "thu", "fri")},
                territories=["America/"],
                online=True,
                **hours,
            )
        ]
    )


@pytest.mark.parametrize(
    ("now", "joins"),
    [
        (datetime(2026, 12, 3, 15, 0, tzinfo=UTC), True),  # Thursday 10:00 in New York
        (datetime(2026, 12, 4, 3, 0, tzinfo=UTC), False),  # Thursday 22:00 in New York: gone home
        (datetime(2026, 12, 5, 15, 0, tzinfo=UTC), False),  # Saturday
    ],
)
def test_an_online_sdr_is_told_of_a_visitor_only_during_their_hours(
    factory: sessionmaker, now: datetime, joins: bool
) -> None:
    roster = _roster_with()
    with transaction(factory) as session:
        sync_roster(session, roster)
        sdr = request_person(
            session, roster=roster, sender_id=SENDER, visitor_timezone="America/Chicago", public_url="", now=now
        )
        assert (sdr is not None) == joins
        assert conversation_for(session, SENDER).human_requested_at is not None  # asked either way: the queue shows it


def test_live_hours_apart_from_meeting_hours_decide_who_joins(factory: sessionmaker) -> None:
    roster = _roster_with(live_hours={"sat": "10:00-14:00"})
    saturday_noon, thursday_ten = datetime(2026, 12, 5, 17, 0, tzinfo=UTC), datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
    with transaction(factory) as session:
        sync_roster(session, roster)
        kwargs = {"roster": roster, "sender_id": SENDER, "visitor_timezone": "America/Chicago", "public_url": ""}
        assert request_person(session, now=saturday_noon, **kwargs) is not None
        assert request_person(session, now=thursday_ten, **kwargs) is None
