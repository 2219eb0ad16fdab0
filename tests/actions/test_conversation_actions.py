from email import message_from_string, policy

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecuted, FollowupAction, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from actions.conversation import (
    ActionConfirmCorrection,
    ActionExplain,
    ActionFallback,
    ActionGreet,
    ActionRequestHuman,
    ActionSessionStart,
)
from bot.clock import utcnow
from bot.dialog.identity import sign_identity
from bot.settings import get_settings
from bot.storage.models import Conversation, OutboxItem
from tests.actions.helpers import DOMAIN, make_tracker, slot_event, text_of, texts_of

pytestmark = pytest.mark.clock  # reads the clock: rerun by scripts/clock-matrix.sh


async def run(action, tracker: Tracker):
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker, DOMAIN)
    return events, dispatcher.messages


async def test_session_start_takes_page_plan_timezone_but_never_consent_from_metadata() -> None:
    tracker = make_tracker(
        slots={
            "session_started_metadata": {
                "page": "/pricing",
                "plan": "Enterprise",
                "timezone": "America/New_York",
                "consent": True,
            }
        }
    )
    events, _ = await run(ActionSessionStart(), tracker)
    assert events[0] == SessionStarted()
    assert events[-1] == ActionExecuted("action_listen")
    assert SlotSet("plan", "enterprise") in events
    assert SlotSet("page", "/pricing") in events
    assert SlotSet("timezone", "America/New_York") in events
    assert not any(e.get("name") == "consent" for e in events)  # a browser cannot consent for anyone


async def test_session_start_carries_known_answers_over() -> None:
    tracker = make_tracker(slots={"budget": 50000.0, "industry": "software"})
    events, _ = await run(ActionSessionStart(), tracker)
    assert SlotSet("budget", 50000.0) in events and SlotSet("industry", "software") in events


async def test_the_greeting_uses_the_plan_when_known() -> None:
    _, messages = await run(ActionGreet(), make_tracker(slots={"plan": "business"}))
    assert text_of(messages[0]) == "Hi there! Looking at the Business plan?"
    assert messages[1]["response"] == "utter_greet_offer"


async def test_why_do_you_need_my_email_explains_the_email_whatever_question_is_pending() -> None:
    _, messages = await run(
        ActionExplain(),
        make_tracker(
            intent="explain",
            form="contact_form",
            text="why do you need my email?",
            slots={"requested_slot": "person_name"},
        ),
    )
    assert [m["response"] for m in messages] == ["utter_explain_email"]


async def test_why_do_you_need_that_explains_the_pending_question() -> None:
    _, messages = await run(
        ActionExplain(), make_tracker(intent="explain", form="qualification_form", slots={"requested_slot": "budget"})
    )
    assert [m["response"] for m in messages] == ["utter_explain_budget"]
    _, messages = await run(ActionExplain(), make_tracker(intent="explain"))
    assert [m["response"] for m in messages] == ["utter_explain_generic"]


async def test_a_correction_outside_forms_says_what_changed() -> None:
    tracker = make_tracker(
        text="actually we're 200 people",
        intent="correct",
        before=[slot_event("company_size", 50)],
        this_turn={"company_size": 200},
    )
    _, messages = await run(ActionConfirmCorrection(), tracker)
    assert (
        text_of(messages[0])
        == "Thanks, I've updated your company size to about 200 people. Anything else I can help with?"
    )
    _, messages = await run(ActionConfirmCorrection(), make_tracker(text="that's wrong", intent="correct"))
    assert messages[0]["response"] == "utter_ask_which_correction"


async def test_a_contact_detail_set_right_is_kept_only_with_consent() -> None:
    said = "oh sorry, I'm Lena, and the company is Kessler GmbH"
    events, messages = await run(
        ActionConfirmCorrection(),
        make_tracker(text=said, intent="correct", slots={"consent": True, "person_name": "Tom"}),
    )
    assert events == [SlotSet("person_name", "Lena"), SlotSet("company", "Kessler GmbH")]
    assert "name to Lena" in text_of(messages[0]) and "company to Kessler GmbH" in text_of(messages[0])
    events, messages = await run(ActionConfirmCorrection(), make_tracker(text=said, intent="correct"))
    assert events == [] and messages[0]["response"] == "utter_ask_which_correction"


