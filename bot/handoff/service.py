"""Hand a prospect to sales: route, offer slots, book, and announce it (emails, CRM, alerts).

Everything a step announces is written to the outbox in the same transaction as the step, so
a booking and its invites are never out of step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.clock import aware
from bot.dialog.answers import describe
from bot.emails import compose
from bot.handoff import booking as slots
from bot.handoff.availability import describe_slot
from bot.handoff.invites import Meeting, invite_email, when
from bot.handoff.links import booking_link, lead_link
from bot.handoff.roster import Roster
from bot.handoff.routing import route
from bot.settings import Settings
from bot.storage.funnel import count_once
from bot.storage.leads import transcript
from bot.storage.models import Booking, Lead, Sdr
from bot.storage.outbox import (
    ALERT,
    BOOKING_CANCELLED,
    BOOKING_CONFIRMED,
    PROSPECT_CREATED,
    enqueue_email,
    enqueue_event,
)


@dataclass(frozen=True)
class Links:
    public_url: str
    secret: str
    mail_from: str

    @classmethod
    def from_settings(cls, settings: Settings) -> Links:
        return cls(
            public_url=settings.effective_public_url, secret=settings.effective_secret_key, mail_from=settings.mail_from
        )


@dataclass(frozen=True)
class SlotChoice:
    start_iso: str  # UTC, what the button sends back
    label: str  # in the visitor's time zone


@dataclass(frozen=True)
class Offer:
    sdr_name: str | None
    choices: tuple[SlotChoice, ...]
    visitor_timezone: str
    rule: str


def _choices(holds: list[Booking], zone: str) -> tuple[SlotChoice, ...]:
    return tuple(SlotChoice(aware(h.start_at).isoformat(), describe_slot(aware(h.start_at), zone)) for h in holds)


def hand_off(
    session: Session, *, lead_id: int, sender_id: str, roster: Roster, visitor_timezone: str, now: datetime
) -> Offer:
    lead = session.get(Lead, lead_id)
    assert lead is not None
    decision = route(session, lead, roster, visitor_timezone, now)
    enqueue_event(session, PROSPECT_CREATED, f"prospect:{lead.id}", _lead_data(lead, decision.rule), now=now)
    if decision.sdr is None:
        return Offer(None, (), visitor_timezone, decision.rule)
    spec = roster.by_email(str(decision.sdr.email))
    assert spec is not None, "active SDRs come from the roster"
    holds = slots.offer_slots(
        session,
        decision.sdr,
        spec,
        roster.defaults,
        sender_id=sender_id,
        lead_id=lead.id,
        visitor_timezone=visitor_timezone,
        now=now,
    )
    _schedule_no_booking_alert(session, lead, decision.sdr, sender_id, roster, now)
    return Offer(str(decision.sdr.name), _choices(holds, visitor_timezone), visitor_timezone, decision.rule)


def ask_for_callback(
    session: Session,
    *,
    lead_id: int,
    sender_id: str,
    roster: Roster,
    visitor_timezone: str | None,
    links: Links,
    now: datetime,
) -> str | None:
    """A visitor asked for a person while nobody covering them was online and left their details:
    the lead is routed like a prospect and its SDR gets everything to reply, so the request is not
    lost in the nurture pile. The SDR's name, or None when the lead went to the fallback queue."""
    lead = session.get(Lead, lead_id)
    assert lead is not None
    sdr = session.get(Sdr, lead.owner_id) if lead.owner_id is not None else None
    if sdr is None:  # routed once: asking again in the same chat does not deal the lead a second time
        sdr = route(session, lead, roster, visitor_timezone, now).sdr
    if sdr is None:
        return None
    message = compose(
        to=str(sdr.email),
        subject=f"Asked for a person, nobody was online: {lead.person_name or lead.email}",
        body=(
            f"{lead.person_name} <{lead.email}> asked to talk to someone on the pricing page while nobody "
            f"covering them was online, and was told you would email them.\n\n{_summary(session, lead, links)}"
        ),
    )
    enqueue_email(session, f"callback:{lead.id}:{sender_id}", message, now=now)
    return str(sdr.name)


