from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from email import message_from_string, policy
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.handoff.booking import confirm, offer_slots, take_slot
from bot.handoff.choice import part_of_day
from bot.handoff.roster import Roster, load_roster
from bot.handoff.routing import route
from bot.handoff.service import Links, book, hand_off, more_slots
from bot.storage.db import transaction
from bot.storage.models import Booking, Lead, OutboxItem, RoutingDecision, Sdr
from bot.yamlfile import ConfigFileError
from tests.conftest import SALES_FIXTURES

pytestmark = pytest.mark.clock  # reads the clock: rerun by scripts/clock-matrix.sh

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")
LINKS = Links(public_url="http://chat.example", secret="s3cret", mail_from="bot@example.com")


def new_lead(session: Session, email: str, **fields: object) -> Lead:
    lead = Lead(
        email=email,
        email_key=email,
        company_domain=email.split("@")[1],
        stage="prospect",
        score_reasons=[],
        person_name="Ana",
        company="Acme",
        score=80,
        **fields,
    )
    session.add(lead)
    session.flush()
    return lead


def sdr(session: Session, email: str) -> Sdr:
    return session.execute(select(Sdr).where(Sdr.email == email)).scalar_one()


def test_rules_route_by_territory_industry_and_segment(session: Session, roster: Roster) -> None:
    lead = new_lead(session, "cto@bank.example", industry="financial_services", company_size=300)
    decision = route(session, lead, roster, "America/New_York", NOW)
    assert decision.sdr is not None and decision.sdr.email == "alex.morgan@example.com"
    assert decision.rule == "rules"
    stored = session.execute(select(RoutingDecision)).scalar_one()
    assert stored.sdr_id == decision.sdr.id and "eligible" in stored.reason


def test_an_existing_account_owner_comes_first(session: Session, roster: Roster) -> None:
    first = new_lead(session, "a@globex.example", industry="retail", company_size=20)
    owner = route(session, first, roster, "Europe/Berlin", NOW).sdr
    second = new_lead(session, "b@globex.example", industry="software", company_size=5000)
    decision = route(session, second, roster, "America/New_York", NOW)
    assert decision.rule == "account_owner" and decision.sdr is owner


def test_nobody_covering_the_zone_goes_to_the_fallback_queue(session: Session, roster: Roster) -> None:
    lead = new_lead(session, "x@far.example", industry="software", company_size=50)
    decision = route(session, lead, roster, "Antarctica/Troll", NOW)
    assert decision.sdr is None and decision.rule == "fallback_queue"
    assert lead.owner_id is None


def test_weighted_round_robin_is_fair_under_concurrent_prospects(factory: sessionmaker, roster: Roster) -> None:
    # Alex (weight 2) and Priya (weight 1) both cover US midmarket software
    def one(index: int) -> str:
        with transaction(factory) as session:
            lead = new_lead(session, f"p{index}@co{index}.example", industry="software", company_size=500)
            chosen = route(session, lead, roster, "America/Chicago", NOW).sdr
            assert chosen is not None
            return str(chosen.email)

    with ThreadPoolExecutor(6) as pool:
        chosen = list(pool.map(one, range(30)))
    assert chosen.count("alex.morgan@example.com") == 20 and chosen.count("priya.shah@example.com") == 10


def test_offered_slots_are_held_and_booking_turns_a_hold_into_a_meeting(session: Session, roster: Roster) -> None:
    lead = new_lead(session, "cto@bank.example", industry="software", company_size=300)
    offer = hand_off(
        session, lead_id=int(lead.id), sender_id="visitor-a", roster=roster, visitor_timezone="Europe/Berlin", now=NOW
    )
    assert offer.sdr_name == "Lena Fischer" and 3 <= len(offer.choices) <= 5
    assert session.execute(
        select(func.count()).select_from(Booking).where(Booking.status == "held")
    ).scalar_one() == len(offer.choices)
    chosen = datetime.fromisoformat(offer.choices[1].start_iso)
    result = book(session, sender_id="visitor-a", start=chosen, links=LINKS, now=NOW + timedelta(minutes=2))
    assert result.problem is None and result.sdr_name == "Lena Fischer" and "(Europe/Berlin)" in result.when
    statuses = sorted(session.execute(select(Booking.status)).scalars())
    assert statuses.count("confirmed") == 1 and "held" not in statuses
    kinds = sorted(session.execute(select(OutboxItem.kind)).scalars())
    assert kinds == ["alert", "email", "email", "webhook", "webhook"]


