"""Answering the visitor's own questions and steering back, with real trackers."""

from collections.abc import Iterator

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import ActionExplain
from actions.steering import ActionAcknowledge, ActionAnswer, ActionCallAfterQuestions, ActionDeclineDiscovery
from bot.settings import get_settings
from bot.wording import variations
from tests.actions.helpers import DOMAIN, make_tracker, text_of, texts_of, user_event


@pytest.fixture(autouse=True)
def fresh_catalog() -> Iterator[None]:
    """The plans and competitors read from the fixture copies (tests/fixtures/sales/): the settings
    afresh, and the actions read the files the settings name (again whenever a file changes)."""
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def question(text: str, key: str | None) -> dict:
    event = user_event(text, "faq")
    if key:
        event["parse_data"]["response_selector"] = {"faq": {"response": {"intent_response_key": key}}}
    return event


def tracker_after(*events: dict, slots: dict | None = None, form: str | None = None, opening: bool = False) -> Tracker:
    """A tracker whose latest message is the last of `events`; mid-conversation (the assistant has spoken) unless
    `opening`, when the answer comes after the hello."""
    *before, latest = events
    if not opening and not any(event.get("event") == "bot" for event in before):
        before = [{"event": "bot", "text": "Hi there!"}, *before]
    tracker = make_tracker(
        before=before, text=latest["text"], intent=latest["parse_data"]["intent"]["name"], slots=slots, form=form
    )
    tracker.latest_message = latest["parse_data"]
    tracker.events[-1] = latest
    return tracker


async def run(action, tracker: Tracker):
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker, DOMAIN)
    return events, dispatcher.messages


async def test_an_opening_price_question_is_greeted_then_answered_with_figures_then_offered_discovery() -> None:
    # the hello came after the answer, which a stranger read as out of order
    events, messages = await run(
        ActionAnswer(), tracker_after(question("How much is Business for 10 users?", "faq/pricing"), opening=True)
    )
    assert text_of(messages[0]).startswith("Hi there!")
    assert text_of(messages[1]).startswith("Business for 10 users: $990 a month billed monthly")
    assert [b["payload"] for b in messages[2]["buttons"]] == ["/affirm", "/deny"]
    assert events == [SlotSet("discovery_offer", True)]


async def test_a_price_question_after_the_team_size_was_given_is_quoted_for_that_team() -> None:
    # a stranger who had said "about 25 people" was still asked "tell me how many users you have"
    bot = {"event": "bot", "text": "Hi there!"}
    _, messages = await run(
        ActionAnswer(),
        tracker_after(bot, question("how much is business?", "faq/pricing"), slots={"company_size": 25}),
    )
    assert text_of(messages[0]).startswith("Business for 25 users:"), messages[0]
    _, messages = await run(
        ActionAnswer(),
        tracker_after(bot, question("how much is business for 10 users?", "faq/pricing"), slots={"company_size": 25}),
    )
    assert text_of(messages[0]).startswith("Business for 10 users:")  # the number asked about wins


async def test_a_later_question_gets_its_answer_and_the_offer_without_a_second_greeting() -> None:
    bot = {"event": "bot", "text": "Hi there!"}
    events, messages = await run(
        ActionAnswer(),
        tracker_after(question("do you have sso?", None), bot, question("is there a trial?", "faq/free_trial")),
    )
    assert messages[0] == {**messages[0], "response": "utter_faq/free_trial"}
    assert len(messages) == 2 and "buttons" in messages[1]
    assert events == [SlotSet("discovery_offer", True)]


async def test_an_offer_let_pass_is_not_put_again_after_every_answer() -> None:
    # a stranger was offered the questions after each of four answers in a row
    offer = {"event": "bot", "text": "Want me to help you pick?", "data": {"buttons": [{"payload": "/affirm"}]}}
    first = question("do you have sso?", None)
    _, messages = await run(
        ActionAnswer(), tracker_after(first, offer, question("is there a trial?", "faq/free_trial"))
    )
    assert not any(m.get("buttons") for m in messages), messages
    _, messages = await run(
        ActionAnswer(),
        tracker_after(first, offer, question("api?", None), question("is there a trial?", "faq/free_trial")),
    )
    assert not any(m.get("buttons") for m in messages), messages
    _, messages = await run(
        ActionAnswer(),
        tracker_after(
            first,
            offer,
            question("api?", None),
            question("gdpr?", None),
            question("is there a trial?", "faq/free_trial"),
        ),
    )
    assert [b["payload"] for b in messages[-1]["buttons"]] == ["/affirm", "/deny"]  # two answers on, once more


