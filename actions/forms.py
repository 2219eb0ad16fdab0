"""Form validators: every answer goes through `bot.dialog.answers`, in and out of forms."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecutionRejected, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions import recording, runtime
from actions.asking import give_up
from actions.tracker_view import clear_answer, english_only_notice, latest_intent, reading_of, visitor_said
from bot.dialog.answers import (
    CONTACT_CHECKS,
    DISCOVERY_SLOTS,
    SLOT_LABELS,
    UNKNOWN,
    Verdict,
    check_discovery,
    consent_in,
    contact_reading,
    describe,
    details_offered,
    details_said_before,
    for_the_team,
    means_hold,
    says_nothing,
    takes_back_consent,
)
from bot.dialog.asking import exhausted
from bot.dialog.privacy import ERASE_MARKER
from bot.dialog.turns import (
    Reading,
    answer_despite_intent,
    asks_to_erase,
    goes_ahead,
    says_correction,
    skips_the_rest,
)


class _AnswerValidation:
    """Shared by the forms: skip, corrections, and re-asking after bad answers."""

    def _apply(self, slot: str, verdict: Verdict, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        requested = tracker.get_slot("requested_slot")
        if not verdict.ok:
            if slot != requested:
                # a stray bad value never overwrites a good earlier answer, and is never kept
                previous = _previous_value(tracker, slot)
                return {slot: previous if previous != tracker.slots_to_validate().get(slot) else None}
            if any(other != slot and other in SLOT_LABELS for other in tracker.slots_to_validate()):
                return {slot: None}  # they answered another question; just ask this one again
            said = (tracker.latest_message or {}).get("text")
            if verdict.unreadable and slot in DISCOVERY_SLOTS and not says_nothing(said):
                # an answer, but in words we cannot read: kept as said for the SDR (the answer's raw
                # text), not asked again; a value that is there but impossible gets a clear re-ask
                return {event["name"]: event["value"] for event in give_up(slot, dispatcher, kept_as_said=True)}
            if exhausted(tracker.get_slot("asks"), slot):
                # asked twice already: keep the visitor's words (the answer's raw text) and move on
                return {
                    event["name"]: event["value"]
                    for event in give_up(
                        slot,
                        dispatcher,
                        kept_as_said=slot in DISCOVERY_SLOTS and not says_nothing(said),
                        guess=tracker.get_slot("pending_guess"),
                    )
                }
            dispatcher.utter_message(response=verdict.problem)
            return {slot: None}
        if verdict.guess and slot == requested and not exhausted(tracker.get_slot("asks"), slot):
            # read from context only ("30ish" as the team size): put back once as a question (action_ask_<slot>)
            return {slot: None, "pending_guess": {"slot": slot, "value": verdict.value}}
        previous = _previous_value(tracker, slot)
        if previous is not None and previous != verdict.value and slot != requested and verdict.value != UNKNOWN:
            latest = tracker.latest_message or {}
            corrects = (
                says_correction(str(latest.get("text") or "")) or (latest.get("intent") or {}).get("name") == "correct"
            )
            if previous != UNKNOWN and not corrects:
                # "we spend 40k a year on software like this" answers the budget; it does not make a
                # law firm a software company: an earlier answer changes only when the visitor says so
                return {slot: previous}
            dispatcher.utter_message(
                response="utter_answer_updated", label=SLOT_LABELS[slot], new_value=describe(slot, verdict.value)
            )
        settled = {"pending_guess": None} if slot == requested and tracker.get_slot("pending_guess") else {}
        return {slot: verdict.value, "failed_turns": 0, **settled}  # another answer replaces a pending guess


async def _consent_taken_back(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """ "wait, i didn't say yes": kept as a no from here, and what was written since the yes is erased (Rasa's copy
    at the end of this turn, by the marker)."""
    try:
        await recording.erase_visitor(tracker)
    except runtime.StorageUnavailable:
        dispatcher.utter_message(response="utter_erasure_failed")
    else:
        dispatcher.utter_message(response="utter_consent_declined")
    details = [SlotSet(slot, None) for slot in ("person_name", "email", "company") if tracker.get_slot(slot)]
    return [*details, SlotSet("consent", False), SlotSet(ERASE_MARKER, True), SlotSet("requested_slot", None)]


def _previous_value(tracker: Tracker, slot: str) -> Any:
    """The slot's value as it stood before the latest user message."""
    value = before_latest = None
    for event in tracker.events:
        if event.get("event") == "user":
            before_latest = value
        elif event.get("event") == "slot" and event.get("name") == slot:
            value = event.get("value")
    return before_latest