def test_bad_bookings_get_a_clear_reason(session: Session, roster: Roster) -> None:
    lead = new_lead(session, "cto@bank.example", industry="software", company_size=300)
    offer = hand_off(
        session, lead_id=int(lead.id), sender_id="visitor-b", roster=roster, visitor_timezone="Europe/Berlin", now=NOW
    )
    first = datetime.fromisoformat(offer.choices[0].start_iso)
    assert book(session, sender_id="visitor-b", start=NOW - timedelta(hours=1), links=LINKS, now=NOW).problem == "past"
    assert (
        book(session, sender_id="visitor-b", start=first + timedelta(minutes=7), links=LINKS, now=NOW).problem
        == "unknown_slot"
    )
    assert book(session, sender_id="visitor-b", start=first, links=LINKS, now=NOW).problem is None
    assert book(session, sender_id="visitor-b", start=first, links=LINKS, now=NOW).problem == "already_booked"


def test_an_expired_hold_is_booked_only_if_nobody_took_the_slot(session: Session, roster: Roster) -> None:
    lead = new_lead(session, "cto@bank.example", industry="software", company_size=300)
    offer = hand_off(
        session, lead_id=int(lead.id), sender_id="visitor-c", roster=roster, visitor_timezone="Europe/Berlin", now=NOW
    )
    slot_a, slot_b = (datetime.fromisoformat(c.start_iso) for c in offer.choices[:2])
    later = NOW + timedelta(minutes=30)  # holds last 10 minutes
    lena = sdr(session, "lena.fischer@example.com")
    assert (
        take_slot(session, sdr_id=int(lena.id), start=slot_a, minutes=30, sender_id="someone-else", now=later)
        is not None
    )
    assert confirm(session, sender_id="visitor-c", start=slot_a, now=later).problem == "expired"
    assert confirm(session, sender_id="visitor-c", start=slot_b, now=later).problem is None


def test_none_of_these_work_offers_later_days(session: Session, roster: Roster) -> None:
    lead = new_lead(session, "cto@bank.example", industry="software", company_size=300)
    first = hand_off(
        session, lead_id=int(lead.id), sender_id="visitor-d", roster=roster, visitor_timezone="Europe/Berlin", now=NOW
    )
    later = more_slots(session, sender_id="visitor-d", roster=roster, now=NOW)
    assert later is not None and later.choices
    assert min(c.start_iso for c in later.choices) > max(c.start_iso for c in first.choices)


def test_asking_for_the_evening_offers_evening_times_or_says_there_are_none(session: Session, roster: Roster) -> None:
    lead = new_lead(session, "ops@shop.example", industry="retail", company_size=40)
    hand_off(
        session, lead_id=int(lead.id), sender_id="visitor-e", roster=roster, visitor_timezone="Europe/Berlin", now=NOW
    )
    asked = part_of_day("anything in the evening?")
    assert asked is not None and asked[0] == "in the evening"
    evening = more_slots(session, sender_id="visitor-e", roster=roster, now=NOW, hours=asked[1])
    assert evening is not None and evening.rule == "in_hours" and evening.choices
    assert all(datetime.fromisoformat(c.start_iso).astimezone(BERLIN).hour >= 17 for c in evening.choices)
    # Lena (09:00-17:30 in Berlin) has nothing between 1 and 5 at night: said, and the later times offered
    night = more_slots(session, sender_id="visitor-e", roster=roster, now=NOW, hours=(1, 5))
    assert night is not None and night.rule == "none_in_hours" and night.choices


