"""Facts said in ways the first rules missed, by family: months and quarters in other languages, a period
named after the seat count, a business named by the kind of software it sells or the service it does for
others, and money set aside for a tool (which is no industry). Today is 2026-11-22 (tests/conftest.py)."""

from __future__ import annotations

import pytest

from bot.nlu.extractor import QualificationExtractor


def facts(extractor: QualificationExtractor, text: str, answering: str | None = None) -> dict[str, object]:
    return {found.entity: found.value for found in extractor.extract(text, answering=answering)}


def assert_reads(found: dict[str, object], expected: dict[str, object]) -> None:
    """`found` is `expected`, with budgets within 1% and timelines within 3 days (as the batches are scored)."""
    assert found.keys() == expected.keys(), found
    for entity, value in expected.items():
        if entity == "budget":
            assert found[entity] == pytest.approx(value, rel=0.01)
        elif entity == "timeline":
            assert found[entity] == pytest.approx(value, abs=3)
        else:
            assert found[entity] == value, found


@pytest.mark.parametrize(
    "text, days",
    [
        ("vorremmo partire a marzo", 99),  # 2027-03-01
        ("queremos empezar en enero", 40),
        ("on vise juin", 191),
        ("we willen in het derde kwartaal live", 221),  # 2027-07-01
    ],
)
def test_months_and_quarters_in_other_languages(extractor: QualificationExtractor, text: str, days: int) -> None:
    assert facts(extractor, text).get("timeline") == pytest.approx(days, abs=3)


@pytest.mark.parametrize(
    "text, budget",
    [
        ("$40/seat, 10 seats, monthly", 4800.0),
        ("$40 per user, 10 users, billed monthly", 4800.0),
        ("entre 100 et 300 euros par mois", 2592.0),  # the midpoint, a month, in euros at 1.08
        ("€1000 pro Quartal", 4320.0),
    ],
)
def test_prices_per_seat_and_per_period_said_late_or_elsewhere(
    extractor: QualificationExtractor, text: str, budget: float
) -> None:
    assert facts(extractor, text).get("budget") == pytest.approx(budget)


@pytest.mark.parametrize(
    "text, industry",
    [
        ("we sell a practice-management system to vets", "software"),
        ("we license our booking platform to gyms", "software"),
        ("we do branding and websites for restaurants", "professional_services"),
        ("we install and run fibre networks", "telecom"),
    ],
)
def test_a_business_named_by_what_it_sells_or_does_for_others(
    extractor: QualificationExtractor, text: str, industry: str
) -> None:
    assert facts(extractor, text).get("industry") == industry


def test_money_set_aside_for_a_tool_names_no_industry(extractor: QualificationExtractor) -> None:
    assert facts(extractor, "we have 40k earmarked for a new CRM") == {"budget": 40000.0}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the Nordic languages: staff, months after "i", next week, an owner
        ("vi er 120 medarbejdere", {"company_size": 120}),
        ("vi vil gerne starte i marts", {"timeline": 99}),
        ("vi planerar att börja nästa vecka", {"timeline": 7}),
        ("jag är ägare av företaget", {"authority": "decision_maker"}),
        # the business the visitor runs or has, and no one above them
        ("I operate two small cafés", {"authority": "decision_maker", "industry": "hospitality"}),
        ("there's no one above me here", {"authority": "decision_maker"}),
        ("I have a question about your company", {}),
        # the legwork done for someone above, or carried inside
        ("putting together quotes for our managing director", {"authority": "influencer"}),
        ("I'll pitch this internally", {"authority": "influencer"}),
        ("I work at one of your competitors", {"authority": "no_authority", "industry": "software"}),
        # the visitor counted once, and two who decide are no team size
        ("12 of us including me", {"company_size": 12}),
        ("me + 7", {"company_size": 8}),
        ("me and my cofounder decide", {"authority": "decision_maker"}),
        # a month or season said as an item of its own, as in notes
        ("autumn, once the budget clears", {"timeline": 304}),
        ("april works for us", {"timeline": 130}),
        ("50 staff, 20k a year. june", {"company_size": 50, "budget": 20000.0, "timeline": 191}),
        ("May I ask something?", {}),
        # a time something already happened is not when they buy
        ("we attended your webinar in october", {}),
        ("our old license lapsed in september", {}),
    ],
)
def test_families_of_the_twenty_fourth_batch_in_other_words(
    extractor: QualificationExtractor, text: str, expected: dict[str, object]
) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(
    "text, answering, expected",
    [
        # the decision claimed with the decision's own noun, or the title named first and then claimed
        ("the final approval is mine", None, {"authority": "decision_maker"}),
        ("decider? that'd be me", None, {"authority": "decision_maker"}),
        ("I make the calls around here", None, {"authority": "decision_maker"}),
        # a title of their own, and someone above who approves: a say, not the call
        ("I'm the practice manager, the partners have to approve anything we buy", None, {"authority": "influencer"}),
        ("head of ops here; the trustees have the final say", None, {"authority": "influencer"}),
        ("not the one who decides, just pulling together quotes for our director", None, {"authority": "influencer"}),
        # a family business counted by who is in it, and owners added to the staff
        ("it's me, my sister and my dad", None, {"company_size": 3}),
        ("4 guys on the tools plus the two owners", None, {"company_size": 6}),
        ("a team of 6 plus the 2 owners", None, {"company_size": 8}),  # digits too (was read as one more)
        ("1.200 Beschäftigte", "company_size", {"company_size": 1200}),
        # a season's launch, and when the books close (not when they buy)
        ("hoping for a spring launch", None, {"timeline": 118}),
        ("the financial year closes in march", None, {}),
        # money: the period first, a correction, a threshold, a price asked about
        ("monthly, we can probably stretch to $250", None, {"budget": 3000.0}),
        ("budget is 400 a month, no wait, make that 350", None, {"budget": 4200.0}),
        ("our approval threshold is 25k, above that it goes to the board", None, {"authority": "influencer"}),
        ("is the growth plan around $300/mo?", None, {}),
        ("about 30 per store, five stores", None, {}),
        # the tool they are getting is no industry
        ("we're moving to a new ERP in the spring", None, {"timeline": 118}),
    ],
)
def test_families_of_the_twenty_eighth_batch_in_other_words(
    extractor: QualificationExtractor, text: str, answering: str | None, expected: dict[str, object]
) -> None:
    assert_reads(facts(extractor, text, answering), expected)


