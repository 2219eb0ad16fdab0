"""Open meeting slots for one SDR: working hours in their own time zone, holidays, days off,
minimum notice, buffers, the daily cap and existing bookings. All arithmetic on aware
datetimes through zoneinfo, so daylight-saving changes in either zone are handled."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from bot.handoff.roster import Defaults, SdrSpec


@dataclass(frozen=True)
class Interval:
    start: datetime
    end: datetime


@lru_cache(maxsize=64)
def _holidays(country: str, year: int) -> holidays.HolidayBase:
    return holidays.country_holidays(country, years=year)


def is_holiday(country: str, day: date) -> bool:
    return day in _holidays(country, day.year)


def open_slots(
    spec: SdrSpec,
    defaults: Defaults,
    busy: Iterable[Interval],
    now: datetime,
    *,
    after: datetime | None = None,
    count: int = 4,
    horizon_days: int = 14,
    per_day: int = 2,
    wanted: Callable[[datetime], bool] | None = None,
) -> list[datetime]:
    """Up to `count` slot starts (UTC) from `after` (or now + notice), at most `per_day` a day so
    the visitor gets a real choice of days."""
    zone = ZoneInfo(spec.timezone)
    meeting = timedelta(minutes=defaults.meeting_minutes)
    buffer = timedelta(minutes=defaults.buffer_minutes)
    earliest = now.astimezone(UTC) + timedelta(hours=defaults.minimum_notice_hours)
    if after is not None and after.astimezone(UTC) > earliest:
        earliest = after.astimezone(UTC)
    taken = sorted(busy, key=lambda b: b.start)
    per_local_day: dict[date, int] = {}
    for interval in taken:
        day = interval.start.astimezone(zone).date()
        per_local_day[day] = per_local_day.get(day, 0) + 1
    found: list[datetime] = []
    first_day = earliest.astimezone(zone).date()
    for offset in range(horizon_days + 1):
        day = first_day + timedelta(days=offset)
        if day in spec.days_off or is_holiday(spec.country, day):
            continue
        hours = spec.hours_on(day.weekday())
        if hours is None or per_local_day.get(day, 0) >= spec.daily_cap:
            continue
        start_local = datetime.combine(day, hours[0], tzinfo=zone)
        end_local = datetime.combine(day, hours[1], tzinfo=zone)
        # step in UTC so a wall-clock jump on a DST day never creates or loses a slot
        cursor, end = start_local.astimezone(UTC), end_local.astimezone(UTC)
        booked_today = per_local_day.get(day, 0)
        offered_today = 0
        while cursor + meeting <= end and offered_today < per_day and booked_today + offered_today < spec.daily_cap:
            if (
                cursor >= earliest
                and (wanted is None or wanted(cursor))
                and not _conflicts(cursor, cursor + meeting, taken, buffer)
            ):
                found.append(cursor)
                offered_today += 1
                if len(found) >= count:
                    return found
                cursor += meeting + buffer
                continue
            cursor += timedelta(minutes=defaults.meeting_minutes)
    return found


def _conflicts(start: datetime, end: datetime, taken: list[Interval], buffer: timedelta) -> bool:
    return any(start < b.end + buffer and b.start - buffer < end for b in taken)


def zone_label(zone: str) -> str:
    """How a zone is shown: "GMT+3" for the tz database's Etc/GMT-3 (whose sign reads backwards)."""
    match = re.fullmatch(r"Etc/GMT([+-])(\d{1,2})", zone)
    if match is None:
        return zone
    return f"GMT{'-' if match.group(1) == '+' else '+'}{match.group(2)}"


def describe_slot(start: datetime, visitor_timezone: str) -> str:
    """ "Tue 24 Nov, 10:00" in the visitor's zone (the zone name is shown once by the caller)."""
    local = start.astimezone(ZoneInfo(visitor_timezone))
    return local.strftime("%a %d %b, %H:%M")
