"""Reading what the actions need from a rasa-sdk Tracker."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from bot.dialog.answers import UNKNOWN
from bot.qualification.score import Answers


def latest_intent(tracker: Tracker) -> str | None:
    intent = (tracker.latest_message or {}).get("intent") or {}
    name = intent.get("name")
    return str(name) if name else None


def known(value: Any) -> Any:
    return None if value == UNKNOWN else value


def questions_asked(tracker: Tracker) -> int:
    return sum(
        1 for event in tracker.events
        if event.get("event") == "user" and ((event.get("parse_data") or {}).get("intent") or {}).get("name", "").startswith("faq")
    )


def answers_from(tracker: Tracker, *, returning: bool = False) -> Answers:
    slot = tracker.get_slot
    authority_text = " ".join(
        str(e.get("text") or "") for e in tracker.events if e.get("event") == "user"
    ).lower()
    return Answers(
        industry=known(slot("industry")),
        company_size=known(slot("company_size")),
        budget=known(slot("budget")),
        authority=known(slot("authority")),
        timeline=known(slot("timeline")),
        email=known(slot("email")),
        person_name=known(slot("person_name")),
        company=known(slot("company")),
        plan=slot("plan"),
        page=slot("page"),
        questions_asked=questions_asked(tracker),
        returning=returning,
        student=slot("authority") == "no_authority" and "student" in authority_text,
    )