async def test_a_competitor_question_gets_the_positioning_and_is_kept_as_a_buying_signal() -> None:
    events, messages = await run(ActionAnswer(), tracker_after(question("how do you compare to Pipe Drive?", None)))
    assert text_of(messages[0]).startswith("Pipedrive is simple and well liked by small sales teams")
    assert SlotSet("competitor", "Pipedrive") in events


async def test_a_comparison_with_a_product_we_do_not_know_gets_where_we_differ_not_a_plan_answer() -> None:
    compare = user_event("how are you different from Intercom?", "compare")
    compare["parse_data"]["response_selector"] = {"faq": {"response": {"intent_response_key": "faq/plans"}}}
    events, messages = await run(ActionAnswer(), tracker_after(compare))
    assert messages[0] == {**messages[0], "response": "utter_compare_named", "product": "Intercom"}
    assert not any(SlotSet("competitor", name) in events for name in ("Intercom", "Pipedrive"))


async def test_after_not_now_the_next_question_gets_no_offer_but_the_second_one_does() -> None:
    declined = {"declined_at": 1.0, "discovery_offer": False}
    q1, q2, q3 = question("sso?", "faq/sso"), question("trial?", "faq/free_trial"), question("support?", "faq/support")
    events, messages = await run(ActionAnswer(), tracker_after(q1, {"event": "bot", "text": "x"}, q2, slots=declined))
    assert events == [SlotSet("discovery_offer", False)] and len(messages) == 2
    assert not messages[-1]["buttons"] and text_of(messages[-1]) in variations(
        "steering.after_decline"
    )  # no offer, but never a dead end
    events, messages = await run(
        ActionAnswer(), tracker_after(q1, {"event": "bot", "text": "x"}, q2, q3, slots=declined)
    )
    assert events == [SlotSet("discovery_offer", True)] and "buttons" in messages[-1]


async def test_a_question_showing_buying_intent_brings_the_offer_back_at_once() -> None:
    declined = {"declined_at": 1.0, "discovery_offer": False}
    tracker = tracker_after(
        question("sso?", "faq/sso"),
        {"event": "bot", "text": "x"},
        question("can we sign an annual contract?", "faq/contract"),
        slots=declined,
    )
    events, _ = await run(ActionAnswer(), tracker)
    assert events == [SlotSet("discovery_offer", True)]


async def test_declining_records_when_so_the_offer_is_not_repeated() -> None:
    events, messages = await run(
        ActionDeclineDiscovery(), tracker_after(question("sso?", "faq/sso"), user_event("not now", "deny"))
    )
    assert events == [SlotSet("discovery_offer", False), SlotSet("declined_at", 1.0)]
    assert messages[0]["response"] == "utter_no_problem"


async def test_an_acknowledgement_gets_a_reply_never_the_fallback() -> None:
    events, messages = await run(
        ActionAcknowledge(),
        tracker_after(
            question("sso?", "faq/sso"),
            user_event("cool", "acknowledge"),
            slots={"discovery_offer": False, "declined_at": 1.0},
        ),
    )
    assert messages and "not sure" not in text_of(messages[0]) and events == [SlotSet("discovery_offer", False)]
    _, messages = await run(
        ActionAcknowledge(),
        tracker_after(question("sso?", "faq/sso"), user_event("thanks", "thank"), slots={"discovery_offer": True}),
    )
    assert (
        text_of(messages[0]).startswith("You're welcome!") and not messages[0]["buttons"]
    )  # the offer above still stands


async def test_a_plain_answer_to_the_pending_question_is_left_to_the_form() -> None:
    tracker = tracker_after(
        question("travel", "faq/support"), slots={"requested_slot": "industry"}, form="qualification_form"
    )
    assert await run(ActionAnswer(), tracker) == ([], [])
    tracker = tracker_after(
        user_event("St Mary's", "explain"), slots={"requested_slot": "company"}, form="contact_form"
    )
    assert await run(ActionExplain(), tracker) == ([], [])


async def test_an_answer_misread_as_stop_keeps_the_form_going_instead_of_pausing() -> None:
    from rasa_sdk.events import FollowupAction

    from actions.conversation import ActionPause

    tracker = make_tracker(
        text="this quarter", intent="stop", slots={"requested_slot": "timeline"}, form="qualification_form"
    )
    tracker.latest_message["entities"] = [{"entity": "timeline", "value": 38}]
    assert await run(ActionPause(), tracker) == ([FollowupAction("qualification_form")], [])
    tracker = make_tracker(
        text="let's stop here", intent="stop", slots={"requested_slot": "timeline"}, form="qualification_form"
    )
    events, messages = await run(ActionPause(), tracker)
    assert events == [] and messages[0]["response"] == "utter_pause"


