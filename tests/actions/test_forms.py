import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.forms import ValidateContactForm, ValidateQualificationForm
from tests.actions.helpers import DOMAIN, make_tracker, slot_event, text_of

pytestmark = pytest.mark.clock  # reads the clock: rerun by scripts/clock-matrix.sh


async def run_form(action, **kwargs):
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, make_tracker(**kwargs), DOMAIN)
    return events, dispatcher.messages


async def test_a_free_text_budget_is_normalized_to_annual_usd() -> None:
    events, messages = await run_form(
        ValidateQualificationForm(),
        form="qualification_form",
        text="roughly 10-15k a month",
        slots={"requested_slot": "budget"},
        this_turn={"budget": "roughly 10-15k a month"},
    )
    assert events == [SlotSet("budget", 150000.0), SlotSet("failed_turns", 0)]
    assert messages == []


async def test_skipping_records_unknown_and_never_asks_again() -> None:
    events, messages = await run_form(
        ValidateQualificationForm(),
        form="qualification_form",
        text="rather not say",
        intent="skip",
        slots={"requested_slot": "budget"},
    )
    assert events == [SlotSet("budget", "unknown")]
    assert [m["response"] for m in messages] == ["utter_skipped"]


async def test_a_correction_of_an_earlier_answer_is_applied_and_acknowledged() -> None:
    events, messages = await run_form(
        ValidateQualificationForm(),
        form="qualification_form",
        text="actually the budget is 80k",
        intent="correct",
        before=[slot_event("budget", 150000.0)],
        slots={"requested_slot": "timeline"},
        this_turn={"budget": 80000.0},
    )
    assert events == [SlotSet("budget", 80000.0), SlotSet("failed_turns", 0)]
    assert [text_of(m) for m in messages] == ["Got it, I've updated your budget to $80,000 a year."]


async def test_an_impossible_answer_is_rejected_with_a_clear_reask() -> None:
    events, messages = await run_form(
        ValidateQualificationForm(),
        form="qualification_form",
        text="zero people",
        slots={"requested_slot": "company_size"},
        this_turn={"company_size": "zero people"},
    )
    assert events == [SlotSet("company_size", None)]
    assert [m["response"] for m in messages] == ["utter_invalid_company_size"]


async def test_a_question_is_never_asked_a_third_time_it_is_marked_unknown_and_we_move_on() -> None:
    events, messages = await run_form(
        ValidateContactForm(),
        form="contact_form",
        text="not an email",
        slots={"requested_slot": "email", "consent": True, "asks": {"email": 2}},
        this_turn={"email": "not an email"},
    )
    assert events == [SlotSet("email", "unknown")]
    assert [m["response"] for m in messages] == ["utter_moving_on"]


async def test_an_industry_nobody_could_place_is_kept_in_the_visitors_words_at_once() -> None:
    events, messages = await run_form(
        ValidateQualificationForm(),
        form="qualification_form",
        text="a bit of everything",
        slots={"requested_slot": "industry"},
        this_turn={"industry": "a bit of everything"},
    )
    assert events == [SlotSet("industry", "other")]
    assert [m["response"] for m in messages] == ["utter_industry_kept_as_said"]


async def test_an_answer_in_words_we_cannot_read_is_kept_as_said_not_asked_again() -> None:
    events, messages = await run_form(
        ValidateQualificationForm(),
        form="qualification_form",
        text="depends on the quarter",
        slots={"requested_slot": "budget"},
        this_turn={"budget": "depends on the quarter"},
    )
    assert events == [SlotSet("budget", "unknown")]
    assert [m["response"] for m in messages] == ["utter_answer_kept_as_said"]


@pytest.mark.parametrize("said", ["ok", "ugh", "👍", "yes go", "hmm"])
async def test_a_reply_that_answers_nothing_is_not_kept_as_the_answer_and_the_question_is_put_again(said: str) -> None:
    events, messages = await run_form(
        ValidateQualificationForm(),
        form="qualification_form",
        text=said,
        slots={"requested_slot": "industry"},
        this_turn={"industry": said},
    )
    assert events[0] == SlotSet("industry", None)
    assert "utter_answer_kept_as_said" not in [m.get("response") for m in messages]


