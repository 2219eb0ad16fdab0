"""Session start, greeting and the visitor's own moves: explain, human, pause, fallback."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, FollowupAction, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import runtime
from actions.tracker_view import (
    answers_pending_question,
    clear_answer,
    discovery_open,
    english_only_notice,
    latest_intent,
    reading_of,
    specialist_response,
)
from bot.app import lead_reads
from bot.clock import utcnow
from bot.dialog.answers import (
    CONTACT_SLOTS,
    FAILURES_BEFORE_CHOICES,
    SLOT_LABELS,
    UNKNOWN,
    contact_correction,
    describe,
    figure_corrected,
)
from bot.dialog.asking import details_first, exhausted
from bot.dialog.identity import verified_identity
from bot.dialog.metadata import visitor_context
from bot.dialog.steering import greeting
from bot.dialog.turns import Reading, is_question, slot_named
from bot.settings import get_settings
from bot.wording import say


class ActionSessionStart(Action):
    """Takes the widget's metadata (page, plan, time zone) into slots, and a signed identity."""

    def name(self) -> str:
        return "action_session_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        events: list[EventType] = [SessionStarted()]
        carried = {
            name: value
            for name, value in tracker.slots.items()
            # an SDR told in an earlier session is not joining this one
            if value is not None
            and name not in ("session_started_metadata", "requested_slot", "failed_turns", "asks", "sdr_notified")
        }
        events += [SlotSet(name, value) for name, value in carried.items()]
        metadata = tracker.get_slot("session_started_metadata") or {}
        context = visitor_context(metadata, runtime.plans().ids)
        events += [SlotSet(name, value) for name, value in context.items()]
        events += await _known_answers(metadata, carried)
        events.append(ActionExecuted("action_listen"))
        from actions import recording

        await recording.replay_spooled()  # what an outage kept back is written as soon as it is over
        return events


async def _known_answers(metadata: Any, carried: dict[str, Any]) -> list[EventType]:
    """A returning visitor whom the embedding site vouches for (a signed identity) is not asked
    again what they told us on another device. An unsigned email recognizes nobody."""
    identity = verified_identity(
        metadata.get("identity") if isinstance(metadata, dict) else None, get_settings().site_secret, utcnow()
    )
    if identity is None:
        return []
    try:
        known = await lead_reads.known_answers(runtime.database(), identity.email)
    except runtime.StorageUnavailable:
        known = {}  # the database is away: the questions are asked again, nothing is lost
    known = {
        "person_name": identity.name,
        **known,
        "email": identity.email,
        "consent": True if identity.consent else None,
    }
    return [
        SlotSet(name, value) for name, value in known.items() if value is not None and carried.get(name) is None
    ] + [SlotSet("verified_email", identity.email)]  # kept for the chat: the signed token itself expires


class ActionGreet(Action):
    def name(self) -> str:
        return "action_greet"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        dispatcher.utter_message(text=greeting(tracker.get_slot("plan"), tracker.get_slot("person_name")))
        dispatcher.utter_message(response="utter_greet_offer")
        return [SlotSet("discovery_offer", True)]


class ActionExplain(Action):
    """ "Why do you need that?" gets the reason for the question being asked."""

    def name(self) -> str:
        return "action_explain"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if answers_pending_question(tracker):
            return []  # "St Mary's" read as "why?": the form takes it as the answer
        # the question they name ("why do you need my email?"), else the one pending
        asked_about = (
            slot_named(str((tracker.latest_message or {}).get("text") or "")),
            tracker.get_slot("requested_slot"),
        )
        explained = next(
            (
                f"utter_explain_{slot}"
                for slot in asked_about
                if slot and f"utter_explain_{slot}" in domain.get("responses", {})
            ),
            "utter_explain_generic",
        )
        dispatcher.utter_message(response=explained)
        return []


class ActionRequestHuman(Action):
    """Live handoff when an SDR covering the visitor is online; otherwise say so and offer a call."""

    def name(self) -> str:
        return "action_request_human"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        from actions import recording

        try:
            sdr_name = await recording.human_requested(tracker)
        except runtime.StorageUnavailable:
            dispatcher.utter_message(response="utter_unavailable")
            return []
        email = tracker.get_slot("email")
        in_form = bool(tracker.active_loop.get("name"))
        # outside a form the contact form follows at once (bot/dialog/turn_policy.py): no questions promised
        details_next = (
            not in_form
            and reading_of(tracker) is Reading.HUMAN
            and details_first(tracker.current_slot_values(), tracker.get_slot("asks"), CONTACT_SLOTS)
        )
        joining: list[EventType] = [SlotSet("sdr_notified", sdr_name)] if sdr_name else []
        if sdr_name:
            dispatcher.utter_message(response="utter_sdr_joining", sdr_name=sdr_name)
        elif email and email != UNKNOWN:
            dispatcher.utter_message(response="utter_sales_will_email", email=email)
        elif tracker.get_slot("consent") is False and exhausted(tracker.get_slot("asks"), "consent"):
            # said no to keeping details twice: never the question a third time, and no promise of a call back
            dispatcher.utter_message(response="utter_no_person_without_details")
            return [SlotSet("human_requested", True)]
        elif tracker.get_slot("consent") is False and not tracker.active_loop.get("name"):
            # they said no to keeping details, and now want sales: the consent question once more (turn_policy)
            dispatcher.utter_message(response="utter_sales_offline_leave_email")
            return [SlotSet("human_requested", True), *reconsider_consent(tracker)]
        elif details_next:
            dispatcher.utter_message(response="utter_sales_offline_leave_details")
        else:
            dispatcher.utter_message(response="utter_sales_offline_answer_questions")
        starting = reading_of(tracker) is Reading.HUMAN and discovery_open(tracker) and not details_next
        if in_form or starting:
            # in a form, or one starts next (bot/dialog/turn_policy.py): the questions follow
            dispatcher.utter_message(response="utter_meanwhile_questions")
        return [SlotSet("human_requested", True), *joining]