async def test_an_email_address_misread_as_skip_is_kept() -> None:
    from actions.forms import ValidateContactForm

    tracker = make_tracker(
        text="sarah@telconet.example",
        intent="skip",
        slots={"requested_slot": "email", "consent": True},
        form="contact_form",
    )
    events, messages = await run(ValidateContactForm(), tracker)
    assert SlotSet("email", "sarah@telconet.example") in events and SlotSet("email", "unknown") not in events
    assert messages == []


async def test_a_name_misread_as_stop_is_the_name_but_not_now_still_pauses() -> None:
    from rasa_sdk.events import FollowupAction

    from actions.conversation import ActionPause

    tracker = make_tracker(
        text="Paul Young", intent="stop", slots={"requested_slot": "person_name", "consent": True}, form="contact_form"
    )
    assert await run(ActionPause(), tracker) == ([FollowupAction("contact_form")], [])
    tracker = make_tracker(
        text="not now", intent="stop", slots={"requested_slot": "person_name", "consent": True}, form="contact_form"
    )
    assert (await run(ActionPause(), tracker))[1][0]["response"] == "utter_pause"


async def test_a_buying_signal_after_two_nos_to_keeping_details_does_not_reopen_the_question() -> None:
    from actions.steering import ActionBuyingSignal

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        text="we want to sign this month", intent="start_discovery", slots={"consent": False, "asks": {"consent": 2}}
    )
    events = await ActionBuyingSignal().run(dispatcher, tracker, DOMAIN)
    assert SlotSet("consent", None) not in events  # a person comes next (the turn policy), not a third consent question
    assert not any("keep your contact details" in str(text_of(m)) for m in dispatcher.messages)
    once = make_tracker(
        text="we want to sign this month", intent="start_discovery", slots={"consent": False, "asks": {"consent": 1}}
    )
    assert SlotSet("consent", None) in await ActionBuyingSignal().run(
        CollectingDispatcher(), once, DOMAIN
    )  # asked once: once more


async def test_no_offer_of_questions_that_were_all_put_twice_already() -> None:
    # said no to keeping details, so the answers were erased; offering "a few quick questions"
    # would lead to none being asked (the limit of two holds), so the visitor is invited on instead
    asked_twice = {slot: 2 for slot in ("industry", "company_size", "budget", "authority", "timeline")}
    slots = {"consent": False, "asks": {**asked_twice, "consent": 2}}
    events, messages = await run(
        ActionAnswer(), tracker_after(question("are you soc 2 compliant?", "faq/security"), slots=slots)
    )
    assert events == [SlotSet("discovery_offer", False)]
    assert not messages[-1].get("buttons") and text_of(messages[-1]) in variations("steering.after_decline")
    once = {"consent": False, "asks": {**asked_twice, "budget": 1}}  # one question left: the offer is still made
    events, messages = await run(
        ActionAnswer(), tracker_after(question("are you soc 2 compliant?", "faq/security"), slots=once)
    )
    assert events == [SlotSet("discovery_offer", True)] and messages[-1]["buttons"]


async def test_a_question_about_connecting_to_a_competitors_product_gets_the_integrations_answer() -> None:
    events, messages = await run(
        ActionAnswer(), tracker_after(question("does it integrate with pipedrive and slack?", "faq/integrations"))
    )
    assert messages[0] == {**messages[0], "response": "utter_faq/integrations"}
    assert SlotSet("competitor", "Pipedrive") not in events
    events, messages = await run(
        ActionAnswer(), tracker_after(question("is your integration better than pipedrive?", "faq/integrations"))
    )
    assert text_of(messages[0]).startswith("Pipedrive is simple")  # a comparison all the same


async def test_a_request_for_prices_in_any_words_gets_the_price_list() -> None:
    request = user_event("Kindly share the pricing details", "skip")
    request["parse_data"]["response_selector"] = {"faq": {"response": {"intent_response_key": "faq/support"}}}
    _, messages = await run(ActionAnswer(), tracker_after(request))
    assert "Starter" in text_of(messages[0]) and "Business" in text_of(messages[0])


