"""The SDR roster file (sales/roster.yml): validated on load, synced into the database."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays
from pydantic import BaseModel, Field, validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.nlu.taxonomy import INDUSTRY_IDS
from bot.storage.models import Sdr
from bot.yamlfile import LocatedYaml

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SEGMENTS = {"smb": (1, 99), "midmarket": (100, 999), "enterprise": (1000, 10**9)}
_HOURS_RE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")


class _Strict(BaseModel):
    class Config:
        extra = "forbid"


class Defaults(_Strict):
    meeting_minutes: int = Field(30, ge=10, le=240)
    buffer_minutes: int = Field(15, ge=0, le=120)
    minimum_notice_hours: float = Field(4, ge=0, le=168)
    hold_minutes: int = Field(10, ge=1, le=120)
    slots_offered: int = Field(4, ge=3, le=5)
    no_booking_alert_minutes: int = Field(30, ge=1, le=1440)


class SdrSpec(_Strict):
    name: str = Field(min_length=1)
    email: str
    timezone: str
    country: str = "US"
    working_hours: dict[str, str]
    # when they take live chats (the widget's "talk to a person"); None: their working hours
    live_hours: dict[str, str] | None = None
    days_off: list[date] = []
    territories: list[str] = []
    industries: list[str] = []
    segments: list[str] = []
    weight: int = Field(1, ge=1, le=100)
    daily_cap: int = Field(6, ge=1, le=50)
    online: bool = False

    @validator("email")
    def _email(cls, value: str) -> str:  # noqa: N805
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}", value):
            raise ValueError(f"'{value}' is not an email address")
        return value.lower()

    @validator("timezone")
    def _timezone(cls, value: str) -> str:  # noqa: N805
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"'{value}' is not an IANA time zone such as Europe/Berlin") from None
        return value

    @validator("country")
    def _country(cls, value: str) -> str:  # noqa: N805
        if value.upper() not in holidays.list_supported_countries():
            raise ValueError(f"'{value}' is not a country code the holidays library knows (e.g. US, DE, GB)")
        return value.upper()

    @validator("working_hours", "live_hours")
    def _hours(cls, value: dict[str, str] | None) -> dict[str, str] | None:  # noqa: N805
        for day, span in (value or {}).items():
            if day not in WEEKDAYS:
                raise ValueError(f"'{day}' is not a weekday; use {', '.join(WEEKDAYS)}")
            match = _HOURS_RE.match(span or "")
            if not match or (int(match.group(3)), int(match.group(4))) <= (int(match.group(1)), int(match.group(2))):
                raise ValueError(f"{day}: '{span}' must be HH:MM-HH:MM with the end after the start")
        return value

    @validator("industries", each_item=True)
    def _industries(cls, value: str) -> str:  # noqa: N805
        if value not in INDUSTRY_IDS:
            raise ValueError(f"unknown industry '{value}'")
        return value

    @validator("segments", each_item=True)
    def _segments(cls, value: str) -> str:  # noqa: N805
        if value not in SEGMENTS:
            raise ValueError(f"unknown segment '{value}'; use {', '.join(SEGMENTS)}")
        return value

    def covers(self, visitor_timezone: str | None) -> bool:
        """Whether the visitor's time zone is in this SDR's territory (no territories: anywhere)."""
        return not self.territories or (
            visitor_timezone is not None and any(visitor_timezone.startswith(prefix) for prefix in self.territories)
        )

    def hours_on(self, weekday: int) -> tuple[time, time] | None:
        return _span_on(self.working_hours, weekday)

    def takes_live_chat(self, now: datetime) -> bool:
        """Whether, flagged online, they are at work now in their own zone: a visitor told at night that
        someone "will join shortly" waits for nobody."""
        local = now.astimezone(ZoneInfo(self.timezone))
        hours = _span_on(self.live_hours if self.live_hours is not None else self.working_hours, local.weekday())
        if local.date() in self.days_off or hours is None:
            return False
        return hours[0] <= local.time().replace(tzinfo=None) <= hours[1]


def _span_on(hours: dict[str, str], weekday: int) -> tuple[time, time] | None:
    span = hours.get(WEEKDAYS[weekday])
    if not span:
        return None
    start, end = span.split("-")
    end_time = time(23, 59, 59) if end == "24:00" else time.fromisoformat(end)
    return time.fromisoformat(start), end_time


class Roster(_Strict):
    defaults: Defaults = Field(default_factory=lambda: Defaults())  # type: ignore[call-arg]
    sdrs: list[SdrSpec] = Field(min_items=1)

    def by_email(self, email: str) -> SdrSpec | None:
        return next((s for s in self.sdrs if s.email == email.lower()), None)


def load_roster(path: Path) -> Roster:
    doc = LocatedYaml(path)
    if not isinstance(doc.data, dict):
        raise doc.error("expected 'defaults:' and a list 'sdrs:'")
    roster = doc.parse(Roster)
    emails = [s.email for s in roster.sdrs]
    for index, email in enumerate(emails):
        if emails.index(email) != index:
            raise doc.error(f"sdrs: {email} is listed twice", "sdrs", index)
    return roster


def sync_roster(session: Session, roster: Roster) -> None:
    """Make the sdrs table match the file; SDRs removed from the file are deactivated, not deleted."""
    existing = {str(s.email): s for s in session.execute(select(Sdr)).scalars()}
    for spec in roster.sdrs:
        row = existing.pop(spec.email, None)
        if row is None:
            row = Sdr(email=spec.email, assigned_count=0)
            session.add(row)
        row.name, row.timezone, row.online, row.weight, row.active = (
            spec.name,
            spec.timezone,
            spec.online,
            spec.weight,
            True,
        )
    for row in existing.values():
        row.active = False
    session.flush()