@pytest.mark.parametrize("text", ["we partner with two universities on research", "we're recruiting a sales manager"])
def test_verbs_and_wishes_that_look_like_titles_are_no_role(extractor: QualificationExtractor, text: str) -> None:
    assert "authority" not in facts(extractor, text)


@pytest.mark.parametrize(
    "text, answering, expected",
    [
        # a one-person trade decides; "solo" shares its words with the trade
        # (and "can do 40 a month" is what they can put in: batch 38)
        (
            "solo plumber here, can do 40 a month",
            None,
            {"authority": "decision_maker", "company_size": 1, "budget": 480},
        ),
        ("it's a one-person company", None, {"authority": "decision_maker", "company_size": 1}),
        # the decider named as someone else, a proposal carried up, the last word someone else's
        ("the decision maker would be our CFO", None, {"authority": "influencer"}),
        ("I'll suggest the tool to my manager", None, {"authority": "influencer"}),
        ("the final decision is the owner's", None, {"authority": "influencer"}),
        ("I'm the ultimate approver", None, {"authority": "decision_maker"}),
        # a role in our product, asked about
        ("can an admin account see every chat?", None, {}),
        # a plan taken as theirs, picked or said to work
        ("the $49/month plan works", None, {"budget": 588.0}),
        ("we'd probably go with the 99 a month tier", None, {"budget": 1188.0}),
        # money spread over years, a cut, a range in lakhs, their customers' payments, a round raised
        ("we have $30,000 over three years", None, {"budget": 10000.0}),
        ("it was 500/mo but got cut down to 400", None, {"budget": 4800.0}),
        ("₹2-3 lakh a year", None, {"budget": 3000.0}),
        ("we have 200 clients paying us $20 a month", None, {}),
        ("fresh off a seed round ($3M)", None, {}),
        # heads: with a dash correction, across regions, "Team:", vendors are no staff
        ("about 70 staff – well 75 now", None, {"company_size": 75}),
        ("we're around 250 across the US and Canada", None, {"company_size": 250}),
        ("Team: 9", None, {"company_size": 9}),
        ("comparing 4 vendors right now", None, {}),
        # time: the end of a quarter said after it, a product question, a growth target
        ("Q2 end", "timeline", {"timeline": 220}),
        ("is there a refund within 14 days?", None, {}),
        ("we're 30 today and aiming for 50 by spring", None, {"company_size": 30}),
    ],
)
def test_families_of_the_twenty_ninth_batch_in_other_words(
    extractor: QualificationExtractor, text: str, answering: str | None, expected: dict[str, object]
) -> None:
    assert_reads(facts(extractor, text, answering), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("my buddy who's a CFO told me about you", {}),
        ("boss lady told me to find something cheap", {"authority": "influencer"}),
        ("me + 3 cofounders", {"authority": "decision_maker", "company_size": 4}),
        ("we handle about $2M a month in payments", {}),
        ("we've grown to 85 this year", {"company_size": 85}),
        ("we onboarded 6 people in october", {}),
        ("student here, doing a project on banks", {"authority": "no_authority"}),
        ("we're a private primary school", {"industry": "education"}),
        ("we flip used cars", {"industry": "retail"}),
        ("we need to go live right now", {"timeline": 0}),
    ],
)
def test_families_of_the_thirtieth_batch_in_other_words(
    extractor: QualificationExtractor, text: str, expected: dict[str, object]
) -> None:
    assert facts(extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I'm on the sales team at an insurer", {"industry": "financial_services"}),
        ("I'm on the selection group for this", {"authority": "influencer"}),
        ("no one asked me to look, just a curious designer", {"authority": "no_authority"}),
        ('does the "admin" role see billing?', {}),
        ("my manager tell me to find a chatbot", {"authority": "influencer"}),
        ("great, how do I sign up?", {}),
        ("for our 8-person team, $10 per user a month is fine", {"company_size": 8, "budget": 960.0}),
        ("NT$2,000 a month", {}),
        ("we could do 150 dollar for month", {"budget": 1800.0}),
        ("2 million is our entire marketing budget", {}),
        ("we pay our reps about 60k each", {}),
        ("$900 twice a year works", {"budget": 1800.0}),
        ("I'm one of a 5-person evaluation committee", {"authority": "influencer"}),
        (
            "I lead a team of 9 at a hospital",
            {"industry": "healthcare", "authority": "influencer"},
        ),  # a lead, not 9 staff
        ("we're present in 30 countries", {}),
        ("we're not a bank, we sell software to banks", {"industry": "software"}),
    ],
)
def test_families_of_the_thirty_first_batch_in_other_words(
    extractor: QualificationExtractor, text: str, expected: dict[str, object]
) -> None:
    assert_reads(facts(extractor, text), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I own a two-store shoe retailer", {"authority": "decision_maker", "industry": "retail"}),
        ("I'm the person who'll sign off on this", {"authority": "decision_maker"}),
        ("can the COO see every conversation?", {}),
        ("a friend recommended you, I have nothing to do with buying", {"authority": "no_authority"}),
        ("zero dollars for now", {"budget": 0}),
        ("$800/mo, sorry, make that $700", {"budget": 8400.0}),
        ("the $2,400/yr plan fits our budget", {"budget": 2400.0}),
        ("we spend about $3k a month on facebook ads", {}),
        ("just wondering whether pro is $99/mo", {}),
        ("we install boilers", {"industry": "construction"}),
        ("we sell into hospitals", {}),
        ("so right now", {"timeline": 0}),
        ("can we schedule a demo for friday?", {}),
        ("will the price go up next year?", {}),
    ],
)
def test_families_of_the_thirty_second_batch_in_other_words(
    extractor: QualificationExtractor, text: str, expected: dict[str, object]
) -> None:
    assert_reads(facts(extractor, text), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I'm the director who signs off on tools", {"authority": "decision_maker"}),
        ("I'm responsible for deciding this", {"authority": "decision_maker"}),
        ("can your app let a supervisor approve refunds?", {}),
        ("not my decision, I put together the shortlist for our CFO", {"authority": "influencer"}),
        ("anything under $200 a month is fine, that's our max", {"budget": 2400.0}),
        ("we're happy with the $59/month plan", {"budget": 708.0}),
        ("our payroll is about $40k a month", {}),
        ("we need licences for 15 agents", {}),
        ("just researching options for my director", {"authority": "influencer"}),
        ("does the launch discount last until April?", {}),
    ],
)
def test_families_of_the_thirty_third_batch_in_other_words(
    extractor: QualificationExtractor, text: str, expected: dict[str, object]
) -> None:
    assert_reads(facts(extractor, text), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I'm pulling together options to take to my director", {"authority": "influencer"}),
        ("I'm drafting the requirements for procurement", {"authority": "influencer"}),
        ("the board will vote on it", {"authority": "influencer"}),
        ("I'm not the decision maker, just researching for my boss", {"authority": "influencer"}),
        ("does an intern role see the billing page?", {}),
        ("we wasted about $8k last year on a bad tool", {}),
        ("can we resell your chatbot to our clients?", {}),
        ("$0 for now", {}),  # (answering the budget question it is 0)
    ],
)
def test_families_of_the_thirty_fourth_batch_in_other_words(
    extractor: QualificationExtractor, text: str, expected: dict[str, object]
) -> None:
    assert_reads(facts(extractor, text), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I'll be the one approving it", {"authority": "decision_maker"}),
        ("I'm not the decision maker, I'll report back to my director", {"authority": "influencer"}),
        ("any tool over $2k goes to the CFO", {"authority": "influencer"}),
        ("we burned $15k on a chatbot that never worked", {}),
        ("la decisión la toma mi jefe", {"authority": "influencer"}),
    ],
)
def test_families_of_the_thirty_fifth_batch_in_other_words(
    extractor: QualificationExtractor, text: str, expected: dict[str, object]
) -> None:
    assert_reads(facts(extractor, text), expected)


