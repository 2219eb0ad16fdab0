"""A question asking for a call gets a yes, never an FAQ answer the retrieval happened to pick."""

from __future__ import annotations

import pytest

from bot.dialog.answer_choice import Answer, choose_answer


@pytest.mark.parametrize("text", ["ok can i book a call?", "could we schedule a demo?", "can we hop on a quick call?"])
def test_asking_for_a_call_is_answered_with_the_call(text: str) -> None:
    choice = choose_answer(
        text, intent="faq", faq_key="faq/integrations", faq_confidence=0.9, seats=None, names_competitor=False
    )
    assert choice.answer is Answer.CALL and choice.buying_signal


def test_a_call_center_integration_is_a_question_about_integrations() -> None:
    choice = choose_answer(
        "do you have a call center integration?",
        intent="faq",
        faq_key="faq/integrations",
        faq_confidence=0.9,
        seats=None,
        names_competitor=False,
    )
    assert choice.answer is Answer.FAQ


@pytest.mark.parametrize("intent", ["faq", "inform"])
def test_a_question_no_answer_speaks_to_goes_to_a_specialist(intent: str) -> None:
    # "is it HIPAA compliant?" had the SOC 2 answer: a near answer reads as a yes
    choice = choose_answer(
        "is it HIPAA compliant?",
        intent=intent,
        faq_key="faq/security",
        faq_confidence=0.9,
        seats=None,
        names_competitor=False,
        answerable=False,
    )
    assert choice.answer is Answer.SPECIALIST


def test_a_price_for_a_number_of_seats_is_priced_whatever_the_faq_reader_says() -> None:
    choice = choose_answer(
        "what would 12 seats cost us?",
        intent="faq",
        faq_key="faq/pricing",
        faq_confidence=0.9,
        seats=12,
        names_competitor=False,
        answerable=False,
    )
    assert choice.answer is Answer.PRICING


@pytest.mark.parametrize(
    ("text", "recommends"),
    [
        ("which plan is right for a 10 person law firm?", True),
        ("what tier would you recommend for 12 people", True),
        ("best plan for a small agency?", True),
        ("what plans do you have", False),
        ("which plan has sso?", False),
        ("what's the difference between starter and business", False),
    ],
)
def test_asking_us_to_pick_a_plan_gets_a_recommendation_not_the_list(text: str, recommends: bool) -> None:
    choice = choose_answer(
        text, intent="faq", faq_key="faq/plans", faq_confidence=0.9, seats=None, names_competitor=False
    )
    assert (choice.answer is Answer.RECOMMENDATION) is recommends


def test_a_price_question_in_another_language_gets_prices_when_both_readers_say_prices() -> None:
    # "hallo, was kostet der business plan?" got "I don't want to guess": the encoder reads English
    choice = choose_answer(
        "hallo, was kostet der business plan?",
        intent="faq",
        faq_key="faq/pricing",
        faq_confidence=0.9,
        seats=None,
        names_competitor=False,
        answerable=False,
        selector_key="faq/pricing",
    )
    assert choice.answer is Answer.PRICING


@pytest.mark.parametrize(
    ("text", "faq_key", "answer"),
    [
        ("what does the Business plan include?", "faq/pricing", Answer.PLAN),  # it got the price alone
        ("starter vs business?", "faq/plans", Answer.PLAN),
        ("how much would Business cost us per year?", "faq/discounts", Answer.PRICING),  # it got the discounts
        ("I just want to pay with a credit card", "faq/billing", Answer.ORDER),  # it started the questions
        ("what do you have on file for us?", "faq/data_handling", Answer.NOTED),
        ("Can you book me the call then?", "faq/pricing", Answer.CALL),
    ],
)
def test_what_is_asked_decides_the_answer_over_the_nearest_topic(text: str, faq_key: str, answer: Answer) -> None:
    plan_named = any(word in text.lower() for word in ("business", "starter"))
    choice = choose_answer(
        text,
        intent="faq",
        faq_key=faq_key,
        faq_confidence=0.9,
        seats=None,
        names_competitor=False,
        answerable=True,
        plan_named=plan_named,
    )
    assert choice.answer is answer


def test_a_question_off_our_subject_is_said_to_be_so_not_sent_to_a_specialist() -> None:
    # "what's the weather in paris?" asked mid-question was "noted for the sales team"
    choice = choose_answer(
        "what's the weather in paris?",
        intent="out_of_scope",
        faq_key="faq/ask_specialist",
        faq_confidence=0.7,
        seats=None,
        names_competitor=False,
        answerable=False,
    )
    assert choice.answer is Answer.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("does starter include the salesforce integration?", Answer.PLAN),  # it got the Salesforce pitch
        ("business vs salesforce, which is better?", Answer.COMPETITOR),
    ],
)
def test_a_plan_asked_about_with_a_competitor_named_is_about_the_plan(text: str, answer: Answer) -> None:
    choice = choose_answer(
        text,
        intent="faq",
        faq_key="faq/integrations",
        faq_confidence=0.9,
        seats=None,
        names_competitor=True,
        answerable=True,
        plan_named=True,
    )
    assert choice.answer is answer


@pytest.mark.parametrize(
    ("text", "plan_named", "why"),
    [
        ("why enterprise?", True, True),
        ("so why the business one?", True, True),
        ("how come you suggested that plan?", False, True),
        ("why not starter?", True, True),
        ("what makes enterprise right for us", True, True),
        # why questions about anything else, and "why not" as a yes
        ("why?", False, False),
        ("why not, go ahead", False, False),
        ("why do you need my email", False, False),
        ("why is it so expensive", False, False),
        ("why sso?", False, False),
    ],
)
def test_asking_why_a_plan_gets_the_recommendation_with_its_reason(text: str, plan_named: bool, why: bool) -> None:
    choice = choose_answer(
        text,
        intent="faq",
        faq_key="faq/plans",
        faq_confidence=0.8,
        seats=None,
        names_competitor=False,
        plan_named=plan_named,
    )
    assert (choice.answer is Answer.RECOMMENDATION) is why


@pytest.mark.parametrize(
    "text",
    [
        "whats the cheapest option",
        "what is the cheapest plan",
        "lowest tier?",
        "can you email me the price list? jo@acme.io",  # it went to a specialist
        "got a pricing sheet?",
    ],
)
def test_asking_for_the_cheapest_plan_or_the_price_list_gets_the_prices_not_a_specialist(text: str) -> None:
    # "what is the cheapest plan" was nearest a question we hand to a specialist
    choice = choose_answer(
        text, intent="faq", faq_key="faq/ask_specialist", faq_confidence=0.6, seats=None, names_competitor=False
    )
    assert choice.answer is Answer.PRICING
