""" "Delete my data" in the chat, after the visitor confirmed (erasure_form)."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import recording, runtime
from bot.dialog.privacy import ERASE_MARKER


class ActionEraseData(Action):
    def name(self) -> str:
        return "action_erase_data"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        events: list[EventType] = [SlotSet("erase_confirmed", None)]
        if tracker.get_slot("erase_confirmed") is not True:
            dispatcher.utter_message(response="utter_erasure_kept")
            return events
        # From here nothing personal is kept, whatever happens to our tables.
        events += [SlotSet("consent", False), SlotSet(ERASE_MARKER, True)]
        try:
            await recording.erase_visitor(tracker)
        except runtime.StorageUnavailable:
            dispatcher.utter_message(response="utter_erasure_failed")
            return events
        dispatcher.utter_message(response="utter_erasure_done")
        return events


class ActionTakeConsent(Action):
    """ "ok yes you can keep my details" after a no (or after the question was given up on): the yes, said in so many
    words, is taken, and the conversation from here is kept."""

    def name(self) -> str:
        return "action_take_consent"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        await recording.consent_given(tracker)
        dispatcher.utter_message(response="utter_consent_taken")
        return [SlotSet("consent", True), SlotSet(ERASE_MARKER, None)]