async def test_a_one_word_answer_misread_as_a_question_is_taken_as_the_answer() -> None:
    events, _ = await run_form(
        ValidateContactForm(),
        form="contact_form",
        text="St Mary's",
        intent="explain",
        slots={"requested_slot": "company", "consent": True},
    )
    assert SlotSet("company", "St Mary's") in events
    events, _ = await run_form(
        ValidateContactForm(),
        form="contact_form",
        text="why do you need it?",
        intent="explain",
        slots={"requested_slot": "company", "consent": True},
    )
    assert not any(e.get("name") == "company" and e.get("value") for e in events)


async def test_answering_another_question_fills_it_and_reasks_quietly() -> None:
    events, messages = await run_form(
        ValidateQualificationForm(),
        form="qualification_form",
        text="we are 200 people",
        slots={"requested_slot": "budget"},
        this_turn={"company_size": 200, "budget": "we are 200 people"},
    )
    assert SlotSet("company_size", 200) in events and SlotSet("budget", None) in events
    assert messages == []


async def test_declining_consent_ends_the_contact_form_with_nothing_personal_asked() -> None:
    form = ValidateContactForm()
    tracker = make_tracker(
        form="contact_form",
        text="/decline_consent",
        intent="decline_consent",
        slots={"requested_slot": "consent"},
        this_turn={"consent": False},
    )
    dispatcher = CollectingDispatcher()
    assert await form.required_slots(["consent", "person_name", "email", "company"], dispatcher, tracker, DOMAIN) == [
        "consent"
    ]
    events = await form.run(dispatcher, tracker, DOMAIN)
    # the decline also marks the turn so Rasa's tracker store erases the chat (bot/rasa_plugins/tracker_store.py)
    assert events == [SlotSet("consent", False), SlotSet("erase_requested", True), SlotSet("requested_slot", None)]
    assert "nothing personal will be kept" in text_of(dispatcher.messages[0])


async def test_contact_answers_are_cleaned() -> None:
    events, _ = await run_form(
        ValidateContactForm(),
        form="contact_form",
        text="it's jane@acme.com",
        slots={"requested_slot": "email", "consent": True},
        this_turn={"email": "it's jane@acme.com"},
    )
    assert events == [SlotSet("email", "jane@acme.com"), SlotSet("failed_turns", 0)]


async def test_answers_given_before_the_form_are_checked_when_it_starts() -> None:
    tracker = make_tracker(
        text="/start_discovery",
        intent="start_discovery",
        slots={"budget": -5.0, "industry": "software"},
        before=[slot_event("budget", -5.0), slot_event("industry", "software")],
    )
    dispatcher = CollectingDispatcher()
    # Rasa sends pre-filled slots as the candidates on activation
    tracker.events.extend([slot_event("budget", -5.0), slot_event("industry", "software")])
    events = await ValidateQualificationForm().run(dispatcher, tracker, DOMAIN)
    assert SlotSet("industry", "software") in events
    assert SlotSet("budget", None) in events


async def test_a_company_name_that_looks_like_a_question_topic_is_still_the_answer() -> None:
    events, _ = await run_form(
        ValidateContactForm(),
        form="contact_form",
        text="Browser Test Inc",
        intent="faq",
        slots={"requested_slot": "company", "consent": True},
    )
    assert SlotSet("company", "Browser Test Inc") in events
    events, _ = await run_form(
        ValidateContactForm(),
        form="contact_form",
        text="is there a free trial?",
        intent="faq",
        slots={"requested_slot": "company", "consent": True},
    )
    assert not any(e.get("name") == "company" for e in events)


async def test_a_company_name_with_an_industry_word_in_it_changes_no_earlier_answer() -> None:
    # the slot mappings read "construction" in the name as an industry; the answer given earlier stands
    before = [
        slot_event("industry", "healthcare"),
        slot_event("consent", True),
        slot_event("requested_slot", "company"),
    ]
    events, messages = await run_form(
        ValidateContactForm(),
        form="contact_form",
        before=before,
        text="Kessler & Sons Construction",
        this_turn={"company": "Kessler & Sons Construction", "industry": "construction"},
    )
    assert SlotSet("industry", "healthcare") in events
    assert not any("updated your industry" in str(text_of(m)) for m in messages)
    corrected = [*before]
    events, _ = await run_form(
        ValidateContactForm(),
        form="contact_form",
        before=corrected,
        text="actually we're in construction",
        intent="correct",
        this_turn={"industry": "construction"},
    )
    assert SlotSet("industry", "healthcare") not in events  # said as a correction: it counts


