"""The cancel link in an invite email works until the call is over, then says it has expired."""

from __future__ import annotations

from datetime import datetime, timedelta
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
        lead = Lead(
            email_key=f"ada{starts_in.days}@example.com",
            email=f"ada{starts_in.days}@example.com",
            stage="prospect",
            score_reasons=[],
        )
        session.add_all([sdr, lead])
        session.flush()
        start = utcnow() + starts_in
        booking = Booking(
            lead_id=lead.id,
            sdr_id=sdr.id,
            sender_id=f"wc_booked_{starts_in.days + 10}",
            start_at=start,
            end_at=start + timedelta(minutes=30),
            status="confirmed",
            slot_key=f"{sdr.id}:{start.isoformat()}",
        )
        session.add(booking)
        session.flush()
        booking_id = int(booking.id)
    engine.dispose()
    return booking_id


async def test_a_cancel_link_works_until_the_call_is_over(db_url: str, tmp_path: Path) -> None:
    coming, past = booked(db_url, timedelta(days=2)), booked(db_url, timedelta(days=-1))
    client = TestClient(
        TestServer(create_app(Settings(database_url=db_url, secret_key=SECRET, data_dir=tmp_path), outbox_worker=False))
    )
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


async def test_the_reschedule_link_moves_the_call_in_one_step_with_the_same_event(db_url: str, tmp_path: Path) -> None:
    """The page lists the same SDR's open times; one pick moves the booking: the old slot is free,
    and everyone on the call gets a CANCEL of the old time then a REQUEST of the new one, for the
    same UID with a higher SEQUENCE each. A time someone else holds is refused, and said so."""
    import email
    import re

    from icalendar import Calendar

    from bot.handoff.booking import slot_key
    from bot.storage.models import OutboxItem

    engine = make_engine(db_url)
    with transaction(session_factory(engine)) as session:
        sdr = Sdr(email="alex.morgan@example.com", name="Alex Morgan", timezone="America/New_York", online=True)
        lead = Lead(
            email_key="ada@example.com", email="ada@example.com", person_name="Ada", stage="prospect", score_reasons=[]
        )
        session.add_all([sdr, lead])
        session.flush()
        start = (utcnow() + timedelta(days=3)).replace(second=0, microsecond=0)
        booking = Booking(
            lead_id=lead.id,
            sdr_id=sdr.id,
            sender_id="wc_moving_000000001",
            start_at=start,
            end_at=start + timedelta(minutes=30),
            status="confirmed",
            slot_key=slot_key(int(sdr.id), start),
            visitor_timezone="Europe/Berlin",
            guests=["bob@example.com"],
        )
        session.add(booking)
        session.flush()
        booking_id, sdr_id = int(booking.id), int(sdr.id)
    client = TestClient(
        TestServer(create_app(Settings(database_url=db_url, secret_key=SECRET, data_dir=tmp_path), outbox_worker=False))
    )
    await client.start_server()
    try:
        link = booking_link("", booking_id, "reschedule", SECRET)
        page = await (await client.get(link)).text()
        assert "Move your call" in page and "with Alex Morgan" in page and "Europe/Berlin" in page
        times = re.findall(r'name="start" value="([^"]+)"', page)
        assert len(times) >= 4
        with transaction(session_factory(engine)) as session:  # someone else takes the first time meanwhile
            taken = datetime.fromisoformat(times[0])
            session.add(
                Booking(
                    sdr_id=sdr_id,
                    sender_id="wc_someone_else_0001",
                    start_at=taken,
                    end_at=taken + timedelta(minutes=30),
                    status="confirmed",
                    slot_key=slot_key(sdr_id, taken),
                )
            )
        refused = await (await client.post(link, data={"start": times[0]})).text()
        assert "That time was just taken" in refused
        times = re.findall(r'name="start" value="([^"]+)"', refused)  # the times still open, offered again
        assert taken.isoformat() not in times and len(times) >= 3

        moved = await (await client.post(link, data={"start": times[1]})).text()
        assert "Your call is now on" in moved
        with transaction(session_factory(engine)) as session:
            row = session.get(Booking, booking_id)
            assert row.status == "confirmed" and row.start_at.replace(tzinfo=None) == datetime.fromisoformat(
                times[1]
            ).replace(tzinfo=None)
            assert row.slot_key == slot_key(sdr_id, datetime.fromisoformat(times[1])) and row.moves == 1
            sent = [
                (item.payload["to"], email.message_from_string(item.payload["raw"]))
                for item in session.query(OutboxItem).filter(OutboxItem.kind == "email").order_by(OutboxItem.id)
            ]
            events = [item.payload["event"] for item in session.query(OutboxItem).filter(OutboxItem.kind == "webhook")]
        for person in ("alex.morgan@example.com", "ada@example.com", "bob@example.com"):
            invites = [
                Calendar.from_ical(part.get_payload(decode=True))
                for to, message in sent
                if to == person
                for part in message.walk()
                if part.get_content_type() == "text/calendar"
            ]
            assert [str(c["method"]) for c in invites] == ["CANCEL", "REQUEST"], person  # one of each, in that order
            cancel, request = (c.walk("VEVENT")[0] for c in invites)
            assert cancel["uid"] == request["uid"] == f"booking-{booking_id}@pricing-qualifier"  # the same event, moved
            assert (int(cancel["sequence"]), int(request["sequence"])) == (2, 3)  # after the guest's update (1)
            assert request.decoded("dtstart") == datetime.fromisoformat(times[1])
        assert events == ["booking.rescheduled"]
        later = re.findall(r'name="start" value="([^"]+)"', await (await client.get(link)).text())[-1]
        again = await (await client.post(link, data={"start": later})).text()
        assert "Your call is now on" in again  # the link keeps working until the call is over
    finally:
        await client.close()
        engine.dispose()