@pytest.mark.parametrize(
    "text, answering, expected",
    [
        ("about a grand a week", None, {"budget": 52000}),
        ("25 seats x $12 a month", None, {"budget": 3600}),
        ("$20 × 10 users per month", None, {"budget": 2400}),
        ("we spend $90/mo on zoom, totally unrelated though", None, {}),
        ("nope, don't have one", "budget", {"budget": 0}),
        ("our fiscal year starts july 1 and 20k is set aside from then", None, {"budget": 20000, "timeline": 221}),
        ("head count recently passed 250", None, {"company_size": 250}),
        ("we're not 80 people haha, closer to 40", None, {"company_size": 40}),
        ("we have 300 employees but only the 6 of us in legal need it", None, {"company_size": 300}),
        ("maybe 15 people would be using it", None, {}),
        ("me and three other partners decide", None, {"authority": "decision_maker"}),
        ("we'll buy in the next financial year", None, {"timeline": 40}),
        ("I'm presenting my findings to the board next month", None, {"authority": "influencer"}),
        ("I tutor 30 kids after school", None, {"industry": "education"}),
        ("we are a direct competitor", None, {"industry": "software", "authority": "no_authority"}),
        ("I'm studying the retail sector for my thesis", None, {"authority": "no_authority"}),
        ("we're an agency doing an engagement for a hospital group", None, {"industry": "professional_services"}),
        (
            "I'm an apprentice and I have zero say, though they asked me to look at options",
            None,
            {"authority": "no_authority"},
        ),
        ("we want approval flows for expenses", None, {}),
        ("my friend is a CFO and told me about you", None, {}),
        ("lol not me, our COO", "authority", {"authority": "influencer"}),
        ("I was charged by my manager with finding a chat tool", None, {"authority": "influencer"}),
        ("not the owner, but he asked me to choose one", None, {"authority": "influencer"}),
    ],
)
def test_families_of_the_thirty_ninth_batch_in_other_words(
    extractor: QualificationExtractor, text: str, answering: str | None, expected: dict[str, object]
) -> None:
    assert_reads({f.entity: f.value for f in extractor.extract(text, answering=answering)}, expected)