async def test_an_answer_to_another_question_changes_no_earlier_answer_unless_it_says_so() -> None:
    # "we spend about 40k a year on software like this" answers the budget; the law firm stays a law firm
    before = [slot_event("industry", "professional_services")]
    events, messages = await run_form(
        ValidateQualificationForm(),
        form="qualification_form",
        text="we spend about 40k a year on software like this",
        intent="inform",
        before=before,
        slots={"requested_slot": "budget"},
        this_turn={"budget": 40000.0, "industry": "software"},
    )
    assert SlotSet("industry", "professional_services") in events and SlotSet("budget", 40000.0) in events
    assert not any("updated your" in str(text_of(m)) for m in messages)
    events, messages = await run_form(
        ValidateQualificationForm(),
        form="qualification_form",
        text="sorry, we're a software company, not a law firm",
        intent="inform",
        before=before,
        slots={"requested_slot": "budget"},
        this_turn={"industry": "software"},
    )
    assert SlotSet("industry", "software") in events
    assert [text_of(m) for m in messages] == ["Got it, I've updated your industry to software."]


async def test_a_skipped_question_takes_a_value_the_visitor_volunteers_later() -> None:
    events, _ = await run_form(
        ValidateQualificationForm(),
        form="qualification_form",
        text="in 3 months, and we could spend 20k a year",
        intent="inform",
        before=[slot_event("budget", "unknown")],
        slots={"requested_slot": "timeline"},
        this_turn={"budget": 20000.0},
    )
    assert SlotSet("budget", 20000.0) in events


async def test_a_company_given_for_a_name_is_kept_as_the_company_and_the_name_asked_again() -> None:
    events, messages = await run_form(
        ValidateContactForm(),
        form="contact_form",
        text="Acme GmbH",
        slots={"requested_slot": "person_name", "consent": True},
        this_turn={"person_name": "Acme GmbH"},
    )
    assert SlotSet("person_name", None) in events
    assert SlotSet("company", "Acme GmbH") in events
    assert [text_of(m) for m in messages] == ["Thanks, I've noted Acme GmbH as your company."]


async def test_a_name_said_with_its_company_fills_both() -> None:
    events, messages = await run_form(
        ValidateContactForm(),
        form="contact_form",
        text="jane from acme",
        slots={"requested_slot": "person_name", "consent": True},
        this_turn={"person_name": "jane from acme"},
    )
    assert SlotSet("person_name", "Jane") in events
    assert SlotSet("company", "acme") in events
    assert messages == []


@pytest.mark.parametrize(
    ("asked", "said", "kept", "noted"),
    [
        ("email", "Kessler & Partners GmbH", {"company": "Kessler & Partners GmbH"}, "company"),
        ("company", "lena@kessler.example", {"email": "lena@kessler.example"}, "email"),
        ("person_name", "lena@kessler.example", {"email": "lena@kessler.example"}, "email"),
        ("email", "oh sorry, I'm Lena", {"person_name": "Lena"}, "name"),
    ],
)
async def test_a_contact_answer_given_to_another_question_is_kept_there_and_the_question_asked_again(
    asked: str, said: str, kept: dict[str, str], noted: str
) -> None:
    events, messages = await run_form(
        ValidateContactForm(),
        form="contact_form",
        text=said,
        slots={"requested_slot": asked, "consent": True},
        this_turn={asked: said},
    )
    assert SlotSet(asked, None) in events
    for slot, value in kept.items():
        assert SlotSet(slot, value) in events
    assert [text_of(m) for m in messages] == [f"Thanks, I've noted {next(iter(kept.values()))} as your {noted}."]


async def test_a_name_already_given_is_corrected_only_when_the_visitor_says_so() -> None:
    events, _ = await run_form(
        ValidateContactForm(),
        form="contact_form",
        text="I'm Lena",
        slots={"requested_slot": "email", "consent": True, "person_name": "Tom"},
        this_turn={"email": "I'm Lena"},
    )
    assert not any(e.get("name") == "person_name" for e in events)


@pytest.mark.parametrize("said", ["yes", "ok!", "sure thing", "thanks"])
async def test_a_bare_yes_is_no_name(said: str) -> None:
    events, messages = await run_form(
        ValidateContactForm(),
        form="contact_form",
        text=said,
        slots={"requested_slot": "person_name", "consent": True},
        this_turn={"person_name": said},
    )
    assert events[0] == SlotSet("person_name", None)
    assert [m["response"] for m in messages] == ["utter_invalid_person_name"]


