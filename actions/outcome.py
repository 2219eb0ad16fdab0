"""After discovery: assess fit, then after contact details: score, store and say what's next."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import recording, runtime
from actions.tracker_view import answers_from, visitor_said, whole_count
from bot.catalog.plans import budget_hint, recommend, seats_in, volume_hint
from bot.dialog.answers import DISCOVERY_SLOTS, UNKNOWN
from bot.dialog.asking import questions_left, times_asked
from bot.dialog.steering import first_name
from bot.qualification.lifecycle import PROSPECT, decide_stage, next_steps_message, thanks_to
from bot.qualification.score import Answers, score
from bot.wording import say


class ActionAssessFit(Action):
    """Scores the discovery answers to choose how to ask for contact details."""

    def name(self) -> str:
        return "action_assess_fit"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        answers = answers_from(tracker)
        result = score(answers, runtime.policy())
        fit = "good" if decide_stage(answers, result).stage == PROSPECT else "nurture"
        known = [slot for slot in DISCOVERY_SLOTS if tracker.get_slot(slot) not in (None, UNKNOWN)]
        if tracker.get_slot("no_call"):
            said = "order"  # they asked for the order form, no call: never "a short call is the best next step"
        elif len(known) < 2:
            said = "thanks"  # "that's really helpful" after "lol idk" and skips read as irony
        else:
            said = fit
        dispatcher.utter_message(response=f"utter_fit_{said}")
        return [SlotSet("fit", fit)]


class ActionWrapUp(Action):
    """Stores the lead (with consent), decides lead or prospect, tells the visitor what's next."""

    def name(self) -> str:
        return "action_wrap_up"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        answers = answers_from(tracker)
        if tracker.get_slot("consent") is not True or not answers.email:
            dispatcher.utter_message(response="utter_thanks_for_chatting")
            return []
        result = score(answers, runtime.policy())
        decision = decide_stage(answers, result)
        lead_id = await recording.qualified_contact(tracker, answers, result, decision)
        events: list[EventType] = [SlotSet("fit", "good" if decision.stage == PROSPECT else "nurture")]
        if lead_id is None:
            dispatcher.utter_message(response="utter_save_delayed")
            return events
        if tracker.get_slot("no_call"):  # "no call, just the checkout link": the order form by email, any score
            promise = "next_steps.order_form_by_email"
            return [*events, *await _pass_request_on(dispatcher, tracker, answers, lead_id, promise)]
        if decision.stage != PROSPECT and tracker.get_slot("human_requested"):
            return [*events, *await _pass_request_on(dispatcher, tracker, answers, lead_id)]
        if decision.stage != PROSPECT:
            queued = await recording.resources_promised(tracker, answers, lead_id)
            dispatcher.utter_message(text=_plan_that_fits(tracker, answers))  # the next step stays the last word
            dispatcher.utter_message(
                text=next_steps_message(
                    decision.stage, first_name(answers.person_name), answers.email, resources_queued=queued
                )  # "Thanks, Lucía!", as every other thanks (it was "Thanks, Lucía Fernández!")
            )
            return events
        dispatcher.utter_message(text=say("next_steps.call", thanks=thanks_to(first_name(answers.person_name))))
        dispatcher.utter_message(text=_plan_that_fits(tracker, answers))
        # The times come from action_offer_slots, run next by Rasa with lead_id already set.
        return [*events, SlotSet("lead_id", float(lead_id)), FollowupAction("action_offer_slots")]


def _plan_that_fits(tracker: Tracker, answers: Answers) -> str:
    """The plan promised at the offer ("I can suggest the plan that fits best"), from their team size and the
    features they asked about."""
    said = visitor_said(tracker)
    seats = seats_in(said) or whole_count(answers.company_size)  # the seats asked a price for, else the team
    catalog = runtime.plans()
    suggested = recommend(catalog, seats, said)
    fit = say("pricing.wrap_up_plan", plan=suggested.plan.name, because=suggested.because())
    short = budget_hint(catalog, suggested.plan, seats, answers.budget)
    return " ".join(part for part in (fit, short, volume_hint(catalog, suggested.plan, seats)) if part)


async def _pass_request_on(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    answers: Answers,
    lead_id: int,
    promise: str = "next_steps.person_will_email",
) -> list[EventType]:
    """They asked for a person and were told someone would get back to them: an SDR gets the lead to
    reply, whatever its score. When no discovery question was put yet, the questions follow as optional
    (once: after them the wrap-up comes here again and ends)."""
    thanks = thanks_to(first_name(answers.person_name))
    joining = tracker.get_slot("sdr_notified")
    if joining:
        # an SDR online was told at once and joins the chat: no second SDR, no promise of an email
        said = say("next_steps.sdr_joining", thanks=thanks, who=joining)
    else:
        try:
            sdr_name = await recording.callback_requested(tracker, lead_id)
        except runtime.StorageUnavailable:
            sdr_name = None  # the lead is saved: the SDR pages list it even when the email could not be queued
        who = sdr_name or say("next_steps.sales_team")
        said = say(promise, thanks=thanks, who=who, email=answers.email or "")
    slots = tracker.current_slot_values()
    never_asked = not any(times_asked(tracker.get_slot("asks"), slot) for slot in DISCOVERY_SLOTS)
    if never_asked and questions_left(slots, tracker.get_slot("asks"), DISCOVERY_SLOTS):
        dispatcher.utter_message(text=said)
        dispatcher.utter_message(response="utter_meanwhile_questions")
        return [FollowupAction("qualification_form")]
    dispatcher.utter_message(text=f"{said} {say('next_steps.anything_else')}")
    return []
