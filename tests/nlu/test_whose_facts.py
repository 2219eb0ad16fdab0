"""Facts that are the visitor's own and now: a team counted by its places or departments, while
another party's business or head count, a time something else happened, and money that is not
theirs to spend are left alone (batch 12's families, in other words than the batch's)."""

from __future__ import annotations

import pytest

from bot.nlu.extractor import QualificationExtractor


def facts(extractor: QualificationExtractor, text: str) -> dict[str, object]:
    return {found.entity: found.value for found in extractor.extract(text)}


@pytest.mark.parametrize(
    "text, size",
    [
        ("12 in sales, 5 in support and 20 developers", 37),  # departments joined to a count of people
        ("we have 30 in leeds and 12 in york", 42),  # two or more places stand alone
        ("3 offices: 25 in madrid, 10 in porto", 35),
    ],
)
def test_a_team_counted_by_places_or_departments_is_added_up(
    extractor: QualificationExtractor, text: str, size: int
) -> None:
    assert facts(extractor, text).get("company_size") == size


@pytest.mark.parametrize(
    "text, entity",
    [
        ("my sister's firm has 300 employees", "company_size"),
        ("our main customer employs 8000 people", "company_size"),
        ("my dad runs a dairy farm and sent me here", "industry"),
        ("i used to be in insurance", "industry"),
        ("12 in january and 8 in march", "company_size"),  # months are no places
    ],
)
def test_another_partys_business_or_one_they_left_is_not_theirs(
    extractor: QualificationExtractor, text: str, entity: str
) -> None:
    assert entity not in facts(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "we booked a demo with a competitor last friday",
        "we ran a pilot in q3, it flopped",
        "we hope to double headcount next year",
        "planning to hire 10 more people in q2",
    ],
)
def test_a_time_something_else_happens_is_no_timeline(extractor: QualificationExtractor, text: str) -> None:
    assert "timeline" not in facts(extractor, text)


def test_a_growth_plan_beside_a_purchase_keeps_the_purchase(extractor: QualificationExtractor) -> None:
    assert "timeline" in facts(extractor, "we're growing fast and need this live next month")


@pytest.mark.parametrize(
    "text", ["our reps earn about 70k", "engineers make 120k here", "i can approve anything under 50k myself"]
)
def test_pay_and_sign_off_ceilings_are_no_budget(extractor: QualificationExtractor, text: str) -> None:
    assert "budget" not in facts(extractor, text)


@pytest.mark.parametrize("text, budget", [("a quarter mil tops", 250000.0), ("half a million a year", 500000.0)])
def test_fractions_of_a_scale_are_amounts(extractor: QualificationExtractor, text: str, budget: float) -> None:
    assert facts(extractor, text).get("budget") == budget


@pytest.mark.parametrize(
    "text",
    ["asking on behalf of a client who runs a retail chain", "my daughter's school is looking at tools like this"],
)
def test_a_business_they_speak_for_or_know_is_not_theirs(extractor: QualificationExtractor, text: str) -> None:
    assert "industry" not in {found.entity for found in extractor.extract(text)}
