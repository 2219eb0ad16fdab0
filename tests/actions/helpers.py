"""Real rasa-sdk Trackers built from events, the way Rasa sends them to the action server."""

from __future__ import annotations

from typing import Any

from rasa.core.nlg.interpolator import interpolate_text
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from bot.settings import PROJECT_ROOT
from bot.yamlfile import load_yaml

DOMAIN: dict[str, Any] = load_yaml((PROJECT_ROOT / "domain.yml").read_text())
SLOT_NAMES = list(DOMAIN["slots"])


def slot_event(name: str, value: Any) -> dict[str, Any]:
    return dict(SlotSet(name, value))


def user_event(text: str, intent: str = "inform") -> dict[str, Any]:
    return {
        "event": "user",
        "text": text,
        "parse_data": {"intent": {"name": intent, "confidence": 0.95}, "entities": [], "text": text},
    }


def make_tracker(
    *,
    before: list[dict[str, Any]] | None = None,
    text: str = "",
    intent: str = "inform",
    this_turn: dict[str, Any] | None = None,
    slots: dict[str, Any] | None = None,
    form: str | None = None,
    sender_id: str = "visitor-test-0000001",
) -> Tracker:
    """`before`: earlier events; `text`/`intent`: the latest message; `this_turn`: slots that
    action_extract_slots set from it; `slots`: the current slot values."""
    events = [*list(before or []), user_event(text, intent)]
    events += [slot_event(k, v) for k, v in (this_turn or {}).items()]
    values = {name: None for name in SLOT_NAMES}
    for event in events:
        if event.get("event") == "slot":
            values[event["name"]] = event["value"]
    values.update(slots or {})
    return Tracker(
        sender_id=sender_id,
        slots=values,
        latest_message=events[-1 - len(this_turn or {})]["parse_data"],
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": form} if form else {},
        latest_action_name="action_listen",
    )


def text_of(message: dict[str, Any]) -> str | None:
    """What the visitor reads: a domain.yml response filled in from the values the action gave,
    as Rasa renders it (its first variation: Rasa picks one at random), else the message's text."""
    response = message.get("response")
    if not response:
        return message.get("text")
    values = {name: value for name, value in message.items() if value is not None}
    return str(interpolate_text(DOMAIN["responses"][response][0]["text"], values))


def texts_of(messages: list[dict[str, Any]]) -> list[str | None]:
    return [text_of(message) for message in messages]
