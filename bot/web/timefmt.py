"""Times as an SDR reads them: in a named zone with its abbreviation, and how long ago or ahead.
Registered as Jinja filters (`when`, `ago`) for the inbox templates."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import jinja2
from babel.dates import format_timedelta

from bot.clock import aware


def zone_or_utc(zone: str | None) -> ZoneInfo:
    """The named zone, or UTC when it is missing or unknown."""
    try:
        return ZoneInfo(zone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def when(moment: datetime | None, zone: str | None = None) -> str:
    """ "Tue 24 Nov 2026, 10:00 CET"; UTC when the zone is unknown."""
    if moment is None:
        return ""
    local = aware(moment).astimezone(zone_or_utc(zone))
    return f"{local:%a %d %b %Y, %H:%M} {local:%Z}"


def ago(moment: datetime | None, now: datetime) -> str:
    """ "3 hours ago", "in 2 days" (babel's wording)."""
    if moment is None:
        return ""
    return str(format_timedelta(aware(moment) - aware(now), add_direction=True, locale="en"))


def register(environment: jinja2.Environment) -> None:
    environment.filters["when"] = when
    environment.filters["ago"] = ago
