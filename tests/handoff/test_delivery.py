"""Outbox delivery against real servers: an SMTP server (aiosmtpd) and a local HTTP receiver."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy

import aiohttp
import pytest
from aiohttp import web
from aiosmtpd.controller import Controller
from icalendar import Calendar
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.app.database import Database
from bot.app.outbox import KEPT_LOCALLY, deliver_due, signature
from bot.handoff.roster import Roster
from bot.handoff.service import Links, book, cancel_booking, hand_off
from bot.settings import Settings
from bot.storage.db import make_engine, session_factory, transaction
from bot.storage.models import Booking, Lead, OutboxItem
from bot.storage.outbox import enqueue_event
from tests.e2e.stack import free_port, serving

pytestmark = pytest.mark.clock  # reads the clock: rerun by scripts/clock-matrix.sh

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
LINKS = Links(public_url="http://chat.example", secret="s3cret", mail_from="bot@example.com")


def over(factory: sessionmaker) -> Database:
    """The app's handle on the database the test's session factory opens."""
    return Database(factory.kw["bind"], factory)


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:  # noqa: N802 - aiosmtpd's name
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))  # type: ignore[attr-defined]
        return "250 OK"


@pytest.fixture
def smtp() -> tuple[Inbox, int]:
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def booked_visitor(session: Session, roster: Roster) -> None:
    lead = Lead(
        email="ana@bank.example",
        email_key="ana@bank.example",
        company_domain="bank.example",
        stage="prospect",
        score_reasons=["Budget $80,000/yr is at or above the $30,000 Business minimum: +25"],
        person_name="Ana Lima",
        company="First Bank",
        score=82,
        industry="financial_services",
        company_size=300,
    )
    session.add(lead)
    session.flush()
    offer = hand_off(
        session,
        lead_id=int(lead.id),
        sender_id="visitor-mail",
        roster=roster,
        visitor_timezone="Europe/Berlin",
        now=NOW,
    )
    assert (
        book(
            session,
            sender_id="visitor-mail",
            start=datetime.fromisoformat(offer.choices[0].start_iso),
            links=LINKS,
            now=NOW,
        ).problem
        is None
    )


async def test_invites_reach_both_sides_through_smtp_with_a_calendar_file(
    factory: sessionmaker, roster: Roster, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    with transaction(factory) as session:
        booked_visitor(session, roster)
    async with aiohttp.ClientSession() as http:
        await deliver_due(
            over(factory), Settings(smtp_host="127.0.0.1", smtp_port=port, mail_from="bot@example.com"), http, now=NOW
        )
    recipients = sorted(rcpt for _, rcpts, _ in inbox.messages for rcpt in rcpts)
    assert recipients == ["ana@bank.example", "lena.fischer@example.com"]
    for _, rcpts, raw in inbox.messages:
        message = message_from_bytes(raw, policy=policy.default)
        calendar_part = next(part for part in message.walk() if part.get_content_type() == "text/calendar")
        calendar = Calendar.from_ical(calendar_part.get_payload(decode=True))
        event = next(iter(calendar.walk("VEVENT")))
        assert str(calendar["METHOD"]) == "REQUEST"
        assert event["DTSTART"].dt.tzinfo is not None and event["DTEND"].dt - event["DTSTART"].dt == timedelta(
            minutes=30
        )
        assert "lena.fischer@example.com" in str(event["ORGANIZER"])
        body = message.get_body(("plain",)).get_content()
        if rcpts == ["lena.fischer@example.com"]:
            assert (
                "Ana Lima <ana@bank.example>, First Bank" in body and "Score 82/100" in body and "/inbox/leads/" in body
            )
        else:
            assert "http://chat.example/booking/" in body


def calendar_event(raw: bytes) -> tuple[str, dict]:
    message = message_from_bytes(raw, policy=policy.default)
    part = next(part for part in message.walk() if part.get_content_type() == "text/calendar")
    calendar = Calendar.from_ical(part.get_payload(decode=True))
    return str(calendar["METHOD"]), next(iter(calendar.walk("VEVENT")))


async def test_a_cancelled_call_leaves_both_calendars_through_an_icalendar_cancel(
    factory: sessionmaker, roster: Roster, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    settings = Settings(smtp_host="127.0.0.1", smtp_port=port, mail_from="bot@example.com")
    with transaction(factory) as session:
        booked_visitor(session, roster)
        booking_id = session.execute(select(Booking.id).where(Booking.status == "confirmed")).scalar_one()
    async with aiohttp.ClientSession() as http:
        await deliver_due(over(factory), settings, http, now=NOW)
        with transaction(factory) as session:
            assert cancel_booking(session, booking_id, links=LINKS, now=NOW) is not None
            assert cancel_booking(session, booking_id, links=LINKS, now=NOW) is None  # a second click changes nothing
        await deliver_due(over(factory), settings, http, now=NOW)
    invites = {tuple(rcpts): calendar_event(raw) for _, rcpts, raw in inbox.messages[:2]}
    cancels = {tuple(rcpts): calendar_event(raw) for _, rcpts, raw in inbox.messages[2:]}
    assert sorted(cancels) == [("ana@bank.example",), ("lena.fischer@example.com",)]
    for who, (method, event) in cancels.items():
        assert method == "CANCEL" and str(event["STATUS"]) == "CANCELLED"
        assert str(event["UID"]) == str(invites[who][1]["UID"]) and int(event["SEQUENCE"]) > int(
            invites[who][1]["SEQUENCE"]
        )


async def test_without_smtp_emails_are_kept_in_the_outbox(factory: sessionmaker, roster: Roster) -> None:
    with transaction(factory) as session:
        booked_visitor(session, roster)
    async with aiohttp.ClientSession() as http:
        await deliver_due(over(factory), Settings(), http, now=NOW)
    with transaction(factory) as session:
        emails = session.execute(select(OutboxItem).where(OutboxItem.kind == "email")).scalars().all()
        assert len(emails) == 2 and all(e.last_error == KEPT_LOCALLY for e in emails)
        assert all("BEGIN:VCALENDAR" in e.payload["raw"] or "text/calendar" in e.payload["raw"] for e in emails)


@pytest.fixture
async def receiver() -> AsyncIterator[tuple[list[dict], int, dict[str, bool]]]:
    received: list[dict] = []
    state = {"down": True}
    secret = "crm-secret"

    async def hook(request: web.Request) -> web.Response:
        if state["down"]:
            return web.Response(status=503)
        body = await request.read()
        assert request.headers["X-Signature"] == signature(secret, body)
        received.append({"key": request.headers["Idempotency-Key"], **json.loads(body)})
        return web.Response(status=204)

    async with serving([web.post("/crm", hook)]) as url:
        yield received, int(url.rsplit(":", 1)[1]), state


async def test_crm_events_are_signed_and_retried_through_downtime(
    factory: sessionmaker, receiver: tuple[list[dict], int, dict[str, bool]]
) -> None:
    received, port, state = receiver
    with transaction(factory) as session:
        enqueue_event(session, "prospect.created", "prospect:1", {"lead_id": 1}, now=NOW)
        enqueue_event(
            session, "prospect.created", "prospect:1", {"lead_id": 1}, now=NOW
        )  # the same event twice is one delivery
    delivery = Settings(crm_webhook_url=f"http://127.0.0.1:{port}/crm", crm_webhook_secret="crm-secret")
    async with aiohttp.ClientSession() as http:
        assert await deliver_due(over(factory), delivery, http, now=NOW) == 0  # the CRM is down
        with transaction(factory) as session:
            item = session.execute(select(OutboxItem)).scalar_one()
            assert item.attempts == 1 and "503" in item.last_error and item.delivered_at is None
        state["down"] = False
        assert (
            await deliver_due(over(factory), delivery, http, now=NOW + timedelta(seconds=1)) == 0
        )  # not due yet: backoff
        assert await deliver_due(over(factory), delivery, http, now=NOW + timedelta(minutes=5)) == 1
    assert received == [
        {"key": "prospect:1", "event": "prospect.created", "idempotency_key": "prospect:1", "data": {"lead_id": 1}}
    ]


async def test_the_no_booking_alert_waits_and_is_dropped_when_the_visitor_books(
    factory: sessionmaker, roster: Roster
) -> None:
    with transaction(factory) as session:
        booked_visitor(session, roster)
    async with aiohttp.ClientSession() as http:
        await deliver_due(over(factory), Settings(), http, now=NOW)
        with transaction(factory) as session:
            alert = session.execute(select(OutboxItem).where(OutboxItem.kind == "alert")).scalar_one()
            assert alert.delivered_at is None  # not due before the delay
        await deliver_due(over(factory), Settings(), http, now=NOW + timedelta(hours=1))
        with transaction(factory) as session:
            alert = session.execute(select(OutboxItem).where(OutboxItem.kind == "alert")).scalar_one()
            assert alert.last_error == "not needed: the visitor booked"
    await asyncio.sleep(0)


async def test_alerts_go_out_from_the_configured_sender(factory: sessionmaker, smtp: tuple[Inbox, int]) -> None:
    from email.message import EmailMessage

    from bot.storage.outbox import enqueue

    inbox, port = smtp
    message = EmailMessage()
    message["To"] = "lena.fischer@example.com"
    message["Subject"] = "A visitor is asking for a person right now"
    message.set_content("Open the conversation")
    with transaction(factory) as session:
        enqueue(
            session,
            "email",
            "live:1",
            {"to": message["To"], "subject": message["Subject"], "raw": message.as_string()},
            now=NOW,
        )
    async with aiohttp.ClientSession() as http:
        await deliver_due(
            over(factory),
            Settings(smtp_host="127.0.0.1", smtp_port=port, mail_from="sales-bot@acme.example"),
            http,
            now=NOW,
        )
    [(sender, rcpts, raw)] = inbox.messages
    assert sender == "sales-bot@acme.example" and rcpts == ["lena.fischer@example.com"]
    assert message_from_bytes(raw, policy=policy.default)["From"] == "sales-bot@acme.example"


async def test_two_workers_at_once_never_deliver_an_item_twice(
    db_url: str, receiver: tuple[list[dict], int, dict[str, bool]]
) -> None:
    received, port, state = receiver
    state["down"] = False
    writer = session_factory(make_engine(db_url))
    with transaction(writer) as session:
        for number in range(40):
            enqueue_event(session, "lead.created", f"lead:{number}", {"lead_id": number}, now=NOW)
    workers = [session_factory(make_engine(db_url)) for _ in range(2)]  # two processes, each its own pool
    delivery = Settings(crm_webhook_url=f"http://127.0.0.1:{port}/crm", crm_webhook_secret="crm-secret")
    settled = 0
    async with aiohttp.ClientSession() as http:
        for _ in range(4):  # both workers polling at once, round after round, as the web app's workers do
            settled += sum(
                await asyncio.gather(
                    *(deliver_due(over(worker), delivery, http, now=NOW, limit=15) for worker in workers * 2)
                )
            )
    assert settled == 40
    assert sorted(item["key"] for item in received) == sorted(f"lead:{number}" for number in range(40))
    with transaction(writer) as session:
        assert all(item.delivered_at is not None for item in session.execute(select(OutboxItem)).scalars())