async def test_a_question_no_answer_of_ours_speaks_to_gets_a_specialist_not_the_nearest_answer() -> None:
    # "is it HIPAA compliant?" had the SOC 2 answer, which reads as a yes
    event = question("is it HIPAA compliant?", "faq/security")
    event["parse_data"]["faq_answer"] = {"topic": "faq/security", "score": 0.71, "answerable": False}
    _, messages = await run(ActionAnswer(), tracker_after(event, slots={"email": "ana@clinic.example"}))
    assert messages[0]["response"] == "utter_specialist"  # noted for sales, who can write to them


@pytest.mark.parametrize(
    ("slots", "response"),
    [({}, "utter_specialist_no_email"), ({"consent": False}, "utter_specialist_not_kept")],
)
async def test_a_question_for_a_specialist_is_noted_only_where_someone_can_follow_up(
    slots: dict, response: str
) -> None:
    # "noted for the sales team" was said with no email to write to, and after a no to keeping the chat
    event = question("is it HIPAA compliant?", "faq/security")
    event["parse_data"]["faq_answer"] = {"topic": "faq/security", "score": 0.71, "answerable": False}
    _, messages = await run(ActionAnswer(), tracker_after(event, slots=slots))
    assert messages[0]["response"] == response


async def test_the_faq_readers_topic_is_answered_over_the_selectors_pick() -> None:
    # "bank transfer ok?": the selector's pick was pricing, the answer's own words are billing's
    event = question("bank transfer ok?", "faq/pricing")
    event["parse_data"]["faq_answer"] = {"topic": "faq/billing", "score": 0.8, "answerable": True}
    _, messages = await run(ActionAnswer(), tracker_after(event))
    assert messages[0]["response"] == "utter_faq/billing"


@pytest.mark.clock  # the team size is read by the extractor, which reads today for dates
async def test_asked_which_plan_fits_they_get_one_with_why_and_its_price_for_their_team() -> None:
    # "which plan is right for a 10 person law firm?" got the consent question; the offer promised a plan
    _, messages = await run(
        ActionAnswer(),
        tracker_after(question("which plan is right for a 10 person law firm? we need SSO", "faq/plans")),
    )
    assert text_of(messages[0]).startswith("For 10 users, I'd suggest Business, which includes SSO")


@pytest.mark.clock  # the team size is read by the extractor, which reads today for dates
@pytest.mark.parametrize(
    ("asked", "suggested", "described"),
    [
        # the wrap-up suggested Enterprise for what they need: asking why gets that reason, not a blurb
        ("why enterprise?", "For 80 users, I'd suggest Enterprise, which includes data residency", None),
        (
            "how come you suggested that plan?",
            "For 80 users, I'd suggest Enterprise, which includes data residency",
            None,
        ),
        # asking about another plan does not make it the suggestion: the suggestion, then what the other one has
        (
            "why not business?",
            "For 80 users, I'd suggest Enterprise, which includes data residency",
            "Business includes",
        ),
    ],
)
async def test_asked_why_a_plan_they_get_the_reason_it_was_suggested(
    asked: str, suggested: str, described: str | None
) -> None:
    _, messages = await run(
        ActionAnswer(),
        tracker_after(
            user_event("we're 80 people and our data has to stay in the eu", "inform"),
            {"event": "bot", "text": "From what you've told me, Enterprise looks like the right fit."},
            question(asked, "faq/plans"),
            slots={"company_size": 80},
        ),
    )
    answer = text_of(messages[0])
    assert answer.startswith(suggested)
    assert (described in answer) if described else ("Business includes" not in answer)


@pytest.mark.clock
async def test_asking_why_enterprise_of_a_small_team_with_no_need_for_it_gets_the_plan_that_fits() -> None:
    # asking about a plan is no wish for it: "why enterprise?" must not make Enterprise the suggestion
    _, messages = await run(
        ActionAnswer(),
        tracker_after(
            user_event("we have 12 people", "inform"),
            question("why enterprise?", "faq/plans"),
            slots={"company_size": 12},
        ),
    )
    answer = text_of(messages[0])
    assert answer.startswith("For 12 users, I'd suggest Starter") and "Enterprise includes" in answer


@pytest.mark.clock  # the team size is read by the extractor, which reads today for dates
async def test_asked_which_plan_with_nothing_to_choose_by_they_get_the_plans_and_are_asked_their_team() -> None:
    _, messages = await run(ActionAnswer(), tracker_after(question("which plan would you recommend?", "faq/plans")))
    assert messages[0]["response"] == "utter_faq/plans" and "how many users" in text_of(messages[1])