@pytest.mark.parametrize(
    "text, answering, expected",
    [
        ("between two hundred and three hundred a month", None, {"budget": 3000}),
        ("a hundred and twenty thousand a year", None, {"budget": 120000}),
        ("we pay our BDRs 50k each, so time saved matters", None, {}),
        ("we have 3 lakh but that's for the office fitout, not software", None, {}),
        ("we pay $30/seat/month for 12 reps today", None, {"budget": 4320}),
        ("we used to be 200 but after the restructure we're down to 150", None, {"company_size": 150}),
        ("we're a 3k-person company, asking for my team of 9", None, {"company_size": 3000}),
        ("in our marketing department we have 14 people", None, {}),
        ("need this wrapped up before the quarter closes", None, {"timeline": 39}),
        ("by month-end", None, {"timeline": 8}),
        ("let's sign this afternoon", None, {"timeline": 0}),
        ("go-live by 15/01", None, {"timeline": 54}),
        ("we run 24/7 support", None, {}),
        ("the purchase lands in the next fiscal year", None, {"timeline": 40}),
        ("I give my recommendation to the CFO by the 15th", None, {"authority": "influencer"}),
        ("we're relocating offices on jan 3, fyi", None, {}),
        ("final approval rests with our managing director", None, {"authority": "influencer"}),
        ("he's the one who signs, I just compare", None, {"authority": "influencer"}),
        ("the evaluation committee is 6 people", None, {}),
        ("a buddy of mine told me to check you out", None, {}),
        ("not the owner, I'll forward this along", None, {"authority": "influencer"}),
        ("I'm the executive director, it'd be my call", None, {"authority": "decision_maker"}),
        ("we own a small bakery", None, {"authority": "decision_maker", "industry": "hospitality"}),
        ("asking for a fintech client", None, {}),
        ("we're studying the energy sector for a report", None, {}),
        ("we run tours, a small tour operator", None, {"industry": "hospitality"}),
    ],
)
def test_families_of_the_fortieth_batch_in_other_words(
    extractor: QualificationExtractor, text: str, answering: str | None, expected: dict[str, object]
) -> None:
    assert_reads({f.entity: f.value for f in extractor.extract(text, answering=answering)}, expected)