def test_asking_for_a_day_offers_times_that_day_or_says_there_are_none(session: Session, roster: Roster) -> None:
    from bot.handoff.choice import day_asked

    lead = new_lead(session, "ops@shop.example", industry="retail", company_size=40)
    hand_off(
        session, lead_id=int(lead.id), sender_id="visitor-d", roster=roster, visitor_timezone="Europe/Berlin", now=NOW
    )
    friday = day_asked("anything friday?", "Europe/Berlin", NOW)  # NOW is Monday 23 Nov
    assert friday is not None and friday.isoformat() == "2026-11-27"
    offer = more_slots(session, sender_id="visitor-d", roster=roster, now=NOW, day=friday)
    assert offer is not None and offer.rule == "in_hours" and offer.choices
    assert {datetime.fromisoformat(c.start_iso).astimezone(BERLIN).date() for c in offer.choices} == {friday}
    afternoon = more_slots(session, sender_id="visitor-d", roster=roster, now=NOW, day=friday, hours=(12, 17))
    assert afternoon is not None and all(
        datetime.fromisoformat(c.start_iso).astimezone(BERLIN).hour >= 12 for c in afternoon.choices
    )
    sunday = day_asked("what about sunday", "Europe/Berlin", NOW)
    none = more_slots(session, sender_id="visitor-d", roster=roster, now=NOW, day=sunday)
    assert none is not None and none.rule == "none_in_hours" and none.choices  # Lena works weekdays: the next times


def test_a_hundred_concurrent_attempts_on_one_slot_book_it_once(factory: sessionmaker) -> None:
    with transaction(factory) as session:
        lena_id = int(sdr(session, "lena.fischer@example.com").id)
    start = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    def attempt(index: int) -> bool:
        with transaction(factory) as session:
            return (
                take_slot(session, sdr_id=lena_id, start=start, minutes=30, sender_id=f"visitor-{index}", now=NOW)
                is not None
            )

    with ThreadPoolExecutor(20) as pool:
        results = list(pool.map(attempt, range(100)))
    assert results.count(True) == 1
    with transaction(factory) as session:
        assert session.execute(select(func.count()).select_from(Booking)).scalar_one() == 1


def test_a_hundred_visitors_holding_at_once_never_share_a_slot(factory: sessionmaker, roster: Roster) -> None:
    with transaction(factory) as session:
        lena = sdr(session, "lena.fischer@example.com")
    spec = roster.by_email("lena.fischer@example.com")
    assert spec is not None

    def hold(index: int) -> list[datetime]:
        with transaction(factory) as session:
            return [
                h.start_at
                for h in offer_slots(
                    session,
                    session.get(Sdr, lena.id),
                    spec,
                    roster.defaults,
                    sender_id=f"v{index}",
                    lead_id=None,
                    visitor_timezone="UTC",
                    now=NOW,
                )
            ]

    with ThreadPoolExecutor(10) as pool:
        held = [start for starts in pool.map(hold, range(25)) for start in starts]
    assert len(held) == len(set(held))


def test_a_roster_mistake_names_the_line(tmp_path: Path) -> None:
    text = (SALES_FIXTURES / "roster.yml").read_text()
    for old, new, message in [
        (
            "timezone: Europe/Berlin",
            "timezone: Europe/Berln",
            r"roster.yml:\d+: sdrs.2.timezone: 'Europe/Berln' is not an IANA time zone",
        ),
        ('mon: "09:00-17:30"', 'mon: "17:30-09:00"', r"mon: '17:30-09:00' must be HH:MM-HH:MM"),
        (
            "industries: [software, financial_services, professional_services]",
            "industries: [banking]",
            r"unknown industry 'banking'",
        ),
    ]:
        path = tmp_path / "roster.yml"
        path.write_text(text.replace(old, new, 1))
        with pytest.raises(ConfigFileError, match=message):
            load_roster(path)


