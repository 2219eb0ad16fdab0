"""Facts said in ways the first rules missed, by family: months and quarters in other languages, a period
named after the seat count, a business named by the kind of software it sells or the service it does for
others, and money set aside for a tool (which is no industry). Today is 2026-11-22 (tests/conftest.py)."""

from __future__ import annotations

import pytest

from bot.nlu.extractor import QualificationExtractor


def facts(extractor: QualificationExtractor, text: str, answering: str | None = None) -> dict[str, object]:
    return {found.entity: found.value for found in extractor.extract(text, answering=answering)}


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