def more_slots(
    session: Session,
    *,
    sender_id: str,
    roster: Roster,
    now: datetime,
    later: bool = True,
    hours: tuple[int, int] | None = None,
    day: date | None = None,
) -> Offer | None:
    """ "None of these work": later days with the same SDR (`later=False`: fresh times from now).
    `hours` ("anything in the evening?") and `day` ("anything friday?"): times from now that start within them
    in the visitor's zone; when the SDR has none, the offer's rule is "none_in_hours" and it holds the later
    times instead."""
    last = (
        session.execute(select(Booking).where(Booking.sender_id == sender_id).order_by(Booking.start_at.desc()))
        .scalars()
        .first()
    )
    if last is None:
        return None
    sdr = session.get(Sdr, last.sdr_id)
    spec = roster.by_email(str(sdr.email)) if sdr else None
    if sdr is None or spec is None:
        return None
    zone = str(last.visitor_timezone or spec.timezone)
    after = None
    if later:
        after = (aware(last.start_at).astimezone(ZoneInfo(spec.timezone)) + timedelta(days=1)).replace(hour=0, minute=0)

    def hold(starting_after: datetime | None, wanted: Callable[[datetime], bool] | None = None) -> list[Booking]:
        return slots.offer_slots(
            session,
            sdr,
            spec,
            roster.defaults,
            sender_id=sender_id,
            lead_id=last.lead_id,
            visitor_timezone=zone,
            now=now,
            after=starting_after,
            wanted=wanted,
        )

    if hours is not None or day is not None:

        def asked_for(start: datetime) -> bool:
            local = start.astimezone(ZoneInfo(zone))
            return (day is None or local.date() == day) and (hours is None or hours[0] <= local.hour < hours[1])

        held = hold(None, asked_for)
        if held:
            return Offer(str(sdr.name), _choices(held, zone), zone, "in_hours")
        return Offer(str(sdr.name), _choices(hold(after), zone), zone, "none_in_hours")
    return Offer(str(sdr.name), _choices(hold(after), zone), zone, "more")


@dataclass(frozen=True)
class Booked:
    problem: str | None
    sdr_name: str = ""
    when: str = ""
    email: str = ""


def book(session: Session, *, sender_id: str, start: datetime, links: Links, now: datetime) -> Booked:
    outcome = slots.confirm(session, sender_id=sender_id, start=start, now=now)
    if outcome.problem or outcome.booking is None:
        return Booked(outcome.problem)
    meeting_row = outcome.booking
    count_once(session, sender_id, "booked", now)
    meeting, sdr, lead, zone = calendar_event(session, meeting_row, links)
    cancel_link = booking_link(links.public_url, int(meeting_row.id), "cancel", links.secret)
    reschedule_link = booking_link(links.public_url, int(meeting_row.id), "reschedule", links.secret)
    if lead is not None:
        enqueue_email(
            session,
            f"invite-visitor:{meeting_row.id}",
            invite_email(
                meeting,
                sender=links.mail_from,
                to=str(lead.email),
                subject=f"Your call with {sdr.name}, {when(meeting, zone)}",
                body=(
                    f"Hi {lead.person_name or 'there'},\n\nYou're booked with {sdr.name} on {when(meeting, zone)}.\n"
                    f"The invite is attached.\n\nReschedule: {reschedule_link}\nCancel: {cancel_link}\n"
                ),
            ),
            now=now,
        )
    enqueue_email(
        session,
        f"invite-sdr:{meeting_row.id}",
        invite_email(
            meeting,
            sender=links.mail_from,
            to=str(sdr.email),
            subject=f"New prospect call: {meeting.summary}",
            body=meeting.description or "A visitor booked a call.",
        ),
        now=now,
    )
    enqueue_event(
        session,
        BOOKING_CONFIRMED,
        f"booking:{meeting_row.id}",
        {
            "booking_id": meeting_row.id,
            "start": meeting.start.isoformat(),
            "end": meeting.end.isoformat(),
            "sdr": str(sdr.email),
            "lead": _lead_data(lead, "booked") if lead else None,
        },
        now=now,
    )
    return Booked(None, str(sdr.name), when(meeting, zone), str(lead.email) if lead else "")


