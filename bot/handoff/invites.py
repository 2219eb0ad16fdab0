"""Calendar invites (ICS via icalendar) and the emails that carry them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vText

from bot.emails import Attachment, compose
from bot.handoff.availability import zone_label


@dataclass(frozen=True)
class Meeting:
    uid: str
    start: datetime
    end: datetime
    sdr_name: str
    sdr_email: str
    visitor_name: str
    visitor_email: str
    company: str
    summary: str
    description: str
    sequence: int = 0
    cancelled: bool = False
    guests: tuple[str, ...] = ()  # colleagues added after booking, by email


def ics(meeting: Meeting) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Pricing Qualifier//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if meeting.cancelled else "REQUEST")
    event = Event()
    event.add("uid", meeting.uid)
    event.add("dtstamp", meeting.start)
    event.add("dtstart", meeting.start)
    event.add("dtend", meeting.end)
    event.add("summary", meeting.summary)
    event.add("description", meeting.description)
    event.add("sequence", meeting.sequence)
    event.add("status", "CANCELLED" if meeting.cancelled else "CONFIRMED")
    organizer = vCalAddress(f"mailto:{meeting.sdr_email}")
    organizer.params["cn"] = vText(meeting.sdr_name)
    event["organizer"] = organizer
    people = (
        (meeting.visitor_name, meeting.visitor_email),
        (meeting.sdr_name, meeting.sdr_email),
        *((g, g) for g in meeting.guests),
    )
    for name, email in people:
        attendee = vCalAddress(f"mailto:{email}")
        attendee.params["cn"] = vText(name)
        attendee.params["role"] = vText("REQ-PARTICIPANT")
        attendee.params["rsvp"] = vText("TRUE")
        event.add("attendee", attendee, encode=0)
    calendar.add_component(event)
    return calendar.to_ical()


def invite_email(meeting: Meeting, *, sender: str, to: str, subject: str, body: str) -> EmailMessage:
    method = "CANCEL" if meeting.cancelled else "REQUEST"
    invite = Attachment(ics(meeting), "text", "calendar", "invite.ics", {"method": method})
    return compose(to=to, subject=subject, body=body, sender=sender, attachment=invite)


def when(meeting: Meeting, zone: str) -> str:
    local = meeting.start.astimezone(ZoneInfo(zone))
    return f"{local:%A %d %B %Y, %H:%M} ({zone_label(zone)})"
