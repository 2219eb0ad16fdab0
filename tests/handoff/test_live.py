"""Who has a chat: the assistant is quiet while an SDR talks, and takes it back on hand-back or
after five minutes of their silence."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.orm import sessionmaker

from bot.handoff.live import SILENCE_BEFORE_RESUMING, hand_back, live_in, sdr_spoke
from bot.storage.db import transaction

pytestmark = pytest.mark.clock  # a new conversation is stamped with the time

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


def test_an_sdr_has_the_chat_until_handing_back_or_falling_silent(factory: sessionmaker) -> None:
    with transaction(factory) as session:
        assert live_in(session, "wc_live_000000000001") is None
        assert sdr_spoke(session, "wc_live_000000000001", "lena", NOW) is True  # joined: pause the assistant
        assert sdr_spoke(session, "wc_live_000000000001", "lena", NOW + timedelta(minutes=1)) is False
    with transaction(factory) as session:
        live = live_in(session, "wc_live_000000000001")
        assert live is not None and live.sdr == "lena" and not live.silent_too_long(NOW + timedelta(minutes=3))
        assert live.silent_too_long(NOW + timedelta(minutes=1) + SILENCE_BEFORE_RESUMING)
        assert hand_back(session, "wc_live_000000000001") == "lena"
        assert hand_back(session, "wc_live_000000000001") is None  # twice is once
        assert live_in(session, "wc_live_000000000001") is None
