"""Prices and comparisons from the files sales ops edit (the frozen copies in tests/fixtures/sales/
that every test uses; the shipped files are checked in test_shipped_files.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.catalog.competitors import load_competitors
from bot.catalog.plans import (
    Catalog,
    budget_hint,
    load_plans,
    money,
    pricing_answer,
    quote,
    recommend,
    recommendation_answer,
    seats_in,
)
from bot.yamlfile import ConfigFileError
from tests.conftest import SALES_FIXTURES


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_plans(SALES_FIXTURES / "plans.yml")


def test_a_price_for_a_named_plan_and_a_team_is_worked_out_monthly_and_yearly(catalog: Catalog) -> None:
    answer = pricing_answer(catalog, "How much is Business for 50 users?")
    # 50 x $99 = $4,950 a month; a year at 20% off = $47,520 ($3,960 a month)
    assert answer == (
        "Business for 50 users: $4,950 a month billed monthly, or $47,520 a year billed annually "
        "($3,960 a month, 20% off)."
    )


def test_below_the_minimum_the_visitor_is_told_how_many_seats_are_billed(catalog: Catalog) -> None:
    assert "it starts at 5 seats, so 3 are billed as 5" in pricing_answer(catalog, "business plan for 3 users?")
    priced = quote(catalog, catalog.plans[1], 3)
    assert priced is not None and priced.billed_seats == 5 and priced.monthly == 495


def test_without_a_plan_every_plan_that_fits_the_team_is_quoted(catalog: Catalog) -> None:
    small = pricing_answer(catalog, "price for twenty seats")
    assert small.startswith("Starter for 20 users: $980 a month") and "Business for 20 users: $1,980 a month" in small
    assert "Enterprise" not in small  # from 50 users
    large = pricing_answer(catalog, "what would 150 people cost")
    assert (
        "Starter" not in large and "Business for 150 users" in large and "Enterprise is priced for your volume" in large
    )


def test_without_a_number_the_price_list_comes_with_an_invitation_to_say_how_many(catalog: Catalog) -> None:
    assert pricing_answer(catalog, "what does it cost?") == (
        "We have 3 plans: Starter ($49 per user per month), Business ($99 per user per month) and Enterprise "
        "(custom-priced). Annual billing saves 20%. Tell me how many users you have and I'll work out the exact figure."
    )


@pytest.mark.parametrize(
    ("text", "seats"),
    [
        ("how much for 50 users", 50),
        ("a team of 8 people", 8),
        ("twenty seats", 20),
        ("1,200 licenses", 1200),
        ("we're 12 of us", 12),
        ("how much is it", None),
        ("our budget is 50k", None),
        ("0 users", None),
        ("whats the price for like 12 ppl", 12),
        ("pricing for a team of 9?", 9),
        ("for 12 months", None),
        # those who would use it before the staff beside them (a 200-person company was quoted for 200 users)
        ("200 staff but only 25 would use the tool", 25),
        ("we have 200 staff, 25 of them need access", 25),
        ("300 employees, licenses for 40", 40),
        ("only about 30 will actually use it, we're 90 people", 30),
    ],
)
def test_the_number_of_users_is_read_from_the_question(text: str, seats: int | None) -> None:
    assert seats_in(text) == seats


@pytest.mark.parametrize(
    ("seats", "said", "plan"),
    [
        (10, "which plan is right for a 10 person law firm?", "Starter"),  # the smallest that takes them
        (10, "we log in with okta, which plan?", "Business"),  # the first that includes SSO
        (3, "need it to sync with salesforce", "Business"),  # billed from its minimum, but it has the integration
        (80, "we need SCIM and data residency", "Enterprise"),
        (500, "best plan for us?", "Business"),  # Starter stops at 50
        (None, "do you have dashboards and SSO?", "Business"),
    ],
)
def test_the_plan_recommended_takes_the_team_and_includes_what_they_asked_for(
    catalog: Catalog, seats: int | None, said: str, plan: str
) -> None:
    assert recommend(catalog, seats, said).plan.name == plan


def test_a_recommendation_says_why_prices_the_team_and_names_volume_pricing_for_a_large_one(catalog: Catalog) -> None:
    advice = recommendation_answer(catalog, 60, "which plan for 60 of us? we need SSO")
    assert advice is not None
    assert advice.startswith("For 60 users, I'd suggest Business, which includes SSO (SAML and OIDC).")
    assert "Business for 60 users: $5,940 a month" in advice and "Enterprise's volume pricing" in advice
    assert recommendation_answer(catalog, None, "which plan would you recommend?") is None  # nothing to choose by


def test_a_broken_price_list_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "plans.yml"
    bad.write_text(
        "currency: USD\nannual_discount_percent: 20\nplans:\n  - id: team\n    name: Team\n    per_seat_monthly: -5\n"
    )
    with pytest.raises(ConfigFileError) as error:
        load_plans(bad)
    assert "plans.yml:6" in str(error.value) and "per_seat_monthly" in str(error.value)
    bad.write_text(
        "currency: USD\nannual_discount_percent: 20\nplans:\n  - {id: a, name: A, min_seats: 10, max_seats: 5}\n"
    )
    with pytest.raises(ConfigFileError, match="max_seats 5 is below min_seats 10"):
        load_plans(bad)


def test_a_competitor_is_found_by_any_name_visitors_use_as_a_whole_word() -> None:
    competitors = load_competitors(SALES_FIXTURES / "competitors.yml")
    assert competitors.mentioned_in("we use Pipe Drive today") is not None
    assert competitors.mentioned_in("how do you compare to PIPEDRIVE?") is not None
    assert competitors.mentioned_in("our pipedrivex setup") is None


def test_one_name_for_two_competitors_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "competitors.yml"
    text = "competitors:\n" + "".join(
        f"  - {{id: {i}, name: {i}, names: [shared], positioning: a fair and honest positioning text}}\n"
        for i in ("one", "two")
    )
    bad.write_text(text)
    with pytest.raises(ConfigFileError, match="'shared' names both one and two"):
        load_competitors(bad)


def test_what_a_plan_includes_is_read_from_the_file_with_its_price(catalog: Catalog) -> None:
    from bot.catalog.plans import plan_answer

    business = catalog.find("Business")
    assert business is not None
    said = plan_answer(catalog, [business], 12)
    assert said.startswith(f"Business includes {business.includes[0]}") and "plus everything in Starter" in said
    assert "for 12 users" in said
    both = plan_answer(catalog, catalog.named("starter vs business"), None)
    assert both.startswith("Starter includes") and "Business includes" in both


def test_a_budget_well_under_the_plan_for_the_team_is_pointed_out(catalog: Catalog) -> None:
    # a nonprofit at $1,200 a year was recommended Starter at $12,230 a year, with no word on the gap
    starter = catalog.find("starter")
    assert starter is not None
    said = budget_hint(catalog, starter, 25, 1200.0)
    assert "$1,200" in said and "25 users" in said and "Starter" in said
    priced = quote(catalog, starter, 25)
    assert priced is not None and money(priced.annual, "USD") in said


@pytest.mark.parametrize("budget", [None, 0.0, 20000.0])
def test_no_word_on_the_budget_when_it_covers_the_plan_or_is_unknown(catalog: Catalog, budget: float | None) -> None:
    starter = catalog.find("starter")
    assert starter is not None
    assert budget_hint(catalog, starter, 25, budget) == ""
    assert budget_hint(catalog, starter, None, 1200.0) == ""  # no team size: nothing to price


def test_a_need_only_a_larger_plan_has_names_that_plan_and_why_whatever_the_team(catalog: Catalog) -> None:
    # "data in EU?" from a 20-person team got Enterprise with no reason ("why enterprise?" got a generic blurb)
    suggested = recommend(catalog, 20, "we need our data in the EU")
    assert suggested.plan.name == "Enterprise" and "residency" in suggested.because()


def test_a_need_no_plan_has_gets_the_smallest_plan_that_takes_the_team(catalog: Catalog) -> None:
    suggested = recommend(catalog, 20, "we need phone support")
    assert suggested.plan.name == "Starter" and suggested.because() == ""


@pytest.mark.parametrize(
    ("text", "plans"),
    [
        ("what is in business?", ["Business"]),
        ("business vs starter", ["Starter", "Business"]),
        ("whats in your business plan", ["Business"]),
        ("none of your business lol", []),  # the idiom, not the plan
        ("is there a plan for my business", []),
        ("small business pricing?", []),
        ("what are your business hours", []),
    ],
)
def test_a_plan_named_with_an_everyday_word_is_named_only_where_the_word_is_the_plan(
    catalog: Catalog, text: str, plans: list[str]
) -> None:
    assert [plan.name for plan in catalog.named(text)] == plans
