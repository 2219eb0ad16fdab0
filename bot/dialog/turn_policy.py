"""Rasa adapter: a policy that lets the conversation's context decide before intents do.

Rules key on the intent of one message; this policy reads the reply the way a person would
(bot/dialog/turns.py) and, when that reading settles it, predicts the turn itself: a reply to a
pending question goes to the form whatever its intent, a request for a person or a buying signal
is acted on in any state, and a later "yes" starts discovery. It outranks the rules
(priority 7 > 6) only when it predicts; otherwise it abstains and the rules decide.

A turn it starts may take two actions (answer, then ask the pending question again): it works
the plan out again at each step, so the next step does not depend on a rule existing for
whatever intent the classifier gave.
"""

from __future__ import annotations

from typing import Any

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActionExecutionRejected, ActiveLoop, SlotSet, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from bot.dialog.answers import CONTACT_SLOTS, DISCOVERY_SLOTS, EMAIL_RE
from bot.dialog.asking import details_first, exhausted, questions_left, times_asked
from bot.dialog.timezones import awaits_time_zone, zone_in
from bot.dialog.turns import (
    EXPLAIN_RE,
    MEETING_TIME_RE,
    WAITING_RE,
    Reading,
    acknowledges,
    agrees_to_questions,
    asks_for_a_call,
    asks_for_price_list,
    asks_for_prices,
    asks_to_erase,
    asks_what_next,
    asks_what_noted,
    booking_request,
    comes_back,
    compares,
    declines_offer,
    gives_consent,
    goes_ahead,
    hello_and_whence,
    is_question,
    puzzled,
    read_reply,
    reply_from,
    wants_self_serve,
)

FORMS = ("qualification_form", "contact_form")
TURN_ENDERS = frozenset(
    {
        "action_acknowledge",
        "action_answer",
        "action_offer_discovery",
        "action_decline_discovery",
        "action_fallback",
        "action_greet",
        "action_confirm_correction",
        "action_explain",
        "action_pause",
        "action_about_booking",
        "action_offer_slots",
        "action_offer_more_slots",
        "action_book_meeting",
        "utter_goodbye",
        "utter_fallback_choices",
        "utter_sdr_on_the_way",
    }
)
_ANSWERED_BY_RULES = {"faq", "compare", "explain"}  # questions the rules already answer, then re-ask
# while times are on offer, what the rules do with these is right whatever day or hour the words name
_ABOUT_THE_TIMES = {
    "choose_slot",
    "more_slots",
    "set_timezone",
    "stop",
    "goodbye",
    "erase_data",
    "deny",
    "thank",
}
# consent is asked only inside the contact form: outside it "ok fine, go ahead" read as consent is a yes
_YES_INTENTS = {"affirm", "start_discovery", "give_consent"}
# Intents data/rules/ handles while a form asks (digressions.yml, small_talk.yml, privacy.yml); any
# other reply the form rejects would reach Rasa's bare default fallback and lose the question.
_RULED_IN_FORMS = {
    "acknowledge",
    "bot_challenge",
    "compare",
    "correct",
    "erase_data",
    "explain",
    "faq",
    "human",
    "stop",
    "thank",
}


