"""The lead filters in a query string (stage, since, owner, min_score, limit, offset), read one
way for the JSON API and the inbox: a bad value is refused with a message naming it, never
dropped silently."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime

from bot.app.lead_reads import LeadFilters
from bot.qualification.lifecycle import LEAD, PROSPECT

STAGES = (LEAD, PROSPECT)
MAX_LIMIT = 200
MAX_OFFSET = 999_999_999  # past any table; a bigger number is a 400, never a database overflow


class FilterError(ValueError):
    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(message)
        self.parameter = parameter
        self.message = message


def parse_lead_filters(query: Mapping[str, str], *, limit: int = 50, blank_is_absent: bool = False) -> LeadFilters:
    """With `blank_is_absent` (an HTML form, which sends its untouched fields empty) an empty
    value means no filter; for the API an empty value is a value, and refused if it is not one."""
    given = {
        name: value.strip() if blank_is_absent else value
        for name, value in query.items()
        if value.strip() or not blank_is_absent
    }
    stage = given.get("stage")
    if stage is not None and stage not in STAGES:
        raise FilterError("stage", f"stage must be one of {', '.join(STAGES)}")
    return LeadFilters(
        stage=stage,
        since=parse_instant("since", given.get("since")),
        owner=given.get("owner"),
        min_score=_whole("min_score", given.get("min_score"), 0, 0, 100),
        limit=_whole("limit", given.get("limit"), limit, 1, MAX_LIMIT),
        offset=_whole("offset", given.get("offset"), 0, 0, MAX_OFFSET),
    )


def parse_instant(name: str, raw: str | None) -> datetime | None:
    """An ISO 8601 date or time; one without an offset is UTC."""
    if raw is None:
        return None
    try:
        moment = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
    except ValueError:
        raise FilterError(
            name, f"{name} must be an ISO 8601 date or time, e.g. 2026-11-01 or 2026-11-01T09:00:00Z"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


_WHOLE_RE = re.compile(r"-?[0-9]{1,9}")


def _whole(name: str, raw: str | None, default: int, low: int, high: int | None) -> int:
    if raw is None:
        return default
    if not _WHOLE_RE.fullmatch(raw):  # int() would also take full-width digits, "1_000" and a 4,300-digit number
        raise FilterError(name, f"{name} must be a whole number of at most 9 digits")
    value = int(raw)
    if value < low or (high is not None and value > high):
        raise FilterError(
            name, f"{name} must be between {low} and {high}" if high is not None else f"{name} must be {low} or more"
        )
    return value
