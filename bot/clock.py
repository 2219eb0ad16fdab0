"""The product's one clock.

Everything that needs "now" calls `utcnow()` here, or takes a `now` handed down by a caller that
did. Never mix the two in one code path: a row stamped by the wall clock beside a decision made
at a caller's `now` makes behaviour depend on the hour it runs. Tests freeze this clock (with
time-machine) and every row written then carries the test's time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime


def utcnow() -> datetime:
    """Now, time-zone aware, in UTC: never the machine's local time."""
    return datetime.now(UTC)


def utctoday() -> date:
    return utcnow().date()


def aware(moment: datetime | None) -> datetime:
    """SQLite hands back naive datetimes; everything we store is UTC."""
    assert moment is not None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
