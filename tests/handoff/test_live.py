"""Who has a chat: one SDR at a time takes it (the assistant is quiet while they talk), and the
assistant takes it back on hand-back or after five minutes of their silence. The queue lists who
asked for a person and is still waiting."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.orm import sessionmaker

from bot.handoff.live import QUEUE_WINDOW, SILENCE_BEFORE_RESUMING, claim, hand_back, live_in, waiting
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
