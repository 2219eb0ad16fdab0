from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.handoff.availability import Interval, describe_slot, open_slots
from bot.handoff.roster import Defaults, SdrSpec

NY = ZoneInfo("America/New_York")
WEEKDAYS_9_TO_5 = {d: "09:00-17:00" for d in ("mon", "tue", "wed", "thu", "fri")}


def sdr(**overrides) -> SdrSpec:
    return SdrSpec(
        **{
            "name": "Alex",
            "email": "alex@example.com",
            "timezone": "America/New_York",
            "country": "US",
            "working_hours": WEEKDAYS_9_TO_5,
            "daily_cap": 6,
            **overrides,
        }
    )


DEFAULTS = Defaults(meeting_minutes=30, buffer_minutes=15, minimum_notice_hours=4, slots_offered=4)


def local(moment: datetime, zone: ZoneInfo = NY) -> datetime:
    return moment.astimezone(zone)


def test_slots_fall_inside_working_hours_in_the_sdrs_zone_and_respect_notice() -> None:
    now = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)  # Monday 09:00 in New York
    slots = open_slots(sdr(), DEFAULTS, [], now, count=4)
    assert len(slots) == 4
    assert slots[0] >= now + timedelta(hours=4)
    for start in slots:
        start_local = local(start)
        assert start_local.weekday() < 5 and start_local.hour >= 9 and (start_local + timedelta(minutes=30)).hour <= 17


def test_at_most_two_a_day_so_the_visitor_can_choose_a_day() -> None:
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    days = [local(s).date() for s in open_slots(sdr(), DEFAULTS, [], now, count=4)]
    assert max(days.count(d) for d in days) <= 2 and len(set(days)) >= 2


def test_public_holidays_and_days_off_are_skipped() -> None:
    now = datetime(2026, 11, 25, 22, 0, tzinfo=UTC)  # Wednesday evening before Thanksgiving
    slots = open_slots(sdr(days_off=[date(2026, 11, 27)]), DEFAULTS, [], now, count=2)
    assert all(local(s).date() not in (date(2026, 11, 26), date(2026, 11, 27)) for s in slots)
    assert local(slots[0]).date() == date(2026, 11, 30)


def test_existing_bookings_and_buffers_are_respected() -> None:
    now = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    first = datetime(2026, 11, 30, 9, 0, tzinfo=NY)
    busy = [Interval(first, first + timedelta(minutes=30))]
    slots = open_slots(sdr(), DEFAULTS, busy, now, count=1)
    assert local(slots[0]) == datetime(2026, 11, 30, 10, 0, tzinfo=NY)  # next half hour clear of the buffer


def test_the_daily_cap_closes_a_day() -> None:
    now = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    base = datetime(2026, 11, 30, 9, 0, tzinfo=NY)
    busy = [Interval(base + timedelta(hours=i), base + timedelta(hours=i, minutes=30)) for i in range(2)]
    slots = open_slots(sdr(daily_cap=2), DEFAULTS, busy, now, count=2)
    assert all(local(s).date() != date(2026, 11, 30) for s in slots)


def test_daylight_saving_change_in_the_sdrs_zone_keeps_local_hours() -> None:
    # US clocks go forward on Sunday 2027-03-14: 09:00 New York is 14:00 UTC before, 13:00 UTC after
    now = datetime(2027, 3, 10, 20, 0, tzinfo=UTC)  # Wednesday 15:00 in New York
    slots = open_slots(sdr(), DEFAULTS, [], now, count=4, per_day=1)
    assert [local(s).strftime("%a %H:%M") for s in slots] == ["Thu 09:00", "Fri 09:00", "Mon 09:00", "Tue 09:00"]
    assert [s.hour for s in slots] == [14, 14, 13, 13]


def test_daylight_saving_in_only_one_zone_shows_the_right_time_to_the_visitor() -> None:
    # between 2027-03-14 (US) and 2027-03-28 (EU) New York is 4 hours behind Berlin, not 6
    now = datetime(2027, 3, 10, 20, 0, tzinfo=UTC)  # Wednesday 15:00 in New York
    before, after = open_slots(sdr(), DEFAULTS, [], now, count=4, per_day=1)[1:3]
    assert describe_slot(before, "Europe/Berlin") == "Fri 12 Mar, 15:00"
    assert describe_slot(after, "Europe/Berlin") == "Mon 15 Mar, 14:00"


def test_a_dst_night_never_yields_a_nonexistent_or_doubled_slot() -> None:
    night_owl = sdr(working_hours={d: "00:00-04:00" for d in ("sat", "sun", "mon")}, daily_cap=20)
    now = datetime(2027, 3, 13, 0, 0, tzinfo=UTC)
    slots = open_slots(
        night_owl,
        Defaults(meeting_minutes=30, buffer_minutes=0, minimum_notice_hours=0, slots_offered=5),
        [],
        now,
        count=50,
        per_day=20,
    )
    assert len(slots) == len(set(slots))
    sunday = [s for s in slots if local(s).date() == date(2027, 3, 14)]
    assert len(sunday) == 6  # 00:00-04:00 local on the night clocks jump is 3 real hours: 6 half-hour slots