async def test_a_figure_put_right_by_the_one_it_replaces_is_changed() -> None:
    # "sorry i meant 14 not 40" got "Just tell me the new answer", then the industry question was skipped
    events, messages = await run(
        ActionConfirmCorrection(),
        make_tracker(text="sorry i meant 14 not 40", intent="correct", slots={"company_size": 40}),
    )
    assert events == [SlotSet("company_size", 14)]
    assert "company size to" in text_of(messages[0]) and "14" in text_of(messages[0])
    events, messages = await run(
        ActionConfirmCorrection(),
        make_tracker(text="sorry i meant 14 not 40", intent="correct", slots={"company_size": 25}),
    )
    assert events == [] and messages[0]["response"] == "utter_ask_which_correction"  # 40 was none of the answers


async def test_repeated_misunderstanding_offers_choices_and_a_person() -> None:
    events, messages = await run(ActionFallback(), make_tracker(text="blorp", intent="nlu_fallback"))
    assert events == [SlotSet("failed_turns", 1)] and "didn't quite get that" in text_of(messages[0])
    events, messages = await run(
        ActionFallback(), make_tracker(text="blorp", intent="nlu_fallback", slots={"failed_turns": 1})
    )
    assert events == [SlotSet("failed_turns", 0)]
    assert messages[0]["response"] == "utter_fallback_choices"


async def test_asking_for_a_human_when_nobody_covering_is_online(action_db: sessionmaker) -> None:
    tracker = make_tracker(
        text="can I talk to a human", intent="human", sender_id="visitor-human-000001", slots={"timezone": "Asia/Tokyo"}
    )
    events, messages = await run(ActionRequestHuman(), tracker)
    assert events == [SlotSet("human_requested", True)]
    # their details come next (the contact form), not "a few quick questions"
    assert texts_of(messages) == [
        "Nobody from sales is online right now. Leave your name and email and the right person will get back to you."
    ]
    with action_db() as session:
        conversation = session.execute(
            select(Conversation).where(Conversation.sender_id == "visitor-human-000001")
        ).scalar_one()
        assert conversation.human_requested_at is not None


async def test_a_visitor_who_said_no_to_keeping_details_twice_is_not_asked_a_third_time(
    action_db: sessionmaker,
) -> None:
    tracker = make_tracker(
        text="how do we buy this",
        intent="faq",
        sender_id="visitor-human-000003",
        slots={"timezone": "Asia/Tokyo", "consent": False, "asks": {"consent": 2}},
    )
    events, messages = await run(ActionRequestHuman(), tracker)
    assert events == [SlotSet("human_requested", True)]  # consent stays False: no third consent question
    assert [m["response"] for m in messages] == ["utter_no_person_without_details"]  # says so, and how to go on


async def test_asking_for_a_human_while_an_sdr_is_online_notifies_them_at_once(action_db: sessionmaker) -> None:
    tracker = make_tracker(
        text="human please", intent="human", sender_id="visitor-human-000002", slots={"timezone": "Europe/Berlin"}
    )
    _, messages = await run(ActionRequestHuman(), tracker)
    assert text_of(messages[0]).startswith("Lena Fischer from our sales team is online and has been notified")
    with action_db() as session:
        item = session.execute(select(OutboxItem)).scalar_one()
        body = message_from_string(item.payload["raw"], policy=policy.default).get_content()
        assert item.payload["to"] == "lena.fischer@example.com" and "/inbox/conversations/visitor-human-000002" in body


