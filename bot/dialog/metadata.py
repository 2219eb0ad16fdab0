"""The widget's metadata (page, plan, timezone, consent), checked before it reaches slots."""

from __future__ import annotations

import re
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

KNOWN_PLANS = ("starter", "business", "enterprise")


def visitor_context(metadata: Any) -> dict[str, Any]:
    """Slot values from metadata; anything malformed is dropped, never trusted."""
    if not isinstance(metadata, dict):
        return {}
    context: dict[str, Any] = {}
    page = metadata.get("page")
    if isinstance(page, str) and 0 < len(page) <= 500:
        context["page"] = page
    plan = metadata.get("plan")
    if isinstance(plan, str) and plan.strip().lower() in KNOWN_PLANS:
        context["plan"] = plan.strip().lower()
    timezone = metadata.get("timezone")
    if isinstance(timezone, str) and re.fullmatch(r"[A-Za-z_+\-/0-9]{1,64}", timezone):
        try:
            ZoneInfo(timezone)
            context["timezone"] = timezone
        except (ZoneInfoNotFoundError, ValueError):
            pass
    if metadata.get("consent") is True:
        context["consent"] = True
    return context