def plan_turn(
    message: dict[str, Any], slots: dict[str, Any], form: str | None, *, form_stepped_aside: bool = False
) -> list[str] | None:
    """The actions of this turn when the context settles it, else None (the rules decide).

    While a form asks a question, the form runs first (Rasa's rule for active loops) and its
    validator claims the reply when it is an answer; only when the form steps aside (it rejected
    the turn) does this plan a request for a person or an answer, then the question again."""
    if form == "erasure_form":
        return None
    requested = slots.get("requested_slot") if form in FORMS else None
    text = str(message.get("text") or "")
    reading = read_reply(reply_from(message, requested))
    intent = str((message.get("intent") or {}).get("name") or "")
    waiting = bool(slots.get("sdr_notified")) and bool(WAITING_RE.search(text)) and reading is not Reading.HUMAN
    if form in FORMS:
        if not (requested and form_stepped_aside):
            return None
        if asks_to_erase(text):
            # "usuń moje dane" inside the questions: the form stepped aside for it (actions/forms.py), erasure is asked
            return ["erasure_form"]
        if waiting:
            return ["utter_sdr_on_the_way", str(form)]  # "is lena here yet??": who is coming, then the question again
        if reading is Reading.HUMAN:
            return ["action_request_human", str(form)]
        if reading is Reading.LEAVING:
            return ["action_pause", "action_deactivate_loop"]  # "let's continue another time": the form waits
        if reading is Reading.CORRECTION:
            # "I've updated your industry to software", then it again
            return ["action_confirm_correction", str(form)]
        if reading in (Reading.QUESTION, Reading.BUYING) and wants_self_serve(text) and form == "qualification_form":
            # "i dont want a call, just a checkout link" to the industry question: the order form by email, so
            # the questions stop and the email is asked for
            details = ["contact_form"] if details_first(slots, slots.get("asks"), CONTACT_SLOTS) else []
            return ["action_answer", "action_deactivate_loop", *details]
        if reading is Reading.BUYING:
            return ["action_call_after_questions", str(form)]  # "ok go ahead and book it": the call, after these
        if puzzled(text):
            return ["action_explain", str(form)]  # "???" to "what industry are you in?": why we ask, and it again
        if reading is Reading.QUESTION and EXPLAIN_RE.search(text):
            return ["action_explain", str(form)]  # "how come you want to know?", whatever the classifier said
        if reading is Reading.QUESTION and intent not in _ANSWERED_BY_RULES:
            return ["action_answer", str(form)]
        if intent == "goodbye":
            return ["action_pause", "action_deactivate_loop"]
        if intent == "acknowledge" or acknowledges(text) or goes_ahead(text, requested):
            return [
                "action_acknowledge",
                str(form),
            ]  # "ok" to "a couple of quick questions... what industry?": it again
        if intent not in _RULED_IN_FORMS:
            return ["action_fallback", str(form)]  # an honest "didn't get that", then the question again
        return None
    if (
        form is None
        and slots.get("slots_offered")
        and intent not in _ABOUT_THE_TIMES
        and reading not in (Reading.HUMAN, Reading.LEAVING)
        and MEETING_TIME_RE.search(text)
    ):
        return ["action_book_meeting"]  # "how about wednesday afternoon" read as a question: that time, or the nearest
    if form is None and intent != "erase_data" and asks_to_erase(text):
        # "hapus data saya" read as a question: deleting and what to delete, named together, is the erasure (asked
        # first); read as erase_data, the rules ask the same
        return ["erasure_form"]
    if form is not None or slots.get("slots_offered"):
        return None
    if awaits_time_zone(slots) and zone_in(text) and not is_question(text):
        # "America/Sao_Paulo", "horário de brasília" to the time-zone question, whatever the intent: the times in it
        return ["action_offer_slots"]
    if waiting:
        return ["utter_sdr_on_the_way"]
    if slots.get("booked") and (booking_request(text) or (slots.get("guest_pending") and EMAIL_RE.search(text))):
        return ["action_about_booking"]  # "can I add my colleague?", "another time?", "where's the link?"
    if slots.get("booked") and intent == "start_discovery" and not _states_facts(message):
        # "great thanks. what name did you put on the booking?" read as starting over: the call they have,
        # not the questions, the wrap-up and the times once more
        return ["action_about_booking"]
    discovery_open = bool(questions_left(slots, slots.get("asks"), DISCOVERY_SLOTS))
    if gives_consent(text):  # (not only while consent is not given: the plan is worked out again after the action)
        # "ok yes you can keep my details" after a no: the yes is taken, and the details asked for
        missing = any(slots.get(slot) in (None, "") for slot in CONTACT_SLOTS)
        return ["action_take_consent", *(["contact_form"] if missing else [])]
    if wants_self_serve(text) and reading is not Reading.HUMAN:
        # "no call, just a checkout link": the order form by email, so the email is asked for at once
        return ["action_answer", *(["contact_form"] if details_first(slots, slots.get("asks"), CONTACT_SLOTS) else [])]
    if intent == "set_timezone" and is_question(text) and not MEETING_TIME_RE.search(text):
        return ["action_answer"]  # "what's the price in AUD? we're in Melbourne": the question, not the time zone
    if comes_back(text) and discovery_open and intent not in ("faq", "compare") and not _states_facts(message):
        return ["qualification_form"]  # "ok I am back", "where were we?": the questions go on where they stopped
    if (asks_what_noted(text) or asks_what_next(text)) and reading is not Reading.HUMAN:
        return ["action_answer"]  # "what do you have on file for us?" read as starting discovery: what is noted
    if intent != "greet" and reading is Reading.OTHER and hello_and_whence(text) and not _states_facts(message):
        return ["action_greet"]  # "hi, came here from your linkedin ad": a hello, not a request for a person
    if reading is Reading.HUMAN:
        # the person is told who is coming (or that nobody is online); their details come first so
        # they can be reached, then the questions that help sales prepare, not after one more offer
        follow = (
            ["contact_form"]
            if details_first(slots, slots.get("asks"), CONTACT_SLOTS)
            else _next_step(slots, discovery_open)
        )
        return ["action_request_human", *(step for step in follow if step != "action_request_human")]
    if reading is Reading.BUYING:
        if asks_for_a_call(text) and not _states_facts(message):
            if is_question(text):
                # "can you book me the call then?": yes, and the questions or details that lead there
                return ["action_answer", *_next_step(slots, discovery_open)]
            if discovery_open:
                # "book a call pls": said it will come, and why the questions come first
                return ["action_call_after_questions", *_next_step(slots, discovery_open)]
        if intent in ("start_discovery", "inform", "affirm"):
            return _next_step(
                slots, discovery_open
            )  # "book a call", "a 500-person insurer looking to buy": straight on
        return ["action_buying_signal", *_next_step(slots, discovery_open)]
    if reading is Reading.LEAVING and intent != "stop":
        return ["action_pause"]
    if intent == "inform" and is_question(text):
        return ["action_answer"]  # "kick the tires for a couple of weeks before we pay?": a question first
    if (
        asks_for_prices(text) and intent not in (*_ANSWERED_BY_RULES, "start_discovery") and not _states_facts(message)
    ) or (asks_for_price_list(text) and intent not in _ANSWERED_BY_RULES):
        # "kindly share the pricing details" read as a skip: the prices; "I want pricing for my team" read
        # as discovery stays discovery (the price depends on the team), but "pls send me the pricing sheet" is
        # the price list whatever the classifier said
        return ["action_answer"]
    if _unsure(intent, text) and discovery_open and not is_question(text) and _states_facts(message):
        # "we're a 60 person logistics company looking for a better tool": whatever the classifier
        # could not decide, the facts it carries are answers; discovery starts with them
        return _next_step(slots, discovery_open)
    offered = slots.get("discovery_offer") or slots.get("declined_at") is not None
    if discovery_open and offered and (intent in _YES_INTENTS or agrees_to_questions(text)):
        return ["qualification_form"]  # a later "yes" wins, also after a "not now"
    if slots.get("discovery_offer") and intent not in ("deny", "stop") and declines_offer(text):
        return ["action_decline_discovery"]  # "not right now" however sure the classifier is
    return None