async def test_a_company_given_for_the_name_a_second_time_gives_the_name_up_and_never_files_it_as_the_name() -> None:
    events, _ = await run_form(
        ValidateContactForm(),
        form="contact_form",
        text="Kessler & Partners GmbH",
        slots={"requested_slot": "person_name", "consent": True, "asks": {"person_name": 2}},
        this_turn={"person_name": "Kessler & Partners GmbH"},
    )
    assert SlotSet("person_name", "unknown") in events
    assert SlotSet("company", "Kessler & Partners GmbH") in events


async def test_skipping_the_consent_question_asks_nothing_personal() -> None:
    # a stranger's "skip" at the consent question got "we can skip that one", then "What's your name?" (Rasa
    # went on by the domain's list of slots): no name may be asked without a yes
    events, messages = await run_form(
        ValidateContactForm(), form="contact_form", text="skip", intent="skip", slots={"requested_slot": "consent"}
    )
    requested = [e.get("value") for e in events if e.get("event") == "slot" and e.get("name") == "requested_slot"]
    assert SlotSet("consent", False) in events
    assert requested and requested[-1] is None, events
    assert "skip" in text_of(messages[0])


async def test_name_email_and_company_given_together_at_the_name_question_are_all_kept() -> None:
    # a stranger's "Dr. Ana Ruiz, ana.ruiz@…, St Mary Health" kept no name, then took "St Mary Health" as the name
    said = "Dr. Ana Ruiz, ana.ruiz@stmary.example, St Mary Health"
    events, _ = await run_form(
        ValidateContactForm(),
        form="contact_form",
        text=said,
        slots={"requested_slot": "person_name", "consent": True},
        this_turn={"person_name": said},
    )
    assert SlotSet("person_name", "Dr. Ana Ruiz") in events
    assert SlotSet("email", "ana.ruiz@stmary.example") in events
    assert SlotSet("company", "St Mary Health") in events


async def test_details_typed_at_the_consent_question_are_its_yes_and_are_kept() -> None:
    # "Dolores Reyes, dreyes@lincolnusd.org" to the consent question got "Sorry, I didn't quite get that", and the
    # consent was then given up on: the lead was lost
    events, messages = await run_form(
        ValidateContactForm(),
        form="contact_form",
        text="Dolores Reyes, dreyes@lincolnusd.org",
        slots={"requested_slot": "consent"},
    )
    kept = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert kept["consent"] is True and kept["email"] == "dreyes@lincolnusd.org"
    assert kept.get("person_name") == "Dolores Reyes"
    assert not any("didn't" in (text_of(m) or "") for m in messages)


async def test_a_budget_said_per_user_is_noted_for_the_whole_team_already_given() -> None:
    events, messages = await run_form(
        ValidateQualificationForm(),
        form="qualification_form",
        text="about $60 per user per month",
        before=[slot_event("company_size", 6)],
        slots={"requested_slot": "budget"},
        this_turn={"budget": 720.0},
    )
    assert SlotSet("budget", 4320.0) in events
    assert [text_of(m) for m in messages] == [
        "So for your 6 people that's about $4,320 a year; I've noted that as your budget."
    ]


async def test_a_budget_said_per_user_with_no_team_known_is_kept_as_said() -> None:
    events, messages = await run_form(
        ValidateQualificationForm(),
        form="qualification_form",
        text="about $60 per user per month",
        slots={"requested_slot": "budget"},
        this_turn={"budget": 720.0},
    )
    assert SlotSet("budget", 720.0) in events and messages == []


async def test_skip_the_rest_at_a_guess_keeps_the_number_said_and_asks_nothing_more() -> None:
    # "20, i already told you" got "About 20 people, right?"; "skip the rest please" lost the 20
    events, messages = await run_form(
        ValidateQualificationForm(),
        form="qualification_form",
        text="skip the rest please",
        intent="skip",
        before=[slot_event("industry", "financial_services")],
        slots={"requested_slot": "company_size", "pending_guess": {"slot": "company_size", "value": 20}},
    )
    assert SlotSet("company_size", 20) in events
    assert all(SlotSet(slot, "unknown") in events for slot in ("budget", "authority", "timeline"))
    assert len(messages) == 1  # one "we'll leave those out", no question


async def test_skip_the_rest_leaves_out_every_question_still_open() -> None:
    events, _ = await run_form(
        ValidateQualificationForm(),
        form="qualification_form",
        text="skip the rest",
        intent="skip",
        before=[slot_event("industry", "retail")],
        slots={"requested_slot": "company_size"},
    )
    for slot in ("company_size", "budget", "authority", "timeline"):
        assert SlotSet(slot, "unknown") in events
    assert SlotSet("industry", "unknown") not in events
