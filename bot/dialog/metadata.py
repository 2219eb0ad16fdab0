"""The widget's metadata (page, plan, time zone, locale), checked before it reaches slots.

Nothing else a browser sends is believed: an email or "consent" in metadata is ignored, and a
returning visitor is recognized only from a signed identity (bot/dialog/identity.py).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MAX_VALUE_CHARS = 2048


def visitor_context(metadata: Any, plan_ids: Collection[str]) -> dict[str, Any]:
    """Slot values from metadata; anything malformed is dropped, never trusted. A plan counts
    when it is one of `plan_ids` (sales/plans.yml's, the one list of plans)."""
    if not isinstance(metadata, dict):
        return {}
    context: dict[str, Any] = {}
    page = metadata.get("page")
    if isinstance(page, str) and 0 < len(page) <= 500:
        context["page"] = page
    plan = metadata.get("plan")
    if isinstance(plan, str) and plan.strip().lower() in plan_ids:
        context["plan"] = plan.strip().lower()
    timezone = known_zone(metadata.get("timezone"))
    if timezone:
        context["timezone"] = timezone
    return context


def known_zone(value: Any) -> str | None:
    """An IANA time zone name a browser sent, when it is one; anything else is None."""
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z_+\-/0-9]{1,64}", value):
        return None
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return value


def browser_metadata(metadata: Any) -> dict[str, Any]:
    """The keys the front door passes on to Rasa; everything else a browser adds is dropped."""
    if not isinstance(metadata, dict):
        return {}
    kept: dict[str, Any] = {}
    for key in ("page", "plan", "timezone", "locale", "display", "identity"):
        value = metadata.get(key)
        if isinstance(value, str) and 0 < len(value) <= MAX_VALUE_CHARS:
            kept[key] = value
    if metadata.get("silent") is True:
        kept["silent"] = True
    return kept