async def test_a_comparison_naming_no_product_asks_which_one() -> None:
    _, messages = await run(ActionAnswer(), tracker_after(user_event("how are you different from others?", "compare")))
    assert messages[0]["response"] == "utter_compare_unknown"


async def test_a_comparison_with_a_product_named_but_unknown_to_us_names_it_back() -> None:
    # "how r u different from monday.com" ended with "Which product are you comparing us with?"
    compare = user_event("how r u different from monday.com", "compare")
    _, messages = await run(ActionAnswer(), tracker_after(compare))
    assert messages[0]["response"] == "utter_compare_named" and messages[0]["product"] == "monday.com"


@pytest.mark.parametrize(
    ("slots", "form", "start"),
    [
        ({"requested_slot": "consent"}, "contact_form", "If you say yes, I'll take your name, email and company"),
        ({"requested_slot": "budget"}, "qualification_form", "A few more quick questions"),
        ({"booked": True}, None, "Your call is booked"),
        ({}, None, "I can answer questions about plans"),
    ],
)
async def test_what_happens_next_is_told_from_where_the_conversation_stands(
    slots: dict, form: str | None, start: str
) -> None:
    # "hmm what happens next?" to the consent question got "I'll have a specialist confirm it"
    _, messages = await run(
        ActionAnswer(), tracker_after(user_event("hmm what happens next?", "faq"), slots=slots, form=form)
    )
    assert text_of(messages[0]).startswith(start)


async def test_after_stop_asking_me_questions_no_offer_of_questions_comes_again() -> None:
    # "stop asking me questions", and two answers later "It takes a few quick questions" again
    before = [
        {"event": "bot", "text": "Hi there!"},
        user_event("stop asking me questions", "stop"),
        {"event": "bot", "text": "No problem."},
        user_event("do you have sso?", "faq"),
        {"event": "bot", "text": "Yes."},
    ]
    events, messages = await run(
        ActionAnswer(), tracker_after(*before, question("is there a free trial?", "faq/free_trial"), slots={})
    )
    assert not any(message.get("buttons") for message in messages), messages
    assert SlotSet("discovery_offer", False) in events


async def test_a_call_promised_in_full_once_then_briefly() -> None:
    # "book a call pls", then "ok go ahead and book it": the same long sentence had come three times
    first, said = await run(ActionCallAfterQuestions(), tracker_after(user_event("book a call pls", "start_discovery")))
    assert first == [] and "a few quick questions first" in (text_of(said[0]) or "")
    promise = {"event": "bot", "text": text_of(said[0])}
    _, again = await run(
        ActionCallAfterQuestions(),
        tracker_after(promise, user_event("ok go ahead and book it", "give_consent"), form="qualification_form"),
    )
    assert texts_of(again) == ["Noted: the call comes right after these questions."]


async def test_a_question_while_the_time_zone_is_asked_is_answered_then_the_zone_asked_again() -> None:
    # "do you integrate with hubspot?" at the time-zone question got "What else would you like to know?", and the
    # question was lost
    tracker = tracker_after(
        question("do you integrate with hubspot?", "faq/integrations"), slots={"fit": "good", "lead_id": 3.0}
    )
    _, messages = await run(ActionAnswer(), tracker)
    assert "HubSpot" in (text_of(messages[0]) or "")
    assert messages[-1].get("response") == "utter_ask_timezone"


async def test_a_call_asked_for_in_a_question_gets_yes_and_no_offer_of_the_questions_that_follow() -> None:
    # "can we schedule a call?" got the yes, then "Want me to help you pick the right plan?" right above the first
    # question
    _, messages = await run(ActionAnswer(), tracker_after(user_event("can we schedule a call?", "faq")))
    assert [m.get("response") for m in messages] == ["utter_call_on_the_way"]
    assert not any(m.get("buttons") for m in messages)


async def test_a_question_asking_two_things_gets_both_answers() -> None:
    # "what's your refund policy and contract length?" got one answer of the two
    asked = question("can we cancel anytime and do you integrate with hubspot", "faq/integrations")
    asked["parse_data"]["faq_answer"] = {
        "topic": "faq/integrations",
        "score": 1.2,
        "answerable": True,
        "also": ["faq/contract"],
    }
    _, messages = await run(ActionAnswer(), tracker_after(asked))
    responses = [m.get("response") for m in messages]
    assert responses[:2] == ["utter_faq/integrations", "utter_faq/contract"]