def reconsider_consent(tracker: Tracker) -> list[EventType]:
    """A visitor who declined to leave details and now asks for sales is asked once more (the
    contact form puts the consent question), unless it was put twice already."""
    if tracker.get_slot("consent") is False and not exhausted(tracker.get_slot("asks"), "consent"):
        return [SlotSet("consent", None)]
    return []


class ActionPause(Action):
    def name(self) -> str:
        return "action_pause"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if clear_answer(tracker) is not None:
            # "this quarter" misread as "stop": it answers the pending question, so the form goes on
            return [FollowupAction(str(tracker.active_loop["name"]))]
        dispatcher.utter_message(response="utter_pause")
        return []


class ActionFallback(Action):
    """Never a dead end: an honest reply and a way on (a plan, a person, rephrasing); a question
    we cannot answer goes to a specialist; after repeated misunderstandings, choices."""

    def name(self) -> str:
        return "action_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        failures = int(tracker.get_slot("failed_turns") or 0) + 1
        text = str((tracker.latest_message or {}).get("text") or "")
        notice = english_only_notice(dispatcher, tracker)
        in_form = bool(tracker.get_slot("requested_slot") and tracker.active_loop.get("name"))
        if is_question(text):
            dispatcher.utter_message(response=specialist_response(tracker))
            if not in_form:
                dispatcher.utter_message(response="utter_meanwhile_anything_else", buttons=way_on(tracker))
            return [*notice, SlotSet("failed_turns", 0)]
        if failures >= FAILURES_BEFORE_CHOICES and not in_form:
            dispatcher.utter_message(response="utter_fallback_choices")
            return [*notice, SlotSet("failed_turns", 0)]
        if in_form:
            dispatcher.utter_message(response="utter_not_understood_in_form")  # the question follows
        elif latest_intent(tracker) == "out_of_scope":
            dispatcher.utter_message(response="utter_out_of_scope", buttons=way_on(tracker))
        else:
            dispatcher.utter_message(response="utter_not_understood", buttons=way_on(tracker))
        return [*notice, SlotSet("failed_turns", failures)]


def way_on(tracker: Tracker) -> list[dict[str, str]]:
    """The buttons that always lead somewhere: discovery while it is not done, and a person."""
    buttons = [
        {"title": say("way_on.pricing_button"), "payload": "/faq/pricing"},
        {"title": say("way_on.person_button"), "payload": "/human"},
    ]
    if discovery_open(tracker):
        buttons.insert(0, {"title": say("way_on.discovery_button"), "payload": "/start_discovery"})
    return buttons


class ActionConfirmCorrection(Action):
    """After "actually the budget is 80k" outside a form: say what changed, or ask what to change."""

    def name(self) -> str:
        return "action_confirm_correction"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        changed = _slots_set_by_latest_message(tracker)
        if not changed and answers_pending_question(tracker):
            return []  # "Lily Wong" read as a correction: the form takes it as the answer
        events: list[EventType] = []
        text = str((tracker.latest_message or {}).get("text") or "")
        if not changed:
            # "sorry i meant 14 not 40": a figure put right by the one it replaces (no entity reads a bare 14)
            changed = figure_corrected(text, {slot: tracker.get_slot(slot) for slot in ("company_size", "budget")})
            events = [SlotSet(slot, value) for slot, value in changed.items()]
        if not changed and tracker.get_slot("consent") is True:
            # "oh sorry, I'm Lena": a contact detail set right (no slot mapping reads contact details), kept only
            # with the visitor's consent
            changed = contact_correction(text)
            events = [SlotSet(slot, value) for slot, value in changed.items()]
        if not changed:
            dispatcher.utter_message(response="utter_ask_which_correction")
            return []
        parts = [
            say("corrections.change", label=SLOT_LABELS.get(slot, slot), value=describe(slot, value))
            for slot, value in changed.items()
        ]
        changes = f" {say('words.and')} ".join(parts)
        # in a form, the question follows
        key = "corrections.updated" if tracker.active_loop.get("name") else "corrections.updated_anything_else"
        dispatcher.utter_message(text=say(key, changes=changes))
        return events


def _slots_set_by_latest_message(tracker: Tracker) -> dict[str, Any]:
    changed: dict[str, Any] = {}
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            break
        if event.get("event") == "slot" and event.get("name") in SLOT_LABELS and event.get("value") is not None:
            changed.setdefault(event["name"], event.get("value"))
    return dict(reversed(list(changed.items())))
