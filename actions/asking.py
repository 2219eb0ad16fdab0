"""action_ask_<slot>: the one place a form's question is put to the visitor, so every re-ask
is counted and none is put a third time (bot/dialog/asking.py)."""

from __future__ import annotations

import json
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.dialog.answers import CONTACT_SLOTS, DISCOVERY_SLOTS, UNKNOWN, describe, guess_question
from bot.dialog.asking import counted_ask, plan_ask
from bot.dialog.turns import says_correction
from bot.wording import say

ASKED_SLOTS = ("consent", *DISCOVERY_SLOTS, *CONTACT_SLOTS)


def give_up(
    slot: str, dispatcher: CollectingDispatcher, *, kept_as_said: bool = False, guess: Any = None, quiet: bool = False
) -> list[EventType]:
    """Asked twice without an answer we can use, or answered in words we cannot read: keep what
    was said (the transcript and the answer's raw text show the SDR the visitor's words) and
    move on. A best guess still unconfirmed is kept rather than nothing. `quiet` when the caller
    says one "let's leave those out" for several questions at once."""
    if isinstance(guess, dict) and guess.get("slot") == slot:
        dispatcher.utter_message(response="utter_guess_noted", guess=describe(slot, guess.get("value")))
        return [SlotSet(slot, guess.get("value")), SlotSet("pending_guess", None)]
    value = "other" if slot == "industry" else False if slot == "consent" else UNKNOWN
    if quiet:
        return [SlotSet(slot, value)]
    if kept_as_said:
        dispatcher.utter_message(
            response="utter_industry_kept_as_said" if slot == "industry" else "utter_answer_kept_as_said"
        )
    elif slot == "consent":
        dispatcher.utter_message(response="utter_consent_not_given")
    else:
        dispatcher.utter_message(response="utter_moving_on")
    return [SlotSet(slot, value)]


# what answers the visitor's own question: the pending one put again after it is not a failed ask
# What the visitor asked for along the way: their question answered, the question explained, a person called;
# the question put again after one of these is no failed answer (a stranger's request for a person used up an
# ask, and a puzzled "???" after it then gave the question up)
# a correction taken is theirs too: the question put again after it is not one of its two asks ("around 15,000 AUD
# a year" to the consent question, then the consent question again, was a third ask and read as a no)
_ANSWERING_ACTIONS = (
    "action_answer",
    "action_explain",
    "action_request_human",
    "action_confirm_correction",
    "action_call_after_questions",  # "ok go ahead and book it": the call promised, the question put again
)


def _answered_them(tracker: Tracker) -> bool:
    """This turn answered a question or request of theirs: what the bot did, not what the classifier guessed; or
    it changed an earlier answer at their word ("actually we're more of a retail business" to the budget question,
    taken by the form itself, had used up the budget's last ask)."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return _corrected_this_turn(tracker)
        if event.get("event") == "action" and event.get("name") in _ANSWERING_ACTIONS:
            return True
    return False


def _corrected_this_turn(tracker: Tracker) -> bool:
    """The visitor's message says it changes an earlier answer, and a slot other than the pending one, answered
    before, was given another value since ("Dentalworks Inc." to the email question, read for its trade, is no
    correction of theirs)."""
    latest = max((i for i, e in enumerate(tracker.events) if e.get("event") == "user"), default=-1)
    if latest < 0 or not says_correction(str(tracker.events[latest].get("text") or "")):
        return False
    before: dict[str, Any] = {}
    for event in tracker.events[:latest]:
        if event.get("event") == "slot":
            before[str(event.get("name"))] = event.get("value")
    pending = tracker.get_slot("requested_slot")
    return any(
        e.get("event") == "slot"
        and e.get("name") in ASKED_SLOTS
        and e.get("name") != pending
        and before.get(str(e.get("name"))) not in (None, "")
        and e.get("value") != before.get(str(e.get("name")))
        for e in tracker.events[latest + 1 :]
    )


def form_order(domain: DomainDict, form: str | None, slot: str) -> list[str]:
    required = ((domain.get("forms") or {}).get(form or "") or {}).get("required_slots") or [slot]
    return [str(s) for s in required]


class _AskFor(Action):
    slot = ""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        counts = tracker.get_slot("asks")
        form = tracker.active_loop.get("name")
        order = form_order(domain, form, self.slot)
        if tracker.get_slot("consent") is False and form == "contact_form":
            order = ["consent"]
        values: dict[str, Any] = dict(tracker.slots)
        answered_them = _answered_them(tracker)
        plan = plan_ask(self.slot, order, values, counts, after_their_question=answered_them)
        events: list[EventType] = []
        several = len([slot for slot in plan.given_up if slot != "consent"]) > 1
        for slot in plan.given_up:
            events += give_up(
                slot, dispatcher, guess=tracker.get_slot("pending_guess"), quiet=several and slot != "consent"
            )
            values[slot] = UNKNOWN
            if slot == "consent":  # no personal details without consent: the contact questions go too
                plan.ask = None
        if several:
            dispatcher.utter_message(response="utter_moving_on_several")  # one line, not one per question
        if plan.ask is None:
            return [*events, SlotSet("requested_slot", None)]
        guess = tracker.get_slot("pending_guess")
        if isinstance(guess, dict) and guess.get("slot") == plan.ask:
            value = guess.get("value")
            dispatcher.utter_message(
                text=guess_question(plan.ask, value),
                buttons=[
                    {"title": say("asking.yes_button"), "payload": "/inform" + json.dumps({plan.ask: value})},
                    {"title": say("asking.no_button"), "payload": "/deny"},
                ],
            )
        else:
            dispatcher.utter_message(response=f"utter_ask_{plan.ask}")
        events.append(SlotSet("asks", counted_ask(counts, plan.ask, after_their_question=answered_them)))
        if plan.ask != self.slot:
            events.append(SlotSet("requested_slot", plan.ask))
        return events


def _ask_action(slot: str) -> type[_AskFor]:
    return type(f"ActionAsk_{slot}", (_AskFor,), {"slot": slot, "__doc__": f"Puts the {slot} question, counted."})


ASK_ACTIONS = [_ask_action(slot) for slot in ASKED_SLOTS]
