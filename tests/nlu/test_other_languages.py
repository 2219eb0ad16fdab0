"""Visitors who write part of a message in another language or a regional English
(bot/nlu/other_words.py): the facts are read, and each span stays on the visitor's own words."""

from __future__ import annotations

from datetime import date

import pytest

from bot.nlu.extractor import QualificationExtractor
from tests.conftest import TODAY


def facts(extractor: QualificationExtractor, text: str) -> dict[str, tuple[object, str]]:
    return {found.entity: (found.value, text[found.start : found.end]) for found in extractor.extract(text)}


@pytest.mark.parametrize(
    "text, entity, value, span",
    [
        ("We are 80 Mitarbeiter in total", "company_size", 80, "80 Mitarbeiter"),
        ("somos 25 empleados", "company_size", 25, "25 empleados"),
        ("nous sommes 40 salariés", "company_size", 40, "40 salariés"),
        ("we are 30 pax in the office", "company_size", 30, "30 pax"),
        ("max 1.500 € im Monat", "budget", 19440.0, "1.500 € im Monat"),  # EUR 1,500 a month, annualised at 1.08
        ("Budget ca. 40.000 EUR pro Jahr", "budget", 43200.0, "40.000 EUR pro Jahr"),
        ("budget approx 1 lakh usd per annum", "budget", 100000.0, "1 lakh usd per annum"),  # a lakh is 100,000
        ("budget is 5 lakh per annum", "budget", 6000.0, "5 lakh per annum"),  # counted in rupees unless said otherwise
        ("40 mil dolares per year", "budget", 40000.0, "40 mil dolares per year"),  # Spanish "mil" is a thousand
        ("tmrw", "timeline", 1, "tmrw"),
        ("wir wollen im Januar starten", "timeline", (date(2027, 1, 1) - TODAY).days, "im Januar"),
    ],
)
def test_the_words_around_a_number_may_be_in_another_language(
    extractor: QualificationExtractor, text: str, entity: str, value: object, span: str
) -> None:
    assert facts(extractor, text)[entity] == (value, span)


@pytest.mark.parametrize("text", ["im the ceo", "salaries are our biggest cost", "tagesgeld"])
def test_english_that_looks_like_another_language_is_left_alone(extractor: QualificationExtractor, text: str) -> None:
    found = facts(extractor, text)
    assert "company_size" not in found and "timeline" not in found


@pytest.mark.parametrize(
    "text",
    [
        "we used to pay 500/month for pipedrive",
        "a competitor quoted us 20k, can you beat that?",
        "our app has 50k monthly active users",
        "2 million naira monthly",  # a currency we hold no rate for is not dollars
    ],
)
def test_what_they_paid_were_quoted_or_count_is_no_budget(extractor: QualificationExtractor, text: str) -> None:
    assert "budget" not in facts(extractor, text)


def reply(extractor: QualificationExtractor, text: str, slot: str) -> object:
    return next((f.value for f in extractor.extract(text, answering=slot) if f.entity == slot), None)


@pytest.mark.parametrize(
    "text, slot, value",
    [
        ("dreizehn", "company_size", 13),
        ("une trentaine", "company_size", 30),
        ("somos unos quince", "company_size", 15),
        ("so schnell wie möglich", "timeline", 0),
        ("zo snel mogelijk graag", "timeline", 0),
        ("dans trois semaines", "timeline", 21),
        ("volgende week", "timeline", 7),
        ("yo decido", "authority", "decision_maker"),
        ("ik beslis niets, ik ben stagiair", "authority", "no_authority"),
        ("je fais partie du comité", "authority", "influencer"),
        ("una inmobiliaria en Valencia", "industry", "real_estate"),
        ("wir sind eine Anwaltskanzlei", "industry", "professional_services"),
    ],
)
def test_numbers_times_roles_and_businesses_in_other_languages(
    extractor: QualificationExtractor, text: str, slot: str, value: object
) -> None:
    assert reply(extractor, text, slot) == value


@pytest.mark.parametrize(
    "text", ["once we sign, we'll roll it out", "the invoice is due in march", "direct debit works"]
)
def test_english_words_other_languages_share_stay_english(extractor: QualificationExtractor, text: str) -> None:
    found = facts(extractor, text)
    assert "company_size" not in found and "authority" not in found


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("wir sind 40 leuten im büro", "company_size", 40),
        ("somos 22 funcionarios", "company_size", 22),
        ("abbiamo 9 dipendenti", "company_size", 9),
        ("d'ici fin janvier", "timeline", 70),
    ],
)
def test_more_of_the_words_visitors_reach_for_in_other_languages(
    extractor: QualificationExtractor, text: str, entity: str, value: object
) -> None:
    assert facts(extractor, text)[entity][0] == value
