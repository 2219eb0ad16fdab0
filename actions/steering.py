"""Answering the visitor's own questions, then steering back to discovery (bot/dialog/steering)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import runtime
from actions.conversation import reconsider_consent
from actions.tracker_view import (
    answers_pending_question,
    discovery_open,
    english_only_notice,
    has_spoken,
    latest_intent,
    questions_asked,
    replies_since_offer,
    said_before,
    specialist_response,
    team_size,
    visitor_said,
    visitor_said_earlier,
    whole_count,
)
from bot.catalog.plans import (
    plan_answer,
    plan_contents,
    pricing_answer,
    recommend,
    recommendation_answer,
    seats_in,
    users_in,
)
from bot.dialog.answer_choice import (
    QUESTION_INTENTS,
    Answer,
    asks_why_plan,
    choose_answer,
    faq_pick,
    product_named,
)
from bot.dialog.answers import noted_so_far
from bot.dialog.steering import Steering, greeting, offer_buttons, pick
from bot.dialog.timezones import awaits_time_zone
from bot.dialog.turns import besides_signal, is_question, no_more_questions, wants_quote_now
from bot.wording import say, variations


def _steer(
    dispatcher: CollectingDispatcher, tracker: Tracker, *, buying_signal: bool, opener: str | None = None
) -> list[EventType]:
    """Outside a form: one short offer to help pick a plan, unless discovery is done or the
    visitor declined and has not shown buying intent or asked two more questions since."""
    if tracker.active_loop.get("name"):
        return []
    if awaits_time_zone(tracker.current_slot_values()):
        # a question asked while the time-zone question stands: that question again, not "what else?"
        if opener:
            dispatcher.utter_message(text=opener)
        dispatcher.utter_message(response="utter_ask_timezone")
        return []
    asked = questions_asked(tracker)
    declined_at = tracker.get_slot("declined_at")
    if not buying_signal and no_more_questions(visitor_said(tracker)):
        # "stop asking me questions": no offer of questions again, unless they show they want to buy
        closing = pick(variations("steering.after_decline"), asked, said_before(tracker))
        dispatcher.utter_message(text=f"{opener} {closing}" if opener else closing)
        return [SlotSet("discovery_offer", False)]
    steering = Steering(
        discovery_done=not discovery_open(tracker),
        questions_answered=asked,
        declined_at=int(declined_at) if declined_at is not None else None,
        buying_signal=buying_signal,
        since_offer=replies_since_offer(tracker),
    )
    if not steering.should_offer():
        # no offer due, but never a dead end: the visitor is invited to go on
        closing = pick(variations("steering.after_decline"), asked, said_before(tracker))
        dispatcher.utter_message(text=f"{opener} {closing}" if opener else closing)
        return [SlotSet("discovery_offer", steering.offer_standing())]
    bridge = pick(variations("steering.bridges"), asked, said_before(tracker))
    dispatcher.utter_message(text=f"{opener} {bridge}" if opener else bridge, buttons=offer_buttons())
    return [SlotSet("discovery_offer", True)]


class ActionAnswer(Action):
    """The visitor's question answered (prices computed from sales/plans.yml, competitors from
    sales/competitors.yml, the rest from the FAQ), then the offer to help pick a plan."""

    def name(self) -> str:
        return "action_answer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if answers_pending_question(tracker):
            return []  # "travel" is the answer to the pending question, not a question: the form takes it
        return answer_question(dispatcher, tracker)


def _size_said(text: str) -> int | None:
    return whole_count(next((f.value for f in runtime.extractor().extract(text) if f.entity == "company_size"), None))


def what_next(tracker: Tracker) -> str:
    """Where the conversation stands, for "what happens next?" (a key of wording.yml's `what_next`)."""
    requested = tracker.get_slot("requested_slot") if tracker.active_loop.get("name") else None
    if tracker.get_slot("booked"):
        return "booked"
    if requested == "consent":
        return "consent"
    if requested in ("person_name", "email", "company"):
        return "details"
    if requested:
        return "questions"
    return "default"


# answers after which the other topics a question asks about are answered too
_ANSWERS_WITH_MORE = (Answer.FAQ, Answer.PRICING, Answer.PLAN, Answer.RECOMMENDATION, Answer.COMPETITOR)
_PRICED = ("faq/pricing", "faq/plans")  # what a computed price or plan answer already says


def also_asked(parse_data: dict[str, Any], key: str | None, answer: Answer) -> list[str]:
    """The other FAQ topics the message asks about (bot/nlu/faq_answers.py), less what the answer given said."""
    said = {key, *(_PRICED if answer is not Answer.FAQ else ())}
    return [str(t) for t in (parse_data.get("faq_answer") or {}).get("also") or [] if t not in said]


def answer_question(dispatcher: CollectingDispatcher, tracker: Tracker, *, steer: bool = True) -> list[EventType]:
    """The answer to the visitor's latest question, and the offer when it is due (`steer`)."""
    text = str((tracker.latest_message or {}).get("text") or "")
    first_turn = not has_spoken(tracker)
    events: list[EventType] = []
    pick = faq_pick(tracker.latest_message or {})
    key = pick.key
    competitor = runtime.competitors().mentioned_in(text)
    if first_turn and not tracker.active_loop.get("name") and steer:
        # an opening question: the hello first, as a person would say it, then the answer (it came after it)
        dispatcher.utter_message(text=greeting(tracker.get_slot("plan"), None, after_answer=True))
    events += english_only_notice(dispatcher, tracker)
    choice = choose_answer(
        text,
        intent=latest_intent(tracker),
        faq_key=key,
        faq_confidence=pick.selector_confidence,
        seats=seats_in(text),
        names_competitor=competitor is not None,
        answerable=pick.answerable,
        selector_key=pick.selector_key,
        plan_named=bool(runtime.plans().named(text)),
    )
    if choice.answer is Answer.COMPETITOR and competitor is not None:
        dispatcher.utter_message(text=competitor.positioning)
        events.append(SlotSet("competitor", competitor.name))
    elif choice.answer is Answer.UNKNOWN_COMPETITOR and (product := product_named(text)):
        dispatcher.utter_message(response="utter_compare_named", product=product)  # it was asked which product
    elif choice.answer is Answer.UNKNOWN_COMPETITOR:
        dispatcher.utter_message(response="utter_compare_unknown")  # where we differ, and which product it is
    elif choice.answer is Answer.PRICING:
        # the users they said would use it ("200 staff but only 25 would use the tool") before the head count
        known = users_in(visitor_said(tracker)) or team_size(tracker)
        dispatcher.utter_message(text=pricing_answer(runtime.plans(), text, known))
    elif choice.answer is Answer.PLAN:
        known = users_in(visitor_said(tracker)) or team_size(tracker)
        dispatcher.utter_message(text=plan_answer(runtime.plans(), runtime.plans().named(text), known))
    elif choice.answer is Answer.RECOMMENDATION:
        # "for a 10 person law firm"; the users said earlier before the head count
        seats = seats_in(text) or _size_said(text) or users_in(visitor_said(tracker)) or team_size(tracker)
        catalog = runtime.plans()
        asked_why = asks_why_plan(text, plan_named=bool(catalog.named(text)))
        # "why enterprise?": the suggestion from what was said before it, or the plan asked about would be chosen
        said = visitor_said_earlier(tracker) if asked_why else visitor_said(tracker)
        advice = recommendation_answer(catalog, seats, said)
        if advice is None:  # nothing to choose by yet: what each plan adds, and the team size asked for
            dispatcher.utter_message(response="utter_faq/plans")
            advice = say("pricing.ask_users")
        elif asked_why:
            others = [p for p in catalog.named(text) if p != recommend(catalog, seats, said).plan]
            advice = " ".join([advice, *(plan_contents(catalog, plan) for plan in others)])
        dispatcher.utter_message(text=advice)
    elif choice.answer is Answer.FAQ:
        dispatcher.utter_message(response=f"utter_{key}")
    elif choice.answer is Answer.SPECIALIST:
        dispatcher.utter_message(response=specialist_response(tracker))
    elif choice.answer is Answer.OUT_OF_SCOPE:
        dispatcher.utter_message(response="utter_out_of_scope")
    elif choice.answer is Answer.ORDER:
        dispatcher.utter_message(
            response="utter_quote_by_email" if wants_quote_now(text) else "utter_order_without_call"
        )
        return [*events, SlotSet("no_call", True)]  # the email is asked next (or the form's question again)
    elif choice.answer is Answer.WHAT_NEXT:
        dispatcher.utter_message(text=say(f"what_next.{what_next(tracker)}"))
    elif choice.answer is Answer.NOTED:
        dispatcher.utter_message(text=noted_so_far(tracker.current_slot_values()))
    elif choice.answer is Answer.CALL:
        dispatcher.utter_message(response="utter_call_on_the_way")
        # the questions or the details come next (bot/dialog/turn_policy.py): no offer of them in between
        return [*events, SlotSet("discovery_offer", False)]
    else:
        dispatcher.utter_message(response="utter_no_problem")
    if choice.answer in _ANSWERS_WITH_MORE:
        for topic in also_asked(tracker.latest_message or {}, key, choice.answer):
            dispatcher.utter_message(response=f"utter_{topic}")  # "refund policy and contract length?": both
    buying = choice.buying_signal
    return events + (_steer(dispatcher, tracker, buying_signal=buying) if steer else [])


class ActionBuyingSignal(Action):
    """ "Ready to buy", "get a quote", "sign this month": the question in the message is answered,
    then straight to what gets them there (the turn policy runs discovery or a person next)."""

    def name(self) -> str:
        return "action_buying_signal"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        text = str((tracker.latest_message or {}).get("text") or "")
        events: list[EventType] = []
        rest = besides_signal(text)
        if rest and (is_question(rest) or latest_intent(tracker) in QUESTION_INTENTS):
            events += answer_question(dispatcher, tracker, steer=False)  # the question beside the signal
        if tracker.get_slot("consent") is False:
            asking_again = reconsider_consent(tracker)
            if asking_again:  # else said no twice: a person next (bot/dialog/turn_policy.py), never a third ask
                dispatcher.utter_message(response="utter_consent_to_follow_up")
            return [*events, SlotSet("discovery_offer", False), *asking_again]
        if discovery_open(tracker):
            dispatcher.utter_message(response="utter_buying_signal")
        else:
            dispatcher.utter_message(response="utter_thanks_for_everything")
        return [*events, SlotSet("discovery_offer", False)]


class ActionAcknowledge(Action):
    """ "ok", "cool", "thanks" after an answer: a fitting reply, and the offer when it is due."""

    def name(self) -> str:
        return "action_acknowledge"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        asked = questions_asked(tracker)
        opener = (
            say("steering.thanked")
            if latest_intent(tracker) == "thank"
            else pick(variations("steering.acknowledgements"), asked, said_before(tracker))
        )
        if tracker.get_slot("discovery_offer") and not tracker.active_loop.get("name"):
            # the offer above still stands: no second offer right under it
            dispatcher.utter_message(
                text=f"{opener} {pick(variations('steering.still_open'), asked, said_before(tracker))}"
            )
            return []
        return _steer(dispatcher, tracker, buying_signal=False, opener=opener)


class ActionOfferDiscovery(Action):
    """After a reply that is not an answer to a question (am I talking to a bot, a person asked
    for): the offer to help pick a plan, when it is due."""

    def name(self) -> str:
        return "action_offer_discovery"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        return _steer(dispatcher, tracker, buying_signal=False)


class ActionDeclineDiscovery(Action):
    """ "Not now" to the offer: fine, and no new offer until buying intent or two more questions."""

    def name(self) -> str:
        return "action_decline_discovery"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        dispatcher.utter_message(response="utter_no_problem")
        return [SlotSet("discovery_offer", False), SlotSet("declined_at", float(questions_asked(tracker)))]


class ActionCallAfterQuestions(Action):
    """ "book a call pls", "ok go ahead and book it" before discovery is done: the call is coming, and the
    questions come first; said in full once, then briefly (it had been the same sentence three times)."""

    def name(self) -> str:
        return "action_call_after_questions"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if tracker.active_loop.get("name") == "contact_form":  # "book me in pls" to the company question
            dispatcher.utter_message(response="utter_call_after_details")
            return []
        full = {str(r.get("text")) for r in (domain.get("responses") or {}).get("utter_call_after_questions") or []}
        told = any(e.get("event") == "bot" and e.get("text") in full for e in tracker.events)
        dispatcher.utter_message(response="utter_call_after_these" if told else "utter_call_after_questions")
        return []