_UNSURE_INTENTS = {"nlu_fallback", "out_of_scope"}


def _unsure(intent: str, text: str) -> bool:
    """The classifier could not say, or said "compare" where nothing is compared."""
    return intent in _UNSURE_INTENTS or (intent == "compare" and not compares(text))


def _states_facts(message: dict[str, Any]) -> bool:
    """The message carries an answer to a discovery question (our extractor found one)."""
    return any(entity.get("entity") in DISCOVERY_SLOTS for entity in message.get("entities") or [])


def _next_step(slots: dict[str, Any], discovery_open: bool) -> list[str]:
    if slots.get("consent") is None and times_asked(slots.get("asks"), "consent") and slots.get("human_requested"):
        # declined, their answers deleted, and now asking for sales: the consent question is put again (the
        # request for a person cleared it), not the discovery questions from the start
        return ["contact_form"]
    if slots.get("consent") is False:
        if exhausted(slots.get("asks"), "consent"):
            return ["action_request_human"]  # said no twice: a person if one is online, never the question a third time
        return ["contact_form"]  # declined earlier (their answers were deleted): consent once more, no questions again
    if discovery_open:
        return ["qualification_form"]
    if slots.get("consent") is not False and any(slots.get(slot) in (None,) for slot in CONTACT_SLOTS):
        return ["contact_form"]
    return ["action_request_human"]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class TurnPolicy(Policy):
    """See the module docstring. Nothing to learn: `train` keeps nothing."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"priority": 7}

    def train(self, training_trackers: list[TrackerWithCachedStates], domain: Domain, **kwargs: Any) -> Resource:
        return self._resource

    def predict_action_probabilities(
        self, tracker: DialogueStateTracker, domain: Domain, rule_only_data: dict[str, Any] | None = None, **kwargs: Any
    ) -> PolicyPrediction:
        abstain = self._prediction(self._default_predictions(domain))
        # these end the turn outside a form, unless this turn's plan goes on ("how do I check out?": the answer,
        # then the email asked for); without this, an action that sets a slot a rule does not list ends in Rasa's
        # default fallback, which also takes the turn back
        ends_turn = tracker.active_loop_name is None and tracker.latest_action_name in TURN_ENDERS
        turn = _this_turn(tracker)
        if turn is None:
            return self._predict(domain, ACTION_LISTEN_NAME) if ends_turn else abstain
        message, form, requested, rejected, done = turn
        slots = {
            **tracker.current_slot_values(),
            "requested_slot": requested,
        }  # the question pending when the reply came
        plan = plan_turn(message, slots, form, form_stepped_aside=rejected)
        goes_on = plan is not None and plan[: len(done)] == done and len(done) < len(plan)
        if ends_turn and not (goes_on and done):
            return self._predict(domain, ACTION_LISTEN_NAME)
        if not plan or plan[: len(done)] != done:
            return abstain
        if len(done) < len(plan):
            if rejected and not done and plan[0] == form:
                return abstain  # the form itself stepped aside: never ask it again in the same breath
            return self._predict(domain, plan[len(done)])
        if plan[-1] in FORMS:
            return abstain  # after a form the rules go on (the loop listens, a finished form leads on)
        return self._predict(domain, ACTION_LISTEN_NAME)

    def _predict(self, domain: Domain, action: str) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        if action in domain.action_names_or_texts:
            probabilities[domain.index_for_action(action)] = 1.0
        return self._prediction(probabilities)


def _this_turn(tracker: DialogueStateTracker) -> tuple[dict[str, Any], str | None, str | None, bool, list[str]] | None:
    """The latest user message, the form active when it came, whether that form rejected it, and
    the actions run since; the plan is worked out again at each step from these (so it holds in
    `rasa test` too, where a policy's own events are not replayed)."""
    done: list[str] = []
    rejected = False
    for index in range(len(tracker.events) - 1, -1, -1):
        event = tracker.events[index]
        if isinstance(event, UserUttered):
            if not event.text:
                return None
            return (
                event.parse_data,
                _loop_before(tracker.events, index),
                _requested_before(tracker.events, index),  # type: ignore[return-value]
                rejected,
                list(reversed(done)),
            )
        if isinstance(event, ActionExecutionRejected):
            rejected = True
        elif isinstance(event, ActionExecuted) and event.action_name and event.action_name != ACTION_LISTEN_NAME:
            done.append(event.action_name)
    return None


def _requested_before(events: Any, index: int) -> str | None:
    for position in range(index - 1, -1, -1):
        event = events[position]
        if isinstance(event, SlotSet) and event.key == "requested_slot":
            return str(event.value) if event.value else None
    return None


def _loop_before(events: Any, index: int) -> str | None:
    for position in range(index - 1, -1, -1):
        event = events[position]
        if isinstance(event, ActiveLoop):
            return event.name
    return None
