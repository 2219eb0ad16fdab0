"""Answers and messages as an SDR reads them on a lead page: "Budget: $42,000 a year",
"Timeline: about 4 months, by 31 Mar 2027", the visitor's own words beside each, never a raw key,
a bare number or a button's payload."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.clock import aware
from bot.dialog.answers import SLOT_LABELS, UNKNOWN
from bot.nlu.authority import DECISION_MAKER, INFLUENCER, NO_AUTHORITY
from bot.web.timefmt import zone_or_utc

ROLES = {DECISION_MAKER: "decides", INFLUENCER: "recommends, others approve", NO_AUTHORITY: "no say in the decision"}
ORDER = ("industry", "company_size", "budget", "authority", "timeline", "person_name", "email", "company")
_PAYLOAD_RE = re.compile(r"^/(?P<intent>[a-z_]+)(?P<entities>\{.*\})?$", re.DOTALL)


@dataclass
class AnswerRow:
    label: str
    value: str
    said: str | None
    earlier: list[str] = field(default_factory=list)  # what it was before the visitor corrected it


def answer_value(slot: str, value: Any, said_at: datetime, zone: str | None = None) -> str:
    if value is None or value == UNKNOWN:
        return "not given"
    if slot == "budget":
        return "no budget yet" if float(value) == 0 else f"${float(value):,.0f} a year"
    if slot == "company_size":
        count = int(value)
        return "1 employee (just them)" if count == 1 else f"{count:,} employees"
    if slot == "timeline":
        days = int(value)
        by = (aware(said_at).astimezone(zone_or_utc(zone)) + timedelta(days=days)).strftime("%-d %b %Y")
        if days == 0:
            return f"as soon as possible ({by})"
        if days < 14:
            span = f"{days} day{'s' if days != 1 else ''}"
        elif days < 60:
            span = f"about {round(days / 7)} weeks"
        elif days < 730:
            span = f"about {round(days / 30.4)} months"
        else:
            span = f"about {round(days / 365)} years"
        return f"{span}, by {by}"
    if slot == "authority":
        return ROLES.get(str(value), str(value))
    if slot == "industry":
        return str(value).replace("_", " ").capitalize()
    return str(value)


def as_answer(value: Any, slot: str, said_at: datetime, zone: str | None = None) -> str:
    """`answer_value` as a template filter: `value|answer(slot, said_at, zone)`."""
    return answer_value(slot, value, said_at, zone)


def answer_rows(answers: list[Any], zone: str | None = None) -> list[AnswerRow]:
    """The latest answer to each question, in the order discovery asks them, with what it was
    before a correction. `answers` are Answer rows, oldest first."""
    latest: dict[str, AnswerRow] = {}
    for answer in answers:
        slot = str(answer.slot)
        value = answer_value(slot, answer.value, answer.at, zone)
        said = shown(answer.raw_text) if answer.raw_text else None
        row = AnswerRow(
            SLOT_LABELS.get(slot, slot.replace("_", " ")).capitalize(),
            value,
            None if said is None or said.strip().lower() == value.lower() else said,
        )  # "Jane" said "Jane": once
        previous = latest.get(slot)
        if previous is not None and previous.value != row.value:
            row.earlier = [*previous.earlier, previous.value]
        latest[slot] = row
    return [latest[slot] for slot in sorted(latest, key=lambda s: (ORDER.index(s) if s in ORDER else len(ORDER), s))]


def shown(text: str) -> str:
    """A message as the person saw it: a button's payload ("/inform{...}") as what it chose."""
    payload = _PAYLOAD_RE.match(text.strip())
    if payload is None:
        return text
    chosen = payload.group("intent").replace("_", " ")
    try:
        values = json.loads(payload.group("entities") or "{}")
    except ValueError:
        values = {}
    if isinstance(values, dict) and values:
        chosen += ": " + ", ".join(str(v) for v in values.values())
    return f"[pressed a button: {chosen}]"
