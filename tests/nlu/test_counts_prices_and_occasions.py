"""Families from batch 36 (written blind, scored before any of this): groups and customers counted beside the
staff, units times people plus a head office, a count then what it used to be, a seat count that is no second
amount, a period corrected after the amount, quotes and currencies we cannot convert, a step towards a decision
or a trial running out (no timeline), money finance approved (no authority claim), and occasions, visitors and old
jobs that name no business of theirs. Today is 2026-11-22 (tests/conftest.py); phrasings are not the batch's."""

from __future__ import annotations

import pytest

from bot.nlu.extractor import QualificationExtractor
from tests.nlu.test_said_other_ways import assert_reads, facts


@pytest.mark.parametrize(
    "text, answering, expected",
    [
        # a group inside or beside the business is not its staff
        ("the project group here is 7 people", None, {}),
        ("the division is about 40", None, {}),
        ("I'm in a 4-person selection group, the CFO signs", None, {"authority": "influencer"}),
        ("we mostly sell to firms with over 1,000 employees", None, {}),
        ("we look after about 12,000 clients", "company_size", {}),  # never the "12" of "12,000"
        # the users beside the staff
        ("we're 85 employees though just the 12 recruiters will use it", None, {"company_size": 85}),
        # units times people, plus those at the head office
        (
            "three clinics, 15 staff at each, plus 6 at head office",
            None,
            {"company_size": 51, "industry": "healthcare"},
        ),
        ("4 depots with 30 people per depot + 12 in the office", None, {"company_size": 132}),
        # today's count, then what it used to be
        ("about 18, was 24 before the restructure", "company_size", {"company_size": 18}),
    ],
)
def test_who_is_counted(
    extractor: QualificationExtractor, text: str, answering: str | None, expected: dict[str, object]
) -> None:
    assert_reads(facts(extractor, text, answering), expected)


@pytest.mark.parametrize(
    "text, answering, expected",
    [
        ("€15/seat/month for all 12", None, {"budget": 15 * 12 * 12 * 1.08}),  # the 12 seats are no second amount
        ("we'd take the growth plan at $40 per user per month for our 6 support reps", None, {"budget": 2880}),
        ("roughly $900... sorry, that's per month", None, {"budget": 10800}),
        ("about 5k a year, oops I mean per quarter", None, {"budget": 20000}),
        ("we got a $450/mo quote from another vendor, can you beat it?", None, {}),
        ("do I need a card before I pay the $99?", None, {}),
        ("we have ₦2m a month for tools", None, {}),
        ("we want something cheap, like 40 a month", None, {"budget": 480}),
        ("budget is 50k rupees (INR) per month", None, {"budget": 50000 * 12 * 0.012}),
        ("about 800 $ CA per month", None, {"budget": 800 * 12 * 0.73}),
        ("is the $49 plan billed monthly or annually?", None, {}),
        ("is it 29 € per month incl. VAT?", None, {}),
    ],
)
def test_what_the_money_is(
    extractor: QualificationExtractor, text: str, answering: str | None, expected: dict[str, object]
) -> None:
    assert_reads(facts(extractor, text, answering), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2-3 weeks max please", {"timeline": 18}),
        ("I'll show this to our leadership team on monday and they decide", {"authority": "influencer"}),
        ("could you email me the proposal by thursday?", {}),
        ("our free trial expires on friday, can it be extended?", {}),
        ("finance approved $2,000 a quarter for tools", {"budget": 8000}),  # a budget, and no claim to authority
        ("the boss approved $500 a month", {"budget": 6000, "authority": "influencer"}),
        ("we went with a competitor last year and regret it", {}),
    ],
)
def test_when_and_who(extractor: QualificationExtractor, text: str, expected: dict[str, object]) -> None:
    assert_reads(facts(extractor, text), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("we have to be ready before our board meeting in january", {"timeline": 40}),
        ("the inspectors come next week, can we be live before?", {"timeline": 7}),
        ("I approve all the software we buy", {"authority": "decision_maker"}),
        ("I hold the software budget", {}),
        ("is there a nonprofit discount?", {}),
        ("a large hotel group I know uses you", {}),
        ("I tried this at my previous job at a bank", {}),
        ("we grow apples for local cider makers", {"industry": "agriculture"}),
    ],
)
def test_no_business_of_theirs(extractor: QualificationExtractor, text: str, expected: dict[str, object]) -> None:
    assert_reads(facts(extractor, text), expected)