@dataclass(frozen=True)
class BookedCall:
    """The visitor's confirmed call, as the chat talks about it after booking."""

    sdr_name: str
    when: str
    email: str
    reschedule_link: str
    guests: tuple[str, ...]
    meeting: Meeting | None = None  # "what time is that in berlin?": its start, told in any zone (`when_in`)

    def when_in(self, zone: str) -> str:
        """The call's day and time in `zone` ("Tuesday 08 December 2026, 03:45 (America/New_York)")."""
        return when(self.meeting, zone) if self.meeting is not None else self.when


def booked_call(session: Session, *, sender_id: str, links: Links) -> BookedCall | None:
    row = _confirmed(session, sender_id)
    return None if row is None else _call(row, *calendar_event(session, row, links), links)


def _call(row: Booking, meeting: Meeting, sdr: Sdr, lead: Lead | None, zone: str, links: Links) -> BookedCall:
    return BookedCall(
        str(sdr.name),
        when(meeting, zone),
        str(lead.email) if lead else "",
        booking_link(links.public_url, int(row.id), "reschedule", links.secret),
        meeting.guests,
        meeting,
    )


def add_guest(session: Session, *, sender_id: str, guest: str, links: Links, now: datetime) -> BookedCall | None:
    """A colleague added to the call: they get the invite, and the visitor and the SDR an update
    of the same event (same UID, next SEQUENCE) that lists them. None without a confirmed call."""
    row = _confirmed(session, sender_id)
    if row is None:
        return None
    guest = guest.strip().lower()
    added = guest not in (row.guests or [])
    if added:
        row.guests = [*(row.guests or []), guest]
        session.flush()
    meeting, sdr, lead, zone = calendar_event(session, row, links)
    if added:
        version = len(row.guests or [])
        enqueue_email(
            session,
            f"invite-guest:{row.id}:{guest}",
            invite_email(
                meeting,
                sender=links.mail_from,
                to=guest,
                subject=f"Invitation: {meeting.summary}, {when(meeting, zone)}",
                body=(
                    f"Hi,\n\n{lead.person_name if lead and lead.person_name else 'A colleague'} added you to a call "
                    f"with "
                    f"{sdr.name} on {when(meeting, zone)}. The invite is attached.\n"
                ),
            ),
            now=now,
        )
        for to in (str(sdr.email), *([str(lead.email)] if lead is not None and lead.email else [])):
            enqueue_email(
                session,
                f"invite-update:{row.id}:{version}:{to}",
                invite_email(
                    meeting,
                    sender=links.mail_from,
                    to=to,
                    subject=f"Updated: {meeting.summary}",
                    body=f"{guest} was added to the call on {when(meeting, zone)}. The attached update lists them.\n",
                ),
                now=now,
            )
    return _call(row, meeting, sdr, lead, zone, links)


def _confirmed(session: Session, sender_id: str) -> Booking | None:
    return session.scalars(
        select(Booking)
        .where(Booking.sender_id == sender_id, Booking.status == "confirmed")
        .order_by(Booking.start_at.desc())
        .limit(1)
    ).first()


def link_expired(session: Session, booking_id: int, now: datetime) -> bool:
    """A booking's cancel and reschedule links last until the call is over (or the booking is
    erased): an old invite email is not a way in for ever."""
    row = session.get(Booking, booking_id)
    return row is None or aware(row.end_at) <= now


