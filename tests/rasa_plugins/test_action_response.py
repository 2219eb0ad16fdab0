"""The compiled check of action server replies accepts and refuses exactly what Rasa's does."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, SlotSet

from bot.rasa_plugins.action_response import validate_action_result

GOOD: dict[str, Any] = {
    "events": [
        SlotSet("industry", "software").as_dict(),
        ActiveLoop("qualification_form").as_dict(),
        BotUttered("Thanks!", {"buttons": []}).as_dict(),
        ActionExecuted("action_listen").as_dict(),
    ],
    "responses": [{"response": "utter_ask_budget"}],
}
BAD: list[dict[str, Any]] = [
    {"events": [{"event": "slot", "name": 3}]},
    {"events": [{"event": "no_such_event"}]},
    {"events": "not a list"},
    {"responses": [42]},
]


def test_accepts_what_rasa_accepts() -> None:
    action = RemoteAction("validate_qualification_form", None)
    assert RemoteAction._validate_action_result(action, GOOD)
    assert validate_action_result(action, GOOD)


@pytest.mark.parametrize("reply", BAD)
def test_refuses_what_rasa_refuses_with_its_hint(reply: dict[str, Any]) -> None:
    action = RemoteAction("validate_qualification_form", None)
    with pytest.raises(ValidationError) as theirs:
        RemoteAction._validate_action_result(action, reply)
    with pytest.raises(ValidationError) as ours:
        validate_action_result(action, reply)
    assert ours.value.message == theirs.value.message
    assert "Failed to validate Action server response" in ours.value.message