@pytest.mark.parametrize(
    "text, answering, expected",
    [
        # batch 37's families (phrasings not the batch's)
        ("budget is 8,000 a year... no wait, that's another tool. this one gets 5,000", None, {"budget": 5000}),
        ("900 - sorry, make that 950 - a month", None, {"budget": 11400}),
        ("we'd take the yearly plan at 2,400 happily", None, {"budget": 2400}),
        ("the 149/mo plan is what we can afford", None, {"budget": 1788}),
        ("in rupiah it's roughly 9000 a month", None, {}),
        ("around 40,000 turkish lira a month", None, {}),
        ("about 20,000 mexican pesos a month", None, {"budget": 20000 * 12 * 0.058}),
        ("company size 3k", "company_size", {"company_size": 3000}),
        ("um, we're like 30 people", None, {"company_size": 30}),  # "um" is someone thinking
        ("our sales team is 9 people", None, {}),
        ("we'd have 20 reps on it at $25 a seat monthly", None, {"budget": 6000}),
        ("is there a discount on the 50-seat bundle?", None, {}),
        ("the county employs 800, 25 in our dept", None, {"company_size": 800, "industry": "government"}),
    ],
)
def test_batch_37_money_and_counts(
    extractor: QualificationExtractor, text: str, answering: str | None, expected: dict[str, object]
) -> None:
    assert_reads(facts(extractor, text, answering), expected)


@pytest.mark.parametrize(
    "text, answering, expected",
    [
        ("the first of next month", "timeline", {"timeline": 9}),  # 2026-12-01
        ("30 right now", "company_size", {"company_size": 30}),
        ("will you be at the summit in march?", None, {}),
        ("do you charge on the 15th?", None, {}),
        ("can I get a refund, say within 14 days?", None, {}),
        ("could we see a demo thursday?", None, {"timeline": 4}),
        ("researching options for our finance director, he'll decide", None, {"authority": "influencer"}),
        ("my manager needs a rundown of plans so he can choose", None, {"authority": "influencer"}),
        ("I take proposals to management and they choose", None, {"authority": "influencer"}),
        ("can an admin approve invoices?", None, {}),
        ("it's only me, I do everything", None, {"company_size": 1, "authority": "decision_maker"}),
        ("I head ecommerce and own the budget", None, {"authority": "decision_maker"}),
        ("I'm the IT lead taking the decision here", None, {"authority": "decision_maker"}),
        ("we host conferences and galas", None, {"industry": "hospitality"}),
        ("is it good for hotels?", None, {}),
        ("I'm a student writing a case study about a 200 person bank", None, {"authority": "no_authority"}),
    ],
)
def test_batch_37_when_who_and_what(
    extractor: QualificationExtractor, text: str, answering: str | None, expected: dict[str, object]
) -> None:
    assert_reads(facts(extractor, text, answering), expected)


@pytest.mark.parametrize(
    "text, answering, expected",
    [
        # batch 38's families (phrasings not the batch's)
        ("we can spend 3,500, that's the cap", None, {"budget": 3500}),  # a comma after the thousands
        ("the $79/mo team plan works for us, can we add seats later?", None, {"budget": 948}),
        ("we can afford the $600/yr tier", None, {"budget": 600}),
        ("we'd be on the $20 plan monthly", None, {"budget": 240}),
        ("the $150 monthly tier would be fine", None, {"budget": 1800}),
        ("money's short, like 30 a month", None, {"budget": 360}),
        ("we can do maybe 40 a week", None, {"budget": 2080}),
        ("half-yearly we could do 1,000", None, {"budget": 2000}),
        ("do I get a refund if I cancel after paying $99?", None, {}),
        ("a call on dec 3 would suit us", None, {"timeline": 11}),  # 2026-12-03, and nobody counted
        ("let's say next week, actually the week after", None, {"timeline": 14}),
        ("any discount for firms under 20 staff?", None, {}),
        ("4 people will be testing it, do they each need a login?", None, {}),
        ("the calls are mine here", None, {"authority": "decision_maker"}),
        ("how do logistics firms usually set this up?", None, {}),
        (
            "independent consultant, just me",
            None,
            {"company_size": 1, "industry": "professional_services", "authority": "decision_maker"},
        ),
        ("writer at a blog that covers healthcare", None, {}),
        ("job hunting, got an interview at a bank", None, {"authority": "no_authority"}),
        ("vi har cirka 2000 kr i månaden för det här", None, {"budget": 2000 * 12 * 0.095}),
    ],
)
def test_batch_38_families(
    extractor: QualificationExtractor, text: str, answering: str | None, expected: dict[str, object]
) -> None:
    assert_reads(facts(extractor, text, answering), expected)
