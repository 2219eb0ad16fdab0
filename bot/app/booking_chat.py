"""Booking a call inside the chat: the first times on offer, later ones, the chosen time, a guest
added to the booked call. Each step is retried within the visitor's turn; a database that stays
away is a `StorageUnavailable` the action turns into one honest reply."""

from __future__ import annotations

from datetime import date, datetime

from bot.app.database import Database
from bot.clock import utcnow
from bot.handoff.roster import Roster
from bot.handoff.service import (
    Booked,
    BookedCall,
    Links,
    Offer,
    add_guest,
    ask_for_callback,
    book,
    booked_call,
    hand_off,
    more_slots,
)


async def first_offer(
    database: Database, *, lead_id: int, sender_id: str, roster: Roster, visitor_timezone: str
) -> Offer:
    """The prospect is routed to an SDR, and that SDR's first open times are held for them."""
    return await database.run_in_turn(
        lambda session: hand_off(
            session,
            lead_id=lead_id,
            sender_id=sender_id,
            roster=roster,
            visitor_timezone=visitor_timezone,
            now=utcnow(),
        ),
        "write",
    )


async def callback(
    database: Database, *, lead_id: int, sender_id: str, roster: Roster, visitor_timezone: str | None, links: Links
) -> str | None:
    """A lead who asked for a person while nobody was online goes to an SDR to reply; the SDR's name."""
    return await database.run_in_turn(
        lambda session: ask_for_callback(
            session,
            lead_id=lead_id,
            sender_id=sender_id,
            roster=roster,
            visitor_timezone=visitor_timezone,
            links=links,
            now=utcnow(),
        ),
        "write",
    )


async def later_offer(
    database: Database,
    *,
    sender_id: str,
    roster: Roster,
    hours: tuple[int, int] | None = None,
    day: date | None = None,
) -> Offer | None:
    """None when no times were offered to this visitor yet. `hours`, `day`: the part of the day, the day they
    asked for."""
    return await database.run_in_turn(
        lambda session: more_slots(session, sender_id=sender_id, roster=roster, now=utcnow(), hours=hours, day=day),
        "write",
    )


async def book_chosen(
    database: Database, *, sender_id: str, start: datetime, links: Links, roster: Roster
) -> tuple[Booked, Offer | None]:
    """The booking, and when the time could not be had (past, taken), the times still open
    around it, offered in a second transaction."""
    booked = await database.run_in_turn(
        lambda session: book(session, sender_id=sender_id, start=start, links=links, now=utcnow()), "write"
    )
    if not booked.problem or booked.problem == "already_booked":
        return booked, None
    instead = await database.run_in_turn(
        lambda session: more_slots(session, sender_id=sender_id, roster=roster, now=utcnow(), later=False), "write"
    )
    return booked, instead


async def with_guest(database: Database, *, sender_id: str, guest: str, links: Links) -> BookedCall | None:
    """The booked call with `guest` invited; None when nothing is booked."""
    return await database.run_in_turn(
        lambda session: add_guest(session, sender_id=sender_id, guest=guest, links=links, now=utcnow()), "write"
    )


async def call_booked(database: Database, *, sender_id: str, links: Links) -> BookedCall | None:
    return await database.run_in_turn(lambda session: booked_call(session, sender_id=sender_id, links=links), "read")