def cancel_booking(session: Session, booking_id: int, *, links: Links, now: datetime) -> Booking | None:
    """Free the slot and take the call out of both calendars: an iCalendar CANCEL for the same
    event (same UID, a later SEQUENCE), so calendars remove it instead of keeping a ghost."""
    row = session.get(Booking, booking_id)
    if row is None or row.status != "confirmed":
        return None
    slots.cancel(session, row, now)
    meeting, sdr, lead, zone = calendar_event(session, row, links)
    cancelled = replace(meeting, sequence=meeting.sequence + 1, cancelled=True)
    attendees = [
        (str(sdr.email), f"Cancelled: {meeting.summary}"),
        *((g, f"Cancelled: {meeting.summary}") for g in meeting.guests),
    ]
    if lead is not None:
        attendees.append((str(lead.email), f"Cancelled: your call with {sdr.name}, {when(meeting, zone)}"))
    for to, subject in attendees:
        enqueue_email(
            session,
            f"cancel:{row.id}:{to}",
            invite_email(
                cancelled,
                sender=links.mail_from,
                to=to,
                subject=subject,
                body=f"The call on {when(meeting, zone)} is cancelled. "
                "The attached update removes it from your calendar.\n",
            ),
            now=now,
        )
    enqueue_event(session, BOOKING_CANCELLED, f"booking-cancelled:{row.id}", {"booking_id": row.id}, now=now)
    return row


def calendar_event(session: Session, row: Booking, links: Links) -> tuple[Meeting, Sdr, Lead | None, str]:
    """The calendar event of a booking, with its SDR, lead and the visitor's time zone."""
    sdr = session.get(Sdr, row.sdr_id)
    lead = session.get(Lead, row.lead_id) if row.lead_id else None
    assert sdr is not None
    meeting = Meeting(
        uid=f"booking-{row.id}@pricing-qualifier",
        start=aware(row.start_at),
        end=aware(row.end_at),
        sdr_name=str(sdr.name),
        sdr_email=str(sdr.email),
        visitor_name=str(lead.person_name or "") if lead else "",
        visitor_email=str(lead.email) if lead else "",
        company=str(lead.company or "") if lead else "",
        summary=f"Intro call: {lead.company or lead.person_name if lead else 'prospect'} with {sdr.name}",
        description=_summary(session, lead, links) if lead else "",
        # each guest added sends one update, each move a CANCEL and a REQUEST: the sequence only grows
        guests=tuple(row.guests or ()),
        sequence=len(row.guests or ()) + 2 * int(row.moves or 0),
    )
    return meeting, sdr, lead, str(row.visitor_timezone or sdr.timezone)


def _summary(session: Session, lead: Lead, links: Links) -> str:
    answers = "\n".join(
        f"- {label}: {describe(slot, value)}"
        for slot, label, value in (
            ("industry", "Industry", lead.industry),
            ("company_size", "Company size", lead.company_size),
            ("budget", "Budget", lead.budget_usd),
            ("authority", "Role", lead.authority),
            ("timeline", "Timeline", lead.timeline_days),
        )
    )
    reasons = "\n".join(f"- {reason}" for reason in (lead.score_reasons or []))
    last_words = "\n".join(f"{m.sender}: {m.text}" for m in transcript(session, int(lead.id))[-12:])
    return (
        f"Contact: {lead.person_name} <{lead.email}>, {lead.company}\n\nAnswers:\n{answers}\n\n"
        f"Score {lead.score}/100:\n{reasons}\n\nTranscript: {lead_link(links.public_url, int(lead.id))}\n\n"
        f"Latest messages:\n{last_words}\n"
    )


def _lead_data(lead: Lead, context: str) -> dict[str, object]:
    return {
        "lead_id": lead.id,
        "email": lead.email,
        "stage": lead.stage,
        "score": lead.score,
        "context": context,
        "company": lead.company,
        "owner_id": lead.owner_id,
    }


def _schedule_no_booking_alert(
    session: Session, lead: Lead, sdr: Sdr, sender_id: str, roster: Roster, now: datetime
) -> None:
    message = compose(
        to=str(sdr.email),
        subject=f"Prospect left without booking: {lead.person_name or lead.email}",
        body=(
            f"{lead.person_name} <{lead.email}> ({lead.company}) qualified but did not book a call.\n"
            f"Score {lead.score}/100. Reach out while they're warm."
        ),
    )
    enqueue_email(
        session,
        f"no-booking:{lead.id}:{sender_id}",
        message,
        now=now,
        kind=ALERT,
        not_before=now + timedelta(minutes=roster.defaults.no_booking_alert_minutes),
        about={"sender_id": sender_id},  # delivery drops the alert when this visitor booked meanwhile
    )
