"""Holding and booking meeting slots atomically.

A slot is taken by inserting a row whose `slot_key` ("<sdr id>|<UTC start>") is unique, so two
visitors can never both get it, on SQLite or PostgreSQL. A slot offered to a visitor is held for
a few minutes; expired holds are released before anything else happens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.clock import aware
from bot.handoff.availability import Interval, open_slots
from bot.handoff.roster import Defaults, SdrSpec
from bot.storage.models import Booking, Sdr


def slot_key(sdr_id: int, start: datetime) -> str:
    return f"{sdr_id}|{start.astimezone(UTC).strftime('%Y-%m-%dT%H:%MZ')}"


def release_expired(session: Session, now: datetime) -> None:
    for hold in session.execute(
        select(Booking).where(Booking.status == "held", Booking.hold_expires_at <= now)
    ).scalars():
        hold.status, hold.slot_key = "released", None
    session.flush()


def busy_intervals(session: Session, sdr_id: int, now: datetime) -> list[Interval]:
    rows = session.execute(
        select(Booking).where(
            Booking.sdr_id == sdr_id, Booking.slot_key.is_not(None), Booking.end_at >= now - timedelta(days=1)
        )
    ).scalars()
    return [Interval(aware(b.start_at), aware(b.end_at)) for b in rows]


def offer_slots(
    session: Session,
    sdr: Sdr,
    spec: SdrSpec,
    defaults: Defaults,
    *,
    sender_id: str,
    lead_id: int | None,
    visitor_timezone: str,
    now: datetime,
    after: datetime | None = None,
    wanted: Callable[[datetime], bool] | None = None,
) -> list[Booking]:
    """Hold `defaults.slots_offered` open slots for this visitor (releasing their older holds)."""
    release_expired(session, now)
    for old in session.execute(
        select(Booking).where(Booking.sender_id == sender_id, Booking.status == "held")
    ).scalars():
        old.status, old.slot_key = "released", None
    session.flush()
    holds: list[Booking] = []
    cursor = after
    for _ in range(6):  # a slot taken between computing and holding is skipped, and we look again
        missing = defaults.slots_offered - len(holds)
        busy = busy_intervals(session, int(sdr.id), now)
        starts = open_slots(spec, defaults, busy, now, after=cursor, count=missing, wanted=wanted)
        if not starts:
            break
        for start in starts:
            hold = Booking(
                created_at=now,
                sdr_id=sdr.id,
                lead_id=lead_id,
                sender_id=sender_id,
                start_at=start,
                end_at=start + timedelta(minutes=defaults.meeting_minutes),
                status="held",
                slot_key=slot_key(int(sdr.id), start),
                visitor_timezone=visitor_timezone,
                hold_expires_at=now + timedelta(minutes=defaults.hold_minutes),
            )
            try:
                with session.begin_nested():
                    session.add(hold)
                holds.append(hold)
            except IntegrityError:
                continue
        if len(holds) >= defaults.slots_offered:
            break
        cursor = starts[-1] + timedelta(minutes=1)
    return holds


@dataclass(frozen=True)
class BookingOutcome:
    booking: Booking | None
    problem: str | None  # past | unknown_slot | already_booked | taken | expired


def confirm(session: Session, *, sender_id: str, start: datetime, now: datetime) -> BookingOutcome:
    """Turn this visitor's hold on `start` into a confirmed meeting, or say why not."""
    start = aware(start)
    existing = (
        session.execute(select(Booking).where(Booking.sender_id == sender_id, Booking.status == "confirmed"))
        .scalars()
        .first()
    )
    if existing is not None:
        return BookingOutcome(existing, "already_booked")
    if start <= now:
        return BookingOutcome(None, "past")
    hold = (
        session.execute(
            select(Booking)
            .where(
                Booking.sender_id == sender_id,
                Booking.start_at == start,
                or_(Booking.status == "held", Booking.status == "released"),
            )
            .order_by(Booking.id.desc())
        )
        .scalars()
        .first()
    )
    if hold is None:
        return BookingOutcome(None, "unknown_slot")
    if hold.status == "released" or aware(hold.hold_expires_at) <= now:
        # the hold ran out: take the slot again if nobody else has it
        hold.status, hold.slot_key = "released", None
        session.flush()
        retaken = Booking(
            created_at=now,
            sdr_id=hold.sdr_id,
            lead_id=hold.lead_id,
            sender_id=sender_id,
            start_at=hold.start_at,
            end_at=hold.end_at,
            status="confirmed",
            slot_key=slot_key(int(hold.sdr_id), start),
            visitor_timezone=hold.visitor_timezone,
            confirmed_at=now,
        )
        try:
            with session.begin_nested():
                session.add(retaken)
        except IntegrityError:
            return BookingOutcome(None, "expired")
        _release_other_holds(session, sender_id, keep=retaken)
        return BookingOutcome(retaken, None)
    hold.status, hold.confirmed_at = "confirmed", now
    _release_other_holds(session, sender_id, keep=hold)
    session.flush()
    return BookingOutcome(hold, None)


def take_slot(
    session: Session, *, sdr_id: int, start: datetime, minutes: int, sender_id: str, now: datetime
) -> Booking | None:
    """Book a slot directly (no earlier hold); None when someone else has it."""
    release_expired(session, now)
    booking = Booking(
        created_at=now,
        sdr_id=sdr_id,
        sender_id=sender_id,
        start_at=start,
        end_at=start + timedelta(minutes=minutes),
        status="confirmed",
        slot_key=slot_key(sdr_id, start),
        confirmed_at=now,
    )
    try:
        with session.begin_nested():
            session.add(booking)
    except IntegrityError:
        return None
    return booking


def cancel(session: Session, booking: Booking, now: datetime) -> None:
    booking.status, booking.slot_key, booking.cancelled_at = "cancelled", None, now
    session.flush()


def _release_other_holds(session: Session, sender_id: str, keep: Booking) -> None:
    for other in session.execute(
        select(Booking).where(Booking.sender_id == sender_id, Booking.status == "held")
    ).scalars():
        if other is not keep:
            other.status, other.slot_key = "released", None