def test_a_colleague_added_after_booking_gets_the_invite_and_the_others_an_update(
    session: Session, roster: Roster
) -> None:
    from bot.handoff.service import add_guest, booked_call

    lead = new_lead(session, "cto@bank.example", industry="software", company_size=300)
    offer = hand_off(
        session, lead_id=int(lead.id), sender_id="visitor-g", roster=roster, visitor_timezone="Europe/Berlin", now=NOW
    )
    book(session, sender_id="visitor-g", start=datetime.fromisoformat(offer.choices[0].start_iso), links=LINKS, now=NOW)
    call = add_guest(session, sender_id="visitor-g", guest="Ana.Lima@Bank.example", links=LINKS, now=NOW)
    assert call is not None and call.guests == ("ana.lima@bank.example",)
    assert (
        add_guest(session, sender_id="visitor-g", guest="ana.lima@bank.example", links=LINKS, now=NOW) == call
    )  # once only
    mails = {item.idempotency_key: item.payload for item in session.execute(select(OutboxItem)).scalars()}
    guest_mail = next(payload for key, payload in mails.items() if key.startswith("invite-guest:"))
    assert guest_mail["to"] == "ana.lima@bank.example" and "mailto:ana.lima@bank.example" in _calendar_of(guest_mail)
    updates = [key for key in mails if key.startswith("invite-update:")]
    assert len(updates) == 2  # the SDR and the visitor, with the same event listing the guest (SEQUENCE 1)
    calendar = _calendar_of(mails[updates[0]])
    assert "SEQUENCE:1" in calendar and "mailto:ana.lima@bank.example" in calendar
    assert booked_call(session, sender_id="nobody", links=LINKS) is None


def _calendar_of(payload: dict) -> str:
    import email

    message = email.message_from_string(payload["raw"])
    text = next(
        part.get_payload(decode=True).decode() for part in message.walk() if part.get_content_type() == "text/calendar"
    )
    return text.replace("\r\n ", "")  # unfold the 75-character lines


def test_a_lead_who_asked_for_a_person_while_nobody_was_online_goes_to_an_sdr_to_reply(
    session: Session, roster: Roster
) -> None:
    from bot.handoff.service import ask_for_callback

    lead = new_lead(session, "ops@shop.example", industry="retail", company_size=20, budget_usd=1200)
    lead.stage = "lead"
    args = {"lead_id": int(lead.id), "sender_id": "visitor-cb", "roster": roster, "links": LINKS, "now": NOW}
    name = ask_for_callback(session, visitor_timezone="Europe/Berlin", **args)
    owner = session.get(Sdr, lead.owner_id)
    assert owner is not None and name == owner.name
    again = ask_for_callback(session, visitor_timezone="Europe/Berlin", **args)
    assert again == name  # asked again in the same chat: the same SDR, one email, one routing decision
    mails = [item.payload for item in session.execute(select(OutboxItem)).scalars()]
    assert [mail["to"] for mail in mails] == [owner.email]
    body = message_from_string(mails[0]["raw"], policy=policy.default).get_content()
    assert "Ana <ops@shop.example>" in body and "Company size: about 20 people" in body
    assert "http://chat.example/inbox/leads/" in body  # the lead's page, transcript and all
    assert session.execute(select(func.count()).select_from(RoutingDecision)).scalar_one() == 1


def test_a_callback_nobody_covers_stays_in_the_fallback_queue_without_an_email(
    session: Session, roster: Roster
) -> None:
    from bot.handoff.service import ask_for_callback

    lead = new_lead(session, "x@far.example", industry="software", company_size=50)
    args = {"lead_id": int(lead.id), "sender_id": "visitor-far", "roster": roster, "links": LINKS, "now": NOW}
    assert ask_for_callback(session, visitor_timezone="Antarctica/Troll", **args) is None
    assert session.execute(select(func.count()).select_from(OutboxItem)).scalar_one() == 0