async def test_a_returning_visitor_is_recognized_only_from_an_identity_the_site_signed(
    action_db: sessionmaker, policy, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.qualification.lifecycle import decide_stage
    from bot.qualification.score import Answers, score
    from bot.storage.leads import save_qualified_contact

    monkeypatch.setenv("SITE_SECRET", "site-shared-secret")
    get_settings.cache_clear()
    answers = Answers(
        industry="software",
        company_size=200,
        budget=80_000,
        authority="decision_maker",
        timeline=40,
        email="jane@acme.com",
        person_name="Jane Doe",
        company="Acme",
    )
    with action_db() as session:
        result = score(answers, policy)
        save_qualified_contact(session, "visitor-old-device-01", answers, result, decide_stage(answers, result))
        session.commit()
    in_an_hour = int(utcnow().timestamp()) + 3600
    signed = sign_identity("site-shared-secret", "Jane+web@ACME.com", "Jane Doe", in_an_hour)
    events, _ = await run(ActionSessionStart(), make_tracker(slots={"session_started_metadata": {"identity": signed}}))
    assert SlotSet("budget", 80000.0) in events and SlotSet("industry", "software") in events
    assert SlotSet("person_name", "Jane Doe") in events
    assert [e["value"] for e in events if e.get("name") == "verified_email"] == ["Jane+web@acme.com"]

    forgeries = [
        {"email": "jane@acme.com", "consent": True},  # what a stranger could always send
        {"identity": sign_identity("a-guessed-secret", "jane@acme.com", "Jane Doe", in_an_hour)},
        {"identity": sign_identity("site-shared-secret", "jane@acme.com", "Jane Doe", in_an_hour - 7200)},  # expired
        {
            "identity": signed.replace(
                signed.split(".")[0], sign_identity("x", "eve@evil.com", None, in_an_hour).split(".")[0]
            )
        },
    ]
    for metadata in forgeries:
        events, _ = await run(ActionSessionStart(), make_tracker(slots={"session_started_metadata": metadata}))
        names = {e.get("name") for e in events if e.get("event") == "slot"}
        assert not names & {"budget", "person_name", "email", "consent", "verified_email"}, metadata


async def test_asking_for_a_person_from_two_tabs_at_once_tells_both_who_is_coming(action_db: sessionmaker) -> None:
    # Each turn sees a chat it has never stored and writes it with the conversation so far, while
    # the others do the same: the ones that lose the race must still reach a person, not "unavailable".
    import asyncio

    trackers = [
        make_tracker(
            text="human please", intent="human", sender_id="visitor-human-000004", slots={"timezone": "Europe/Berlin"}
        )
        for _ in range(6)
    ]
    replies = await asyncio.gather(*(run(ActionRequestHuman(), tracker) for tracker in trackers))
    assert [str(text_of(messages[0]))[:12] for _, messages in replies] == ["Lena Fischer"] * 6
    with action_db() as session:
        assert (
            len(session.execute(select(Conversation).where(Conversation.sender_id == "visitor-human-000004")).all())
            == 1
        )


_REACH_ME = {
    "human_requested": True,
    "consent": True,
    "person_name": "Ines Duarte",
    "email": "ines@padaria.example",
    "company": "Padaria Duarte",
    "timezone": "Europe/Berlin",
}


async def test_one_who_asked_for_a_person_and_left_details_is_passed_to_an_sdr_then_asked_the_questions(
    action_db: sessionmaker,
) -> None:
    from actions.outcome import ActionWrapUp

    tracker = make_tracker(text="Padaria Duarte", slots=_REACH_ME, sender_id="visitor-callback-01")
    events, messages = await run(ActionWrapUp(), tracker)
    with action_db() as session:
        mails = [item.payload for item in session.execute(select(OutboxItem)).scalars()]
    callback = [mail for mail in mails if "Asked for a person" in mail.get("subject", "")]
    assert len(callback) == 1 and "ines@padaria.example" in callback[0]["raw"]
    said = texts_of(messages)
    assert said[0].startswith("Thanks, Ines! I've passed your request to ")
    assert "they'll email you at ines@padaria.example." in said[0]
    assert "Meanwhile" in said[1]  # the questions follow, optional
    assert FollowupAction("qualification_form") in events
    assert not any("resources" in text for text in said)  # a person was promised, not a reading list


async def test_after_the_questions_one_who_asked_for_a_person_is_not_asked_them_again(
    action_db: sessionmaker,
) -> None:
    from actions.outcome import ActionWrapUp

    asked = {**_REACH_ME, "asks": {"industry": 1, "company_size": 1, "budget": 1, "authority": 1, "timeline": 1}}
    tracker = make_tracker(text="Padaria Duarte", slots=asked, sender_id="visitor-callback-02")
    events, messages = await run(ActionWrapUp(), tracker)
    assert not any(isinstance(event, dict) and event.get("event") == "followup" for event in events)
    assert len(messages) == 1 and "they'll email you at ines@padaria.example" in texts_of(messages)[0]


async def test_one_who_asked_for_a_person_while_an_sdr_was_online_is_told_that_sdr_joins(
    action_db: sessionmaker,
) -> None:
    from actions.outcome import ActionWrapUp

    joined = {**_REACH_ME, "sdr_notified": "Lena Fischer", "asks": {"industry": 1}}
    tracker = make_tracker(text="Padaria Duarte", slots=joined, sender_id="visitor-callback-03")
    _events, messages = await run(ActionWrapUp(), tracker)
    assert texts_of(messages) == [
        "Thanks, Ines! Lena Fischer will join here shortly and has your details."
        " Anything else I can help with meanwhile?"
    ]
    with action_db() as session:
        subjects = [item.payload.get("subject", "") for item in session.execute(select(OutboxItem)).scalars()]
    assert not any("Asked for a person" in subject for subject in subjects)  # no second SDR dealt the lead


async def test_a_buyer_who_wanted_no_call_is_promised_the_order_form_by_email_not_a_call(
    action_db: sessionmaker,
) -> None:
    from actions.outcome import ActionWrapUp

    no_call = {**_REACH_ME, "human_requested": None, "no_call": True, "asks": {"industry": 1}}
    tracker = make_tracker(text="Padaria Duarte", slots=no_call, sender_id="visitor-order-01")
    events, messages = await run(ActionWrapUp(), tracker)
    said = texts_of(messages)
    assert len(said) == 1 and said[0].startswith("Thanks, Ines! ")
    assert "The order form comes to ines@padaria.example" in said[0] and "No call" in said[0]
    assert not any(isinstance(event, dict) and event.get("event") == "followup" for event in events)  # no times


async def test_what_is_noted_is_read_back_and_says_whether_it_is_kept() -> None:
    from actions.steering import ActionAnswer

    slots = {"industry": "software", "company_size": 40, "budget": 20000.0, "consent": None}
    hello = {"event": "bot", "text": "Hi there!"}
    tracker = make_tracker(
        before=[hello], text="what do you have on file for us?", intent="start_discovery", slots=slots
    )
    _events, messages = await run(ActionAnswer(), tracker)
    said = texts_of(messages)[0]
    assert said.startswith("So far I've noted: industry software, company size about 40 people and budget $20,000")
    assert "None of it is kept unless you say yes" in said


@pytest.mark.parametrize(
    ("slots", "response"),
    [
        ({"no_call": True, "industry": "software", "company_size": 40}, "utter_fit_order"),  # no "a short call"
        ({"industry": "unknown", "company_size": "unknown", "budget": "unknown"}, "utter_fit_thanks"),
    ],
)
async def test_the_word_after_the_questions_fits_what_they_said(slots: dict, response: str) -> None:
    from actions.outcome import ActionAssessFit

    _events, messages = await run(ActionAssessFit(), make_tracker(text="next month", slots=slots))
    assert messages[0]["response"] == response


async def test_a_lead_is_thanked_by_first_name_as_everywhere_else(action_db: sessionmaker) -> None:
    from actions.outcome import ActionWrapUp

    lead = {**_REACH_ME, "human_requested": None, "person_name": "Lucía Fernández", "asks": {"industry": 1}}
    tracker = make_tracker(text="Padaria Duarte", slots=lead, sender_id="visitor-thanks-01")
    _events, messages = await run(ActionWrapUp(), tracker)
    assert texts_of(messages)[-1].startswith("Thanks, Lucía! ")  # it was "Thanks, Lucía Fernández!"