def _answer_despite_intent(tracker: Tracker, slot: str) -> dict[str, Any]:
    """The reply to the pending question, whatever intent the classifier gave it: a pending
    question claims every reply that is not plainly a question or a command (bot/dialog/turns)."""
    if tracker.get_slot("requested_slot") != slot or not _replying(tracker):
        return {}
    text = str((tracker.latest_message or {}).get("text") or "")
    answer = answer_despite_intent(slot, text, clear_answer(tracker), reading_of(tracker), latest_intent(tracker))
    return {} if answer is None else {slot: answer}


def _replying(tracker: Tracker) -> bool:
    """The form runs on the visitor's reply, not on its way back after a digression (when Rasa
    still calls the validator, with the same latest message). Rasa marks the form's own run
    with an action event at the end; before it, the reply comes straight after the user event."""
    form = tracker.active_loop.get("name")
    marker_seen = False
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind == "user":
            return True
        if kind == "action":
            if event.get("name") == form and not marker_seen:
                marker_seen = True
                continue
            return event.get("name") == "action_listen"
    return True


def _settle_guess(tracker: Tracker) -> list[EventType] | None:
    """ "Yes" or "no" to "About 25 people, right?": the guess kept, or dropped and the question
    asked again (counted, so never a third time). None when no guess awaits this reply."""
    guess = tracker.get_slot("pending_guess")
    requested = tracker.get_slot("requested_slot")
    if not (isinstance(guess, dict) and guess.get("slot") == requested and _replying(tracker)):
        return None
    text = str((tracker.latest_message or {}).get("text") or "")
    said = consent_in(text)
    if said is True or (said is None and latest_intent(tracker) == "skip"):
        # "skip the rest please" after "20, i already told you": the 20 they said stands; the skip is of what follows
        return [SlotSet(str(requested), guess.get("value")), SlotSet("pending_guess", None)]
    if said is False:
        return [SlotSet("pending_guess", None)]
    return None  # another answer: read as usual


def _step_aside(tracker: Tracker, form: str) -> list[EventType] | None:
    """A question or a request for a person while a question is pending: the form rejects the
    turn before validating anything, so the visitor is answered or handed over
    (bot/dialog/turn_policy), then asked again. Text a mapping put into the pending slot is
    taken back. None when the form should go on."""
    requested = tracker.get_slot("requested_slot")
    reading = reading_of(tracker)
    text = str((tracker.latest_message or {}).get("text") or "")
    go_ahead = reading is Reading.COMMAND and goes_ahead(text, requested)  # "Sure, go ahead": the question again
    erase = reading is Reading.COMMAND and asks_to_erase(text)  # "usuń moje dane": the erasure, asked first
    if (
        not requested
        or not _replying(tracker)
        or (
            reading not in (Reading.HUMAN, Reading.QUESTION, Reading.LEAVING, Reading.CORRECTION, Reading.BUYING)
            and not go_ahead
            and not erase
        )
    ):
        return None
    taken_back = [SlotSet(requested, None)] if tracker.get_slot(requested) == text else []
    unsaid = reading is Reading.CORRECTION or consent_in(text) is None  # "no rush" says no "no" to keeping
    if requested == "consent" and unsaid and tracker.get_slot("consent") != _previous_value(tracker, "consent"):
        # "what info have you saved?" read as give_consent: a question, no yes; the consent stays as it was
        taken_back = [SlotSet("consent", _previous_value(tracker, "consent"))]
    return [*taken_back, ActionExecutionRejected(form)]


