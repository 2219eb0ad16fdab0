"""Moving a booked call to another time of the same SDR, from the invite's reschedule link.

One step, one event: the slot changes hands atomically (its unique key), and the calendars get a
CANCEL of the old time and then a REQUEST of the new one for the same event (same UID), each with a
higher SEQUENCE, so every calendar ends with one event at the new time. Cancelling and starting the
chat again is not a reschedule.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.clock import aware
from bot.handoff import booking as slots
from bot.handoff.availability import describe_slot, open_slots
from bot.handoff.invites import invite_email, when
from bot.handoff.roster import Roster
from bot.handoff.service import Links, calendar_event
from bot.storage.models import Booking, Sdr
from bot.storage.outbox import BOOKING_RESCHEDULED, enqueue_email, enqueue_event

OFFERED = 8  # times shown on the reschedule page


@dataclass(frozen=True)
class Choice:
    start: str  # ISO 8601, what the page posts back
    label: str  # in the visitor's time zone


@dataclass(frozen=True)
class MoveOptions:
    current: str
    sdr_name: str
    zone: str
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class Moved:
    problem: str | None  # not_booked | not_open | taken
    when: str = ""


def _open_starts(
    session: Session, row: Booking, roster: Roster, now: datetime, *, count: int, per_day: int
) -> list[datetime]:
    sdr = session.get(Sdr, row.sdr_id)
    spec = roster.by_email(str(sdr.email)) if sdr else None
    if sdr is None or spec is None:
        return []
    return open_slots(
        spec, roster.defaults, slots.busy_intervals(session, int(sdr.id), now), now, count=count, per_day=per_day
    )


def move_options(session: Session, booking_id: int, roster: Roster, now: datetime) -> MoveOptions | None:
    """The open times of the same SDR, in the visitor's zone; None when there is no call to move."""
    row = session.get(Booking, booking_id)
    if row is None or row.status != "confirmed":
        return None
    zone = str(row.visitor_timezone or row.sdr.timezone)
    starts = _open_starts(session, row, roster, now, count=OFFERED, per_day=3)
    return MoveOptions(
        describe_slot(aware(row.start_at), zone),
        str(row.sdr.name),
        zone,
        tuple(Choice(start.isoformat(), describe_slot(start, zone)) for start in starts),
    )


def move_booking(
    session: Session, booking_id: int, start: datetime, *, roster: Roster, links: Links, now: datetime
) -> Moved:
    row = session.get(Booking, booking_id)
    if row is None or row.status != "confirmed":
        return Moved("not_booked")
    start = aware(start)
    if start not in _open_starts(session, row, roster, now, count=500, per_day=100):
        return Moved("not_open")  # taken meanwhile, or never one of the SDR's open times
    length = aware(row.end_at) - aware(row.start_at)
    before, sdr, lead, zone = calendar_event(session, row, links)
    old_key = row.slot_key
    try:
        with session.begin_nested():
            row.slot_key = slots.slot_key(int(row.sdr_id), start)  # unique: nobody else can hold it now
            session.flush()
    except IntegrityError:
        row.slot_key = old_key
        return Moved("taken")
    row.start_at, row.end_at, row.moves = start, start + length, int(row.moves or 0) + 1
    session.flush()
    after, _, _, _ = calendar_event(session, row, links)
    cancelled = replace(before, sequence=after.sequence - 1, cancelled=True)
    people = [str(sdr.email), *before.guests, *([str(lead.email)] if lead is not None and lead.email else [])]
    for to in people:
        enqueue_email(
            session,
            f"move-cancel:{row.id}:{row.moves}:{to}",
            invite_email(
                cancelled,
                sender=links.mail_from,
                to=to,
                subject=f"Moved: {before.summary}",
                body=f"The call on {when(before, zone)} is moving to {when(after, zone)}. "
                f"The attached update takes the old time "
                "out of your calendar; the next email puts in the new one.\n",
            ),
            now=now,
        )
        enqueue_email(
            session,
            f"move-request:{row.id}:{row.moves}:{to}",
            invite_email(
                after,
                sender=links.mail_from,
                to=to,
                subject=f"New time: {after.summary}, {when(after, zone)}",
                body=f"The call with {sdr.name} is now on {when(after, zone)}. The attached invite has the new time.\n",
            ),
            now=now,
        )
    enqueue_event(
        session,
        BOOKING_RESCHEDULED,
        f"booking-moved:{row.id}:{row.moves}",
        {
            "booking_id": row.id,
            "start": after.start.isoformat(),
            "end": after.end.isoformat(),
            "previous_start": before.start.isoformat(),
            "sdr": str(sdr.email),
        },
        now=now,
    )
    return Moved(None, when(after, zone))