@pytest.mark.parametrize(
    "text, answering, expected",
    [
        ("we're prob going to go with the $49/mo plan", None, {"budget": 588}),
        ("i was thinking the 29/mo plan", None, {"budget": 348}),
        ("the company? 120. my team is 4", None, {"company_size": 120}),
        ("4 people will be deciding", None, {}),
        ("we're a 90 emp logistics firm", None, {"company_size": 90, "industry": "logistics"}),
        ("we're a mob of 7", None, {"company_size": 7}),
        ("we are a 60 member engineering firm", None, {"company_size": 60, "industry": "professional_services"}),
        ("our support team of 9 would be on it", None, {}),
        ("we're 8 people, budget's 500 a month, actually no, 600", None, {"company_size": 8, "budget": 7200}),
        ("go-live by june end", None, {"timeline": 220}),
        ("we start may first", None, {"timeline": 160}),
        ("were looking to buy next month", None, {"timeline": 30}),
        ("my manager wants a comparison by friday", None, {"authority": "influencer"}),
        ("my director gave me the go to find a tool", None, {"authority": "influencer"}),
        ("is 'manager' a role you support?", None, {}),
        (
            "me and my wife decide together, we own a cafe",
            None,
            {"authority": "decision_maker", "industry": "hospitality"},
        ),
        ("own my salon, so it's always my call", None, {"authority": "decision_maker", "industry": "hospitality"}),
        ("we see 60 patients a day", None, {"industry": "healthcare"}),
        ("we repair gutters and fences", None, {"industry": "construction"}),
        ("we ship pallets for online stores", None, {"industry": "logistics"}),
        ("we're at a trade show this week", None, {}),
        ("I read about you in a healthcare magazine", None, {}),
        ("how do you compare to a retail-focused tool?", None, {}),
        ("onboarding this for a client of mine, a hospital", None, {}),
        ("40 people. SaaS.", None, {"company_size": 40, "industry": "software"}),
    ],
)
def test_families_of_the_forty_first_batch_in_other_words(
    extractor: QualificationExtractor, text: str, answering: str | None, expected: dict[str, object]
) -> None:
    assert_reads({f.entity: f.value for f in extractor.extract(text, answering=answering)}, expected)


@pytest.mark.parametrize(
    "text, answering, expected",
    [
        ("intercom quoted us 900/mo, that's about what we'd want to spend", None, {"budget": 10800}),
        ("zendesk charges like $300/mo, crazy", None, {}),
        ("budget? haha. nada.", None, {"budget": 0}),
        ("honestly we're broke, $0", None, {"budget": 0}),
        ("around 20000 Kč a month", None, {}),
        ("this Q4, i.e. right now", None, {"timeline": 0}),  # today 2026-11-22 is in Q4
        ("a couple weeks out, no rush", None, {"timeline": 14}),
        ("I'll send my findings upstairs by friday", None, {"authority": "influencer"}),
        ("I recommend upgrading our stack", None, {"authority": "influencer"}),
        ("my mate's a founder and says you're good", None, {}),
        ("is there a startup founder discount?", None, {}),
        ("CFO approval is required for anything over 5k", None, {"authority": "influencer"}),
        ("me and my co-owners decide", None, {"authority": "decision_maker"}),
        ("we build websites for dentists", None, {"industry": "professional_services"}),
        ("asking for a friend who runs a bank", None, {}),
        ("manager of 3 cafes", None, {"authority": "influencer", "industry": "hospitality"}),
        ("a thousand or so", "company_size", {"company_size": 1000}),
        ("sorry, we're 45, not 35", None, {"company_size": 45}),
        ("预算每月三千美元", None, {"budget": 36000}),
    ],
)
def test_families_of_the_forty_second_batch_in_other_words(
    extractor: QualificationExtractor, text: str, answering: str | None, expected: dict[str, object]
) -> None:
    assert_reads({f.entity: f.value for f in extractor.extract(text, answering=answering)}, expected)