class _DiscoveryValidators(_AnswerValidation):
    """validate_<slot> for the five discovery answers. Answers volunteered before the form
    starts are validated by it too: Rasa validates pre-filled slots when a form activates."""

    def _discovery(self, slot: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        return self._apply(slot, check_discovery(slot, value, runtime.extractor()), dispatcher, tracker)

    def validate_industry(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._discovery("industry", value, dispatcher, tracker)

    def extract_industry(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _answer_despite_intent(tracker, "industry")

    def extract_company_size(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _answer_despite_intent(tracker, "company_size")

    def extract_budget(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        return _answer_despite_intent(tracker, "budget")

    def extract_authority(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _answer_despite_intent(tracker, "authority")

    def extract_timeline(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _answer_despite_intent(tracker, "timeline")

    def validate_company_size(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._discovery("company_size", value, dispatcher, tracker)

    def validate_budget(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        said = (tracker.latest_message or {}).get("text") or ""
        # read again for its per-seat mark only when the team is known: most budgets are not multiplied
        team = for_the_team(
            value,
            lambda: runtime.extractor().first(said, "budget", answering="budget"),
            tracker.get_slot("company_size"),
        )
        kept = self._discovery("budget", team.budget, dispatcher, tracker)
        if team.said and kept.get("budget") == team.budget:
            dispatcher.utter_message(text=team.said)
        return kept

    def validate_authority(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._discovery("authority", value, dispatcher, tracker)

    def validate_timeline(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._discovery("timeline", value, dispatcher, tracker)


class ValidateQualificationForm(_DiscoveryValidators, FormValidationAction):
    def name(self) -> str:
        return "validate_qualification_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        notice = english_only_notice(dispatcher, tracker) if _replying(tracker) else []
        return [*notice, *await self._validate(dispatcher, tracker, domain)]

    async def _validate(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        settled = _settle_guess(tracker)
        if settled is not None:
            said = str((tracker.latest_message or {}).get("text") or "")
            if latest_intent(tracker) == "skip" and skips_the_rest(said):
                dispatcher.utter_message(response="utter_skipped")
                settled += [SlotSet(slot, UNKNOWN) for slot in _still_open(tracker, DISCOVERY_SLOTS)]
            return settled
        aside = _step_aside(tracker, self.form_name())
        if aside is not None:
            return aside
        events = await super().run(dispatcher, tracker, domain)
        return _with_skip(events, dispatcher, tracker, DISCOVERY_SLOTS)


class ValidateContactForm(_AnswerValidation, FormValidationAction):
    def name(self) -> str:
        return "validate_contact_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        if tracker.get_slot("consent") is False:
            return ["consent"]  # declined: stay anonymous, ask nothing personal
        return domain_slots

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        notice = english_only_notice(dispatcher, tracker) if _replying(tracker) else []
        return [*notice, *await self._validate(dispatcher, tracker, domain)]

    async def _validate(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        said = str((tracker.latest_message or {}).get("text") or "")
        if tracker.get_slot("consent") is True and _replying(tracker) and takes_back_consent(said):
            return await _consent_taken_back(dispatcher, tracker)
        aside = _step_aside(tracker, self.form_name())
        if aside is not None:
            return aside
        events = await super().run(dispatcher, tracker, domain)
        if (
            latest_intent(tracker) == "skip"
            and tracker.get_slot("requested_slot") == "consent"
            and _replying(tracker)
            and means_hold(str((tracker.latest_message or {}).get("text") or ""))
        ):
            # a skipped consent is a no: the form ends here, and Rasa must not go on to the name by the domain's list
            dispatcher.utter_message(response="utter_skipped")
            kept = [e for e in events if not (e.get("event") == "slot" and e.get("name") == "requested_slot")]
            return [*kept, SlotSet("consent", False), SlotSet(ERASE_MARKER, True), SlotSet("requested_slot", None)]
        return [
            *_with_skip(events, dispatcher, tracker, ("person_name", "email", "company")),
            *_facts_in_a_name(tracker),
        ]

    def extract_consent(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        """A typed "yes please" or "no thanks" to the consent question, whatever its intent."""
        if tracker.get_slot("requested_slot") != "consent" or latest_intent(tracker) in (
            "give_consent",
            "decline_consent",
            "affirm",
            "deny",
        ):
            return {}
        text = str((tracker.latest_message or {}).get("text") or "")
        said = consent_in(text)
        if said is None and details_offered(text):
            # "Dolores Reyes, dreyes@lincolnusd.org" to the consent question: their details, given to be kept, are
            # their yes (it had got "Sorry, I didn't quite get that", and the lead was lost)
            return {"consent": True}
        return {} if said is None else {"consent": said}

    async def validate_consent(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        offered = details_offered(str((tracker.latest_message or {}).get("text") or ""))
        if offered and value is not True and tracker.get_slot("requested_slot") == "consent" and _replying(tracker):
            await recording.consent_given(tracker)  # their name or email, given to be kept, is their yes
            return {"consent": True, **offered}
        if value is False and tracker.get_slot("requested_slot") != "consent":
            # the form starts again after an earlier "no" (discovery done once more): the consent
            # question once more while within its limit, else an honest line, not the "no" again
            if not exhausted(tracker.get_slot("asks"), "consent"):
                return {"consent": None}
            dispatcher.utter_message(response="utter_still_no_details")
            return {"consent": False, ERASE_MARKER: True}
        if value is False:
            # Rasa's copy of this chat is erased at the end of the turn (bot/rasa_plugins/tracker_store.py).
            dispatcher.utter_message(response="utter_consent_declined")
            return {"consent": False, ERASE_MARKER: True}
        if value is True:
            await recording.consent_given(tracker)
            # "hi im maria lopez, maria@lopezlaw.com, …" said before the consent: kept now, not asked again
            said = {**details_said_before(visitor_said(tracker)), **offered}  # and those given as the yes itself
            return {"consent": True, **{slot: v for slot, v in said.items() if tracker.get_slot(slot) in (None, "")}}
        return {"consent": value if isinstance(value, bool) else None}

    def extract_person_name(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _answer_despite_intent(tracker, "person_name")

    def extract_email(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        return _answer_despite_intent(tracker, "email")

    def extract_company(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        return _answer_despite_intent(tracker, "company")

    def validate_person_name(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._contact("person_name", value, dispatcher, tracker)

    def validate_email(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._contact("email", value, dispatcher, tracker)

    def validate_company(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._contact("company", value, dispatcher, tracker)

    def _contact(self, slot: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        """An answer to one contact question, filed where it belongs: "Acme GmbH" to "what's your name?" is the
        company, an email address given for the company is the email, "sorry, I'm Lena" to the email question is
        the name. What was not asked is kept only where nothing is known yet (or the visitor corrects the name);
        the question asked is put again, unless it was asked twice already."""
        if value == UNKNOWN or tracker.get_slot("requested_slot") != slot:
            return self._apply(slot, CONTACT_CHECKS[slot](value), dispatcher, tracker)
        reading = contact_reading(slot, str(value or ""))
        corrects = bool(_SORRY_RE.search(str(value or "")))
        others: dict[str, Any] = {}
        for other, said in reading.items():
            known = tracker.get_slot(other)
            verdict = CONTACT_CHECKS[other](said)
            if other != slot and verdict.ok and (known in (None, UNKNOWN) or (other == "person_name" and corrects)):
                others[other] = verdict.value
        if slot in reading:
            return {**self._apply(slot, CONTACT_CHECKS[slot](reading[slot]), dispatcher, tracker), **others}
        if not others:
            return self._apply(slot, CONTACT_CHECKS[slot](value), dispatcher, tracker)
        for other, kept in others.items():
            dispatcher.utter_message(response="utter_contact_noted", value=kept, label=SLOT_LABELS[other])
        if not exhausted(tracker.get_slot("asks"), slot):
            return {slot: None, **others}
        # asked twice, answered with something else again: the question is given up, nothing misfiled
        return {event["name"]: event["value"] for event in give_up(slot, dispatcher, kept_as_said=False)} | others


_SORRY_RE = re.compile(r"\b(?:sorry|oops|actually|i\s+mean|my\s+bad)\b", re.I)


def _facts_in_a_name(tracker: Tracker) -> list[EventType]:
    """ "Kessler & Sons Construction" answers "and the company name?": the word "construction" in
    it is no change of industry, nor "Tom Healthy" one of anything. Discovery answers the slot
    mappings took from a name are put back as they were; a correction said as such still counts."""
    if tracker.get_slot("requested_slot") not in ("person_name", "company") or not _replying(tracker):
        return []
    if latest_intent(tracker) == "correct":
        return []
    said_now = {e.get("name") for e in tracker.events[_latest_user_index(tracker) :] if e.get("event") == "slot"}
    return [
        SlotSet(slot, _previous_value(tracker, slot))
        for slot in DISCOVERY_SLOTS
        if slot in said_now and tracker.get_slot(slot) != _previous_value(tracker, slot)
    ]


def _latest_user_index(tracker: Tracker) -> int:
    return max((i for i, e in enumerate(tracker.events) if e.get("event") == "user"), default=0)


def _still_open(tracker: Tracker, slots: tuple[str, ...]) -> list[str]:
    """The questions of `slots` still open besides the pending one: left out too after "skip the rest please"."""
    requested = tracker.get_slot("requested_slot")
    return [slot for slot in slots if slot != requested and tracker.get_slot(slot) is None]


def _with_skip(
    events: list[EventType], dispatcher: CollectingDispatcher, tracker: Tracker, skippable: tuple[str, ...]
) -> list[EventType]:
    """ "Rather not say" records the pending question as unknown so it is never asked again."""
    requested = tracker.get_slot("requested_slot")
    said = str((tracker.latest_message or {}).get("text") or "")
    refused_email = requested == "email" and "@" not in said and means_hold(said)  # "nah no email", however read
    if (
        (latest_intent(tracker) != "skip" and not refused_email)
        or requested not in skippable
        or reading_of(tracker) not in (Reading.COMMAND, Reading.PAYLOAD)
    ):
        return events  # "not an email" read as "skip" is an answer (a wrong one), not a wish to skip
    if any(e.get("event") == "slot" and e.get("name") == requested and e.get("value") is not None for e in events):
        return events
    dispatcher.utter_message(response="utter_skipped")
    rest = _still_open(tracker, skippable) if skips_the_rest(said) else []  # "skip the rest please"
    return [e for e in events if not (e.get("event") == "slot" and e.get("name") in (requested, *rest))] + [
        SlotSet(slot, UNKNOWN) for slot in (requested, *rest)
    ]
