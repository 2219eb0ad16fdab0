"""Remembering event classes by name reads every stored event exactly as Rasa does."""

from __future__ import annotations

import pytest
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    Event,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.utils.common import all_subclasses

from bot.rasa_plugins import event_types

EVENTS = [
    SessionStarted(),
    ActionExecuted("action_listen"),
    UserUttered("we are 40 people", {"name": "inform", "confidence": 0.9}, [{"entity": "company_size", "value": 40}]),
    SlotSet("company_size", 40),
    ActiveLoop("qualification_form"),
    BotUttered("Thanks!", {"buttons": [{"title": "Yes", "payload": "/affirm"}]}),
    Restarted(),
]


@pytest.fixture
def remembering(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Event, "resolve_by_type", Event.__dict__["resolve_by_type"])
    monkeypatch.setattr(event_types, "_found", {})
    event_types.install()


def test_a_stored_tracker_reads_back_the_same_events(remembering: None) -> None:
    stored = [e.as_dict() for e in EVENTS]
    for _ in range(2):  # the second read comes from what the first remembered
        tracker = DialogueStateTracker.from_dict("visitor", stored)
        assert [e.as_dict() for e in tracker.events] == stored


def test_every_concrete_event_class_is_found_by_its_name(remembering: None) -> None:
    for cls in all_subclasses(Event):
        assert Event.resolve_by_type(cls.type_name) is Event.resolve_by_type(cls.type_name)
        assert Event.resolve_by_type(cls.type_name).type_name == cls.type_name


def test_unknown_names_behave_as_in_rasa(remembering: None) -> None:
    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("no_such_event", default=SlotSet) is SlotSet
    with pytest.raises(ValueError):
        Event.resolve_by_type("no_such_event")
