"""The cancel link in an invite email works until the call is over, then says it has expired."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.clock import utcnow
from bot.handoff.links import booking_link
from bot.settings import Settings
from bot.storage.db import make_engine, session_factory, transaction
from bot.storage.models import Booking, Lead, Sdr
from bot.web.app import create_app

pytestmark = pytest.mark.clock  # links expire with the call: rerun by scripts/clock-matrix.sh
SECRET = "k" * 32


def booked(db_url: str, starts_in: timedelta) -> int:
    engine = make_engine(db_url)
    with transaction(session_factory(engine)) as session:
        sdr = Sdr(email=f"rep{starts_in.days}@seller.example", name="Rita Rep", timezone="Europe/Berlin", online=False)
        lead = Lead(email_key=f"ada{starts_in.days}@example.com", email=f"ada{starts_in.days}@example.com", stage="prospect", score_reasons=[])
        session.add_all([sdr, lead])
        session.flush()
        start = utcnow() + starts_in
        booking = Booking(lead_id=lead.id, sdr_id=sdr.id, sender_id=f"wc_booked_{starts_in.days + 10}", start_at=start,
                          end_at=start + timedelta(minutes=30), status="confirmed", slot_key=f"{sdr.id}:{start.isoformat()}")
        session.add(booking)
        session.flush()
        booking_id = int(booking.id)
    engine.dispose()
    return booking_id


async def test_a_cancel_link_works_until_the_call_is_over(db_url: str, tmp_path: Path) -> None:
    coming, past = booked(db_url, timedelta(days=2)), booked(db_url, timedelta(days=-1))
    client = TestClient(TestServer(create_app(Settings(database_url=db_url, secret_key=SECRET, data_dir=tmp_path), outbox_worker=False)))
    await client.start_server()
    try:
        def path(booking_id: int) -> str:
            return booking_link("", booking_id, "cancel", SECRET)

        page = await client.get(path(coming))
        assert page.status == 200 and "Cancel your call?" in await page.text()
        done = await client.post(path(coming))
        assert done.status == 200 and "Your call is cancelled" in await done.text()
        for expired in (path(past), path(987654)):  # a call that took place, a booking no longer on record
            for method in ("GET", "POST"):
                response = await client.request(method, expired)
                assert response.status == 410 and "This link has expired" in await response.text()
        engine = make_engine(db_url)
        with transaction(session_factory(engine)) as session:
            assert session.get(Booking, past).status == "confirmed"  # an expired link changed nothing
        engine.dispose()
    finally:
        await client.close()
