"""No question is put a third time, whatever path repeats it (action_ask_<slot>)."""

from __future__ import annotations

import pytest
from rasa_sdk.events import ActionExecutionRejected, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.asking import ASK_ACTIONS
from actions.forms import ValidateContactForm, ValidateQualificationForm
from tests.actions.helpers import DOMAIN, make_tracker, text_of

pytestmark = pytest.mark.clock  # reads the clock: rerun by scripts/clock-matrix.sh

ASK = {action().name(): action() for action in ASK_ACTIONS}


async def ask(name: str, answered: str | None = None, **kwargs):  # type: ignore[no-untyped-def]
    """`answered`: the action that answered the visitor's message this turn, before the question is put again."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(**kwargs)
    if answered:
        tracker.events.append({"event": "action", "name": answered})
    events = await ASK[name].run(dispatcher, tracker, DOMAIN)
    return events, [m.get("response") for m in dispatcher.messages]


async def test_each_ask_is_counted() -> None:
    events, said = await ask("action_ask_budget", form="qualification_form", slots={"requested_slot": "budget"})
    assert said == ["utter_ask_budget"]
    assert events == [SlotSet("asks", {"budget": 1})]


async def test_a_question_asked_twice_is_given_up_and_the_next_open_one_asked() -> None:
    # the re-ask after an FAQ answer, a fallback or a handoff message comes through here too
    events, said = await ask(
        "action_ask_budget",
        form="qualification_form",
        slots={"requested_slot": "budget", "asks": {"budget": 2}, "industry": "retail", "company_size": 40},
    )
    assert said == ["utter_moving_on", "utter_ask_authority"]
    assert events == [
        SlotSet("budget", "unknown"),
        SlotSet("asks", {"budget": 2, "authority": 1}),
        SlotSet("requested_slot", "authority"),
    ]


async def test_the_question_put_again_after_answering_theirs_does_not_use_up_its_two_asks() -> None:
    # "how much is the pro plan?" while the budget question is pending: answered, then the budget asked again,
    # and a second question of theirs does not leave the budget out
    slots = {"requested_slot": "budget", "asks": {"budget": 1}}
    events, said = await ask("action_ask_budget", "action_answer", form="qualification_form", intent="faq", slots=slots)
    assert said == ["utter_ask_budget"]
    assert events == [SlotSet("asks", {"budget": 1, "budget?": 1})]
    slots = {"requested_slot": "budget", "asks": {"budget": 1, "budget?": 1}}
    events, said = await ask(
        "action_ask_budget", "action_explain", form="qualification_form", intent="explain", slots=slots
    )
    assert said == ["utter_ask_budget"]
    assert events == [SlotSet("asks", {"budget": 1, "budget?": 2})]
    # a third question of theirs counts: a visitor who only asks questions is not asked forever
    slots = {"requested_slot": "budget", "asks": {"budget": 1, "budget?": 2}}
    events, said = await ask("action_ask_budget", "action_answer", form="qualification_form", intent="faq", slots=slots)
    assert said == ["utter_ask_budget"]
    assert events == [SlotSet("asks", {"budget": 2, "budget?": 2})]


async def test_the_question_put_again_after_a_request_for_a_person_does_not_use_up_its_two_asks() -> None:
    # a stranger asked for a person at the budget question, then said "???" to it put again, and was told "let's
    # leave that one out": the request had used up the second ask
    slots = {"requested_slot": "budget", "asks": {"budget": 1}}
    events, said = await ask(
        "action_ask_budget", "action_request_human", form="qualification_form", intent="faq", slots=slots
    )
    assert said == ["utter_ask_budget"]
    assert events == [SlotSet("asks", {"budget": 1, "budget?": 1})]
    slots = {"requested_slot": "budget", "asks": {"budget": 1, "budget?": 1}}
    events, said = await ask(
        "action_ask_budget", "action_explain", form="qualification_form", intent="explain", slots=slots
    )
    assert said == ["utter_ask_budget"]


async def test_an_answer_we_could_not_use_counts_as_an_ask() -> None:
    slots = {"requested_slot": "budget", "asks": {"budget": 1}}
    events, said = await ask("action_ask_budget", form="qualification_form", intent="inform", slots=slots)
    assert said == ["utter_ask_budget"]
    assert events == [SlotSet("asks", {"budget": 2})]


async def test_when_the_last_open_question_is_given_up_the_form_ends() -> None:
    events, said = await ask(
        "action_ask_timeline",
        form="qualification_form",
        slots={
            "requested_slot": "timeline",
            "asks": {"timeline": 2},
            "industry": "retail",
            "company_size": 40,
            "budget": 1000,
            "authority": "influencer",
        },
    )
    assert said == ["utter_moving_on"]
    assert events[-1] == SlotSet("requested_slot", None)


async def test_consent_asked_twice_without_a_yes_keeps_the_visitor_anonymous() -> None:
    events, said = await ask(
        "action_ask_consent", form="contact_form", slots={"requested_slot": "consent", "asks": {"consent": 2}}
    )
    assert said == ["utter_consent_not_given"]
    assert events == [SlotSet("consent", False), SlotSet("requested_slot", None)]


async def run_form(action, **kwargs):  # type: ignore[no-untyped-def]
    dispatcher = CollectingDispatcher()
    return await action.run(dispatcher, make_tracker(**kwargs), DOMAIN), dispatcher.messages


async def test_a_one_word_company_read_as_asking_for_a_person_is_the_company() -> None:
    events, _ = await run_form(
        ValidateContactForm(),
        form="contact_form",
        text="BrightPeak",
        intent="human",
        slots={"requested_slot": "company", "consent": True},
    )
    assert SlotSet("company", "BrightPeak") in events


async def test_slang_team_size_read_as_an_faq_is_taken_as_a_best_guess_and_confirmed_once() -> None:
    events, _ = await run_form(
        ValidateQualificationForm(),
        form="qualification_form",
        text="prob 25ish incl the field crews",
        intent="faq",
        slots={"requested_slot": "company_size"},
    )
    assert SlotSet("pending_guess", {"slot": "company_size", "value": 25}) in events
    guess = {"pending_guess": {"slot": "company_size", "value": 25}}
    dispatcher = CollectingDispatcher()
    events = await ASK["action_ask_company_size"].run(
        dispatcher,
        make_tracker(
            form="qualification_form", slots={"requested_slot": "company_size", "asks": {"company_size": 1}, **guess}
        ),
        DOMAIN,
    )
    assert text_of(dispatcher.messages[0]) == "About 25 people, right?"
    assert [b["payload"] for b in dispatcher.messages[0]["buttons"]] == ['/inform{"company_size": 25}', "/deny"]
    assert SlotSet("asks", {"company_size": 2}) in events  # the confirmation is the second ask
    events, _ = await run_form(
        ValidateQualificationForm(),
        form="qualification_form",
        text="yep",
        intent="affirm",
        slots={"requested_slot": "company_size", **guess},
    )
    assert events == [SlotSet("company_size", 25), SlotSet("pending_guess", None)]
    events, _ = await run_form(
        ValidateQualificationForm(),
        form="qualification_form",
        text="no",
        intent="deny",
        slots={"requested_slot": "company_size", **guess},
    )
    assert events == [SlotSet("pending_guess", None)]  # the question comes again (the ask limit still holds)


async def test_asking_for_a_person_while_a_question_is_pending_steps_the_form_aside() -> None:
    text = "can i just talk to someone in sales?"
    events, _ = await run_form(
        ValidateQualificationForm(),
        form="qualification_form",
        text=text,
        intent="inform",
        slots={"requested_slot": "budget"},
        this_turn={"budget": text},
    )
    assert events[-1] == ActionExecutionRejected("qualification_form")
    assert SlotSet("budget", None) in events  # the text the mapping put there is taken back


async def test_a_typed_yes_to_consent_is_consent() -> None:
    events, _ = await run_form(
        ValidateContactForm(),
        form="contact_form",
        text="yeah that's fine",
        intent="inform",
        slots={"requested_slot": "consent"},
    )
    assert SlotSet("consent", True) in events


async def test_a_question_given_up_keeps_an_unconfirmed_best_guess_rather_than_nothing() -> None:
    events, said = await ask(
        "action_ask_company_size",
        form="qualification_form",
        slots={
            "requested_slot": "company_size",
            "asks": {"company_size": 2},
            "industry": "retail",
            "pending_guess": {"slot": "company_size", "value": 25},
        },
    )
    assert SlotSet("company_size", 25) in events and SlotSet("pending_guess", None) in events
    assert said[-1] == "utter_ask_budget"


async def test_the_skip_buttons_title_typed_skips() -> None:
    # a typed "Not decided yet" reaches Rasa as the button's own payload, /skip (bot/rasa_plugins/rest_channel.py)
    events, _ = await run_form(
        ValidateQualificationForm(),
        form="qualification_form",
        text="/skip",
        intent="skip",
        slots={"requested_slot": "budget"},
    )
    assert events[-1] == SlotSet("budget", "unknown")


async def test_a_question_to_the_consent_question_read_as_a_yes_is_no_yes() -> None:
    # "what info have you saved?" was read as give_consent, and the name asked next
    events, _ = await run_form(
        ValidateContactForm(),
        form="contact_form",
        text="what info have you saved?",
        intent="give_consent",
        slots={"requested_slot": "consent"},
        this_turn={"consent": True},
    )
    assert SlotSet("consent", None) in events
    assert any(isinstance(e, dict) and e.get("event") == "action_execution_rejected" for e in events)


async def test_no_email_said_to_the_email_question_skips_it_whatever_the_classifier_said() -> None:
    # "nah no email" got "That doesn't look like an email address"
    events, messages = await run_form(
        ValidateContactForm(),
        form="contact_form",
        text="nah no email",
        intent="deny",
        slots={"requested_slot": "email", "consent": True, "person_name": "Lucía"},
    )
    assert SlotSet("email", "unknown") in events, events
    assert not any("email address" in str(m.get("text") or m.get("response")) for m in messages)


async def test_the_question_put_again_after_a_correction_the_form_took_is_free() -> None:
    # "actually we're more of a retail business" to the budget's second ask: the form changed the industry, and the
    # budget was given up on, unasked
    events, said = await ask(
        "action_ask_budget",
        form="qualification_form",
        before=[{"event": "slot", "timestamp": None, "name": "industry", "value": "other"}],
        text="actually we're more of a retail business",
        this_turn={"industry": "retail"},
        slots={"requested_slot": "budget", "asks": {"budget": 2}},
    )
    assert said == ["utter_ask_budget"]
    assert events == [SlotSet("asks", {"budget": 2, "budget?": 1})]


async def test_a_first_answer_to_another_question_is_no_correction() -> None:
    _, said = await ask(
        "action_ask_budget",
        form="qualification_form",
        text="we're in retail",
        this_turn={"industry": "retail"},
        slots={"requested_slot": "budget", "asks": {"budget": 2}},
    )
    assert said[0] == "utter_moving_on"


async def test_a_trade_read_from_a_company_name_is_no_correction_of_theirs() -> None:
    # "Dentalworks Inc." to the email question changed the industry (read from the name): the email's re-ask counted
    events, _ = await ask(
        "action_ask_email",
        form="contact_form",
        before=[{"event": "slot", "timestamp": None, "name": "industry", "value": "professional_services"}],
        text="Dentalworks Inc.",
        this_turn={"industry": "healthcare", "company": "Dentalworks Inc"},
        slots={"requested_slot": "email", "asks": {"email": 1}, "consent": True},
    )
    assert events == [SlotSet("asks", {"email": 2})]


@pytest.mark.parametrize(("text", "slot"), [("Sure, go ahead", "industry"), ("yep ok", "timeline")])
async def test_a_go_ahead_to_a_question_is_no_answer_and_the_form_steps_aside(text: str, slot: str) -> None:
    # "Sure, go ahead" to the industry question was kept as the industry "in your words"
    events, messages = await run_form(
        ValidateQualificationForm(),
        form="qualification_form",
        text=text,
        intent="affirm",
        slots={"requested_slot": slot},
        this_turn={slot: text},
    )
    assert events[-1] == ActionExecutionRejected("qualification_form")
    assert SlotSet(slot, None) in events and not messages
