import pytest

from bot.nlu.budget import MAX_ANNUAL_USD, find_budgets

RATES = {"USD": 1.0, "EUR": 1.08, "GBP": 1.27}


def budget(text: str) -> float | None:
    found = find_budgets(text, RATES)
    return found[-1].value if found else None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("18k", 18000),
        ("1.2M", 1_200_000),
        ("35 000 dollars", 35000),
        ("35,000", None),
        ("$35,000", 35000),
        ("fifty thousand", 50000),
        ("two hundred grand", 200_000),
        ("one point two million dollars", 1_200_000),
        ("half a million", 500_000),
        ("half a mil", 500_000),
        ("a quarter of a mil", 250_000),
    ],
)
def test_digits_separators_suffixes_and_number_words(text: str, expected: float | None) -> None:
    assert budget(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2k per month", 24000),
        ("2k a month", 24000),
        ("$500/mo", 6000),
        ("10k monthly", 120_000),
        ("20k per quarter", 80000),
        ("5k quarterly", 20000),
        ("50k a year", 50000),
        ("50k annually", 50000),
        ("monthly budget of 2k", 24000),
        ("1k a week", 52000),
    ],
)
def test_budget_per_period_is_annualized(text: str, expected: float) -> None:
    assert budget(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("between 40 and 60k", 50000),
        ("roughly 10-15k a month", 150_000),
        ("$10k-$20k", 15000),
        ("3 to 5 thousand a month", 48000),
        ("15-20k/yr", 17500),
    ],
)
def test_a_range_gives_its_midpoint(text: str, expected: float) -> None:
    assert budget(text) == expected


@pytest.mark.parametrize("text", ["up to 25k", "our ceiling is 25k", "max 25k", "no more than $25,000"])
def test_upper_bounds_count_as_the_budget(text: str) -> None:
    assert budget(text) == 25000


@pytest.mark.parametrize(
    "text", ["no budget", "we don't have a budget", "zero budget", "we dont have any budget yet", "nothing allocated"]
)
def test_no_budget_is_zero(text: str) -> None:
    assert budget(text) == 0


def test_other_currencies_are_converted_and_the_original_is_kept() -> None:
    [found] = find_budgets("€40k per year", RATES)
    assert found.value == 43200
    assert found.info == {"amount": 40000, "currency": "EUR", "period": "year"}
    assert budget("£1,000 a month") == 15240


@pytest.mark.parametrize(
    "text",
    [
        "-5k",
        "1e9",
        "$$$",
        "about 200 employees",
        "in 3 months",
        "by 2027",
        "we have 10 users",
        "our budget is 999999999999",
        "5000 people",
    ],
)
def test_no_budget_is_invented_from_other_numbers_or_absurd_input(text: str) -> None:
    assert budget(text) is None


def test_the_span_points_at_the_original_words() -> None:
    text = "we could do fifty thousand a year"
    [found] = find_budgets(text, RATES)
    assert text[found.start : found.end] == "fifty thousand a year"


def test_no_budget_ever_exceeds_the_cap() -> None:
    assert budget("500 million a month") is None
    assert MAX_ANNUAL_USD == 50_000_000


def test_a_per_seat_price_is_multiplied_by_the_seats_and_the_period() -> None:
    from bot.nlu.budget import find_budgets

    rates = {"USD": 1.0, "EUR": 1.08}
    assert [f.value for f in find_budgets("€30 per seat per month for 40 seats", rates)] == [round(30 * 40 * 12 * 1.08)]
    assert [f.value for f in find_budgets("we have 25 users, max $20/user/month", rates)] == [20 * 25 * 12]


@pytest.mark.parametrize(
    "text",
    [
        "we sold our old warehouse for 1.2m last spring",
        "the city gave us a 250k loan to expand",
        "typical order value is around 3k",
        "i saw on your pricing page it's $79 a seat",
        "we can sign off on anything below 10k ourselves",
    ],
)
def test_money_about_something_else_is_no_budget(text: str) -> None:
    assert budget(text) is None


def test_money_raised_for_this_is_a_budget() -> None:
    assert budget("the foundation gave us a 12k grant for new tools") == 12000


@pytest.mark.parametrize("reply", ["nothing rn tbh", "zilch", "nil, we're tiny", "haven't allocated any yet"])
def test_nothing_said_as_a_reply_to_the_budget_question_is_no_budget(reply: str) -> None:
    from bot.nlu.budget import nothing_in_reply

    assert [found.value for found in nothing_in_reply(reply)] == [0]


@pytest.mark.parametrize("reply", ["zero idea", "not sure, haven't set one", "none of your business"])
def test_not_knowing_or_not_saying_is_not_a_budget_of_nothing(reply: str) -> None:
    from bot.nlu.budget import nothing_in_reply

    assert nothing_in_reply(reply) == []


@pytest.mark.parametrize("text", ["budget is pretty much nothing, we're tiny", "budget literally 0, sorry"])
def test_a_budget_of_nothing_said_loosely_is_no_budget(text: str) -> None:
    assert budget(text) == 0


def test_things_they_count_are_not_money() -> None:
    assert budget("we run ~2k units across the city") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we could do a few grand a year", 3000),  # a vague count of a scale said in words
        ("several thousand a year tops", 5000),
        ("maybe a couple thousand per month", 24000),
    ],
)
def test_a_vague_count_of_grand_or_thousands_is_that_many(text: str, expected: float) -> None:
    assert budget(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we charge our customers $49 a month",  # what their own business charges
        "our app costs $9.99/month for consumers",
        "we sell each course for $199",
        "our subscribers pay us 120 a year",
    ],
)
def test_what_their_own_business_charges_is_no_budget(text: str) -> None:
    assert budget(text) is None


def test_a_budget_said_beside_what_they_charge_is_still_a_budget() -> None:
    assert budget("our app is free for users, but we can spend 5k a year on this") == 5000


def test_a_ceiling_said_as_too_much_past_it_is_the_budget(extractor) -> None:
    found = extractor.first("we're a 3 person shop lol, anything north of 100 bucks a month is a stretch", "budget")
    assert found is not None and found.value == 1200
    assert extractor.first("our CFO signs anything above 5k", "budget") is None  # a sign-off limit


@pytest.mark.parametrize("text, usd", [("NZ$ 20k a year, that's the lot", 12000), ("AU$500 a month", 3960)])
def test_dollars_named_by_their_country(extractor, text: str, usd: float) -> None:
    assert extractor.first(text, "budget").value == pytest.approx(usd)


@pytest.mark.parametrize(
    "text, usd",
    [
        ("actually no budget at all, the 5k i mentioned was for something else", 0),
        ("the 5k i mentioned was for another project, this one is more like 2k", 2000),
        ("the 5k was for a different tool", None),
    ],
)
def test_a_figure_said_of_something_else_is_no_budget(extractor, text: str, usd: float | None) -> None:
    found = extractor.first(text, "budget")
    assert (found.value if found else None) == usd
